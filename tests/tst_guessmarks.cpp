// The marks on the editors of guessed fields (ui/guessmarks.h) in the real main window
// (offscreen platform): opening an imported postmortem marks the fields the importer guessed,
// with the report's sentences as tooltip and accessible description; editing a field, closing
// the report or opening another document takes the marks away. Documents in our own words.
#include "modalguard.h"
#include "ui/guessmarks.h"
#include "ui/importreportpanel.h"
#include "ui/mainwindow.h"
#include "ui/momentedit.h"
#include "ui/postmortemform.h"

#include "core/document.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Hindsight;

namespace {

/// The incident start and end can only come from the timeline; the root cause is a sentence
/// of another section, with markup in it.
const char *const kGuessedDocument = R"(# Checkout page errors after a cache flush

## Summary

The checkout page returned errors for part of the afternoon after a cache flush.

## Timeline

- 2024-03-05 14:02 The nightly flush job emptied the price cache
- 14:10 An alert fired for checkout errors
- 14:25 The cache was warmed again and the errors stopped

## Notes

The root cause was a <b>flush</b> schedule written in the wrong zone.
)";

const QString kStartSentence
    = QStringLiteral("Incident 2024-03-05 14:02 to 2024-03-05 14:25, from the timeline's first "
                     "entry.");

/// The frames GuessMarks draws: visible ones around `editor`.
QList<QWidget *> visibleFramesAround(QWidget *editor)
{
    QList<QWidget *> frames;
    if (!editor->parentWidget())
        return frames;
    for (QWidget *w : editor->parentWidget()->findChildren<QWidget *>(QStringLiteral("guessFrame"),
                                                                      Qt::FindDirectChildrenOnly))
        if (w->isVisibleTo(editor->window()) && w->geometry().contains(editor->geometry()))
            frames.append(w);
    return frames;
}

} // namespace

class TestGuessMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_guessmarks"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-flush.md"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kGuessedDocument);
    }

    void openingMarksTheGuessedFields()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GuessMarks *marks = w.form()->guessMarks();
        QVERIFY(marks->markedFields().isEmpty());
        QVERIFY(w.openFile(m_path));

        auto *start = w.form()->findChild<MomentEdit *>(QStringLiteral("startEdit"));
        QVERIFY(start);
        QVERIFY(marks->isMarked(FieldId::IncidentStart));
        QVERIFY(marks->isMarked(FieldId::IncidentEnd));
        QVERIFY(marks->isMarked(FieldId::TimeZone));
        QVERIFY(marks->isMarked(FieldId::RootCause));
        QVERIFY(!marks->isMarked(FieldId::Summary)); // read from its section
        QVERIFY2(start->toolTip().contains(kStartSentence.toHtmlEscaped()),
                 qPrintable(start->toolTip()));
        QVERIFY(start->dateEdit()->accessibleDescription().contains(kStartSentence));
        QVERIFY(start->timeEdit()->accessibleDescription().contains(kStartSentence));
        QCOMPARE(visibleFramesAround(start).size(), 1);
        auto *summary = w.form()->summaryEditor();
        QVERIFY(visibleFramesAround(summary).isEmpty());
        QVERIFY(summary->toolTip().isEmpty());

        // The document's words in a tooltip are text, never markup.
        QWidget *cause = w.form()->fieldEditor(FieldId::RootCause);
        QVERIFY2(cause->toolTip().contains(QStringLiteral("a &lt;b&gt;flush&lt;/b&gt; schedule")),
                 qPrintable(cause->toolTip()));
        // The tabs that hold marked editors say so: Overview and Root cause, not Timeline.
        QTabWidget *tabs = w.form()->tabWidget();
        QVERIFY(!tabs->tabIcon(0).isNull());
        QVERIFY(tabs->tabIcon(1).isNull());
        QVERIFY(!tabs->tabIcon(tabs->indexOf(tabPage(tabs, cause))).isNull());
        // Nothing of it is in the document.
        QVERIFY(!w.document()->isModified());
    }

    void typingClearsThatFieldsMark()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        GuessMarks *marks = w.form()->guessMarks();
        auto *start = w.form()->findChild<MomentEdit *>(QStringLiteral("startEdit"));
        QVERIFY(marks->isMarked(FieldId::IncidentStart));

        start->timeEdit()->selectAll();
        QTest::keyClicks(start->timeEdit(), QStringLiteral("14:05"));
        QVERIFY(!marks->isMarked(FieldId::IncidentStart));
        QVERIFY(visibleFramesAround(start).isEmpty());
        QVERIFY(start->toolTip().isEmpty());
        QVERIFY(!start->dateEdit()->accessibleDescription().contains(kStartSentence));
        // The other fields keep theirs.
        QVERIFY(marks->isMarked(FieldId::IncidentEnd));
        QVERIFY(marks->isMarked(FieldId::RootCause));

        // A change the document gets another way (here the root cause typed into, then
        // undone) clears the field's mark too, and it stays cleared.
        auto *cause = qobject_cast<QPlainTextEdit *>(w.form()->fieldEditor(FieldId::RootCause));
        QVERIFY(cause);
        cause->moveCursor(QTextCursor::End);
        QTest::keyClicks(cause, QStringLiteral(" Checked."));
        QVERIFY(!marks->isMarked(FieldId::RootCause));
        w.document()->undoStack()->undo();
        QVERIFY(!marks->isMarked(FieldId::RootCause));
        QVERIFY(marks->isMarked(FieldId::IncidentEnd));
    }

    void dismissingTheReportClearsEveryMark()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        GuessMarks *marks = w.form()->guessMarks();
        QVERIFY(!marks->markedFields().isEmpty());
        auto *panel = w.findChild<ImportReportPanel *>();
        auto *close = panel->findChild<QToolButton *>(QStringLiteral("closeImportReport"));
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(marks->markedFields().isEmpty());
        auto *start = w.form()->findChild<MomentEdit *>(QStringLiteral("startEdit"));
        QVERIFY(start->toolTip().isEmpty());
        QVERIFY(visibleFramesAround(start).isEmpty());
        QTabWidget *tabs = w.form()->tabWidget();
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->tabIcon(i).isNull());
    }

    void anotherDocumentHasNoMarks()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        GuessMarks *marks = w.form()->guessMarks();
        QVERIFY(marks->isMarked(FieldId::RootCause));
        // File > New (Ctrl+N): nothing was edited, so nothing is asked.
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w.document()->postmortem().timeline.isEmpty());
        QVERIFY(marks->markedFields().isEmpty());
        auto *start = w.form()->findChild<MomentEdit *>(QStringLiteral("startEdit"));
        QVERIFY(visibleFramesAround(start).isEmpty());

        // Opened again, the marks come back with the report; the sample clears them.
        QVERIFY(w.openFile(m_path));
        QVERIFY(marks->isMarked(FieldId::IncidentStart));
        w.openSample();
        QVERIFY(marks->markedFields().isEmpty());
    }

    void aGuessInTheReportLeadsToItsField()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        auto *panel = w.findChild<ImportReportPanel *>();
        // The guessed sentence is a link to its field; the document's words are escaped.
        QLabel *body = nullptr;
        for (QLabel *l : panel->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("href=\"field:rootCause\"")))
                body = l;
        QVERIFY(body);
        QVERIFY(body->text().contains(QStringLiteral("&lt;b&gt;flush&lt;/b&gt;")));
        QVERIFY(panel->text().contains(QStringLiteral("a <b>flush</b> schedule")));
        QVERIFY(body->text().contains(QStringLiteral("href=\"field:incident.start\"")));

        QTabWidget *tabs = w.form()->tabWidget();
        tabs->setCurrentIndex(1);
        Q_EMIT body->linkActivated(QStringLiteral("field:rootCause"));
        QCOMPARE(tabs->currentWidget(), tabPage(tabs, w.form()->fieldEditor(FieldId::RootCause)));
        Q_EMIT body->linkActivated(QStringLiteral("field:incident.start"));
        QCOMPARE(tabs->currentIndex(), 0);
        Q_EMIT body->linkActivated(QStringLiteral("https://example.org/")); // no field: nothing
        QCOMPARE(tabs->currentIndex(), 0);
    }

private:
    static QWidget *tabPage(QTabWidget *tabs, QWidget *w)
    {
        while (w && tabs->indexOf(w) < 0)
            w = w->parentWidget();
        return w;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestGuessMarks)
#include "tst_guessmarks.moc"
