// Misspelled ordinary words. Source: hunspell with Debian's en_US dictionary
// (hunspell-en-us) plus core/spelling's incident vocabulary and the personal word list.
// Names, product and technical terms, identifiers, handles and abbreviations are not judged:
// a word is reported only when it is lower-case (or a sentence's first word that appears
// nowhere else capitalised) and lies one or two edits from a dictionary word.
#include "core/review/checks.h"
#include "core/review/textscan.h"
#include "core/spelling.h"

#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Review {

namespace {

/// Capitalised words used inside sentences: names and products ("Kwame", "Patroni").
QSet<QString> namesIn(const QString &text)
{
    static const QRegularExpression midSentence(
        QStringLiteral("(?<=[\\p{L},;:()] )[A-Z][\\p{L}'\\-]*"));
    QSet<QString> out;
    for (auto it = midSentence.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

bool atSentenceStart(const QString &text, qsizetype pos)
{
    qsizetype i = pos - 1;
    while (i >= 0 && (text[i].isSpace() || QStringLiteral("*_#>-[](\"'`|").contains(text[i])))
        --i;
    return i < 0 || QStringLiteral(".!?:").contains(text[i]);
}

} // namespace

void checkSpelling(const ReviewDocument &doc, Findings &out)
{
    if (!spellingAvailable())
        return;
    const QSet<QString> names = namesIn(doc.allText());
    QSet<QString> reported;
    for (const Block &b : doc.blocks()) {
        if (b.part == Part::Title)
            continue;
        for (const Misspelling &m : findMisspellings(b.text)) {
            const QString &w = m.word;
            if (w.size() < 3 || reported.contains(w.toLower()))
                continue;
            const bool capitalised = w.at(0).isUpper();
            if (capitalised && (names.contains(w) || !atSentenceStart(b.text, m.position)))
                continue;
            if (capitalised && isKnownWord(w.toLower()))
                continue;
            const QStringList suggestions = rankedSuggestions(w, 3);
            if (suggestions.isEmpty())
                continue;
            const QString &best = suggestions.first();
            const int distance = editDistance(w, best);
            if (best.contains(QLatin1Char(' ')) || best.contains(QLatin1Char('-'))
                || distance > (w.size() >= 7 ? 2 : 1))
                continue;
            // A capitalised first word is a typo only when its fix is a common word ("Teh").
            if (capitalised && commonWordRank(best) < 0)
                continue;
            reported.insert(w.toLower());
            out.add("spelling.unknown-word", "spelling", FindingSeverity::Hint,
                    ReviewText::tr("\"%1\" is not in the dictionary; did you mean \"%2\"?")
                        .arg(w, suggestions.join(QStringLiteral("\", \""))),
                    b.field, b.index);
        }
    }
}

} // namespace Hindsight::Review
