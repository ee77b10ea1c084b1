// Import: the state one document's reading carries from stage to stage (lines, the postmortem
// being filled, pending timeline events and action items, the report), and the stages as
// member functions, each defined in the stage's own file.
#pragma once

#include "core/import/cues.h"
#include "core/import/eventkinds.h"
#include "core/import/vocabulary.h"
#include "core/importer.h"
#include "core/importlines.h"
#include "core/importtime.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace Hindsight::Import {

struct PendingEvent
{
    TimelineEvent event;
    bool explicitDate = false;
    std::optional<ImportTime::ZoneHit> zone; ///< zone written with this entry's time
    bool groupLabel = false; ///< a label bullet ("**Actions Taken:**") heading sub-items
    int listDepth = 0;
    bool ledByTime = false; ///< the entry's line opens with its time ("- 10:05 - deploy")
    bool kindFixed = false; ///< the kind is named by a label ("Detection:")
    /// The kind is the model's guess (KindReading::guessed): the incident window reads the
    /// entry as EventKind::Other.
    bool kindGuessed = false;
    /// Body lines joined the entry after its kind was read (an entry written as a heading):
    /// settleEventKinds reads the whole text once, as takeKindOfText would, rather than each
    /// line re-reading the growing text (quadratic in the body's length).
    bool kindFromWholeText = false;
    int yearlessMonth = 0; ///< "[03-26 17:40]": month and day, year not written
    int yearlessDay = 0;
    std::optional<EventKind> groupKind; ///< kind of the group label above the entry
    int indent = 0; ///< indentation of the entry's first line (deeper lines are its body)
    /// A status page's update ("**Update** We have identified …"), not a timeline line.
    bool statusUpdate = false;
    /// The code block the entry introduces and what follows it under the entry, as written
    /// (TimelineEvent::detail once the common indentation is gone).
    QStringList detailLines;
    /// Which of the document's timeline lists the entry is from, counted from 0: a status
    /// page's updates and the timeline after them are two (mergeTimelineRuns).
    int run = 0;
};

/// Gives `pe` the kind its wording names (`byText`), else the kind of the group label above
/// it (`group`), else EventKind::Other. A firm kind beats the group label; the model's guess
/// does not (KindReading::guessed).
void takeKindOfText(PendingEvent &pe, const KindReading &byText, std::optional<EventKind> group);

struct PendingItem
{
    QString text;
    QString category;
    int lineIndex = 0;
};

/// A run of source lines kept verbatim (code, HTML, chat), for the report.
struct KeptRun
{
    QString what;
    QString where;
    int first = 0;
    int last = 0;
};

/// Where the incident start and end came from.
struct SpanChoice
{
    ImportTime::Span span;
    QString source;       ///< for the report: "the Duration line", "the summary", …
    bool guessed = false; ///< read from weaker evidence (a time in prose, the timeline)
    bool endFromTimeline = false;
    bool startFromTimeline = false;
    bool endFromLength = false; ///< the end is the start plus a stated length
    bool fromStatement = false; ///< a stated span with its own dates (checked against the title)
};

/// What the timeline says of the incident's bounds: the entries that start and end it (an
/// entry that says the outage began/ended, else the first/last timed entry of the
/// impact-bearing stretch) and the first and last entries with a written date.
struct TimelineBounds
{
    const PendingEvent *start = nullptr;
    const PendingEvent *end = nullptr;
    /// The earliest timed entry, before lead-up is left out: `start` when nothing was.
    const PendingEvent *firstTimed = nullptr;
    const PendingEvent *firstDated = nullptr;
    const PendingEvent *lastDated = nullptr;
    bool startMarked = false;  ///< `start` says the outage began
    bool endMarked = false;    ///< `end` says the outage ended
    bool endRecovered = false; ///< `end` says the service recovered, entries after it follow up
    /// Every timed entry that says the outage ended or the service recovered, in document
    /// order (a second, short outage may follow the first).
    QList<const PendingEvent *> recoveries;
};

