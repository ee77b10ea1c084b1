#include "ui/previewpane.h"

#include "core/document.h"
#include "render/htmlrenderer.h"
#include "render/loaddiagramrenderer.h"
#include "render/timelinechart.h"
#include "render/timelinechartscene.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Hindsight {

PreviewPane::PreviewPane(Document *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setOpenLinks(false); // links in a document are not followed inside the preview
    // Lines break between words only. QTextEdit's default also breaks anywhere, which let a
    // narrow table column take one character per line ("2 0 2 4-0 2-1 5"): a cell is now at
    // least as wide as its longest word.
    setWordWrapMode(QTextOption::WordWrap);
    setAccessibleName(tr("Preview"));
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::startRender);
    connect(m_document, &Document::changed, this, &PreviewPane::scheduleRender);
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this,
            [this] { showInSteps(m_watcher.result()); });
}

void PreviewPane::showInSteps(RenderResult result)
{
    if (!chartToDraw(result)) {
        finishRender(result);
        return;
    }
    // A new chart: its markers laid out in one pass of the event loop, its labels placed in
    // the next, drawn in a third, the document shown in a fourth; no pass holds the GUI thread
    // for all of it (58,000 events: about 25, 30, 15 and 8 ms of CPU).
    std::shared_ptr<TimelineChartScene> scene;
    {
        const DocumentLanguageScope language(m_language);
        scene = TimelineChartScene::layOut(std::move(*result.chartLayout), m_chartSize,
                                           chartOptions());
    }
    result.chartLayout.reset();
    QTimer::singleShot(0, this, [this, result, scene] {
        if (scene && result.chartRequest == m_chartRequest) {
            const DocumentLanguageScope language(m_language);
            scene->placeLabels();
        }
        QTimer::singleShot(0, this, [this, result, scene] {
            if (result.chartRequest == m_chartRequest) {
                const DocumentLanguageScope language(m_language);
                setChartImage(scene ? scene->image(m_chartScale) : QImage());
            }
            QTimer::singleShot(0, this, [this, result] { finishRender(result); });
        });
    });
}

void PreviewPane::finishRender(const RenderResult &result)
{
    m_renderRunning = false;
    // renderNow() showed a newer state meanwhile: this one would put an older one back.
    if (result.syncRenders == m_syncRenders)
        show(result);
    else
        ++m_droppedRenders;
    if (m_renderAgain) {
        m_renderAgain = false;
        startRender();
    }
}

void PreviewPane::setBaseDirectory(const QString &directory)
{
    m_baseDirectory = directory;
}

namespace {

/// Roughly how much HTML a render of `pm` makes, in characters.
qsizetype renderSize(const Postmortem &pm)
{
    return pm.summary.size() + pm.impact.size() + pm.rootCause.size() + pm.resolution.size()
           + std::min<qsizetype>(pm.timeline.size(), PreviewPane::kMaxTimelineRows) * 80
           + pm.sections.size() * 500;
}

/// After opening a large document: long enough for the window's first paint to come first.
constexpr int kCatchUpDelayMs = 100;

} // namespace

void PreviewPane::scheduleRender()
{
    // 100 ms for a short document, growing to 600 ms for a very long one: a pause in typing.
    const qsizetype size = renderSize(m_document->postmortem());
    m_debounce.start(int(qBound(qsizetype(100), 100 + size / 200, qsizetype(600))));
}

bool PreviewPane::rendersInBackground(const Postmortem &pm)
{
    // The 20,000-word benchmark document (renderSize about 75,000) took 60 ms to render at
    // once; a long timeline also makes a chart of thousands of markers.
    return renderSize(pm) > 50000 || pm.timeline.size() > kMaxTimelineRows;
}

void PreviewPane::showNewDocument()
{
    if (!rendersInBackground(m_document->postmortem())) {
        renderNow();
        return;
    }
    m_debounce.stop();
    setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Preparing the preview…").toHtmlEscaped()));
    // Nothing of the old document is shown: the next render parses in full.
    m_shownFragments.clear();
    m_fragmentBlocks.clear();
    ++m_shownGeneration;
    m_debounce.start(kCatchUpDelayMs);
}

