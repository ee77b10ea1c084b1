// Live preview of the open postmortem, rendered from the model.
#pragma once

#include "core/postmortem.h"
#include "render/htmlpatch.h"
#include "render/htmlrenderer.h"
#include "render/timelinelayout.h"

#include <QFont>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QTextOption>
#include <QTimer>

#include <memory>

namespace Hindsight {

class Document;

/// Shows the document as the exported HTML/PDF will look. Rendering (model -> HTML) runs on a
/// worker thread after a short pause in typing; the pause grows with the document's size.
/// When the whole document has to be shown anew (another document, a new paragraph), the
/// worker also parses the HTML into a QTextDocument of its own, which the GUI thread only
/// swaps in (setDocument) and lays out in Qt's incremental steps: parsing the 300 KB of a
/// 20,000-word postmortem took 60 ms or more on the GUI thread.
/// Edits that arrive while a render is running are merged into one follow-up render
/// (in-progress / run-again flags, as KDE ghostwriter does), so typing never waits for it.
/// The worker also plans how to show the result (htmlpatch.h): while someone types inside a
/// paragraph, list item, heading or code block only the changed blocks of the shown document
/// are replaced and laid out again, which keeps the update on the GUI thread to a few
/// milliseconds even for a 20,000-word postmortem; any other change parses the whole HTML.
///
/// Resources: only files inside the document's folder are loaded (relative image links);
/// network URLs, file:// outside the folder and absolute paths are refused. The one exception
/// is the timeline chart, which the pane draws itself (only when the timeline, the incident
/// window, the zone or the pane's width changed: where everything goes is worked out on the
/// worker with the HTML, the picture is drawn on the GUI thread when the render is shown) and
/// serves under timelineChartResourceUrl(); document text cannot name that URL. Load diagrams
/// linked from the text are drawn the same way (loadDiagramResourceUrl(id), only redrawn when
/// their spec or size changed); double-clicking one emits diagramActivated(id).
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(Document *document, QWidget *parent = nullptr);

    /// The folder relative resources resolve against (the document's folder); empty = none.
    void setBaseDirectory(const QString &directory);
    /// Renders now, synchronously.
    void renderNow();
    /// Another document was opened. A small one is rendered at once (renderNow), so the first
    /// picture is there with the window. A large one (a long timeline, a lot of text: see
    /// rendersInBackground()) shows "Preparing the preview…" and is rendered on the worker
    /// thread shortly after, once the window has been painted: opening never waits for it.
    void showNewDocument();
    /// True when showNewDocument() renders `pm` in the background.
    static bool rendersInBackground(const Postmortem &pm);
    /// Most rows of the timeline table the preview shows (HtmlOptions::maxTimelineRows): Qt's
    /// rich text lays out a table of thousands of rows on the GUI thread for seconds.
    static constexpr int kMaxTimelineRows = 300;
    /// Dark page and diagrams (the dark theme), and the body font (`family` empty and
    /// `pointSize` 0: the style sheet's). Re-renders when something changed.
    void setAppearance(bool dark, const QString &family, qreal pointSize);
    bool isDark() const { return m_dark; }
    /// The language of the words the preview adds — key facts, headings, chart and diagram
    /// labels (HtmlOptions::language); renders again when it changes. Default: English.
    void setDocumentLanguage(DisplayLanguage language);
    DisplayLanguage documentLanguage() const { return m_language; }

    /// The id of the load diagram whose picture is at `viewportPos` (viewport coordinates),
    /// or an empty string.
    QString diagramAt(const QPoint &viewportPos) const;
    /// How the shown document was last brought up to date: counts since construction of
    /// in-place patches (only changed blocks replaced) and of whole-document parses.
    int patchedUpdates() const { return m_patchedUpdates; }
    int fullUpdates() const { return m_fullUpdates; }
    /// Worker renders dropped since construction because renderNow() (a theme or language
    /// change) showed a newer state before their result was in.
    int droppedRenders() const { return m_droppedRenders; }

