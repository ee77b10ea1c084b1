// Spell checking of postmortem prose through hunspell.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hindsight {

/// A misspelled word in a text: its position (UTF-16 index and length) and up to three
/// suggestions from the dictionary.
struct Misspelling
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString word;
    QStringList suggestions;
};

/// Checks `markdown` against hunspell's en_US dictionary (Debian's hunspell-en-us, read from
/// /usr/share/hunspell). Skips what a dictionary cannot judge: code spans and fenced code,
/// URLs and host names (anything with a dot or slash inside), acronyms (two or more capitals),
/// words with digits, underscores or inner capitals (identifiers), and times. Returns an empty
/// list when the dictionary is not installed (see spellingAvailable()). Thread-safe.
QList<Misspelling> findMisspellings(const QString &markdown);

/// Whether the en_US dictionary could be loaded.
bool spellingAvailable();

} // namespace Hindsight