class MarkdownImporter
{
public:
    explicit MarkdownImporter(const QString &text);
    ImportResult run();

private:
    void splitMergedLines();
    void readFrontMatter();
    void readByline();
    /// A "Severity: SEV1" line (also "SEV-2", "Sev 3", "S4-LOW", "Severity level: 2 (major)")
    /// fills the severity (SEV1–SEV5) unless one is set; the line stays where it is. Other
    /// scales name no SEV level and stay text: a priority ("P1" is urgency, PagerDuty's
    /// "Priority" beside its "Severity") and words ("Critical", "High", "degraded").
    void readSeverityLine(int i, const LabelSplit &split);
    bool readAuthorList(int i);
    bool frontMatterLineUsed(const QString &raw, QString &currentKey) const;
    /// No summary in the body: the front matter's summary (Hugo "summary" or "description",
    /// Jekyll "excerpt") is the postmortem's, and its lines leave the kept section.
    void summaryFromFrontMatter();
    void findTitle();
    void processLine(int i);
    void processHeading(int i);
    /// The part heading `i` names (its label `split`), as the reader takes it there.
    Label headingPart(int i, const LabelSplit &split);
    void processLabelled(int i, Label label, const LabelSplit &split);
    /// A label of the resolution's that names a group of work done ("Immediate actions
    /// taken", "Fix applied" as a sub-heading): the group tells the resolution.
    bool groupOfWorkDone(const Line &line, const QString &label) const;
    /// A heading of its own named as done ("## Immediate actions taken", "Remediation
    /// completed"): what was done is the resolution, as the Google SRE template keeps it apart
    /// from the action items. Measures named corrective or preventative stay measures, taken
    /// or not (the course template's "Corrective and preventative measures").
    bool partNamedAsDone(const Line &line, Label label, const QString &name) const;
    bool holdTableHead(const Line &line, const QString &text);
    void dropReadTableHead(const Line &line);
    void processPartLine(int i, const std::optional<QString> &text = std::nullopt);
    /// "Action point: …" outside the measures: an action item; false for other lines.
    bool readActionPoint(int i, const LabelSplit &split);
    /// A line of a table headed "Action Item | …" outside the measures (the Google SRE
    /// template's table under bold summary fields): its rows are action items. False for
    /// other lines.
    bool readActionTable(int i);
    bool closesListTimeline(int i, Label label, bool labelOnly) const;
    /// Line i belongs to a list of three or more items each led by a time, in a document
    /// with no timeline section: that list is the timeline.
    bool inTimedList(int i);
    /// Whether line i is a row of a table every row of which leads with a time, in a document
    /// without a timeline section ("| 07:20 | Packet loss begins |" under "Details"): the
    /// table that plays the timeline's role (LABELING.md), as inTimedList's list does.
    bool inTimedTable(int i);
    bool hasTimelineSection();
    /// Line i is a heading that is only a time, and another such heading follows at its level
    /// in a document without a timeline section: that level (the headings are the timeline),
    /// else 0.
    int timeHeadingsLevel(int i);
    /// The moment `l` is made of, with its time ("2025-10-15 08:15:00 UTC", "#### 12:22 UTC"),
    /// perhaps after a status page's update word: nothing but spaces or a colon after it;
    /// nullopt for any other line.
    std::optional<ImportTime::Leading> momentOnly(const Line &l) const;
    /// Line i is a paragraph that is only a dated moment, standing alone between blank lines
    /// or breaks, in a document without a timeline section that has another such paragraph:
    /// a status page's updates each stamped on a line above its text (cState pages, updates
    /// sent by mail). Such a line heads an entry as a time heading does.
    bool isLoneStamp(int i);
    void switchPart(Part part, const QString &heading, int level);
    void fieldLine(Label label, const QString &rest, const Line &line);
    /// A stated start, end, date or length (\a label one of Start, End, Duration) is evidence
    /// for the span: kept for it unless one was stated before. True when \a value is read as
    /// the length ("Duration: 15 minutes", an amount on an end line).
    bool noteStatedBound(Label label, const QString &value);
    /// A row of a two-column table of fields and values ("| Start | 09:59 JST |") read as
    /// noteStatedBound reads a "Start:" line; other lines are left alone.
    void readMetadataRow(const Line &line);
    void timelineLine(int i, const QString &content);
    /// Whether line i is in a code block of the timeline whose lines are timestamped entries
    /// ("2023-06-17 18:05 Block created, nodes start failing"): at least three, four in five
    /// of its lines, and no timed entry read in the part before it (after one, a block is
    /// output that entry shows). Such a block is the timeline written as a log: its lines are
    /// entries, its fences and blank lines (isLogFiller) nothing.
    bool inTimestampedCodeBlock(int i);
    /// A code block (or a paragraph after one) under the timeline entry read last, nothing but
    /// blank lines between: the output the entry introduces ("A describe on the pod gave:"),
    /// kept with it as its detail rather than in a section of its own. False for other lines.
    bool readEventDetail(int i);
    /// A line of a code block or of HTML kept as written: a timestamped log's entry, an entry's
    /// detail, kept text of the timeline, measures or lead, or a line of its part's prose.
    void processCodeOrHtml(int i);
    /// A fence or blank line of a code block: no entry of a log kept in it.
    static bool isLogFiller(const QString &raw);
    /// A timeline table row led by an ISO 8601 basic time cell ("0730 | … | …"): the time and
    /// the row's other cells; nullopt for other rows.
    static std::optional<ImportTime::Leading> basicTimeCell(const QString &content);
    /// A nested list item under a timeline entry led by its time: its prose's times are detail.
    bool detailOfTimedEntry(const Line &line) const;
    bool storyAfterTimedList(int i, bool led);
    void timeInTheText(PendingEvent &pe) const;
    bool isTemplateHint(const Line &line) const;
    void readAfternoonTimes();
    /// An entry led by its day only: the time its text opens with ("At 12:50 UTC, …").
    void timeOpeningTheText(PendingEvent &pe) const;
    void measuresLine(int i, const QString &content);
    void rcaLine(const QString &text);
    void resolutionMeasuresLine(int i, const QString &text);
    void flushParagraph();
    void flushMeasures();
    void addPendingMeasure(const PendingItem &item, bool beforeList);
    void addTableAction(const QString &row);
    /// Lines first..last are one paragraph (no blank line, list or heading between).
    bool sameParagraph(int first, int last) const;
    /// At the first item of the measures' list: the paragraphs before it, as measures or as
    /// the list's intro.
    void flushPendingBeforeList();
    /// A pending paragraph's text for a kept section: its first line as written, then the
    /// lines that continued it.
    QString pendingText(const PendingItem &p) const;
    bool startsAnotherIncident(int i, Label label) const;
    bool remediationListsItems(int i, const QString &label) const;
    void keepOtherIncident(int i);
    bool preventionIntroAt(int i) const;
    /// The paragraph starting at line i introduces the timeline ("Below is the timeline of the
    /// day, times in CET:") and a list led by moments follows it: the last
    /// line of the paragraph, else -1.
    int timelineIntroAt(int i);
    /// Notes a paragraph that introduces the timeline at line i, and opens the timeline on
    /// the first line after it.
    void followTimelineIntro(int i);
    /// The first line after \a i that is not blank (nor markup), or m_lines.size().
    int nextContentLine(int i) const;
    /// The next line after \a i that is not blank starts a list item.
    bool listFollows(int i) const;
    /// The sub-heading at \a i names one measure and what is under it describes it: a paragraph
    /// follows, and either more blocks (code, a list, a table, another paragraph) follow it
    /// before the next heading or the heading itself states a measure (isMeasureSentence).
    bool headingNamesMeasure(int i) const;
    /// A heading below the measures' own (\a i): one measure, a group of them, or kept text.
    void measuresSubHeading(int i);
    /// Starts a group of measures named `name` (groupCategory): its category, and whether its
    /// name says the items are done.
    void startMeasureGroup(const QString &name);
    /// Whether `split` ("Owner: Ana" on a line of its own) is a field of the item above, and
    /// if so adds it to that item's text.
    bool fieldOfItemAbove(const LabelSplit &split);
    bool startsParagraph(int i) const;
    /// Line i goes on with the sentence of the line before it, as a wrapped line does: the
    /// line before ends mid-sentence (not with . ! ? : or ;) and this one starts in lower case,
    /// or the line before leaves a parenthesis open, or the paragraph is hard-wrapped.
    /// Such a line is never a label on its own ("… identified as the root" / "cause, and
    /// corrective measures started.").
    bool continuesSentence(int i) const;
    /// Line i is an indented line of the list item above it, with no blank line between (a
    /// wrapped item, "- Enable alerts [tracking" / "  issue](…)"): never a label on its own.
    bool continuesListItem(int i) const;
    /// Line i goes on with the line before even though it opens with a time: it continues a
    /// sentence (continuesSentence), a list item's words ("… deployed at" / "  15:45 …"), or a
    /// line left hanging (endsUnfinished: "… expired at" / "09:10 and …").
    bool wrapsOn(int i) const;
    /// The first heading when it is the only one at the document's top heading level and names
    /// no part ("## Storage outage" over "### Timeline", …): the title of a page whose headings
    /// all start one level down. -1 otherwise.
    int soleTopHeading() const;
    /// A bold line opening its paragraph alone ("**Lessons learned**") where the document
    /// titles its parts with such lines (it has no section headings and a bold line named a
    /// part already) and names no part of ours: it opens an additional section, as an unknown
    /// heading does, and the line after it starts a paragraph.
    bool readBoldTitle(int i, const LabelSplit &split, Label label);
    /// The part line i names as a label (`split` is its splitLabel), or Label::None: a bare
    /// label must stand alone (no list item's or sentence's continuation); a bare top-level
    /// numbered item may name a main part ("1. Issue Summary").
    Label lineLabel(int i, const LabelSplit &split) const;
    bool readStatusUpdate(int i);
    bool readTimedStatusUpdate(int i);
    /// A status update fenced as cState writes it ("::: update Resolved | 2021-01-14T12:03Z",
    /// its text, ":::"); false for other lines.
    bool readFencedStatusUpdate(int i);
    /// A status update on line i ("**Issue identified:** `text`") whose own line ends with
    /// its date and time; `status` is the update word that gives the kind.
    bool readStampedStatusUpdate(int i, const QString &label, const QString &status,
                                 const QString &text);
    /// A paragraph starting at line i whose last line ends with cState's update stamp
    /// ("… services are being restarted. {{< track "2026-02-23 18:50:00" >}}", the theme's
    /// `track` shortcode) and no status word first: a status update whose kind is read from
    /// its words. False for other lines.
    bool readTrackedParagraph(int i);
    /// Appends the status update `pe` read from lines `first` to `last` (indexes) to the
    /// timeline, and counts it.
    void appendStatusUpdate(const PendingEvent &pe, int first, int last);
    void appendTo(QString &target, const QString &text);
    void appendExtra(const QString &heading, const QString &text);
    /// The kept section named `heading` (emphasis and trailing colon removed), created at the
    /// end when no section of that name exists yet: never the same section twice.
    Section &sectionFor(const QString &heading);
    /// Index of the last kept section named `heading`, or -1. m_sectionIndex takes in the
    /// sections appended since it was last read, so a document of thousands of headings is
    /// read in linear time; a change that removes or inserts sections calls sectionsMoved().
    qsizetype lastSectionNamed(const QString &heading);
    void sectionsMoved();
    /// A measure `text` of `category`, done when its task box is checked; "N/A" adds none.
    void addAction(const QString &text, const QString &category, bool done = false);
    /// The action items once every line is read, each with all its wrapped lines:
    /// - an item that goes on "… Additionally, we set up …" is split, and the report says so;
    /// - the same measure listed twice is one measure (LABELING.md: "distinct" measures).
    void settleActionItems();
    void noteKept(int i, const QString &what, const QString &where);
    /// Adds `text` to the report's guesses (once), and for each of `fields` a GuessedField
    /// saying the guess is about that field (once per field and text).
    void noteGuess(const QString &text, const QList<FieldId> &fields = {});

