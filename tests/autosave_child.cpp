// Helper process for tst_autosave: opens FILE in the real main window, types TEXT into the
// summary, waits until the autosave has written its recovery copy, prints "autosaved" and
// then keeps running until it is killed (the test kills it with SIGKILL, like a crash).
#include "core/recovery.h"
#include "ui/autosaver.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
    QApplication::setApplicationName(QStringLiteral("tst_autosave"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: autosave_child FILE TEXT\n", stderr);
        return 2;
    }
    Hindsight::MainWindow window;
    window.autosaver()->setIntervalSeconds(1);
    if (!window.openFile(args[1]))
        return 1;
    window.show();
    QPlainTextEdit *summary = window.form()->summaryEditor();
    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, args[2]);

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const QDir dir(Hindsight::recoveryFolder());
        if (!dir.entryList({QStringLiteral("recovery-*.json")}).isEmpty()) {
            poll.stop();
            std::puts("autosaved");
            std::fflush(stdout);
        }
    });
    poll.start(50);
    return app.exec();
}
