#include "core/spelling.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <hunspell/hunspell.h>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Hindsight {

namespace {

const char kAffix[] = "/usr/share/hunspell/en_US.aff";
const char kDictionary[] = "/usr/share/hunspell/en_US.dic";
/// British spellings ("focussed", "acknowledgement", "normalised") are as right as American
/// ones (review-set README, "spelling"): Debian's hunspell-en-gb, consulted when installed.
const char kBritishAffix[] = "/usr/share/hunspell/en_GB.aff";
const char kBritishDictionary[] = "/usr/share/hunspell/en_GB.dic";

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
    "escalations",      "mitigations",       "queueing",     "remediation",   "remediations",
    "observability",
};

/// The process's spell checker. Hunspell is not thread-safe, and its suggestion search is slow
/// (tens to hundreds of milliseconds a word), so checking and suggesting use two handles with
/// a lock each: an editor checking a word on the typing path never waits for a suggestion
/// search the review checks run on a worker thread. Verdicts are cached word by word, so a
/// word is looked up in hunspell once per process.
class Speller
{
public:
    static Speller &instance()
    {
        static Speller speller;
        return speller;
    }
    bool available() const { return m_check != nullptr; }

    /// Accepts `word` for the rest of the process (personal word list, "Ignore").
    void add(const QString &word)
    {
        const QByteArray utf8 = word.toUtf8();
        {
            const QMutexLocker lock(&m_checkMutex);
            if (m_check)
                Hunspell_add(m_check, utf8.constData());
        }
        {
            const QMutexLocker lock(&m_suggestMutex);
            if (m_suggest)
                Hunspell_add(m_suggest, utf8.constData());
            m_suggestions.remove(word);
        }
        const QWriteLocker lock(&m_cacheLock);
        m_known.insert(word, true);
        m_verdicts.insert(word, true);
        m_accepted.append(word);
    }

    /// True when the dictionary knows `word` as written (cached).
    bool check(const QString &word)
    {
        {
            const QReadLocker lock(&m_cacheLock);
            const auto cached = m_known.constFind(word);
            if (cached != m_known.constEnd())
                return *cached;
        }
        bool known = false;
        {
            const QMutexLocker lock(&m_checkMutex);
            const QByteArray utf8 = word.toUtf8();
            known = Hunspell_spell(m_check, utf8.constData()) != 0
                    || (m_british && Hunspell_spell(m_british, utf8.constData()) != 0);
        }
        const QWriteLocker lock(&m_cacheLock);
        m_known.insert(word, known);
        return known;
    }

    /// The cached final verdict of isKnownWord(), when there is one.
    std::optional<bool> verdict(const QString &word)
    {
        const QReadLocker lock(&m_cacheLock);
        const auto cached = m_verdicts.constFind(word);
        if (cached == m_verdicts.constEnd())
            return std::nullopt;
        return *cached;
    }
    void setVerdict(const QString &word, bool known)
    {
        const QWriteLocker lock(&m_cacheLock);
        m_verdicts.insert(word, known);
    }

    /// Up to `max` suggestions, cached for the process.
    QStringList suggest(const QString &word, int max)
    {
        const QMutexLocker lock(&m_suggestMutex);
        const auto cached = m_suggestions.constFind(word);
        if (cached != m_suggestions.constEnd())
            return cached->mid(0, max);
        if (!m_suggest)
            m_suggest = createHandle();
        if (!m_suggest)
            return {};
        char **list = nullptr;
        const int n = Hunspell_suggest(m_suggest, &list, word.toUtf8().constData());
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(QString::fromUtf8(list[i]));
        Hunspell_free_list(m_suggest, &list, n);
        // Hunspell ranks splits ("Eng inner") beside real words; a single word is the likelier
        // fix for a typo. Rank by edits, then by how common the word is ("Teh" -> "The").
        const auto key = [&word](const QString &s) {
            const bool split = s.contains(QLatin1Char(' ')) || s.contains(QLatin1Char('-'));
            const int rank = commonWordRank(s);
            // Typing drops letters more often than it swaps them: a suggestion that contains
            // all the typed letters in order ("happend" -> "happened") goes first among equals.
            qsizetype i = 0;
            for (const QChar c : s)
                if (i < word.size() && c.toLower() == word.at(i).toLower())
                    ++i;
            const bool keepsLetters = i == word.size();
            return std::tuple{split, editDistance(word, s), rank < 0 ? 100000 : rank,
                              !keepsLetters};
        };
        std::stable_sort(out.begin(), out.end(),
                         [&key](const QString &a, const QString &b) { return key(a) < key(b); });
        m_suggestions.insert(word, out);
        return out.mid(0, max);
    }

private:
    Speller()
    {
        m_check = createHandle();
        if (m_check && QFile::exists(QString::fromLatin1(kBritishAffix))
            && QFile::exists(QString::fromLatin1(kBritishDictionary)))
            m_british = Hunspell_create(kBritishAffix, kBritishDictionary);
    }
    ~Speller()
    {
        if (m_check)
            Hunspell_destroy(m_check);
        if (m_british)
            Hunspell_destroy(m_british);
        if (m_suggest)
            Hunspell_destroy(m_suggest);
    }

