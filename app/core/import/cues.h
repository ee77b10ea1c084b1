// Import: sentence and line cues shared by the field readers (a resolution starting, a
// cause stated, a measure announced, a chat line, entries merged on one line).
#pragma once

#include "core/import/vocabulary.h"
#include "core/importlines.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Hindsight::Import {

using ImportLines::Line;
using ImportLines::LineKind;

;

bool isResolutionCue(const QString &sentence);

/// A sentence-level split point where a resolution starts inside a paragraph, or -1.
qsizetype resolutionSplit(const QString &text);

/// A paragraph wholly in parentheses, or a template's placeholder in italics and angle
/// brackets ("*<What will we do to prevent a recurrence?>*"): an aside about a list, not an
/// item of it.
bool isAside(const QString &content);

/// A closing remark after action items ("By implementing these measures, we aim …", an
/// apology or thanks to the readers).
bool isClosingRemark(const QString &text);

/// A line that is only a picture ("![](…)", "(https://…/prevent.png)", an <img> turned into
/// Markdown) or, when not a list item, only a link or web address: no words of a measure.
bool isPictureOrLink(const QString &content, bool listItem);

/// Cells of a table row's content (outer pipes already removed): split at '|' not escaped
/// as "\|", each trimmed.
QStringList splitCells(const QString &content);

bool endsSentence(const QString &text);
/// `text` is left hanging: it ends with a comma, a dash, an open parenthesis or a function word
/// ("and", "to", "the", "at", …), so the next line goes on with it.
bool endsUnfinished(const QString &text);

bool startsUpper(const QString &text);

/// Markdown text of a line for a prose field: list items and other lines keep their markers
/// and indentation, headings give their text.
QString displayText(const Line &line);

/// A line of a chat log pasted into a document: a speaker and a time ("liggitt [6:27 AM]",
/// "Katharine   [07:16 AM] text", "Katharine [3 hours ago]", "[10:02] <alice> text", "<alice>
/// text").
/// Formats of Slack and IRC exports.
bool isChatLine(const QString &content);

/// A sentence announcing measures that follow ("So that this cannot happen again, we changed
/// three things:", "Below are the steps we took against a repeat:").
bool isPreventionIntro(const QString &text);

/// Sentences of `text` (split after . ! ? before an upper-case letter, quote or parenthesis).
QStringList splitSentences(const QString &text);

/// A sentence stating a cause ("caused by", "due to", "a bug in", "ran out of memory").
bool hasCauseCue(const QString &sentence);

/// A sentence that states a cause outright: "because", "due to", "caused by", "was triggered
/// by", "the root cause", "as a result of" before what caused it (not "as a result of the
/// incident", which is a consequence).
bool statesCause(const QString &sentence);

/// A sentence that says what part of the system broke ("Our database server crashed", "the
/// provider cut off the server", "a power outage"), not what users saw ("Downloads failed").
bool statesWhatBroke(const QString &sentence);

/// Text saying the cause is not known yet: "the root cause is still unknown", "we are still
/// investigating why", "under investigation".
bool saysCauseUnknown(const QString &text);

/// A sentence on what "we" will do so it does not happen again ("… so that in the future we
/// …", "going forward we …"), not what was done to that end ("had been meant to …").
bool isMeasureToCome(const QString &sentence);

/// A paragraph describing the response or recovery in a narrative ("I quickly realized",
/// "we restored", "rolled back").
bool hasResponseCue(const QString &text);

/// A paragraph of a narrative whose first sentence says who or what was affected.
bool isImpactParagraph(const QString &text);

/// A sentence of a narrative that states a measure taken since ("We have since changed the job
/// to run hourly.", "From now on we …").
bool isNarrativeMeasure(const QString &sentence);

/// A sentence that states a measure: an imperative ("Add alerting …"), or a decision or plan
/// ("… will be cut", "it is decided", "needs to", "has been put in place"). Sentences that
/// lead with a pronoun ("This will help …") explain the measure before them instead.
bool isMeasureSentence(const QString &sentence);

/// Whether `text` says there is no item where one would stand: "N/A", "None.", "Nothing", "Nil"
/// (the form convention of "not applicable").
bool saysNoItem(const QString &text);

/// A line that names a measure in the progressive, as measures lists without markers are often
/// written ("Replacing the failed disk", "Implementing a load balancer"; several corpus
/// write-ups list their measures so). Gerunds that are also nouns of findings ("Monitoring
/// showed …", "Testing found …") are left out.
bool isProgressiveMeasure(const QString &line);

/// `text` cut where a sentence adds a second measure ("… Additionally, I have set up …").
QStringList splitAdditiveMeasures(const QString &text);

/// A measure written as a numbered paragraph rather than a list item ("***1) Creating an
/// executable renewal script***", "2. Updating certbot", "Step 3: …").
bool isEnumeratedParagraph(const QString &content);

/// A status update led by its status word and the time of the update ("**Update: 18:52**
/// Traffic is back", "Resolved 21:05 - …"): the status word as written ("Update") and the
/// position right after it, where the time starts. nullopt for other text.
struct StatusLead
{
    QString status;
    qsizetype timeAt = 0;
};
std::optional<StatusLead> timedStatusLead(const QString &content);

/// A status update's heading ("Investigating 2025-01-04 9:27a") as a timeline entry: the time
/// first, then the phase the update was posted under ("2025-01-04 9:27a Investigating:"), so
/// the entry keeps the word and its kind reads it. A name after the moment ("Update 17:30 CDT:
/// Service is available") follows the word, ended as a sentence ("17:30 CDT Update: Service is
/// available."). Other text comes back unchanged.
QString statusWordAfterTime(const QString &content);

/// Where a line holds several entries ("… troubleshooting. - 11:00 AM: Traffic …", "10:00
/// alert<br>10:05 paged"): for each further entry, the position of the separator before it
/// and of its first character. A " - " separator counts when a time or a section label
/// follows it; a <br> when a time, a date or a timed status update follows it; a sentence's
/// end when a time and a dash follow it ("… acknowledged. 05:07 - Jonas joins").
QList<QPair<qsizetype, qsizetype>> mergedEntryStarts(const QString &content, bool dayFirst);

/// A timeline written as prose ("At 10:00 the alert fired. We looked at the graphs. At 10:10
/// we paged the database team."): the line cut before each sentence that opens with its time.
/// One piece when fewer than two sentences open with a time.
QStringList proseEntries(const QString &content);

/// `text` as a reader sees it, for timeline event and action item texts: strong and emphasis
/// markers ("**Detection:**", "_x_"), backslash escapes ("\\<"), hard line breaks (a trailing
/// "\\") and <br> tags removed; words, code spans and links kept. Lines (code blocks kept
/// with an entry) stay as they are. Texts longer than 4 × kScan are returned unchanged.
QString withoutMarkup(const QString &text);

/// Whether the words before a time a summary gives say the incident ended then: a recovery
/// word and "by", "at" or "as of" ("was fixed by 10:05AM ET", "resolved on 04/15/2021 at"), or
/// a state that lasted until it (its day perhaps between: "lasted until Friday, November 18th,
/// at").
bool endCueBefore(const QString &before);

} // namespace Hindsight::Import
