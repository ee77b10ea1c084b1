// File > New from Template and Edit > Switch Template on the real main window and dialog.
#include "core/document.h"
#include "modalguard.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/templatedialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Hindsight;

namespace {

QAction *menuAction(MainWindow &w, const QString &text)
{
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

/// When the template dialog opens, selects the template named `name` with the keyboard
/// (Home, then Down until it is current) and presses Enter; records what the dialog showed.
struct DialogDriver : QObject
{
    QString name;
    QString details;
    bool seen = false;
    explicit DialogDriver(const QString &templateName)
        : name(templateName)
    {
        QTimer::singleShot(0, this, [this] { drive(); });
    }
    void drive()
    {
        auto *dialog = qobject_cast<TemplateDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, this, [this] { drive(); });
            return;
        }
        seen = true;
        QListWidget *list = dialog->list();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < list->count() && list->currentItem()->text() != name; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        details = dialog->findChild<QLabel *>(QStringLiteral("templateDetails"))->text();
        QTest::keyClick(list, Qt::Key_Return);
    }
};

QPlainTextEdit *sectionText(MainWindow &w, const QString &heading)
{
    for (QLineEdit *h : w.form()->findChildren<QLineEdit *>()) {
        if (h->accessibleName() == QLatin1String("Section heading") && h->text() == heading)
            return h->parentWidget()->findChild<QPlainTextEdit *>();
    }
    return nullptr;
}

} // namespace

class TestTemplateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_templatedialog"));
    }

    void builtInTemplatesAreFoundBesideTheExecutable()
    {
        MainWindow w;
        QStringList ids;
        for (const PostmortemTemplate &t : w.templates())
            ids.append(t.id);
        QVERIFY2(ids.contains(QStringLiteral("google-sre"))
                     && ids.contains(QStringLiteral("course"))
                     && ids.contains(QStringLiteral("atlassian"))
                     && ids.contains(QStringLiteral("pagerduty")),
                 qPrintable(ids.join(QLatin1Char(','))));
    }

    void newFromTemplateThenSwitchKeepsText()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *fromTemplate = menuAction(w, QStringLiteral("New from Template…"));
        QVERIFY(fromTemplate);
        QCOMPARE(fromTemplate->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));

        DialogDriver pickGoogle(QStringLiteral("Google SRE book"));
        fromTemplate->trigger();
        QVERIFY(pickGoogle.seen);
        QVERIFY(pickGoogle.details.contains(QStringLiteral("Trigger (additional section)")));
        const Postmortem &pm = w.document()->postmortem();
        QCOMPARE(pm.templateId, QStringLiteral("google-sre"));

        // The form offers the template's sections, with its guidance as placeholders.
        QPlainTextEdit *trigger = sectionText(w, QStringLiteral("Trigger"));
        QVERIFY(trigger);
        QVERIFY(trigger->placeholderText().contains(QStringLiteral("latent root cause")));
        QVERIFY(sectionText(w, QStringLiteral("Where we got lucky")));
        QVERIFY(w.form()
                    ->findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"))
                    ->placeholderText()
                    .contains(QStringLiteral("rarely only one")));

        trigger->setFocus();
        QTest::keyClicks(trigger, QStringLiteral("A config push"));
        QCOMPARE(w.document()->postmortem().sections.first().text, QStringLiteral("A config push"));

        DialogDriver pickPagerDuty(QStringLiteral("PagerDuty postmortem"));
        QAction *switchAction = menuAction(w, QStringLiteral("Switch Template…"));
        QVERIFY(switchAction);
        switchAction->trigger();
        QVERIFY(pickPagerDuty.seen);
        const Postmortem &after = w.document()->postmortem();
        QCOMPARE(after.templateId, QStringLiteral("pagerduty"));
        QVERIFY(sectionText(w, QStringLiteral("Responders")));
        QCOMPARE(sectionText(w, QStringLiteral("Trigger"))->toPlainText(),
                 QStringLiteral("A config push")); // text the new template lacks stays
        QVERIFY(!sectionText(w, QStringLiteral("Where we got lucky"))); // empty place dropped

        // One undo step takes the switch back.
        QCOMPARE(w.document()->undoStack()->undoText(),
                 QStringLiteral("Switch to the PagerDuty postmortem template"));
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->postmortem().templateId, QStringLiteral("google-sre"));
        QVERIFY(sectionText(w, QStringLiteral("Where we got lucky")));
        QVERIFY(!sectionText(w, QStringLiteral("Responders")));
    }
};

QTEST_MAIN(TestTemplateDialog)
#include "tst_templatedialog.moc"
