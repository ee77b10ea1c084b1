// The postmortem model: plain value types, no widgets, no I/O.
#pragma once

#include "core/loaddiagram.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Hindsight {

/// A point in time as far as the document gives it. A written postmortem may leave out the
/// date or the zone of a time, so every part is optional and a Moment holds only what is known.
/// - date: calendar date in the document's zone, or invalid QDate() when unknown.
/// - time: wall-clock time in the document's zone (minute precision), or invalid QTime().
/// - utcOffsetMinutes: offset of the zone the time is written in (UTC+1 = 60), or nullopt.
/// - text: the words the source used ("10:00 PM (UTC)"); informational, not compared.
/// Source: the Moment shape of the JSON contract in DESIGN.md.
struct Moment
{
    QDate date;
    QTime time;
    std::optional<int> utcOffsetMinutes;
    QString text;
    /// Set by the importer when the document states no such moment and it was read off a
    /// timeline entry (the first or last of the impact, or one saying the outage began or
    /// ended). The review does not take it as a stated start or end (a timeline alone is not
    /// a duration: shared/review-set/README.md, missing-duration). Not saved, not compared;
    /// an edit of the moment clears it.
    bool fromTimeline = false;
    /// Set by the importer when the document states no such moment and it was computed from
    /// the other one and a stated length ("from 10:05 … for about 1 hour 30 minutes"). The
    /// review does not take it as stated either: a length with a start is
    /// missing-start-or-end (shared/review-set/README.md). Not saved, not compared.
    bool fromLength = false;

    bool isNull() const { return !date.isValid() && !time.isValid(); }
    bool hasDateTime() const { return date.isValid() && time.isValid(); }
    /// Minutes since 1970-01-01T00:00 UTC when date, time and offset are all known; with no
    /// offset the wall-clock time is taken as UTC. nullopt when date or time is missing.
    std::optional<qint64> minutesSinceEpoch() const;
    /// Equality ignores `text`: two moments are the same instant-as-written.
    bool operator==(const Moment &o) const
    {
        return date == o.date && time == o.time && utcOffsetMinutes == o.utcOffsetMinutes;
    }
};

/// Severity levels SEV1 (most severe) to SEV5, the scale used by Atlassian and PagerDuty.
enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4, Sev5 };
/// Life cycle of the written postmortem (not of the incident).
enum class Status { Draft, InReview, Final };

/// Kind of a timeline event. "Misleading" marks an investigation path that turned out wrong.
enum class EventKind {
    Detection,
    Investigation,
    Misleading,
    Escalation,
    Mitigation,
    Resolution,
    Communication,
    Other
};

struct TimelineEvent
{
    Moment at;
    EventKind kind = EventKind::Other;
    QString text; ///< Markdown inline text, single paragraph.
    /// Markdown blocks that belong to the event: the output, log excerpt, quote or table it
    /// introduces ("A describe on the pod gave:" and the code block under it) and any
    /// paragraphs between such blocks. Empty when there are none; never blank-padded. The
    /// native format writes it as a footnote of the event's row (nativeformat.h).
    QString detail;

    bool operator==(const TimelineEvent &) const = default;
};

/// A corrective or preventative measure. `category` is free text; the importer uses
/// "improvement" (improvements/fixes) and "task" (concrete tasks), as in the seeds' format.
struct ActionItem
{
    QString text;
    QString category = QStringLiteral("task");
    QString owner; ///< empty when unassigned
    QDate due;     ///< invalid when no due date
    bool done = false;

    bool operator==(const ActionItem &) const = default;
};

/// A section the model has no field for (kept verbatim, Markdown).
struct Section
{
    QString heading;
    QString text;

    bool operator==(const Section &) const = default;
};

/// The zone in which the document states its times, e.g. {"UTC", 0} or {"PDT", -420}.
struct TimeZoneInfo
{
    QString label;
    int utcOffsetMinutes = 0;

    bool operator==(const TimeZoneInfo &) const = default;
};

/// A value the source states that cannot be true as written, kept as stated so a person or a
/// review check can point at it: a share of users above 100 %, an impossible calendar date
/// ("2021-02-30"), a stated duration that disagrees with the stated start and end.
/// - field: where the value went, as the JSON names it ("impact.usersAffectedPercent",
///   "incident.start", "incident.duration", "text").
/// - stated: the words of the source ("120%", "2024-06-31", "45 minutes").
/// - note: one sentence, English, saying what does not add up.
struct StatedValue
{
    QString field;
    QString stated;
    QString note;

