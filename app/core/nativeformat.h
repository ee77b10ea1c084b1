// Hindsight's native file format: plain Markdown with YAML front matter (DESIGN.md, contract).
#pragma once

#include "core/markdownblocks.h"
#include "core/postmortem.h"

#include <QByteArray>
#include <QString>

namespace Hindsight {

/// Result of reading a native file.
struct NativeReadResult
{
    bool ok = false;
    Postmortem postmortem;
    QString error;            ///< one-line reason when !ok
    int schemaVersion = 0;    ///< the file's `hindsight:` value
    bool newerSchema = false; ///< written by a newer Hindsight; open read-only
    QStringList warnings;     ///< text kept in a different place than the file had it
};

/// True when `text` starts with YAML front matter that has a `hindsight:` schema key, i.e. was
/// written by Hindsight. Foreign Markdown (also with other front matter) goes to the importer.
bool isNativeFormat(const QString &text);

/// Serialises `pm` as UTF-8 Markdown with LF line endings:
///
///     ---                       front matter: schema version, status, severity, authors,
///     hindsight: 1              display time zone, incident start/end as ISO 8601
///     ...                       ("2024-02-15T22:00+00:00"; partial moments keep only the
///     ---                       known parts, e.g. "22:00"), % of users affected, and
///                               `diagrams:` (list of loadDiagramToYaml mappings; the key is
///                               left out when there are none), `speakerNotes:` (mapping of
///                               notes key -> plain text, in key order; left out when empty)
///     # Title
///     ## Summary / ## Impact / ## Timeline (table: Time | Kind | Event) / ## Root cause /
///     ## Resolution / ## Action items (table: Action item | Category | Owner | Due | Status) /
///     ## <each additional section>
///
/// Timeline times are written in the document's zone; section text is written without
/// leading or trailing blank lines. Deterministic: the same document gives the same bytes.
///
/// With a non-empty `timelineChartLink` (a relative URL, already percent-encoded, e.g.
/// "out.assets/timeline.png") the Timeline section starts with the paragraph
/// "![Timeline chart](<link>)" above the table, so the file renders with its chart on GitHub
/// (Markdown export with image sidecars; saving never adds it). readNativeFormat drops that
/// paragraph again (see kTimelineChartAlt), so the link never becomes document text.
QByteArray writeNativeFormat(const Postmortem &pm, const QString &timelineChartLink = {});

/// Alt text of the generated timeline chart link ("Timeline chart"). A paragraph in the
/// Timeline section that is exactly "![Timeline chart](<path>.assets/timeline.png)" (or .svg)
/// is the generated link and is not read as text.
inline constexpr char kTimelineChartAlt[] = "Timeline chart";

/// Parses a native file (as written by writeNativeFormat or edited by hand in a text
/// editor). Structure comes from cmark-gfm (headings, tables), front matter from yaml-cpp.
/// On malformed front matter returns ok = false with the YAML error and its line. Text in
/// the body that fits no field (e.g. prose a user typed under the timeline table) is kept
/// as an additional section, never dropped — except the generated chart link described at
/// writeNativeFormat, which is not document text. Diagram picture links that Markdown export
/// wrote ("![alt](<name>.assets/<id>.png)" for a diagram in the front matter) are read back as
/// "![alt](diagram:<id>)" (restoreDiagramLinks). Diagrams with an invalid or repeated id get a
/// fresh one (with a warning); malformed diagram entries are left out with a warning.
/// `progress` hears how much of the reading is done (0 to 1), on the reading thread.
NativeReadResult readNativeFormat(const QString &text, const ParseProgress &progress = {});

/// Moment <-> ISO 8601 text as used in the front matter: "2024-02-15T22:00+00:00",
/// "2024-02-15T22:00", "2024-02-15", "22:00+01:00", "22:00"; seconds only when non-zero.
/// Returns an empty string for a null moment; parse returns std::nullopt for bad text.
QString momentToIso(const Moment &m);
std::optional<Moment> momentFromIso(const QString &text);

} // namespace Hindsight
