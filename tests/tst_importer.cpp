// Tests of the Markdown/plain-text postmortem importer (importer.h) and its date/time/zone
// reading (importtime.h): the seed labels, losslessness on seeds and corpus, unit cases, and
// robustness on hostile input.
#include "importer.h"
#include "importtime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Hindsight;

namespace {

QString sharedDir()
{
    return QStringLiteral(HINDSIGHT_SHARED_DIR);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QJsonArray readLabels(const QString &dir)
{
    QFile f(dir + QStringLiteral("/labels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Label value as a string ("" for null) for uniform comparison.
QString labelString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

QList<TimelineEvent> timedEvents(const Postmortem &pm)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : pm.timeline)
        if (e.at.time.isValid())
            out.append(e);
    return out;
}

/// All text the importer produced, concatenated, `*`/`__` removed, whitespace normalised.
QString allOutputText(const Postmortem &pm)
{
    QStringList parts{pm.title, pm.summary, pm.impact, pm.rootCause, pm.resolution};
    parts << pm.start.text << pm.end.text;
    for (const TimelineEvent &e : pm.timeline)
        parts << e.at.text << e.text;
    for (const ActionItem &a : pm.actionItems)
        parts << a.text;
    for (const Section &s : pm.sections)
        parts << s.heading << s.text;
    QString all = parts.join(QLatin1Char(' '));
    all.remove(QLatin1Char('*'));
    all.remove(QStringLiteral("__"));
    return all.simplified();
}

/// What must survive of a source line: without list markers, heading hashes, `*` and `__`,
/// a leading "Label:" and a leading date/time/zone; whitespace normalised.
QString essentialText(const QString &line)
{
    static const QRegularExpression quote(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s*(?:(?:[-+*]|\d{1,9}[.)])\s+)+(?:\[[ xX]\]\s*)?)"));
    static const QRegularExpression hashes(QStringLiteral(R"(^\s*#{1,6}\s*)"));
    static const QRegularExpression label(
        QStringLiteral(R"(^\s*[A-Za-z][A-Za-z0-9 /&'(),.-]{0,60}?\s*:(?!//)\s*)"));
    static const QRegularExpression leadingMoment(QStringLiteral(
        R"(^[\[(*_]*\s*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[,\s/T]*)?)"
        R"((?:\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?|\d{4}\s*HRS)\s*)"
        R"((?:\(?\s*(?:UTC|GMT|[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*[\])*_]*\s*[:\-–—|]*\s*)"));
    QString s = line;
    s.remove(quote);
    s.remove(marker);
    s.remove(hashes);
    s.remove(QLatin1Char('*'));
    s.remove(QStringLiteral("__"));
    s = s.trimmed();
    s.remove(leadingMoment);
    s.remove(label);
    s.remove(leadingMoment);
    return s.simplified();
}

/// Section labels a reader recognises; a line that is only one of these may be dropped.
bool isSectionLabelOnly(const QString &essential)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(issue |incident |executive )?summary|duration|impact|(root |suspected )?causes?( and resolution( measures)?)?|resolution( and recovery)?|what went wrong|what happened\??|timeline|corrective and prevent\w+ measures|action items|improvements?(/fixes)?|tasks?( to address the issue)?|postmortem|overview$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = essential;
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const QRegularExpressionMatch m = re.match(s.trimmed());
    return m.hasMatch() && m.capturedLength() == s.trimmed().size();
}

/// Source lines whose essential text is missing from the import.
QStringList missingLines(const QString &source, const Postmortem &pm)
{
    const QString out = allOutputText(pm);
    QStringList missing;
    const QStringList lines = QString(source)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QString e = essentialText(line);
        if (e.isEmpty() || isSectionLabelOnly(e))
            continue;
        if (out.contains(e))
            continue;
        // A paragraph the importer split between root cause and resolution: every sentence.
        const QStringList sentences
            = e.split(QRegularExpression(QStringLiteral(R"((?<=[.!?])\s+)")), Qt::SkipEmptyParts);
        bool all = sentences.size() > 1;
        for (const QString &sentence : sentences)
            all = all && out.contains(sentence);
        if (!all)
            missing << line + QStringLiteral("  =>  ") + e;
    }
    return missing;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data();
    void seeds();
    void lossless_data();
    void lossless();
    void seedStructure();

