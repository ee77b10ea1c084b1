// Line-level view of a Markdown document for the importer, built on the cmark-gfm parse.
#pragma once

#include <QList>
#include <QString>

namespace Hindsight::ImportLines {

/// What a source line is, as the CommonMark (GFM) parse places it.
enum class LineKind {
    Blank,          ///< empty or whitespace only
    Paragraph,      ///< prose (also lazy continuation lines CommonMark folds into a paragraph)
    Heading,        ///< ATX heading, or the text line of a setext heading
    HeadingRule,    ///< the "===" / "---" underline of a setext heading
    ListItem,       ///< the first line of a list item (the one with the marker)
    Code,           ///< inside a fenced or indented code block, fences included
    Html,           ///< HTML kept as written: <head>, <style>, <script>, comments, <img> alone
    Markup,         ///< HTML tags with no text ("<ul>", "</p>"): a block boundary, like Blank
    TableHeader,    ///< header row of a GFM table
    TableDelimiter, ///< "|---|---|" row of a GFM table
    TableRow,       ///< body row of a GFM table
    ThematicBreak,  ///< "---", "***"
    FrontMatter,    ///< front matter: YAML between leading "---" lines, TOML between "+++"
};

/// One source line.
/// - number: 1-based line number in the (newline-normalised) text.
/// - raw: the line as written, without the line ending.
/// - content: the line without indentation, block-quote markers, list marker and task box
///   ("[x] "), ATX heading hashes, or table pipes; trimmed.
/// - headingLevel: 1..6 for Heading lines, else 0.
/// - listDepth: nesting depth of the list item starting on this line (1 = top level), else 0.
/// - indent: leading whitespace width (tab = 4).
/// - opensHtmlBlock: the line opens an HTML paragraph element (see Line).
/// - fromHtml: the line was HTML and `kind`/`content` are read from its tags ("<li><strong>08:00
///   AM:</strong> x</li>" -> ListItem "**08:00 AM:** x"); `raw` still holds the HTML.
struct Line
{
    int number = 0;
    QString raw;
    QString content;
    LineKind kind = LineKind::Blank;
    int headingLevel = 0;
    int listDepth = 0;
    int indent = 0;
    bool fromHtml = false;
    /// The line is a titled admonition fence (":::tip Before you start"): `content` is its title
    /// in bold, and it is what the line shows.
    bool fromDirective = false;
    /// An HTML paragraph element (<p>, <div>, <blockquote>) opens on this line: it starts a
    /// paragraph of its own even without a blank line before it.
    bool opensHtmlBlock = false;
    /// The line goes on with the line before it: its paragraph (three lines or more) was
    /// hard-wrapped at a margin of 60–100 columns, every line but the last filled to within
    /// 16 columns of the longest, none leaving room for the next line's first word, and no
    /// line after the first opening with a number (as a list's times do). A wrapped line
    /// starts no entry, item or label, even after a full stop.
    bool wrapped = false;
    /// A list item whose task-list box is checked ("- [x] Rotate the keys"; GFM spec, "Task
    /// list items"): its `content` has the box removed.
    bool taskChecked = false;
};

/// Splits `text` into lines ("\r\n", "\r" and "\n" all end a line) and classifies each from the
/// cmark-gfm block tree (with the GFM table extension). Never fails; for any input (also empty or
/// binary) it returns one Line per source line. Linear in the input size.
///
/// Where CommonMark misreads a hand-written postmortem, lines are read again as a person would:
/// - HTML blocks (up to a whole HTML page): headings, paragraphs, list items and table rows are
///   read from their tags, with <strong>/<b> as "**", <em>/<i> as "*", <code> as "`", links as
///   "[text](href)" and entities decoded; <head>, <style>, <script> and comments stay Html.
/// - A fence that is never closed, when what follows it reads as a document (a heading, or two
///   label lines such as "Impact:"): the lines after the fence are parsed as Markdown.
/// - MediaWiki headings ("= Title =", "== Timeline ==") on a line of their own are headings.
/// - Admonition fences of Docusaurus and markdown-it-container (":::note", ":::tip Title",
///   ":::") are markup: an untitled one is a block boundary (Markup), a titled one shows its
///   title in bold. Other containers (cState's "::: update …") stay paragraphs as written.
/// - Hard-wrapped paragraphs: their lines after the first are marked `wrapped`.
/// - Indentation used as hierarchy: an indented (not fenced) code block right under a heading
///   or a line ending in ':' whose lines read as prose (words, entries led by a time or a
///   label; no code punctuation, no log levels or ISO timestamps) is parsed as Markdown.
QList<Line> classifyLines(const QString &text);

/// `text` with "\r\n" and lone "\r" turned into "\n" (the line split classifyLines uses).
QString normaliseNewlines(const QString &text);
/// `text` without the zero-width no-break spaces (U+FEFF, a byte order mark inside the text)
/// and zero-width spaces (U+200B) that pasted text carries; they are invisible and split
/// words. Joiners stay.
QString withoutZeroWidthSpaces(const QString &text);
/// Columns of `raw`'s leading whitespace, a tab advancing to the next multiple of four
/// (CommonMark 0.30, "Tabs").
int indentWidth(const QString &raw);

} // namespace Hindsight::ImportLines
