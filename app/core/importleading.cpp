// The moment that opens a line: a date, a time or both, with what writes them around
// ("**10:00 UTC** -", "Mar 2, at 10:15:", "~18:10"). Split from importtime.cpp, whose date and
// time patterns it reads through importtime_p.h.
#include "core/importtime.h"
#include "core/importtime_p.h"

#include <QRegularExpression>

#include <algorithm>

namespace Hindsight::ImportTime {

using namespace detail;

namespace {

/// A month and day without a year, right before a time or alone on the line ("03-26 17:40",
/// "Mar 26, 10:00", "26 March" as a heading); group "alone" when nothing follows.
const FastRegex &yearlessDayRegex()
{
    static const FastRegex re(
        QStringLiteral(
            R"((?:(?<na>\d{1,2})[-/](?<nb>\d{1,2})(?![-/\d])|(?<mon1>)" HS_MONTHS
            R"()[a-z]{0,6}\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?!\d)|(?<d2>\d{1,2}))"
            R"((?:st|nd|rd|th)?\s+(?<mon2>)" HS_MONTHS
            R"()[a-z]{0,6}\.?)(?:[\s,]+(?:at\s+)?|(?<alone>(?=\s*[*_`]{0,3}\s*:?\s*$))))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// Month and day of a yearlessDayRegex match; numeric ones month first unless the first number
/// is > 12 or `dayFirst`.
std::pair<int, int> yearlessDay(const FastMatch &m, bool dayFirst)
{
    if (m.hasCaptured(u"na")) {
        const int a = m.captured(u"na").toInt();
        const int b = m.captured(u"nb").toInt();
        const bool swap = a > 12 || (dayFirst && b <= 12);
        return {swap ? b : a, swap ? a : b};
    }
    if (m.hasCaptured(u"mon1"))
        return {monthFromName(m.captured(u"mon1")), m.captured(u"d1").toInt()};
    return {monthFromName(m.captured(u"mon2")), m.captured(u"d2").toInt()};
}

} // namespace

namespace {

/// Where the words after a leading moment start in `s`: past the moment's closing
/// punctuation and emphasis ("10:00 -", "**10:00:**"), from `at`, its end. nullopt when the
/// moment is glued to words ("10:00am-ish"). A full stop closes it before a capital, as
/// British notes set a time off ("21.20. Latency rises"). A moment written as a link ("[1801](chat
/// permalink): …", as timelines that cite a chat's messages write them) closes at the link.
std::optional<qsizetype> afterMoment(const QString &s, qsizetype at, bool emphasised,
                                     QRegularExpression::MatchOptions options)
{
    static const FastRegex close(QStringLiteral(
        R"(\s*(?:\]\([^)\s]{0,400}\)|[\])])?\s*(?:[*_`]{1,3})?\s*(?:[:\-–—|)>]+|,(?=\s+\p{L})|\.(?=\s+\p{Lu})|\s(?=\S))\s*(?:[*_`]{1,3})?\s*)"));
    static const FastRegex closeEnd(QStringLiteral(R"(\s*[\])]?\s*(?:[*_`]{1,3})?\s*$)"));
    // Without emphasis before the moment, none after it is closing: "14:54 **OUTAGE BEGINS**"
    // keeps its "**".
    static const FastRegex closePlain(QStringLiteral(
        R"(\s*(?:\]\([^)\s]{0,400}\)|[\])])?\s*(?:[:\-–—|)>]+|,(?=\s+\p{L})|\.(?=\s+\p{Lu})|\s(?=\S))\s*)"));
    if (const auto m
        = (emphasised ? close : closePlain).match(s, at, QRegularExpression::NormalMatch, options);
        m.hasMatch())
        return m.capturedEnd();
    if (const auto e = closeEnd.match(s, at, QRegularExpression::NormalMatch, options);
        e.hasMatch())
        return e.capturedEnd();
    return std::nullopt;
}

/// The date after a leading time and its zone ("15:44 CET 18/11/2025:", as status-page
/// updates stamp themselves): the day and where it ends in `s`.
std::optional<std::pair<QDate, qsizetype>> dateAfterTime(const QString &s, qsizetype at,
                                                         bool dayFirst,
                                                         QRegularExpression::MatchOptions options)
{
    static const FastRegex spaceThenDigit(QStringLiteral(R"(\s+(?=\d))"));
    const auto sp = spaceThenDigit.match(s, at, QRegularExpression::NormalMatch, options);
    if (!sp.hasMatch())
        return std::nullopt;
    const auto d = dateRegex().match(s, sp.capturedEnd(), QRegularExpression::NormalMatch, options);
    if (!d.hasMatch() || yearIsTimeOfDay(d, s))
        return std::nullopt;
    const QDate date = dateFromMatch(d, dayFirst);
    return date.isValid() ? std::optional(std::pair{date, d.capturedEnd()}) : std::nullopt;
}

/// The zone written after a leading time ("10:00 PM (UTC)", "[09:40 UTC]"): sets `lead`'s
/// zone; where it ends in `s` (past a closing bracket), or nullopt when none follows.
std::optional<qsizetype> readZoneAfterTime(const QString &s, qsizetype at,
                                           QRegularExpression::MatchOptions options, Leading &lead)
{
    const std::optional<ZoneHit> z = zoneAfter(s, at, lead.date);
    if (!z)
        return std::nullopt;
    lead.zone = z;
    at = z->pos + z->length;
    static const FastRegex paren(QStringLiteral(R"(\s*[)\]])"));
    if (const auto p = paren.match(s, at, QRegularExpression::NormalMatch,
                                   options | QRegularExpression::AnchorAtOffsetMatchOption);
        p.hasMatch())
        at = p.capturedEnd();
    return at;
}

/// The day written after a leading time: a full date ("15:44 CET 18/11/2025:"), or "on" and a
/// day with the month's name ("09:14 on June 3, the release began"; its year the document's,
/// given as `lead`'s month and day; "09:14 on 6/3" is rare and ambiguous). Sets `lead`'s day;
/// where the day ends in `s`, or nullopt when none follows.
std::optional<qsizetype> readDayAfterTime(const QString &s, qsizetype at, bool dayFirst,
                                          QRegularExpression::MatchOptions options, Leading &lead)
{
    if (const auto d = dateAfterTime(s, at, dayFirst, options)) {
        lead.date = d->first;
        return d->second;
    }
    static const FastRegex on(QStringLiteral(R"(\s+on\s+(?=\d{1,2}\s+\p{L}|\p{L}))"));
    const auto o = on.match(s, at, QRegularExpression::NormalMatch,
                            options | QRegularExpression::AnchorAtOffsetMatchOption);
    if (!o.hasMatch() || lead.month != 0)
        return std::nullopt;
    const auto y
        = yearlessDayRegex().match(s, o.capturedEnd(), QRegularExpression::NormalMatch,
                                   options | QRegularExpression::AnchorAtOffsetMatchOption);
    if (!y.hasMatch() || y.hasCaptured(u"na"))
        return std::nullopt;
    const auto [month, day] = yearlessDay(y, dayFirst);
    if (!QDate(2000, month, day).isValid())
        return std::nullopt;
    lead.month = month;
    lead.day = day;
    return std::max(y.capturedEnd(u"d1"), y.capturedEnd(u"mon2"));
}

/// Between a date and its time: "2024-03-02 10:15", "2024-03-02T10:15", "Mar 2, at 10:15",
/// "24-10-2024 - 08:15 -"; the time may be approximate there too: "Jul 7, ~14:00 UTC",
/// "2024-03-02 approx. 10:15".
const FastRegex &betweenDateAndTime()
{
    static const FastRegex re(
        QStringLiteral(R"([\s,/T|]*(?:at\s+|[\-\x{2013}\x{2014}]\s+(?=\d))?)"
                       R"((?:(?:~|\x{2248}|(?i:approx\.?|ca\.|circa))\s*(?=\d))?)"));
    return re;
}

/// A date without a year at `at` in `s`, accepted only right before a time, or alone on its
/// line with the month's name (a heading "Nov 26" over the day's entries). Sets `lead`'s month
/// and day; where the time starts (or the day ends, when alone) and whether it is alone;
/// nullopt when there is none.
std::optional<std::pair<qsizetype, bool>> readYearlessDay(const QString &s, qsizetype at,
                                                          bool dayFirst,
                                                          QRegularExpression::MatchOptions options,
                                                          Leading &lead)
{
    const auto anchored = [&s, options](const FastRegex &re, qsizetype from) {
        return re.match(s, from, QRegularExpression::NormalMatch, options);
    };
    const FastMatch m = anchored(yearlessDayRegex(), at);
    if (!m.hasMatch())
        return std::nullopt;
    const auto [month, day] = yearlessDay(m, dayFirst);
    const FastMatch b = anchored(betweenDateAndTime(), m.capturedEnd());
    const qsizetype timeAt = b.hasMatch() ? b.capturedEnd() : m.capturedEnd();
    const FastMatch t = anchored(timeRegex(), timeAt);
    const bool alone = m.hasCaptured(u"alone") && !m.hasCaptured(u"na");
    if (!(alone || (t.hasMatch() && timeFromMatch(t, s).isValid()))
        || !QDate(2000, month, day).isValid())
        return std::nullopt;
    lead.month = month;
    lead.day = day;
    return std::pair{alone ? m.capturedEnd() : timeAt, alone};
}

} // namespace

std::optional<Leading> parseLeading(const QString &line, bool dayFirst, ClockForms forms)
{
    // A word processor's bullet inside the emphasis ("**•\t00:05 PDT:** …") opens it too, as
    // does an emoji written as a GitHub shortcode (":small_blue_diamond:16:15 …") used as one,
    // and the day of the week before a date or time ("Monday, May 12", "Sat 14/10/2023", "Thurs
    // 07:06 PDT"), in the abbreviations style guides list (Chicago Manual of Style 10.41: Tues.,
    // Wed., Thurs.; AP: Tue, Thu).
    static const FastRegex open(QStringLiteral(
        R"(\s*(?:[*_`]{1,3}\s*)?(?:[\x{2022}\x{00B7}\x{25AA}\x{2023}\x{25E6}]\s*)?)"
        R"((?::[a-z][a-z0-9_+\-]{0,40}:\s*)?[\[(]?\s*)"
        // A moment told as a sentence opens ("At 17:30 we …", "On Sep 29 at 14:00, …"), as
        // timelines written as prose lists do; capitalised, so a wrapped line that goes on
        // with "at 18:15 the …" is not read as one. The preposition is kept with the moment.
        R"((?<prep>(?:At|On|Around)\s+(?=\d|~|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))?)"
        // An approximate moment ("~18:10:", "approx. 09:40 -", "ca. 14:00"), as timelines
        // reconstructed afterwards write them.
        R"((?<approx>(?:~|\x{2248}|(?i:approx\.?|ca\.|circa))\s*(?=\d))?)"
        R"((?<weekday>(?i:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?,?\s+)"
        R"((?=\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))?)"));
    const FastRegex &between = betweenDateAndTime();
    const QString s = line.left(400);
    // Every date and time form above holds an ASCII digit (\d without Unicode properties).
    if (!hasAsciiDigit(s))
        return std::nullopt;
    // Valid UTF-16 is checked once here, not again by each match.
    const QRegularExpression::MatchOptions options
        = QRegularExpression::AnchorAtOffsetMatchOption
          | (QStringView(s).isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                                           : QRegularExpression::NoMatchOption);
    const auto anchored = [&s, options](const auto &re, qsizetype at) {
        return re.match(s, at, QRegularExpression::NormalMatch, options);
    };

    qsizetype at = 0;
    qsizetype textStart = 0; // the words of the moment, with its day of the week
    if (const auto m = anchored(open, 0); m.hasMatch()) {
        at = m.capturedEnd();
        textStart = m.hasCaptured(u"prep")      ? m.capturedStart(u"prep")
                    : m.hasCaptured(u"approx")  ? m.capturedStart(u"approx")
                    : m.hasCaptured(u"weekday") ? m.capturedStart(u"weekday")
                                                : at;
    }
    // Emphasis or a code span around the moment ("**10:00**", "`2:00 PM EDT:`").
    const bool emphasised = s.left(at).contains(QLatin1Char('*'))
                            || s.left(at).contains(QLatin1Char('_'))
                            || s.left(at).contains(QLatin1Char('`'));

    Leading lead;
    qsizetype textEnd = at;
    if (const auto m = anchored(dateRegex(), at); m.hasMatch()) {
        lead.date = yearIsTimeOfDay(m, s) ? QDate() : dateFromMatch(m, dayFirst);
        if (lead.date.isValid()) {
            at = m.capturedEnd();
            textEnd = at;
            if (const auto b = anchored(between, at); b.hasMatch())
                at = b.capturedEnd();
        }
    }
    if (!lead.date.isValid()) {
        if (const auto day = readYearlessDay(s, at, dayFirst, options, lead)) {
            at = day->first;
            if (day->second)
                textEnd = at;
        }
    }
    // "2024-03-12 0616: …": four digits right after a full date and closed like a leading
    // moment are the military time of that day (no year follows a full date).
    static const FastRegex datedFourDigits(
        QStringLiteral(R"(([01]\d|2[0-3])([0-5]\d)(?=\s*[:\-–—|]))"));
    const FastMatch tm = anchored(timeRegex(), at);
    // The end of a range the entry spans ("02:00-04:30 - AWS made it available"): part of the
    // moment as written; the entry is at its start.
    static const FastRegex rangeEnd(QStringLiteral(
        R"(\s*[\-\x{2013}\x{2014}]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?=\s*[\-\x{2013}\x{2014}:|]\s))"));
    if (const QTime t = tm.hasMatch() ? timeFromMatch(tm, s) : QTime(); t.isValid()) {
        lead.time = t;
        at = tm.capturedEnd();
        if (const auto r = anchored(rangeEnd, at); r.hasMatch())
            at = r.capturedEnd();
        textEnd = at;
        if (const auto end = readZoneAfterTime(s, at, options, lead))
            textEnd = at = *end;
        if (!lead.date.isValid()) {
            if (const auto end = readDayAfterTime(s, at, dayFirst, options, lead))
                textEnd = at = *end;
        }
    } else if (const auto m = anchored(datedFourDigits, at); lead.date.isValid() && m.hasMatch()) {
        lead.time = QTime(m.captured(1).toInt(), m.captured(2).toInt());
        textEnd = at = m.capturedEnd();
    } else if (const auto bare = forms.any() ? detail::bareClockAt(s, at, forms) : std::nullopt) {
        lead.time = bare->first;
        textEnd = at = bare->second;
    }
    if (!lead.date.isValid() && !lead.time.isValid() && lead.month == 0)
        return std::nullopt;
    // A date and no time: what follows the date closes it ("03-10-2021 (all times CEST)").
    if (!lead.time.isValid())
        at = textEnd;
    lead.text = s.mid(textStart, textEnd - textStart).trimmed();
    const std::optional<qsizetype> words = afterMoment(s, at, emphasised, options);
    if (!words)
        return std::nullopt; // "10:00am-ish", a date glued to words: no leading moment
    lead.rest = line.mid(*words).trimmed();
    return lead;
}

} // namespace Hindsight::ImportTime