    void times_data();
    void times();
    void dates();
    void zones_data();
    void zones();
    void spanDateAfterTimes();
    void spanAcrossMidnight();
    void leadingMoment();
    void timelineMidnightRollover();
    void timelineDateAfterTimes();
    void codeBlockIsNotTimeline();
    void rootCauseAndResolutionSplit();
    void closingParagraphIsNotAnActionItem();
    void plainLabelLines();

    void emptyInput();
    void groupLabelsLeadTheirFirstSubItem();
    void binaryInput();
    void hugeSingleLine();
    void manyTimelineLines();
};

void TestImporter::seeds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("label");
    const QString dir = sharedDir() + QStringLiteral("/seeds");
    const QJsonArray labels = readLabels(dir);
    QVERIFY2(labels.size() == 5, "seeds/labels.json missing or incomplete");
    for (const QJsonValue &v : labels) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(file)) << dir + QLatin1Char('/') + file << o;
    }
}

void TestImporter::seeds()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, label);
    const QString text = readText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    const Postmortem pm = importMarkdown(text);

    QCOMPARE(isoDate(pm.start.date), labelString(label, "start_date"));
    QCOMPARE(hhmm(pm.start.time), labelString(label, "start_time"));
    QCOMPARE(isoDate(pm.end.date), labelString(label, "end_date"));
    QCOMPARE(hhmm(pm.end.time), labelString(label, "end_time"));

    const QJsonValue offset = label.value(QLatin1String("utc_offset_minutes"));
    const std::optional<int> gotOffset = pm.timezone
                                             ? std::optional<int>(pm.timezone->utcOffsetMinutes)
                                             : pm.start.utcOffsetMinutes;
    QCOMPARE(gotOffset.has_value(), !offset.isNull());
    if (gotOffset)
        QCOMPARE(*gotOffset, offset.toInt());

    const QJsonValue pct = label.value(QLatin1String("users_affected_percent"));
    QCOMPARE(pm.usersAffectedPercent.has_value(), !pct.isNull());
    if (pm.usersAffectedPercent)
        QCOMPARE(*pm.usersAffectedPercent, pct.toDouble());

    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), label.value(QLatin1String("timeline_count")).toInt());
    if (!timed.isEmpty()) {
        QCOMPARE(hhmm(timed.first().at.time), labelString(label, "timeline_first_time"));
        QCOMPARE(hhmm(timed.last().at.time), labelString(label, "timeline_last_time"));
    }

    const QJsonArray keywords = label.value(QLatin1String("root_cause_keywords")).toArray();
    for (const QJsonValue &k : keywords)
        QVERIFY2(pm.rootCause.contains(k.toString(), Qt::CaseInsensitive),
                 qPrintable(k.toString() + QStringLiteral(" not in root cause: ") + pm.rootCause));

    QCOMPARE(pm.actionItems.size(), label.value(QLatin1String("action_items_count")).toInt());
}

void TestImporter::lossless_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &sub : {QStringLiteral("seeds"), QStringLiteral("corpus")}) {
        const QDir dir(sharedDir() + QLatin1Char('/') + sub);
        const QStringList files = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                                QDir::Files, QDir::Name);
        for (const QString &f : files) {
            if (f == QLatin1String("LABELING.md"))
                continue;
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + f)) << dir.filePath(f);
        }
    }
}

