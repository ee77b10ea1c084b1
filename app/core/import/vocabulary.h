// Import stage "line roles and sections": the vocabulary of section and field labels that
// postmortem templates and real postmortems use, and how a label is recognised on a line.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Hindsight::Import {

// Only this many characters of a line or field are examined by the heuristics (the text itself
// is always kept whole), so a pathological multi-megabyte line stays cheap.
constexpr qsizetype kScan = 4000;

/// The part of a postmortem a line belongs to.
enum class Part {
    Preamble,   ///< before any recognised section (course README text, intro)
    Summary,    ///< issue summary
    Duration,   ///< a "Duration" subsection
    Impact,     ///< impact
    RootCause,  ///< root cause
    Resolution, ///< resolution
    RootCauseResolution,
    ResolutionMeasures, ///< "Remediation and prevention": resolution, then measures
    Timeline,
    Measures, ///< corrective and preventative measures / action items
    Extra,    ///< a section the model has no field for
};

/// What a label ("Duration:", "**Root Cause:**", "### Timeline") names.
enum class Label {
    None,
    Summary,
    Duration,
    Start,
    End,
    Impact,
    RootCause,
    Resolution,
    RootCauseResolution,
    ResolutionMeasures,
    Timeline,
    Measures,
    Improvements,
    Tasks,
    Closing, ///< a closing section with no field: conclusion, appendix, references
};

/// A leading label of a line: "**Duration:** text", "Impact:The core …", "**Root Cause**: x",
/// or a whole short line that is only a label ("Timeline", "**Resolution**").
struct LabelSplit
{
    bool ok = false;
    QString label; ///< as written, without emphasis and colon
    QString rest;  ///< text after the label, trimmed
    bool colon = false;
    bool bare = false; ///< a whole line without colon or emphasis
};

/// Context of the import report's strings (lupdate reads the macro's argument).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::ImportReport)
};

/// Document text quoted in the import report: at most \a max characters, cut after a whole
/// word and closed with "…" when it was longer, so a quote never ends mid-word.
QString reportQuote(const QString &text, qsizetype max);

/// The part of the document a label on its own line opens ("Timeline:" opens the timeline;
/// "Start Time:" belongs to the duration). nullopt for labels that open no part.
std::optional<Part> partForLabel(Label label);

/// Section and field labels as postmortem templates and the seed/corpus documents write them
/// (the Holberton/ALX postmortem template: Issue Summary, Timeline, Root cause and resolution,
/// Corrective and preventative measures; Google SRE book postmortem template: Impact, Root
/// Causes, Resolution, Action Items). Matched against a normalised label (see normaliseLabel).
Label classifyLabel(const QString &norm);

/// A retrospective's part, as the Google SRE book's postmortem template heads it ("Lessons
/// Learned" with "What went well", "What went wrong", "Where we got lucky"), or "Key
/// takeaways": matched against a normalised label. Lessons are kept as a section; their items
/// that say what to do may become the measures.
bool isRetrospectiveLabel(const QString &norm);

/// classifyLabel for postmortems written in the languages Hindsight ships (German, French,
/// Spanish): the main sections' names as translations/hindsight_*.ts give them ("Cronología",
/// "Grundursache", "Cause racine") and their common longer forms ("Análisis de causa raíz",
/// "Acciones correctivas"). Label::None when nothing matches.
Label classifyForeignLabel(const QString &norm);

/// Lower case, "&" -> "and", emphasis/punctuation removed, leading numbering dropped.
QString normaliseLabel(const QString &label);

/// The words of `label`'s closing note in parentheses ("Preventivní opatření (Action Items)" ->
/// "Action Items"), or an empty string when it has none; the counterpart of withoutClosingNote.
QString closingNote(const QString &label);

/// \a label without a closing parenthesised note: "Remediation (action items)" →
/// "Remediation"; \a label itself when it has no such note.
QString withoutClosingNote(const QString &label);

/// A label that states a moment or the span: the start, the end, the date or duration.
bool momentLabel(Label label);

/// classifyLabel(normaliseLabel(label)): the same answers, remembered while a LabelMemo lives
/// on this thread.
Label classifyLabelText(const QString &label);

/// While one lives, classifyLabelText on its thread remembers each label's answer: one import
/// names the same line's label in several stages (sections, span, zone), a large document
/// some 80,000 times. Its memory goes with it, so it lives as long as one import. Nests.
class LabelMemo
{
public:
    LabelMemo();
    ~LabelMemo();
    LabelMemo(const LabelMemo &) = delete;
    LabelMemo &operator=(const LabelMemo &) = delete;

private:
    friend Label classifyLabelText(const QString &label);
    QHash<QString, Label> m_known;
    LabelMemo *m_outer;
};

LabelSplit splitLabel(const QString &content);

/// splitLabel for a heading's text; a heading too long for a bare label is still named by the
/// words before its parenthesised note ("Timeline (all times PST) Oct 30 - Nov 1. …"), when
/// those words name a part.
LabelSplit headingLabel(const QString &content);

/// Whether a group label names work done during the incident rather than measures to come
/// ("Immediate actions taken", "Recovery actions completed"): under the resolution, such a
/// group is part of it.
bool namesWorkDone(const QString &label);

/// What a part of the document is read as, for the report.
QString partName(Part part);

} // namespace Hindsight::Import
