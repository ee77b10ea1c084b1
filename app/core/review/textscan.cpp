#include "core/review/textscan.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Review {

namespace {

int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

bool dateExists(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    return QDate(year ? year : 2024, month, day).isValid();
}

int numberWord(const QString &w)
{
    // English number words up to ninety-nine, compounds written with a hyphen or a space
    // ("forty-five", "twenty five"), as lengths are spelled out in prose.
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> out = {{QStringLiteral("a"), 1}, {QStringLiteral("an"), 1}};
        const char *units[]
            = {"one",     "two",     "three",     "four",     "five",    "six",      "seven",
               "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen", "fourteen",
               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        const char *tens[]
            = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 19; ++i)
            out.insert(QString::fromLatin1(units[i]), i + 1);
        for (int t = 0; t < 8; ++t)
            out.insert(QString::fromLatin1(tens[t]), 20 + 10 * t);
        return out;
    }();
    bool ok = false;
    const int n = w.toInt(&ok);
    if (ok)
        return n;
    static const QRegularExpression joiner(QStringLiteral("[-\\s]+"));
    int total = 0;
    const QStringList parts = w.toLower().split(joiner, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int v = numbers.value(part, -1);
        if (v < 0)
            return -1;
        total += v;
    }
    return parts.isEmpty() ? -1 : total;
}

} // namespace

QList<ClockTime> findClockTimes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\d:.,+\\x{2212}])(?<!UTC-|GMT-|UTC -|GMT "
        "-)(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([AaPp])\\.?[Mm]\\.?\\b)?"
        "(?![\\d%])|(?<![\\d:.,])(\\d{1,2})\\s*([AaPp])\\.?[Mm]\\.?\\b"
        // A dotted time (Oxford style "23.40", DIN 5008) beside its zone or
        // meridiem, or ranged to one: "from 08.00 to 09.40 BST".
        "|(?<![\\d:.,])([01]?\\d|2[0-3])\\.([0-5]\\d)(?!\\d)(?:\\s?([AaPp])\\.?[Mm]\\.?"
        "\\b)?(?=(?<=[MmAaPp.])|\\s?\\(?(?:UTC|GMT|BST|IST|[CEW]ES?T|UK time)\\b|"
        "\\s*(?:to|until|till|and|-|\\x{2013})\\s*\\d{1,2}\\.[0-5]\\d\\s?(?:[AaPp]\\.?[Mm]|\\(?"
        "(?:UTC|GMT|BST|IST|[CEW]ES?T|UK time)\\b))"));
    // The UTC offset of an ISO 8601 date-time ("2025-09-16T15:05-04:00") is no time of day:
    // blanked, so positions stay those of `text`.
    static const QRegularExpression isoOffset(
        QStringLiteral("(?<=T\\d{2}:\\d{2}|T\\d{2}:\\d{2}:\\d{2})[-+\\x{2212}]\\d{2}:?\\d{2}\\b"));
    QString scanned = text;
    for (auto it = isoOffset.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        scanned.replace(m.capturedStart(), m.capturedLength(),
                        QString(m.capturedLength(), QLatin1Char(' ')));
    }
    QList<ClockTime> out;
    for (auto it = re.globalMatch(scanned); it.hasNext();) {
        const auto m = it.next();
        const bool dotted = !m.captured(6).isEmpty();
        const bool bare = !dotted && m.captured(1).isEmpty();
        int h = (dotted ? m.captured(6) : bare ? m.captured(4) : m.captured(1)).toInt();
        const int min = dotted ? m.captured(7).toInt() : bare ? 0 : m.captured(2).toInt();
        const QString ampm = (dotted ? m.captured(8)
                              : bare ? m.captured(5)
                                     : m.captured(3))
                                 .toLower();
        if (min > 59 || h > 24)
            continue;
        // A 24-hour time with a needless suffix ("13:55 PM", "23:00 AM", "00:30 AM", seen in
        // real timelines) can mean only the 24-hour time; a bare "13 PM" means nothing.
        if (!ampm.isEmpty() && (h == 0 || h > 12) && (bare || h > 23))
            continue;
        if (!ampm.isEmpty() && h >= 1 && h <= 12)
            h = h % 12 + (ampm == QLatin1String("p") ? 12 : 0);
        out.append({m.capturedStart(), m.capturedLength(), (h % 24) * 60 + min});
    }
    return out;
}

