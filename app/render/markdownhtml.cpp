// Markdown -> HTML with cmark-gfm, sanitised for the preview and the exports: see
// markdownhtml.h and htmlrenderer.h (markdownToHtml, safeLocalResourcePath).
#include "render/markdownhtml.h"

#include "render/htmlrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace Hindsight {

namespace {

// cmark-gfm -------------------------------------------------------------------------------------

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

// Safe mode is cmark-gfm's default; CMARK_OPT_UNSAFE must never be added here.
constexpr int kCmarkOptions = CMARK_OPT_DEFAULT;

/// A parsed Markdown text with the GFM extensions attached.
class MarkdownTree
{
public:
    explicit MarkdownTree(const QString &markdown)
    {
        ensureExtensionsRegistered();
        m_parser.reset(cmark_parser_new(kCmarkOptions));
        for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
            if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(m_parser.get(), ext);
        }
        const QByteArray utf8 = markdown.toUtf8();
        cmark_parser_feed(m_parser.get(), utf8.constData(), size_t(utf8.size()));
        m_root.reset(cmark_parser_finish(m_parser.get()));
    }

    cmark_node *root() const { return m_root.get(); }

    QString toHtml() const { return toHtml(m_root.get()); }
    /// HTML of `node` (a node of this tree) and what is below it.
    QString toHtml(cmark_node *node) const
    {
        return take(cmark_render_html(node, kCmarkOptions,
                                      cmark_parser_get_syntax_extensions(m_parser.get())));
    }
    QString toPlainText() const
    {
        return take(cmark_render_plaintext(m_root.get(), kCmarkOptions, 0));
    }

private:
    static QString take(char *s)
    {
        const QString result = QString::fromUtf8(s);
        cmark_get_default_mem_allocator()->free(s);
        return result;
    }

    std::unique_ptr<cmark_parser, ParserDeleter> m_parser;
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

/// Concatenated literal text below `node` (the alt text of an image).
QString literalText(cmark_node *node)
{
    QString out;
    for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
        const cmark_node_type t = cmark_node_get_type(c);
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE)
            out += QString::fromUtf8(cmark_node_get_literal(c));
        else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)
            out += QLatin1Char(' ');
        else
            out += literalText(c);
    }
    return out;
}

/// Lexical part of allowedImageSource (no file system access).
std::optional<QString> lexicallyAllowedImageSource(const QString &url, const QString &baseDirectory)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl parsed(trimmed);
    if (!parsed.isValid() || !parsed.scheme().isEmpty() || !parsed.authority().isEmpty()
        || trimmed.startsWith(QLatin1String("//")) || trimmed.startsWith(QLatin1Char('\\')))
        return std::nullopt;
    const QString path = QDir::cleanPath(parsed.path(QUrl::FullyDecoded));
    if (path.isEmpty() || path == QLatin1String("."))
        return std::nullopt;
    if (QDir::isRelativePath(path)) {
        if (path == QLatin1String("..") || path.startsWith(QLatin1String("../")))
            return std::nullopt;
        return trimmed;
    }
    if (baseDirectory.isEmpty())
        return std::nullopt;
    const QString base = QDir::cleanPath(QDir(baseDirectory).absolutePath());
    if (!path.startsWith(base + QLatin1Char('/')))
        return std::nullopt;
    QUrl relative;
    relative.setPath(QDir(base).relativeFilePath(path));
    relative.setQuery(parsed.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return relative.toString(QUrl::FullyEncoded);
}

/// The image source to emit for `url`, or nullopt when the image must not or cannot be
/// loaded: relative paths may not climb out of the folder; absolute paths are allowed only
/// inside `baseDirectory` and come back relative to it; and the file must exist there (a
/// missing picture shows its alt text rather than a broken-image glyph).
std::optional<QString> allowedImageSource(const QString &url, const QString &baseDirectory)
{
    const std::optional<QString> source = lexicallyAllowedImageSource(url, baseDirectory);
    if (!source || baseDirectory.isEmpty())
        return std::nullopt;
    const QString path = QUrl(*source).path(QUrl::FullyDecoded);
    if (!QFileInfo(QDir(baseDirectory).filePath(path)).isFile())
        return std::nullopt;
    return source;
}

/// The id in a diagram link's URL "diagram:<id>" (surrounding blanks allowed), or "".
QString diagramIdOf(const QString &url)
{
    const QString prefix = QLatin1String(kDiagramScheme) + QLatin1Char(':');
    const QString trimmed = url.trimmed();
    if (!trimmed.startsWith(prefix))
        return QString();
    const QString id = trimmed.mid(prefix.size());
    return isValidDiagramId(id) ? id : QString();
}

