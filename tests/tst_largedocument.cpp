// Large documents without waiting (issue 19, part 7): a file over 256 KB is read on a worker
// thread behind a cancellable progress dialog while the window keeps running its event loop;
// it arrives whole, and cancelling leaves the open document as it was. Timings are measured in
// tests/benchmarks/ (timelinescale.cpp), never asserted here: the tests hold the read
// (DocumentManager::holdBackgroundReads) while they act, instead of counting on it to last.
#include "core/document.h"
#include "core/nativeformat.h"
#include "modalguard.h"
#include "ui/documentmanager.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Hindsight;

namespace {

/// A postmortem with `events` timeline events a few seconds apart, each with its own text.
Postmortem longTimeline(int events)
{
    Postmortem pm;
    pm.title = QStringLiteral("Replication backlog after a storage failover");
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = Moment{QDate(2026, 5, 4), QTime(1, 0), 0, {}};
    pm.end = Moment{QDate(2026, 5, 5), QTime(9, 0), 0, {}};
    pm.summary = QStringLiteral("Writes queued behind a replica that fell behind.");
    QDateTime at(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC);
    for (int i = 0; i < events; ++i) {
        TimelineEvent e;
        e.at = Moment{at.date(), at.time(), 0, {}};
        e.kind = i == 3            ? EventKind::Detection
                 : i == events - 1 ? EventKind::Resolution
                                   : EventKind::Investigation;
        e.text = QStringLiteral("Step %1: the backlog monitor reported %2 pending writes on "
                                "the second replica while the operator watched the graphs.")
                     .arg(i)
                     .arg(1000 + i * 7);
        pm.timeline.append(e);
        at = at.addSecs(9);
    }
    return pm;
}

/// Writes `pm` natively to `path`; its size in bytes, or -1.
qint64 writeFile(const QString &path, const Postmortem &pm)
{
    QFile f(path);
    const QByteArray data = writeNativeFormat(pm);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return -1;
    return data.size();
}

/// Calls `each` every 5 ms on the GUI thread while it runs.
struct Ticker
{
    explicit Ticker(std::function<void()> each)
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, each] {
            ++ticks;
            each();
        });
        timer.start(5);
    }
    QTimer timer;
    int ticks = 0;
};

/// Holds the reads started in the background while alive (or until release()): the test acts
/// during a read however fast this machine reads.
struct HeldReads
{
    HeldReads() { DocumentManager::holdBackgroundReads(true); }
    ~HeldReads() { release(); }
    HeldReads(const HeldReads &) = delete;
    HeldReads &operator=(const HeldReads &) = delete;
    void release() { DocumentManager::holdBackgroundReads(false); }
};

/// Ticks of Ticker after which a held read is let go in any case (10 s): only reached when
/// what the test waits for never happens, which it then reports.
constexpr int kGiveUpTicks = 2000;

} // namespace

class TestLargeDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_largedocument"));
    }

    void aLargeFileLoadsWhileTheWindowKeepsRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backlog.md"));
        const Postmortem written = longTimeline(10000);
        QVERIFY(writeFile(path, written) > DocumentManager::kBackgroundLoadBytes);
        QVERIFY(DocumentManager::loadsInBackground(path));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Shown at once: whether a read outlasts the usual 250 ms depends on the machine.
        w.files()->setProgressDelay(0);
        bool sawProgress = false;
        bool sawDialog = false;
        int percentShown = -1;
        int maximum = -1;
        int ticks = 0;
        // Started just before the call: it can only tick if the GUI thread runs its event loop
        // while the file is read, which a read on the GUI thread would not let it do. The read
        // is held until the dialog has shown.
        HeldReads held;
        Ticker ticker([&] {
            ++ticks;
            if (auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("openProgress"))) {
                sawProgress = true;
                sawDialog = sawDialog || progress->isVisible();
                maximum = progress->maximum();
                percentShown = std::max(percentShown, progress->value());
            }
            if ((sawDialog && ticks >= 3) || ticks > kGiveUpTicks)
                held.release();
        });
        QVERIFY(w.openFile(path));
        ticker.timer.stop();
        QVERIFY2(ticker.ticks > 0, "the GUI thread processed no timer while the file loaded");
        QVERIFY(sawProgress);
        QVERIFY(sawDialog);
        QVERIFY(!w.findChild<QProgressDialog *>(QStringLiteral("openProgress")));
        // A percentage, not a busy bar, and never "done" while the read still runs (the
        // worker's progress itself is checked in tst_postmortemfile).
        QCOMPARE(maximum, 100);
        QVERIFY2(percentShown >= 0 && percentShown < 100,
                 qPrintable(QString::number(percentShown)));

        // The document arrived whole: in the model, and in the timeline table.
        const Postmortem &pm = w.document()->postmortem();
        QCOMPARE(pm.timeline.size(), 10000);
        QCOMPARE(pm.timeline.first().text, written.timeline.first().text);
        QCOMPARE(pm.timeline.last().text, written.timeline.last().text);
        QCOMPARE(pm.timeline.last().kind, EventKind::Resolution);
        QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w.document()->isModified());
        const QAbstractItemModel *table = w.form()->timelineView()->model();
        QCOMPARE(table->rowCount(), 10000);
        QCOMPARE(table->index(9999, 3).data().toString(), written.timeline.last().text);
        QCOMPARE(table->index(5000, 3).data().toString(), written.timeline.at(5000).text);

        // The preview catches up afterwards, with the first rows of the table and a note.
        QTRY_VERIFY_WITH_TIMEOUT(
            w.preview()->toPlainText().contains(QStringLiteral("first %1 of 10000 timeline events")
                                                    .arg(PreviewPane::kMaxTimelineRows)),
            20000);
        QVERIFY(w.preview()->toPlainText().contains(written.timeline.at(10).text));
        QVERIFY(!w.preview()->toPlainText().contains(written.timeline.last().text));
    }

    void cancellingKeepsTheOpenDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backlog.md"));
        QVERIFY(writeFile(path, longTimeline(12000)) > DocumentManager::kBackgroundLoadBytes);

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openSample();
        const QString title = w.document()->postmortem().title;
        w.document()->edit(
            QStringLiteral("Edit summary"),
            [](Postmortem &pm) { pm.summary = QStringLiteral("Unsaved words of mine."); },
            QStringLiteral("summary"));
        QVERIFY(w.document()->isModified());
        const QString suggested = w.document()->suggestedPath();

        // Cancel as soon as the dialog exists (it may still be waiting to show itself), the read
        // held until then.
        bool cancelled = false;
        HeldReads held;
        Ticker ticker([&] {
            auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("openProgress"));
            auto *button = progress ? progress->findChild<QPushButton *>() : nullptr;
            if (button && !cancelled) {
                cancelled = true;
                button->click();
            }
        });
        QVERIFY(!w.files()->openFile(path, /*askToSave=*/false));
        ticker.timer.stop();
        QVERIFY(cancelled);

        const auto unchanged = [&] {
            const Postmortem &pm = w.document()->postmortem();
            return pm.title == title && pm.summary == QLatin1String("Unsaved words of mine.")
                   && w.document()->isModified() && w.document()->suggestedPath() == suggested
                   && w.document()->filePath().isEmpty() && pm.timeline.size() < 100;
        };
        QVERIFY(unchanged());
        // The worker finishes on its own; what it read never reaches the document.
        held.release();
        QVERIFY(DocumentManager::waitForBackgroundReads(60000));
        QTest::qWait(50);
        QVERIFY(unchanged());
        QVERIFY(!w.findChild<QProgressDialog *>(QStringLiteral("openProgress")));
    }

    void inputWhileAFileIsReadGoesNowhere()
    {
        // Under 1 MB, and still read in the background.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backlog.md"));
        const qint64 size = writeFile(path, longTimeline(6000));
        QVERIFY(size > DocumentManager::kBackgroundLoadBytes && size < 1024 * 1024);
        QVERIFY(DocumentManager::loadsInBackground(path));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openSample();
        QPlainTextEdit *summary = w.form()->summaryEditor();
        QVERIFY(summary);
        const QString sampleSummary = summary->toPlainText();
        // Counts what reaches the editor (after the application's own filters).
        struct Counter : QObject
        {
            int keys = 0;
            bool eventFilter(QObject *, QEvent *e) override
            {
                keys += e->type() == QEvent::KeyPress ? 1 : 0;
                return false;
            }
        } counter;
        summary->installEventFilter(&counter);
        // Keys and clicks for three ticks while the read is held, then the read goes on (and
        // they go on until it ends).
        int ticks = 0;
        HeldReads held;
        Ticker ticker([&] {
            QTest::keyClick(summary, Qt::Key_Z);
            QTest::mouseClick(summary->viewport(), Qt::LeftButton);
            if (++ticks >= 3)
                held.release();
        });
        QVERIFY(w.openFile(path));
        ticker.timer.stop();
        QVERIFY2(ticker.ticks > 0, "the GUI thread processed no timer while the file loaded");
        QCOMPARE(counter.keys, 0);
        QCOMPARE(w.document()->postmortem().timeline.size(), 6000);
        QVERIFY(!w.document()->isModified());
        QVERIFY(!summary->toPlainText().contains(QLatin1Char('z')));
        QVERIFY(summary->toPlainText() != sampleSummary);

        // Once it is open, the editor takes keys again.
        QTest::keyClick(summary, Qt::Key_Z);
        QCOMPARE(counter.keys, 1);
    }

    void noQuestionAboutTheOpenFileDuringARead()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("short.md"));
        const QString large = dir.filePath(QStringLiteral("backlog.md"));
        QVERIFY(writeFile(small, longTimeline(20)) > 0);
        QVERIFY(writeFile(large, longTimeline(6000)) > DocumentManager::kBackgroundLoadBytes);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(small));

        // Another program rewrites the open file while the large one is read (held for 0.8 s,
        // three times the watcher's settling delay): no question may come up over the progress
        // dialog, and none after it, since the read replaces the changed document.
        int ticks = 0;
        QStringList questions;
        HeldReads held;
        Ticker ticker([&] {
            if (++ticks == 1) {
                Postmortem changed = longTimeline(20);
                changed.summary = QStringLiteral("Rewritten by another editor.");
                writeFile(small, changed);
            }
            if (ticks == 160)
                held.release();
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                questions.append(box->text());
                box->reject();
            }
        });
        QVERIFY(w.openFile(large));
        QTest::qWait(600); // the settling delay after the read
        ticker.timer.stop();
        QVERIFY2(questions.isEmpty(), qPrintable(questions.join(QLatin1Char('\n'))));
        QCOMPARE(w.document()->postmortem().timeline.size(), 6000);
    }

    void aSmallFileStillOpensAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.md"));
        QVERIFY(writeFile(path, longTimeline(20)) < DocumentManager::kBackgroundLoadBytes);
        QVERIFY(!DocumentManager::loadsInBackground(path));
        MainWindow w;
        QVERIFY(w.openFile(path));
        QCOMPARE(w.document()->postmortem().timeline.size(), 20);
        // A short document is in the preview as soon as it is open.
        QVERIFY(w.preview()->toPlainText().contains(QStringLiteral("Step 19:")));
    }
};

QTEST_MAIN(TestLargeDocument)
#include "tst_largedocument.moc"
