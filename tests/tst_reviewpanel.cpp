// The live review panel on the real main window: findings follow typing, clicking one jumps.
#include "core/document.h"
#include "corpus.h"
#include "modalguard.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/reviewpanel.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

bool hasRule(const ReviewPanel *panel, const char *rule)
{
    const QList<Finding> findings = panel->findings();
    return std::any_of(findings.begin(), findings.end(),
                       [rule](const Finding &f) { return f.ruleId == QLatin1String(rule); });
}

/// Waits for the panel's next finished run (the checks run on a worker thread).
bool waitForRun(ReviewPanel *panel)
{
    QSignalSpy spy(panel, &ReviewPanel::updated);
    return spy.wait(5000);
}

int rowOf(const QListWidget *list, const QString &startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(startsWith))
            return i;
    }
    return -1;
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_reviewpanel"));
    }

    void findingsFollowTyping()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReviewPanel *panel = w.reviewPanel();
        QVERIFY(panel);
        Postmortem pm;
        pm.title = QStringLiteral("Checkout outage");
        pm.summary = QStringLiteral("Checkout failed.");
        w.document()->reset(pm, QString());
        QVERIFY(waitForRun(panel));
        QVERIFY(hasRule(panel, "course.root-cause"));
        QCOMPARE(panel->list()->count(), panel->findings().size());

        // Type a root cause into its editor, as a user would.
        w.form()->showLocation({FieldId::RootCause, -1});
        auto *cause = w.form()->findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
        QVERIFY(cause);
        QTRY_VERIFY(cause->hasFocus());
        QTest::keyClicks(cause, QStringLiteral("A retry storm exhausted the connection pool."));
        QVERIFY(waitForRun(panel));
        QVERIFY(!hasRule(panel, "course.root-cause"));
        QCOMPARE(panel->list()->count(), panel->findings().size());

        // Undo brings the finding back.
        w.document()->undoStack()->undo();
        QVERIFY(waitForRun(panel));
        QVERIFY(hasRule(panel, "course.root-cause"));
    }

    void aRunOfAnOutdatedDocumentIsDropped()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReviewPanel *panel = w.reviewPanel();
        Postmortem pm;
        pm.title = QStringLiteral("Checkout outage");
        pm.summary = QStringLiteral("Checkout failed.");
        w.document()->reset(pm, QString());
        QVERIFY(waitForRun(panel));
        QVERIFY(hasRule(panel, "course.root-cause"));

        // A run of the document without a root cause starts on the worker, then the root
        // cause arrives: that run's findings are never shown, the next run's are.
        QSignalSpy updated(panel, &ReviewPanel::updated);
        panel->checkNow();
        w.document()->edit(
            QStringLiteral("Root cause"),
            [](Postmortem &p) {
                p.rootCause = QStringLiteral("A retry storm exhausted the connection pool.");
            },
            QStringLiteral("rootCause"));
        QVERIFY(updated.wait(5000));
        QCOMPARE(updated.count(), 1);
        QVERIFY(!hasRule(panel, "course.root-cause"));
        QCOMPARE(panel->list()->count(), panel->findings().size());
    }

    void clickingAFindingJumpsToItsPlace()
    {
        HINDSIGHT_REQUIRE_CORPUS("seeds");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReviewPanel *panel = w.reviewPanel();
        // Seed 004 has "Enginner" in its second timeline event and five action items with
        // no owner.
        QDir seeds(HindsightTest::corpusPath(QStringLiteral("seeds")));
        const QStringList seed004 = seeds.entryList({QStringLiteral("004_*.txt")});
        QCOMPARE(seed004.size(), 1);
        QVERIFY(w.openFile(seeds.filePath(seed004.first())));
        QVERIFY(waitForRun(panel));
        auto *tabs = w.form()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QListWidget *list = panel->list();

        const int timelineRow = rowOf(list, QStringLiteral("Timeline row 2"));
        QVERIFY2(timelineRow >= 0, "no finding on timeline row 2");
        QListWidgetItem *item = list->item(timelineRow);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Timeline"));
        QTableView *timeline = w.form()->timelineView();
        QCOMPARE(timeline->selectionModel()->selectedRows().value(0).row(), 1);

        const int actionRow = rowOf(list, QStringLiteral("Action item 3"));
        QVERIFY(actionRow >= 0);
        list->setFocus();
        list->setCurrentRow(actionRow);
        QTest::keyClick(list, Qt::Key_Return); // keyboard users activate with Enter
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Action items"));
        QCOMPARE(w.form()->actionItemView()->selectionModel()->selectedRows().value(0).row(), 2);

        // A summary that tells the symptom only draws a finding on the summary; the seed's
        // summary names its root cause.
        Postmortem pm;
        pm.title = QStringLiteral("Checkout outage");
        pm.summary = QStringLiteral("Checkout failed for an hour.");
        pm.rootCause = QStringLiteral("A retry storm exhausted the connection pool.");
        w.document()->reset(pm, QString());
        QVERIFY(waitForRun(panel));
        const int summaryRow = rowOf(list, QStringLiteral("Summary"));
        QVERIFY(summaryRow >= 0);
        list->setCurrentRow(summaryRow);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(w.form()->summaryEditor()->hasFocus());
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
