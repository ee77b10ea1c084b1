// The timeline chart picture in steps: laid out in a scene, its labels placed, then drawn.
#pragma once

#include "render/timelinelayout.h"

#include <QImage>
#include <QSize>

#include <memory>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace Hindsight {

class TimelineChart;

/// A TimelineChart built and laid out at a size in a QGraphicsScene of its own, ready to be
/// drawn: renderTimelineChartImage() cut in steps for a caller that goes back to its event loop
/// in between (the preview): building thousands of markers, placing their labels and drawing
/// take a third of the work each on a long timeline.
/// GUI thread only (QtCharts); the layout it starts from may come from a worker thread.
class TimelineChartScene
{
public:
    /// The chart of `layout` = layoutTimeline(pm, sizePx.width(), options), laid out at
    /// `sizePx` logical pixels. nullptr when the layout has no event, the size is empty or
    /// there is no QApplication.
    static std::unique_ptr<TimelineChartScene> layOut(TimelineLayout layout, QSize sizePx,
                                                      const TimelineChartOptions &options = {});
    ~TimelineChartScene();
    TimelineChartScene(const TimelineChartScene &) = delete;
    TimelineChartScene &operator=(const TimelineChartScene &) = delete;

    /// Places the event labels now (TimelineChart::placeLabels), which image() would otherwise
    /// do: on a long timeline about half of its work.
    void placeLabels();
    /// The picture, as renderTimelineChartImage() describes it: sizePx * scale device pixels
    /// (devicePixelRatio `scale`), opaque, on the theme's background.
    QImage image(qreal scale) const;

private:
    TimelineChartScene() = default;

    std::unique_ptr<QGraphicsScene> m_scene; ///< owns the chart
    TimelineChart *m_chart = nullptr;
    QSize m_size;
    TimelineChartOptions m_options;
};

} // namespace Hindsight