void PreviewPane::startRender()
{
    if (m_renderRunning) {
        m_renderAgain = true;
        return;
    }
    m_renderRunning = true;
    Q_EMIT renderStarted();
    RenderJob job = prepareRender();
    job.parseOnWorker = true;
    const Postmortem snapshot = m_document->postmortem(); // implicitly shared copy
    m_watcher.setFuture(
        QtConcurrent::run([snapshot, job, shown = m_shownFragments, generation = m_shownGeneration,
                           cache = m_renderCache, syncRenders = m_syncRenders] {
            // The cache is the worker's alone: one render runs at a time, and renderNow()
            // renders without it. The copy of the pointer keeps it alive if the pane goes
            // while this runs.
            RenderResult result = render(snapshot, job, shown, generation, cache.get());
            result.syncRenders = syncRenders;
            return result;
        }));
}

namespace {

/// The shown document's kind for a document parsed on a worker: until the GUI thread takes
/// it (and parents it to the pane, whose loadResource decides what may be read), it loads
/// nothing; QTextDocument's own loadResource would read any local file.
class WorkerDocument : public QTextDocument
{
protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        return parent() ? QTextDocument::loadResource(type, name) : QVariant();
    }
};

} // namespace

PreviewPane::RenderResult PreviewPane::render(const Postmortem &pm, RenderJob job,
                                              const QStringList &shown, quint64 shownGeneration,
                                              HtmlRenderCache *cache)
{
    RenderResult result;
    if (job.layOutChart) {
        // Where every marker and label goes: plain data, in the document's language.
        const DocumentLanguageScope language(job.options.language);
        result.chartLayout = std::make_shared<TimelineLayout>(
            layoutTimeline(pm, job.chartSize.width(), job.chartOptions));
        result.chartRequest = job.chartRequest;
        if (result.chartLayout->events.isEmpty())
            job.options.timelineChartUrl.clear();
    }
    result.parts = renderHtmlFragments(pm, job.options, cache);
    result.patch = planHtmlPatch(shown, result.parts);
    result.shownGeneration = shownGeneration;
    if (job.parseOnWorker && !result.patch.possible) {
        auto parsed = std::make_shared<ParsedDocument>();
        parsed->document = std::make_unique<WorkerDocument>();
        QTextDocument &doc = *parsed->document;
        doc.setUndoRedoEnabled(false); // patches need no undo history
        doc.setDefaultFont(job.font);
        doc.setDocumentMargin(job.documentMargin);
        doc.setDefaultTextOption(job.textOption);
        doc.setHtml(result.parts.head + result.parts.fragments.join(QString()) + result.parts.tail);
        parsed->fragmentBlocks = fragmentBlockNumbers(doc, int(result.parts.fragments.size()));
        // No thread until the GUI thread pulls it in (or whoever drops it deletes it).
        doc.moveToThread(nullptr);
        result.parsed = parsed;
    }
    return result;
}

void PreviewPane::renderNow()
{
    m_debounce.stop();
    ++m_syncRenders;
    show(render(m_document->postmortem(), prepareRender(), {}, 0, nullptr));
}

void PreviewPane::setAppearance(bool dark, const QString &family, qreal pointSize)
{
    if (dark == m_dark && family == m_fontFamily && pointSize == m_fontPointSize)
        return;
    m_dark = dark;
    m_fontFamily = family;
    m_fontPointSize = pointSize;
    m_diagramImages.clear(); // drawn in the other theme
    renderNow();
}

void PreviewPane::setDocumentLanguage(DisplayLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_chartDrawn = false;    // the chart's words
    m_diagramImages.clear(); // the diagrams' words
    renderNow();
}