QList<CalendarDate> findDates(const QString &text)
{
    static const QString month = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression iso(
        QStringLiteral("(?<![\\w-])((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?![\\w-])"));
    // Day, month and year are written on one line: "0" at the end of one log line and "Mar"
    // opening the next are not a date.
    static const QRegularExpression dayMonth(
        QStringLiteral("(?<![\\w:])(\\d{1,2})(?:st|nd|rd|th)?"
                       "[ \\t\\x{00A0}]+")
        + month + QStringLiteral("(?:,?[ \\t\\x{00A0}]+((?:19|20)\\d\\d))?\\b"));
    static const QRegularExpression monthDay(
        QStringLiteral("\\b") + month
        + QStringLiteral("[ \\t\\x{00A0}]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?[ "
                         "\\t\\x{00A0}]+((?:19|20)\\d\\d))?"
                         "\\b"));
    QList<CalendarDate> out;
    QList<std::pair<qsizetype, qsizetype>> taken;
    const auto overlaps = [&](qsizetype s, qsizetype l) {
        for (const auto &[ts, tl] : taken)
            if (s < ts + tl && ts < s + l)
                return true;
        return false;
    };
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        CalendarDate d{m.capturedStart(),     m.capturedLength(),    m.captured(1).toInt(),
                       m.captured(2).toInt(), m.captured(3).toInt(), true};
        d.exists = dateExists(d.year, d.month, d.day);
        out.append(d);
        taken.append({d.position, d.length});
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedLength()))
            continue;
        CalendarDate d{m.capturedStart(),          m.capturedLength(),    m.captured(3).toInt(),
                       monthNumber(m.captured(2)), m.captured(1).toInt(), true};
        d.exists = dateExists(d.year, d.month, d.day);
        out.append(d);
        taken.append({d.position, d.length});
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedLength()))
            continue;
        // "May 5" is a date, "may 5" is not: a month must be capitalised.
        if (!m.captured(1).at(0).isUpper())
            continue;
        CalendarDate d{m.capturedStart(),          m.capturedLength(),    m.captured(3).toInt(),
                       monthNumber(m.captured(1)), m.captured(2).toInt(), true};
        d.exists = dateExists(d.year, d.month, d.day);
        out.append(d);
        taken.append({d.position, d.length});
    }
    std::sort(out.begin(), out.end(),
              [](const CalendarDate &a, const CalendarDate &b) { return a.position < b.position; });
    return out;
}

QList<CalendarDate> findNumericDates(const QString &text)
{
    static const QRegularExpression slash(
        QStringLiteral("(?<![\\w/.:-])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\w/%:-])"));
    static const QRegularExpression dotted(
        QStringLiteral("(?<![\\w/.:-])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\w/.:-])"));
    QList<CalendarDate> out;
    const auto yearOf = [](const QString &y) {
        const int n = y.toInt();
        return y.size() == 2 ? 2000 + n : n;
    };
    for (auto it = slash.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int year = m.captured(3).isEmpty() ? 0 : yearOf(m.captured(3));
        CalendarDate d{m.capturedStart(), m.capturedLength(), year, a, b, true};
        if (!dateExists(year, a, b)) {
            if (!dateExists(year, b, a))
                continue;
            d.month = b;
            d.day = a;
        }
        out.append(d);
    }
    for (auto it = dotted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        CalendarDate d{m.capturedStart(),     m.capturedLength(),    m.captured(3).toInt(),
                       m.captured(2).toInt(), m.captured(1).toInt(), true};
        d.exists = dateExists(d.year, d.month, d.day);
        if (d.month >= 1 && d.month <= 12)
            out.append(d);
    }
    std::sort(out.begin(), out.end(),
              [](const CalendarDate &a, const CalendarDate &b) { return a.position < b.position; });
    return out;
}

