// Tests for the render library: HTML for the preview/export and the PDF exporter.
#include "core/metrics.h"
#include "render/htmlrenderer.h"
#include "render/pdfexporter.h"
#include "render/standalonehtml.h"
#include "render/timelinechart.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace Hindsight;

namespace {

Moment at(const QDate &date, int h, int m, std::optional<int> offset = 0)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = offset;
    return mo;
}

/// An invented overnight outage (a lowered connection pool limit), modelled in full: every
/// field set, a timeline that crosses midnight, open and done action items, an extra section.
Postmortem nightOutage()
{
    const QDate d1(2024, 2, 15);
    const QDate d2(2024, 2, 16);
    Postmortem pm;
    pm.title = QStringLiteral("Checkout outage after the connection pool limit was lowered");
    pm.status = Status::InReview;
    pm.severity = Severity::Sev1;
    pm.authors = {QStringLiteral("Dana Ortiz"), QStringLiteral("Lee Wong")};
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(d1, 22, 0);
    pm.end = at(d2, 2, 0);
    pm.impact = QStringLiteral(
        "Checkout and account pages failed or hung for the whole window. Roughly three in four "
        "shoppers hit an error, most of them after a thirty second wait.");
    pm.usersAffectedPercent = 75;
    pm.summary = QStringLiteral("From 22:00 UTC on 15 February 2024 until 02:00 UTC the next "
                                "morning the API could not serve checkout requests.");
    pm.rootCause = QStringLiteral(
        "An evening configuration release lowered the database connection pool of the API "
        "servers from 200 to 20, so requests queued for a connection until they timed out.");
    pm.resolution = QStringLiteral(
        "The on-call engineers put the pool size back to 200, restarted the API servers one at a "
        "time and watched the request queue drain.");
    pm.timeline = {
        {at(d1, 22, 0), EventKind::Detection,
         QStringLiteral("Paging alert: checkout errors above 5% and p99 latency above ten "
                        "seconds.")},
        {at(d1, 22, 5), EventKind::Investigation,
         QStringLiteral("The engineer on call opened the API dashboards and an incident "
                        "channel.")},
        {at(d1, 22, 15), EventKind::Misleading,
         QStringLiteral("A newsletter had gone out at 21:45, so a traffic surge was the first "
                        "suspect.")},
        {at(d1, 22, 30), EventKind::Investigation,
         QStringLiteral("Database load and replication looked normal; the team checked the "
                        "network path to the primary.")},
        {at(d1, 23, 0), EventKind::Misleading,
         QStringLiteral("An afternoon library upgrade was rolled back, with no change in the "
                        "error rate.")},
        {at(d2, 0, 0), EventKind::Escalation,
         QStringLiteral("Paged the database team lead and the engineering manager on call for "
                        "help.")},
        {at(d2, 1, 0), EventKind::Investigation,
         QStringLiteral("Connection wait times on the API servers pointed at the pool limit in "
                        "the evening release.")},
        {at(d2, 2, 0), EventKind::Resolution,
         QStringLiteral("Pool size restored to 200 on every API server; errors back to "
                        "baseline.")},
    };
    const QStringList improvements = {
        QStringLiteral("Check connection pool limits against expected peak load before release."),
        QStringLiteral("Alert on connection wait time, not only on the error rate."),
        QStringLiteral("Have the owning team review configuration releases before they ship."),
    };
    const QStringList tasks = {
        QStringLiteral("Add a pool size check to the configuration release pipeline."),
        QStringLiteral("Add connection wait time to the API dashboard and its alerts."),
        QStringLiteral("Write a runbook entry for an exhausted connection pool."),
    };
    for (const QString &t : improvements)
        pm.actionItems.append({t, QStringLiteral("improvement"), QString(), QDate(), false});
    for (const QString &t : tasks)
        pm.actionItems.append(
            {t, QStringLiteral("task"), QStringLiteral("SRE team"), QDate(2024, 3, 1), false});
    pm.actionItems[3].done = true;
    pm.sections = {{QStringLiteral("Closing notes"),
                    QStringLiteral("These items stay on the weekly operations review until each "
                                   "one is closed.")}};
    return pm;
}

QStringList coreHeadings()
{
    return {QStringLiteral("Summary"),    QStringLiteral("Impact"),
            QStringLiteral("Timeline"),   QStringLiteral("Root cause"),
            QStringLiteral("Resolution"), QStringLiteral("Action items")};
}

/// The HTML between the timeline's heading and the next section heading.
QString timelinePart(const QString &html)
{
    const qsizetype from = html.indexOf(QLatin1String("<h2>Timeline</h2>"));
    const qsizetype to = html.indexOf(QLatin1String("<h2>"), from + 1);
    return from < 0 ? QString() : html.mid(from, to < 0 ? -1 : to - from);
}

/// The key-facts table's HTML.
QString keyFactsPart(const QString &html)
{
    const qsizetype from = html.indexOf(QLatin1String("class=\"facts\""));
    const qsizetype to = html.indexOf(QLatin1String("</table>"), from);
    return from < 0 ? QString() : html.mid(from, to - from);
}

