// Date, time and time-zone recognition for the Markdown importer.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>

#include <algorithm>
#include <optional>

namespace Hindsight {
class FastRegex;
}

namespace Hindsight::ImportTime {

/// Whether the text holds an ASCII digit, which every time, date and number form the importer
/// reads needs (\d without Unicode properties): a cheap test before a search, which allocates
/// (most of its cost under AddressSanitizer, tests/fuzz/README.md).
inline bool hasAsciiDigit(QStringView s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A wall-clock time found in text. `pos`/`length` index the searched string (UTF-16 units);
/// `time` has minute precision (seconds are dropped).
struct TimeHit
{
    qsizetype pos = -1;
    qsizetype length = 0;
    QTime time;
};

/// A calendar date with a year found in text ("February 15, 2024", "15 Feb 2024", "2024-02-15",
/// "2024-Feb-15", "02/15/2024", "November 5th ’24"). Dates without a year ("July 2nd") are not
/// reported.
struct DateHit
{
    qsizetype pos = -1;
    qsizetype length = 0;
    QDate date;
};

/// A time zone named in text: its label as written ("UTC", "PDT", "GMT+1") and its offset from
/// UTC in minutes (UTC+1 = 60). `pos`/`length` index the searched string.
struct ZoneHit
{
    qsizetype pos = -1;
    qsizetype length = 0;
    QString label;
    int utcOffsetMinutes = 0;
};

/// Offset from UTC in minutes for a zone abbreviation or name ("UTC", "PST", "CEST", "Pacific",
/// "GMT+5:30", "UTC-7", "Eastern time", "Central European Summer Time", "Europe/Berlin"),
/// matched case-sensitively for abbreviations; names written out start with a capital. IANA
/// ids use the system's tz database at noon on `date` (standard time without a date). US zones
/// given without daylight/standard ("PT", "Eastern") use the US daylight-saving rule (second Sunday
/// of March to first Sunday of November, since 2007) on `date`; with an invalid date they use
/// standard time. nullopt for unknown labels. Table source: see importtime.cpp.
std::optional<int> zoneOffset(const QString &label, const QDate &date = QDate());

/// All times of day in `text`, in order: 12-hour ("10:00 PM", "1:30pm", "8.25 PM", "10 a.m.",
/// "12:00 AM" = 00:00, "12:00 PM" = 12:00), 24-hour ("22:05", "09:15:30", "10h30") and
/// military ("2305HRS"; "1506 UTC", "1900 and 2100 UTC" only with a zone). Invalid
/// values (25:00, 13 PM) are skipped. Returns at most `maxHits` hits; only the first
/// `maxScan` characters of `text` are searched so huge inputs stay cheap.
QList<TimeHit> findTimes(const QString &text, int maxHits = 64, qsizetype maxScan = 20000);

/// All dates with a year in `text`, in order. Numeric dates "a/b/yyyy" (also '-' and '.') and
/// "a/b/yy" (also '-'; the two-digit year read as POSIX strptime's %y: 69-99 -> 19xx, 00-68 ->
/// 20xx) are read as month/day unless the first number is > 12 or `dayFirst` is true (then
/// day/month); the rule of shared/corpus/LABELING.md. Same limits as findTimes.
QList<DateHit> findDates(const QString &text, bool dayFirst = false, int maxHits = 64,
                         qsizetype maxScan = 20000);

/// A day written without a year ("July 2nd", "on 15 February", "Feb. 3"): month 1-12, day
/// 1-31, position in the searched string. Month names only, capitalised as written in prose;
/// numeric "7/2" is too ambiguous without a year.
struct MonthDay
{
    qsizetype pos = -1;
    qsizetype length = 0;
    int month = 0;
    int day = 0;
};

/// The first MonthDay in `text` that is not part of a full date; nullopt when none.
std::optional<MonthDay> findMonthDay(const QString &text, qsizetype maxScan = 20000);

/// `day` in the year of `from`, or in the next year when it would come before `from` (an end
/// written without its year: "Dec 31 23:00 → Jan 1 01:00"). Invalid when the day does not exist.
QDate onOrAfter(const MonthDay &day, const QDate &from);

/// True when `text` contains a numeric date whose first number is > 12 ("15/01/2021"), i.e. the
/// document writes day/month.
bool looksDayFirst(const QString &text);

/// The zone written right after position `pos` in `text` (after blanks and an opening
/// parenthesis): "10:00 PM (UTC)", "15:00 UTC", "10:00Z", "2305HRS EAT", or an ISO 8601 /
/// RFC 3339 offset glued to a time with seconds or after "T" ("17:36:00+00:00"; "10:00-11:00"
/// is a range, no zone). nullopt when none.
std::optional<ZoneHit> zoneAfter(const QString &text, qsizetype pos, const QDate &date = QDate());

/// The zone written right before position `pos` in `text`, separated by blanks only:
/// "UTC 05:13", "(PST) 10:00". nullopt when none.
std::optional<ZoneHit> zoneBefore(const QString &text, qsizetype pos, const QDate &date = QDate());

/// The zone a sentence declares for all the document's times: "All times in PDT (UTC-7).",
/// "Times are UTC", "All times are in Eastern time", "Timezone: CET", a table header "Date
/// (UTC)" / "Time (PDT)". nullopt when `text` makes no such statement.
std::optional<ZoneHit> declaredZone(const QString &text, const QDate &date = QDate());

/// The first zone abbreviation anywhere in `text` (whole word, from the table; "Z" is only
/// accepted right after a digit). nullopt when none.
std::optional<ZoneHit> firstZone(const QString &text, const QDate &date = QDate(),
                                 qsizetype maxScan = 20000);

/// A time span as a sentence states it: "from March 3, 2025, 11:00 PM to March 4, 2025, 1:30 AM
/// (UTC)", "from 9:00 AM to 11:00 AM on June 2, 2025", "May 6, 2025, 08:00 AM - May 6, 2025,
/// 12:00 PM". Dates are attached to the nearest time before which they stand,
/// or, when a date follows the times, to both. A date right after the start time is the
/// start's ("23:30 UTC on 31 October 2025 to 01:15"); then a date after the end time is the
/// end's. An end without its own date that is earlier than the start moves to the next day.
/// `*Text` hold the words used for each time.
struct Span
{
    QDate startDate;
    QTime startTime;
    QString startText;
    QDate endDate;
    QTime endTime;
    QString endText;
    std::optional<ZoneHit> zone;
    bool endFromLength = false; ///< the end is the start plus a stated length ("lasted 3 hours")
    /// The start's and the end's month and day when written without a year ("Jul 7 14:00 →
    /// Jul 8 11:13"), set only where startDate or endDate is not; the year is the document's.
    std::optional<MonthDay> startDay;
    std::optional<MonthDay> endDay;
};

/// Minutes a phrase of duration states: "lasted 3 hours", "for a duration of 2 hours 40minutes",
/// "for approximately 45 minutes", "for 2.5 hrs", "lasted 16h 45m", "a 24-minute outage".
/// nullopt when `text` states none.
std::optional<int> statedDurationMinutes(const QString &text);

/// Minutes a sentence states the whole incident took, counted from its start or its report:
/// "was resolved in 2 hours and 5 minutes from the time of report", "It took 1 hour and 10
/// minutes from the start of the incident to the deploy of the fix". Without "from the start /
/// time / beginning of" a length may be of a part of the work ("the deploy took 5 minutes"):
/// nullopt, as when `text` states no length.
std::optional<int> statedLengthFromStart(const QString &text);

/// Minutes a sentence states the service was out: "bloomx.app went down for about 40 minutes",
/// "the API was unavailable for 2 hours and 10 minutes" — a state of the service and its
/// length, which counts from the start as a stated duration does. nullopt when `text` states
/// none.
std::optional<int> statedOutageLength(const QString &text);

/// A span only when `text` states one as such: two times joined as a range ("from 09:00 to
/// 11:15", "between ~14:00 and 3:20 PM", "4:05AM PST 11-02-18 to 4:50AM PST 11-02-18",
/// "09:30 AM - 10:45 AM", "22:26 ~ 22:53" with the wave dash East Asian writing uses for
/// ranges, JIS X 4051), or one time followed by a stated duration ("at 21:10 the outage
/// lasted 3 hours"; not when the time is the end: "lasted 10 minutes, ending at 23:34"). Two
/// unrelated times in one sentence ("paged at 09:12 ... acknowledged at 09:15") are not a span.
/// nullopt otherwise. Dates and zone as parseSpan reads them.
std::optional<Span> findSpan(const QString &text, bool dayFirst = false);

/// Reads a span from `text` (see Span). Fields stay invalid when the text does not give them;
/// with a single time only the start is set. With no time but dates, the first date is the
/// start date and a later distinct date the end date. "lasted N hours/minutes" after a start
/// gives the end.
Span parseSpan(const QString &text, bool dayFirst = false);

/// A moment that leads a line: optional emphasis ("**"), optional date, a time, optional zone,
/// then a separator (":", "-", "–", "|", ")"). E.g. "- 11:00 PM (UTC):Alert fired" after the
/// list marker, "June 2, 2025, 09:20 AM (UTC): The queue…", "1415HRS - A customer wrote…",
/// "**11:00 PM (UTC):** The alert…", "[23:05] paged". `time` may be invalid when the line leads
/// with a date only (then `rest` is what follows the date). `text` is the words used for the
/// moment without separators; `rest` is the remainder of the line.
/// A date without a year right before the time ("[03-26 17:40]", "Mar 26, 10:00") is given as
/// `month` and `day` (1-based; 0 when absent), `date` staying invalid: the year comes from the
/// document. Numeric ones are month-day unless the first number is > 12 or `dayFirst`. A
/// month's name and day alone on the line ("Nov 26", "**3rd March**") lead too: `time` and
/// `date` invalid, `month`/`day` set, `rest` empty.
struct Leading
{
    QDate date;
    QTime time;
    QString text;
    QString rest;
    std::optional<ZoneHit> zone;
    int month = 0;
    int day = 0;
};

/// Clock times one document writes without a colon, beyond the forms any document may use:
/// four digits closed by a colon or dash ("1742: the vendor posts an update …", "[1801](link):
/// …"; the 24-hour clock as armed forces write it, four digits and no separator), or hour and
/// minutes with a full point before a word ("11.55 alerts fire", as British style guides such
/// as New Hart's Rules write times). On their own such numbers are years, amounts and section
/// numbers, so they are times only in a document whose lines lead with them at least three
/// times (clockForms).
struct ClockForms
{
    bool fourDigit = false;
    bool dotted = false;
    bool any() const { return fourDigit || dotted; }
};

/// The ClockForms `text` (a whole document; its first 200,000 characters) leads lines with.
ClockForms clockForms(const QString &text);

/// Parses a leading moment (see Leading); nullopt when the line does not start with a time or
/// a date. Only the first few hundred characters are examined. `forms` adds the document's
/// own ways of writing a time (see ClockForms).
std::optional<Leading> parseLeading(const QString &line, bool dayFirst = false,
                                    ClockForms forms = {});

namespace detail {
/// The pattern of a zone label (see zoneAfter), shared by the readers of times (importtime.cpp)
/// and of spans (importspan.cpp); not for other callers.
const FastRegex &zoneTokenRegex();
/// A ClockForms time at `at` in `s`: the time and where it ends; nullopt when none.
std::optional<std::pair<QTime, qsizetype>> bareClockAt(const QString &s, qsizetype at,
                                                       ClockForms forms);
/// A two-digit year as POSIX strptime's %y reads it: 69-99 are 1969-1999, 00-68 are
/// 2000-2068. Shared by the readers of dates (importtime.cpp, importdateorder.cpp).
int fullYear(int twoDigits);
} // namespace detail

} // namespace Hindsight::ImportTime