    void finish();
    void readNarrative();
    /// Puts the lead paragraphs `intro` first in the "Introduction" section, made if missing.
    void prependIntroduction(const QString &intro);
    /// Two status updates or more were read and nothing yet is the summary.
    bool statusPageWithoutSummary() const;
    /// A status page without a summary of its own: its first update says what happened.
    void summaryFromFirstUpdate();
    void foldGroupLabels();
    /// Final timeline event kinds: each entry's whole text, then the order of the response.
    void settleEventKinds();
    /// Two timeline lists that cover the same hours (a status page's updates, then the
    /// postmortem's timeline; review-set/README.md counts both as timelines) become one in
    /// time order: a stable merge, so each list keeps its own order and an entry out of order
    /// within its list stays out of order for the review. Only when every timed entry's day is
    /// known or carried; an untimed entry stays beside the entry before it in its list.
    void mergeTimelineRuns();
    /// No measures section: the "Lessons learned" items that say what to do are the measures.
    /// Whether action items were read or the document names a measures section.
    bool hasMeasures() const;
    void lessonsAsMeasures();
    /// Still no measures: a paragraph of another section that opens by saying it prevents a
    /// repeat ("To make sure this won't happen again …") states them.
    void preventionParagraphsAsMeasures();
    void resolutionStatesMeasures();
    std::optional<SpanChoice> chooseSpan();
    /// Steps 6 and 7 of chooseSpan: a span stated in the lead or another section's prose, then
    /// (with no timed timeline) the times another section's first timed paragraph gives.
    std::optional<SpanChoice> spanInOtherProse();
    /// The times `summary` gives (the summary, or a section's prose standing in for it): the
    /// first as the start, the one a recovery word marks or a stated length as the end.
    std::optional<SpanChoice> summaryStatement(const QString &summary);
    /// The summary's first time is the end ("resolved on … at 1:30pm"): the end, and the
    /// earliest other day before it as the start's date (no start time).
    SpanChoice endFirst(const QString &text, const ImportTime::TimeHit &end,
                        const QList<ImportTime::DateHit> &dates) const;
    void resolveYearlessDates();
    /// "12:15 AM" right after "12:00 PM" in the timeline: read as 12:15 (noon), not midnight.
    void readTwelveAmAfterNoon();
    /// Hours without a meridiem that go on past noon ("12.07", then "1.28"): afternoon.
    void readAfternoonWithoutMeridiem();
    /// A timeline paragraph of several sentences that open with times: one entry each; false
    /// when `content` is one entry. `led`: a moment leads `content`.
    bool readProseEntries(int i, const QString &content, bool led);
    void resolveStartEnd();
    TimelineBounds timelineBounds();
    /// The timed entries are all status updates without a date, each earlier than the one
    /// before it: a log written newest first.
    bool newestFirstUpdates() const;
    /// An end computed from a stated length gives way to the timeline's recovery entry
    /// nearest it, within the hour.
    void endAtNearestRecovery(SpanChoice &choice, const TimelineBounds &b);
    /// An exact stated length back from the recovery entry that ends the incident lands on an
    /// earlier entry than its first sign of impact: that entry starts it.
    void startAtExactLengthBefore(SpanChoice &choice);
    /// Fills what the statements leave open (start, end, or both) from the timeline.
    void fillFromTimeline(std::optional<SpanChoice> &choice, const TimelineBounds &bounds);
    /// Minutes the document states the incident lasted (a Duration line, a recovery time, a
    /// sentence counting from the start); nullopt when none.
    std::optional<int> statedLength() const;
    /// Ends `choice` statedLength() after its start, noting the guess; false when no length is
    /// stated. `impactToo`: the impact's own length counts too (only where no timeline does).
    bool endByStatedLength(SpanChoice &choice, bool impactToo = false);
    /// The date of entry `pe`: its own, else carried down from the date heading above it;
    /// invalid when neither gives one.
    QDate carriedDate(const PendingEvent *pe) const;
    /// Each entry's day, written or carried down the timeline (in m_events' order).
    QList<QDate> carriedDates() const;
    /// The span the "Start Time:" and "End Time:" lines state (the end from a stated length
    /// when no end line is given); nullopt without a start line that gives a day or time.
    std::optional<SpanChoice> spanFromStartEndLines() const;
    /// The span `text` (its first kScan * 4 characters) states, as a choice from `source`
    /// marked as a statement; nullopt when it states none.
    std::optional<SpanChoice> statedSpanIn(const QString &text, const QString &source) const;
    /// statedSpanIn, when the span has both a start and an end time (not an end from a
    /// length); nullopt otherwise.
    std::optional<SpanChoice> wholeSpanIn(const QString &text, const QString &source) const;
    /// The first timed entry on `day` (written or carried), or null: where an incident whose
    /// day alone is stated starts when the timeline's first sign of impact comes days later.
    const PendingEvent *firstTimedOn(const QDate &day) const;
    /// The incident's day when only a time is stated: the first date of the summary, the
    /// Duration line, the timeline, the front matter, then the title. Invalid when none.
    QDate statedIncidentDay();
    /// The front matter's date as the incident's day: the day before when the summary opens
    /// with "yesterday"; with `toldAsToday`, only when it says "today" or "this morning" (or
    /// "yesterday"). Invalid otherwise.
    QDate postsDay(bool toldAsToday);
    /// The span's start and end dated from the month and day written with them and the year
    /// of the document (title, else first full date); the import report notes it.
    void datesWithoutYear(ImportTime::Span &span);
    /// `day` in the year of the document: the title's first date (with `titleFirst`), else the
    /// text's first full date; noted in the report. Invalid when neither gives a year or the
    /// day does not exist in it.
    QDate inDocumentsYear(const ImportTime::MonthDay &day, bool titleFirst);
    /// The incident's day when no statement and no timeline give a start (a report without
    /// times); nullopt when the document gives no date.
    std::optional<SpanChoice> incidentDayOnly();
    /// The first two days of `text` joined as a range ("between 2022-12-25 and 2022-12-30",
    /// "October 9 - October 23, 2025"), the second later than the first and within a year.
    std::optional<std::pair<QDate, QDate>> statedDayRange(const QString &text) const;
    /// The second day of a range of days that starts on `start`, in the Duration line, the
    /// summary or the title; invalid when none.
    QDate statedRangeEnd(const QDate &start) const;
    /// The summary's range of days when it holds `moment`'s day (a Date line without a time).
    std::optional<SpanChoice> dayRangeOver(const SpanChoice &moment) const;
    /// A document whose one time of day is told with a recovery ("when: Thu, 3 Jan 2013 14:37
    /// PST" over "Service was restored …"; a status page's resolution note): the time is the
    /// end, posted when the service was back, and the start is not stated. Needs no timed
    /// timeline entry and readKind's Resolution for the sentence that holds the time (or the
    /// one after it when the time stands alone). A time stamped on a line of its own (the
    /// Duration line's "When: …") also becomes the note's one timeline entry, a resolution.
    /// Noted in the report.
    void loneMomentOfRecovery(SpanChoice &choice);
    /// A start without an end, from statements or the timeline: the end a recovery sentence
    /// tells (endCueBefore: "brought systems back online by 4:58 PM PST", "service was
    /// restored at 16:05") in the summary, the impact, the resolution, then the other prose —
    /// the first such
    /// time later on the start's day than the start, in the start's zone when both name one.
    /// Noted in the report as a guess; `choice` is left alone when no sentence tells one.
    void endFromRecoverySentence(SpanChoice &choice);
    void completeSpanDates(SpanChoice &choice);
    void reportSpan(const SpanChoice &choice, const TimelineBounds &bounds);
    /// The impact-bearing stretch of the timeline: moves `firstTimed`/`lastTimed` past lead-up
    /// and follow-up entries a day or more apart from the rest (they stay in the timeline).
    void skipLeadUpAndFollowUp(const PendingEvent *&firstTimed, const PendingEvent *&lastTimed);
    void resolveZone(const SpanChoice *choice);
    void resolveTimelineDates();
    void resolvePercent();
    /// The largest share of users of \a values (stated in \a source), kept as stated.
    void takePercent(const QList<double> &values, const QString &source);
    void resolveRootCause();
    void fenceFrontMatter();
    /// A status page's "Identified" update ("**Identified** - The errors come from …") as the
    /// root cause; false when there is none with more than the stock words.
    bool rootCauseFromIdentifiedUpdate();
    /// Takes \a text, a sentence that names the root cause, as the root cause, and says so.
    void takeNamedRootCause(const QString &text);
    /// The lead paragraphs above the first heading, each joined into one line.
    QStringList leadParagraphs() const;
    /// The lead's or summary's sentence that says what failed, when nothing states a cause.
    void rootCauseFromFailureStatement();
    /// The root cause from the status update that names the part at fault ("an issue with our
    /// worker services"); `updates` are the status updates' texts in document order.
    void rootCauseFromFaultyPart(const QStringList &updates);
    void noteStatedValues();
    void writeReport();

