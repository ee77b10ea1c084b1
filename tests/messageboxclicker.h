// Test helper: answers the next QMessageBox a widget test's code opens, by button text.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace HindsightTest {

/// Polls for a modal QMessageBox that has a button whose text (without '&') is `buttonText`,
/// remembers the box's text, and clicks that button — once.
class MessageBoxClicker : public QObject
{
public:
    QString seenText;
    bool clicked = false;

    MessageBoxClicker(const QString &buttonText, QObject *parent)
        : QObject(parent)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer, buttonText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == buttonText) {
                    seenText = box->text() + QLatin1Char('\n') + box->informativeText();
                    clicked = true;
                    timer->stop();
                    b->click();
                    return;
                }
            }
        });
        timer->start(20);
    }
};

} // namespace HindsightTest