    /// A handle with the dictionary, the incident vocabulary, the personal word list and the
    /// words accepted so far in this process.
    Hunhandle *createHandle()
    {
        if (!QFile::exists(QString::fromLatin1(kAffix))
            || !QFile::exists(QString::fromLatin1(kDictionary)))
            return nullptr;
        Hunhandle *handle = Hunspell_create(kAffix, kDictionary);
        if (!handle)
            return nullptr;
        for (const char *word : kIncidentVocabulary)
            Hunspell_add(handle, word);
        QFile personal(personalDictionaryPath());
        if (personal.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : personal.readAll().split('\n')) {
                const QByteArray w = line.trimmed();
                if (!w.isEmpty())
                    Hunspell_add(handle, w.constData());
            }
        }
        const QReadLocker lock(&m_cacheLock);
        for (const QString &word : m_accepted)
            Hunspell_add(handle, word.toUtf8().constData());
        return handle;
    }

    Hunhandle *m_check = nullptr;
    Hunhandle *m_suggest = nullptr; ///< created on the first suggestion search
    Hunhandle *m_british = nullptr; ///< en_GB, checked under m_checkMutex; null if absent
    QMutex m_checkMutex;
    QMutex m_suggestMutex;
    QReadWriteLock m_cacheLock;
    QHash<QString, bool> m_known;    ///< hunspell's verdict on the word as written
    QHash<QString, bool> m_verdicts; ///< isKnownWord()'s verdict
    QHash<QString, QStringList> m_suggestions;
    QStringList m_accepted; ///< words added or ignored while the process runs
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

int editDistance(const QString &a0, const QString &b0)
{
    const QString a = a0.toLower();
    const QString b = b0.toLower();
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

int commonWordRank(const QString &word)
{
    // The most common English words, most frequent first (general frequency lists such as
    // the Oxford English Corpus top 100 and COCA's; order approximate).
    static const QHash<QString, int> ranks = [] {
        const char *list[] = {
            "the",    "be",      "to",     "of",    "and",     "a",       "in",      "that",
            "have",   "i",       "it",     "for",   "not",     "on",      "with",    "he",
            "as",     "you",     "do",     "at",    "this",    "but",     "his",     "by",
            "from",   "they",    "we",     "say",   "her",     "she",     "or",      "an",
            "will",   "my",      "one",    "all",   "would",   "there",   "their",   "what",
            "so",     "up",      "out",    "if",    "about",   "who",     "get",     "which",
            "go",     "me",      "when",   "make",  "can",     "like",    "time",    "no",
            "just",   "him",     "know",   "take",  "people",  "into",    "year",    "your",
            "good",   "some",    "could",  "them",  "see",     "other",   "than",    "then",
            "now",    "look",    "only",   "come",  "its",     "over",    "think",   "also",
            "back",   "after",   "use",    "two",   "how",     "our",     "work",    "first",
            "well",   "way",     "even",   "new",   "want",    "because", "any",     "these",
            "give",   "day",     "most",   "us",    "is",      "was",     "are",     "were",
            "been",   "has",     "had",    "did",   "said",    "each",    "where",   "while",
            "before", "between", "should", "those", "through", "during",  "without", "again",
            "same",   "every",   "both",   "few",   "more",    "such",    "very",    "still",
            "since",  "until",   "under",  "again", "once",    "here",    "why",
        };
        QHash<QString, int> h;
        int i = 0;
        for (const char *w : list)
            if (!h.contains(QString::fromLatin1(w)))
                h.insert(QString::fromLatin1(w), i++);
        return h;
    }();
    return ranks.value(word.toLower(), -1);
}

QString personalDictionaryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dictionary.txt"));
}

bool addToPersonalDictionary(const QString &word, QString *error)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return true;
    QFile old(personalDictionaryPath());
    QByteArray data = old.open(QIODevice::ReadOnly) ? old.readAll() : QByteArray();
    old.close();
    if (!data.isEmpty() && !data.endsWith('\n'))
        data += '\n';
    data += w.toUtf8() + '\n';
    QDir().mkpath(QFileInfo(personalDictionaryPath()).absolutePath());
    QSaveFile file(personalDictionaryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    Speller::instance().add(w);
    return true;
}

bool isKnownWord(const QString &word)
{
    Speller &speller = Speller::instance();
    if (!speller.available())
        return true;
    if (const std::optional<bool> cached = speller.verdict(word))
        return *cached;
    const bool known = speller.check(word);
    speller.setVerdict(word, known);
    return known;
}

void ignoreWordForSession(const QString &word)
{
    const QString w = word.trimmed();
    if (!w.isEmpty())
        Speller::instance().add(w);
}

QStringList rankedSuggestions(const QString &word, int max)
{
    Speller &speller = Speller::instance();
    return speller.available() ? speller.suggest(word, max) : QStringList();
}

bool spellingAvailable()
{
    return Speller::instance().available();
}

QList<Misspelling> findUnknownWords(const QString &markdown)
{
    if (!Speller::instance().available())
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
        // Handles ("@jmoreau") and hashtags/channels ("#incidents") are names.
        if (core.left(lead).contains(QLatin1Char('@'))
            || core.left(lead).endsWith(QLatin1Char('#')))
            continue;
        core = core.mid(lead, end - lead);
        if (core.isEmpty() || skipWord(core))
            continue;
        const auto w = word.match(core);
        if (!w.hasMatch() || w.capturedLength() != core.size())
            continue; // hyphenated or mixed tokens ("real-time", "e-mail"): not judged
        if (isKnownWord(core))
            continue;
        out.append({t.capturedStart() + lead, core.size(), core, {}});
    }
    return out;
}

QList<Misspelling> findMisspellings(const QString &markdown)
{
    QList<Misspelling> out = findUnknownWords(markdown);
    for (Misspelling &m : out)
        m.suggestions = Speller::instance().suggest(m.word, 3);
    return out;
}

} // namespace Hindsight
