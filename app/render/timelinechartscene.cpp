#include "render/timelinechartscene.h"

#include "render/timelinechart.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace Hindsight {

std::unique_ptr<TimelineChartScene> TimelineChartScene::layOut(TimelineLayout layout, QSize sizePx,
                                                               const TimelineChartOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qWarning("Hindsight: the timeline chart needs a QApplication");
        return nullptr;
    }
    if (sizePx.isEmpty())
        return nullptr;
    std::unique_ptr<TimelineChart> owned
        = TimelineChart::create(std::move(layout), sizePx.width(), options);
    if (!owned)
        return nullptr;
    std::unique_ptr<TimelineChartScene> out(new TimelineChartScene);
    out->m_scene = std::make_unique<QGraphicsScene>();
    out->m_size = sizePx;
    out->m_options = options;
    // Drawn whole, once: no index of the markers' items to build and search.
    out->m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    TimelineChart *chart = owned.release();
    out->m_scene->addItem(chart); // the scene owns and deletes it
    out->m_chart = chart;
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(sizePx)));
    chart->settleLayout();
    out->m_scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(sizePx)));
    return out;
}

TimelineChartScene::~TimelineChartScene() = default;

void TimelineChartScene::placeLabels()
{
    m_chart->placeLabels();
}

QImage TimelineChartScene::image(qreal scale) const
{
    scale = std::max<qreal>(scale, 0.1);
    // Opaque (RGB32): a PDF then gets one image, not an image and a soft mask.
    QImage image((QSizeF(m_size) * scale).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(chartPalette(m_options.theme).background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF rect(QPointF(0, 0), QSizeF(m_size));
    m_scene->render(&painter, rect, rect);
    return image;
}

} // namespace Hindsight