/// Text of the value cell that follows the label cell `label` in the key-facts table.
QString factValue(const QString &html, const QString &label)
{
    const QRegularExpression re(QStringLiteral("<td class=\"fl\"[^>]*>%1</td><td class=\"fv\"[^>]*>"
                                               "([^<]*)</td>")
                                    .arg(QRegularExpression::escape(label)));
    return re.match(keyFactsPart(html)).captured(1);
}

/// Visible text as Qt's rich-text engine (the preview) shows it.
QString visibleText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QStringList imgSources(const QString &html)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]*)\""),
                                       QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text in visual layout (columns side by side), or with `raw` in drawing order
/// (each table cell's lines together).
QString pdfText(const QString &pdf, bool raw = false)
{
    return runTool(
        QStringLiteral("pdftotext"),
        {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

/// The PDF's text in drawing order without page furniture (footers, repeated table headers), so
/// a table row that continues on the next page reads as one piece.
QString pdfBodyText(const QString &pdf)
{
    static const QRegularExpression furniture(
        QStringLiteral("^\\s*(Time \\(UTC\\)\\s+Kind\\s+Event|.*Page \\d+ of \\d+)\\s*$"));
    QStringList lines = pdfText(pdf, true).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return furniture.match(l).hasMatch(); });
    return lines.join(QLatin1Char('\n'));
}

/// Whitespace-normalised, so text wrapped across lines in the PDF still matches.
QString squeeze(const QString &s)
{
    return s.simplified();
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatDuration_data();
    void formatDuration();
    void formatMoment_data();
    void formatMoment();
    void durationNeedsBothDateAndTime();
    void keyFactsShowServicesAndTags();
    void eventKindColorsAreDistinct();

    void htmlHasEverySectionInOrder();
    void htmlHasEveryTimelineEventAndActionItem();
    void keyFacts();
    void keyFactsShowMetrics();
    void timelineShowsDateWhenItChanges();
    void timelineShowsForeignOffsets();
    void emptySectionsShowPlaceholderOrAreSkipped();
    void qtRichTextShowsTheDocument();
    void markdownExtensions();
    void additionalSectionHeadingsNestBelowSection();

    void hostileTextIsEscaped();
    void unsafeLinksAreDropped();
    void images_data();
    void images();
    void isSafeLocalResource();

    void pdfContainsTheDocument();
    void pdfPaginatesLongDocuments();
    void pdfHostileTextIsPlainText();
    void pdfUnwritablePathFails();
    void pdfReplacesExistingFile();
    void pdfEmbedsLocalImagesOnly();
    void htmlShowsTheChartTheCallerGives();
    void standaloneHtmlEmbedsTheChart();
    void previewDocumentShowsTheChart();
    void pdfCarriesTheChart();

private:
    bool havePoppler() const
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }
};

void TestRender::formatDuration_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 min");
    QTest::newRow("minutes") << qint64(45) << QStringLiteral("45 min");
    QTest::newRow("hour") << qint64(60) << QStringLiteral("1 h 0 min");
    QTest::newRow("four hours") << qint64(240) << QStringLiteral("4 h 0 min");
    QTest::newRow("long") << qint64(26 * 60 + 5) << QStringLiteral("1 d 2 h 5 min");
    QTest::newRow("two weeks") << qint64(340 * 60 + 40) << QStringLiteral("14 d 4 h 40 min");
    QTest::newRow("negative") << qint64(-90) << QStringLiteral("-1 h 30 min");
}

void TestRender::formatDuration()
{
    QFETCH(qint64, minutes);
    QFETCH(QString, expected);
    QCOMPARE(Hindsight::formatDuration(minutes), expected);
}

void TestRender::formatMoment_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<int>("offset"); // INT_MIN: none
    QTest::addColumn<QString>("tzLabel");
    QTest::addColumn<int>("tzOffset"); // INT_MIN: no pm.timezone
    QTest::addColumn<QString>("expected");
    const int none = INT_MIN;
    const QDate d(2024, 2, 15);
    QTest::newRow("full, tz label") << d << QTime(22, 0) << 0 << QStringLiteral("UTC") << 0
                                    << QStringLiteral("2024-02-15 22:00 UTC");
    QTest::newRow("no offset, tz label") << d << QTime(9, 5) << none << QStringLiteral("PDT")
                                         << -420 << QStringLiteral("2024-02-15 09:05 PDT");
    QTest::newRow("offset, no tz") << d << QTime(22, 0) << 330 << QString() << none
                                   << QStringLiteral("2024-02-15 22:00 UTC+05:30");
    QTest::newRow("offset differs from tz") << d << QTime(22, 0) << -420 << QStringLiteral("UTC")
                                            << 0 << QStringLiteral("2024-02-15 22:00 UTC-07:00");
    QTest::newRow("tz without label") << d << QTime(8, 0) << 60 << QString() << 60
                                      << QStringLiteral("2024-02-15 08:00 UTC+01:00");
    QTest::newRow("date only") << d << QTime() << 0 << QStringLiteral("UTC") << 0
                               << QStringLiteral("2024-02-15");
    QTest::newRow("time only, no zone")
        << QDate() << QTime(22, 0) << none << QString() << none << QStringLiteral("22:00");
    QTest::newRow("nothing") << QDate() << QTime() << none << QStringLiteral("UTC") << 0
                             << QStringLiteral("\u2014");
}

