// Test helper: no widget test ever waits for a click.
//
// Included by every test that creates widgets. From the moment the QApplication exists, a timer
// looks at the active modal widget every 100 ms. A modal dialog or message box still open after
// 3 s — one the test does not answer itself (MessageBoxClicker answers within 20 ms) — fails the
// running test function with the dialog's title and text, and is rejected so the test goes on
// to its end instead of hanging until CTest's timeout.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QtTest/QTest>

namespace HindsightTest::detail {

inline constexpr int kUnansweredModalMs = 3000;

inline QString describeModal(QWidget *modal)
{
    QString text = modal->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(modal))
        text += QStringLiteral(": ") + box->text() + QLatin1Char(' ') + box->informativeText();
    return QStringLiteral("%1 (%2)").arg(text.simplified(),
                                         QString::fromLatin1(modal->metaObject()->className()));
}

inline void installModalGuard()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    auto *timer = new QTimer(QCoreApplication::instance());
    QObject::connect(timer, &QTimer::timeout, timer, [] {
        static QPointer<QWidget> seen;
        static QElapsedTimer openFor;
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != seen) {
            seen = modal;
            openFor.start();
            return;
        }
        if (!modal || openFor.elapsed() < kUnansweredModalMs)
            return;
        const QByteArray message = "A modal dialog nobody answered: "
                                   + describeModal(modal).toUtf8();
        if (QTest::currentTestFunction())
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        else
            qCritical("%s", message.constData());
        seen = nullptr;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    timer->start(100);
}

} // namespace HindsightTest::detail

// The macro pastes "_ctor_function" to its argument, so it needs an unqualified name.
static void hindsightInstallModalGuard()
{
    HindsightTest::detail::installModalGuard();
}
Q_COREAPP_STARTUP_FUNCTION(hindsightInstallModalGuard)
