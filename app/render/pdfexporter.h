// Postmortem -> paginated A4 PDF, laid out from the same HTML as the preview.
// Draws the timeline chart (QtCharts): needs a QApplication and the GUI thread.
#pragma once

#include "htmlrenderer.h"

#include <QString>

namespace Hindsight {

/// Writes `pm` as an A4 portrait PDF to `filePath` (300 dpi device, real selectable text).
/// The body is renderHtml(pm, opts) laid out by QTextDocument; each page gets a footer with the
/// title on the left, "Page N of M" on the right and a thin rule above. Images load only from
/// inside opts.baseDirectory (see isSafeLocalResource) and are scaled down to the text width.
/// The Timeline section starts with the timeline chart (renderTimelineChartImage) across the
/// text width, laid out in CSS pixels and drawn at the PDF's 300 dpi; opts.timelineChartUrl
/// is ignored. No chart when the timeline has no timed event. Each load diagram linked from the
/// text ("![alt](diagram:<id>)") is drawn across the text width (at most 80 % of the page
/// height) at 300 dpi; opts.diagramPictures is ignored.
/// PDF metadata: title = displayTitle(pm), creator = "Hindsight <version>".
/// The file is written to a temporary file beside `filePath` and renamed over it at the end,
/// so on failure an existing file is left untouched and no partial file remains.
/// Returns true on success; on failure false and, if `errorMessage` is not null, a one-line
/// reason (e.g. "Cannot write /x/y.pdf: No such file or directory").
bool exportPdf(const Postmortem &pm, const QString &filePath, QString *errorMessage,
               const HtmlOptions &opts = {});

} // namespace Hindsight
