// The real main window, driven with QTest key events (offscreen platform).
#include "core/document.h"
#include "corpus.h"
#include "modalguard.h"
#include "ui/importreportpanel.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Hindsight;

namespace {

/// Closes the next modal dialog the window opens and remembers its text.
class DialogCloser : public QObject
{
public:
    QString text;
    explicit DialogCloser(QObject *parent)
        : QObject(parent)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        timer->start(20);
    }
};

QString previewText(MainWindow &w)
{
    return w.preview()->toPlainText();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void sampleOpensIntoFormAndPreview()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.document()->postmortem().title.contains(QStringLiteral("Partner sync")));
        QCOMPARE(w.form()->timelineView()->model()->rowCount(), 8);
        QCOMPARE(w.form()->actionItemView()->model()->rowCount(), 6);
        QVERIFY(previewText(w).contains(QStringLiteral("Partner sync pinned to one node")));
        QVERIFY(!w.isWindowModified());
    }

    void typingUpdatesPreviewAndUndoRestores()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPlainTextEdit *summary = w.form()->summaryEditor();
        const QString original = summary->toPlainText();
        QVERIFY(!previewText(w).contains(QStringLiteral("Typed by the test")));

        summary->setFocus();
        summary->moveCursor(QTextCursor::End);
        QTest::keyClicks(summary, QStringLiteral(" Typed by the test"));
        QCOMPARE(w.document()->postmortem().summary,
                 original + QStringLiteral(" Typed by the test"));
        QTRY_VERIFY_WITH_TIMEOUT(previewText(w).contains(QStringLiteral("Typed by the test")),
                                 5000);
        QVERIFY(w.isWindowModified());
        // The burst of keystrokes is one undo step, named after the field.
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Edit summary"));

        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), original);
        QCOMPARE(w.document()->postmortem().summary, original);
        QTRY_VERIFY_WITH_TIMEOUT(!previewText(w).contains(QStringLiteral("Typed by the test")),
                                 5000);
        QVERIFY(!w.isWindowModified());

        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.document()->postmortem().summary,
                 original + QStringLiteral(" Typed by the test"));
    }

    void badFileShowsMessageAndKeepsDocument_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("binary") << QByteArray("\0\x01\x02\x03garbage", 11);
        QTest::newRow("not a postmortem") << QByteArray("Groceries:\n- apples\n- pears\n");
    }
    void badFileShowsMessageAndKeepsDocument()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        MainWindow w;
        w.openSample();
        w.show();
        const Postmortem before = w.document()->postmortem();
        DialogCloser closer(&w);
        QVERIFY(!w.openFile(path));
        QVERIFY2(!closer.text.isEmpty(), "no message was shown");
        QVERIFY(w.document()->postmortem() == before);
        QVERIFY(!w.openFile(dir.filePath(QStringLiteral("missing.md"))));
        QVERIFY(closer.text.contains(QStringLiteral("does not exist")));
        QVERIFY(w.document()->postmortem() == before);
    }

    /// An empty file is a new postmortem that saves to it; Latin-1 text opens, and the import
    /// report says which encoding was assumed.
    void emptyAndLatin1FilesOpen()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.md"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(empty));
        QCOMPARE(w.document()->filePath(), empty);
        QVERIFY(w.document()->postmortem().title.isEmpty());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("empty.md")));
        QVERIFY(!w.isWindowModified());
        QPlainTextEdit *summary = w.form()->summaryEditor();
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Written into an empty file."));
        QTest::keyClick(summary, Qt::Key_S, Qt::ControlModifier);
        QFile saved(empty);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("Written into an empty file."));

        const QString latin1 = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(latin1);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("St\xf6rung der Anmeldung\n\nImpact: Anmeldungen schlugen f\xfcr 25 Minuten "
                    "fehl.\n\nRoot cause: Ein Schl\xfcssel war abgelaufen; niemand wurde "
                    "gewarnt.\n");
        }
        QVERIFY(w.openFile(latin1));
        QCOMPARE(w.document()->postmortem().title, QStringLiteral("Störung der Anmeldung"));
        auto *report = w.findChild<ImportReportPanel *>();
        QVERIFY(report && report->isVisible());
        QVERIFY2(report->text().contains(QStringLiteral("not UTF-8")), qPrintable(report->text()));
    }

    void timelineRowsWithKeyboard()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *view = w.form()->timelineView();
        auto *tabs = w.form()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) // the tab holding the table (below the chart)
            if (tabs->widget(i)->isAncestorOf(view))
                tabs->setCurrentIndex(i);
        QVERIFY(view->isVisible());
        view->setFocus();
        view->setCurrentIndex(view->model()->index(7, 0)); // the last event, 02:00
        QTRY_VERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_Insert);
        QCOMPARE(w.document()->postmortem().timeline.size(), 9);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        QTest::keyClicks(editor, QStringLiteral("Status page updated"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.document()->postmortem().timeline.value(8).text,
                     QStringLiteral("Status page updated"));
        QTRY_VERIFY(previewText(w).contains(QStringLiteral("Status page updated")));

        view->setFocus();
        view->selectRow(8);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(w.document()->postmortem().timeline.size(), 8);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->postmortem().timeline.size(), 9);
    }

    void foreignFileImportFillsTheForm()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(QStringLiteral(HINDSIGHT_TEST_DATA "/import/course-format.md")));
        QCOMPARE(w.form()->timelineView()->model()->rowCount(), 8);
        QCOMPARE(w.form()->actionItemView()->model()->rowCount(), 5);
        QVERIFY(w.document()->filePath().isEmpty()); // imported: Save asks where
        QVERIFY(w.windowTitle().contains(QStringLiteral("not saved")));
    }

    /// A label with an accelerator ("Se&verity:") needs a buddy, or it shows the "&" and
    /// Alt+letter does nothing.
    void formLabelsWithAcceleratorsHaveBuddies()
    {
        MainWindow w;
        w.openSample();
        const QList<QLabel *> labels = w.form()->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        int withAccelerator = 0;
        for (const QLabel *label : labels) {
            if (label->textFormat() == Qt::RichText || !label->text().contains(u'&'))
                continue;
            ++withAccelerator;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(withAccelerator >= 5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
