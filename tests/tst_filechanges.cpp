// The open file changes underneath (another editor, git pull): Hindsight offers to reload, and
// asks before overwriting; a failed save tells why and keeps the document modified.
#include "core/document.h"
#include "core/importer.h"
#include "core/nativeformat.h"
#include "messageboxclicker.h"
#include "modalguard.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;
using HindsightTest::MessageBoxClicker;

namespace {

QByteArray nativeFile(const QString &summary)
{
    Postmortem pm = importMarkdown(QStringLiteral("# Queue outage\n\n## Summary\n\n%1\n\n"
                                                  "## Timeline\n\n- 10:00 UTC Alerts fired\n")
                                       .arg(summary));
    return writeNativeFormat(pm);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction *saveAction(MainWindow &w)
{
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("&Save"))
            return a;
    }
    return nullptr;
}

} // namespace

class TestFileChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_filechanges"));
    }

    void changedFileOffersReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.md"));
        QVERIFY(writeFile(path, nativeFile(QStringLiteral("First version."))));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("First version."));

        MessageBoxClicker reload(QStringLiteral("Reload"), this);
        QVERIFY(writeFile(path, nativeFile(QStringLiteral("Edited in another editor."))));
        QTRY_VERIFY_WITH_TIMEOUT(reload.clicked, 10000);
        QVERIFY(reload.seenText.contains(QStringLiteral("queue.md")));
        QTRY_COMPARE(w.document()->postmortem().summary,
                     QStringLiteral("Edited in another editor."));
        QVERIFY(!w.document()->isModified());
    }

    void keepingMineAsksBeforeOverwriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.md"));
        QVERIFY(writeFile(path, nativeFile(QStringLiteral("First version."))));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.document()->edit(QStringLiteral("Edit summary"),
                           [](Postmortem &pm) { pm.summary = QStringLiteral("My version."); });

        {
            MessageBoxClicker keep(QStringLiteral("Keep Mine"), this);
            QVERIFY(writeFile(path, nativeFile(QStringLiteral("Their version."))));
            QTRY_VERIFY_WITH_TIMEOUT(keep.clicked, 10000);
            QVERIFY(keep.seenText.contains(QStringLiteral("unsaved changes")));
        }
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("My version."));

        QAction *save = saveAction(w);
        QVERIFY(save);
        {
            // Cancel first: their version stays on disk, ours stays unsaved.
            MessageBoxClicker cancel(QStringLiteral("Cancel"), this);
            save->trigger();
            QVERIFY(cancel.clicked);
            QVERIFY(cancel.seenText.contains(QStringLiteral("changed by another program")));
            QVERIFY(readFile(path).contains("Their version."));
            QVERIFY(w.document()->isModified());
        }
        {
            MessageBoxClicker overwrite(QStringLiteral("Save"), this);
            save->trigger();
            QVERIFY(overwrite.clicked);
            QVERIFY(readFile(path).contains("My version."));
            QVERIFY(!w.document()->isModified());
        }
        // Our own save is not "a change by another program".
        QTest::qWait(600);
        QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    }

    void failedSaveSaysWhyAndKeepsTheDocumentModified()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("team")));
        const QString path = dir.filePath(QStringLiteral("team/queue.md"));
        QVERIFY(writeFile(path, nativeFile(QStringLiteral("First version."))));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.document()->edit(QStringLiteral("Edit summary"),
                           [](Postmortem &pm) { pm.summary = QStringLiteral("Unsaved words."); });
        // The folder disappears and a file takes its name: nothing can be written there (a
        // permission check would not stop root, which CI may run as).
        QVERIFY(QDir(dir.filePath(QStringLiteral("team"))).removeRecursively());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team")), "not a folder"));

        MessageBoxClicker ok(QStringLiteral("OK"), this);
        saveAction(w)->trigger();
        QVERIFY(ok.clicked);
        QVERIFY2(ok.seenText.contains(QStringLiteral("queue.md"))
                     || ok.seenText.contains(QStringLiteral("team")),
                 qPrintable(ok.seenText));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("Unsaved words."));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("team"))), QByteArray("not a folder"));
    }
};

QTEST_MAIN(TestFileChanges)
#include "tst_filechanges.moc"
