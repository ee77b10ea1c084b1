#include "importlines.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>

namespace Hindsight::ImportLines {

namespace {

int indentWidth(const QString &raw)
{
    int width = 0;
    for (const QChar c : raw) {
        if (c == QLatin1Char(' '))
            ++width;
        else if (c == QLatin1Char('\t'))
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

bool isBlank(const QString &raw)
{
    for (const QChar c : raw)
        if (!c.isSpace())
            return false;
    return true;
}

/// Marks YAML front matter ("---" first line, closed by "---" or "..." within 200 lines).
int frontMatterEnd(const QList<Line> &lines)
{
    if (lines.isEmpty() || lines.first().raw.trimmed() != QLatin1String("---"))
        return -1;
    const int limit = std::min<int>(lines.size(), 200);
    for (int i = 1; i < limit; ++i) {
        const QString t = lines.at(i).raw.trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("..."))
            return i;
    }
    return -1;
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

QString stripped(const QRegularExpression &re, const QString &s)
{
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch() ? s.mid(m.capturedEnd()) : s;
}

} // namespace

QString normaliseNewlines(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

QList<Line> classifyLines(const QString &text)
{
    const QString normalised = normaliseNewlines(text);
    QList<Line> lines;
    {
        const QStringList raws = normalised.split(QLatin1Char('\n'));
        lines.reserve(raws.size());
        int number = 0;
        for (const QString &raw : raws) {
            Line line;
            line.number = ++number;
            line.raw = raw;
            line.indent = indentWidth(raw);
            line.kind = isBlank(raw) ? LineKind::Blank : LineKind::Paragraph;
            lines.append(line);
        }
        // A final newline does not start another line.
        if (lines.size() > 1 && lines.last().raw.isEmpty())
            lines.removeLast();
    }

    // cmark gets a copy with front matter blanked (it would read "---" as a setext underline),
    // every line cut to kMaxLineForParse characters, and link brackets replaced: block
    // structure is decided by the start of a line and never by brackets, while cmark 0.29's
    // inline parsing is quadratic on long paragraphs mixing links and emphasis and on
    // multi-megabyte lines. Only the block structure is used here.
    constexpr qsizetype kMaxLineForParse = 2000;
    const int fmEnd = frontMatterEnd(lines);
    for (int i = 0; i <= fmEnd; ++i)
        lines[i].kind = LineKind::FrontMatter;
    QString forParse;
    forParse.reserve(std::min<qsizetype>(normalised.size(), lines.size() * kMaxLineForParse));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            forParse += QLatin1Char('\n');
        if (i > fmEnd)
            forParse += QStringView(lines.at(i).raw).left(kMaxLineForParse);
    }
    for (QChar &c : forParse) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']'))
            c = QLatin1Char('x');
    }
    const QByteArray utf8 = forParse.toUtf8();

    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

    const int count = int(lines.size());
    auto lineAt = [&](int number) -> Line * {
        return number >= 1 && number <= count ? &lines[number - 1] : nullptr;
    };
    QList<int> markersOnLine(count, 0);

    if (doc) {
        std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(doc.get()));
        int listDepth = 0;
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_LIST) {
                listDepth += ev == CMARK_EVENT_ENTER ? 1 : -1;
                continue;
            }
            if (ev != CMARK_EVENT_ENTER)
                continue;
            const int start = cmark_node_get_start_line(node);
            const int end = std::max(start, cmark_node_get_end_line(node));
            switch (type) {
            case CMARK_NODE_HEADING: {
                const int level = cmark_node_get_heading_level(node);
                for (int n = start; n <= end; ++n) {
                    if (Line *l = lineAt(n); l && l->kind != LineKind::Blank) {
                        l->kind = LineKind::Heading;
                        l->headingLevel = level;
                    }
                }
                // Setext heading: the last line is the underline.
                static const QRegularExpression underline(QStringLiteral(R"(^\s{0,3}(=+|-+)\s*$)"));
                if (end > start) {
                    if (Line *l = lineAt(end); l && underline.match(l->raw).hasMatch()) {
                        l->kind = LineKind::HeadingRule;
                        l->headingLevel = 0;
                    }
                }
                break;
            }
            case CMARK_NODE_CODE_BLOCK:
                for (int n = start; n <= end; ++n)
                    if (Line *l = lineAt(n))
                        l->kind = LineKind::Code;
                break;
            case CMARK_NODE_HTML_BLOCK:
                for (int n = start; n <= end; ++n)
                    if (Line *l = lineAt(n); l && l->kind != LineKind::Blank)
                        l->kind = LineKind::Html;
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                if (Line *l = lineAt(start))
                    l->kind = LineKind::ThematicBreak;
                break;
            case CMARK_NODE_ITEM:
                if (Line *l = lineAt(start); l && l->kind != LineKind::Blank) {
                    l->kind = LineKind::ListItem;
                    l->listDepth = std::max(l->listDepth, listDepth);
                    ++markersOnLine[start - 1];
                }
                break;
            default: {
                const char *name = cmark_node_get_type_string(node);
                if (name && std::strcmp(name, "table") == 0) {
                    for (int n = start; n <= end; ++n) {
                        if (Line *l = lineAt(n); l && l->kind != LineKind::Blank)
                            l->kind = n == start       ? LineKind::TableHeader
                                      : n == start + 1 ? LineKind::TableDelimiter
                                                       : LineKind::TableRow;
                    }
                }
                break;
            }
            }
        }
    }

    static const QRegularExpression quote(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\](?:[ \t]+|$))?)"));
    static const QRegularExpression hashes(QStringLiteral(R"(^\s*#{1,6}(?:[ \t]+|$))"));
    for (int i = 0; i < count; ++i) {
        Line &l = lines[i];
        QString c = stripped(quote, l.raw);
        switch (l.kind) {
        case LineKind::ListItem:
            for (int k = 0; k < markersOnLine.at(i); ++k) {
                const QString next = stripped(marker, c);
                if (next.size() == c.size())
                    break;
                c = next;
            }
            break;
        case LineKind::Heading:
            if (hashes.match(c).hasMatch()) {
                c = stripped(hashes, c);
                // Optional closing sequence: blanks, hashes, blanks at the end.
                qsizetype e = c.size();
                while (e > 0
                       && (c.at(e - 1) == QLatin1Char(' ') || c.at(e - 1) == QLatin1Char('\t')))
                    --e;
                qsizetype h = e;
                while (h > 0 && c.at(h - 1) == QLatin1Char('#'))
                    --h;
                if (h < e
                    && (h == 0 || c.at(h - 1) == QLatin1Char(' ')
                        || c.at(h - 1) == QLatin1Char('\t')))
                    c.truncate(h);
            }
            break;
        case LineKind::TableHeader:
        case LineKind::TableRow:
        case LineKind::TableDelimiter: {
            c = c.trimmed();
            if (c.startsWith(QLatin1Char('|')))
                c.remove(0, 1);
            if (c.endsWith(QLatin1Char('|')) && !c.endsWith(QLatin1String("\\|")))
                c.chop(1);
            break;
        }
        default:
            break;
        }
        l.content = c.trimmed();
    }
    return lines;
}

} // namespace Hindsight::ImportLines