/// The src sanitizeTree gives a diagram image until renderDiagramImages replaces it.
QString diagramPlaceholder(const QString &id)
{
    return QStringLiteral("hindsight-diagram-placeholder:") + id;
}

/// Replaces each placeholder image cmark rendered ("<img src=\"PLACEHOLDER\" alt=\"") by
/// the caller's picture with its size. Only sanitizeTree writes placeholders, and text from
/// the document is escaped by cmark, so the pattern cannot come from the document.
QString renderDiagramImages(QString html, const HtmlOptions &opts)
{
    for (auto it = opts.diagramPictures.cbegin(); it != opts.diagramPictures.cend(); ++it) {
        const QString placeholder
            = QStringLiteral("<img src=\"%1\" alt=\"").arg(diagramPlaceholder(it.key()));
        if (!html.contains(placeholder))
            continue;
        QString size;
        if (!it->size.isEmpty())
            size = QStringLiteral(" width=\"%1\" height=\"%2\"")
                       .arg(it->size.width())
                       .arg(it->size.height());
        html.replace(placeholder, QStringLiteral("<img class=\"diagram\" src=\"%1\"%2 "
                                                 "style=\"max-width: 100%; height: auto;\" alt=\"")
                                      .arg(it->url.toHtmlEscaped(), size));
    }
    return html;
}

/// Lets a long run without spaces (a pasted URL of hundreds of characters) wrap: Qt's rich
/// text breaks lines only between words, so such a run widened the preview past its window
/// and ran off the PDF page. A zero-width space goes after each '/', '?', '&' and '=' of runs
/// of kLongRun characters or more, and every kLongRun characters where there is none. Only
/// the text shown changes; a link's target stays as written.
void breakLongRuns(cmark_node *text)
{
    constexpr int kLongRun = 40;
    const char *literal = cmark_node_get_literal(text);
    if (!literal || std::strlen(literal) < std::size_t(kLongRun))
        return;
    const QString in = QString::fromUtf8(literal);
    QString out;
    out.reserve(in.size() + in.size() / 8);
    bool changed = false;
    for (qsizetype i = 0; i < in.size();) {
        qsizetype end = i;
        while (end < in.size() && !in.at(end).isSpace())
            ++end;
        const bool longRun = end - i >= kLongRun;
        for (qsizetype k = i; k < end; ++k) {
            const QChar c = in.at(k);
            out += c;
            // Never between the two halves of a surrogate pair (an emoji).
            if (longRun && !c.isHighSurrogate()
                && (c == u'/' || c == u'?' || c == u'&' || c == u'='
                    || (k - i + 1) % kLongRun == 0)) {
                out += QChar(0x200B);
                changed = true;
            }
        }
        for (i = end; i < in.size() && in.at(i).isSpace(); ++i)
            out += in.at(i);
    }
    if (changed)
        cmark_node_set_literal(text, out.toUtf8().constData());
}

/// Rewrites the tree before rendering: unsafe images become "[alt]" text, headings shift.
void sanitizeTree(cmark_node *root, const HtmlOptions &opts, int topHeadingLevel)
{
    QList<cmark_node *> rejected;
    QList<cmark_node *> headings;
    {
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev != CMARK_EVENT_ENTER)
                continue;
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_IMAGE) {
                const QString url = QString::fromUtf8(cmark_node_get_url(node));
                if (const QString id = diagramIdOf(url); opts.diagramPictures.contains(id)) {
                    // A placeholder only this function writes (document text with a scheme
                    // never gets here); renderDiagramImages puts in the picture.
                    cmark_node_set_url(node, diagramPlaceholder(id).toUtf8().constData());
                    continue;
                }
                const auto src = allowedImageSource(url, opts.baseDirectory);
                if (src)
                    cmark_node_set_url(node, src->toUtf8().constData());
                else
                    rejected.append(node);
            } else if (type == CMARK_NODE_HEADING) {
                headings.append(node);
            } else if (type == CMARK_NODE_TEXT) {
                breakLongRuns(node);
            }
        }
    }
    if (topHeadingLevel > 0 && !headings.isEmpty()) {
        int top = 6;
        for (cmark_node *h : std::as_const(headings))
            top = qMin(top, cmark_node_get_heading_level(h));
        const int shift = topHeadingLevel - top;
        for (cmark_node *h : std::as_const(headings))
            cmark_node_set_heading_level(h, qBound(1, cmark_node_get_heading_level(h) + shift, 6));
    }
    for (cmark_node *image : std::as_const(rejected)) {
        const QString alt = literalText(image).simplified();
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        const QString literal = QStringLiteral("[%1]").arg(alt);
        cmark_node_set_literal(text, literal.toUtf8().constData());
        cmark_node_replace(image, text);
        cmark_node_free(image);
    }
}

