// Edit > Find and Replace in the real window, driven with keys and clicks: finding across the
// form's fields, tables and sections, the options, replacing one match, Replace All as one undo
// step, highlights in the editors and the preview, and the clipboard entries of the Edit menu.
#include "core/document.h"
#include "modalguard.h"
#include "ui/editingactions.h"
#include "ui/findreplace.h"
#include "ui/mainwindow.h"
#include "ui/matchhighlightdelegate.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hindsight;

namespace {

// Our own words: a small postmortem with "cache" in a field of every kind.
const QByteArray kPostmortem = R"(---
hindsight: 1
status: draft
---

# Cache stampede on the image service

## Summary

The image cache expired all at once and the origin was flooded.

## Impact

Thumbnails loaded slowly for 20 minutes.

## Timeline

| Time | Kind | Event |
| --- | --- | --- |
| 2025-03-04 09:00 | detection | Latency alert on the cache tier |
| 2025-03-04 09:20 | resolution | Origin recovered |

## Root cause

Every cache entry had the same lifetime. Caches should jitter.

## Resolution

Added jitter to the expiry.

## Action items

| Action item | Category | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| Spread cache expiry over an hour | task | Cache team | 2025-04-01 | open |

## Notes

The CDN cache was not involved.
)";

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    FindReplaceBar *bar = nullptr;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("stampede.md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(kPostmortem) != kPostmortem.size())
            qFatal("cannot write the fixture");
        f.close();
        if (!window.openFile(path))
            qFatal("cannot open the fixture");
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        window.activateWindow();
        bar = window.editing()->findBar();
    }
    QWidget *focus() const { return QApplication::focusWidget(); }
    /// Sends `key` to the focused widget (where a person's key press goes).
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(focus() ? focus() : &window, k, m);
    }
    QString matchedText() const
    {
        const std::optional<TextMatch> m = bar->currentMatch();
        if (!m)
            return {};
        const QString *text = textAt(window.document()->postmortem(), m->where);
        return text ? text->mid(m->start, m->length) : QString();
    }
    TextLocation::Kind matchKind() const { return bar->currentMatch()->where.kind; }
};

