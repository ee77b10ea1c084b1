// Scanners for the facts a reviewer reads in postmortem prose: clock times, calendar dates,
// time zones, lengths of time, percentages and content words. No Markdown parsing, no I/O.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hindsight::Review {

/// A clock time in text: "06:40", "11:50 PM", "9 PM". `minutes` is minutes after midnight
/// (0..1439) after converting 12-hour times (12:10 AM = 10, 12:10 PM = 730); a 24-hour time
/// with a needless suffix ("13:55 PM", "00:30 AM") is read as the 24-hour time.
struct ClockTime
{
    qsizetype position = 0;
    qsizetype length = 0;
    int minutes = 0;
};
QList<ClockTime> findClockTimes(const QString &text);

/// A calendar date in text: ISO "2024-02-29", "9 July 2024", "July 9, 2024", "31 Dec".
/// `year` is 0 when the text gives none. `exists` is false for a date no calendar has
/// (2023-02-29, 31 June, 2024-13-02); a date without a year exists when it exists in a leap
/// year (February 29).
struct CalendarDate
{
    qsizetype position = 0;
    qsizetype length = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    bool exists = true;
};
QList<CalendarDate> findDates(const QString &text);

/// A date written in digits alone: "3/14", "3/14/26", "03/14/2026" (month first, the United
/// States' numeric order), "14/3" (day first, as British and European writers put it, read so
/// only when the first number cannot be a month), and "14.03.2026" (DIN 5008; the year is
/// required, so a version "3.14" is none). A pair no calendar has in either order ("50/50",
/// "2/30") is not a date. Ambiguous in isolation, so callers use this only where a date is
/// expected (a due date after "due" or "by"); `year` is 0 when not written, a two-digit year is
/// 20YY. Sorted by position.
QList<CalendarDate> findNumericDates(const QString &text);

/// A time zone named in text: an abbreviation from the IANA tz database's list of common
/// abbreviations (UTC, CEST, IST, ACDT, …) or a UTC offset ("UTC+05:30", "GMT-3").
/// `offsetMinutes` east of UTC. Case-sensitive, so "zone" or "eat" never count.
struct ZoneMention
{
    qsizetype position = 0;
    qsizetype length = 0;
    int offsetMinutes = 0;
};
QList<ZoneMention> findZones(const QString &text);

/// A length of time: "1 hour 45 minutes", "90 minutes", "2 hours", "half an hour".
struct TimeLength
{
    qsizetype position = 0;
    qsizetype length = 0;
    int minutes = 0;
};
QList<TimeLength> findLengths(const QString &text);

/// A percentage "45%", "-5 %", "120 percent"; `value` as written.
struct Percentage
{
    qsizetype position = 0;
    qsizetype length = 0;
    double value = 0;
};
QList<Percentage> findPercentages(const QString &text);

/// Lower-case words of `text` (letters, digits, inner hyphens/apostrophes), in order.
QStringList words(const QString &text);

/// A crude English stem (Porter-style suffix stripping: "alerts", "alerting", "alerted" →
/// "alert"), enough to compare paraphrases; not a linguistic analysis.
QString stem(const QString &word);

/// Common English function words ("the", "and", "with", …) that carry no topic.
bool isStopWord(const QString &lowerWord);

/// `text` split into sentences at ". ", "! ", "? ", "; " and line breaks.
QStringList sentences(const QString &text);

/// `text` with Markdown emphasis, code ticks and list/table markers replaced by spaces.
QString plain(const QString &text);

} // namespace Hindsight::Review