/// Task-list checkboxes are form controls Qt's rich text drops; show them as glyphs instead.
/// The replaced strings can only come from cmark's renderer (document text is escaped).
QString replaceTaskCheckboxes(QString html)
{
    html.replace(QLatin1String("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "),
                 QStringLiteral("\u2611 "));
    html.replace(QLatin1String("<input type=\"checkbox\" disabled=\"\" /> "),
                 QStringLiteral("\u2610 "));
    return html;
}

} // namespace

/// Markdown meant as one paragraph (a timeline event, an action item) without the <p> wrapper.
QString inlineMarkdownToHtml(const QString &markdown, const HtmlOptions &opts)
{
    QString html = markdownToHtml(markdown, opts).trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>"))
        && html.count(QLatin1String("<p>")) == 1)
        html = html.mid(3, html.size() - 7);
    return html;
}

/// First sentence of the Markdown text as plain text, at most ~160 characters.
QString firstSentence(const QString &markdown)
{
    const QString plain = MarkdownTree(markdown).toPlainText();
    QString line;
    for (const QString &l : plain.split(QLatin1Char('\n'))) {
        line = l.simplified();
        // A table's row is its cells, one after the other ("Downtime: ~21 hours"); a row
        // without words (an empty header, the delimiter) is skipped.
        if (line.startsWith(QLatin1Char('|'))) {
            QStringList cells = line.split(QLatin1Char('|'));
            for (QString &c : cells)
                c = c.trimmed();
            cells.removeAll(QString());
            line = cells.size() == 2 ? cells.join(QStringLiteral(": "))
                                     : cells.join(QStringLiteral(", "));
        }
        // A list's first item is its words, not its marker ("- Checkout failed", "1. …").
        static const QRegularExpression listMarker(
            QStringLiteral(R"(^(?:[-*+\x{2022}]|\d{1,2}[.)])\s+)"));
        line.remove(listMarker);
        // Skip lines that are only an image's alt text, a table's markup or similar noise.
        if (line.size() > 1 && std::any_of(line.cbegin(), line.cend(), [](QChar c) {
                return c.isLetterOrNumber();
            }))
            break;
        line.clear();
    }
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const auto m = sentenceEnd.match(line, 20);
    if (m.hasMatch())
        line = line.left(m.capturedStart() + 1);
    constexpr int kMax = 160;
    if (line.size() > kMax)
        line = line.left(kMax - 1).trimmed() + QStringLiteral("\u2026");
    return line;
}

QString markdownToHtml(const QString &markdown, const HtmlOptions &opts, int topHeadingLevel)
{
    MarkdownTree tree(markdown);
    sanitizeTree(tree.root(), opts, topHeadingLevel);
    return renderDiagramImages(replaceTaskCheckboxes(tree.toHtml()), opts);
}

/// The HTML of each top-level block of `markdown` (paragraph, list, code block, table, …),
/// with the same rules as markdownToHtml().
QStringList markdownBlocksToHtml(const QString &markdown, const HtmlOptions &opts,
                                 int topHeadingLevel)
{
    MarkdownTree tree(markdown);
    sanitizeTree(tree.root(), opts, topHeadingLevel);
    QStringList blocks;
    for (cmark_node *child = cmark_node_first_child(tree.root()); child;
         child = cmark_node_next(child)) {
        blocks += renderDiagramImages(replaceTaskCheckboxes(tree.toHtml(child)), opts);
    }
    return blocks;
}

QString safeLocalResourcePath(const QUrl &url, const QString &baseDirectory)
{
    if (baseDirectory.isEmpty() || !url.isValid() || !url.host().isEmpty()
        || !url.authority().isEmpty())
        return QString();
    QString path;
    if (url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
        path = url.toLocalFile();
    else if (url.scheme().isEmpty())
        path = url.path(QUrl::FullyDecoded);
    else
        return QString();
    if (path.isEmpty())
        return QString();

    const QDir base(baseDirectory);
    const QString lexicalBase = QDir::cleanPath(base.absolutePath());
    const QString lexical = QDir::cleanPath(base.absoluteFilePath(path));
    if (!lexical.startsWith(lexicalBase + QLatin1Char('/')))
        return QString();

    // Symlinks may point anywhere: compare the real locations too.
    const QFileInfo fi(lexical);
    const QString canonicalBase = QFileInfo(lexicalBase).canonicalFilePath();
    const QString canonical = fi.canonicalFilePath();
    if (!fi.isFile() || canonical.isEmpty() || canonicalBase.isEmpty()
        || !canonical.startsWith(canonicalBase + QLatin1Char('/')))
        return QString();
    return canonical;
}

bool isSafeLocalResource(const QUrl &url, const QString &baseDirectory)
{
    return !safeLocalResourcePath(url, baseDirectory).isEmpty();
}

} // namespace Hindsight
