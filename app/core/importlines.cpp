#include "core/importlines.h"

#include "core/cmarkarena.h"
#include "core/fastregex.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <climits>
#include <cstring>
#include <memory>

namespace Hindsight::ImportLines {

namespace {

bool isBlank(const QString &raw)
{
    for (const QChar c : raw)
        if (!c.isSpace())
            return false;
    return true;
}

/// A "#" line of a closed YAML block is a comment, not a Markdown heading, when what follows it
/// is YAML too: a "key:" line, another comment, or the closing delimiter (cState and Hugo
/// archetypes document each key with comments above it).
bool yamlCommentAt(const QList<Line> &lines, int i, int close)
{
    static const FastRegex key(QStringLiteral(R"(^[\w.-]+\s*:(\s|$))"));
    if (close < 0 || i >= close || !lines.at(i).raw.trimmed().startsWith(QLatin1Char('#')))
        return false;
    for (int k = i + 1; k <= close; ++k) {
        const QString t = lines.at(k).raw.trimmed();
        if (t.isEmpty())
            continue;
        return k == close || t.startsWith(QLatin1Char('#')) || key.match(t).hasMatch();
    }
    return false;
}

/// Marks front matter: YAML between a first "---" line and "---" or "...", or TOML (Hugo,
/// Zola) between "+++" lines, within 200 lines.
int frontMatterEnd(const QList<Line> &lines)
{
    if (lines.isEmpty())
        return -1;
    const QString open = lines.first().raw.trimmed();
    const bool toml = open == QLatin1String("+++");
    if (open != QLatin1String("---") && !toml)
        return -1;
    const int limit = std::min<int>(lines.size(), 200);
    int close = -1;
    for (int i = 1; i < limit && close < 0; ++i) {
        const QString t = lines.at(i).raw.trimmed();
        if (toml ? t == QLatin1String("+++")
                 : t == QLatin1String("---") || t == QLatin1String("..."))
            close = i;
    }
    if (toml)
        return close;
    // Markdown where YAML should be (a heading after a blank line, a table row): the front
    // matter was never closed and ends at the last line before that Markdown.
    // A "---" set off from a heading by a blank line, with nothing between them, is a thematic
    // break over the title, not front matter whose first entry is a comment.
    static const FastRegex markdown(QStringLiteral(R"(^(#{1,6}\s+\S|\|.*\|\s*$))"));
    bool content = false; // a line of the block seen before line i
    for (int i = 1; i < limit; ++i) {
        if (i == close)
            return i;
        if (isBlank(lines.at(i - 1).raw) && markdown.match(lines.at(i).raw).hasMatch()
            && (!content || !yamlCommentAt(lines, i, close))) {
            int last = i - 1;
            while (last > 0 && isBlank(lines.at(last).raw))
                --last;
            return last > 0 ? last : -1;
        }
        content = content || !isBlank(lines.at(i).raw);
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

QString stripped(const FastRegex &re, const QString &s)
{
    const FastMatch m = re.match(s);
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

QString withoutZeroWidthSpaces(const QString &text)
{
    // Rich-text editors leave them inside words ("U\u{FEFF}pdate"), where no cue can read the
    // word. Unicode deprecates U+FEFF inside text (The Unicode Standard, 23.8). The joiners
    // (U+200C, U+200D) stay: they shape emoji and scripts.
    if (!text.contains(QChar(0xFEFF)) && !text.contains(QChar(0x200B)))
        return text;
    QString out = text;
    out.remove(QChar(0xFEFF));
    out.remove(QChar(0x200B));
    return out;
}

/// Lines of `text` (numbered from 1), blank or Paragraph, not yet classified.
QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    const QStringList raws = text.split(QLatin1Char('\n'));
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
    return lines;
}

/// A code block CommonMark found: 0-based first/last line, fenced or indented.
struct CodeBlock
{
    int first = 0;
    int last = 0;
    bool fenced = false;
};

/// The text cmark parses: front matter blanked (it would read "---" as a setext underline),
/// every line cut to kMaxLineForParse characters, link brackets replaced and "•" bullets
/// made "-". Block structure is decided by the start of a line and never by brackets, while
/// cmark 0.29's inline parsing is quadratic on long paragraphs mixing links and emphasis and on
/// multi-megabyte lines. Only the block structure is used.
QString textForParse(const QList<Line> &lines, int fmEnd)
{
    constexpr qsizetype kMaxLineForParse = 2000;
    QString forParse;
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
    // Text pasted from a word processor marks its lists with "•" (U+2022): a list marker.
    static const QRegularExpression bullet(
        QStringLiteral(R"((^|\n)([ \t]{0,3})\x{2022}(?=[ \t]))"));
    forParse.replace(bullet, QStringLiteral(R"(\1\2-)"));
    return forParse;
}

/// Sets kind, headingLevel and listDepth of `lines` from the cmark block tree `doc`; counts
/// the list markers that open on each line into `markersOnLine`. Returns the code blocks.
QList<CodeBlock> markBlocks(cmark_node *doc, QList<Line> &lines, QList<int> &markersOnLine)
{
    QList<CodeBlock> codeBlocks;
    const int count = int(lines.size());
    auto lineAt = [&](int number) -> Line * {
        return number >= 1 && number <= count ? &lines[number - 1] : nullptr;
    };
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(doc));
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
            // A setext heading ends with its underline, which cmark 0.29 may count one line
            // short of the heading's end: the lines after the underline are not the heading's.
            static const FastRegex underline(QStringLiteral(R"(^\s{0,3}(=+|-+)\s*$)"));
            const int level = cmark_node_get_heading_level(node);
            for (int n = start; n <= end; ++n) {
                Line *l = lineAt(n);
                if (!l)
                    continue;
                if (n > start && underline.match(l->raw).hasMatch()) {
                    l->kind = LineKind::HeadingRule;
                    l->headingLevel = 0;
                    break;
                }
                if (l->kind != LineKind::Blank) {
                    l->kind = LineKind::Heading;
                    l->headingLevel = level;
                }
            }
            break;
        }
        case CMARK_NODE_CODE_BLOCK: {
            for (int n = start; n <= end; ++n)
                if (Line *l = lineAt(n))
                    l->kind = LineKind::Code;
            int fenceLength = 0;
            int fenceOffset = 0;
            char fenceChar = 0;
            const bool fenced
                = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) != 0;
            codeBlocks.append({start - 1, std::min(end, count) - 1, fenced});
            break;
        }
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
    return codeBlocks;
}

/// Sets each line's content: without block-quote and list markers (`markersOnLine` of them),
/// ATX hashes and their closing sequence, or table pipes; trimmed.
void fillContent(QList<Line> &lines, const QList<int> &markersOnLine)
{
    const int count = int(lines.size());
    static const FastRegex quote(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const FastRegex marker(QStringLiteral(
        R"(^\s*(?:[-+*\x{2022}]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\](?:[ \t]+|$))?)"));
    static const FastRegex hashes(QStringLiteral(R"(^\s*#{1,6}(?:[ \t]+|$))"));
    for (int i = 0; i < count; ++i) {
        Line &l = lines[i];
        QString c = l.raw.contains(QLatin1Char('>')) ? stripped(quote, l.raw) : l.raw;
        switch (l.kind) {
        case LineKind::ListItem:
            for (int k = 0; k < markersOnLine.at(i); ++k) {
                const QString next = stripped(marker, c);
                if (next.size() == c.size())
                    break;
                // The task box goes with the marker; a checked one marks the item done.
                const QStringView prefix = QStringView(c).left(c.size() - next.size());
                l.taskChecked = prefix.contains(QLatin1String("[x]"), Qt::CaseInsensitive);
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
            // An empty anchor is where a link lands, no words of the heading: GitBook writes
            // one after every heading ("### Description <a href=\"#description\"
            // id=\"description\"></a>"), READMEs one before it ("## <a name=\"faq\"></a>FAQ").
            if (c.contains(QLatin1String("</a>"), Qt::CaseInsensitive)) {
                static const QRegularExpression anchor(QStringLiteral(R"(\s*<a\b[^>]*>\s*</a>\s*)"),
                                                       QRegularExpression::CaseInsensitiveOption);
                c.replace(anchor, QStringLiteral(" "));
            }
            // An attribute block that names the heading's anchor or class is markup too:
            // "## Root cause { #root-cause }" (Pandoc's header_attributes, kramdown's
            // "{: #id}", Python-Markdown's attr_list).
            if (c.endsWith(QLatin1Char('}'))) {
                static const FastRegex attributes(
                    QStringLiteral(R"(\s*\{:?\s*[#.][^{}\n]{0,80}\}\s*$)"));
                if (const FastMatch m = attributes.match(c); m.hasMatch())
                    c.truncate(m.capturedStart());
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
}

/// Classifies `lines` (raw set) from the cmark-gfm parse; fills kind, headingLevel, listDepth
/// and content. `frontMatter` marks a leading YAML block. Returns the code blocks found.
QList<CodeBlock> classifyParsed(QList<Line> &lines, bool frontMatter)
{
    const int fmEnd = frontMatter ? frontMatterEnd(lines) : -1;
    for (int i = 0; i <= fmEnd; ++i)
        lines[i].kind = LineKind::FrontMatter;
    const QByteArray utf8 = textForParse(lines, fmEnd).toUtf8();

    cmark_gfm_core_extensions_ensure_registered();
    // The parse's memory comes from this thread's arena: declared first, it ends after the
    // parser, the document and markBlocks' iterator.
    const CmarkArena arena;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(
        cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, arena.mem()));
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

    QList<int> markersOnLine(int(lines.size()), 0);
    QList<CodeBlock> codeBlocks;
    if (doc)
        codeBlocks = markBlocks(doc.get(), lines, markersOnLine);
    fillContent(lines, markersOnLine);
    return codeBlocks;
}

namespace {

/// Decodes the HTML character references people write (&amp;, &nbsp;, &#39;, &#x2014; …).
QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const FastRegex entity(
        QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)"));
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ensp"), QStringLiteral(" ")},
        {QStringLiteral("emsp"), QStringLiteral(" ")},
        {QStringLiteral("thinsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("copy"), QStringLiteral("©")},
    };
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const FastMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else {
            replacement = named.value(name);
        }
        if (replacement.isEmpty())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

/// Inline HTML as Markdown: strong/b -> **, em/i -> *, code -> `, a -> [text](href),
/// img -> ![alt](src), br -> blank, every other tag dropped; entities decoded.
QString htmlInlineToMarkdown(const QString &html)
{
    static const FastRegex tag(
        QStringLiteral(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--.*?-->)"));
    static const FastRegex attr(
        QStringLiteral(R"re(\b(href|src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto attribute = [](const QString &attrs, const QString &name) {
        auto it = attr.globalMatch(attrs);
        while (it.hasNext()) {
            const FastMatch m = it.next();
            if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0)
                return m.captured(2) + m.captured(3) + m.captured(4);
        }
        return QString();
    };
    QString out;
    QStringList hrefs; // open <a> elements
    qsizetype last = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const FastMatch m = it.next();
        out += decodeEntities(html.mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("strong") || name == QLatin1String("b"))
            out += QLatin1String("**");
        else if (name == QLatin1String("em") || name == QLatin1String("i"))
            out += QLatin1Char('*');
        else if (name == QLatin1String("code"))
            out += QLatin1Char('`');
        else if (name == QLatin1String("br"))
            out += QLatin1Char(' ');
        else if (name == QLatin1String("a") && !closing) {
            hrefs.append(attribute(m.captured(3), QStringLiteral("href")));
            if (!hrefs.last().isEmpty())
                out += QLatin1Char('[');
        } else if (name == QLatin1String("a") && closing && !hrefs.isEmpty()) {
            const QString href = hrefs.takeLast();
            if (!href.isEmpty())
                out += QStringLiteral("](%1)").arg(href);
        } else if (name == QLatin1String("img")) {
            out += QStringLiteral("![%1](%2)")
                       .arg(attribute(m.captured(3), QStringLiteral("alt")),
                            attribute(m.captured(3), QStringLiteral("src")));
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!closing)
                out += QLatin1String(" | ");
        }
    }
    out += decodeEntities(html.mid(last));
    return out.simplified();
}

/// Reads the HTML lines of `lines` from their tags (see classifyLines).
void readHtmlLines(QList<Line> &lines)
{
    static const FastRegex openTag(QStringLiteral(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>)"));
    static const FastRegex media(
        QStringLiteral(R"(<(img|iframe|video|audio|object|embed|svg|source|picture)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    enum class Raw { None, Head, Style, Script, Comment };
    Raw raw = Raw::None;
    int listDepth = 0;
    for (Line &line : lines) {
        if (line.kind != LineKind::Html)
            continue;
        const QString lower = line.raw.toLower();
        // Kept as written: <!DOCTYPE>, <head> … </head>, <style>, <script>, comments.
        if (raw == Raw::None) {
            if (lower.contains(QLatin1String("<!--")) && !lower.contains(QLatin1String("-->")))
                raw = Raw::Comment;
            else if (lower.contains(QLatin1String("<head"))
                     && !lower.contains(QLatin1String("</head>")))
                raw = Raw::Head;
            else if (lower.contains(QLatin1String("<style"))
                     && !lower.contains(QLatin1String("</style>")))
                raw = Raw::Style;
            else if (lower.contains(QLatin1String("<script"))
                     && !lower.contains(QLatin1String("</script>")))
                raw = Raw::Script;
            else if (lower.contains(QLatin1String("<!doctype"))
                     || lower.contains(QLatin1String("<head"))
                     || lower.contains(QLatin1String("<style"))
                     || lower.contains(QLatin1String("<script"))
                     || lower.trimmed().startsWith(QLatin1String("<!--"))
                     || lower.contains(QLatin1String("<meta"))
                     || lower.contains(QLatin1String("<link"))) {
                line.content = line.raw.trimmed();
                continue;
            }
            if (raw != Raw::None) {
                line.content = line.raw.trimmed();
                continue;
            }
        } else {
            const bool closes
                = (raw == Raw::Comment && lower.contains(QLatin1String("-->")))
                  || (raw == Raw::Head && lower.contains(QLatin1String("</head>")))
                  || (raw == Raw::Style && lower.contains(QLatin1String("</style>")))
                  || (raw == Raw::Script && lower.contains(QLatin1String("</script>")));
            line.content = line.raw.trimmed();
            if (closes)
                raw = Raw::None;
            continue;
        }

        // The first block-level tag decides what the line is.
        LineKind kind = LineKind::Paragraph;
        int level = 0;
        int depthHere = listDepth;
        bool decided = false;
        bool opensBlock = false;
        auto it = openTag.globalMatch(line.raw);
        while (it.hasNext()) {
            const FastMatch m = it.next();
            const bool closing = !m.captured(1).isEmpty();
            const QString name = m.captured(2).toLower();
            if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
                listDepth = std::max(0, listDepth + (closing ? -1 : 1));
                continue;
            }
            if (closing || decided)
                continue;
            if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1')
                && name.at(1) <= QLatin1Char('6')) {
                kind = LineKind::Heading;
                level = name.at(1).digitValue();
                decided = true;
            } else if (name == QLatin1String("li")) {
                kind = LineKind::ListItem;
                depthHere = std::max(1, listDepth);
                decided = true;
            } else if (name == QLatin1String("tr")) {
                kind = LineKind::TableRow;
                decided = true;
            } else if (name == QLatin1String("p") || name == QLatin1String("div")
                       || name == QLatin1String("blockquote") || name == QLatin1String("td")) {
                decided = true;
                opensBlock = name != QLatin1String("td");
            }
        }
        QString text = htmlInlineToMarkdown(line.raw);
        if (kind == LineKind::TableRow) {
            while (text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1Char(' ')))
                text.remove(0, 1);
        }
        if (text.isEmpty()) {
            if (media.match(line.raw).hasMatch()) {
                line.content = line.raw.trimmed(); // an image or frame on its own: kept as is
            } else {
                line.kind = LineKind::Markup;
                line.content.clear();
            }
            continue;
        }
        line.kind = kind;
        line.headingLevel = level;
        line.listDepth = kind == LineKind::ListItem ? depthHere : 0;
        line.content = text;
        line.fromHtml = true;
        line.opensHtmlBlock = opensBlock && kind == LineKind::Paragraph;
    }
}

/// True when `lines[from..to]` read as a document rather than code: a Markdown heading, or at
/// least two label lines ("Impact: …", "**Root cause:**").
bool readsAsDocument(const QList<Line> &lines, int from, int to)
{
    static const FastRegex heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s+\S)"));
    static const FastRegex label(QStringLiteral(
        R"(^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?[*_]{0,3}[A-Z][A-Za-z /&]{2,40}[*_]{0,3}\s*:)"));
    int labels = 0;
    for (int i = from; i <= to && i < lines.size(); ++i) {
        if (heading.match(lines.at(i).raw).hasMatch())
            return true;
        if (label.match(lines.at(i).raw).hasMatch() && ++labels >= 2)
            return true;
    }
    return false;
}

/// True when the lines read as prose (indentation used as hierarchy), not code or a log: most
/// lines are words, a time or a label followed by words, or a list item, and none has code
/// punctuation or log markers (levels, ISO timestamps, seconds with fractions).
bool readsAsProse(const QList<Line> &lines, int from, int to)
{
    static const FastRegex words(QStringLiteral(R"([A-Za-z]{2,}(?:\s+[A-Za-z'’,.-]+){2,})"));
    static const FastRegex led(QStringLiteral(
        R"(^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?[*_]{0,3}(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?|[A-Za-z][A-Za-z /]{1,30}:)[*_]{0,3}\s*\S*\s*[A-Za-z]{2,})"));
    static const FastRegex code(QStringLiteral(
        R"([{};$=<>|\\]|^\s*(?:#!|//|/\*|\$ )|\b(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\b|\d{4}-\d{2}-\d{2}T\d|\d:\d{2}:\d{2}[.,]\d)"));
    // A label alone on its line ("Root Cause:", "Improvements/Fixes:") heads an outline level.
    static const FastRegex outlineLabel(
        QStringLiteral(R"(^\s*[*_]{0,3}[A-Za-z][A-Za-z /&'-]{1,40}(?::[*_]{0,3}|[*_]{1,3}:)\s*$)"));
    int prose = 0;
    int total = 0;
    for (int i = from; i <= to && i < lines.size(); ++i) {
        const QString &raw = lines.at(i).raw;
        if (isBlank(raw))
            continue;
        ++total;
        if (code.match(raw).hasMatch())
            return false;
        if (words.match(raw).hasMatch() || led.match(raw).hasMatch()
            || outlineLabel.match(raw).hasMatch())
            ++prose;
    }
    return total > 0 && prose * 10 >= total * 8;
}

/// True when `raw` ends with a colon, inside or outside closing emphasis ("Tasks:",
/// "**Tasks:**", "**Tasks**:").
bool endsWithColon(const QString &raw)
{
    qsizetype end = raw.size();
    while (end > 0
           && (raw.at(end - 1).isSpace() || raw.at(end - 1) == QLatin1Char('*')
               || raw.at(end - 1) == QLatin1Char('_')))
        --end;
    return end > 0 && raw.at(end - 1) == QLatin1Char(':');
}

/// Parses `lines[from..to]` again as a Markdown document of their own (dedented by `dedent`
/// columns) and copies the result over.
void readIndentedHierarchy(QList<Line> &lines, const QList<CodeBlock> &blocks, int depth);

void reparse(QList<Line> &lines, int from, int to, int dedent, int depth = 0)
{
    QList<Line> sub;
    for (int i = from; i <= to; ++i) {
        Line l = lines.at(i);
        int cut = 0;
        int width = 0;
        while (cut < l.raw.size() && width < dedent
               && (l.raw.at(cut) == QLatin1Char(' ') || l.raw.at(cut) == QLatin1Char('\t'))) {
            width += l.raw.at(cut) == QLatin1Char('\t') ? 4 - width % 4 : 1;
            ++cut;
        }
        l.raw = l.raw.mid(cut);
        l.indent = indentWidth(l.raw);
        l.kind = isBlank(l.raw) ? LineKind::Blank : LineKind::Paragraph;
        sub.append(l);
    }
    const QList<CodeBlock> blocks = classifyParsed(sub, false);
    readHtmlLines(sub);
    // Outlines indented level under level ("Tasks:" then items four spaces in, then their
    // fields four more): each level is read the same way, a few levels deep.
    if (depth < 4)
        readIndentedHierarchy(sub, blocks, depth + 1);
    for (int i = from; i <= to; ++i) {
        Line &l = lines[i];
        const Line &r = sub.at(i - from);
        l.kind = r.kind;
        l.content = r.content;
        l.headingLevel = r.headingLevel;
        l.listDepth = r.listDepth;
        l.fromHtml = r.fromHtml;
        l.opensHtmlBlock = r.opensHtmlBlock;
    }
}

/// Indentation as hierarchy: an indented (not fenced) code block right under a heading or a
/// line ending with ':' whose lines read as prose is parsed again as Markdown (see
/// classifyLines). `depth` counts the levels already read this way.
void readIndentedHierarchy(QList<Line> &lines, const QList<CodeBlock> &blocks, int depth)
{
    for (const CodeBlock &b : blocks) {
        if (b.fenced || b.first < 0 || b.last >= lines.size() || b.first > b.last)
            continue;
        // Indentation as hierarchy: an indented block right under a heading or a line ending
        // with ':'.
        int prev = b.first - 1;
        while (prev >= 0 && lines.at(prev).kind == LineKind::Blank)
            --prev;
        const bool underLabel = prev >= 0 && lines.at(prev).kind != LineKind::Code
                                && (lines.at(prev).kind == LineKind::Heading
                                    || lines.at(prev).kind == LineKind::HeadingRule
                                    || endsWithColon(lines.at(prev).raw));
        if (!underLabel || !readsAsProse(lines, b.first, b.last))
            continue;
        int dedent = INT_MAX;
        for (int i = b.first; i <= b.last; ++i)
            if (lines.at(i).kind != LineKind::Blank && !isBlank(lines.at(i).raw))
                dedent = std::min(dedent, lines.at(i).indent);
        reparse(lines, b.first, b.last, dedent == INT_MAX ? 0 : dedent, depth);
    }
}

} // namespace

/// CommonMark HTML block type 7: a line holding only an inline tag ("<img src=… width=…>")
/// opens an HTML block that runs to the next blank line, swallowing the Markdown written under
/// it (a heading's image, then the list of the section). A person reads the lines after the
/// tag as Markdown, so they are parsed again (CommonMark 0.30, "HTML blocks", condition 7).
void readMarkdownUnderInlineTags(QList<Line> &lines)
{
    static const FastRegex inlineTagAlone(
        QStringLiteral(
            R"(^\s*<(img|a|span|picture|source|video|audio|iframe|b|i|em|strong|font|sub|sup|br|kbd|code)\b[^<>]*>\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind != LineKind::Html || !inlineTagAlone.match(lines.at(i).raw).hasMatch())
            continue;
        qsizetype end = i + 1;
        bool markdown = false;
        int dedent = INT_MAX;
        while (end < lines.size() && lines.at(end).kind == LineKind::Html) {
            if (!lines.at(end).raw.trimmed().startsWith(QLatin1Char('<')))
                markdown = true;
            dedent = std::min(dedent, lines.at(end).indent);
            ++end;
        }
        if (markdown)
            reparse(lines, int(i + 1), int(end - 1), std::min(dedent, 3));
        i = end - 1;
    }
}

/// MDX's ECMAScript module statements (mdxjs.com, "ESM"): a paragraph at the top level whose
/// first line starts with "import " or "export " is code up to the blank line that ends it
/// ("export const post = { date: '2024-11-19', … }" is no "Date:" line of the postmortem).
void readMdxModuleStatements(QList<Line> &lines)
{
    static const FastRegex statement(
        QStringLiteral(R"(^(?:import\s+[\w{*'"]|export\s+(?:const|let|var|default|function|\{)))"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind != LineKind::Paragraph || lines.at(i).indent > 0
            || (i > 0 && lines.at(i - 1).kind == LineKind::Paragraph)
            || !statement.match(lines.at(i).raw).hasMatch())
            continue;
        for (; i < lines.size() && !isBlank(lines.at(i).raw); ++i) {
            lines[i].kind = LineKind::Code;
            lines[i].content = lines.at(i).raw;
            lines[i].headingLevel = 0;
            lines[i].listDepth = 0;
        }
    }
}

/// Admonitions, as Docusaurus documents them (docusaurus.io, "Admonitions": note, tip, info,
/// warning, danger, caution; themes add important, success, secondary) and markdown-it-container
/// writes them: a fence ":::type" or ":::type Title" on a line of its own opens the block and
/// ":::" closes it. The fences are markup, not words of the postmortem.
void readAdmonitionFences(QList<Line> &lines)
{
    static const FastRegex fence(
        QStringLiteral(R"(^\s{0,3}:{3,}\s*(?:(?:note|tip|info|warning|danger|caution|important|)"
                       R"(success|secondary)(?![\w-])\s*(.*?))?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (Line &l : lines) {
        if (l.kind != LineKind::Paragraph || !l.raw.contains(QLatin1String(":::")))
            continue;
        const FastMatch m = fence.match(l.raw);
        if (!m.hasMatch())
            continue;
        const QString title = m.captured(1).trimmed();
        if (title.isEmpty()) {
            l.kind = LineKind::Markup; // content stays ":::" for readers that pair fences
            continue;
        }
        l.content = QStringLiteral("**%1**").arg(title);
        l.fromDirective = true;
    }
}

/// Rows of a pipe table whose header and delimiter row were left out ("| **11:08** | Alerts
/// fire |" line after line): GFM reads them as one paragraph (its tables need the delimiter row,
/// GitHub Flavored Markdown spec, "Tables (extension)"); written so, each line is a row. At
/// least two lines in a run, each opening and closing with a bar with a cell between.
void readHeaderlessTableRows(QList<Line> &lines)
{
    const auto rowLike = [](const Line &l) {
        if (l.kind != LineKind::Paragraph || l.fromHtml)
            return false;
        const QStringView t = QStringView(l.raw).trimmed();
        return t.size() >= 5 && t.startsWith(u'|') && t.endsWith(u'|') && t.count(u'|') >= 3;
    };
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i;
        while (end < lines.size() && rowLike(lines.at(end)))
            ++end;
        if (end - i >= 2) {
            for (qsizetype k = i; k < end; ++k) {
                Line &l = lines[k];
                l.kind = LineKind::TableRow;
                QStringView c = QStringView(l.raw).trimmed();
                c = c.mid(1, c.size() - 2);
                l.content = c.trimmed().toString();
            }
        }
        i = std::max(end, i + 1);
    }
}

/// MediaWiki headings ("= Title =", "== Timeline ==") on paragraph lines of their own.
void readWikiHeadings(QList<Line> &lines)
{
    static const FastRegex wiki(QStringLiteral(R"(^\s*(={1,6})\s*([^=].*?)\s*\1\s*$)"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &l = lines[i];
        if (l.kind != LineKind::Paragraph || !l.raw.contains(QLatin1Char('=')))
            continue;
        const FastMatch m = wiki.match(l.raw);
        if (!m.hasMatch())
            continue;
        l.kind = LineKind::Heading;
        l.headingLevel = int(m.capturedLength(1));
        l.content = m.captured(2).trimmed();
    }
}

namespace {

/// Columns `raw` takes up (a tab counts 4), trailing spaces (a hard break) left out.
int columns(const QString &raw)
{
    qsizetype end = raw.size();
    while (end > 0 && raw.at(end - 1).isSpace())
        --end;
    int width = 0;
    for (qsizetype k = 0; k < end; ++k)
        width += raw.at(k) == QLatin1Char('\t') ? 4 : 1;
    return width;
}

/// The line opens with a number, markup aside ("`9:12 AM:`", "**14:05**", "3. …"): an entry's
/// time or a count, which a plain list puts at each line's start.
bool opensWithNumber(const QString &raw)
{
    for (const QChar c : raw) {
        if (c.isSpace() || c == QLatin1Char('`') || c == QLatin1Char('*') || c == QLatin1Char('_')
            || c == QLatin1Char('['))
            continue;
        return c.isDigit();
    }
    return false;
}

int firstWordLength(const QString &raw)
{
    const QString t = raw.trimmed();
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    return int(space < 0 ? t.size() : space);
}

/// Lines [from, to) of one paragraph: marks each line after the first `wrapped` when the
/// paragraph was hard-wrapped at a margin.
void markWrappedRun(QList<Line> &lines, qsizetype from, qsizetype to)
{
    constexpr int kMinLines = 3;    // two lines show no margin
    constexpr int kMinMargin = 60;  // editors wrap at 72 or 80; shorter lines are lists
    constexpr int kMaxMargin = 100; // longer lines are typed unwrapped
    constexpr int kRagged = 16;     // how far short of the margin a filled line may stop
    if (to - from < kMinLines)
        return;
    int margin = 0;
    for (qsizetype k = from; k < to - 1; ++k)
        margin = qMax(margin, columns(lines.at(k).raw));
    if (margin < kMinMargin || margin > kMaxMargin)
        return;
    // Prose wrapped at a margin breaks its lines mid-sentence; lines that each end a sentence
    // were typed one by one (a list without bullets, as pasted from a word processor).
    if (std::all_of(lines.cbegin() + from, lines.cbegin() + to - 1, [](const Line &l) {
            const QStringView t = QStringView(l.raw).trimmed();
            return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?');
        }))
        return;
    for (qsizetype k = from; k < to - 1; ++k) {
        const int width = columns(lines.at(k).raw);
        if (width < margin - kRagged || width + 1 + firstWordLength(lines.at(k + 1).raw) <= margin
            || opensWithNumber(lines.at(k + 1).raw))
            return;
    }
    for (qsizetype k = from + 1; k < to; ++k)
        lines[k].wrapped = true;
}

/// Paragraphs hard-wrapped at a margin, as editors wrap prose at 72 or 80 columns.
void markWrappedLines(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size();) {
        const LineKind kind = lines.at(i).kind;
        if ((kind != LineKind::Paragraph && kind != LineKind::ListItem) || lines.at(i).fromHtml) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < lines.size() && lines.at(end).kind == LineKind::Paragraph
               && !lines.at(end).fromHtml)
            ++end;
        markWrappedRun(lines, i, end);
        i = end;
    }
}

} // namespace

QList<Line> classifyLines(const QString &text)
{
    QList<Line> lines = splitLines(withoutZeroWidthSpaces(normaliseNewlines(text)));
    const QList<CodeBlock> blocks = classifyParsed(lines, true);
    readMarkdownUnderInlineTags(lines);
    readHtmlLines(lines);
    readWikiHeadings(lines);
    readHeaderlessTableRows(lines);
    readMdxModuleStatements(lines);
    static const FastRegex closingFence(QStringLiteral(R"(^\s{0,3}(`{3,}|~{3,})\s*$)"));
    for (const CodeBlock &b : blocks) {
        if (b.first < 0 || b.last >= lines.size() || b.first > b.last)
            continue;
        if (b.fenced) {
            // A fence never closed: CommonMark makes the rest of the file code.
            const bool toEnd = b.last == lines.size() - 1;
            const bool closed
                = b.last > b.first && closingFence.match(lines.at(b.last).raw).hasMatch();
            if (toEnd && !closed && b.last > b.first && readsAsDocument(lines, b.first + 1, b.last))
                reparse(lines, b.first + 1, b.last, 0);
            continue;
        }
    }
    readIndentedHierarchy(lines, blocks, 0);
    readAdmonitionFences(lines);
    markWrappedLines(lines);
    return lines;
}

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

} // namespace Hindsight::ImportLines