    /// The note of a calendar date that does not exist, as the importer writes it.
    static QString noSuchDateNote()
    {
        return QStringLiteral("No such date: the month has fewer days.");
    }
    bool isNoSuchDate() const { return note == noSuchDateNote(); }

    bool operator==(const StatedValue &) const = default;
};

/// One incident postmortem. Text fields hold Markdown.
struct Postmortem
{
    static constexpr int kSchemaVersion = 1;

    QString title;
    std::optional<Status> status;
    std::optional<Severity> severity;
    QStringList authors;
    std::optional<TimeZoneInfo> timezone;
    Moment start; ///< incident (impact) start
    Moment end;   ///< service restored
    QString impact;
    std::optional<double> usersAffectedPercent; ///< as stated: 0..100, more only when the
                                                ///< source says so (then also in statedValues)
    QString summary;
    QString rootCause;
    QString resolution;
    QList<TimelineEvent> timeline;
    QList<ActionItem> actionItems;
    QList<Section> sections; ///< additional sections, in document order
    /// Id of the template the document was started from or switched to ("google-sre"), or
    /// empty. Only guides the editor (which sections to offer, what to write in them).
    QString templateId;
    /// The order of the body: keys of body fields ("summary", "impact", "timeline",
    /// "rootCause", "resolution", "actionItems"; postmortemfields.h) and one empty string per
    /// additional section, standing for the next entry of `sections`. Empty (the default): the
    /// generic order, every body field in postmortemFields() order, then the sections. Set from
    /// a template's section order (templates.h); the native format keeps it as the order of
    /// its body's headings. Read through bodyParts(), which tolerates any list.
    QStringList bodyOrder;
    /// Load-distribution diagrams (front matter `diagrams:`), placed in the prose by links
    /// "![alt](diagram:<id>)"; a diagram no text links to is kept, not shown.
    QList<LoadDiagram> diagrams;
    /// Speaker notes for presenting the postmortem (render/slides.h), plain text keyed by the
    /// deck section they belong to (NotesKey in speakernotes.h: "key-facts", "root-cause",
    /// "diagram:lb-1", "section:what-went-well", …). Never drawn on a slide. Front matter
    /// `speakerNotes:`, written only when there are notes; an entry is removed, not emptied,
    /// when its text is cleared.
    QMap<QString, QString> speakerNotes;
    /// Values read as stated although they cannot be true (filled by the importer; not saved
    /// in the native format).
    QList<StatedValue> statedValues;
    /// Affected services or components ("checkout-api", "dns"), in the order written. Front
    /// matter `services:` (a flow list), written only when non-empty. Used by the library
    /// (core/library/) to group incidents and find related ones.
    QStringList services;
    /// Contributing-factor tags ("config-change", "capacity", "dependency", "certificate"),
    /// lower-case by convention but kept as written. Front matter `tags:`, written only when
    /// non-empty.
    QStringList tags;

    bool operator==(const Postmortem &) const = default;
};

/// The Markdown prose fields of `pm` that may hold diagram links, in document order: summary,
/// impact, root cause, resolution, then each additional section's text. The pointers are
/// valid while `pm` is not resized.
QList<QString *> proseFields(Postmortem &pm);

// String forms used by the file format, JSON and the UI ------------------------------------

/// "detection", "investigation", … (the JSON contract's names).
QString eventKindName(EventKind kind);
/// Inverse of eventKindName, case-insensitive; nullopt for unknown names.
std::optional<EventKind> eventKindFromName(const QString &name);
QList<EventKind> allEventKinds();
/// "SEV1" … "SEV5".
QString severityName(Severity s);
/// Accepts "SEV2", "sev 2", "2"; nullopt otherwise.
std::optional<Severity> severityFromName(const QString &name);
/// "draft", "in-review", "final".
QString statusName(Status s);
std::optional<Status> statusFromName(const QString &name);

/// "+05:30" / "-07:00" / "+00:00" for an offset in minutes.
QString formatUtcOffset(int minutes);

} // namespace Hindsight