void TestImporter::lossless()
{
    QFETCH(QString, path);
    const QString text = readText(path);
    QVERIFY(!text.isEmpty());
    const QStringList missing = missingLines(text, importMarkdown(text));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestImporter::seedStructure()
{
    // Titles, kinds, categories and where odd lines went, on the seeds.
    const QString dir = sharedDir() + QStringLiteral("/seeds/");
    const Postmortem s0
        = importMarkdown(readText(dir + QStringLiteral("000_21a48f8409a941f2.txt")));
    QCOMPARE(s0.title, QStringLiteral("Incident postmortem")); // both H1s are section labels
    QCOMPARE(s0.timezone->label, QStringLiteral("UTC"));
    QCOMPARE(s0.timeline.first().kind, EventKind::Detection);
    QCOMPARE(s0.timeline.at(2).kind, EventKind::Misleading);
    QCOMPARE(s0.timeline.at(5).kind, EventKind::Escalation);
    QCOMPARE(s0.timeline.last().kind, EventKind::Resolution);
    QCOMPARE(s0.timeline.first().at.text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(s0.timeline.at(5).at.date, QDate(2024, 2, 16)); // 12:00 AM after 11:00 PM
    QCOMPARE(s0.timeline.at(5).at.time, QTime(0, 0));
    QCOMPARE(s0.timeline.first().at.utcOffsetMinutes, std::optional<int>(0));
    QVERIFY(s0.summary.contains(QStringLiteral("postmorterm.jpg")));
    QVERIFY(s0.impact.startsWith(QStringLiteral("The core service was down")));
    QVERIFY(s0.resolution.startsWith(QStringLiteral("To resolve the issue")));
    QVERIFY(!s0.rootCause.contains(QStringLiteral("To resolve")));
    QCOMPARE(s0.actionItems.first().category, QStringLiteral("improvement"));
    QCOMPARE(s0.actionItems.last().category, QStringLiteral("task"));
    for (const ActionItem &a : s0.actionItems)
        QVERIFY(!a.text.contains(QStringLiteral("By implementing")));

    const Postmortem s1
        = importMarkdown(readText(dir + QStringLiteral("001_1366ae9032d61fbc.txt")));
    QCOMPARE(s1.title, QStringLiteral("Service Outage Postmortem - README"));
    QVERIFY(s1.timeline.size() > timedEvents(s1).size()); // labelled bullets without a time
    QCOMPARE(timedEvents(s1).first().kind, EventKind::Detection);
    QVERIFY(s1.resolution.contains(QStringLiteral("corrected")));

    const Postmortem s2
        = importMarkdown(readText(dir + QStringLiteral("002_f501168319a7d76f.txt")));
    QCOMPARE(s2.title, QStringLiteral("0x19-postmortem"));
    QVERIFY(s2.resolution.startsWith(QStringLiteral("To address this issue")));
    QVERIFY(s2.rootCause.contains(QStringLiteral("The outage stemmed")));
    QCOMPARE(s2.timeline.at(1).kind, EventKind::Escalation); // notified
    QCOMPARE(s2.timeline.at(5).kind, EventKind::Misleading); // confirms no issues
    QCOMPARE(s2.timeline.at(7).at.date, QDate(2024, 2, 16)); // 12:15 AM after 11:45 PM

    const Postmortem s4
        = importMarkdown(readText(dir + QStringLiteral("004_7c54486352ff4ef9.txt")));
    bool readmeKept = false;
    for (const Section &s : s4.sections)
        readmeKept = readmeKept || s.text.contains(QStringLiteral("**Requirements:**"));
    QVERIFY(readmeKept);
    QVERIFY(!s4.summary.contains(QStringLiteral("Requirements")));
}

void TestImporter::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("12 AM is midnight") << QStringLiteral("at 12:00 AM") << QTime(0, 0);
    QTest::newRow("12:30 am") << QStringLiteral("12:30 am") << QTime(0, 30);
    QTest::newRow("12 PM is noon") << QStringLiteral("12:00 PM") << QTime(12, 0);
    QTest::newRow("1:30 PM") << QStringLiteral("to 1:30 PM (UTC)") << QTime(13, 30);
    QTest::newRow("10 p.m.") << QStringLiteral("around 10 p.m.") << QTime(22, 0);
    QTest::newRow("4:23PM") << QStringLiteral("at 4:23PM") << QTime(16, 23);
    QTest::newRow("24h") << QStringLiteral("22:05 UTC") << QTime(22, 5);
    QTest::newRow("seconds dropped") << QStringLiteral("13:00:08") << QTime(13, 0);
    QTest::newRow("military") << QStringLiteral("2305HRS EAT") << QTime(23, 5);
    QTest::newRow("military 00") << QStringLiteral("0030HRS") << QTime(0, 30);
    QTest::newRow("ISO datetime") << QStringLiteral("2019-03-25T16:21:00Z") << QTime(16, 21);
}

void TestImporter::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    const QList<ImportTime::TimeHit> hits = ImportTime::findTimes(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().time, expected);
    QVERIFY(ImportTime::findTimes(QStringLiteral("25:00, 13 PM, 2024, 3:1")).isEmpty());
}

