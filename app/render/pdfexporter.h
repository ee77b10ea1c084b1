// Postmortem -> paginated A4 PDF, laid out from the same HTML as the preview.
// Draws the timeline chart (QtCharts): needs a QApplication and the GUI thread.
#pragma once

#include "render/htmlrenderer.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace Hindsight {

/// Writes `pm` as a portrait PDF of `pageSize` (A4 unless told; the margins are the same in
/// millimetres on any size) to `filePath` (300 dpi device, real selectable text).
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
               const HtmlOptions &opts = {}, const QPageSize &pageSize = QPageSize(QPageSize::A4));

/// Paints `pm` as exportPdf lays it out onto `device` (a QPdfWriter, or a QPrinter set up by
/// a print dialog), one page per device page, in the device's current page layout: the page
/// is taken as device.width() x device.height() pixels at device.logicalDpiY() (so a QPrinter
/// should use setFullPage(true)); text stays vector, pictures are rasterised at up to 300 dpi.
/// Does not set document metadata. Returns false with a short reason in `errorMessage` (if
/// not null) when painting cannot start or a new page cannot be added.
bool paintPostmortemPages(const Postmortem &pm, QPagedPaintDevice &device, QString *errorMessage,
                          const HtmlOptions &opts = {});

} // namespace Hindsight