    /// The picture shown for diagram `id` (null when it is not shown).
    QImage diagramImage(const QString &id) const { return m_diagramImages.value(id).image; }

Q_SIGNALS:
    /// The pause in typing is over and a render of the current document starts (worker
    /// thread); rendered() follows when its result is shown. For latency measurements.
    void renderStarted();
    /// A render finished and its HTML is shown.
    void rendered();
    /// The user double-clicked the picture of load diagram `id` (to edit it).
    void diagramActivated(const QString &id);

public:
    /// The chart picture shown in the Timeline section (null when there is none).
    QImage timelineChartImage() const { return m_chartImage; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void scheduleRender();
    void startRender();
    /// What a render needs besides the postmortem: the HTML options, and whether (and how)
    /// to lay the chart out anew.
    struct RenderJob
    {
        HtmlOptions options;
        bool layOutChart = false; ///< the chart changed: layoutTimeline() on the worker
        quint64 chartRequest = 0; ///< which chart request this is (m_chartRequest)
        QSize chartSize;          ///< CSS pixels
        TimelineChartOptions chartOptions;
        /// Parse the HTML into a document on the worker when the patch is not possible (a
        /// render started from the event loop; renderNow() sets the HTML itself).
        bool parseOnWorker = false;
        /// The shown document's settings, for a document parsed on the worker.
        QFont font;
        qreal documentMargin = 4;
        QTextOption textOption;
    };
    /// A QTextDocument parsed on the worker (no thread affinity until the GUI thread takes
    /// it), and the first block of each fragment in it.
    struct ParsedDocument
    {
        std::unique_ptr<QTextDocument> document;
        QList<int> fragmentBlocks;
    };
    /// What a render hands to the GUI thread: the fragments, the patch from the fragments
    /// shown when it started (generation `shownGeneration`) to them, and when asked for, the
    /// chart's layout and the parsed document.
    struct RenderResult
    {
        HtmlFragments parts;
        HtmlPatch patch;
        quint64 shownGeneration = 0;
        std::shared_ptr<TimelineLayout> chartLayout; ///< null: the chart is drawn already
        quint64 chartRequest = 0;
        std::shared_ptr<ParsedDocument> parsed; ///< null: patch, or setHtml on the GUI thread
        quint64 syncRenders = 0;                ///< m_syncRenders when the render started
    };
    static RenderResult render(const Postmortem &pm, RenderJob job, const QStringList &shown,
                               quint64 shownGeneration, HtmlRenderCache *cache);
    void show(const RenderResult &result);
    /// A worker's render: a new chart in passes of the event loop of their own, then show().
    void showInSteps(RenderResult result);
    /// show() unless renderNow() came in between; then the next render if one is waiting.
    void finishRender(const RenderResult &result);
    /// True when `result` has the layout of the latest chart asked for.
    bool chartToDraw(const RenderResult &result) const;
    TimelineChartOptions chartOptions() const;
    /// The chart picture shown (null: none), also as the document's resource.
    void setChartImage(const QImage &image);
    /// Draws the chart the worker laid out, unless a newer request superseded it.
    void drawChart(const RenderResult &result);
    /// Shows the whole document: the one parsed on the worker when there is one.
    void showWhole(const RenderResult &result);
    /// Decides whether the chart is laid out again (what it shows, the pane's width or the
    /// theme changed), draws the diagrams that changed, and returns the job for the next
    /// render (base directory, chart URL and size, the document's settings).
    RenderJob prepareRender();

    Document *m_document;
    QString m_baseDirectory;
    QTimer m_debounce;
    QFutureWatcher<RenderResult> m_watcher;
    /// Sections rendered by the previous worker render (used by the worker thread only).
    /// Shared with the running render, which may outlive the pane.
    std::shared_ptr<HtmlRenderCache> m_renderCache = std::make_shared<HtmlRenderCache>();
    QStringList m_shownFragments;  ///< what the document shows (with anchors)
    QList<int> m_fragmentBlocks;   ///< first block of each shown fragment; empty: unknown
    quint64 m_shownGeneration = 0; ///< bumped whenever m_shownFragments changes
    int m_patchedUpdates = 0;
    int m_fullUpdates = 0;
    int m_droppedRenders = 0;
    bool m_renderRunning = false;
    bool m_renderAgain = false;
    QImage m_chartImage;
    QSize m_chartSize;        ///< CSS pixels the chart is shown at
    Postmortem m_chartSource; ///< what m_chartImage was drawn from (implicitly shared copy)
    qreal m_chartScale = 0;
    bool m_chartDark = false; ///< the chart image is in the dark theme
    bool m_chartDrawn = false;
    bool m_hasChart = false;    ///< the last chart laid out has events (m_chartImage will)
    quint64 m_chartRequest = 0; ///< bumped at each new chart layout asked for
    quint64 m_syncRenders = 0;  ///< renderNow() calls so far
    QTextDocument *m_ownedDocument = nullptr; ///< the shown document when parsed on a worker
    /// Load-diagram pictures by id, each redrawn only when its spec, size or scale changed.
    struct DiagramImage
    {
        LoadDiagram spec;
        QSize size; ///< CSS pixels
        qreal scale = 0;
        QImage image;
    };
    QHash<QString, DiagramImage> m_diagramImages;
    bool m_dark = false;
    DisplayLanguage m_language = DisplayLanguage::English;
    QString m_fontFamily;
    qreal m_fontPointSize = 0;
};

} // namespace Hindsight