QList<ZoneMention> findZones(const QString &text)
{
    // Common abbreviations (IANA tz database) with their standard offsets in minutes.
    static const QHash<QString, int> zones = {
        {QStringLiteral("UTC"), 0},     {QStringLiteral("GMT"), 0},
        {QStringLiteral("Z"), 0},       {QStringLiteral("WET"), 0},
        {QStringLiteral("WEST"), 60},   {QStringLiteral("BST"), 60},
        {QStringLiteral("CET"), 60},    {QStringLiteral("CEST"), 120},
        {QStringLiteral("EET"), 120},   {QStringLiteral("EEST"), 180},
        {QStringLiteral("MSK"), 180},   {QStringLiteral("IST"), 330},
        {QStringLiteral("NPT"), 345},   {QStringLiteral("PKT"), 300},
        {QStringLiteral("ICT"), 420},   {QStringLiteral("WIB"), 420},
        {QStringLiteral("SGT"), 480},   {QStringLiteral("HKT"), 480},
        {QStringLiteral("PHT"), 480},   {QStringLiteral("AWST"), 480},
        {QStringLiteral("JST"), 540},   {QStringLiteral("KST"), 540},
        {QStringLiteral("ACST"), 570},  {QStringLiteral("ACDT"), 630},
        {QStringLiteral("AEST"), 600},  {QStringLiteral("AEDT"), 660},
        {QStringLiteral("NZST"), 720},  {QStringLiteral("NZDT"), 780},
        {QStringLiteral("EST"), -300},  {QStringLiteral("EDT"), -240},
        {QStringLiteral("CST"), -360},  {QStringLiteral("CDT"), -300},
        {QStringLiteral("MST"), -420},  {QStringLiteral("MDT"), -360},
        {QStringLiteral("PST"), -480},  {QStringLiteral("PDT"), -420},
        {QStringLiteral("AKST"), -540}, {QStringLiteral("AKDT"), -480},
        {QStringLiteral("HST"), -600},  {QStringLiteral("BRT"), -180},
        {QStringLiteral("ART"), -180},  {QStringLiteral("CLT"), -240},
        {QStringLiteral("EAT"), 180},   {QStringLiteral("WAT"), 60},
        {QStringLiteral("CAT"), 120},   {QStringLiteral("SAST"), 120},
        {QStringLiteral("NST"), -210},  {QStringLiteral("NDT"), -150},
    };
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:UTC|GMT)\\s*([+\\-\\x{2212}])\\s*(\\d{1,2})(?::?(\\d{2}))?\\b|\\b([A-Z]{3,5})\\b"));
    QList<ZoneMention> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(2).isEmpty()) {
            const int sign = m.captured(1) == QLatin1String("+") ? 1 : -1;
            out.append({m.capturedStart(), m.capturedLength(),
                        sign * (m.captured(2).toInt() * 60 + m.captured(3).toInt())});
        } else if (zones.contains(m.captured(4))) {
            out.append({m.capturedStart(), m.capturedLength(), zones.value(m.captured(4))});
        }
    }
    return out;
}

