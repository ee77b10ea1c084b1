// A postmortem as the review checks read it: its text grouped by the part of a postmortem it
// belongs to, its timeline entries with their times, and its action items with owner and due
// date. Built from the model (core/postmortem.h); reads only the text of its fields.
#pragma once

#include "core/postmortem.h"
#include "core/postmortemfields.h"
#include "core/review/actionitemfacts.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hindsight::Review {

/// The parts of a postmortem the requirements talk about. Section headings of the course
/// format, Google SRE, Atlassian and PagerDuty templates map onto them ("Overview" and
/// "Incident summary" are Summary; "Fault", "Trigger", "Five whys" are Cause; "Recovery" is
/// Resolution; "Lessons Learned", "How'd We Do?" are Lessons).
enum class Part {
    Title,
    Summary,
    Impact,
    Cause,
    Resolution,
    Detection,
    Response,
    Timeline,
    Actions,
    Lessons,
    Other
};

/// The template a document follows, judged from its headings.
enum class Style { Course, GoogleSre, Atlassian, PagerDuty, StatusPage };

/// A piece of the document's text. `field` and `index` are a FindingLocation's.
struct Block
{
    Part part = Part::Other;
    FieldId field = FieldId::Document;
    int index = -1;
    QString heading;
    QString text;
    int offset = 0; ///< UTF-16 index of `text` in the text of its field, row or section
};

/// A timeline entry: the time that begins it (minutes after midnight, document zone), its
/// date when known, and its text. `timelineNumber` tells two timelines of one document apart.
struct Entry
{
    FieldId field = FieldId::Document;
    int index = -1;
    int minutes = 0;
    QDate date;
    QString text;
    int timelineNumber = 0;
};

/// An action item with what its text says about owner and due date.
struct Action
{
    FieldId field = FieldId::Document;
    int index = -1;
    QString text;
    ActionItemFacts facts;
    bool done = false; ///< ticked off ("- [x]"): needs no due date any more
};

/// The incident's start and end as the document states them.
struct StatedDuration
{
    bool found = false;       ///< a duration statement (label or sentence) exists
    std::optional<int> start; ///< minutes after midnight
    std::optional<int> end;
    QDate startDate;
    QDate endDate;
    std::optional<int> length; ///< stated length in minutes
    bool approximate = false;  ///< the length is hedged ("about 2 hours")
    QString text;              ///< the statement
    bool fromModel = false;    ///< start and end are the model's fields (a native document)
};

class ReviewDocument
{
public:
    explicit ReviewDocument(const Postmortem &pm);

    const Postmortem &postmortem() const { return m_pm; }
    const QList<Block> &blocks() const { return m_blocks; }
    QList<const Block *> blocks(Part part) const;
    /// All text of a part, blocks joined by blank lines.
    QString text(Part part) const;
    /// The whole document's text (headings included), for facts stated anywhere.
    const QString &allText() const { return m_all; }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<Action> &actions() const { return m_actions; }
    /// True when the document has a measures section (even an empty or placeholder one).
    bool hasMeasuresSection() const { return m_measuresSection; }
    Style style() const { return m_style; }
    const StatedDuration &duration() const { return m_duration; }
    /// The incident's date (start date, else first date in the document), or invalid.
    QDate incidentDate() const { return m_incidentDate; }
    /// Whitespace-separated tokens with a letter or digit, over the document's text and the
    /// headings it had (README of the review set: "Word count").
    int wordCount() const { return m_words; }

private:
    void addSections();
    void splitEmbeddedHeadings();
    void addTimeline();
    void addActions();
    void parseSectionEntries(const Block &block, int timelineNumber);
    void parseSectionActions(const Block &block);
    Action tableAction(const Block &block, const QStringList &header,
                       const QStringList &cells) const;
    void findDuration();
    /// `minutes` after midnight on `date` (invalid when undated), written at UTC+`writtenOffset`,
    /// moved into the incident's zone (the start's offset, else the document's; ISO 8601
    /// offsets), the date following across midnight. Unchanged when either offset is unknown.
    void readInIncidentZone(int &minutes, QDate &date, std::optional<int> writtenOffset) const;
    void readEndInTheStartsZone(StatedDuration &d) const;
    /// The stated start and end where the importer placed them in the incident's zone, when
    /// they were written in another zone (the clock time in Moment::text is the one read).
    void readBoundsAsImported(StatedDuration &d) const;
    void judgeStyle();

    const Postmortem &m_pm;
    QList<Block> m_blocks;
    QList<Entry> m_entries;
    QList<Action> m_actions;
    bool m_measuresSection = false;
    Style m_style = Style::Course;
    StatedDuration m_duration;
    QDate m_incidentDate;
    QString m_all;
    int m_words = 0;
};

/// `markdown` with its code blanked: fenced and indented code blocks (cmark-gfm's reading of
/// the top-level blocks) and code spans become spaces, line breaks stay, so positions and
/// lengths are the same as in `markdown`. What the author states is prose; dates, times and
/// percentages in pasted logs or commands are not statements about the incident.
QString proseOf(const QString &markdown);

/// The part a section heading names ("Detection", "Follow-up tasks", "How'd We Do?"…).
Part partForHeading(const QString &heading);

} // namespace Hindsight::Review
