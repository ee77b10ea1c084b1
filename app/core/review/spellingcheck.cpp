// Misspelled ordinary words. Source: hunspell with Debian's en_US dictionary
// (hunspell-en-us) plus core/spelling's incident vocabulary and the personal word list.
// Not judged: names (core/spellingscope.h, which the editor uses too), products, jargon,
// identifiers, @handles and abbreviations. A word is reported only when it is lower-case
// (or opens a sentence and is capitalised nowhere else) and is one or two edits away from a
// dictionary word.
#include "core/importer.h"
#include "core/review/checks.h"
#include "core/review/textscan.h"
#include "core/spelling.h"
#include "core/spellingscope.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Hindsight::Review {

namespace {

/// Known as is, or with one inflection removed.
bool derivedFromKnownSimple(const QString &w)
{
    if (isKnownWord(w))
        return true;
    for (const char *suffix : {"s", "es", "ed", "d", "ing", "er", "ers", "or", "ors"}) {
        const QLatin1String sfx(suffix);
        if (w.size() > sfx.size() + 2 && w.endsWith(sfx)) {
            const QString base = w.chopped(sfx.size());
            if (isKnownWord(base) || isKnownWord(base + QLatin1Char('e')))
                return true;
        }
    }
    return false;
}

/// Jargon built from dictionary words: "lookups", "balancer's", "requeued", "validator",
/// "transcoding", "namespace" (inflection, common prefixes, two-word compounds).
bool derivedFromKnown(const QString &word)
{
    QString w = word.toLower();
    w.remove(QRegularExpression(QStringLiteral("['\\x{2019}]s?$")));
    if (isKnownWord(w))
        return true;
    static const char *suffixes[] = {"s",  "es",  "ed",      "d",    "ing",     "er",      "ers",
                                     "or", "ors", "ability", "able", "ization", "isation", "ly"};
    for (const char *suffix : suffixes) {
        const QLatin1String sfx(suffix);
        if (w.size() > sfx.size() + 3 && w.endsWith(sfx)) {
            const QString base = w.chopped(sfx.size());
            if (isKnownWord(base) || isKnownWord(base + QLatin1Char('e')))
                return true;
        }
    }
    static const char *prefixes[]
        = {"re",    "de", "un",  "pre", "sub",   "multi", "auto",  "over", "under", "trans",
           "inter", "co", "non", "mis", "micro", "geo",   "cross", "post", "up",    "down"};
    for (const char *prefix : prefixes) {
        const QLatin1String pfx(prefix);
        if (w.size() > pfx.size() + 3 && w.startsWith(pfx)
            && derivedFromKnownSimple(w.mid(pfx.size())))
            return true;
    }
    for (qsizetype i = 3; i + 3 <= w.size(); ++i)
        if (isKnownWord(w.left(i)) && derivedFromKnownSimple(w.mid(i)))
            return true;
    return false;
}

/// Whether `lower` ends in consonant, single vowel, consonant ("occur", "stop", "refer"): the
/// spelling after which English may double the last consonant before -ed and -ing. Final w,
/// x and y never double.
bool endsInVowelAndConsonant(const QString &lower)
{
    if (lower.size() < 3)
        return false;
    static const QString vowels = QStringLiteral("aeiou");
    const QChar last = lower.at(lower.size() - 1);
    const QChar middle = lower.at(lower.size() - 2);
    const QChar before = lower.at(lower.size() - 3);
    return !vowels.contains(last) && !QStringLiteral("wxy").contains(last)
           && vowels.contains(middle) && !vowels.contains(before);
}

/// A term written as a verb with an apostrophe before its ending ("tar'ed", "cd'd",
/// "rsync'ing"), or a known word of four letters or more behind one letter, as system names are
/// built ("cgroup", "vnode"): a coinage, not a slip.
bool coinedTerm(const QString &lower)
{
    static const QRegularExpression verbed(QStringLiteral("^\\p{L}{2,}['\\x{2019}](?:ed|d|ing)$"));
    if (verbed.match(lower).hasMatch())
        return true;
    return lower.size() >= 5 && lower.at(0) != lower.at(1) && isKnownWord(lower.mid(1));
}

/// A regular form of a known word that a dictionary may lack: a plural or third person in -s
/// ("learnings", "triages"), -ied from -y ("proxied"), or a known word behind a common prefix
/// ("rebase", "unpause"). Such a word is one edit from another word only by chance
/// ("leanings", "rebate"), unlike "occured", whose known base hides a wrong inflection.
bool regularForm(const QString &lower)
{
    if (lower.size() > 4 && lower.endsWith(u's') && !lower.endsWith(QLatin1String("ss"))
        && isKnownWord(lower.chopped(1)))
        return true;
    // -ed and -ing on a known word that ends in no single vowel and consonant ("sharded",
    // "requested"): no final consonant is doubled, so the plain suffix is the regular spelling.
    // After a single vowel and consonant the consonant may double ("occur", "occurred"): a
    // plain suffix there may be the misspelling.
    for (const char *suffix : {"ed", "ing"}) {
        const QLatin1String sfx(suffix);
        if (lower.size() > sfx.size() + 3 && lower.endsWith(sfx)) {
            const QString base = lower.chopped(sfx.size());
            if (isKnownWord(base) && !endsInVowelAndConsonant(base))
                return true;
        }
    }
    if (lower.size() > 5 && lower.endsWith(QLatin1String("ied"))
        && isKnownWord(lower.chopped(3) + QLatin1Char('y')))
        return true;
    for (const char *prefix : {"re", "un", "de", "pre", "non", "co"}) {
        const QLatin1String p(prefix);
        if (lower.size() > p.size() + 3 && lower.startsWith(p) && isKnownWord(lower.mid(p.size())))
            return true;
    }
    return false;
}

/// The plural of a word the document uses ("finalizers" where "finalizer" is written too): a
/// term of the document, inflected, however far it is from the dictionary's words.
bool pluralOfUsedWord(const QString &lower, const QHash<QString, int> &uses)
{
    if (lower.size() < 5 || !lower.endsWith(u's') || lower.endsWith(QLatin1String("ss")))
        return false;
    return uses.contains(lower.chopped(1))
           || (lower.endsWith(QLatin1String("es")) && uses.contains(lower.chopped(2)));
}

/// True when `text` reads as English: at least 8% of its words are English function words
/// ("the", "of", "and", …; ordinary English prose has 30–50%). The dictionary is en_US, so a
/// postmortem written in another language has nothing to judge: its every word would be
/// "unknown". Texts under `minimum` words are taken as English (too short to tell).
bool readsAsEnglish(const QStringList &lowerWords, qsizetype minimum)
{
    qsizetype letters = 0, function = 0;
    for (const QString &w : lowerWords) {
        if (std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        ++letters;
        function += isStopWord(w) ? 1 : 0;
    }
    return letters < minimum || function * 100 >= letters * 8;
}

/// `word` is `fix` with one letter typed twice: "untill" for "until", "accross" for "across".
bool doubledLetter(const QString &word, const QString &fix)
{
    if (word.size() != fix.size() + 1)
        return false;
    for (qsizetype i = 0; i + 1 < word.size(); ++i)
        if (word.at(i) == word.at(i + 1) && QString(word).remove(i, 1) == fix)
            return true;
    return false;
}

/// A Unix daemon's name: a word and a "d" ("systemd", "journald", "containerd"). Not a word
/// ending in "e" before it, where the "d" would make a past tense ("typed"): those are judged
/// as words.
bool daemonName(const QString &lower)
{
    if (lower.size() < 5 || !lower.endsWith(QLatin1Char('d')))
        return false;
    const QString word = lower.chopped(1);
    return !word.endsWith(QLatin1Char('e')) && isKnownWord(word);
}

} // namespace

void checkSpelling(const ReviewDocument &doc, Findings &out)
{
    if (!spellingAvailable())
        return;
    // The editor's rules for names (core/spellingscope.h), so both judge the same words.
    const SpellingNames names = SpellingNames::of(doc.postmortem());
    // A word written the same way twice is deliberate (a term), not a slip of the keyboard.
    QHash<QString, int> uses;
    const QStringList all = words(doc.allText());
    for (const QString &w : all)
        ++uses[w];
    if (!readsAsEnglish(all, 100))
        return;
    // Each block's unknown words, looked up once.
    QList<std::pair<const Block *, Misspelling>> unknown;
    for (const Block &b : doc.blocks()) {
        if (b.part == Part::Title || b.heading == frontMatterSectionHeading())
            continue; // front matter is data: its keys are identifiers ("params:")
        if (!readsAsEnglish(words(b.text), 40))
            continue; // a passage in another language, quoted or translated
        for (const Misspelling &m : findUnknownWords(b.text))
            unknown.append({&b, m});
    }
    // Unknown words that differ only in their last letter name one family of tools
    // ("chronyd" and "chronyc", a daemon and its client): terms, not two slips.
    QHash<QString, QString> wordOfStem;
    QSet<QString> familyStems;
    for (const auto &[block, m] : std::as_const(unknown)) {
        const QString lw = m.word.toLower();
        if (lw.size() < 5)
            continue;
        const QString stem = lw.chopped(1);
        const auto known = wordOfStem.constFind(stem);
        if (known == wordOfStem.cend())
            wordOfStem.insert(stem, lw);
        else if (*known != lw)
            familyStems.insert(stem);
    }
    QSet<QString> reported;
    for (const auto &[block, m] : std::as_const(unknown)) {
        const Block &b = *block;
        const QString &w = m.word;
        const QString lw = w.toLower();
        if (w.size() < 4 || reported.contains(lw) || uses.value(lw) > 1
            || familyStems.contains(lw.chopped(1)) || daemonName(lw) || pluralOfUsedWord(lw, uses)
            || coinedTerm(lw))
            continue;
        const bool capitalised = w.at(0).isUpper();
        if (names.isNameAt(b.text, m.position, w))
            continue;
        if (capitalised && isKnownWord(lw))
            continue;
        static const QRegularExpression possessive(QStringLiteral("['\\x{2019}]s$"));
        if (possessive.match(w).hasMatch()
            && derivedFromKnownSimple(QString(w).remove(possessive).toLower()))
            continue;
        const QStringList suggestions = rankedSuggestions(w, 3);
        if (suggestions.isEmpty())
            continue;
        // "postgres" beside "PostgreSQL", "kube" beside "Kubernetes": the short name of a
        // product the dictionary spells out, not a misspelling.
        const auto shortName = [&w](const QString &s) {
            return s.size() > w.size() && s.startsWith(w, Qt::CaseInsensitive)
                   && std::any_of(s.begin() + 1, s.end(), [](QChar c) { return c.isUpper(); });
        };
        if (std::any_of(suggestions.begin(), suggestions.end(), shortName))
            continue;
        const QString &best = suggestions.first();
        const int distance = editDistance(w, best);
        // One edit inside a word that keeps its beginning ("occured" for "occurred") is a
        // typo even when the letters also read as an inflection of a known word; otherwise
        // a word built from known words ("lookups", "requeued") is jargon.
        const QString lb = best.toLower();
        const bool insideTypo
            = distance == 1 && lw.left(3) == lb.left(3) && !lw.startsWith(lb) && !lb.startsWith(lw);
        // A letter typed twice ("untill", "accross"), the commonest slip of the lists of
        // common misspellings, even where the result reads as built from known words.
        const bool doubled = doubledLetter(lw, lb);
        if (!doubled && (!insideTypo || regularForm(lw)) && derivedFromKnown(w))
            continue;
        // Planted and real typos are one edit away; a word two edits from anything is
        // more likely a term the dictionary lacks ("kubelets", "permalink").
        if (best.contains(QLatin1Char(' ')) || best.contains(QLatin1Char('-')) || distance > 1)
            continue;
        // "html" for "HTML", "europe" for "Europe": capitalisation, not spelling; "bcrypt"
        // around "crypt": a term built on a word.
        if (lb == lw || (!doubled && lb.size() >= 4 && lw.contains(lb)))
            continue;
        // Short unknown words are mostly commands and products ("sudo", "noop"); judge them
        // only when the fix is a very common word ("wich" for "which").
        if (w.size() <= 5 && commonWordRank(best) < 0)
            continue;
        // A capitalised first word is a typo only when its fix is an ordinary word ("Teh",
        // "Enginner"), not another name.
        if (capitalised && commonWordRank(best) < 0 && !isKnownWord(lb))
            continue;
        reported.insert(lw);
        out.add("spelling.unknown-word", "spelling", FindingSeverity::Hint,
                ReviewText::tr("\"%1\" is not in the dictionary; did you mean \"%2\"?")
                    .arg(w, suggestions.join(QStringLiteral("\", \""))),
                b.field, b.index, w, b.offset + int(m.position));
    }
}

} // namespace Hindsight::Review