    QList<Line> m_lines;
    QString m_text;
    Postmortem m_pm;
    QHash<QString, qsizetype> m_sectionIndex; ///< heading → last section of that name
    qsizetype m_sectionsIndexed = 0;          ///< m_pm.sections read into m_sectionIndex
    ImportReport m_report;
    bool m_dayFirst = false;
    ImportTime::ClockForms m_clockForms; ///< the document's own ways of writing a time
    int m_titleLine = -1;
    int m_bylineLine = -1; ///< the byline read into the authors

    Part m_part = Part::Preamble;
    QString m_partHeading;
    int m_partLevel = 0;
    Label m_field = Label::None;
    bool m_prevBlank = true;
    bool m_softBreak = false;  ///< appendTo joins with a space: the line is a wrapped one
    bool m_structured = false; ///< a section label was recognised somewhere
    QSet<int> m_partsNamed;    ///< the Label values named by a heading or label line

    QString m_durationText;
    QString m_durationLabel; ///< the label of the first Duration line ("Duration", "Date")
    QString m_startText;
    QString m_endText;
    /// The start and end come from a status page's front matter with an ISO 8601 offset: the
    /// instant is exact, but the zone the document's own times are written in is the prose's.
    bool m_spanZoneFromFrontMatter = false;
    /// The start and end lines are a status page's front matter ("date", "resolvedWhen").
    bool m_startFromStatusPage = false;
    QString m_frontMatter;
    QString m_frontMatterTitle;      ///< "title:" of the front matter
    QSet<QString> m_frontMatterUsed; ///< front-matter keys read into fields
    QString m_frontMatterSummaryKey; ///< the front matter's summary key, as written
    QString m_frontMatterSummary;    ///< its value: the summary when the body gives none
    QString m_frontMatterKey;        ///< key of the front-matter line being kept
    QList<QStringList> m_intro;      ///< paragraphs before any section, as lines
    int m_introFirstLine = 0;        ///< line number of m_intro's first line
    bool m_sawSummary = false;
    bool m_sawSummaryLabel = false;
    QStringList m_otherProse;           ///< prose of additional sections, for a span stated there
    qsizetype m_otherProseHeading = -1; ///< index in m_otherProse of the last heading