void TestRender::formatMoment()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(int, offset);
    QFETCH(QString, tzLabel);
    QFETCH(int, tzOffset);
    QFETCH(QString, expected);
    Moment m;
    m.date = date;
    m.time = time;
    if (offset != INT_MIN)
        m.utcOffsetMinutes = offset;
    std::optional<TimeZoneInfo> tz;
    if (tzOffset != INT_MIN)
        tz = TimeZoneInfo{tzLabel, tzOffset};
    QCOMPARE(Hindsight::formatMoment(m, tz), expected);
}

void TestRender::keyFactsShowServicesAndTags()
{
    Postmortem pm = nightOutage();
    QVERIFY(!renderHtml(pm).contains(QStringLiteral(">Services<")));
    pm.services = {QStringLiteral("checkout-api"), QStringLiteral("payments")};
    pm.tags = {QStringLiteral("certificate")};
    const QString html = renderHtml(pm);
    QCOMPARE(factValue(html, QStringLiteral("Services")), QStringLiteral("checkout-api, payments"));
    QCOMPARE(factValue(html, QStringLiteral("Tags")), QStringLiteral("certificate"));
}

void TestRender::durationNeedsBothDateAndTime()
{
    // The key facts show the duration computeMetrics gives, the same figure as the JSON
    // and the chart's brackets.
    Postmortem pm = nightOutage();
    QCOMPARE(factValue(renderHtml(pm), QStringLiteral("Duration")), QStringLiteral("4 h 0 min"));
    // An end written without a date is on the start's date, the next day past midnight.
    pm.end.date = QDate();
    QCOMPARE(computeMetrics(pm).durationMinutes, std::optional<qint64>(240));
    QCOMPARE(factValue(renderHtml(pm), QStringLiteral("Duration")), QStringLiteral("4 h 0 min"));
    // Without an end time there is no duration.
    pm.end.time = QTime();
    QCOMPARE(factValue(renderHtml(pm), QStringLiteral("Duration")), QStringLiteral("\u2014"));

    // A moment without its own offset is in the document's zone.
    pm = nightOutage();
    pm.timezone = TimeZoneInfo{QStringLiteral("PDT"), -420};
    pm.start.utcOffsetMinutes.reset();
    pm.end.utcOffsetMinutes = -420;
    QCOMPARE(factValue(renderHtml(pm), QStringLiteral("Duration")), QStringLiteral("4 h 0 min"));
}

void TestRender::eventKindColorsAreDistinct()
{
    QSet<QRgb> colours;
    for (EventKind k : allEventKinds()) {
        const QColor c = eventKindColor(k);
        QVERIFY(c.isValid());
        QVERIFY2(c.lightnessF() < 0.6, qPrintable(eventKindName(k))); // readable on white
        colours.insert(c.rgb());
    }
    QCOMPARE(colours.size(), allEventKinds().size());
}

void TestRender::htmlHasEverySectionInOrder()
{
    const Postmortem pm = nightOutage();
    const QString html = renderHtml(pm);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<style")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));

    QStringList expected = {QStringLiteral("<h1>") + pm.title.toHtmlEscaped()};
    for (const QString &h : coreHeadings())
        expected << QStringLiteral("<h2>%1</h2>").arg(h);
    expected << QStringLiteral("<h2>Closing notes</h2>");
    qsizetype last = html.indexOf(QLatin1String("class=\"facts\""));
    QVERIFY(last > html.indexOf(QLatin1String("<h1>")));
    for (const QString &needle : std::as_const(expected).mid(1)) {
        const qsizetype pos = html.indexOf(needle);
        QVERIFY2(pos > last, qPrintable(needle));
        last = pos;
    }
    QVERIFY(html.contains(expected.first()));
    QVERIFY(html.contains(QLatin1String("Dana Ortiz, Lee Wong")));
    QVERIFY(html.contains(QLatin1String(">&nbsp;SEV1&nbsp;<")));
    QVERIFY(html.contains(QLatin1String(">&nbsp;IN REVIEW&nbsp;<")));
    QVERIFY(html.contains(pm.sections.first().text));
    QVERIFY(!html.contains(QLatin1String("Not written yet.")));
}

void TestRender::htmlHasEveryTimelineEventAndActionItem()
{
    const Postmortem pm = nightOutage();
    const QString html = renderHtml(pm);
    const QString timeline = timelinePart(html);
    for (const TimelineEvent &e : pm.timeline) {
        QVERIFY2(timeline.contains(e.text.toHtmlEscaped()), qPrintable(e.text));
        QVERIFY(timeline.contains(QStringLiteral(">%1</span>").arg(eventKindName(e.kind))));
        QVERIFY(timeline.contains(eventKindColor(e.kind).name()));
    }
    QCOMPARE(timeline.count(QLatin1String("<tr>")), pm.timeline.size() + 1);
    for (const ActionItem &a : pm.actionItems)
        QVERIFY2(html.contains(a.text.toHtmlEscaped()), qPrintable(a.text));
    QCOMPARE(html.count(QLatin1String(">Done</span>")), 1);
    QCOMPARE(html.count(QLatin1String(">Open</span>")), 5);
    QCOMPARE(html.count(QLatin1String("SRE team")), 3);
    QCOMPARE(html.count(QLatin1String("2024-03-01")), 3);
}

