#include "core/markdownblocks.h"

#include "core/fastregex.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

namespace Hindsight {

FrontMatter splitFrontMatter(const QString &text)
{
    FrontMatter fm;
    fm.body = text;
    if (!text.startsWith(QLatin1String("---\n")) && !text.startsWith(QLatin1String("---\r\n")))
        return fm;
    // Line by line from the second, looking for the closing line: the body is never split
    // into lines (a 7 MB file was, only to be joined again).
    const qsizetype yamlStart = text.indexOf(QLatin1Char('\n')) + 1;
    qsizetype lineStart = yamlStart;
    for (int i = 1;; ++i) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), lineStart);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QStringView l = QStringView(text).mid(lineStart, end - lineStart).trimmed();
        if (l == QLatin1String("---") || l == QLatin1String("...")) {
            fm.present = true;
            fm.yaml = i > 1 ? text.mid(yamlStart, lineStart - 1 - yamlStart) : QString();
            fm.body = last ? QString() : text.mid(end + 1);
            fm.bodyFirstLine = i + 2;
            return fm;
        }
        if (last)
            return fm;
        lineStart = end + 1;
    }
}

namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

MarkdownBlock::Kind blockKind(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
        return MarkdownBlock::Heading;
    case CMARK_NODE_PARAGRAPH:
        return MarkdownBlock::Paragraph;
    case CMARK_NODE_LIST:
        return MarkdownBlock::List;
    case CMARK_NODE_CODE_BLOCK:
        return MarkdownBlock::CodeBlock;
    case CMARK_NODE_BLOCK_QUOTE:
        return MarkdownBlock::Quote;
    case CMARK_NODE_HTML_BLOCK:
        return MarkdownBlock::Html;
    case CMARK_NODE_THEMATIC_BREAK:
        return MarkdownBlock::ThematicBreak;
    default:
        break;
    }
    if (qstrcmp(cmark_node_get_type_string(node), "table") == 0)
        return MarkdownBlock::Table;
    return MarkdownBlock::Other;
}

} // namespace

namespace {

/// parseMarkdownBlocks() of `text`, whose lines are `lines`.
QList<MarkdownBlock> blocksOf(const QString &text, const QStringList &lines,
                              const ParseProgress &progress)
{
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    const QByteArray utf8 = text.toUtf8();
    // Fed in pieces when someone follows along (cmark keeps a line cut between two feeds
    // until the next one: the tree is the same).
    constexpr qsizetype kPiece = 256 * 1024;
    const qsizetype piece = progress ? kPiece : std::max<qsizetype>(utf8.size(), 1);
    for (qsizetype at = 0; at < utf8.size(); at += piece) {
        const qsizetype n = std::min(piece, utf8.size() - at);
        cmark_parser_feed(parser.get(), utf8.constData() + at, size_t(n));
        if (progress)
            progress(0.8 * double(at + n) / double(utf8.size()));
    }
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    if (progress)
        progress(0.95);

    QList<MarkdownBlock> blocks;
    for (cmark_node *n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
        MarkdownBlock b;
        b.kind = blockKind(n);
        if (b.kind == MarkdownBlock::Heading)
            b.headingLevel = cmark_node_get_heading_level(n);
        const int first = qMax(1, cmark_node_get_start_line(n));
        int last = qMax(first, cmark_node_get_end_line(n));
        // cmark-gfm reports a table's end one line early when it ends the document.
        if (b.kind == MarkdownBlock::Table) {
            while (last < lines.size() && lines[last].trimmed().startsWith(QLatin1Char('|')))
                ++last;
        }
        b.firstLine = first - 1;
        b.lines = lines.mid(first - 1, qMin<qsizetype>(last, lines.size()) - (first - 1));
        while (!b.lines.isEmpty() && b.lines.last().trimmed().isEmpty())
            b.lines.removeLast();
        blocks.append(b);
    }
    if (progress)
        progress(1);
    return blocks;
}

} // namespace

QList<MarkdownBlock> parseMarkdownBlocks(const QString &text, const ParseProgress &progress)
{
    return blocksOf(text, text.split(QLatin1Char('\n')), progress);
}