    // several incidents
    int m_timelineLevel = 0;           ///< heading level of the timeline section
    bool m_titleAfterTimeline = false; ///< a heading above that level came after it
    bool m_otherIncident = false;
    int m_otherIncidentLine = 0;
    bool m_otherHasBody = false;

    // timeline
    QList<PendingEvent> m_events;
    KindOfText m_kindOf;     ///< inferKind, each text read once
    QString m_codeBlockWord; ///< "Code block" in the report's language, once translated
    QString m_htmlWord;      ///< "HTML" in the report's language, once translated
    bool m_eventOpen = false;
    int m_headingEntry = -1; ///< index of an entry written as a heading, taking its body
    int m_loneStamps = -1;   ///< isLoneStamp's count of such lines (up to 2), -1 until asked
    int m_eventLine = -1;    ///< the last line read into m_events.last() (index)
    std::optional<EventKind> m_groupKind;
    int m_groupDepth = 0;
    int m_firstTimelineLine = 0;
    /// The timeline's notes state the day its entries happened on ("Unless otherwise noted
    /// all events happened on 2019-10-21"): an entry dated otherwise does not carry its day.
    bool m_timelineDayStated = false;
    int m_lastTimelineLine = 0;
    int m_timedListEnd = -1;       ///< last line of a timed list read as the timeline
    int m_timedTableEnd = -1;      ///< last row of a timed table read as the timeline
    int m_timelineIntroEnd = -1;   ///< last line of a paragraph that introduces the timeline
    bool m_afterTimedList = false; ///< a paragraph after the timeline's timed list tells on
    int m_hasTimelineSection = -1; ///< -1 not yet known, else 0/1
    int m_logBlockFrom = -1;       ///< first line of the code block last judged a log
    int m_logBlockTo = -1;         ///< its last line
    bool m_logBlock = false;       ///< whether that block is a timestamped log
    int m_partEventsFrom = 0;      ///< m_events' size when the current part began
    int m_timelineRun = 0;         ///< PendingEvent::run of the entries read now
    int m_timeHeadingLevel = 0;    ///< level of the time headings that make up the timeline

