// Postmortem -> self-contained HTML for the live preview, the PDF and `convert --to html`.
// Qt Gui only (no widgets); every function here is reentrant and may run off the GUI thread.
#pragma once

#include "core/documentlanguage.h"
#include "core/duration.h"
#include "core/postmortem.h"

#include <QColor>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Hindsight {

struct HtmlOptions
{
    /// Absolute path of the folder the document lives in (no trailing slash needed), or empty
    /// for an unsaved document. Image paths in the Markdown are checked against it: relative
    /// paths inside it stay relative (the caller resolves them against this folder, e.g. with
    /// QTextDocument::setBaseUrl), absolute paths inside it are made relative, everything else
    /// (remote, file://, data:, paths leaving the folder) is replaced by "[alt text]".
    QString baseDirectory;
    /// The timeline chart picture, shown at the top of the Timeline section (before the table)
    /// when the timeline is not empty. Set only by the renderer's callers, never from document
    /// text: timelineChartResourceUrl() registered as a QTextDocument image resource (preview,
    /// PDF), a `data:image/png` URL they generated (standalone HTML), or a relative file path
    /// they wrote. Empty: no chart.
    QString timelineChartUrl;
    /// Size the chart picture is shown at, in CSS pixels (the img's width and height); an empty
    /// size leaves them out (the picture's own size).
    QSize timelineChartSize;

    /// A load-distribution diagram's picture: where it is (same kinds of URL as
    /// timelineChartUrl: a QTextDocument resource such as loadDiagramResourceUrl(id), a data:
    /// URL or a relative file path, always made by the caller) and its size in CSS pixels
    /// (empty: the picture's own size).
    struct DiagramPicture
    {
        QString url;
        QSize size;
    };
    /// Pictures of the document's diagrams by id. A Markdown image "![alt](diagram:<id>)" in
    /// the text shows the picture when `id` is in both this map and Postmortem::diagrams, and
    /// its alt text "[alt]" otherwise (like any image that cannot be shown).
    QHash<QString, DiagramPicture> diagramPictures;

    /// The language of the words the renderer adds (key-fact labels, section headings,
    /// placeholders, table headers, status and event-kind names): English (default: exports and
    /// `hindsight convert`) or the interface's (the "Document language" preference). The
    /// document's own text is never translated. A DocumentLanguageScope for it is open while
    /// rendering, so anything rendered inside follows it too.
    DisplayLanguage language = DisplayLanguage::English;

    /// Light text on a dark background (the preview in the dark theme); exports stay light.
    bool darkTheme = false;
    /// Body font family and size in points overriding the style sheet's (the preview font
    /// preference); empty / 0 keep DejaVu Sans 10 pt.
    QString fontFamily;
    qreal fontPointSize = 0;

    /// For the live preview only: each fragment of renderHtmlFragments() starts with an
    /// invisible named anchor fragmentAnchorName(index) before its first text, which
    /// QTextDocument gives to that text's first character, so the preview can find a fragment
    /// in its document and replace just the fragments that changed. Exports leave it off.
    bool fragmentAnchors = false;
    /// For the live preview of a long timeline: the table shows its first `maxTimelineRows`
    /// events, then a line says how many more the exports have (Qt's rich text parses and lays
    /// out a table of thousands of rows on the GUI thread for seconds). 0: every event.
    int maxTimelineRows = 0;
};

/// A complete HTML 4 document (`<!DOCTYPE html>`, UTF-8, one embedded `<style>` sheet) that
/// stays inside Qt's rich-text subset, so QTextBrowser/QTextDocument and browsers show the same
/// thing. Order: title block (title, severity/status badges, authors), key-facts table (start,
/// end, duration, time to resolve / detect / mitigate from computeMetrics() — "—" when absent,
/// "(before the start)" after a negative one —, severity, status, % users affected, impact line),
/// then the body in the document's order (bodyParts(): a template's order, or by default
/// Summary, Impact, Timeline (table Time | Kind | Event), Root cause, Resolution, Action items
/// (table), then each additional section with text). Empty core sections keep their heading with a
/// "Not written yet." placeholder; additional sections without text are left out. Security: plain
/// strings are HTML-escaped; Markdown goes through cmark-gfm in safe mode (raw HTML and
/// javascript:/vbscript:/file: links dropped), images are filtered as described in
/// HtmlOptions::baseDirectory. Output never contains markup that came from the document.
QString renderHtml(const Postmortem &pm, const HtmlOptions &opts = {});

