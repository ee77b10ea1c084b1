#include "core/import/kindmodel.h"

#include <QDebug>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Hindsight::Import {

namespace {

/// Lidstone smoothing: the count every feature is given for every kind before training.
constexpr double kSmoothing = 0.5;

/// Length of the clock time ("9:30", "14.02", "07h15", "23:59:59") that starts at `i`, or 0.
qsizetype clockTimeAt(const QString &text, qsizetype i)
{
    const auto digit = [&](qsizetype at) {
        return at < text.size() && text.at(at).isDigit();
    };
    qsizetype j = i;
    while (digit(j) && j - i < 3)
        ++j;
    const qsizetype hour = j - i;
    if (hour < 1 || hour > 2 || j >= text.size())
        return 0;
    const QChar sep = text.at(j);
    if (sep != u':' && sep != u'.' && sep != u'h')
        return 0;
    if (!digit(j + 1) || !digit(j + 2) || digit(j + 3))
        return 0;
    j += 3;
    if (j + 2 < text.size() && text.at(j) == u':' && digit(j + 1) && digit(j + 2) && !digit(j + 3))
        j += 3;
    return j - i;
}

bool wordChar(const QString &text, qsizetype at)
{
    return at < text.size() && text.at(at).isLetter();
}

} // namespace

QList<KindExample> parseKindExamples(const QString &tsv, QString *error)
{
    QList<KindExample> examples;
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const std::optional<EventKind> kind
            = tab > 0 ? eventKindFromName(line.left(tab)) : std::nullopt;
        if (!kind) {
            if (error)
                *error = QStringLiteral("line %1: expected kind<TAB>text: %2").arg(n + 1).arg(line);
            return examples;
        }
        examples.append({*kind, line.mid(tab + 1)});
    }
    return examples;
}

QMap<QString, QList<KindExample>> readKindSets(const QString &folder)
{
    QMap<QString, QList<KindExample>> sets;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning() << "event-kind set not readable:" << f.fileName();
            continue;
        }
        QString error;
        QList<KindExample> set = parseKindExamples(QString::fromUtf8(f.readAll()), &error);
        if (!error.isEmpty()) {
            qWarning().noquote() << "event-kind set" << f.fileName() << "skipped:" << error;
            continue;
        }
        sets.insert(name, std::move(set));
    }
    return sets;
}

namespace {

/// Length of the span at `i` that holds no words of the writer's, or 0: a code span ("`kubectl
/// get pod …`", "`0e14844`": commands and identifiers) or an HTML tag ("<br />").
qsizetype unreadAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'`') {
        const qsizetype close = text.indexOf(u'`', i + 1);
        return close < 0 ? 1 : close + 1 - i;
    }
    if (c == u'<' && i + 1 < text.size() && (text.at(i + 1).isLetter() || text.at(i + 1) == u'/')) {
        // Only the next 40 characters: "<a<a<a…" costs no scan to the end at each '<'.
        const qsizetype close = QStringView(text).mid(i + 1, 40).indexOf(u'>');
        if (close >= 0)
            return close + 2;
    }
    return 0;
}

/// The tokens of `text` in order: calls `word(from, length)` for each word and `number(clock)`
/// for a clock time (clock = true, the feature "#time") or another number ("#num").
template<typename Word, typename Number>
void forEachToken(const QString &text, Word word, Number number)
{
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype skip = unreadAt(text, i); skip > 0) {
            i += skip;
            continue;
        }
        if (wordChar(text, i)) {
            qsizetype j = i + 1;
            while (wordChar(text, j)
                   || (j < text.size() && (text.at(j) == u'\'' || text.at(j) == u'-')
                       && wordChar(text, j + 1)))
                ++j;
            word(i, j - i);
            i = j;
        } else if (text.at(i).isDigit()) {
            const bool boundary = i == 0 || !text.at(i - 1).isLetterOrNumber();
            if (const qsizetype clock = boundary ? clockTimeAt(text, i) : 0; clock > 0) {
                number(true);
                i += clock;
            } else {
                number(false);
                while (i < text.size() && text.at(i).isDigit())
                    ++i;
            }
        } else {
            ++i;
        }
    }
}

/// `c` in lower case, one UTF-16 code unit for one (ASCII directly; kindFeatures and the
/// hashes read the same).
char16_t lowerUnit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return char16_t(u + 32);
    return u < 128 ? u : c.toLower().unicode();
}

