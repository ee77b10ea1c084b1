// The timeline chart in the editor: follows the document, shows events on hover, picks rows.
#pragma once

#include "core/postmortem.h"

#include <QAction>
#include <QChartView>
#include <QPoint>
#include <QTimer>

#include <optional>

namespace Hindsight {

class Document;
class TimelineChart;

/// Shows TimelineChart for the Document's postmortem. Rebuilt shortly (60 ms, coalesced) after
/// every Document::changed, and after a resize (ticks follow the width); while the view is
/// hidden (another tab of the form) only once it is shown again. Hovering a marker
/// shows the event in a tooltip (date, time and zone, kind, text); clicking one emits
/// eventActivated with its row in Postmortem::timeline. Without timed events it shows a short
/// hint instead of a chart. Read-only: it never edits the document.
/// The axis is zoomed to the incident (events long before or after are counted at the edges);
/// the context menu's "Show All Events" (allEventsAction()) widens it to every event. The chart
/// follows the widget palette: dark colours when the window background is dark.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(Document *document, QWidget *parent = nullptr);
    ~TimelineChartView() override;

    /// The chart on show, or nullptr when the timeline has no timed event.
    TimelineChart *timelineChart() const { return m_timelineChart; }
    /// Where the marker of timeline row `row` is, in viewport coordinates (for mouse events);
    /// nullopt when that row is not on the chart.
    std::optional<QPoint> markerViewportPosition(int row);
    /// Marks the marker of `row` (the table's current row) as selected; -1 clears.
    void setCurrentRow(int row);
    /// Rebuilds now instead of after the pause (tests, first show).
    void rebuildNow();
    /// Axis over every event (true) or zoomed to the incident (false, the default).
    void setShowAllEvents(bool all);
    bool showsAllEvents() const;
    /// The checkable context-menu action behind setShowAllEvents().
    QAction *allEventsAction() const { return m_allEvents; }

Q_SIGNALS:
    /// The user clicked the marker of timeline row `timelineRow`.
    void eventActivated(int timelineRow);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The timer's rebuild: builds when visible, else marks the chart stale for showEvent.
    void rebuild();
    void build();
    void applyCurrentRow();

    Document *m_document;
    QTimer m_rebuildTimer;
    TimelineChart *m_timelineChart = nullptr; ///< owned by the view once set
    int m_builtWidth = 0;
    Postmortem m_builtFrom; ///< what the current chart shows (implicitly shared copy)
    bool m_built = false;
    int m_currentRow = -1;
    QAction *m_allEvents = nullptr;
    bool m_builtDark = false; ///< the theme the current chart was drawn in
    bool m_stale = false;     ///< a rebuild was skipped while hidden
};

} // namespace Hindsight
