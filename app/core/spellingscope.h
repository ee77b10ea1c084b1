// What the spell checker leaves alone in a postmortem: its people's and products' names. One
// set of rules for the editor's underlines (ui/spellinghighlighter.h) and the review's
// spelling check (core/review/spellingcheck.cpp), so both judge the same words.
#pragma once

#include "core/postmortem.h"
#include "core/spelling.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Hindsight {

/// The names a postmortem uses. A word is a name when it is part of an author's name or a
/// listed service ("Malik", "Osei"), a capitalised word written inside a sentence ("…paged
/// Kwame", "the Patroni leader"), or a capitalised word the document uses more than once (a
/// name at the start of two sentences). Everything else the spell checker skips — code spans
/// and fenced code, URLs and host names, identifiers (snake_case, camelCase, dotted, with
/// digits), acronyms, @handles and #channels — is skipped word by word by findUnknownWords().
class SpellingNames
{
public:
    SpellingNames() = default;
    /// The names in `text` (a document's words) and in `people` (authors, services).
    SpellingNames(const QString &text, const QStringList &people);
    /// The names of `pm`: its prose, timeline, action items and sections, authors and services.
    static SpellingNames of(const Postmortem &pm);

    bool contains(const QString &word) const { return m_names.contains(word); }
    /// True when `word`, found at UTF-16 `position` of `text`, is a name: capitalised, and in
    /// the set or not the first word of a sentence (a line that follows one without final
    /// punctuation continues its sentence).
    bool isNameAt(const QString &text, qsizetype position, const QString &word) const;

    bool operator==(const SpellingNames &other) const { return m_names == other.m_names; }
    bool operator!=(const SpellingNames &other) const { return !(*this == other); }

private:
    QSet<QString> m_names;
};

/// True when `position` of `text` starts a sentence: only white space and Markdown markers
/// (list bullets, emphasis, quotes) stand between it and the text's start or a ".", "!", "?"
/// or ":".
bool atSentenceStart(const QString &text, qsizetype position);

/// True when the word at `position` (`length` code units) of `text` is alone between a table
/// cell's bars ("| Checkly |", or "| Checkly" closing the text or its line): a cell's value,
/// such as a row's source or owner, which opens no sentence.
bool aloneInCell(const QString &text, qsizetype position, qsizetype length);

/// The words the editor underlines in `markdown` (a line, with the lines before it as
/// context when there are any): findUnknownWords() that are not names, from UTF-16 index
/// `from` on. No suggestion search: cheap enough for every keystroke.
QList<Misspelling> flaggedWords(const QString &markdown, const SpellingNames &names,
                                qsizetype from = 0);

} // namespace Hindsight
