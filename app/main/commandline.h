// Headless command-line verbs of the hindsight executable (DESIGN.md, "Command line", contract).
#pragma once

#include <QStringList>

namespace Hindsight {

/// True when `arguments` (argv without the program name) start with a headless verb
/// (`convert`, `diagram`).
bool isCommandLineVerb(const QStringList &arguments);

/// Runs `hindsight convert INPUT --to md|html|pdf|json [-o OUTPUT]`. Output "-" or none
/// writes to standard output. `md` to a file also writes the timeline chart beside it
/// (exportMarkdown: OUTPUT.assets/timeline.svg and .png, linked from the Timeline section);
/// `html` embeds the chart as a data: URL; `pdf` draws it at print resolution. `slides-pdf`
/// writes the review deck (exportSlidesPdf: one 960 x 540 pt page per slide) to the file `-o`
/// names (required), in `--theme light|dark` (light by default). Returns the process
/// exit status: 0 on success; 1 for unreadable or non-postmortem input; 2 for bad usage; 3 for an
/// unwritable output. Errors print one line on standard error. Needs a QApplication (the timeline
/// chart is QtCharts; the offscreen platform is enough).
///
/// `hindsight diagram SPEC --to svg|png [-o OUTPUT] [--width PX] [--height PX]
/// [--theme light|dark]` renders one load-diagram spec file (loadDiagramFromYaml) alone: SVG at
/// the diagram's natural size in CSS pixels, PNG at twice that (print resolution), unless a
/// width and/or height is given (one side alone keeps the aspect ratio). Same exit statuses:
/// 1 for an unreadable or malformed spec, 2 for bad usage, 3 for an unwritable output.
int runCommandLine(const QStringList &arguments);

} // namespace Hindsight
