// Postmortem -> OpenDocument Text (.odt), for LibreOffice, Word and Google Docs users.
#pragma once

#include "render/htmlrenderer.h"

#include <QString>

namespace Hindsight {

/// Writes `pm` as an OpenDocument Text file (ISO/IEC 26300) to `filePath` through Qt's
/// QTextDocumentWriter ("odf" format): the same HTML as the preview (renderHtml), so the
/// headings, key-facts table, timeline and action-item tables come out as ODF headings and
/// tables; the timeline chart (kTimelineChartExportSize, drawn at twice that) and each load
/// diagram linked from the text are embedded as PNG pictures in the package. Images referenced
/// by the text load only from inside opts.baseDirectory (isSafeLocalResource).
/// The file is written to a temporary file and renamed over `filePath`; on failure an existing
/// file stays untouched and false is returned with a one-line reason in `errorMessage` (when
/// not null). Needs a QGuiApplication (the chart is QtCharts).
bool exportOdt(const Postmortem &pm, const QString &filePath, QString *errorMessage,
               const HtmlOptions &opts = {});

} // namespace Hindsight