/// renderHtml() in pieces: head + fragments.join("") + tail == renderHtml(pm, opts).
/// A fragment is one top-level part of the body in document order: the title block, the
/// key-facts table, a section heading (with its "Not written yet." placeholder), one top-level
/// Markdown block (paragraph, list, code block, table, …) in a <div class="md"> of its own, the
/// timeline section (heading, chart, table) or the action items section. A part without text
/// (a picture alone, a rule) is joined to the fragment before it, so every fragment has text.
/// Each fragment, made a document by fragmentDocumentHtml(), parses to the same blocks and
/// formats as it does inside the whole document (the style sheet has no rule for div.md).
struct HtmlFragments
{
    QString head;  ///< up to and including <body>
    QString style; ///< the text of the head's <style> element
    QStringList fragments;
    QString tail;
};
/// Memo for rendering one document again and again (the live preview): a Markdown section,
/// the timeline or the action items whose inputs did not change since the previous render
/// are not rendered again. Keeps only what the latest render used. Not thread-safe: one
/// render at a time per cache.
class HtmlRenderCache
{
public:
    /// The memoised parts of `key`, or nullopt; counts the lookup for the next trim().
    std::optional<QStringList> find(const QString &key);
    void insert(const QString &key, const QStringList &parts);
    /// Forgets entries not looked up or inserted since the previous trim().
    void trim();

private:
    QHash<QString, QStringList> m_entries;
    QHash<QString, QStringList> m_used;
};

HtmlFragments renderHtmlFragments(const Postmortem &pm, const HtmlOptions &opts = {},
                                  HtmlRenderCache *cache = nullptr);

/// "hs-<index>": the anchor name HtmlOptions::fragmentAnchors gives fragment `index`.
QString fragmentAnchorName(int index);

/// A complete HTML document with the style sheet `style` (HtmlFragments::style) whose body is
/// `fragment`.
QString fragmentDocumentHtml(const QString &style, const QString &fragment);

/// Markdown (CommonMark + GFM tables, strikethrough, autolinks, task lists) -> HTML fragment,
/// with the same safety rules as renderHtml. With `topHeadingLevel` > 0 the text's headings are
/// shifted together so the highest-ranking one gets that level (levels stop at 6): renderHtml
/// passes 3, so "# Heading" inside a section sits below the section's <h2>. 0 keeps levels.
QString markdownToHtml(const QString &markdown, const HtmlOptions &opts = {},
                       int topHeadingLevel = 0);

// formatDuration(): core/duration.h (one function for every place that shows a duration).

/// The known parts of a moment: "2024-02-15 22:00 UTC", "2024-02-15", "22:00 PDT", or "—"
/// (em dash) when neither date nor time is known. The zone is only shown with a time: the label
/// of `tz` when the moment has no offset of its own or the same offset as `tz`, otherwise
/// "UTC+hh:mm"/"UTC-hh:mm" from the moment's offset; nothing when neither is known.
QString formatMoment(const Moment &m, const std::optional<TimeZoneInfo> &tz);

/// One colour per event kind, readable as text on white and as a chart series colour.
QColor eventKindColor(EventKind kind);

/// pm.title trimmed, or "Untitled postmortem" when it is blank. Plain text (not escaped).
QString displayTitle(const Postmortem &pm);

/// Whether a resource URL may be loaded for a document in `baseDirectory`: true only for a
/// relative URL or a file:// URL (no host) naming an existing regular file that lies inside
/// `baseDirectory` or one of its subfolders after resolving "..", symlinks and
/// percent-encoding. False for every other scheme (http, https, ftp, data, qrc, …), for paths
/// outside the folder, and always when `baseDirectory` is empty. Meant for
/// QTextBrowser::loadResource / QTextDocument::loadResource overrides; resolves relative URLs
/// against `baseDirectory` itself. Touches the file system (stat only).
bool isSafeLocalResource(const QUrl &url, const QString &baseDirectory);

/// The absolute local path `url` names when isSafeLocalResource(url, baseDirectory) is true,
/// else an empty string.
QString safeLocalResourcePath(const QUrl &url, const QString &baseDirectory);

} // namespace Hindsight
