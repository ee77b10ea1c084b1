// Spell checking of postmortem prose through hunspell.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hindsight {

/// A misspelled word in a text: its position (UTF-16 index and length) and up to three
/// suggestions from the dictionary, best first: fewest edits (Damerau–Levenshtein distance,
/// case ignored), then the more frequent word (rank in a list of the most common English
/// words, after the Oxford English Corpus and COCA top-100 lists), then hunspell's order.
struct Misspelling
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString word;
    QStringList suggestions;
};

/// Checks `markdown` against hunspell's en_US dictionary (Debian's hunspell-en-us, read from
/// /usr/share/hunspell), a word the en_GB one knows (hunspell-en-gb, when installed) counting
/// as right too. Skips what a dictionary cannot judge: code spans and fenced code,
/// URLs and host names (anything with a dot or slash inside), acronyms (two or more capitals),
/// words with digits, underscores or inner capitals (identifiers), and times. Returns an empty
/// list when the dictionary is not installed (see spellingAvailable()). Thread-safe.
QList<Misspelling> findMisspellings(const QString &markdown);

/// The words findMisspellings() reports, without their suggestions: cheap enough for the
/// typing path (each word's verdict is looked up in hunspell once per process and cached;
/// no suggestion search). Positions as in Misspelling.
QList<Misspelling> findUnknownWords(const QString &markdown);

/// Whether the en_US dictionary could be loaded.
bool spellingAvailable();

/// True when `word` is spelled correctly: known to hunspell's en_US dictionary, to the
/// incident vocabulary, or to the personal word list; British spellings of known American
/// words ("normalised", "colour", "catalogue") count as correct, and so do the words ignored
/// in this session. Thread-safe; the verdict is cached, so hunspell sees a word once.
bool isKnownWord(const QString &word);

/// Up to `max` suggestions for `word`, ranked as in Misspelling::suggestions.
QStringList rankedSuggestions(const QString &word, int max = 3);

/// Optimal-string-alignment edit distance (insertions, deletions, substitutions and adjacent
/// transpositions each cost 1), case-insensitive.
int editDistance(const QString &a, const QString &b);

/// Rank of `word` among the most common English words (0 = "the"), or -1 when not among them.
int commonWordRank(const QString &word);

/// The personal word list: `<AppDataLocation>/dictionary.txt` (on Linux
/// ~/.local/share/Hindsight/Hindsight/dictionary.txt), UTF-8, one word a line. Read once per
/// process by the spell checker (editor and `hindsight lint` alike); a missing file is an
/// empty list.
QString personalDictionaryPath();

/// Accepts `word` until the process ends without writing it anywhere (the editor's "Ignore").
void ignoreWordForSession(const QString &word);

/// Adds `word` to the personal word list file and to the running checker. Returns false (and
/// sets *error) when the file cannot be written.
bool addToPersonalDictionary(const QString &word, QString *error = nullptr);

} // namespace Hindsight