/// The box around the pixels of `color` inside `rect` of `view`'s viewport (null when none).
QRect pixelsOf(QTableView *view, const QRect &rect, const QColor &color)
{
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = image.devicePixelRatio();
    QRect box;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (QColor(image.pixel(QPoint(int(x * scale), int(y * scale)))) == color)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_findreplace"));
        QSettings().clear();
    }

    void findGoesThroughEveryKindOfField()
    {
        Fixture f;
        f.window.form()->summaryEditor()->setFocus();
        QTRY_VERIFY(f.window.form()->summaryEditor()->hasFocus());
        f.key(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(f.bar->isVisible());
        QTRY_COMPARE(f.focus(), f.bar->findField());
        QTest::keyClicks(f.bar->findField(), QStringLiteral("cache"));
        // Found as typed, from the summary's cursor (its start).
        QCOMPARE(f.matchKind(), TextLocation::Kind::Prose);
        QCOMPARE(f.bar->currentMatch()->where.field, FieldId::Summary);
        QCOMPARE(f.bar->statusText(), QStringLiteral("2 of 8"));

        // F3 through the rest, in the form's order; each match is shown where it is edited.
        const QList<TextLocation::Kind> expected{
            TextLocation::Kind::TimelineText, TextLocation::Kind::Prose,
            TextLocation::Kind::Prose,        TextLocation::Kind::ActionText,
            TextLocation::Kind::ActionOwner,  TextLocation::Kind::SectionText,
            TextLocation::Kind::Title, // wrapped
            TextLocation::Kind::Prose};
        QTabWidget *tabs = f.window.form()->tabWidget();
        for (TextLocation::Kind kind : expected) {
            f.key(Qt::Key_F3);
            QCOMPARE(f.matchKind(), kind);
            QCOMPARE(f.matchedText().toLower(), QStringLiteral("cache"));
            if (kind == TextLocation::Kind::TimelineText) {
                QVERIFY(tabs->currentWidget()->isAncestorOf(f.window.form()->timelineView()));
                QCOMPARE(f.window.form()->timelineView()->currentIndex().row(), 0);
            }
            if (kind == TextLocation::Kind::ActionOwner)
                QVERIFY(tabs->currentWidget()->isAncestorOf(f.window.form()->actionItemView()));
        }
        QVERIFY(f.bar->statusText().startsWith(QStringLiteral("2 of 8")));
        // Back again with Shift+F3: wraps to the end.
        f.key(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(f.matchKind(), TextLocation::Kind::Title);
        f.key(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(f.matchKind(), TextLocation::Kind::SectionText);
        QVERIFY(f.bar->statusText().startsWith(QStringLiteral("Wrapped")));

        // Every match in a text editor is highlighted, and so is the preview.
        QPlainTextEdit *summary = f.window.form()->summaryEditor();
        QCOMPARE(summary->extraSelections().size(), 1);
        QTRY_VERIFY(f.window.preview()->extraSelections().size() >= 8);

        // Enter in the find field is F3; Esc closes the bar and its highlights.
        f.bar->findField()->setFocus();
        QTRY_COMPARE(f.focus(), f.bar->findField());
        f.key(Qt::Key_Return);
        QCOMPARE(f.matchKind(), TextLocation::Kind::Title);
        f.key(Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
        QVERIFY(summary->extraSelections().isEmpty());
        QVERIFY(f.window.preview()->extraSelections().isEmpty());
    }

    void findAndReplaceReachAnEventsDetail()
    {
        Fixture f;
        Document *document = f.window.document();
        document->edit(QStringLiteral("Add a detail"), [](Postmortem &pm) {
            pm.timeline[1].detail = QStringLiteral("```\norigin 502 rate: 0.4%\n```");
        });
        QUndoStack *undo = document->undoStack();
        const int stepsBefore = undo->count();
        f.key(Qt::Key_H, Qt::ControlModifier);
        QTest::keyClicks(f.bar->findField(), QStringLiteral("502"));
        // Found where it is edited: the second event is the timeline's current row, and the
        // editor under the table shows its detail with the match selected and highlighted.
        QCOMPARE(f.matchKind(), TextLocation::Kind::TimelineDetail);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 1"));
        QTabWidget *tabs = f.window.form()->tabWidget();
        QVERIFY(tabs->currentWidget()->isAncestorOf(f.window.form()->timelineView()));
        QCOMPARE(f.window.form()->timelineView()->currentIndex().row(), 1);
        auto *detail
            = f.window.form()->findChild<QPlainTextEdit *>(QStringLiteral("eventDetailEdit"));
        QVERIFY(detail);
        QCOMPARE(detail->textCursor().selectedText(), QStringLiteral("502"));
        QCOMPARE(detail->extraSelections().size(), 1);

        // Replace edits the detail, as one undo step.
        f.key(Qt::Key_Tab);
        QTRY_COMPARE(f.focus(), f.bar->replaceField());
        QTest::keyClicks(f.bar->replaceField(), QStringLiteral("503"));
        f.key(Qt::Key_Return);
        const Postmortem &pm = document->postmortem();
        QCOMPARE(pm.timeline[1].detail, QStringLiteral("```\norigin 503 rate: 0.4%\n```"));
        QCOMPARE(detail->toPlainText(), pm.timeline[1].detail);
        QCOMPARE(undo->count(), stepsBefore + 1);
        undo->undo();
        QCOMPARE(pm.timeline[1].detail, QStringLiteral("```\norigin 502 rate: 0.4%\n```"));

        // Replace All reaches it too, whichever row is current.
        f.window.form()->selectEvent(0);
        QCOMPARE(f.bar->replaceAll(), 1);
        QVERIFY(pm.timeline[1].detail.contains(QStringLiteral("origin 503")));
    }

    void tableCellsHighlightTheExactMatch()
    {
        Fixture f;
        f.key(Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(f.bar->findField(), QStringLiteral("cache"));
        while (f.matchKind() != TextLocation::Kind::TimelineText)
            f.key(Qt::Key_F3);
        QTableView *timeline = f.window.form()->timelineView();
        QTRY_VERIFY(timeline->isVisible());
        // "Latency alert on the cache tier": the current match, in its own colour, as wide as
        // the word — not the whole cell.
        const QModelIndex cell = timeline->model()->index(0, 3);
        const QRect rect = timeline->visualRect(cell);
        const int word = timeline->fontMetrics().horizontalAdvance(QStringLiteral("cache"));
        QRect current;
        QTRY_VERIFY(
            (current = pixelsOf(timeline, rect, MatchHighlightDelegate::currentColor())).isValid());
        QVERIFY2(qAbs(current.width() - word) <= 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(current.width()).arg(word)));
        // Inside the cell, a small part of it (the text may wrap, so not at a fixed x).
        QVERIFY(rect.contains(current));
        // The other row has no match: nothing painted there.
        const QRect other = timeline->visualRect(timeline->model()->index(1, 3));
        QVERIFY(!pixelsOf(timeline, other, MatchHighlightDelegate::matchColor()).isValid());

        // The action items: "Cache team" and "cache expiry" carry the match colour.
        f.key(Qt::Key_F3);
        f.key(Qt::Key_F3);
        f.key(Qt::Key_F3);
        QCOMPARE(f.matchKind(), TextLocation::Kind::ActionText);
        QTableView *actions = f.window.form()->actionItemView();
        QTRY_VERIFY(actions->isVisible());
        const QRect owner = actions->visualRect(actions->model()->index(0, 2));
        QRect other2;
        QTRY_VERIFY(
            (other2 = pixelsOf(actions, owner, MatchHighlightDelegate::matchColor())).isValid());
        QVERIFY(
            qAbs(other2.width() - actions->fontMetrics().horizontalAdvance(QStringLiteral("Cache")))
            <= 3);

        // Closed: the cells are plain again.
        f.bar->findField()->setFocus();
        QTRY_COMPARE(f.focus(), f.bar->findField());
        f.key(Qt::Key_Escape);
        QTRY_VERIFY(!pixelsOf(actions, owner, MatchHighlightDelegate::matchColor()).isValid());
    }

    void caseAndWholeWordOptions()
    {
        Fixture f;
        f.key(Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(f.bar->findField(), QStringLiteral("Cache"));
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 8"));
        QTest::mouseClick(f.bar->caseSensitiveBox(), Qt::LeftButton);
        QVERIFY(f.bar->options().caseSensitive);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 3")); // title, "Caches", owner
        QTest::mouseClick(f.bar->wholeWordsBox(), Qt::LeftButton);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 2")); // not "Caches"
        QTest::mouseClick(f.bar->caseSensitiveBox(), Qt::LeftButton);
        QCOMPARE(f.bar->statusText(), QStringLiteral("1 of 7"));
        f.bar->findField()->clear();
        QTest::keyClicks(f.bar->findField(), QStringLiteral("no such words"));
        QCOMPARE(f.bar->statusText(), QStringLiteral("No matches"));
        QVERIFY(!f.bar->currentMatch());
    }

    void replaceOneMatchAtATime()
    {
        Fixture f;
        QUndoStack *undo = f.window.document()->undoStack();
        f.key(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(f.bar->replaceField()->isVisible());
        QTest::keyClicks(f.bar->findField(), QStringLiteral("jitter"));
        QCOMPARE(f.matchKind(), TextLocation::Kind::Prose); // root cause
        f.key(Qt::Key_Tab);
        QTRY_COMPARE(f.focus(), f.bar->replaceField());
        QTest::keyClicks(f.bar->replaceField(), QStringLiteral("spread"));
        f.key(Qt::Key_Return); // replaces the selected match, selects the next
        const Postmortem &pm = f.window.document()->postmortem();
        QCOMPARE(pm.rootCause,
                 QStringLiteral("Every cache entry had the same lifetime. Caches should spread."));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Replace"));
        QCOMPARE(f.bar->currentMatch()->where.field, FieldId::Resolution);
        QTest::mouseClick(f.bar->findChild<QPushButton *>(QStringLiteral("replaceButton")),
                          Qt::LeftButton);
        QCOMPARE(pm.resolution, QStringLiteral("Added spread to the expiry."));
        QCOMPARE(undo->count(), 2);
        QCOMPARE(f.bar->statusText(), QStringLiteral("Replaced the last match"));
        // The editor shows the replaced text.
        auto *resolution
            = f.window.form()->findChild<QPlainTextEdit *>(QStringLiteral("resolutionEditor"));
        QCOMPARE(resolution->toPlainText(), pm.resolution);
        undo->undo();
        QCOMPARE(pm.resolution, QStringLiteral("Added jitter to the expiry."));
    }

    void replaceAllIsOneUndoStep()
    {
        Fixture f;
        const Postmortem before = f.window.document()->postmortem();
        QUndoStack *undo = f.window.document()->undoStack();
        f.key(Qt::Key_H, Qt::ControlModifier);
        QTest::keyClicks(f.bar->findField(), QStringLiteral("cache"));
        QTest::mouseClick(f.bar->wholeWordsBox(), Qt::LeftButton);
        f.bar->replaceField()->setFocus();
        QTest::keyClicks(f.bar->replaceField(), QStringLiteral("store"));
        QTest::mouseClick(f.bar->findChild<QPushButton *>(QStringLiteral("replaceAllButton")),
                          Qt::LeftButton);
        QCOMPARE(f.bar->statusText(), QStringLiteral("Replaced 7 matches"));
        const Postmortem &pm = f.window.document()->postmortem();
        QCOMPARE(pm.title, QStringLiteral("store stampede on the image service"));
        QCOMPARE(pm.timeline[0].text, QStringLiteral("Latency alert on the store tier"));
        QCOMPARE(pm.actionItems[0].text, QStringLiteral("Spread store expiry over an hour"));
        QCOMPARE(pm.actionItems[0].owner, QStringLiteral("store team"));
        QCOMPARE(pm.sections[0].text, QStringLiteral("The CDN store was not involved."));
        QVERIFY(pm.rootCause.contains(QStringLiteral("Caches should jitter")));
        QCOMPARE(f.window.form()->summaryEditor()->toPlainText(), pm.summary);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Replace all"));

        // One Ctrl+Z, wherever the focus is, brings every field back.
        f.window.form()->summaryEditor()->setFocus();
        QTRY_VERIFY(f.window.form()->summaryEditor()->hasFocus());
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(f.window.document()->postmortem() == before);
        QCOMPARE(f.window.form()->summaryEditor()->toPlainText(), before.summary);
        QVERIFY(!f.window.isWindowModified());
    }

    void clipboardEntriesActOnTheFocusedEditor()
    {
        Fixture f;
        QPlainTextEdit *summary = f.window.form()->summaryEditor();
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        f.window.findChild<QAction *>(QStringLiteral("selectAllAction"))->trigger();
        QCOMPARE(summary->textCursor().selectedText(), summary->toPlainText());
        f.window.findChild<QAction *>(QStringLiteral("cutAction"))->trigger();
        QVERIFY(f.window.document()->postmortem().summary.isEmpty());
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("The image cache")));
        f.window.findChild<QAction *>(QStringLiteral("pasteAction"))->trigger();
        QVERIFY(f.window.document()->postmortem().summary.startsWith(
            QStringLiteral("The image cache")));

        // A table cell: Ctrl+C copies its text, Ctrl+V writes it through the model (undoable).
        QTableView *timeline = f.window.form()->timelineView();
        f.window.form()->tabWidget()->setCurrentIndex(1);
        timeline->setFocus();
        timeline->setCurrentIndex(timeline->model()->index(0, 3));
        QTRY_VERIFY(timeline->hasFocus());
        f.key(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Latency alert on the cache tier"));
        timeline->setCurrentIndex(timeline->model()->index(1, 3));
        f.key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.window.document()->postmortem().timeline[1].text,
                 QStringLiteral("Latency alert on the cache tier"));
        f.window.document()->undoStack()->undo();
        QCOMPARE(f.window.document()->postmortem().timeline[1].text,
                 QStringLiteral("Origin recovered"));
    }
};

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