void TestRender::keyFacts()
{
    const QString html = renderHtml(nightOutage());
    QCOMPARE(factValue(html, QStringLiteral("Start")), QStringLiteral("2024-02-15 22:00 UTC"));
    QCOMPARE(factValue(html, QStringLiteral("End")), QStringLiteral("2024-02-16 02:00 UTC"));
    QCOMPARE(factValue(html, QStringLiteral("Duration")), QStringLiteral("4 h 0 min"));
    QCOMPARE(factValue(html, QStringLiteral("Users affected")), QStringLiteral("75%"));
    QCOMPARE(factValue(html, QStringLiteral("Severity")), QStringLiteral("SEV1"));
    QCOMPARE(factValue(html, QStringLiteral("Status")), QStringLiteral("In review"));
    const QString impact = keyFactsPart(html);
    QVERIFY(impact.contains(
        QLatin1String("Checkout and account pages failed or hung for the whole window.</td>")));
    QVERIFY(!impact.contains(QLatin1String("Roughly")));

    Postmortem bare;
    const QString empty = renderHtml(bare);
    for (const QString &label :
         {QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Duration"),
          QStringLiteral("Users affected"), QStringLiteral("Severity"), QStringLiteral("Status")})
        QCOMPARE(factValue(empty, label), QStringLiteral("\u2014"));
}

void TestRender::keyFactsShowMetrics()
{
    Postmortem pm = nightOutage();
    QString html = renderHtml(pm);
    QCOMPARE(factValue(html, QStringLiteral("Time to detect")), QStringLiteral("0 min"));
    QCOMPARE(factValue(html, QStringLiteral("Time to resolve")), QStringLiteral("4 h 0 min"));
    // No mitigation event: absent, never "0 min".
    QCOMPARE(factValue(html, QStringLiteral("Time to mitigate")), QStringLiteral("\u2014"));

    pm.timeline[1].kind = EventKind::Mitigation; // 22:05
    pm.timeline[0].at.time = QTime(21, 45);      // detected before the stated start
    html = renderHtml(pm);
    QCOMPARE(factValue(html, QStringLiteral("Time to mitigate")), QStringLiteral("5 min"));
    QCOMPARE(factValue(html, QStringLiteral("Time to detect")),
             QStringLiteral("-15 min (before the start)"));

    const QString empty = renderHtml(Postmortem());
    for (const QString &label :
         {QStringLiteral("Time to detect"), QStringLiteral("Time to mitigate"),
          QStringLiteral("Time to resolve")})
        QCOMPARE(factValue(empty, label), QStringLiteral("\u2014"));
    // The preview shows the rows too.
    QVERIFY(visibleText(html).contains(QLatin1String("Time to mitigate")));
}

void TestRender::timelineShowsDateWhenItChanges()
{
    const QString timeline = timelinePart(renderHtml(nightOutage()));
    QVERIFY(timeline.contains(QLatin1String("Time (UTC)")));
    QCOMPARE(timeline.count(QLatin1String("2024-02-15")), 1);
    QCOMPARE(timeline.count(QLatin1String("2024-02-16")), 1);
    // The new date sits on the first event after midnight, not on a later one.
    const QRegularExpression midnight(QStringLiteral("2024-02-16</span> 00:00</td>.*Paged the "
                                                     "database team"),
                                      QRegularExpression::DotMatchesEverythingOption);
    QVERIFY(midnight.match(timeline).hasMatch());
    QVERIFY(timeline.contains(QLatin1String(">22:05</td>")));
    QVERIFY(timeline.contains(QLatin1String(">01:00</td>")));

    // Times without a date show just the time.
    Postmortem pm = nightOutage();
    for (TimelineEvent &e : pm.timeline)
        e.at.date = QDate();
    const QString undated = timelinePart(renderHtml(pm));
    QVERIFY(!undated.contains(QLatin1String("2024-02-1")));
    QVERIFY(undated.contains(QLatin1String(">22:00</td>")));
}

void TestRender::timelineShowsForeignOffsets()
{
    Postmortem pm = nightOutage();
    pm.timeline[1].at.utcOffsetMinutes = 60;
    const QString timeline = timelinePart(renderHtml(pm));
    QVERIFY(timeline.contains(QLatin1String(">22:05 UTC+01:00</td>")));
    QCOMPARE(timeline.count(QLatin1String("UTC+")), 1);
}

void TestRender::emptySectionsShowPlaceholderOrAreSkipped()
{
    Postmortem pm = nightOutage();
    pm.summary.clear();
    pm.rootCause = QStringLiteral("   \n");
    pm.timeline.clear();
    pm.actionItems.clear();
    pm.sections.append({QStringLiteral("Empty extra"), QStringLiteral("  ")});
    const QString html = renderHtml(pm);
    for (const QString &h : coreHeadings())
        QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(h)), qPrintable(h));
    QCOMPARE(html.count(QLatin1String("Not written yet.")), 4);
    QVERIFY(!html.contains(QLatin1String("Empty extra")));
    QVERIFY(html.contains(QLatin1String("Closing notes")));
    QVERIFY(!html.contains(QLatin1String("class=\"grid")));

    const QString untitled = renderHtml(Postmortem());
    QVERIFY(untitled.contains(QLatin1String("<h1>Untitled postmortem</h1>")));
    QCOMPARE(untitled.count(QLatin1String("Not written yet.")), coreHeadings().size());
}

