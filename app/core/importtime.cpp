#include "core/importtime.h"

#include "core/fastregex.h"
#include "core/importtime_p.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringMatcher>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Hindsight::ImportTime {

// Defined below, shared with importleading.cpp (importtime_p.h).
using detail::dateFromMatch;
using detail::dateRegex;
using detail::monthFromName;
using detail::timeFromMatch;
using detail::timeRegex;
using detail::yearIsTimeOfDay;

namespace {

// Time-zone abbreviations and names with their standard offsets from UTC, in minutes.
// Source: the IANA tz database abbreviations as listed by timeanddate.com
// (https://www.timeanddate.com/time/zones/); names written out (kLongZones) from the same
// list; IANA zone ids ("Europe/Berlin") are resolved through QTimeZone (the system's tz
// database). `usDst` marks generic US zone names whose offset
// depends on the date (standard offset given; +60 in US daylight time). `afterTimeOnly` marks
// labels too ambiguous to accept unless they directly follow a time ("PT", "Pacific").
struct ZoneEntry
{
    const char *label;
    int offset;
    bool usDst; ///< a generic name: the offset follows the region's daylight saving by date
    bool afterTimeOnly;
};

/// The IANA zone whose daylight saving decides a generic name's offset ("PT", "Eastern"), or
/// the region a standard/daylight pair ("PST/PDT", "CET/CEST") names. Source: the IANA tz
/// database (zone1970.tab), read through QTimeZone.
struct ZoneRegion
{
    const char *label;
    const char *iana;
};
constexpr ZoneRegion kRegions[] = {
    {"PT", "America/Los_Angeles"},
    {"PST", "America/Los_Angeles"},
    {"PDT", "America/Los_Angeles"},
    {"Pacific", "America/Los_Angeles"},
    {"MT", "America/Denver"},
    {"MST", "America/Denver"},
    {"MDT", "America/Denver"},
    {"Mountain", "America/Denver"},
    {"CT", "America/Chicago"},
    {"CST", "America/Chicago"},
    {"CDT", "America/Chicago"},
    {"Central", "America/Chicago"},
    {"ET", "America/New_York"},
    {"EST", "America/New_York"},
    {"EDT", "America/New_York"},
    {"Eastern", "America/New_York"},
    {"AKST", "America/Anchorage"},
    {"AKDT", "America/Anchorage"},
    {"AST", "America/Halifax"},
    {"ADT", "America/Halifax"},
    {"GMT", "Europe/London"},
    {"BST", "Europe/London"},
    {"WET", "Europe/Lisbon"},
    {"WEST", "Europe/Lisbon"},
    {"CET", "Europe/Berlin"},
    {"CEST", "Europe/Berlin"},
    {"EET", "Europe/Athens"},
    {"EEST", "Europe/Athens"},
    {"AEST", "Australia/Sydney"},
    {"AEDT", "Australia/Sydney"},
    {"NZST", "Pacific/Auckland"},
    {"NZDT", "Pacific/Auckland"},
    {"pacific time", "America/Los_Angeles"},
    {"mountain time", "America/Denver"},
    {"central time", "America/Chicago"},
    {"eastern time", "America/New_York"},
    {"alaska time", "America/Anchorage"},
    {"atlantic time", "America/Halifax"},
};

const char *regionOf(QStringView label)
{
    for (const ZoneRegion &r : kRegions)
        if (label == QLatin1String(r.label))
            return r.iana;
    return nullptr;
}

/// The offset in minutes of IANA zone `iana` at noon on `date` (its daylight saving applied);
/// `fallback` when the date is unknown or the zone is not in the system's tz database.
int regionOffset(const char *iana, const QDate &date, int fallback)
{
    if (!iana || !date.isValid())
        return fallback;
    const QTimeZone tz{QByteArray(iana)};
    if (!tz.isValid())
        return fallback;
    return tz.offsetFromUtc(QDateTime(date, QTime(12, 0), tz)) / 60;
}

/// IANA zones by their city, lower case ("berlin" -> Europe/Berlin, "new york" ->
/// America/New_York), from the system's tz database: "Berlin time", "New York time".
const QHash<QString, QByteArray> &zonesByCity()
{
    static const QHash<QString, QByteArray> cities = [] {
        QHash<QString, QByteArray> out;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const qsizetype slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/"))
                continue;
            const QString city = QString::fromLatin1(id.mid(slash + 1))
                                     .replace(QLatin1Char('_'), QLatin1Char(' '))
                                     .toLower();
            if (!out.contains(city))
                out.insert(city, id);
        }
        return out;
    }();
    return cities;
}
constexpr ZoneEntry kZones[] = {
    {"UTC", 0, false, false},      {"GMT", 0, false, false},       {"Z", 0, false, true},
    {"WET", 0, false, false},      {"WEST", 60, false, false},     {"BST", 60, false, false},
    {"CET", 60, false, false},     {"CEST", 120, false, false},    {"MET", 60, false, false},
    {"EET", 120, false, false},    {"EEST", 180, false, false},    {"MSK", 180, false, false},
    {"WAT", 60, false, false},     {"CAT", 120, false, false},     {"SAST", 120, false, false},
    {"EAT", 180, false, false},    {"IST", 330, false, false},     {"PKT", 300, false, false},
    {"ICT", 420, false, false},    {"WIB", 420, false, false},     {"SGT", 480, false, false},
    {"HKT", 480, false, false},    {"AWST", 480, false, false},    {"JST", 540, false, false},
    {"KST", 540, false, false},    {"AEST", 600, false, false},    {"AEDT", 660, false, false},
    {"NZST", 720, false, false},   {"NZDT", 780, false, false},    {"HST", -600, false, false},
    {"AKST", -540, false, false},  {"AKDT", -480, false, false},   {"PST", -480, false, false},
    {"PDT", -420, false, false},   {"MST", -420, false, false},    {"MDT", -360, false, false},
    {"CST", -360, false, false},   {"CDT", -300, false, false},    {"EST", -300, false, false},
    {"EDT", -240, false, false},   {"AST", -240, false, false},    {"ADT", -180, false, false},
    {"BRT", -180, false, false},   {"ART", -180, false, false},    {"PT", -480, true, true},
    {"MT", -420, true, true},      {"CT", -360, true, true},       {"ET", -300, true, true},
    {"Pacific", -480, true, true}, {"Mountain", -420, true, true}, {"Central", -360, true, true},
    {"Eastern", -300, true, true},
};

