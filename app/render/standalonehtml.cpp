#include "render/standalonehtml.h"

#include "render/loaddiagramrenderer.h"
#include "render/timelinechart.h"

namespace Hindsight {

QByteArray renderStandaloneHtml(const Postmortem &pm, HtmlOptions opts)
{
    const DocumentLanguageScope language(opts.language); // the chart's and diagrams' words too
    opts.timelineChartUrl = timelineChartDataUrl(pm, kTimelineChartExportSize, 2);
    opts.timelineChartSize = opts.timelineChartUrl.isEmpty() ? QSize() : kTimelineChartExportSize;
    opts.diagramPictures = loadDiagramDataUrls(pm);
    return renderHtml(pm, opts).toUtf8();
}

} // namespace Hindsight