void TestRender::qtRichTextShowsTheDocument()
{
    const Postmortem pm = nightOutage();
    const QString text = visibleText(renderHtml(pm));
    QVERIFY(text.startsWith(pm.title));
    for (const QString &h : coreHeadings())
        QVERIFY(text.contains(h));
    for (const TimelineEvent &e : pm.timeline)
        QVERIFY(text.contains(e.text));
    QVERIFY(text.contains(QLatin1String("4 h 0 min")));
    QVERIFY(!text.contains(QLatin1String("font-family"))); // the style sheet is not shown
}

void TestRender::markdownExtensions()
{
    const QString html = markdownToHtml(
        QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and www.example.com\n\n"
                       "- [x] done\n- [ ] open\n"));
    QVERIFY(html.contains(QLatin1String("<table>")));
    QVERIFY(html.contains(QLatin1String("<td>2</td>")));
    QVERIFY(html.contains(QLatin1String("<del>gone</del>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"http://www.example.com\">")));
    QVERIFY(html.contains(QStringLiteral("\u2611 done")));
    QVERIFY(html.contains(QStringLiteral("\u2610 open")));
    QVERIFY(!html.contains(QLatin1String("<input")));
}

void TestRender::additionalSectionHeadingsNestBelowSection()
{
    Postmortem pm;
    pm.summary = QStringLiteral("## Big\n\ntext\n\n### Smaller\n\n###### Tiny");
    pm.sections = {{QStringLiteral("Extra"), QStringLiteral("# Top\n\nx")}};
    const QString html = renderHtml(pm);
    QVERIFY(html.contains(QLatin1String("<h3>Big</h3>")));
    QVERIFY(html.contains(QLatin1String("<h4>Smaller</h4>")));
    QVERIFY(html.contains(QLatin1String("<h6>Tiny</h6>")));
    QVERIFY(html.contains(QLatin1String("<h2>Extra</h2>\n<div class=\"md\">\n<h3>Top</h3>")));
    QCOMPARE(html.count(QLatin1String("<h1>")), 1); // only the title
    QCOMPARE(markdownToHtml(QStringLiteral("# Big")).trimmed(), QStringLiteral("<h1>Big</h1>"));
}

void TestRender::hostileTextIsEscaped()
{
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QString img = QStringLiteral("<img src=x onerror=alert(2)>");
    const QString evil = script + img;
    Postmortem pm = nightOutage();
    pm.title = evil;
    pm.authors = {evil};
    pm.summary = evil + QStringLiteral("\n\n") + img + QStringLiteral("\n\ntext ") + script;
    pm.impact = evil;
    pm.timeline[0].text = evil;
    pm.actionItems[0].owner = evil;
    pm.actionItems[0].category = evil;
    pm.actionItems[1].text = evil;
    pm.sections = {{evil, evil}};
    pm.timezone = TimeZoneInfo{evil, 0};
    const QString html = renderHtml(pm);

    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<img[^>]*onerror"),
                                              QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(imgSources(html).isEmpty());
    // Plain strings are shown as text, escaped (title, authors, owner, heading, zone, cells).
    QVERIFY(html.count(evil.toHtmlEscaped()) >= 6);
    // The rich-text engine shows the characters instead of running them.
    QVERIFY(visibleText(html).contains(evil));
}

void TestRender::unsafeLinksAreDropped()
{
    const QString html
        = markdownToHtml(QStringLiteral("[a](javascript:alert(1)) [b](vbscript:x) "
                                        "[c](file:///etc/passwd) [d](https://ok.example)"));
    QVERIFY(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("vbscript:"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("file:"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QLatin1String("href=\"https://ok.example\"")));
}

void TestRender::images_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expectedSrc"); // empty: must not be an image
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("relative") << QStringLiteral("![chart](doc.assets/chart.png)")
                              << QStringLiteral("doc.assets/chart.png") << QString();
    QTest::newRow("relative with dot")
        << QStringLiteral("![c](./a.png)") << QStringLiteral("./a.png") << QString();
    QTest::newRow("https") << QStringLiteral("![x](https://example.com/a.png)") << QString()
                           << QStringLiteral("[x]");
    QTest::newRow("http upper") << QStringLiteral("![x](HTTP://example.com/a.png)") << QString()
                                << QStringLiteral("[x]");
    QTest::newRow("ftp") << QStringLiteral("![f](ftp://example.com/a.png)") << QString()
                         << QStringLiteral("[f]");
    QTest::newRow("protocol relative")
        << QStringLiteral("![p](//example.com/a.png)") << QString() << QStringLiteral("[p]");
    QTest::newRow("data") << QStringLiteral("![d](data:image/png;base64,iVBORw0KGgo=)") << QString()
                          << QStringLiteral("[d]");
    QTest::newRow("file url") << QStringLiteral("![u](file:///base/doc/a.png)") << QString()
                              << QStringLiteral("[u]");
    QTest::newRow("absolute outside")
        << QStringLiteral("![y](/etc/passwd)") << QString() << QStringLiteral("[y]");
    QTest::newRow("climbs out") << QStringLiteral("![z](img/../../secret.png)") << QString()
                                << QStringLiteral("[z]");
    QTest::newRow("encoded climb")
        << QStringLiteral("![e](%2E%2E/secret.png)") << QString() << QStringLiteral("[e]");
    QTest::newRow("encoded absolute")
        << QStringLiteral("![e](%2Fetc%2Fpasswd)") << QString() << QStringLiteral("[e]");
    QTest::newRow("absolute inside made relative")
        << QStringLiteral("![in](/base/doc/img/a.png)") << QStringLiteral("img/a.png") << QString();
    QTest::newRow("alt with markup") << QStringLiteral("![**bold** <b>x</b>](https://e.com/a.png)")
                                     << QString() << QStringLiteral("[bold &lt;b&gt;x&lt;/b&gt;]");
    QTest::newRow("missing file") << QStringLiteral("![gone](gone.png)") << QString()
                                  << QStringLiteral("[gone]");
}

void TestRender::images()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expectedSrc);
    QFETCH(QString, expectedText);
    // A real document folder: images load only when the file is there.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = root.filePath(QStringLiteral("doc"));
    for (const char *dir : {"doc.assets", "img"})
        QVERIFY(QDir(base).mkpath(QLatin1String(dir)));
    for (const char *file : {"doc.assets/chart.png", "a.png", "img/a.png"}) {
        QFile f(QDir(base).filePath(QLatin1String(file)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    markdown.replace(QStringLiteral("/base/doc"), base);
    HtmlOptions opts;
    opts.baseDirectory = base;
    const QString html = markdownToHtml(markdown, opts);
    const QStringList sources = imgSources(html);
    if (expectedSrc.isEmpty()) {
        QVERIFY2(sources.isEmpty(), qPrintable(html));
        QVERIFY2(html.contains(expectedText), qPrintable(html));
    } else {
        QCOMPARE(sources, QStringList{expectedSrc});
    }
    // Also inside a whole document.
    Postmortem pm;
    pm.impact = markdown;
    QCOMPARE(imgSources(renderHtml(pm, opts)), sources);
}

void TestRender::isSafeLocalResource()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = root.filePath(QStringLiteral("doc"));
    QVERIFY(QDir().mkpath(base + QStringLiteral("/doc.assets")));
    auto touch = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
    };
    QVERIFY(touch(base + QStringLiteral("/a.png")));
    QVERIFY(touch(base + QStringLiteral("/doc.assets/chart.png")));
    QVERIFY(touch(root.filePath(QStringLiteral("outside.png"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("outside.png")),
                        base + QStringLiteral("/link.png")));

    auto ok = [&](const QUrl &u) {
        return Hindsight::isSafeLocalResource(u, base);
    };
    QVERIFY(ok(QUrl(QStringLiteral("a.png"))));
    QVERIFY(ok(QUrl(QStringLiteral("doc.assets/chart.png"))));
    QVERIFY(ok(QUrl::fromLocalFile(base + QStringLiteral("/a.png"))));
    QVERIFY(ok(QUrl::fromLocalFile(base + QStringLiteral("/doc.assets/../a.png"))));
    QCOMPARE(safeLocalResourcePath(QUrl(QStringLiteral("a.png")), base),
             QFileInfo(base + QStringLiteral("/a.png")).canonicalFilePath());

    QVERIFY(!ok(QUrl(QStringLiteral("missing.png"))));
    QVERIFY(!ok(QUrl(QStringLiteral("doc.assets")))); // a folder
    QVERIFY(!ok(QUrl(QStringLiteral("../outside.png"))));
    QVERIFY(!ok(QUrl(QStringLiteral("%2E%2E/outside.png"))));
    QVERIFY(!ok(QUrl::fromLocalFile(root.filePath(QStringLiteral("outside.png")))));
    QVERIFY(!ok(QUrl(QStringLiteral("link.png")))); // symlink out of the folder
    QVERIFY(!ok(QUrl(QStringLiteral("/etc/passwd"))));
    QVERIFY(!ok(QUrl(QStringLiteral("https://example.com/a.png"))));
    QVERIFY(!ok(QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgo="))));
    QVERIFY(!ok(QUrl(QStringLiteral("qrc:/a.png"))));
    QVERIFY(!ok(QUrl(QStringLiteral("file://remotehost") + base + QStringLiteral("/a.png"))));
    // A sibling folder whose name starts with the base folder's name is outside.
    QVERIFY(QDir().mkpath(base + QStringLiteral("2")));
    QVERIFY(touch(base + QStringLiteral("2/b.png")));
    QVERIFY(!ok(QUrl::fromLocalFile(base + QStringLiteral("2/b.png"))));
    QVERIFY(!Hindsight::isSafeLocalResource(QUrl(QStringLiteral("a.png")), QString()));
}

void TestRender::pdfContainsTheDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Postmortem pm = nightOutage();
    const QString path = dir.filePath(QStringLiteral("outage.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("outage.pdf")});

    if (!havePoppler())
        QSKIP("pdftotext not installed");
    const QString text = squeeze(pdfText(path));
    QVERIFY2(!text.isEmpty(), "pdftotext failed");
    QVERIFY(text.contains(pm.title));
    for (const QString &h : coreHeadings())
        QVERIFY2(text.contains(h), qPrintable(h));
    QVERIFY(text.contains(QLatin1String("Closing notes")));
    // A table row may run over a page break (the chart above the table moves it down): read
    // the rows in drawing order without the page furniture.
    const QString body = squeeze(pdfBodyText(path));
    for (const TimelineEvent &e : pm.timeline)
        QVERIFY2(body.contains(squeeze(e.text)), qPrintable(e.text));
    QVERIFY(text.contains(QLatin1String("4 h 0 min")));
    QVERIFY(text.contains(QLatin1String("2024-02-16 00:00")));
    QVERIFY(QRegularExpression(QStringLiteral("Page 1 of [123]\\b")).match(text).hasMatch());

    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.contains(QStringLiteral("Title:")));
    QVERIFY(squeeze(info).contains(QStringLiteral("Title: ") + pm.title));
    QVERIFY(squeeze(info).contains(QLatin1String("Creator: Hindsight")));
    QVERIFY(squeeze(info).contains(QLatin1String("(A4)")));
}

void TestRender::pdfPaginatesLongDocuments()
{
    if (!havePoppler())
        QSKIP("pdftotext not installed");
    Postmortem pm = nightOutage();
    const QList<TimelineEvent> base = pm.timeline;
    for (int day = 1; day < 12; ++day) {
        for (TimelineEvent e : base) {
            e.at.date = e.at.date.addDays(day);
            e.text = QStringLiteral("Day %1: %2").arg(day).arg(e.text);
            pm.timeline.append(e);
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    const QString info = squeeze(runTool(QStringLiteral("pdfinfo"), {path}));
    const int pages
        = QRegularExpression(QStringLiteral("Pages: (\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 3, qPrintable(info));
    const QString text = squeeze(pdfText(path));
    for (int p = 1; p <= pages; ++p)
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
    // Pagination must not lose rows. A row may continue on the next page, and the line above a
    // page's clip is also in its text layer (see keepBlocksTogether in pdfexporter.cpp), so
    // check that the beginning and the end of every event are there, in drawing order.
    const QString body = squeeze(pdfBodyText(path));
    for (const TimelineEvent &e : std::as_const(pm.timeline)) {
        const QString t = squeeze(e.text);
        const QString head = t.left(30);
        const QString tail = t.right(20);
        const qsizetype at = body.indexOf(head);
        QVERIFY2(at >= 0, qPrintable(head));
        QVERIFY2(body.indexOf(tail, at + head.size()) > at, qPrintable(t));
    }
    QCOMPARE(body.count(QLatin1String("Day 11: Pool size restored to 200")), 1);
    // The table header repeats on every page the table runs over, and only there.
    int tablePages = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString page = squeeze(
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(p),
                     QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")}));
        const bool hasRow = std::any_of(
            pm.timeline.cbegin(), pm.timeline.cend(),
            [&page](const TimelineEvent &e) { return page.contains(squeeze(e.text).left(30)); });
        const bool hasHeader = page.contains(QLatin1String("Time (UTC) Kind Event"));
        QVERIFY2(hasRow == hasHeader, qPrintable(QStringLiteral("page %1").arg(p)));
        tablePages += hasHeader ? 1 : 0;
    }
    QVERIFY(tablePages >= 3);
    QCOMPARE(text.count(QLatin1String("Time (UTC) Kind Event")), tablePages);
}

void TestRender::pdfHostileTextIsPlainText()
{
    if (!havePoppler())
        QSKIP("pdftotext not installed");
    Postmortem pm = nightOutage();
    pm.title = QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    pm.actionItems[0].owner = QStringLiteral("<u>ops</u>"); // fits the column unwrapped
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evil.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    const QString text = squeeze(pdfText(path));
    QVERIFY2(text.contains(pm.title), qPrintable(text));
    // The owner column is narrow: the text may wrap, so compare without white space.
    auto compact = [](QString s) {
        return s.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    QVERIFY2(compact(pdfText(path, true)).contains(compact(pm.actionItems[0].owner)),
             qPrintable(pdfText(path, true)));
}

void TestRender::pdfUnwritablePathFails()
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir"));
    const QString path = missingDir + QStringLiteral("/out.pdf");
    QString error;
    QVERIFY(!exportPdf(nightOutage(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A null error pointer is allowed.
    QVERIFY(!exportPdf(nightOutage(), path, nullptr));
    // The target is a folder.
    QVERIFY(!exportPdf(nightOutage(), dir.path(), &error));
    QVERIFY(!error.isEmpty());
}

void TestRender::pdfReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    QString error;
    QVERIFY2(exportPdf(nightOutage(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(!bytes.contains(QByteArray(100, 'x')));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.pdf")});
}

void TestRender::pdfEmbedsLocalImagesOnly()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("doc"));
    QVERIFY(QDir().mkpath(base));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(base + QStringLiteral("/inside.png")));
    QVERIFY(image.save(dir.filePath(QStringLiteral("outside.png"))));

    Postmortem pm = nightOutage();
    HtmlOptions opts;
    opts.baseDirectory = base;
    QString error;
    const QString withImage = dir.filePath(QStringLiteral("with.pdf"));
    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    pm.impact = QStringLiteral("Impact.\n\n![inside](inside.png)");
    QVERIFY2(exportPdf(pm, withImage, &error, opts), qPrintable(error));
    pm.impact = QStringLiteral("Impact.\n\n![inside](../outside.png)");
    QVERIFY2(exportPdf(pm, without, &error, opts), qPrintable(error));

    auto imageCount = [](const QString &pdf) {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count("/Subtype /Image")) : -1;
    };
    // The timeline chart is one image in both; the document's own image only inside.
    QCOMPARE(imageCount(without), 1);
    QCOMPARE(imageCount(withImage), 2);
    if (havePoppler())
        QVERIFY(squeeze(pdfText(without)).contains(QLatin1String("[inside]")));
}

void TestRender::htmlShowsTheChartTheCallerGives()
{
    Postmortem pm = nightOutage();
    // Document text cannot name the chart's resource, nor a data: picture.
    pm.impact = QStringLiteral("![fake](hindsight-chart://timeline.png) ![data](data:image/png;"
                               "base64,iVBORw0KGgo=)");
    QString html = renderHtml(pm);
    QVERIFY(imgSources(html).isEmpty());
    QVERIFY(html.contains(QLatin1String("[fake]")));

    HtmlOptions opts;
    opts.timelineChartUrl = timelineChartResourceUrl().toString();
    opts.timelineChartSize = QSize(640, 300);
    html = renderHtml(pm, opts);
    QCOMPARE(imgSources(html), QStringList{QStringLiteral("hindsight-chart://timeline.png")});
    const QString timeline = timelinePart(html);
    const qsizetype img = timeline.indexOf(
        QLatin1String("<img src=\"hindsight-chart://timeline.png\" width=\"640\" height=\"300\""));
    QVERIFY2(img > 0, qPrintable(timeline.left(400)));
    QVERIFY(img < timeline.indexOf(QLatin1String("<table"))); // above the table
    QVERIFY(timeline.contains(QLatin1String("alt=\"Timeline chart\"")));

    // Qt's rich text shows the registered picture at the given size.
    QTextDocument doc;
    QImage chart(1280, 600, QImage::Format_RGB32);
    chart.fill(Qt::white);
    chart.setDevicePixelRatio(2);
    doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
    doc.setHtml(html);
    bool found = false;
    for (QTextBlock b = doc.begin(); b.isValid() && !found; b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
                QCOMPARE(f.name(), timelineChartResourceUrl().toString());
                QCOMPARE(f.width(), 640.0);
                QCOMPARE(f.height(), 300.0);
                found = true;
            }
    QVERIFY(found);

    // An empty timeline has no chart even when asked.
    pm.timeline.clear();
    QVERIFY(imgSources(renderHtml(pm, opts)).isEmpty());
}

void TestRender::standaloneHtmlEmbedsTheChart()
{
    Postmortem pm = nightOutage();
    pm.summary = QStringLiteral("![remote](https://example.com/x.png)");
    const QString html = QString::fromUtf8(renderStandaloneHtml(pm));
    const QStringList sources = imgSources(html);
    QCOMPARE(sources.size(), 1);
    QVERIFY(sources.first().startsWith(QLatin1String("data:image/png;base64,")));
    const QImage decoded
        = QImage::fromData(QByteArray::fromBase64(sources.first().mid(22).toLatin1()), "PNG");
    QCOMPARE(decoded.size(), kTimelineChartExportSize * 2);
    QVERIFY(html.contains(QLatin1String("[remote]")));

    Postmortem untimed = nightOutage();
    for (TimelineEvent &e : untimed.timeline)
        e.at = Moment();
    QVERIFY(imgSources(QString::fromUtf8(renderStandaloneHtml(untimed))).isEmpty());
}

void TestRender::previewDocumentShowsTheChart()
{
    // What the preview does: the picture as a resource, the HTML naming it.
    const Postmortem pm = nightOutage();
    const QImage chart = renderTimelineChartImage(pm, QSize(600, 280), 1);
    QVERIFY(!chart.isNull());
    HtmlOptions opts;
    opts.timelineChartUrl = timelineChartResourceUrl().toString();
    opts.timelineChartSize = QSize(600, 280);
    QTextDocument doc;
    doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
    doc.setHtml(renderHtml(pm, opts));
    doc.setTextWidth(700);
    QImage page(700, int(doc.size().height()), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        doc.drawContents(&p);
    }
    // The chart's incident-window shading (light red) is somewhere on the page.
    bool shaded = false;
    for (int y = 0; y < page.height() && !shaded; y += 3)
        for (int x = 0; x < page.width() && !shaded; x += 3) {
            const QColor c = page.pixelColor(x, y);
            shaded = c.red() > 240 && c.green() < 240 && c.green() > 215 && c.blue() < 240;
        }
    QVERIFY(shaded);
}

void TestRender::pdfCarriesTheChart()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(exportPdf(nightOutage(), path, &error), qPrintable(error));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QCOMPARE(lines.size(), 1);
    const QStringList cols = lines.first().simplified().split(QLatin1Char(' '));
    QCOMPARE(cols.value(2), QStringLiteral("image"));
    QVERIFY2(cols.value(3).toInt() >= 1900, qPrintable(lines.first())); // across 170 mm
    QVERIFY2(cols.value(12).toInt() >= 290, qPrintable(lines.first())); // print resolution

    Postmortem untimed = nightOutage();
    for (TimelineEvent &e : untimed.timeline)
        e.at.time = QTime();
    QVERIFY2(exportPdf(untimed, path, &error), qPrintable(error));
    QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                 .size(),
             2); // the header only
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
