// PDF pages a reviewer hands round: on a long generated document (60 timeline events, 30
// action items with long texts), no table row is split across two pages, the tables' header
// rows repeat on every page they run onto, no heading is left at the foot of a page, and
// durations of a day or more read in days ("14 d 4 h 40 min").
// Set HINDSIGHT_PDF_DUMP=/some/dir to keep the PDF there, to look at (pdftoppm -r 60 -png).
#include "core/duration.h"
#include "render/pdfexporter.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

Moment at(const QDate &date, int h, int m)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = 0;
    return mo;
}

/// Words enough to wrap over several lines of a table cell, different per row so rows differ
/// in height.
QString filler(int n)
{
    static const QStringList words
        = {QStringLiteral("the"),       QStringLiteral("replica"),  QStringLiteral("queue"),
           QStringLiteral("drained"),   QStringLiteral("slowly"),   QStringLiteral("while"),
           QStringLiteral("operators"), QStringLiteral("compared"), QStringLiteral("dashboards"),
           QStringLiteral("and"),       QStringLiteral("traces"),   QStringLiteral("across")};
    QStringList out;
    for (int i = 0; i < 14 + (n * 7) % 40; ++i)
        out << words[(n + i) % words.size()];
    return out.join(QLatin1Char(' '));
}

/// A long incident of our own: 14 days 4 hours 40 minutes from start to end.
Postmortem longDocument()
{
    Postmortem pm;
    pm.title = QStringLiteral("Slow replication in the billing cluster");
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    const QDate day(2025, 1, 6);
    pm.start = at(day, 8, 0);
    pm.end = at(day.addDays(14), 12, 40);
    pm.summary = QStringLiteral("Replication to the billing replicas lagged for two weeks.");
    pm.impact = QStringLiteral("Invoices were delayed for a share of customers.");
    static const EventKind kinds[] = {EventKind::Investigation, EventKind::Communication,
                                      EventKind::Misleading, EventKind::Other};
    for (int i = 0; i < 60; ++i) {
        const EventKind kind = i == 0    ? EventKind::Detection
                               : i == 59 ? EventKind::Resolution
                                         : kinds[i % 4];
        pm.timeline.append(
            {at(day.addDays(i / 4), 8 + (i % 4) * 3, (i * 7) % 60), kind,
             QStringLiteral("E%1start %2 E%1end").arg(i, 2, 10, QLatin1Char('0')).arg(filler(i))});
    }
    for (int i = 0; i < 30; ++i) {
        ActionItem a;
        a.text = QStringLiteral("A%1start %2 A%1end")
                     .arg(i, 2, 10, QLatin1Char('0'))
                     .arg(filler(i + 3));
        a.owner = QStringLiteral("Storage team");
        a.due = QDate(2025, 2, 1).addDays(i);
        pm.actionItems.append(a);
    }
    pm.rootCause = QStringLiteral("RCbody ") + filler(1);
    pm.resolution = filler(2);
    return pm;
}

/// The PDF's text per page (pdftotext -layout), or an empty list.
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageWith(const QStringList &pages, const QString &token)
{
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].contains(token))
            return int(i);
    return -1;
}

} // namespace

class TestPdfPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durationsOfADayOrMoreReadInDays()
    {
        QCOMPARE(formatDuration(45), QStringLiteral("45 min"));
        QCOMPARE(formatDuration(240), QStringLiteral("4 h 0 min"));
        QCOMPARE(formatDuration(240, DurationStyle::Compact), QStringLiteral("4 h"));
        QCOMPARE(formatDuration(23 * 60 + 59), QStringLiteral("23 h 59 min"));
        QCOMPARE(formatDuration(24 * 60), QStringLiteral("1 d"));
        QCOMPARE(formatDuration(340 * 60 + 40), QStringLiteral("14 d 4 h 40 min"));
        QCOMPARE(formatDuration(2 * 24 * 60 + 30), QStringLiteral("2 d 30 min"));
        QCOMPARE(formatDuration(-90), QStringLiteral("-1 h 30 min"));
        QCOMPARE(formatDuration(-(24 * 60 + 60), DurationStyle::Compact, QStringLiteral("\u2212")),
                 QStringLiteral("\u22121 d 1 h"));
    }

    void rowsStayWholeAndHeadersRepeat()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext not installed");
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("long.pdf"));
        const QString dump = qEnvironmentVariable("HINDSIGHT_PDF_DUMP");
        if (!dump.isEmpty())
            path = QDir(dump).filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(exportPdf(longDocument(), path, &error), qPrintable(error));
        const QStringList pages = pdfPages(path);
        QVERIFY(pages.size() > 4);

        // Each row's first and last words on the same page, rows in order.
        int previous = 0;
        for (const auto &[prefix, count] :
             {std::pair{QStringLiteral("E"), 60}, std::pair{QStringLiteral("A"), 30}}) {
            for (int i = 0; i < count; ++i) {
                const QString id = prefix + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
                const int start = pageWith(pages, id + QStringLiteral("start"));
                const int end = pageWith(pages, id + QStringLiteral("end"));
                QVERIFY2(start >= 0, qPrintable(id));
                QVERIFY2(start == end, qPrintable(QStringLiteral("%1 runs from page %2 to %3")
                                                      .arg(id)
                                                      .arg(start + 1)
                                                      .arg(end + 1)));
                QVERIFY(start >= previous);
                previous = start;
            }
        }
        // The header row on every page a table runs onto, above its first row there.
        static const QRegularExpression timelineHeader(QStringLiteral("Time \\(UTC\\)\\s+Kind"));
        static const QRegularExpression actionsHeader(QStringLiteral("Action item\\s+Category"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QString &page = pages[p];
            const qsizetype firstRow
                = page.indexOf(QRegularExpression(QStringLiteral("E\\d\\dstart")));
            if (firstRow >= 0) {
                const auto m = timelineHeader.match(page);
                QVERIFY2(m.hasMatch() && m.capturedStart() < firstRow,
                         qPrintable(QStringLiteral("no timeline header on page %1").arg(p + 1)));
            }
            const qsizetype firstItem
                = page.indexOf(QRegularExpression(QStringLiteral("A\\d\\dstart")));
            if (firstItem >= 0) {
                const auto m = actionsHeader.match(page);
                QVERIFY2(m.hasMatch() && m.capturedStart() < firstItem,
                         qPrintable(QStringLiteral("no action-item header on page %1").arg(p + 1)));
            }
        }
        // A heading is on the page of what follows it.
        QCOMPARE(pageWith(pages, QStringLiteral("Root cause")),
                 pageWith(pages, QStringLiteral("RCbody")));
        QCOMPARE(pageWith(pages, QStringLiteral("Action items")),
                 pageWith(pages, QStringLiteral("A00start")));
        // The key facts give the duration in days.
        QVERIFY(pages.first().contains(QStringLiteral("14 d 4 h 40 min")));
    }

    /// The first row below a table's header has no row above it to pad: when it would run
    /// over a page's foot, the table starts on the next page. Every cell of that row (the kind
    /// badge as much as the time and the text) is on one page, wherever the page's foot falls.
    void firstRowStaysWithItsCells()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext not installed");
        QTemporaryDir dir;
        const QDate day(2025, 3, 4);
        Postmortem pm;
        pm.title = QStringLiteral("Queue backlog");
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        pm.start = at(day, 9, 0);
        pm.end = at(day, 11, 0);
        pm.summary = QStringLiteral("The order queue backed up for two hours.");
        pm.timeline.append({at(day, 9, 0), EventKind::Detection,
                            QStringLiteral("FIRSTstart %1 FIRSTend").arg(filler(1))});
        pm.timeline.append(
            {at(day, 11, 0), EventKind::Resolution, QStringLiteral("Queue drained.")});
        int moved = 0;
        // Pages 1 mm shorter each time: the foot of page one moves up over the table's first
        // row in steps smaller than a line of text.
        for (int height = 297; height >= 200; --height) {
            const QString path = dir.filePath(QStringLiteral("h%1.pdf").arg(height));
            QString error;
            QVERIFY2(exportPdf(pm, path, &error, HtmlOptions(),
                               QPageSize(QSizeF(210, height), QPageSize::Millimeter)),
                     qPrintable(error));
            const QStringList pages = pdfPages(path);
            QVERIFY(!pages.isEmpty());
            const int text = pageWith(pages, QStringLiteral("FIRSTstart"));
            const int kind = pageWith(pages, QStringLiteral("DETECTION"));
            QCOMPARE(pageWith(pages, QStringLiteral("FIRSTend")), text);
            QVERIFY2(kind == text, qPrintable(QStringLiteral("page height %1 mm: the first row's "
                                                             "kind is on page %2, its text on %3")
                                                  .arg(height)
                                                  .arg(kind + 1)
                                                  .arg(text + 1)));
            moved += text > 0 ? 1 : 0;
        }
        QVERIFY2(moved > 0, "the table never reached page two: the test moved nothing");
    }
};

QTEST_MAIN(TestPdfPages)
#include "tst_pdfpages.moc"