void TestImporter::dates()
{
    using ImportTime::findDates;
    const auto first = [](const QString &s, bool dayFirst = false) {
        const auto hits = findDates(s, dayFirst);
        return hits.isEmpty() ? QDate() : hits.first().date;
    };
    QCOMPARE(first(QStringLiteral("on February 15, 2024, 10:00 PM")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("15 Feb 2024")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("July 2nd, 2021")), QDate(2021, 7, 2));
    QCOMPARE(first(QStringLiteral("2024-04-10 09:00")), QDate(2024, 4, 10));
    QCOMPARE(first(QStringLiteral("07/09/2023")), QDate(2023, 7, 9)); // MM/DD by default
    QCOMPARE(first(QStringLiteral("07/09/2023"), true), QDate(2023, 9, 7));
    QCOMPARE(first(QStringLiteral("15/01/2021")), QDate(2021, 1, 15)); // day > 12
    QVERIFY(!first(QStringLiteral("July 2nd")).isValid());             // no year
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("on 15/01/2021 and 03/02/2021")));
    QVERIFY(!ImportTime::looksDayFirst(QStringLiteral("on 01/15/2021")));
}

void TestImporter::zones_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offset");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QDate() << 0;
    QTest::newRow("GMT") << QStringLiteral("GMT") << QDate() << 0;
    QTest::newRow("Z") << QStringLiteral("Z") << QDate() << 0;
    QTest::newRow("PST") << QStringLiteral("PST") << QDate() << -480;
    QTest::newRow("PDT") << QStringLiteral("PDT") << QDate() << -420;
    QTest::newRow("EST") << QStringLiteral("EST") << QDate() << -300;
    QTest::newRow("EDT") << QStringLiteral("EDT") << QDate() << -240;
    QTest::newRow("CST") << QStringLiteral("CST") << QDate() << -360;
    QTest::newRow("MDT") << QStringLiteral("MDT") << QDate() << -360;
    QTest::newRow("CET") << QStringLiteral("CET") << QDate() << 60;
    QTest::newRow("CEST") << QStringLiteral("CEST") << QDate() << 120;
    QTest::newRow("EEST") << QStringLiteral("EEST") << QDate() << 180;
    QTest::newRow("WAT") << QStringLiteral("WAT") << QDate() << 60;
    QTest::newRow("EAT") << QStringLiteral("EAT") << QDate() << 180;
    QTest::newRow("IST") << QStringLiteral("IST") << QDate() << 330;
    QTest::newRow("JST") << QStringLiteral("JST") << QDate() << 540;
    QTest::newRow("GMT+1") << QStringLiteral("GMT+1") << QDate() << 60;
    QTest::newRow("GMT-5") << QStringLiteral("GMT-5") << QDate() << -300;
    QTest::newRow("UTC+05:30") << QStringLiteral("UTC+05:30") << QDate() << 330;
    QTest::newRow("PT in summer") << QStringLiteral("PT") << QDate(2017, 8, 24) << -420;
    QTest::newRow("PT in winter") << QStringLiteral("PT") << QDate(2017, 1, 10) << -480;
    QTest::newRow("PT day before DST") << QStringLiteral("PT") << QDate(2017, 3, 11) << -480;
    QTest::newRow("PT DST start") << QStringLiteral("PT") << QDate(2017, 3, 12) << -420;
    QTest::newRow("Eastern in summer") << QStringLiteral("Eastern") << QDate(2020, 7, 1) << -240;
}

