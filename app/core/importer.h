// Import of foreign (non-Hindsight) Markdown and plain-text postmortems.
#pragma once

#include "core/postmortem.h"
#include "core/postmortemfields.h"

#include <QList>
#include <QStringList>

namespace Hindsight {

/// A guess the importer made about one field: `text` is the report's sentence for it, word for
/// word one of ImportReport::guessed. A sentence about several fields (an incident start and
/// end taken from the timeline) gives one GuessedField per field.
struct GuessedField
{
    FieldId field = FieldId::Document;
    QString text;

    bool operator==(const GuessedField &) const = default;
};

/// What the importer did with a document, for the person who opened it: one sentence per
/// finding, in document order within each list, translated (context "Hindsight::ImportReport").
/// - recognised: parts read with confidence ("Timeline: 8 entries with times (lines 12–20).").
/// - guessed: readings a person may want to check ("Assumed MM/DD for 07/09/2023 …").
/// - keptAsIs: text that fits no field and was kept verbatim ("“Lessons Learned” kept as an
///   additional section (9 lines).", code blocks, chat logs, HTML head).
/// - guessedFields: the guesses that are about one field of the form (the incident start or
///   end, time zone, % of users, root cause, timeline, action items), in the order noted; a
///   guess about the document as a whole (its encoding, several incidents) has none.
/// - incidentsFound: how many incidents the file describes (the first one is imported).
struct ImportReport
{
    QStringList recognised;
    QStringList guessed;
    QStringList keptAsIs;
    QList<GuessedField> guessedFields;
    int incidentsFound = 1;
    /// How many distinct parts of a postmortem (summary, impact, root cause, resolution,
    /// timeline, action items, …) the document names with a heading or label line. An empty
    /// template names them all and has nothing else: it is still a postmortem.
    int partsNamed = 0;

    /// The sentences of `guessedFields` about `field`, in order; empty when none.
    QStringList guessesAbout(FieldId field) const;

    bool isEmpty() const { return recognised.isEmpty() && guessed.isEmpty() && keptAsIs.isEmpty(); }
    /// Plain text, one finding a line under the headings "Recognised:", "Guessed:", "Kept as
    /// is:" (empty lists are left out); a first line when several incidents were found.
    QString toText() const;

    bool operator==(const ImportReport &) const = default;
};

/// A postmortem read by the importer and the report of how it was read.
struct ImportResult
{
    Postmortem postmortem;
    ImportReport report;
};

/// Reads a postmortem written by hand — Markdown, plain label lines ("Duration: …"), a whole
/// HTML page, or a mix — and places its text in the model as a careful reader would.
///
/// Takes the whole file as text (already decoded from UTF-8). Never fails: text that fits no
/// field is kept in `Postmortem::sections` ("additional sections"), so every non-blank line of
/// the source ends up somewhere (import is lossless). A document with no recognisable
/// structure imports as one additional section. A file describing several incidents imports
/// the first; the others are kept as additional sections and the report says so.
///
/// Times are kept as the document's clock reads them, in its zone; timeline entries after
/// midnight get the following date. Field meanings follow shared/corpus/LABELING.md.
ImportResult importPostmortem(const QString &text);

/// importPostmortem(text).postmortem.
Postmortem importMarkdown(const QString &text);

/// Heading of the additional section that keeps the YAML or TOML front matter's keys no field
/// reads, as written ("linkTitle: …", "resources: …"). Not translated: it names data, not prose.
inline QString frontMatterSectionHeading()
{
    return QStringLiteral("Front matter");
}

} // namespace Hindsight