    // measures
    QString m_category = QStringLiteral("task");
    bool m_groupDone = false; ///< the items' group is named as done ("Completed ✅")
    /// The sub-heading that named the measures' open group while it holds no item yet: kept
    /// with the group's text when it holds only prose ("### Mitigation" over "None."), -1 else.
    int m_groupHeadingLine = -1;
    bool m_sawList = false;
    bool m_itemOpen = false;    ///< the last list item may continue on the next line
    bool m_pendingOpen = false; ///< the last pending (non-list) item may continue
    int m_stepsOf = -1;         ///< action item whose steps the following bullets are
    int m_itemDepth = 0;        ///< list depth of the last item read as an action item, or 0
    /// Lines under a sub-heading that names one measure: its description (code, lists and
    /// tables included), kept in the section until the next heading.
    bool m_measureBody = false;
    QList<PendingItem> m_pendingItems;
    QStringList m_tableColumns; ///< header cells of the last table in the measures
    /// The header and delimiter rows of a table in the timeline or the measures, held until a
    /// row of it is kept as text (they are written first) or the table ends with every row read
    /// into entries or items (they are dropped: the column names were read, not kept).
    struct
    {
        QString heading;
        QStringList lines;
    } m_pendingTableHead;
    QString m_actionTable; ///< first header cell of an action-item table being read

    // root cause and resolution
    bool m_inResolution = false;
    QString m_paragraph; ///< a paragraph being gathered (resolution-and-prevention part)

    int m_line = -1;           ///< index of the line being read
    int m_remarkLine = -1;     ///< index of the last line of the measures read as a remark
    int m_boldTitles = 0;      ///< bold lines read as titles that named a part
    int m_boldTitleLine = -1;  ///< index of the last bold line read as a title
    int m_sectionHeadings = 0; ///< headings read so far, the title's aside
    int m_lessonsLevel = 0;    ///< heading level of a "Lessons learned" section we are inside
    int m_consumedUpTo = -1;   ///< lines already read with a status update
    int m_statusUpdates = 0;

    QList<KeptRun> m_kept;
    QString m_rootCauseSource;
    /// Per action item: its text when last folded, and that text simplified and case-folded
    /// (addAction's repeat check).
};

} // namespace Hindsight::Import