void TestImporter::zones()
{
    QFETCH(QString, label);
    QFETCH(QDate, date);
    QFETCH(int, offset);
    QCOMPARE(ImportTime::zoneOffset(label, date), std::optional<int>(offset));
    QVERIFY(!ImportTime::zoneOffset(QStringLiteral("XYZ")).has_value());
    // Ambiguous names count only after a time.
    QVERIFY(!ImportTime::firstZone(QStringLiteral("Asia-Pacific PT meeting")).has_value());
    QCOMPARE(ImportTime::zoneAfter(QStringLiteral("10:00 PM (UTC)"), 8)->label,
             QStringLiteral("UTC"));
    QCOMPARE(ImportTime::zoneAfter(QStringLiteral("10:00Z"), 5)->utcOffsetMinutes, 0);
    QVERIFY(!ImportTime::zoneAfter(QStringLiteral("10:00 I noticed"), 5).has_value());
}

void TestImporter::spanDateAfterTimes()
{
    const auto span = ImportTime::parseSpan(
        QStringLiteral("The outage occurred from 10:00 AM to 12:00 PM on April 15, 2024 (UTC)."));
    QCOMPARE(span.startDate, QDate(2024, 4, 15));
    QCOMPARE(span.startTime, QTime(10, 0));
    QCOMPARE(span.endDate, QDate(2024, 4, 15));
    QCOMPARE(span.endTime, QTime(12, 0));
    QCOMPARE(span.zone->utcOffsetMinutes, 0);

    const auto dashed = ImportTime::parseSpan(
        QStringLiteral("April 10, 2024, 09:00 AM - April 10, 2024, 01:00 PM (UTC)"));
    QCOMPARE(dashed.startTime, QTime(9, 0));
    QCOMPARE(dashed.endTime, QTime(13, 0));
    QCOMPARE(dashed.endDate, QDate(2024, 4, 10));
}

void TestImporter::spanAcrossMidnight()
{
    const auto explicitDates = ImportTime::parseSpan(
        QStringLiteral("from February 15, 2024, 10:00 PM to February 16, 2024, 2:00 AM (UTC)"));
    QCOMPARE(explicitDates.startDate, QDate(2024, 2, 15));
    QCOMPARE(explicitDates.endDate, QDate(2024, 2, 16));
    QCOMPARE(explicitDates.endTime, QTime(2, 0));

    const auto implied
        = ImportTime::parseSpan(QStringLiteral("On 07/09/2023 from 05:15 PM to 02:00 AM WAT"));
    QCOMPARE(implied.startDate, QDate(2023, 7, 9));
    QCOMPARE(implied.startTime, QTime(17, 15));
    QCOMPARE(implied.endDate, QDate(2023, 7, 10));
    QCOMPARE(implied.zone->utcOffsetMinutes, 60);

    const auto lasted = ImportTime::parseSpan(
        QStringLiteral("Starting March 1, 2024 at 23:30 UTC the outage lasted 2 hours."));
    QCOMPARE(lasted.endDate, QDate(2024, 3, 2));
    QCOMPARE(lasted.endTime, QTime(1, 30));
}