PreviewPane::RenderJob PreviewPane::prepareRender()
{
    // The diagrams drawn here speak the document language too.
    const DocumentLanguageScope language(m_language);
    RenderJob job;
    HtmlOptions &options = job.options;
    options.language = m_language;
    options.baseDirectory = m_baseDirectory;
    options.fragmentAnchors = true;
    options.darkTheme = m_dark;
    options.fontFamily = m_fontFamily;
    options.fontPointSize = m_fontPointSize;
    options.maxTimelineRows = kMaxTimelineRows;
    job.font = document()->defaultFont();
    job.documentMargin = document()->documentMargin();
    job.textOption = document()->defaultTextOption();

    // The chart across the text column: as wide as the pane's text, within readable bounds.
    const Postmortem &pm = m_document->postmortem();
    const int margin = int(document()->documentMargin());
    // Room for the scroll bar is kept whether it shows or not: it appears when the first long
    // render is shown, and a chart that changed size with it would make the next update a
    // full parse instead of a patch.
    const int scrollBar
        = verticalScrollBar()->isVisible()
              ? 0
              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const int width = qBound(360, viewport()->width() - scrollBar - 2 * margin - 4, 1100);
    const QSize size(width, qBound(280, int(width * 0.55), 440));
    // Lay out again only when what the chart shows, its size, the screen's pixel ratio or
    // the theme changed; the worker lays it out, show() draws it.
    if (!m_chartDrawn || !sameTimelineChart(pm, m_chartSource) || size != m_chartSize
        || devicePixelRatioF() != m_chartScale || m_dark != m_chartDark) {
        m_chartDrawn = true;
        m_chartSource = pm;
        m_chartSize = size;
        m_chartScale = devicePixelRatioF();
        m_chartDark = m_dark;
        m_hasChart = true; // until the layout says there is no event
        job.layOutChart = true;
        job.chartRequest = ++m_chartRequest;
        job.chartSize = size;
        job.chartOptions.theme = m_dark ? ChartTheme::Dark : ChartTheme::Light;
    }
    if (m_hasChart) {
        options.timelineChartUrl = timelineChartResourceUrl().toString();
        options.timelineChartSize = m_chartSize;
    }

    // Load diagrams across the text column too, no taller than the pane.
    QHash<QString, DiagramImage> diagrams;
    const int maxHeight = qMax(240, viewport()->height() - 2 * margin - 24);
    for (const LoadDiagram &d : pm.diagrams) {
        // Side by side when the text stays readable (at least 80 % of its natural size),
        // otherwise the state after the fix goes below the incident.
        const bool roomy = width >= 0.8 * loadDiagramNaturalSize(d).width();
        const auto arrangement
            = roomy ? LoadDiagramArrangement::SideBySide : LoadDiagramArrangement::Stacked;
        const QSize diagramSize = loadDiagramDisplaySize(d, width, maxHeight, arrangement);
        DiagramImage cached = m_diagramImages.value(d.id);
        if (cached.image.isNull() || !(cached.spec == d) || cached.size != diagramSize
            || cached.scale != devicePixelRatioF()) {
            cached = {d, diagramSize, devicePixelRatioF(),
                      renderLoadDiagramImage(d, diagramSize * devicePixelRatioF(),
                                             m_dark ? DiagramTheme::Dark : DiagramTheme::Light,
                                             devicePixelRatioF(), arrangement)};
            document()->addResource(QTextDocument::ImageResource, loadDiagramResourceUrl(d.id),
                                    cached.image);
        }
        options.diagramPictures.insert(d.id,
                                       {loadDiagramResourceUrl(d.id).toString(), cached.size});
        diagrams.insert(d.id, cached);
    }
    m_diagramImages = diagrams;
    return job;
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // A new width gives the chart a new size; redraw once the resizing pauses.
    if ((event->oldSize().width() != event->size().width() && !m_chartImage.isNull())
        || !m_diagramImages.isEmpty())
        m_debounce.start(150);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    // A document opened before the window was shown was drawn for a guessed width: draw the
    // chart and diagrams for the real one now, before the first edit has to wait for it.
    m_debounce.start(150);
}

QString PreviewPane::diagramAt(const QPoint &viewportPos) const
{
    const QPointF documentPos
        = viewportPos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int position = document()->documentLayout()->hitTest(documentPos, Qt::ExactHit);
    if (position < 0)
        return QString();
    // An image is one character; the hit may land on either side of it.
    for (const int p : {position, position - 1}) {
        const QTextBlock block = document()->findBlock(p);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (p < fragment.position() || p >= fragment.position() + fragment.length())
                continue;
            if (!fragment.charFormat().isImageFormat())
                break;
            const QString id
                = loadDiagramIdFromResourceUrl(QUrl(fragment.charFormat().toImageFormat().name()));
            if (!id.isEmpty() && m_diagramImages.contains(id))
                return id;
            break;
        }
    }
    return QString();
}

void PreviewPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = diagramAt(event->position().toPoint());
    if (!id.isEmpty()) {
        event->accept();
        Q_EMIT diagramActivated(id);
        return;
    }
    QTextBrowser::mouseDoubleClickEvent(event);
}

bool PreviewPane::chartToDraw(const RenderResult &result) const
{
    return result.chartLayout && result.chartRequest == m_chartRequest;
}

TimelineChartOptions PreviewPane::chartOptions() const
{
    TimelineChartOptions chart;
    chart.theme = m_chartDark ? ChartTheme::Dark : ChartTheme::Light;
    return chart;
}

void PreviewPane::setChartImage(const QImage &image)
{
    m_chartImage = image;
    m_hasChart = !image.isNull();
    document()->addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), m_chartImage);
}

void PreviewPane::drawChart(const RenderResult &result)
{
    if (!chartToDraw(result))
        return; // drawn already, or a newer layout is on its way
    const DocumentLanguageScope language(m_language);
    // The result is not needed after this: its layout moves into the chart.
    const std::unique_ptr<TimelineChartScene> scene
        = TimelineChartScene::layOut(std::move(*result.chartLayout), m_chartSize, chartOptions());
    setChartImage(scene ? scene->image(m_chartScale) : QImage());
}

void PreviewPane::showWhole(const RenderResult &result)
{
    const QStringList &fragments = result.parts.fragments;
    // Keep the reader's place while the text under it changes.
    const int v = verticalScrollBar()->value();
    // Highlights point into the shown document; whoever set them sets them again on rendered().
    setExtraSelections({});
    std::unique_ptr<QTextDocument> parsed
        = result.parsed ? std::move(result.parsed->document) : nullptr;
    if (parsed) {
        parsed->moveToThread(thread()); // it has no thread: this one takes it
        parsed->setParent(this);        // resources now come from loadResource()
        // The pane's width before its first layout (it has none yet): without it, the swap
        // laid the top out unwrapped and flashed a horizontal scroll bar, whose coming and
        // going resized the viewport and made the diagrams render again.
        parsed->setPageSize(document()->pageSize());
        QTextDocument *previous = m_ownedDocument;
        m_ownedDocument = parsed.release();
        setDocument(m_ownedDocument); // Qt's first document (the editor's child) is deleted
        if (previous)
            previous->deleteLater();
        if (!m_chartImage.isNull())
            document()->addResource(QTextDocument::ImageResource, timelineChartResourceUrl(),
                                    m_chartImage);
        m_fragmentBlocks = result.parsed->fragmentBlocks;
    } else {
        setHtml(result.parts.head + fragments.join(QString()) + result.parts.tail);
        document()->setUndoRedoEnabled(false); // patches need no undo history
        m_fragmentBlocks = fragmentBlockNumbers(*document(), int(fragments.size()));
    }
    verticalScrollBar()->setValue(v);
    ++m_fullUpdates;
}

void PreviewPane::show(const RenderResult &result)
{
    drawChart(result);
    if (result.shownGeneration == m_shownGeneration && !m_fragmentBlocks.isEmpty()
        && applyHtmlPatch(*document(), m_fragmentBlocks, result.parts, result.patch)) {
        ++m_patchedUpdates;
    } else {
        showWhole(result);
    }
    m_shownFragments = result.parts.fragments;
    ++m_shownGeneration;
    Q_EMIT rendered();
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name == timelineChartResourceUrl())
        return m_chartImage.isNull() ? QVariant() : QVariant(m_chartImage);
    if (type == QTextDocument::ImageResource) {
        if (const QString id = loadDiagramIdFromResourceUrl(name); !id.isEmpty()) {
            const QImage image = m_diagramImages.value(id).image;
            return image.isNull() ? QVariant() : QVariant(image);
        }
    }
    if (type != QTextDocument::ImageResource || m_baseDirectory.isEmpty())
        return {};
    const QString path = safeLocalResourcePath(name, m_baseDirectory);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Hindsight
