// Markdown export with image sidecars: the native Markdown plus the timeline chart and the
// load diagrams beside it.
#pragma once

#include "core/postmortem.h"

#include <QString>

namespace Hindsight {

/// The folder exportMarkdown writes the pictures to for `markdownPath`: "<dir>/<name>.assets"
/// for "<dir>/<name>.md" (the file name up to its last dot, so "a.b.md" gives "a.b.assets").
QString markdownAssetsDirectory(const QString &markdownPath);

/// Writes `pm` as Markdown to `markdownPath`, with its timeline chart beside it so the file
/// renders with its picture on GitHub and in any Markdown viewer:
/// - `<name>.assets/timeline.svg` (renderTimelineChartSvg at kTimelineChartExportSize) and
///   `<name>.assets/timeline.png` (the same at 2x, for viewers without SVG);
/// - `<name>.md`: writeNativeFormat(pm) with "![Timeline chart](<name>.assets/timeline.png)"
///   at the top of the Timeline section (relative, percent-encoded). Reading the file back
///   drops that line again, so export -> open -> export gives the same file.
/// - for each load diagram: `<name>.assets/<id>.svg` (natural size) and `<id>.png` (twice
///   that), and every "![alt](diagram:<id>)" in the text links the PNG instead; reading the
///   file back restores the diagram links (readNativeFormat). The spec stays in the front
///   matter. Pictures of diagrams deleted since an earlier export are not removed.
/// Each file is written atomically (QSaveFile), the pictures first, so the Markdown never
/// links a missing picture; an existing file is left untouched when writing it fails. With no
/// chartable timeline event there is no chart: no link, and a timeline.svg/.png left by an
/// earlier export is removed (with the folder when it is then empty).
/// Needs a QApplication (the chart is QtCharts) and the GUI thread. Returns true on success;
/// on failure false and, if `errorMessage` is not null, a one-line reason naming the file.
bool exportMarkdown(const Postmortem &pm, const QString &markdownPath, QString *errorMessage);

} // namespace Hindsight