void TestImporter::leadingMoment()
{
    using ImportTime::parseLeading;
    auto l = parseLeading(QStringLiteral("10:00 PM (UTC):Issue detected"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(22, 0));
    QCOMPARE(l->text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(l->rest, QStringLiteral("Issue detected"));
    l = parseLeading(QStringLiteral("**10:00 AM (UTC):** The issue"));
    QVERIFY(l);
    QCOMPARE(l->rest, QStringLiteral("The issue"));
    l = parseLeading(QStringLiteral("March 14, 2024, 10:15 AM (UTC): The issue was detected"));
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2024, 3, 14));
    QCOMPARE(l->time, QTime(10, 15));
    l = parseLeading(QStringLiteral("2306HRS - A complaint came in"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(23, 6));
    QCOMPARE(l->rest, QStringLiteral("A complaint came in"));
    QVERIFY(!parseLeading(QStringLiteral("Engineers noticed it at 10:00")));
    QVERIFY(!parseLeading(QStringLiteral("10 minutes later the alert fired")));
}

void TestImporter::timelineMidnightRollover()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\nDuration: December 31, 2023, 11:30 PM to 12:45 AM (EST)\n\n"
        "## Timeline\n- 11:30 PM: alerts fired\n- 11:45 PM: on-call paged\n"
        "- 12:15 AM: rolled back the deploy\n- 12:45 AM: service restored\n"));
    QCOMPARE(pm.start.date, QDate(2023, 12, 31));
    QCOMPARE(pm.end.date, QDate(2024, 1, 1));
    QCOMPARE(pm.end.time, QTime(0, 45));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -300);
    QCOMPARE(pm.timeline.size(), 4);
    QCOMPARE(pm.timeline.at(1).at.date, QDate(2023, 12, 31));
    QCOMPARE(pm.timeline.at(2).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(0, 15));
    QCOMPARE(pm.timeline.at(3).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.utcOffsetMinutes, std::optional<int>(-300));
    QCOMPARE(pm.timeline.at(0).kind, EventKind::Detection);
    QCOMPARE(pm.timeline.at(1).kind, EventKind::Escalation);
    QCOMPARE(pm.timeline.at(2).kind, EventKind::Mitigation);
    QCOMPARE(pm.timeline.at(3).kind, EventKind::Resolution);
}

void TestImporter::timelineDateAfterTimes()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Issue Summary\n- **Duration:** from 9:00 AM to 1:30 PM on 15 Feb 2024 (CET).\n"
        "- **Impact:** 12.5% of users could not log in.\n\n## Timeline\n"
        "- 09:00: detected\n- 13:30: back to normal\n"));
    QCOMPARE(pm.start.date, QDate(2024, 2, 15));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.time, QTime(13, 30));
    QCOMPARE(pm.timezone->label, QStringLiteral("CET"));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
    QCOMPARE(pm.start.utcOffsetMinutes, std::optional<int>(60));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(12.5));
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 2, 15));
}

void TestImporter::codeBlockIsNotTimeline()
{
    const QString text = QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert\n\n```\n10:01 UTC: log line\n10:02 UTC: another\n```\n\n"
        "    10:03 indented code\n\n- 10:05 UTC: fixed\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.time, QTime(10, 5));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImporter::rootCauseAndResolutionSplit()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Root Cause and Resolution\nA stale DNS record pointed at the old host. "
                       "To fix this, we updated the record and flushed caches.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A stale DNS record pointed at the old host."));
    QCOMPARE(pm.resolution,
             QStringLiteral("To fix this, we updated the record and flushed caches."));

    const Postmortem labelled = importMarkdown(QStringLiteral(
        "Root Cause and Resolution:\n\nRoot Cause: disk full\nResolution: rotated logs\n"));
    QCOMPARE(labelled.rootCause, QStringLiteral("disk full"));
    QCOMPARE(labelled.resolution, QStringLiteral("rotated logs"));
}

void TestImporter::closingParagraphIsNotAnActionItem()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Action Items\n- Add an alert on queue depth.\n- Document the failover.\n"
                       "By implementing these measures we will sleep better.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Add an alert on queue depth."));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QStringLiteral("By implementing")));
}