QString headingText(const MarkdownBlock &heading)
{
    if (heading.lines.isEmpty())
        return {};
    static const FastRegex atx(QStringLiteral("^\\s{0,3}#{1,6}(?:\\s+|$)(.*?)(?:\\s+#+)?\\s*$"));
    const QString first = heading.lines.first();
    const auto m = atx.match(first);
    if (m.hasMatch())
        return m.captured(1).trimmed();
    // Setext heading: the text lines before the underline.
    QStringList text = heading.lines;
    if (text.size() > 1)
        text.removeLast();
    return text.join(QLatin1Char(' ')).simplified();
}

QString trimBlankLines(const QString &text)
{
    // Found in place, not by splitting into lines (every section is trimmed on every read and
    // write): from the start of the first line with a non-space character (QChar::isSpace, as
    // QString::trimmed) to the end of the last one.
    const auto isSpace = [](QChar c) {
        return c.isSpace();
    };
    const auto firstText = std::find_if_not(text.cbegin(), text.cend(), isSpace);
    if (firstText == text.cend())
        return {};
    const auto lastText = std::find_if_not(text.crbegin(), text.crend(), isSpace).base();
    const qsizetype from = text.lastIndexOf(QLatin1Char('\n'), firstText - text.cbegin()) + 1;
    qsizetype to = text.indexOf(QLatin1Char('\n'), lastText - text.cbegin());
    if (to < 0)
        to = text.size();
    return from == 0 && to == text.size() ? text : text.mid(from, to - from);
}

MarkdownOutline outlineMarkdown(const QString &text, const ParseProgress &progress)
{
    MarkdownOutline outline;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QList<MarkdownBlock> blocks = blocksOf(text, lines, progress);

    // Indices of blocks that start a section (or are the title).
    int titleBlock = -1;
    QList<int> cuts;
    for (int i = 0; i < blocks.size(); ++i) {
        const MarkdownBlock &b = blocks[i];
        if (b.kind != MarkdownBlock::Heading || b.headingLevel > 2
            || !b.lines.value(0).trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (b.headingLevel == 1 && titleBlock < 0 && cuts.isEmpty()) {
            titleBlock = i;
            outline.title = headingText(b);
        } else {
            cuts.append(i);
        }
    }

    const auto sliceLines = [&](int fromLine, int toLine) {
        return trimBlankLines(
            lines.mid(fromLine, qMax(0, toLine - fromLine)).join(QLatin1Char('\n')));
    };
    const auto blockEnd = [&](int i) {
        return blocks[i].firstLine + int(blocks[i].lines.size());
    };

    // Preamble: everything before the first section heading except the title line(s).
    const int firstCutLine = cuts.isEmpty() ? int(lines.size()) : blocks[cuts.first()].firstLine;
    QStringList preamble;
    if (titleBlock >= 0) {
        preamble.append(sliceLines(0, blocks[titleBlock].firstLine));
        preamble.append(sliceLines(blockEnd(titleBlock), firstCutLine));
    } else {
        preamble.append(sliceLines(0, firstCutLine));
    }
    preamble.removeAll(QString());
    outline.preamble = preamble.join(QStringLiteral("\n\n"));

    for (int c = 0; c < cuts.size(); ++c) {
        const int headingIndex = cuts[c];
        const int nextBlock = c + 1 < cuts.size() ? cuts[c + 1] : int(blocks.size());
        const int endLine = c + 1 < cuts.size() ? blocks[cuts[c + 1]].firstLine : int(lines.size());
        MarkdownSection s;
        s.heading = headingText(blocks[headingIndex]);
        s.text = sliceLines(blockEnd(headingIndex), endLine);
        s.firstLine = blockEnd(headingIndex);
        while (s.firstLine < endLine && lines[s.firstLine].trimmed().isEmpty())
            ++s.firstLine;
        for (int i = headingIndex + 1; i < nextBlock; ++i)
            if (i != titleBlock)
                s.blocks.append(blocks[i]);
        outline.sections.append(s);
    }
    return outline;
}

} // namespace Hindsight
