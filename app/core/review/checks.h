// The review rules, one function per concern; reviewPostmortem (core/reviewchecks.h) runs
// them over a ReviewDocument. Internal to app/core.
#pragma once

#include "core/review/reviewdocument.h"
#include "core/reviewchecks.h"

#include <QCoreApplication>
#include <QList>

namespace Hindsight::Review {

/// Context of the findings' messages (lupdate reads the macro's argument).
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::ReviewChecks)
};

/// Collects findings. `category` is one of the review set's category names or "other".
class Findings
{
public:
    void add(const char *rule, const char *category, FindingSeverity severity,
             const QString &message, FieldId field = FieldId::Document, int index = -1,
             const QString &excerpt = {}, int offset = -1)
    {
        m_list.append({QString::fromLatin1(rule),
                       severity,
                       message,
                       {field, index, excerpt, offset},
                       QString::fromLatin1(category)});
    }
    QList<Finding> &list() { return m_list; }

private:
    QList<Finding> m_list;
};

/// The name a message uses for the template the document follows ("The course format",
/// "Google SRE's template", "Atlassian's template", "PagerDuty's template").
QString templateName(Style style);
/// templateName() as it reads inside a sentence: "the course format", but "Google SRE's
/// template" keeps its capital (translated separately: languages differ in what changes).
QString templateNameInSentence(Style style);

/// Duration, time zone, % of users, root cause in the summary, the timeline's detection,
/// escalation, misleading paths and resolution, measures, length.
void checkRequirements(const ReviewDocument &doc, Findings &out);
/// Impossible dates, % of users outside 0–100, timeline order, start/end against the
/// timeline, stated length against start and end.
void checkConsistency(const ReviewDocument &doc, Findings &out);
/// Owner, due date, vagueness, duplicates.
void checkActionItems(const ReviewDocument &doc, Findings &out);
/// Blameless wording in every section and the timeline.
void checkBlame(const ReviewDocument &doc, Findings &out);
/// Misspelled ordinary words.
void checkSpelling(const ReviewDocument &doc, Findings &out);

/// True for a measures placeholder ("To be agreed at the review meeting", "TBD").
bool isPlaceholderAction(const QString &text);

/// Percentages of users in `text` (value as written), per the review set's definition: a
/// share of a group of users ("12% of mobile users", "users affected: 30%").
QList<double> userPercentages(const QString &text);

} // namespace Hindsight::Review
