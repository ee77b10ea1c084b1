// One self-contained HTML file of a postmortem: pictures embedded, no side files.
#pragma once

#include "render/htmlrenderer.h"

#include <QByteArray>

namespace Hindsight {

/// A standalone HTML file for `pm` (UTF-8): renderHtml(pm, opts) with the chart embedded as a
/// PNG data: URL (timelineChartDataUrl at kTimelineChartExportSize), so it shows anywhere
/// without side files. opts.timelineChartUrl/Size are replaced; no chart without timed events.
/// The load diagrams linked from the text are embedded the same way (loadDiagramDataUrls;
/// opts.diagramPictures is replaced).
QByteArray renderStandaloneHtml(const Postmortem &pm, HtmlOptions opts = {});

} // namespace Hindsight
