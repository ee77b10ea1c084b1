#include "ui/timelinechartview.h"

#include "core/document.h"
#include "render/timelinechart.h"

#include <QGraphicsLayout>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>

namespace Hindsight {

namespace {
constexpr int kRebuildDelayMs = 60;
} // namespace

TimelineChartView::TimelineChartView(Document *document, QWidget *parent)
    : QChartView(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("timelineChartView"));
    setAccessibleName(tr("Timeline chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setMouseTracking(true);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kRebuildDelayMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineChartView::rebuild);
    connect(m_document, &Document::changed, &m_rebuildTimer, qOverload<>(&QTimer::start));
    m_allEvents = new QAction(tr("Show &All Events"), this);
    m_allEvents->setObjectName(QStringLiteral("chartAllEventsAction"));
    m_allEvents->setCheckable(true);
    m_allEvents->setStatusTip(tr("Widen the time axis from the incident to every timeline event"));
    connect(m_allEvents, &QAction::toggled, this, &TimelineChartView::rebuildNow);
    addAction(m_allEvents);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    rebuild();
}

TimelineChartView::~TimelineChartView() = default;

void TimelineChartView::rebuildNow()
{
    m_rebuildTimer.stop();
    m_built = false; // asked for explicitly: draw even if nothing changed
    build();
}

void TimelineChartView::setShowAllEvents(bool all)
{
    m_allEvents->setChecked(all);
}

bool TimelineChartView::showsAllEvents() const
{
    return m_allEvents->isChecked();
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_allEvents)
        m_rebuildTimer.start(); // a theme change: the chart follows it
}

void TimelineChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &TimelineChartView::rebuild); // after the tab is painted
}

void TimelineChartView::rebuild()
{
    // Out of sight (another tab of the form): build when shown. A chart of thousands of events
    // takes a while on the GUI thread, and opening a document should not wait for one nobody
    // sees.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    build();
}

void TimelineChartView::build()
{
    m_stale = false;
    // Typing in the summary changes the document but not the chart: keep the chart (and the
    // marker under the mouse) as it is.
    const Postmortem &pm = m_document->postmortem();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (m_built && sameTimelineChart(pm, m_builtFrom) && viewport()->width() == m_builtWidth
        && dark == m_builtDark)
        return;
    m_built = true;
    m_builtDark = dark;
    m_builtFrom = pm;
    QToolTip::hideText();
    m_builtWidth = viewport()->width();
    TimelineChartOptions options;
    options.theme = dark ? ChartTheme::Dark : ChartTheme::Light;
    options.allEvents = m_allEvents->isChecked();
    std::unique_ptr<TimelineChart> built
        = TimelineChart::create(m_document->postmortem(), std::max(m_builtWidth, 300), options);
    QChart *old = chart();
    if (built) {
        m_timelineChart = built.release();
        for (QAbstractSeries *s : m_timelineChart->series()) {
            auto *scatter = qobject_cast<QScatterSeries *>(s);
            if (!scatter)
                continue;
            connect(scatter, &QXYSeries::hovered, this,
                    [this, scatter](const QPointF &point, bool state) {
                        const auto row = m_timelineChart ? m_timelineChart->rowAt(scatter, point)
                                                         : std::nullopt;
                        if (state && row)
                            QToolTip::showText(QCursor::pos(), m_timelineChart->toolTip(*row),
                                               this);
                        else
                            QToolTip::hideText();
                    });
            connect(scatter, &QXYSeries::clicked, this, [this, scatter](const QPointF &point) {
                if (!m_timelineChart)
                    return;
                if (const auto row = m_timelineChart->rowAt(scatter, point))
                    Q_EMIT eventActivated(*row);
            });
            scatter->setSelectedColor(dark ? scatter->color().lighter(160)
                                           : scatter->color().darker(160));
        }
        setChart(m_timelineChart);
        applyCurrentRow();
    } else {
        m_timelineChart = nullptr;
        auto *empty = new QChart;
        empty->legend()->hide();
        empty->setBackgroundRoundness(0);
        empty->setTitle(tr("The chart appears when timeline events have times."));
        setChart(empty);
    }
    delete old; // setChart gives up ownership of the previous chart
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Axis ticks are chosen for the width: rebuild when it changed noticeably.
    if (std::abs(viewport()->width() - m_builtWidth) > 40)
        m_rebuildTimer.start();
}

std::optional<QPoint> TimelineChartView::markerViewportPosition(int row)
{
    if (!m_timelineChart)
        return std::nullopt;
    const auto pos = m_timelineChart->markerPosition(row);
    if (!pos)
        return std::nullopt;
    return mapFromScene(m_timelineChart->mapToScene(*pos));
}

void TimelineChartView::setCurrentRow(int row)
{
    m_currentRow = row;
    applyCurrentRow();
}

void TimelineChartView::applyCurrentRow()
{
    if (!m_timelineChart)
        return;
    // One series per event kind: clearing them is cheap. The row's point is looked up; it
    // was searched for among every point, for every point (quadratic: seconds at 12,000).
    for (QAbstractSeries *s : m_timelineChart->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            scatter->deselectAllPoints();
    if (m_currentRow < 0)
        return;
    if (const auto point = m_timelineChart->markerPoint(m_currentRow))
        point->first->selectPoint(point->second);
}

} // namespace Hindsight
