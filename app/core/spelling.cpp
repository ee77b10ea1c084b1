#include "core/spelling.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <hunspell/hunspell.h>

#include <algorithm>

namespace Hindsight {

namespace {

const char kAffix[] = "/usr/share/hunspell/en_US.aff";
const char kDictionary[] = "/usr/share/hunspell/en_US.dic";

/// Incident-response vocabulary a general dictionary lacks (terms used throughout the Google
/// SRE book and the postmortems in shared/seeds and shared/corpus).
const char *const kIncidentVocabulary[] = {
    "backend",          "backends",          "frontend",     "frontends",     "misconfigured",
    "misconfiguration", "misconfigurations", "reconfigured", "reconfiguring", "reconfigure",
    "failover",         "runbook",           "runbooks",     "postmortem",    "postmortems",
    "hotfix",           "hotfixes",          "rollout",      "rollouts",      "rollback",
    "rollbacks",        "timeout",           "timeouts",     "autoscaling",   "autoscaler",
    "config",           "configs",           "uptime",       "microservice",  "microservices",
    "redeploy",         "redeployed",        "healthcheck",  "healthchecks",  "upstream",
    "downstream",       "dashboards",        "webhook",      "webhooks",      "failovers",
    "underutilized",    "underutilised",     "geo",          "cron",          "sharding",
    "resharding",       "replica",           "replicas",     "latencies",     "blameless",
    "escalations",      "mitigations",       "remediation",  "remediations",  "observability",
};

/// One hunspell handle for the process; hunspell is not thread-safe, so calls are serialised.
class Speller
{
public:
    static Speller &instance()
    {
        static Speller speller;
        return speller;
    }
    bool available() const { return m_handle != nullptr; }

    /// True when the dictionary knows `word` (UTF-8, the dictionary's encoding).
    bool check(const QString &word)
    {
        const QMutexLocker lock(&m_mutex);
        const auto cached = m_known.constFind(word);
        if (cached != m_known.constEnd())
            return *cached;
        const bool known = Hunspell_spell(m_handle, word.toUtf8().constData()) != 0;
        m_known.insert(word, known);
        return known;
    }

    /// Up to `max` suggestions. Hunspell's suggestion search is slow (tens to hundreds of
    /// milliseconds a word), so results are cached for the process.
    QStringList suggest(const QString &word, int max)
    {
        const QMutexLocker lock(&m_mutex);
        const auto cached = m_suggestions.constFind(word);
        if (cached != m_suggestions.constEnd())
            return cached->mid(0, max);
        char **list = nullptr;
        const int n = Hunspell_suggest(m_handle, &list, word.toUtf8().constData());
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(QString::fromUtf8(list[i]));
        Hunspell_free_list(m_handle, &list, n);
        // Hunspell ranks splits ("Eng inner") beside real words; a single word is the likelier
        // fix for a typo, so whole words go first, each group in Hunspell's order.
        std::stable_partition(out.begin(), out.end(), [](const QString &s) {
            return !s.contains(QLatin1Char(' ')) && !s.contains(QLatin1Char('-'));
        });
        out = out.mid(0, max);
        m_suggestions.insert(word, out);
        return out;
    }

private:
    Speller()
    {
        if (QFile::exists(QString::fromLatin1(kAffix))
            && QFile::exists(QString::fromLatin1(kDictionary)))
            m_handle = Hunspell_create(kAffix, kDictionary);
        if (m_handle)
            for (const char *word : kIncidentVocabulary)
                Hunspell_add(m_handle, word);
    }
    ~Speller()
    {
        if (m_handle)
            Hunspell_destroy(m_handle);
    }
    Hunhandle *m_handle = nullptr;
    QMutex m_mutex;
    QHash<QString, bool> m_known;
    QHash<QString, QStringList> m_suggestions;
};

/// Blanks out (with spaces, keeping positions) the parts of Markdown that are not prose:
/// fenced code blocks, code spans, link targets and URLs.
QString proseOnly(const QString &markdown)
{
    QString s = markdown;
    static const QRegularExpression fences(
        QStringLiteral("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$"));
    static const QRegularExpression spans(QStringLiteral("`[^`\\n]*`"));
    static const QRegularExpression targets(QStringLiteral("\\]\\([^)\\s]*\\)"));
    static const QRegularExpression urls(QStringLiteral("\\b(?:https?|ftp)://\\S+|<[^>\\s]+>"));
    for (const QRegularExpression *re : {&fences, &spans, &targets, &urls}) {
        for (auto it = re->globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            s.replace(m.capturedStart(), m.capturedLength(),
                      QString(m.capturedLength(), QLatin1Char(' ')));
        }
    }
    return s;
}

bool skipWord(const QString &token)
{
    static const QRegularExpression notPlainWord(
        QStringLiteral("[0-9_./@:\\\\]|^[A-Z]{2,}s?$|[a-z][A-Z]"));
    return token.size() < 2 || notPlainWord.match(token).hasMatch();
}

} // namespace

bool spellingAvailable()
{
    return Speller::instance().available();
}

QList<Misspelling> findMisspellings(const QString &markdown)
{
    Speller &speller = Speller::instance();
    if (!speller.available())
        return {};
    const QString prose = proseOnly(markdown);
    // A token is a run of non-space characters; the word is its letters and inner apostrophes.
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+(?:['’][\\p{L}]+)*"));
    QList<Misspelling> out;
    for (auto it = token.globalMatch(prose); it.hasNext();) {
        const auto t = it.next();
        // Strip Markdown and punctuation around the word, keep inner dots (host names).
        QString core = t.captured();
        qsizetype lead = 0;
        while (lead < core.size() && !core[lead].isLetterOrNumber())
            ++lead;
        qsizetype end = core.size();
        while (end > lead && !core[end - 1].isLetterOrNumber())
            --end;
        core = core.mid(lead, end - lead);
        if (core.isEmpty() || skipWord(core))
            continue;
        const auto w = word.match(core);
        if (!w.hasMatch() || w.capturedLength() != core.size())
            continue; // hyphenated or mixed tokens ("real-time", "e-mail"): not judged
        if (speller.check(core))
            continue;
        out.append({t.capturedStart() + lead, core.size(), core, speller.suggest(core, 3)});
    }
    return out;
}

} // namespace Hindsight
