// Desktop habits of the real main window: recent files, reopening the last document, drag and
// drop, keyboard-only use (Tab order, shortcuts, accessible names), printing.
#include "core/document.h"
#include "messageboxclicker.h"
#include "modalguard.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/preferences.h"
#include "ui/previewpane.h"
#include "ui/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Hindsight;
using HindsightTest::MessageBoxClicker;

namespace {
const QByteArray kPostmortem = R"(---
hindsight: 1
status: draft
---

# Disk full on the build cache

## Summary

The cache filled its disk.

## Root cause

Nobody rotated the logs.
)";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList recentInMenu(MainWindow &w)
{
    auto *menu = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
    Q_EMIT menu->aboutToShow();
    QStringList paths;
    for (QAction *a : menu->actions())
        if (!a->data().toString().isEmpty())
            paths.append(a->data().toString());
    return paths;
}

/// Sends a drag (enter, move) and a drop of `mime` to `target` at its centre, as the window
/// system would. Returns whether the drop was accepted.
bool dragAndDrop(QWidget *target, QMimeData *mime)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QMimeData *fileMime(const QString &path)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    return mime;
}

int pdfPages(const QString &path, QString *pageSize = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000))
        return -1;
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (pageSize && line.startsWith(QLatin1String("Page size:")))
            *pageSize = line.simplified();
    }
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}
} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_desktop"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void recentListOrderDedupeMax()
    {
        QStringList list;
        for (int i = 0; i < 12; ++i)
            list = withRecentFile(list, QStringLiteral("/tmp/r%1.md").arg(i));
        QCOMPARE(list.size(), kMaxRecentFiles);
        QCOMPARE(list.first(), QStringLiteral("/tmp/r11.md"));
        QCOMPARE(list.last(), QStringLiteral("/tmp/r2.md"));
        list = withRecentFile(list, QStringLiteral("/tmp/./r5.md"));
        QCOMPARE(list.first(), QStringLiteral("/tmp/r5.md"));
        QCOMPARE(list.count(QStringLiteral("/tmp/r5.md")), 1);
        QCOMPARE(list.size(), kMaxRecentFiles);
    }

    void openingAndSavingFillTheMenuAndMissingFilesArePruned()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.md"), kPostmortem);
        const QString b = writeFile(dir, QStringLiteral("b.md"), kPostmortem);
        MainWindow w;
        QVERIFY(recentInMenu(w).isEmpty());
        QVERIFY(w.openFile(a));
        QVERIFY(w.openFile(b));
        QVERIFY(w.openFile(a));
        QCOMPARE(MainWindow::recentFiles(), (QStringList{a, b}));
        QCOMPARE(recentInMenu(w), (QStringList{a, b}));

        // Choosing an entry opens it.
        auto *menu = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        for (QAction *act : menu->actions())
            if (act->data().toString() == b)
                act->trigger();
        QCOMPARE(w.document()->filePath(), b);
        QCOMPARE(MainWindow::recentFiles().first(), b);

        QVERIFY(QFile::remove(a));
        QCOMPARE(recentInMenu(w), QStringList{b});
        QCOMPARE(MainWindow::recentFiles(), QStringList{b}); // pruned in the settings too

        w.findChild<QAction *>(QStringLiteral("clearRecentAction"))->trigger();
        QVERIFY(MainWindow::recentFiles().isEmpty());
        QVERIFY(!menu->isEnabled());
    }

    void startupReopensTheLastDocument()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("last.md"), kPostmortem);
        MainWindow::addRecentFile(path);
        {
            MainWindow w;
            QVERIFY(w.openStartupDocument());
            QCOMPARE(w.document()->filePath(), path);
            QCOMPARE(w.document()->postmortem().title,
                     QStringLiteral("Disk full on the build cache"));
        }
        {
            QSettings().setValue(QStringLiteral("files/reopenLast"), false);
            MainWindow w;
            QVERIFY(!w.openStartupDocument());
            QVERIFY(w.document()->filePath().isEmpty());
            QVERIFY(w.document()->postmortem().title.contains(QStringLiteral("Partner sync")));
        }
        {
            QSettings().setValue(QStringLiteral("files/reopenLast"), true);
            QVERIFY(QFile::remove(path));
            MainWindow w;
            QVERIFY(!w.openStartupDocument()); // gone: the sample instead
            QVERIFY(w.document()->postmortem().title.contains(QStringLiteral("Partner sync")));
        }
    }

    void droppingAFileOpensIt()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("dropped.md"), kPostmortem);
        const QString picture = writeFile(dir, QStringLiteral("chart.png"), "not a postmortem");
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        std::unique_ptr<QMimeData> wrong(fileMime(picture));
        QVERIFY(!dragAndDrop(&w, wrong.get()));

        std::unique_ptr<QMimeData> mime(fileMime(path));
        QVERIFY(dragAndDrop(&w, mime.get()));
        QTRY_COMPARE(w.document()->filePath(), path);
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("The cache filled its disk."));
        QCOMPARE(MainWindow::recentFiles().first(), path);
    }

    void droppingOnAnEditorOpensTheFileAndAsksAboutChanges()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("notes.markdown"), kPostmortem);
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPlainTextEdit *summary = w.form()->summaryEditor();
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("unsaved"));
        QVERIFY(w.document()->isModified());
        const QString typed = summary->toPlainText();

        {
            MessageBoxClicker cancel(QStringLiteral("Cancel"), this);
            std::unique_ptr<QMimeData> mime(fileMime(path));
            QVERIFY(dragAndDrop(summary->viewport(), mime.get()));
            QTRY_VERIFY(cancel.clicked);
        }
        QCOMPARE(summary->toPlainText(), typed); // neither opened nor pasted as text
        QVERIFY(w.document()->filePath().isEmpty());

        MessageBoxClicker discard(QStringLiteral("Discard"), this);
        std::unique_ptr<QMimeData> mime(fileMime(path));
        QVERIFY(dragAndDrop(summary->viewport(), mime.get()));
        QTRY_VERIFY(discard.clicked);
        QTRY_COMPARE(w.document()->filePath(), path);
        QCOMPARE(summary->toPlainText(), QStringLiteral("The cache filled its disk."));
    }

    void tabReachesEverySectionEditor()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        PostmortemForm *form = w.form();
        QTabWidget *tabs = form->tabWidget();
        QVERIFY(!w.document()->postmortem().sections.isEmpty());

        const auto expected = [&](int tab) {
            QList<QWidget *> list;
            for (QWidget *c : tabs->widget(tab)->findChildren<QWidget *>()) {
                const bool editor
                    = qobject_cast<QLineEdit *>(c) || qobject_cast<QPlainTextEdit *>(c)
                      || qobject_cast<QAbstractSpinBox *>(c) || qobject_cast<QComboBox *>(c)
                      || qobject_cast<QTableView *>(c) || qobject_cast<QAbstractButton *>(c);
                // Parts of a control (a spin box's line edit) get the focus through it.
                if (editor && c->isVisibleTo(tabs->widget(tab)) && !c->focusProxy()
                    && (c->focusPolicy() & Qt::TabFocus))
                    list.append(c);
            }
            return list;
        };

        for (int tab = 0; tab < tabs->count(); ++tab) {
            // Alt+N goes to the tab and its first control, then only Tab is pressed.
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                        : static_cast<QWidget *>(&w),
                            Qt::Key(Qt::Key_1 + tab), Qt::AltModifier);
            QCOMPARE(tabs->currentIndex(), tab);
            QVERIFY(tabs->widget(tab)->isAncestorOf(QApplication::focusWidget()));
            QList<QWidget *> missing = expected(tab);
            QVERIFY2(missing.size() >= 1, qPrintable(tabs->tabText(tab)));
            for (int i = 0; i < 80 && !missing.isEmpty(); ++i) {
                QWidget *focused = QApplication::focusWidget();
                QVERIFY(focused);
                missing.removeAll(focused);
                QTest::keyClick(focused, Qt::Key_Tab);
            }
            QStringList names;
            for (QWidget *m : missing)
                names.append(QString::fromLatin1(m->metaObject()->className()) + QLatin1Char(' ')
                             + m->objectName() + QLatin1Char(' ') + m->accessibleName());
            QVERIFY2(missing.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ")
                                                   + names.join(QStringLiteral(", "))));
        }
        // Every section editor by name: the walk above reached them.
        QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor")));
    }

    void shortcutsSwitchTabsAndFocusThePreview()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTabWidget *tabs = w.form()->tabWidget();
        w.form()->summaryEditor()->setFocus();
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rootCauseEditor"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.preview()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rootCauseEditor"));
    }

    void frequentActionsHaveShortcutsThatNeverCollide()
    {
        MainWindow w;
        const QList<QAction *> actions = actionsWithShortcuts(&w);
        QHash<QKeySequence, QString> owner;
        for (QAction *a : actions) {
            if (a->shortcutContext() != Qt::WindowShortcut
                && a->shortcutContext() != Qt::ApplicationShortcut)
                continue; // widget-only keys (Insert/Delete in a table) work where they are
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!owner.contains(k),
                         qPrintable(QStringLiteral("%1 is both %2 and %3")
                                        .arg(k.toString(), owner.value(k), a->text())));
                owner.insert(k, a->text());
            }
        }
        for (const char *name :
             {"newAction", "openAction", "saveAction", "exportPdfAction", "printAction",
              "showPreviewAction", "showReviewAction", "insertDiagramAction", "focusPreviewAction",
              "nextTabAction", "previousTabAction", "formTab1Action", "formTab5Action",
              "preferencesAction", "shortcutsAction"}) {
            auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(a && !a->shortcut().isEmpty(), name);
        }
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](QAction *a) {
            return a->shortcut() == QKeySequence(Qt::Key_F5); // Present
        }));
        // Adding and removing timeline rows and action items: Insert and Delete in each table.
        for (QTableView *view : {w.form()->timelineView(), w.form()->actionItemView()}) {
            QStringList keys;
            for (QAction *a : view->actions())
                keys.append(a->shortcut().toString());
            QVERIFY(keys.contains(QKeySequence(Qt::Key_Insert).toString()));
            QVERIFY(keys.contains(QKeySequence(QKeySequence::Delete).toString()));
        }
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    void shortcutsDialogListsTheRealActions()
    {
        MainWindow w;
        ShortcutsDialog dialog(&w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int all = dialog.visibleRowCount();
        QCOMPARE(all, actionsWithShortcuts(&w).size());
        QVERIFY(all > 20);
        QTest::keyClicks(dialog.searchField(), QStringLiteral("print"));
        QCOMPARE(dialog.view()->model()->index(0, 0).data().toString(), QStringLiteral("Print"));
        QCOMPARE(dialog.visibleRowCount(), 1);
        const QModelIndex keys = dialog.view()->model()->index(0, 1);
        QCOMPARE(keys.data().toString(),
                 QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText));
        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("export"));
        QCOMPARE(dialog.visibleRowCount(), 1); // a submenu's action says which menu
        QCOMPARE(dialog.view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Export › PDF"));
        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("F9"));
        QCOMPARE(dialog.view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Show Preview")); // a menu bar's menu is not named
        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("F6"));
        QCOMPARE(dialog.visibleRowCount(), 1);
        dialog.searchField()->clear();
        QCOMPARE(dialog.visibleRowCount(), all);

        // A new action with a shortcut shows up: the list is not written by hand.
        auto *extra = new QAction(QStringLiteral("Frobnicate"), &w);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        w.addAction(extra);
        ShortcutsDialog again(&w);
        QCOMPARE(again.visibleRowCount(), all + 1);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList unnamed;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (!(c->focusPolicy() & Qt::TabFocus) || c->focusProxy() || !c->isEnabled())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(c);
            QVERIFY(iface);
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(
                    QStringLiteral("%1 %2 in %3")
                        .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName(),
                             QString::fromLatin1(c->parentWidget()->metaObject()->className())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        QVERIFY(!w.form()->summaryEditor()->accessibleDescription().isEmpty());
    }

    void printWritesThePagesTheExportWould()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.openSample();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QString error;
        QVERIFY2(w.printDocument(printer, &error), qPrintable(error));
        QVERIFY(QFileInfo(printed).size() > 1000);
        QString size;
        const int pages = pdfPages(printed, &size);
        QVERIFY(pages >= 2); // the sample is longer than a page
        QVERIFY2(size.contains(QLatin1String("A4")), qPrintable(size));

        // Letter from the preference, same layout code as File > Export > PDF.
        Preferences p = w.preferences();
        p.pageSize = QStringLiteral("Letter");
        w.applyPreferences(p);
        QPrinter letter(QPrinter::HighResolution);
        letter.setOutputFormat(QPrinter::PdfFormat);
        const QString printedLetter = dir.filePath(QStringLiteral("letter.pdf"));
        letter.setOutputFileName(printedLetter);
        QVERIFY2(w.printDocument(letter, &error), qPrintable(error));
        QVERIFY(pdfPages(printedLetter, &size) >= 2);
        QVERIFY2(size.contains(QLatin1String("612 x 792")), qPrintable(size));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
