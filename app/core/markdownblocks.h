// Markdown structure from cmark-gfm, as source-line ranges. No heuristics here.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hindsight {

/// How much of a long parse is done, 0 to 1; called now and then on the parsing thread.
using ParseProgress = std::function<void(double done)>;

/// YAML front matter split off a Markdown file: a first line "---", then YAML, then a line
/// "---" or "...". `present` is false (and `body` the whole text) when there is none or it is
/// never closed.
struct FrontMatter
{
    bool present = false;
    QString yaml;
    QString body;
    int bodyFirstLine = 1; ///< 1-based line number of the body's first line in the file
};
FrontMatter splitFrontMatter(const QString &text);

/// One top-level block of a Markdown document (CommonMark + GFM tables), with its source.
struct MarkdownBlock
{
    enum Kind { Heading, Paragraph, List, CodeBlock, Table, Quote, Html, ThematicBreak, Other };
    Kind kind = Other;
    int headingLevel = 0; ///< 1..6 for headings
    int firstLine = 0;    ///< 0-based line index in the parsed text
    QStringList lines;    ///< the block's source lines, verbatim
};

/// Top-level blocks of `text` in order, as cmark-gfm parses them (table extension on).
/// `progress` hears how much of the text cmark has read (its inline pass comes after).
QList<MarkdownBlock> parseMarkdownBlocks(const QString &text, const ParseProgress &progress = {});

/// Text of a heading block without its markers ("## Root cause ##" -> "Root cause").
QString headingText(const MarkdownBlock &heading);

struct MarkdownSection
{
    QString heading;
    QString text;      ///< verbatim source between this heading and the next, blank lines trimmed
    int firstLine = 0; ///< 0-based line index of `text`'s first line in the parsed text
    QList<MarkdownBlock> blocks;
};

/// A document cut at its level-1 and level-2 ATX headings ("# Title", "## Section"), the only
/// kind the native writer emits: the first level-1 heading is the title; text before the
/// first section heading is the preamble. A setext heading (a line underlined with === or
/// ---) stays inside its section's text, so section text such as "key: value\n---" reads
/// back as written rather than starting a new section.
struct MarkdownOutline
{
    QString title;
    QString preamble;
    QList<MarkdownSection> sections;
};
MarkdownOutline outlineMarkdown(const QString &text, const ParseProgress &progress = {});

/// `text` without leading and trailing blank lines (lines of only whitespace).
QString trimBlankLines(const QString &text);

} // namespace Hindsight
