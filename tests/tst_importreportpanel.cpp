// The import report panel in the real main window (offscreen platform): opening a foreign
// postmortem shows what was recognised, guessed and kept; the close button dismisses it.
#include "core/postmortemfile.h"
#include "corpus.h"
#include "modalguard.h"
#include "ui/importreportpanel.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Hindsight;

class TestImportReportPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_importreportpanel"));
    }

    void foreignFileShowsTheReportAndCloseHidesIt()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *panel = w.findChild<ImportReportPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->isVisibleTo(&w)); // nothing imported yet

        const QString path = QStringLiteral(HINDSIGHT_TEST_DATA "/import/dd-mm-no-zone.md");
        QVERIFY(w.openFile(path));
        QVERIFY(panel->isVisibleTo(&w));
        const QString shown = panel->text();
        QVERIFY2(shown.contains(QStringLiteral("dd-mm-no-zone.md")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Guessed")));
        QVERIFY(shown.contains(QStringLiteral("No time zone is stated")));
        QVERIFY(shown.contains(QStringLiteral("Recognised")));
        // Every finding of the report is shown.
        const ImportReport report = loadPostmortemFile(path).importReport;
        QVERIFY(!report.isEmpty());
        for (const QString &line : report.guessed + report.recognised + report.keptAsIs)
            QVERIFY2(shown.contains(line), qPrintable(line));
        // Above the form, in the same column.
        QVERIFY(panel->mapTo(&w, QPoint(0, 0)).y() < w.form()->mapTo(&w, QPoint(0, 0)).y());

        QSignalSpy dismissed(panel, &ImportReportPanel::dismissed);
        auto *close = panel->findChild<QToolButton *>(QStringLiteral("closeImportReport"));
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!panel->isVisibleTo(&w));
        QCOMPARE(dismissed.count(), 1);
    }

    void nativeFileShowsNoReport()
    {
        QTemporaryDir dir;
        const QString native = dir.filePath(QStringLiteral("native.md"));
        const LoadResult imported
            = loadPostmortemFile(QStringLiteral(HINDSIGHT_TEST_DATA "/import/course-format.md"));
        QVERIFY(imported.ok);
        QString error;
        QVERIFY2(savePostmortemFile(imported.postmortem, native, &error), qPrintable(error));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *panel = w.findChild<ImportReportPanel *>();
        QVERIFY(w.openFile(QStringLiteral(HINDSIGHT_TEST_DATA "/import/course-format.md")));
        QVERIFY(panel->isVisibleTo(&w));
        QVERIFY(w.openFile(native)); // a Hindsight file: nothing was imported
        QVERIFY(!panel->isVisibleTo(&w));
    }
};

QTEST_MAIN(TestImportReportPanel)
#include "tst_importreportpanel.moc"