void TestImporter::plainLabelLines()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Issue Summary:\nStart Time: 2024-05-01 22:05 PDT\nEnd Time: 2024-05-02 00:10 PDT\n"
        "Impact: all users saw errors.\nTimeline:\n22:05: alert fired\n00:10: recovered\n"
        "Corrective and Preventative Measures:\nTasks:\nAdd capacity.\nWrite a runbook.\n"));
    QCOMPARE(pm.start.time, QTime(22, 5));
    QCOMPARE(pm.end.date, QDate(2024, 5, 2));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -420);
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(100));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 5, 2));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().category, QStringLiteral("task"));
}

void TestImporter::emptyInput()
{
    const Postmortem pm = importMarkdown(QString());
    QCOMPARE(pm.title, QStringLiteral("Incident postmortem"));
    QVERIFY(pm.timeline.isEmpty());
    QVERIFY(pm.actionItems.isEmpty());
    QVERIFY(!pm.start.time.isValid());
    const Postmortem blank = importMarkdown(QStringLiteral("\n\n   \n\t\n"));
    QVERIFY(blank.timeline.isEmpty());
}

void TestImporter::binaryInput()
{
    QRandomGenerator rng(42);
    QByteArray bytes(200000, '\0');
    for (char &b : bytes)
        b = char(rng.bounded(256));
    const QString text = QString::fromUtf8(bytes);
    const Postmortem pm = importMarkdown(text);
    QVERIFY(!pm.title.isEmpty());
    const Postmortem latin = importMarkdown(QString::fromLatin1(bytes));
    QVERIFY(!latin.title.isEmpty());
}

void TestImporter::hugeSingleLine()
{
    QString line;
    line.reserve(5 * 1024 * 1024 + 100);
    line += QStringLiteral("## Timeline\n- 10:00 PM: ");
    const QString chunk = QStringLiteral("word 12:34 [link](x) **b** ");
    while (line.size() < 5 * 1024 * 1024)
        line += chunk;
    const Postmortem pm = importMarkdown(line);
    QCOMPARE(pm.timeline.size(), 1);
    QVERIFY(pm.timeline.first().text.size() > 5 * 1000 * 1000); // nothing dropped
}

void TestImporter::manyTimelineLines()
{
    QString text = QStringLiteral("# Long night\n\n## Timeline\n");
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("- %1:%2 UTC: step %3 investigated\n")
                    .arg((i / 60) % 24, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i);
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.timeline.size(), 10000);
    QCOMPARE(pm.timeline.last().text, QStringLiteral("step 9999 investigated"));
    QVERIFY(pm.timeline.last().at.date.isNull() || pm.timeline.last().at.date.isValid());
}

QTEST_GUILESS_MAIN(TestImporter)

void TestImporter::groupLabelsLeadTheirFirstSubItem()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n"
                       "- **Detection:** Alerts fired at 10:00 AM (UTC).\n"
                       "- **Actions Taken:**\n"
                       "  - Engineers investigated the database.\n"
                       "  - The incident was escalated to the infrastructure team.\n"
                       "- **Resolution:**\n"
                       "  - Service was restored by 1:30 PM (UTC).\n"
                       "- **Aftermath:**\n"));
    QStringList texts;
    for (const TimelineEvent &e : pm.timeline)
        texts.append(e.text);
    QCOMPARE(pm.timeline.size(), 5);
    // The label leads its first sub-item instead of standing as an event of its own...
    QVERIFY2(texts[1].startsWith(QStringLiteral("**Actions Taken:**")), qPrintable(texts[1]));
    QVERIFY(texts[1].contains(QStringLiteral("Engineers investigated the database.")));
    QCOMPARE(pm.timeline[2].kind, EventKind::Escalation);
    QVERIFY(texts[3].startsWith(QStringLiteral("**Resolution:**")));
    QCOMPARE(pm.timeline[3].at.time, QTime(13, 30));
    QCOMPARE(pm.timeline[3].kind, EventKind::Resolution);
    // ...and a label with nothing under it stays an entry (nothing is dropped).
    QVERIFY(texts[4].contains(QStringLiteral("Aftermath")));
}

#include "tst_importer.moc"
