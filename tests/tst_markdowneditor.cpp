// The section editors in the real window: formatting keys writing Markdown (undoable like
// typing), the word count in the status bar, pictures pasted into NAME.assets/, the preview
// showing pictures beside the file, Copy as Rich Text, and no key bound twice.
#include "core/document.h"
#include "core/reviewchecks.h"
#include "messageboxclicker.h"
#include "modalguard.h"
#include "ui/documentmanager.h"
#include "ui/editingactions.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hindsight;
using HindsightTest::MessageBoxClicker;

namespace {

const QByteArray kPostmortem = R"(---
hindsight: 1
status: draft
---

# Disk full on the build cache

## Summary

The image cache filled its disk.

![Disk usage](usage.png)

## Root cause

Nobody rotated the logs.
)";

QImage picture()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QPainter p(&image);
    p.fillRect(10, 10, 20, 10, Qt::yellow);
    return image;
}

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    QPlainTextEdit *summary = nullptr;

    explicit Fixture(bool saved = true)
    {
        picture().save(dir.filePath(QStringLiteral("usage.png")));
        const QString path = dir.filePath(QStringLiteral("disk full.md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(kPostmortem) != kPostmortem.size())
            qFatal("cannot write the fixture");
        f.close();
        if (saved ? !window.openFile(path) : !window.files()->openSample())
            qFatal("cannot open the fixture");
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        window.activateWindow();
        summary = window.form()->summaryEditor();
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
    }
    void select(const QString &word)
    {
        QTextCursor c = summary->textCursor();
        const int at = int(summary->toPlainText().indexOf(word));
        c.setPosition(at);
        c.setPosition(at + int(word.size()), QTextCursor::KeepAnchor);
        summary->setTextCursor(c);
    }
    QString text() const { return window.document()->postmortem().summary; }
    QString firstLine() const { return text().section(QLatin1Char('\n'), 0, 0); }
};

} // namespace

class TestMarkdownEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_markdowneditor"));
        QSettings().clear();
    }

    void wrapKeysToggleAndUndo()
    {
        Fixture f;
        f.select(QStringLiteral("image"));
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The **image** cache filled its disk."));
        QCOMPARE(f.summary->textCursor().selectedText(), QStringLiteral("image"));
        QCOMPARE(f.window.document()->undoStack()->count(), 1);
        QTest::keyClick(f.summary, Qt::Key_Z, Qt::ControlModifier); // undone like typing
        QCOMPARE(f.firstLine(), QStringLiteral("The image cache filled its disk."));

        f.select(QStringLiteral("image"));
        QTest::keyClick(f.summary, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The *image* cache filled its disk."));
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier); // bold too: ***image***
        QCOMPARE(f.firstLine(), QStringLiteral("The ***image*** cache filled its disk."));
        QTest::keyClick(f.summary, Qt::Key_I, Qt::ControlModifier); // italic off, bold stays
        QCOMPARE(f.firstLine(), QStringLiteral("The **image** cache filled its disk."));
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The image cache filled its disk."));

        f.select(QStringLiteral("cache"));
        QTest::keyClick(f.summary, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The image `cache` filled its disk."));
        // A word selected with the space after it: the space stays outside the markers.
        f.select(QStringLiteral("filled "));
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(f.firstLine().contains(QStringLiteral(" **filled** its")));
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier);
        // Selecting the markers too unwraps as well.
        f.select(QStringLiteral("`cache`"));
        QTest::keyClick(f.summary, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The image cache filled its disk."));

        // No selection: a pair of markers with the cursor between them; typing goes inside.
        QTextCursor c = f.summary->textCursor();
        c.setPosition(4);
        f.summary->setTextCursor(c);
        QTest::keyClick(f.summary, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(f.summary, QStringLiteral("full "));
        QVERIFY(f.firstLine().startsWith(QStringLiteral("The **full **image")));
    }

    void linkKey()
    {
        Fixture f;
        f.select(QStringLiteral("disk"));
        QTest::keyClick(f.summary, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(f.firstLine(), QStringLiteral("The image cache filled its [disk](url)."));
        QCOMPARE(f.summary->textCursor().selectedText(), QStringLiteral("url"));
        QTest::keyClicks(f.summary, QStringLiteral("https://example.org/disk"));
        QCOMPARE(f.firstLine(),
                 QStringLiteral("The image cache filled its [disk](https://example.org/disk)."));
        // A selected address becomes the link's target; the cursor waits for its text.
        f.select(QStringLiteral("https://example.org/disk"));
        QTest::keyClick(f.summary, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(f.firstLine().contains(QStringLiteral("[](https://example.org/disk)")));
    }

    void listKeys()
    {
        Fixture f;
        f.summary->selectAll();
        QTest::keyClicks(f.summary, QStringLiteral("first"));
        QTest::keyClick(f.summary, Qt::Key_Return);
        QTest::keyClicks(f.summary, QStringLiteral("second"));
        f.summary->selectAll();
        QTest::keyClick(f.summary, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.text(), QStringLiteral("- first\n- second"));
        QTest::keyClick(f.summary, Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.text(), QStringLiteral("1. first\n2. second"));
        QTest::keyClick(f.summary, Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.text(), QStringLiteral("first\nsecond"));
        // Without a selection, the cursor's line only.
        f.summary->moveCursor(QTextCursor::End);
        QTest::keyClick(f.summary, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.text(), QStringLiteral("first\n- second"));
        QCOMPARE(f.summary->textCursor().position(), int(f.text().size()));
    }

    void formatKeysLeaveOtherFieldsAlone()
    {
        Fixture f;
        auto *title = f.window.form()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        auto *bold = f.window.findChild<QAction *>(QStringLiteral("boldAction"));
        QVERIFY(!bold->isEnabled());
        title->selectAll();
        QTest::keyClick(title, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(f.window.document()->postmortem().title,
                 QStringLiteral("Disk full on the build cache"));
        f.summary->setFocus();
        QTRY_VERIFY(bold->isEnabled());
    }

    void wordCountInTheStatusBar()
    {
        Fixture f;
        QLabel *label = f.window.editing()->wordCountLabel();
        QVERIFY(label->isVisible());
        const int words = postmortemWordCount(f.window.document()->postmortem());
        QTRY_COMPARE(label->text(), QStringLiteral("%1 words").arg(words));
        f.summary->moveCursor(QTextCursor::End);
        QTest::keyClicks(f.summary, QStringLiteral(" Three more words **"));
        QTRY_COMPARE(label->text(), QStringLiteral("%1 words").arg(words + 3));
    }

    void pastedPictureIsSavedBesideTheFile()
    {
        Fixture f;
        f.summary->moveCursor(QTextCursor::End);
        QApplication::clipboard()->setImage(picture());
        QTest::keyClick(f.summary, Qt::Key_V, Qt::ControlModifier);
        const QString asset = f.dir.filePath(QStringLiteral("disk full.assets/pasted-1.png"));
        QVERIFY(QFile::exists(asset));
        QCOMPARE(QImage(asset).size(), picture().size());
        QVERIFY(f.text().endsWith(QStringLiteral("![](disk%20full.assets/pasted-1.png)")));
        // Undoable like typing; a second picture gets the next name.
        f.window.document()->undoStack()->undo();
        QVERIFY(!f.text().contains(QStringLiteral("pasted-1")));
        QTest::keyClick(f.summary, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(f.text().contains(QStringLiteral("![](disk%20full.assets/pasted-2.png)")));
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("disk full.assets/pasted-2.png"))));

        // The preview shows it, and the picture beside the file, as pictures.
        QTRY_VERIFY(f.window.preview()->toHtml().contains(QStringLiteral("pasted-2.png")));
        const QString shown = f.window.preview()->toPlainText();
        QVERIFY2(!shown.contains(QStringLiteral("[Disk usage]")), qPrintable(shown));
        QVERIFY(!f.window.preview()
                     ->document()
                     ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("usage.png")))
                     .isNull());
    }

    void droppedPictureFileIsCopiedAsPng()
    {
        Fixture f;
        const QString jpeg = f.dir.filePath(QStringLiteral("rack photo.jpg"));
        QVERIFY(picture().save(jpeg, "JPG"));
        f.summary->moveCursor(QTextCursor::End);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(jpeg)});
        QWidget *target = f.summary->viewport();
        const QPoint at = target->rect().bottomRight() - QPoint(4, 4);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(f.text().contains(QStringLiteral("![](disk%20full.assets/rack-photo.png)")));
        QCOMPARE(QImage(f.dir.filePath(QStringLiteral("disk full.assets/rack-photo.png"))).size(),
                 picture().size());
    }

    void pastingIntoAnUnsavedDocumentAsksToSaveFirst()
    {
        Fixture f(/*saved=*/false);
        const QString before = f.text();
        QApplication::clipboard()->setImage(picture());
        MessageBoxClicker cancel(QStringLiteral("Cancel"), &f.window);
        QTest::keyClick(f.summary, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(cancel.clicked);
        QVERIFY(cancel.seenText.contains(QStringLiteral("assets")));
        QCOMPARE(f.text(), before);
    }

    void copyAsRichText()
    {
        Fixture f;
        f.summary->moveCursor(QTextCursor::End);
        QApplication::clipboard()->setImage(picture());
        QTest::keyClick(f.summary, Qt::Key_V, Qt::ControlModifier);
        f.window.findChild<QAction *>(QStringLiteral("copyRichTextAction"))->trigger();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasHtml());
        QVERIFY(mime->html().contains(QStringLiteral("Disk full on the build cache")));
        // Both pictures beside the file travel inside the HTML.
        QCOMPARE(mime->html().count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        QVERIFY(mime->hasText());
        QVERIFY(mime->text().contains(QStringLiteral("Nobody rotated the logs.")));
        QVERIFY(!mime->text().contains(u'<'));

        // The sample: its timeline chart and its load diagram are embedded too.
        f.window.document()->undoStack()->setClean(); // nothing to ask about
        QVERIFY(f.window.files()->openSample());
        f.window.findChild<QAction *>(QStringLiteral("copyRichTextAction"))->trigger();
        const QString html = QApplication::clipboard()->mimeData()->html();
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        QVERIFY(QApplication::clipboard()->mimeData()->text().contains(
            f.window.document()->postmortem().title));
    }

    void noKeyIsBoundTwice()
    {
        Fixture f;
        QHash<QString, QString> owner;
        for (QAction *a : actionsWithShortcuts(&f.window)) {
            if (a->shortcutContext() != Qt::WindowShortcut
                && a->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(
                    !owner.contains(key),
                    qPrintable(
                        QStringLiteral("%1: %2 and %3").arg(key, owner.value(key), a->text())));
                owner.insert(key, a->text());
            }
        }
        for (const char *key : {"Ctrl+F", "Ctrl+H", "F3", "Shift+F3", "Ctrl+B", "Ctrl+I", "Ctrl+K",
                                "Ctrl+Shift+C", "Ctrl+Shift+8", "Ctrl+Shift+7"})
            QVERIFY2(owner.contains(QString::fromLatin1(key)), key);
        ShortcutsDialog dialog(&f.window);
        dialog.searchField()->setText(QStringLiteral("Bold"));
        QCOMPARE(dialog.visibleRowCount(), 1);
    }
};

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
