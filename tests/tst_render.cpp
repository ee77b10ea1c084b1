// Tests for the render library's HTML (htmlrenderer.h): durations and moments as people read
// them, every section, timeline event and action item in order, key facts, Markdown in the
// fields, hostile text escaped, unsafe links dropped, and which images may be shown.
#include "core/metrics.h"
#include "render/htmlrenderer.h"
#include "renderfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace Hindsight;
using namespace HindsightTest;

namespace {

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
    void longRunsWrap();
    void additionalSectionHeadingsNestBelowSection();
    void hostileTextIsEscaped();
    void unsafeLinksAreDropped();
    void images_data();
    void images();
    void isSafeLocalResource();
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

    // An impact written as a table: its first row with words, cell after cell.
    Postmortem table = nightOutage();
    table.impact = QStringLiteral("| | |\n|---|---|\n| Downtime | about 4 hours |\n"
                                  "| Users | all of them |\n");
    QVERIFY(
        keyFactsPart(renderHtml(table)).contains(QLatin1String("Downtime: about 4 hours</td>")));
    // An impact written as a list: its first item's words, without the marker.
    Postmortem listed = nightOutage();
    listed.impact = QStringLiteral("- Checkout hung for every shopper.\n- Search was slow.\n");
    QVERIFY(keyFactsPart(renderHtml(listed))
                .contains(QLatin1String(">Checkout hung for every shopper.</td>")));

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

void TestRender::longRunsWrap()
{
    // A pasted log URL of 300 characters without a space, as link and as plain text.
    QString url = QStringLiteral("https://logs.example.com/viewer?project=ops");
    while (url.size() < 300)
        url += QStringLiteral("&filter=field%3Dvalue");
    const QString html = markdownToHtml(QStringLiteral("See <%1> and %1 for the logs.").arg(url));
    QVERIFY(html.contains(
        QStringLiteral("href=\"%1\"")
            .arg(QString(url).replace(QLatin1String("&"),
                                      QLatin1String("&amp;"))))); // the target as written
    QTextDocument doc;
    doc.setHtml(html);
    doc.setTextWidth(400);
    QVERIFY2(doc.idealWidth() <= 400, qPrintable(QString::number(doc.idealWidth())));
    QString shown = doc.toPlainText();
    shown.remove(QChar(0x200B));
    QCOMPARE(shown.count(url), 2); // nothing of the text is lost
    // Ordinary words are left alone.
    QVERIFY(!markdownToHtml(QStringLiteral("A short sentence with a/b and c=d."))
                 .contains(QChar(0x200B)));
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

QTEST_MAIN(TestRender)
#include "tst_render.moc"