const ZoneEntry *findZoneEntry(QStringView label)
{
    for (const auto &z : kZones)
        if (label == QLatin1String(z.label))
            return &z;
    return nullptr;
}

/// "1900 and 2100 UTC", "1506-1541 UTC": a four-digit time ranged to another.
const FastRegex &fourDigitRangeRegex()
{
    static const FastRegex re(
        QStringLiteral(R"(\s*(?:and|to|until|till|through|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

using detail::fullYear;

// Zone names written out, with their offsets; the same source as kZones. `usDst`: US generic
// names ("Eastern time") whose offset follows US daylight saving time.
struct LongZone
{
    const char *name; ///< lower case, single blanks
    int offset;
    bool usDst;
};
constexpr LongZone kLongZones[] = {
    {"coordinated universal time", 0, false},
    {"greenwich mean time", 0, false},
    {"western european time", 0, false},
    {"western european summer time", 60, false},
    {"british summer time", 60, false},
    {"central european time", 60, false},
    {"central european standard time", 60, false},
    {"central european summer time", 120, false},
    {"eastern european time", 120, false},
    {"eastern european summer time", 180, false},
    {"west africa time", 60, false},
    {"west african time", 60, false},
    {"central africa time", 120, false},
    {"south africa standard time", 120, false},
    {"east africa time", 180, false},
    {"east african time", 180, false},
    {"india standard time", 330, false},
    {"indian standard time", 330, false},
    {"japan standard time", 540, false},
    {"hawaii time", -600, false},
    {"hawaii standard time", -600, false},
    {"alaska time", -540, true},
    {"alaska standard time", -540, false},
    {"alaska daylight time", -480, false},
    {"pacific time", -480, true},
    {"pacific standard time", -480, false},
    {"pacific daylight time", -420, false},
    {"mountain time", -420, true},
    {"mountain standard time", -420, false},
    {"mountain daylight time", -360, false},
    {"central time", -360, true},
    {"central standard time", -360, false},
    {"central daylight time", -300, false},
    {"eastern time", -300, true},
    {"eastern standard time", -300, false},
    {"eastern daylight time", -240, false},
    {"atlantic time", -240, true},
    {"atlantic standard time", -240, false},
};

// A zone label: "UTC+1", "GMT -05:00", an IANA name ("Europe/Berlin"), a name written out
// ("Eastern time", "Central European Summer Time"), an abbreviation, or a US zone name.
const FastRegex &zoneTokenRegex()
{
    static const FastRegex re(QStringLiteral(
        // An offset is never followed by a time of day's AM/PM or zone: "3:15 PM UTC - 5:00 PM
        // UTC" and "10:00 UTC - 11:00 UTC" are ranges.
        R"((?<![A-Za-z])(?:(?<base>UTC|GMT)\s?(?<sign>[+\-−])\s?(?<oh>\d{1,2})(?::?(?<om>\d{2}))?(?!\d|:\d))"
        R"((?!\s*(?:[AaPp]\.?[Mm](?![A-Za-z\d])|UTC\b|GMT\b)))"
        // IANA names: the areas of the tz database, and the legacy country areas its "backward"
        // file still links ("US/Pacific", "Canada/Eastern", "Etc/UTC").
        // The tz database's North American zones in POSIX form ("All times are in 24-hour
        // PST8PDT"), with daylight saving by date as every IANA zone.
        R"(|(?<iana>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Canada|Brazil|Mexico|Chile|Etc)/[A-Za-z_]+(?:[/-][A-Za-z_]+)?|(?:EST5EDT|CST6CDT|MST7MDT|PST8PDT)(?![A-Za-z0-9])))"
        R"(|(?<long>(?=[A-Z])(?i:(?:coordinated universal|greenwich mean|british summer|(?:western|central|eastern) european(?: summer| standard)?|(?:west|central|east) african?|south africa standard|indian? standard|japan standard|(?:hawaii|alaska|pacific|mountain|central|eastern|atlantic)(?: standard| daylight)?)\s+time)\b))"
        R"(|(?<city>\p{Lu}\p{Ll}+(?:[ _]\p{Lu}\p{Ll}+)?)\s+time\b)"
        R"(|(?<abbr>[A-Z]{1,5}|Pacific|Mountain|Central|Eastern)(?:/(?<abbr2>[A-Z]{2,5}))?(?![A-Za-z0-9]))"
        // A city alone as the time's label, set off by a dash, colon or bracket ("16:37 Denver -
        // …", "(09:10 Berlin)"): the city of an IANA zone id. Never a sentence's subject.
        R"(|(?<bcity>\p{Lu}\p{Ll}+(?:[ _]\p{Lu}\p{Ll}+)?)(?=\s*(?:[-\x{2013}\x{2014}:)\]]|$))))"));
    return re;
}

/// The time a timeRegex match in `text` gives; invalid when the values are out of range or
/// four bare digits have no zone (directly or at the end of their range): "in 2024" is a year,
/// Whether the dot time ending at `end` is a time of day by what follows it: "23.00 uur",
/// "8.30 Uhr" (DIN 5008), or a range to a time with its meridiem or zone ("between 0.45 and
/// 9.00 AM (CET)"). "from 2.14 to 2.16" (versions) is none.
bool dotTimeOfDay(const QString &text, qsizetype end)
{
    static const FastRegex hours(QStringLiteral(R"(\G\s?(?:[ap]\.?m\b|uhr\b|uur\b))"),
                                 QRegularExpression::CaseInsensitiveOption);
    static const FastRegex rangeTo(
        QStringLiteral(R"(\G\s*(?:and|to|until|till|-|–)\s*\d{1,2}\.[0-5]\d)"),
        QRegularExpression::CaseInsensitiveOption);
    if (hours.matches(text, end))
        return true;
    const FastMatch r = rangeTo.match(text, end);
    return r.hasMatch()
           && (hours.matches(text, r.capturedEnd()) || zoneAfter(text, r.capturedEnd()));
}

/// A year as written: "2024", or abbreviated with an apostrophe ("’24", read as strptime's %y).
int yearOf(QStringView year)
{
    if (year.startsWith(u'\'') || year.startsWith(u'\u2019'))
        return fullYear(year.mid(1).toInt());
    return year.toInt();
}

std::optional<ZoneHit> zoneFromMatch(const FastMatch &m, const QDate &date, bool afterTime)
{
    ZoneHit hit;
    hit.pos = m.capturedStart();
    hit.length = m.capturedLength();
    hit.label = m.captured();
    if (m.hasCaptured(u"base")) {
        const int sign = m.captured(u"sign") == QLatin1String("+") ? 1 : -1;
        const int h = m.captured(u"oh").toInt();
        const int min = m.hasCaptured(u"om") ? m.captured(u"om").toInt() : 0;
        if (h > 14 || min > 59)
            return std::nullopt;
        hit.utcOffsetMinutes = sign * (h * 60 + min);
        return hit;
    }
    if (m.hasCaptured(u"iana")) {
        const QTimeZone tz(m.captured(u"iana").toLatin1());
        if (!tz.isValid())
            return std::nullopt;
        hit.utcOffsetMinutes
            = (date.isValid()
                   ? tz.offsetFromUtc(QDateTime(date, QTime(12, 0), tz))
                   : tz.standardTimeOffset(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)))
              / 60;
        return hit;
    }
    if (m.hasCaptured(u"long")) {
        const QString name = m.captured(u"long").simplified().toLower();
        for (const LongZone &z : kLongZones) {
            if (name == QLatin1String(z.name)) {
                hit.utcOffsetMinutes
                    = z.usDst ? regionOffset(regionOf(QString::fromLatin1(z.name)), date, z.offset)
                              : z.offset;
                return hit;
            }
        }
        return std::nullopt;
    }
    if (m.hasCaptured(u"city") || (afterTime && m.hasCaptured(u"bcity"))) {
        const QString city = m.hasCaptured(u"city") ? m.captured(u"city") : m.captured(u"bcity");
        const auto it = zonesByCity().constFind(city.simplified().toLower());
        if (it == zonesByCity().cend())
            return std::nullopt;
        const QTimeZone tz(*it);
        if (!tz.isValid())
            return std::nullopt;
        const QDate when = date.isValid() ? date : QDate(2024, 1, 15);
        hit.utcOffsetMinutes = tz.offsetFromUtc(QDateTime(when, QTime(12, 0), tz)) / 60;
        return hit;
    }
    const ZoneEntry *z = findZoneEntry(m.captured(u"abbr"));
    if (!z || (z->afterTimeOnly && !afterTime))
        return std::nullopt;
    // "PST/PDT", "CET/CEST": the pair names the region; the date says which half applies.
    if (m.hasCaptured(u"abbr2")) {
        const char *region = regionOf(m.captured(u"abbr"));
        if (region && region == regionOf(m.captured(u"abbr2"))) {
            hit.utcOffsetMinutes = regionOffset(region, date, z->offset);
            return hit;
        }
        hit.length = m.capturedLength(u"abbr"); // "UTC/GMT": the first one
        hit.label = m.captured(u"abbr");
    }
    hit.utcOffsetMinutes
        = z->usDst ? regionOffset(regionOf(m.captured(u"abbr")), date, z->offset) : z->offset;
    return hit;
}

/// Whether zoneTokenRegex may match at `at`: every label starts with a capital, A-Z or one
/// outside ASCII (\p{Lu}); a cheap test before the anchored match.
bool mayStartZoneLabel(QStringView s, qsizetype at)
{
    if (at < 0 || at >= s.size())
        return false;
    const char16_t c = s.at(at).unicode();
    return (c >= u'A' && c <= u'Z') || c >= 0x80;
}

} // namespace

// Shared with the leading-moment reader (importleading.cpp) through importtime_p.h.

const FastRegex &detail::timeRegex()
{
    static const FastRegex re(
        QStringLiteral(
            // Not inside "12:30:45" or after a sign; a colon after a word is no part of a time
            // (":small_blue_diamond:16:15", an emoji shortcode written as a bullet). "PM" may be
            // followed by "_" ("__2:05 PM__"); "12:17A": the meridiem's letter glued alone.
            R"((?<![\d.+−])(?<![\d\s:]:)(?<!^:)(?<!UTC-)(?<!GMT-)(?<!UTC -)(?<!GMT -)(?:)"
            R"((?<h12>\d{1,2})(?:[:.](?<m12>[0-5]\d))?(?::[0-5]\d)?\s?(?<ap>[ap])(?:\.?\s?m(?![a-z\d])\.?|(?<=\b[1-9]:[0-5]\d[ap]|\b0[1-9]:[0-5]\d[ap]|\b1[0-2]:[0-5]\d[ap])(?![a-z\d])))"
            R"(|(?<h24>\d{1,2}):(?<m24>[0-5]\d)(?::[0-5]\d)?(?![\d]))"
            R"(|(?<hh>\d{1,2})h(?<hmm>[0-5]\d)\b)"
            // "12.39UTC", "10.42: site down" (Guardian style): a dot, then a zone or a separator;
            // "8.30 Uhr" (DIN 5008; Dutch "uur"); ranged to such a time ("0.45 and 9.00 AM").
            // The zone may be in brackets ("between 01.02 and 10.17 (UTC+2)").
            R"(|(?<hd>[01]?\d|2[0-3])\.(?<md>[0-5]\d)(?=\s?\(?(?-i:[A-Z])|:(?:\s|$)|\s[-\x{2013}\x{2014}]\s|\s?(?:uhr|uur)\b)"
            R"(|\s*(?:and|to|until|till|-|–)\s*\d{1,2}\.[0-5]\d\s?\(?(?:(?-i:[A-Z])|[ap]\.?m\b|uhr\b|uur\b)))"
            R"(|(?<hm>[01]\d|2[0-3])(?<mm>[0-5]\d)\s?(?:hrs|hr|hours|h)\b)"
            // Four digits with a zone after them ("1506 UTC", "2100Z"), or ranged to such a
            // time ("1900 and 2100 UTC"); the zone is checked by timeFromMatch.
            // Never part of an identifier ("INC-2025-0441", "RFC-1918").
            R"(|(?<![\w-])(?<hz>[01]\d|2[0-3])(?<mz>[0-5]\d))"
            R"((?=\s?\(?(?-i:[A-Z])|\s*(?:and|to|until|till|through|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d(?:\s?(?-i:[A-Z])|(?!\d)))))"
            // The end of a range of four-digit times ("from 0233 to 0239"): timeFromMatch
            // takes it when the range is military time.
            R"(|(?<=(?<![\w-])\d{4} to |(?<![\w-])\d{4} and |(?<![\w-])\d{4}-|(?<![\w-])\d{4} - |(?<![\w-])\d{4}–))"
            R"((?<hz2>[01]\d|2[0-3])(?<mz2>[0-5]\d)(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const FastRegex &detail::dateRegex()
{
    static const FastRegex re(
        QStringLiteral(
            R"((?<![\d])(?<iy>(?:19|20)\d\d)[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})(?![\d]))"
            // "2025-Feb-07", "2025-DEC-5": ISO order with the month's abbreviation.
            R"(|(?<![\d])(?<ny3>(?:19|20)\d\d)[-/](?<mon3>)" HS_MONTHS
            R"()[a-z]{0,6}[-/](?<d3>\d{1,2})(?![\d]))"
            // Also set off by dashes or slashes ("Apr-22-2022", "22-Apr-2022", "10/Oct/2000": the
            // DD-MON-YYYY of Oracle's default date format and of the Common Log Format).
            R"(|\b(?<mon1>)" HS_MONTHS
            R"()[a-z]{0,6}(?:\.?\s+|(?<s1>[-/]))(?<d1>\d{1,2})(?:st|nd|rd|th)?)"
            // A range of days in one month ("January 14–19, 2026", "14–19 January 2026"): the
            // first day is the date; findDates reports the last day as a date of its own.
            R"((?:\s?[-–]\s?(?<e1>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+|(?(s1)\k<s1>|(*FAIL)))(?<y1>(?:19|20)\d\d|['’]\d\d)(?![\d]))"
            R"(|(?<![\d])(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?(?<e2>\d{1,2})(?:st|nd|rd|th)?)?)"
            R"((?:\s+(?:of\s+)?|(?<s2>[-/]))(?<mon2>)" HS_MONTHS
            R"()[a-z]{0,6}(?:\.?,?\s+|(?(s2)\k<s2>|(*FAIL)))(?<y2>(?:19|20)\d\d|['’]\d\d)(?![\d]))"
            R"(|(?<![\d/.-])(?<na>\d{1,2})[-/.](?<nb>\d{1,2})[-/.](?<ny>(?:19|20)\d\d)(?![\d]))"
            R"(|(?<![\d/.-])(?<sa>\d{1,2})(?<sep>[/-])(?<sb>\d{1,2})\k<sep>(?<sy>\d\d)(?![\d/.-]))"
            // The military and aviation date, day, month and year run together ("15Sep94",
            // "03MAR2024").
            R"(|(?<![\w])(?<d4>\d{1,2})(?<mon4>)" HS_MONTHS
            R"()(?<y4>(?:19|20)\d\d|\d\d)(?![\w]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int detail::monthFromName(QStringView name)
{
    static const char *const kMonths[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i)
        if (lower == QLatin1String(kMonths[i]))
            return i + 1;
    return 0;
}

/// "1506 UTC" and "between 1900 and 2100 UTC" are times (the military and aviation
/// convention, written without a colon).
QTime detail::timeFromMatch(const FastMatch &m, const QString &text)
{
    if (m.hasCaptured(u"hz2")) {
        // The end of a range of four-digit times (the pattern's lookbehind saw the start and
        // the connector): a time when either end starts with a zero, or with a zone after it.
        qsizetype startEnd = m.capturedStart(); // just past the range's first four digits
        while (startEnd > 0 && !text.at(startEnd - 1).isDigit())
            --startEnd;
        const bool zeroLed
            = m.capturedView().startsWith(u'0') || (startEnd >= 4 && text.at(startEnd - 4) == u'0');
        if (!zeroLed && !zoneAfter(text, m.capturedEnd()))
            return {};
        return QTime(m.capturedView(u"hz2").toInt(), m.capturedView(u"mz2").toInt());
    }
    if (m.hasCaptured(u"hz")) {
        qsizetype end = m.capturedEnd();
        const FastMatch r
            = fourDigitRangeRegex().match(text, end, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
        if (r.hasMatch())
            end = r.capturedEnd();
        // A range of four-digit times one of which starts with a zero ("from 0233 to 0239"):
        // no year is written so, and military time is (a zero-led hour).
        const bool zeroLedRange
            = r.hasMatch()
              && (m.capturedView().startsWith(u'0') || text.at(r.capturedEnd() - 4) == u'0');
        if (!zeroLedRange && !zoneAfter(text, end))
            return {};
        // "16 November 2020 (GMT-5)": the year of a date, with the date's zone.
        const int digits = m.capturedView(u"hz").toInt() * 100 + m.capturedView(u"mz").toInt();
        if (digits >= 1970 && digits <= 2099) {
            const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 24);
            auto it = dateRegex().globalMatch(QStringView(text).mid(from, m.capturedEnd() - from));
            while (it.hasNext())
                if (it.next().capturedEnd() + from == m.capturedEnd())
                    return {};
        }
        return QTime(m.capturedView(u"hz").toInt(), m.capturedView(u"mz").toInt());
    }
    if (m.hasCaptured(u"hd")) {
        // A separator only where an entry starts ("- 10.42: …"), not after "release 2.14 - a".
        static const FastRegex entry(QStringLiteral(R"(^[\s*+#-]*$)"));
        static const FastRegex setOff(QStringLiteral(R"(\G(?::(?:\s|$)|\s[-\x{2013}\x{2014}]\s))"));
        const bool leads = entry.matches(QStringView(text).left(m.capturedStart()));
        if (!zoneAfter(text, m.capturedEnd()) && !(leads && setOff.matches(text, m.capturedEnd()))
            && !dotTimeOfDay(text, m.capturedEnd()))
            return {};
        return QTime(m.capturedView(u"hd").toInt(), m.capturedView(u"md").toInt());
    }
    if (m.hasCaptured(u"h12")) {
        int h = m.capturedView(u"h12").toInt();
        const int min = m.hasCaptured(u"m12") ? m.capturedView(u"m12").toInt() : 0;
        const bool pm = m.capturedView(u"ap").compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        // "17:30 PM": a 24-hour time with a stray PM is still 17:30 ("13 PM" alone is no time).
        if (pm && h > 12 && h <= 23 && m.hasCaptured(u"m12"))
            return QTime(h, min);
        if (h < 0 || h > 12)
            return {};
        if (h == 12)
            h = 0; // 12:xx AM = 00:xx, 12:xx PM = 12:xx
        if (pm)
            h += 12;
        return QTime(h, min);
    }
    if (m.hasCaptured(u"h24")) {
        const int h = m.capturedView(u"h24").toInt();
        if (h > 23)
            return {};
        return QTime(h, m.capturedView(u"m24").toInt());
    }
    if (m.hasCaptured(u"hm"))
        return QTime(m.capturedView(u"hm").toInt(), m.capturedView(u"mm").toInt());
    if (m.hasCaptured(u"hh")) {
        const int h = m.capturedView(u"hh").toInt();
        return h > 23 ? QTime() : QTime(h, m.capturedView(u"hmm").toInt());
    }
    return {};
}

/// "Feb 9 1924 UTC": the four digits after a day and month are a time, not a year, when a zone
/// follows them and they are no year of computing (before 1970; "16 November 2020 (GMT-5)"
/// is a date with its zone). With a comma, "Feb 9, 1924", they stay a year.
bool detail::yearIsTimeOfDay(const FastMatch &m, const QString &text)
{
    const QStringView year = m.hasCaptured(u"y1")   ? m.capturedView(u"y1")
                             : m.hasCaptured(u"y2") ? m.capturedView(u"y2")
                                                    : QStringView();
    if (year.size() != 4 || year.mid(2).toInt() > 59 || year.toInt() >= 1970)
        return false;
    const qsizetype at = m.capturedStart(m.hasCaptured(u"y1") ? u"y1" : u"y2");
    if (at > 0 && text.at(at - 1) != QLatin1Char(' '))
        return false; // "Feb 9, 1924" or a tab: a year
    if (at > 1 && text.at(at - 2) == QLatin1Char(','))
        return false;
    return zoneAfter(text, m.capturedEnd()).has_value();
}

QDate detail::dateFromMatch(const FastMatch &m, bool dayFirst)
{
    if (m.hasCaptured(u"iy"))
        return QDate(m.capturedView(u"iy").toInt(), m.capturedView(u"im").toInt(),
                     m.capturedView(u"id").toInt());
    if (m.hasCaptured(u"mon3"))
        return QDate(m.capturedView(u"ny3").toInt(), monthFromName(m.capturedView(u"mon3")),
                     m.capturedView(u"d3").toInt());
    if (m.hasCaptured(u"mon1"))
        return QDate(yearOf(m.capturedView(u"y1")), monthFromName(m.capturedView(u"mon1")),
                     m.capturedView(u"d1").toInt());
    if (m.hasCaptured(u"mon2"))
        return QDate(yearOf(m.capturedView(u"y2")), monthFromName(m.capturedView(u"mon2")),
                     m.capturedView(u"d2").toInt());
    if (m.hasCaptured(u"mon4")) {
        const QStringView y = m.capturedView(u"y4");
        return QDate(y.size() == 2 ? fullYear(y.toInt()) : y.toInt(),
                     monthFromName(m.capturedView(u"mon4")), m.capturedView(u"d4").toInt());
    }
    if (m.hasCaptured(u"na")) {
        const int a = m.capturedView(u"na").toInt();
        const int b = m.capturedView(u"nb").toInt();
        const int y = m.capturedView(u"ny").toInt();
        if (a > 12 || (dayFirst && b <= 12))
            return QDate(y, b, a);
        return QDate(y, a, b);
    }
    if (m.hasCaptured(u"sa")) {
        const int a = m.capturedView(u"sa").toInt();
        const int b = m.capturedView(u"sb").toInt();
        const int y = fullYear(m.capturedView(u"sy").toInt());
        if (a > 12 || (dayFirst && b <= 12))
            return QDate(y, b, a);
        return QDate(y, a, b);
    }
    return {};
}

const FastRegex &detail::zoneTokenRegex()
{
    return ImportTime::zoneTokenRegex();
}

std::optional<int> zoneOffset(const QString &label, const QDate &date)
{
    const QString trimmed = label.trimmed();
    const FastMatch m = zoneTokenRegex().match(trimmed);
    if (!m.hasMatch() || m.capturedStart() != 0 || m.capturedLength() != trimmed.size())
        return std::nullopt;
    if (const auto z = zoneFromMatch(m, date, true))
        return z->utcOffsetMinutes;
    return std::nullopt;
}

QList<TimeHit> findTimes(const QString &text, int maxHits, qsizetype maxScan)
{
    QList<TimeHit> hits;
    const QStringView view = QStringView(text).left(maxScan);
    if (!hasAsciiDigit(view))
        return hits;
    auto it = timeRegex().globalMatch(view);
    while (it.hasNext() && hits.size() < maxHits) {
        const FastMatch m = it.next();
        const QTime t = timeFromMatch(m, text);
        if (t.isValid())
            hits.append({m.capturedStart(), m.capturedLength(), t});
    }
    return hits;
}

namespace {

/// The yearless first day of a range that ends at `end` (at `endPos` in `text`): "October 9"
/// in "October 9 - October 23, 2025", in the end's year (the year before when it would fall
/// after the end: "December 30 – January 2, 2025").
std::optional<DateHit> rangeStartBefore(QStringView text, qsizetype endPos, const QDate &end)
{
    static const FastRegex before(
        QStringLiteral(R"((?:\b(?<mon1>)" HS_MONTHS
                       R"()[a-z]{0,6}\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?)"
                       R"(|(?<![\d.])(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>)" HS_MONTHS
                       R"()[a-z]{0,6}\.?))"
                       R"(\s*(?:-|–|—|to|until|till|through|and)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max<qsizetype>(0, endPos - 40);
    const QStringView prefix = text.mid(from, endPos - from);
    if (!hasAsciiDigit(prefix))
        return std::nullopt;
    const FastMatch m = before.match(prefix);
    if (!m.hasMatch())
        return std::nullopt;
    const bool monthFirst = m.hasCaptured(u"mon1");
    const int month = monthFromName(m.captured(monthFirst ? u"mon1" : u"mon2"));
    const int day = m.captured(monthFirst ? u"d1" : u"d2").toInt();
    QDate start(end.year(), month, day);
    if (start.isValid() && start > end)
        start = QDate(end.year() - 1, month, day);
    if (!start.isValid() || start == end || start.daysTo(end) > 366)
        return std::nullopt;
    return DateHit{from + m.capturedStart(), m.capturedLength(), start};
}

} // namespace

QList<DateHit> findDates(const QString &text, bool dayFirst, int maxHits, qsizetype maxScan)
{
    QList<DateHit> hits;
    const QStringView view = QStringView(text).left(maxScan);
    if (!hasAsciiDigit(view))
        return hits;
    auto it = dateRegex().globalMatch(view);
    while (it.hasNext() && hits.size() < maxHits) {
        const FastMatch m = it.next();
        const QDate d = dateFromMatch(m, dayFirst);
        if (!d.isValid() || yearIsTimeOfDay(m, text))
            continue;
        // "October 9 - October 23, 2025", "between 30 September and 2 October 2025": a range
        // whose year is written once, at its end (Chicago Manual of Style 6.78, 9.64).
        if (m.hasCaptured(u"mon1") || m.hasCaptured(u"mon2"))
            if (const std::optional<DateHit> start = rangeStartBefore(view, m.capturedStart(), d);
                start && (hits.isEmpty() || hits.last().pos + hits.last().length <= start->pos)) {
                hits.append(*start);
                if (hits.size() >= maxHits)
                    break;
            }
        hits.append({m.capturedStart(), m.capturedLength(), d});
        const QStringView last = m.hasCaptured(u"e1") ? u"e1" : u"e2";
        if (const QDate end(d.year(), d.month(), m.captured(last).toInt());
            m.hasCaptured(last) && end.isValid() && end > d && hits.size() < maxHits)
            hits.append({m.capturedStart(last), m.capturedLength(last), end});
    }
    return hits;
}

QDate onOrAfter(const MonthDay &day, const QDate &from)
{
    QDate d(from.year(), day.month, day.day);
    if (d.isValid() && d < from)
        d = d.addYears(1);
    return d;
}

std::optional<MonthDay> findMonthDay(const QString &text, qsizetype maxScan)
{
    static const FastRegex re(QStringLiteral(
        R"(\b(?<mon1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b)"
        R"((?!,?\s*(?:19|20)\d\d)(?!\s*[:.]\d))"
        R"(|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)"
        R"((?!\.?,?\s*(?:19|20)\d\d))"));
    if (!hasAsciiDigit(QStringView(text).left(maxScan)))
        return std::nullopt;
    auto it = re.globalMatch(QStringView(text).left(maxScan));
    while (it.hasNext()) {
        const FastMatch m = it.next();
        MonthDay md;
        md.pos = m.capturedStart();
        md.length = m.capturedLength();
        md.month
            = monthFromName(m.hasCaptured(u"mon1") ? m.captured(u"mon1") : m.captured(u"mon2"));
        md.day = (m.hasCaptured(u"d1") ? m.captured(u"d1") : m.captured(u"d2")).toInt();
        if (QDate(2000, md.month, md.day).isValid())
            return md;
    }
    return std::nullopt;
}

std::optional<ZoneHit> zoneAfter(const QString &text, qsizetype pos, const QDate &date)
{
    static const FastRegex lead(QStringLiteral(R"(\s*[(\[]?\s*)"));
    if (pos < 0 || pos > text.size())
        return std::nullopt;
    // An ISO 8601 / RFC 3339 offset glued to a time written with seconds or after the date's
    // "T" ("17:36:00+00:00", "2020-05-24T09:15-05:00"); "10:00-11:00" is a range, not a zone.
    static const FastRegex isoOffset(QStringLiteral(R"([+\-−](\d{2}):?(\d{2})(?![\d:]))"));
    static const FastRegex isoTime(
        QStringLiteral(R"((?:\d{2}:\d{2}:\d{2}(?:[.,]\d+)?|T\d{2}:\d{2})$)"));
    // Cheap tests first (a match allocates, most of its cost under AddressSanitizer): the
    // offset starts with its sign, a zone label with a capital (ASCII or not).
    if (pos < text.size() && QStringView(u"+-\u2212").contains(text.at(pos))) {
        if (const FastMatch iso = isoOffset.match(text, pos, QRegularExpression::NormalMatch,
                                                  QRegularExpression::AnchorAtOffsetMatchOption);
            iso.hasMatch()
            && isoTime
                   .match(QStringView(text).mid(std::max<qsizetype>(0, pos - 16),
                                                std::min<qsizetype>(16, pos)))
                   .hasMatch()
            && iso.captured(1).toInt() <= 14 && iso.captured(2).toInt() < 60) {
            const int minutes = iso.captured(1).toInt() * 60 + iso.captured(2).toInt();
            const bool west = text.at(pos) != QLatin1Char('+');
            ZoneHit z;
            z.label = QStringLiteral("UTC%1%2:%3")
                          .arg(west ? QLatin1Char('-') : QLatin1Char('+'))
                          .arg(iso.captured(1), iso.captured(2));
            z.utcOffsetMinutes = west ? -minutes : minutes;
            z.pos = pos;
            z.length = iso.capturedLength();
            // The zone named beside the offset, when it agrees on that date
            // ("…T13:20-04:00 (EDT, America/New_York)"): the name the writer used.
            if (const auto named = zoneAfter(text, pos + iso.capturedLength(), date);
                named && named->utcOffsetMinutes == z.utcOffsetMinutes)
                z.label = named->label;
            return z;
        }
    }
    const FastMatch sp = lead.match(text, pos, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
    const qsizetype at = sp.hasMatch() ? sp.capturedEnd() : pos;
    if (!mayStartZoneLabel(text, at))
        return std::nullopt;
    const FastMatch m = zoneTokenRegex().match(text, at, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return std::nullopt;
    // "Z" only when glued to the time ("10:00Z").
    if (m.captured(u"abbr") == QLatin1String("Z") && at != pos)
        return std::nullopt;
    return zoneFromMatch(m, date, true);
}

std::optional<ZoneHit> zoneBefore(const QString &text, qsizetype pos, const QDate &date)
{
    if (pos <= 0 || pos > text.size())
        return std::nullopt;
    qsizetype end = pos;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end > 0 && (text.at(end - 1) == QLatin1Char(')') || text.at(end - 1) == QLatin1Char(']')))
        --end;
    if (end == pos && end > 0 && text.at(end - 1).isLetterOrNumber())
        return std::nullopt; // glued to the time: "UTC05:13" is not written that way
    const qsizetype from = std::max<qsizetype>(0, end - 12);
    auto it = zoneTokenRegex().globalMatch(QStringView(text).left(end), from);
    std::optional<ZoneHit> hit;
    while (it.hasNext()) {
        const FastMatch m = it.next();
        if (m.capturedEnd() != end || m.captured(u"abbr") == QLatin1String("Z"))
            continue;
        hit = zoneFromMatch(m, date, true);
    }
    return hit;
}

std::optional<ZoneHit> declaredZone(const QString &text, const QDate &date)
{
    static const FastRegex statement(
        QStringLiteral(
            // The times named as times or as timestamps ("All timestamps are in UTC",
            // "Timestamps are GMT+00"), perhaps as a label ("Times: GMT+1").
            R"(\b(?:all\s+)?(?:times?|timestamps?)(?:\s+(?:below|above|here|listed|shown|given|in this (?:document|report|post|page|timeline)))?)"
            // The clock's format may come before the zone ("All times are in 24-hour PST8PDT").
            // The zone may be named as the local one ("Times are quoted in the local
            // timezone, Europe/London").
            R"((?:\s*:\s*|\s+(?:are\s+|is\s+)?(?:(?:given|shown|listed|written|stated|expressed|reported|quoted|displayed)\s+)?(?:in\s+)?(?:the\s+)?(?:(?:local\s+)?time[ -]?zone,?\s+)?)(?:(?:24|12)[- ]?(?:hours?|hrs?|h)\s+(?:clock\s+)?)?)"
            R"(|\btime[ -]?zone\s*(?:is\s+|:\s*|=\s*)|\b(?:date\s*(?:/|&|and)\s*)?(?:times?|dates?|timestamps?|date-?times?)\s*(?=\())"
            // "All events are documented in UTC", "entries are recorded in CET".
            R"(|\b(?:all\s+)?(?:the\s+)?(?:events|entries|timestamps)\s+(?:below\s+|above\s+)?(?:are\s+|were\s+)?(?:documented|given|shown|listed|written|recorded|stated|expressed|reported|logged)\s+in\s+(?:the\s+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView view = QStringView(text).left(20000);
    // Every form of the statement says "time" or "date" (a cheap test before the search;
    // a matcher built once, as it is asked for every line).
    static const QStringMatcher timeWord(u"time", Qt::CaseInsensitive);
    static const QStringMatcher dateWord(u"date", Qt::CaseInsensitive);
    static const QStringMatcher eventsWord(u"events", Qt::CaseInsensitive);
    static const QStringMatcher entriesWord(u"entries", Qt::CaseInsensitive);
    if (timeWord.indexIn(view) < 0 && dateWord.indexIn(view) < 0 && eventsWord.indexIn(view) < 0
        && entriesWord.indexIn(view) < 0)
        return std::nullopt;
    auto it = statement.globalMatch(view);
    int tried = 0;
    while (it.hasNext() && tried++ < 200) {
        const FastMatch s = it.next();
        qsizetype at = s.capturedEnd();
        // "Time (UTC)", "all times (PDT)", "in [UTC](https://…) time" (a link's text).
        if (at < view.size()
            && (view.at(at) == QLatin1Char('(') || view.at(at) == QLatin1Char('[')))
            ++at;
        if (!mayStartZoneLabel(view, at))
            continue;
        const FastMatch m = zoneTokenRegex().match(view, at, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.captured(u"abbr") == QLatin1String("Z"))
            continue;
        if (auto z = zoneFromMatch(m, date, true))
            return z;
    }
    return std::nullopt;
}

std::optional<ZoneHit> firstZone(const QString &text, const QDate &date, qsizetype maxScan)
{
    const QStringView view = QStringView(text).left(maxScan);
    auto it = zoneTokenRegex().globalMatch(view);
    int tried = 0;
    while (it.hasNext() && tried++ < 2000) {
        const FastMatch m = it.next();
        if (auto z = zoneFromMatch(m, date, false))
            return z;
    }
    return std::nullopt;
}

int detail::fullYear(int twoDigits)
{
    return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
}

} // namespace Hindsight::ImportTime
