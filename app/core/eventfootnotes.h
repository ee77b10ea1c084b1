// How the native format keeps a timeline event's detail (TimelineEvent::detail): as a GFM
// footnote of the event's table row. Used by nativeformat.cpp; no other user.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Hindsight::EventFootnotes {

/// `detail` as the native format stores it: CR LF and lone CR as LF, NUL as U+FFFD, without
/// leading or trailing blank lines. Empty when it holds no text.
QString normalised(const QString &detail);

/// The event text as written in its table cell, before cell escaping: a text that itself ends
/// in a footnote reference ("see [^1]") gets a backslash before the bracket, so that reading
/// it back never takes it for the reference of a detail.
QString guardedText(const QString &text);

/// The footnote reference for detail number `n` (1-based): "[^t1]".
QString reference(int n);

/// The footnote definition for detail number `n`: a blank line, "[^t<n>]:", then every line of
/// the normalised `detail` indented by four spaces (empty lines stay empty), ending in "\n".
/// Indented four spaces, no line of a detail can start a heading, a fence or an HTML block of
/// the section, so any detail reads back as written.
/// Source: GitHub Flavored Markdown footnotes (a definition's blocks are indented under it).
QString definition(int n, const QString &detail);

/// A footnote definition found in a section's text.
/// - firstLine, lastLine: 0-based lines of the section text it takes (trailing blank lines
///   not included).
/// - detail: its text, each line without the four spaces (or tab) of indentation; the words
///   after "[^label]: " on the first line, if any, are its first line.
struct Definition
{
    int firstLine = 0;
    int lastLine = 0;
    QString detail;
};

/// The footnote definitions in `lines` (a section's text split at "\n"), by label; only the
/// first definition of a label counts (a later one stays text). A definition is a line
/// "[^label]:" (up to three spaces before it, optional words after it) and the lines after it
/// that are blank or indented by four spaces or a tab, up to the last such non-blank line.
QHash<QString, Definition> findDefinitions(const QStringList &lines);

/// The label of the footnote reference `text` ends with ("… gave: [^t1]" -> "t1"), and the
/// text without it (trailing spaces removed); an empty label when it ends in none.
std::pair<QString, QString> splitReference(const QString &text);

} // namespace Hindsight::EventFootnotes