QList<TimeLength> findLengths(const QString &text)
{
    static const QString num = QStringLiteral(
        "(\\d+(?:\\.\\d+)?|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|one|two|three|four|five|"
        "six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        "eighteen|nineteen)");
    static const QRegularExpression re(
        QStringLiteral("\\b(?:") + num
            + QStringLiteral("\\s*(?:hours?|hrs?|h)\\b(?:\\s*(?:and\\s+)?(?:(a half)|") + num
            + QStringLiteral("\\s*(?:minutes?|mins?|m)\\b))?|(half an hour)|") + num
            + QStringLiteral("\\s*(?:minutes?|mins?)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<TimeLength> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int minutes = 0;
        if (!m.captured(1).isEmpty()) {
            const double h = m.captured(1).toDouble() > 0 ? m.captured(1).toDouble()
                                                          : double(numberWord(m.captured(1)));
            minutes = int(h * 60 + 0.5);
            if (!m.captured(2).isEmpty())
                minutes += 30;
            else if (!m.captured(3).isEmpty())
                minutes += qMax(0, numberWord(m.captured(3)));
        } else if (!m.captured(4).isEmpty()) {
            minutes = 30;
        } else {
            minutes = numberWord(m.captured(5));
        }
        if (minutes > 0)
            out.append({m.capturedStart(), m.capturedLength(), minutes});
    }
    return out;
}

QList<Percentage> findPercentages(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?<![\\w.])([-\\x{2212}]?\\d+(?:[.,]\\d+)?)\\s?(?:%|percent\\b|per cent\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Percentage> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString n = m.captured(1);
        n.replace(QChar(0x2212), QLatin1Char('-')).replace(QLatin1Char(','), QLatin1Char('.'));
        out.append({m.capturedStart(), m.capturedLength(), n.toDouble()});
    }
    return out;
}

QStringList words(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("[\\p{L}\\p{N}]+(?:['\\x{2019}\\-][\\p{L}\\p{N}]+)*"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLower());
    return out;
}

QString stem(const QString &word)
{
    QString w = word.toLower();
    w.remove(QRegularExpression(QStringLiteral("['\\x{2019}]s$")));
    const auto strip = [&w](const char *suffix, int keep) {
        const QLatin1String s(suffix);
        if (w.size() - s.size() >= keep && w.endsWith(s)) {
            w.chop(s.size());
            return true;
        }
        return false;
    };
    if (strip("ies", 3))
        w += QLatin1Char('y');
    else if (!strip("sses", 3) && !w.endsWith(QLatin1String("ss")))
        strip("s", 3);
    if (strip("ing", 3) || strip("ed", 3)) {
        if (w.size() > 3 && w.at(w.size() - 1) == w.at(w.size() - 2)
            && !QStringLiteral("lsz").contains(w.back()))
            w.chop(1);
    }
    for (const char *s : {"ations", "ation", "ment", "ness", "ally", "ly", "er", "or", "al", "ic",
                          "ive", "ize", "ise", "e"}) {
        if (strip(s, 4))
            break;
    }
    return w;
}

bool isStopWord(const QString &w)
{
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        const char *list[] = {
            "a",     "an",   "the",    "and",     "or",     "but",     "of",     "to",    "in",
            "on",    "at",   "for",    "with",    "by",     "from",    "into",   "onto",  "as",
            "is",    "are",  "was",    "were",    "be",     "been",    "being",  "it",    "its",
            "this",  "that", "these",  "those",   "there",  "their",   "they",   "them",  "we",
            "our",   "us",   "i",      "my",      "me",     "you",     "your",   "he",    "she",
            "his",   "her",  "so",     "not",     "no",     "any",     "all",    "each",  "every",
            "some",  "than", "then",   "when",    "which",  "who",     "whom",   "what",  "where",
            "while", "will", "would",  "can",     "could",  "should",  "may",    "might", "must",
            "shall", "do",   "does",   "did",     "has",    "have",    "had",    "if",    "also",
            "only",  "more", "most",   "such",    "about",  "after",   "before", "over",  "under",
            "up",    "down", "out",    "off",     "again",  "once",    "per",    "via",   "one",
            "two",   "new",  "before", "between", "during", "without", "within", "how",   "why",
            "own",   "same",
        };
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return stop.contains(w);
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression split(
        QStringLiteral("(?<=[.!?;])\\s+(?=[\"'(\\[*_`]*[A-Z0-9@])|\\n+"));
    QStringList out;
    for (const QString &s : text.split(split, Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QString plain(const QString &text)
{
    QString s = text;
    static const QRegularExpression marks(QStringLiteral("\\*\\*|__|`|^\\s*(?:[-*+]|\\d+[.)])\\s+|"
                                                         "^\\s*\\[[ xX]\\]\\s+|\\|"),
                                          QRegularExpression::MultilineOption);
    s.replace(marks, QStringLiteral(" "));
    return s;
}

} // namespace Hindsight::Review
