// Autosave and recovery: a real child process edits a file and is killed with SIGKILL; the
// next window finds the recovery copy, restores it on "Restore", and the user's file is never
// touched. Also: a save or a clean close removes the copy; the copy waits for a pause.
#include "core/document.h"
#include "core/importer.h"
#include "core/nativeformat.h"
#include "core/recovery.h"
#include "messageboxclicker.h"
#include "modalguard.h"
#include "ui/autosaver.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Hindsight;
using HindsightTest::MessageBoxClicker;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int recoveryFiles()
{
    return int(
        QDir(recoveryFolder()).entryList({QStringLiteral("recovery-*")}, QDir::Files).size());
}

const QByteArray kPostmortem = "# Cache outage\n\n## Summary\n\nThe cache tier failed.\n\n"
                               "## Impact\n\n40% of users saw errors.\n\n## Timeline\n\n"
                               "- 10:00 UTC Alerts fired\n- 11:00 UTC Cache restarted\n";

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Parent and child share a private data folder, never the user's.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_autosave"));
        QVERIFY(recoveryFolder().startsWith(m_home.path()));
    }

    void init() { QDir(recoveryFolder()).removeRecursively(); }

    void killedProcessIsRecovered()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache-outage.md"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // A Hindsight file (not an import), so the copy knows where it saves to.
            f.write(writeNativeFormat(importMarkdown(QString::fromUtf8(kPostmortem))));
        }
        const QByteArray before = sha(file);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(HINDSIGHT_AUTOSAVE_CHILD),
                    {file, QStringLiteral(" Typed before the crash.")});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        const auto autosaved = [&] {
            out += child.readAllStandardOutput();
            return out.contains("autosaved") || child.state() == QProcess::NotRunning;
        };
        QTRY_VERIFY_WITH_TIMEOUT(autosaved(), 30000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no clean-up code runs in the child
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(sha(file), before); // autosave never writes the user's file
        const QList<RecoveryCopy> copies = findOrphanedRecoveryCopies();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().originalPath, file);
        QVERIFY(copies.first().savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QVERIFY(!copies.first().copyPath.startsWith(dir.path()));

        MainWindow w;
        w.show();
        MessageBoxClicker restore(QStringLiteral("Restore"), this);
        w.offerRecovery();
        QVERIFY2(restore.seenText.contains(QStringLiteral("cache-outage.md")),
                 qPrintable(restore.seenText));
        const Document *doc = w.document();
        QCOMPARE(doc->postmortem().summary,
                 QStringLiteral("The cache tier failed. Typed before the crash."));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->filePath(), file); // Save writes the user's file, when the user saves
        QCOMPARE(sha(file), before);
        QVERIFY(findOrphanedRecoveryCopies().isEmpty()); // restored: the old copy is gone
    }

    void saveAndCleanCloseRemoveTheCopy()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        w.autosaver()->setIntervalSeconds(1);
        Postmortem pm;
        pm.title = QStringLiteral("Outage");
        w.document()->reset(pm, QString());
        QPlainTextEdit *summary = w.form()->summaryEditor();
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("First words"));
        QCOMPARE(recoveryFiles(), 0);                        // waits for a pause
        QTRY_COMPARE_WITH_TIMEOUT(recoveryFiles(), 2, 5000); // copy + note
        // Saving makes the document clean: the copy is no longer needed.
        QString error;
        QVERIFY2(w.document()->saveAs(dir.filePath(QStringLiteral("o.md")), &error),
                 qPrintable(error));
        QCOMPARE(recoveryFiles(), 0);

        QTest::keyClicks(summary, QStringLiteral(" and more"));
        QVERIFY(w.autosaver()->saveNow());
        QCOMPARE(recoveryFiles(), 2);
        // Undo back to the saved state: clean again, copy removed.
        while (w.document()->isModified())
            w.document()->undoStack()->undo();
        QCOMPARE(recoveryFiles(), 0);

        QTest::keyClicks(summary, QStringLiteral(" again"));
        QVERIFY(w.autosaver()->saveNow());
        QCOMPARE(recoveryFiles(), 2);
        MessageBoxClicker discard(QStringLiteral("Discard"), this);
        QVERIFY(w.close()); // the user chose to discard: a clean close
        QCOMPARE(recoveryFiles(), 0);
    }

    void focusLossWritesTheCopyAtOnce()
    {
        // The pause is an hour: only the application losing focus can write the copy now.
        MainWindow w;
        w.show();
        w.autosaver()->setIntervalSeconds(3600);
        Postmortem pm;
        pm.title = QStringLiteral("Focus");
        w.document()->reset(pm, QString());
        QPlainTextEdit *summary = w.form()->summaryEditor();
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Typed, then switched to the chat"));
        QTest::qWait(50);
        QCOMPARE(recoveryFiles(), 0);

        // What Qt tells the application when the user switches to another application.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(recoveryFiles(), 2); // copy + note, written right away
        QFile copy(
            QDir(recoveryFolder())
                .filePath(
                    QStringLiteral("recovery-%1.md").arg(QCoreApplication::applicationPid())));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(readNativeFormat(QString::fromUtf8(copy.readAll())).postmortem.summary,
                 QStringLiteral("Typed, then switched to the chat"));

        // Coming back writes nothing new; a clean document loses its copy as before.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QCOMPARE(recoveryFiles(), 2);
        while (w.document()->isModified())
            w.document()->undoStack()->undo();
        QCOMPARE(recoveryFiles(), 0);
    }

    void copyOfARunningWindowIsNotOffered()
    {
        MainWindow w;
        Postmortem pm;
        pm.title = QStringLiteral("Live");
        w.document()->reset(pm, QString());
        w.document()->edit(QStringLiteral("edit"),
                           [](Postmortem &p) { p.summary = QStringLiteral("x"); });
        QVERIFY(w.autosaver()->saveNow());
        QCOMPARE(recoveryFiles(), 2);
        QVERIFY(findOrphanedRecoveryCopies().isEmpty()); // this process is alive
        w.autosaver()->discard();
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
