#include "core/spellingscope.h"

#include <QHash>
#include <QRegularExpression>

namespace Hindsight {

SpellingNames::SpellingNames(const QString &text, const QStringList &people)
{
    // Capitalised words used inside sentences: names and products ("Kwame", "Patroni").
    static const QRegularExpression midSentence(
        QStringLiteral("(?<=[\\p{L},;:()] )[A-Z][\\p{L}'\\-]*"));
    for (auto it = midSentence.globalMatch(text); it.hasNext();)
        m_names.insert(it.next().captured());
    // A capitalised word written twice is deliberate: a name, not a slip of the keyboard.
    static const QRegularExpression capitalised(QStringLiteral("\\b[A-Z][\\p{L}'\\x{2019}]*"));
    QHash<QString, int> uses;
    for (auto it = capitalised.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (++uses[word] == 2)
            m_names.insert(word);
    }
    static const QRegularExpression parts(QStringLiteral("[\\p{L}'\\x{2019}]+"));
    for (const QString &person : people)
        for (auto it = parts.globalMatch(person); it.hasNext();)
            m_names.insert(it.next().captured());
}

SpellingNames SpellingNames::of(const Postmortem &pm)
{
    QStringList text{pm.title, pm.summary, pm.impact, pm.rootCause, pm.resolution};
    for (const TimelineEvent &e : pm.timeline)
        text << e.text << e.detail;
    QStringList people = pm.authors + pm.services;
    for (const ActionItem &a : pm.actionItems) {
        text.append(a.text);
        people.append(a.owner);
    }
    for (const Section &s : pm.sections)
        text << s.heading << s.text;
    return SpellingNames(text.join(QLatin1Char('\n')), people);
}

bool SpellingNames::isNameAt(const QString &text, qsizetype position, const QString &word) const
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    return m_names.contains(word) || !atSentenceStart(text, position)
           || aloneInCell(text, position, word.size());
}

bool aloneInCell(const QString &text, qsizetype position, qsizetype length)
{
    // "… pages the on-call engineer. | Checkly": a table row's Source or Owner column read into
    // the entry's text, one word between cell bars; a value, not a sentence.
    const auto blank = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t');
    };
    qsizetype before = position - 1;
    while (before >= 0 && blank(text.at(before)))
        --before;
    qsizetype after = position + length;
    while (after < text.size() && blank(text.at(after)))
        ++after;
    return before >= 0 && text.at(before) == QLatin1Char('|')
           && (after == text.size() || text.at(after) == QLatin1Char('|')
               || text.at(after) == QLatin1Char('\n'));
}

bool atSentenceStart(const QString &text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && (text[i].isSpace() || QStringLiteral("*_#>-[](\"'`|").contains(text[i])))
        --i;
    return i < 0 || QStringLiteral(".!?:").contains(text[i]);
}

QList<Misspelling> flaggedWords(const QString &markdown, const SpellingNames &names, qsizetype from)
{
    QList<Misspelling> out;
    for (const Misspelling &m : findUnknownWords(markdown)) {
        if (m.position < from || names.isNameAt(markdown, m.position, m.word))
            continue;
        // A sentence's first word that is known in lower case is spelt right.
        if (m.word.at(0).isUpper() && isKnownWord(m.word.toLower()))
            continue;
        out.append(m);
    }
    return out;
}

} // namespace Hindsight