/// 64-bit FNV-1a of a token's lower-cased UTF-16 code units: the model keys its features by
/// hash, so reading an entry allocates no strings.
quint64 tokenHash(QStringView token)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : token) {
        const char16_t u = lowerUnit(c);
        h = (h ^ (u & 0xff)) * 1099511628211ULL;
        h = (h ^ (u >> 8)) * 1099511628211ULL;
    }
    return h;
}

/// The hash of a pair of neighbouring tokens, apart from any single token's (SplitMix64's
/// finaliser over both).
quint64 pairHash(quint64 first, quint64 second)
{
    quint64 z = first * 0x9E3779B97F4A7C15ULL ^ (second + 0x632BE59BD9B4E019ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// The hashes of kindFeatures(text), each once.
std::vector<quint64> featureHashes(const QString &text)
{
    std::vector<quint64> tokens;
    forEachToken(
        text,
        [&](qsizetype from, qsizetype length) {
            tokens.push_back(tokenHash(QStringView(text).mid(from, length)));
        },
        [&](bool clock) {
            static const quint64 time = tokenHash(u"#time");
            static const quint64 number = tokenHash(u"#num");
            tokens.push_back(clock ? time : number);
        });
    const std::size_t words = tokens.size();
    for (std::size_t i = 0; i + 1 < words; ++i)
        tokens.push_back(pairHash(tokens[i], tokens[i + 1]));
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

} // namespace

QStringList kindFeatures(const QString &text)
{
    QStringList tokens;
    forEachToken(
        text,
        [&](qsizetype from, qsizetype length) {
            QString word(length, Qt::Uninitialized);
            for (qsizetype k = 0; k < length; ++k)
                word[k] = QChar(lowerUnit(text.at(from + k)));
            tokens.append(word);
        },
        [&](bool clock) {
            tokens.append(clock ? QStringLiteral("#time") : QStringLiteral("#num"));
        });
    QStringList features = tokens;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
        features.append(tokens.at(i) + QLatin1Char('_') + tokens.at(i + 1));
    features.removeDuplicates();
    return features;
}

KindModel KindModel::train(const QList<KindExample> &examples)
{
    constexpr std::size_t kinds = std::size_t(EventKind::Other) + 1;
    std::array<qsizetype, kinds> entries{};
    std::array<qsizetype, kinds> featureTotal{};
    QHash<quint64, std::array<qsizetype, kinds>> counts;
    for (const KindExample &e : examples) {
        const auto k = std::size_t(e.kind);
        ++entries[k];
        for (const quint64 f : featureHashes(e.text)) {
            ++counts[f][k];
            ++featureTotal[k];
        }
    }
    KindModel model;
    for (std::size_t k = 0; k < kinds; ++k)
        model.m_logPrior[k] = std::log(double(entries[k] + 1));
    const double vocabulary = double(counts.size());
    model.m_logLikelihood.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        Scores &l = model.m_logLikelihood[it.key()];
        for (std::size_t k = 0; k < kinds; ++k)
            l[k] = std::log((double(it.value()[k]) + kSmoothing)
                            / (double(featureTotal[k]) + kSmoothing * vocabulary));
    }
    return model;
}

const KindModel &KindModel::shipped()
{
    static const KindModel model = [] {
        QList<KindExample> all;
        for (const QList<KindExample> &set : readKindSets(QStringLiteral(":/event-kinds")))
            all += set;
        if (all.isEmpty())
            qWarning("no event-kind sets in the resources (:/event-kinds): the model knows no "
                     "words and the cues decide alone");
        return train(all);
    }();
    return model;
}

KindModel::Scores KindModel::logScores(const QString &text, int *known) const
{
    Scores s = m_logPrior;
    int seen = 0;
    for (const quint64 f : featureHashes(text)) {
        if (const auto it = m_logLikelihood.constFind(f); it != m_logLikelihood.cend()) {
            ++seen;
            for (std::size_t k = 0; k < s.size(); ++k)
                s[k] += (*it)[k];
        }
    }
    if (known)
        *known = seen;
    return s;
}

double KindModel::confidence(const Scores &scores)
{
    const double best = *std::max_element(scores.cbegin(), scores.cend());
    double sum = 0;
    for (const double v : scores)
        sum += std::exp(v - best);
    return 1.0 / sum;
}

} // namespace Hindsight::Import
