// Spelling in the real window's section editors: misspelt words underlined as they are typed
// (names, identifiers, host names and code left alone), the right-click menu's suggestions,
// Add to Dictionary and Ignore, and a spelling finding in the review panel selecting its word.
#include "core/document.h"
#include "core/postmortemfields.h"
#include "core/spelling.h"
#include "modalguard.h"
#include "ui/mainwindow.h"
#include "ui/markdowneditor.h"
#include "ui/postmortemform.h"
#include "ui/reviewpanel.h"
#include "ui/spellinghighlighter.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Hindsight;

namespace {

/// True when the first `word` in `editor` carries the spell-check underline.
bool underlined(const QPlainTextEdit *editor, const QString &word)
{
    const int at = int(editor->toPlainText().indexOf(word));
    if (at < 0)
        return false;
    const QTextBlock block = editor->document()->findBlock(at);
    const int inBlock = at - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= inBlock && r.start + r.length >= inBlock + word.size()
            && r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

/// Where to right-click on the first `word` in `editor` (viewport coordinates).
QPoint pointOn(QPlainTextEdit *editor, const QString &word)
{
    QTextCursor c(editor->document());
    c.setPosition(int(editor->toPlainText().indexOf(word)) + 1);
    return editor->cursorRect(c).center();
}

MarkdownEditor *editorNamed(MainWindow &w, const char *name)
{
    return w.form()->findChild<MarkdownEditor *>(QString::fromLatin1(name));
}

void typeInto(MainWindow &w, MarkdownEditor *editor, const QString &text)
{
    const FieldInfo *field = findField(editor->property("fieldKey").toString());
    QVERIFY(field);
    w.form()->showLocation({field->id, -1, {}, -1});
    QTRY_VERIFY(editor->hasFocus());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines[i]);
    }
}

bool waitForRun(ReviewPanel *panel)
{
    QSignalSpy spy(panel, &ReviewPanel::updated);
    return spy.wait(5000);
}

} // namespace

class TestSpellingEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The personal word list goes to a test folder, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_spellingeditor"));
        QFile::remove(personalDictionaryPath());
        if (!spellingAvailable())
            QSKIP("hunspell's en_US dictionary is not installed");
    }
    void cleanupTestCase() { QFile::remove(personalDictionaryPath()); }

    void typingUnderlinesMisspeltWordsOnly()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        QVERIFY(summary);
        typeInto(w, summary,
                 QStringLiteral("Zanele restarted the servr. Zanele then raised retryBudgt and "
                                "cache_sizze on catlg-01.intrnal, see `wrokers` and "
                                "https://exmple.org/pagez. Nothng else changed."));
        QVERIFY(!isKnownWord(QStringLiteral("Zanele")));
        QVERIFY(underlined(summary, QStringLiteral("servr")));
        // A capitalised word used once at a sentence's start is judged like any other.
        QVERIFY(underlined(summary, QStringLiteral("Nothng")));
        // A capitalised word used twice is a name (once the names are recomputed).
        QTRY_VERIFY(!underlined(summary, QStringLiteral("Zanele")));
        for (const char *skipped :
             {"retryBudgt", "cache_sizze", "catlg-01.intrnal", "wrokers", "exmple", "pagez"})
            QVERIFY2(!underlined(summary, QString::fromLatin1(skipped)), skipped);
        QVERIFY(underlined(summary, QStringLiteral("servr"))); // still, after the names

        // Fenced code in another section editor is not judged; prose after it is.
        MarkdownEditor *impact = editorNamed(w, "impactEditor");
        typeInto(w, impact,
                 QStringLiteral("```\nqueu_wrkr --retrys\nmispelt\n```\nThe backlg grew."));
        QVERIFY(!underlined(impact, QStringLiteral("mispelt")));
        QVERIFY(!underlined(impact, QStringLiteral("retrys")));
        QVERIFY(underlined(impact, QStringLiteral("backlg")));
    }

    void namesOfAnOutdatedDocumentAreDropped()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *updater = w.form()->findChild<SpellingNamesUpdater *>();
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        QVERIFY(updater && summary);
        QSignalSpy updated(updater, &SpellingNamesUpdater::updated);
        const auto setSummary = [&w](const QString &text) {
            w.document()->edit(
                QStringLiteral("Summary"), [text](Postmortem &pm) { pm.summary = text; },
                QStringLiteral("summary"));
        };
        setSummary(QStringLiteral("Zanele restarted the server."));
        QVERIFY(updated.wait(5000));
        QVERIFY(underlined(summary, QStringLiteral("Zanele"))); // once: not yet a name

        // The names are being gathered (on a worker) when the document changes: they are of
        // the old text and never applied; the first names applied are the new text's.
        const int before = int(updated.count());
        updater->updateNow();
        setSummary(QStringLiteral("Zanele restarted the server. Zanele then left."));
        QVERIFY(updated.wait(5000));
        QCOMPARE(int(updated.count()), before + 1);
        QVERIFY(!underlined(summary, QStringLiteral("Zanele")));
    }

    void aLongTextIsCheckedInSlices()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        QVERIFY(summary);
        SpellingHighlighter *highlighter = summary->spellingHighlighter();
        QStringList paragraphs;
        for (int i = 0; i < 400; ++i)
            paragraphs.append(QStringLiteral("Paragraph %1 tells how the replica fell behind while "
                                             "the queue grew and the operators watched.")
                                  .arg(i));
        paragraphs.first() += QStringLiteral(" Then qwertyfirst happened.");
        paragraphs.last() += QStringLiteral(" Then qwertylast happened.");
        const QString text = paragraphs.join(QStringLiteral("\n\n"));
        QVERIFY(text.size() > SpellingHighlighter::kLargeChange);
        w.document()->edit(
            QStringLiteral("Summary"), [text](Postmortem &pm) { pm.summary = text; },
            QStringLiteral("summary"));
        QCOMPARE(summary->toPlainText(), text);
        QVERIFY(underlined(summary, QStringLiteral("qwertyfirst"))); // the top at once
        // The rest in later passes of the event loop; in the end, every block.
        QTRY_VERIFY(!highlighter->isChecking());
        QVERIFY(underlined(summary, QStringLiteral("qwertylast")));
        QVERIFY(!underlined(summary, QStringLiteral("replica")));

        // New names redraw every block: those waiting for their turn keep their underlines.
        Postmortem named;
        named.summary = QStringLiteral("Zanele called. Later Zanele left.");
        highlighter->setNames(SpellingNames::of(named));
        QVERIFY(underlined(summary, QStringLiteral("qwertylast")));
        QTRY_VERIFY(!highlighter->isChecking());
        QVERIFY(underlined(summary, QStringLiteral("qwertylast")));
        QVERIFY(underlined(summary, QStringLiteral("qwertyfirst")));
    }

    void suggestionReplacesTheWordAsOneUndoStep()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        typeInto(w, summary, QStringLiteral("Teh cache was flushed."));
        QVERIFY(underlined(summary, QStringLiteral("Teh")));

        // A real right-click opens the menu with the suggestion first.
        const QPoint at = pointOn(summary, QStringLiteral("Teh"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, summary->viewport()->mapToGlobal(at));
        QApplication::sendEvent(summary->viewport(), &event);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QCOMPARE(popup->actions().value(0)->text(), QStringLiteral("The"));
        popup->close();

        std::unique_ptr<QMenu> menu(summary->createContextMenu(at));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() > 4);
        QCOMPARE(actions.first()->objectName(), QStringLiteral("spellingSuggestion"));
        QCOMPARE(actions.first()->text(), QStringLiteral("The"));
        // Then Add to Dictionary and Ignore, then the editor's usual actions.
        QStringList names;
        for (QAction *a : actions)
            names.append(a->objectName());
        QVERIFY(names.indexOf(QStringLiteral("spellingAddToDictionary"))
                < names.indexOf(QStringLiteral("spellingIgnore")));
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](QAction *a) {
            return a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Copy"));
        }));

        actions.first()->trigger();
        QCOMPARE(summary->toPlainText(), QStringLiteral("The cache was flushed."));
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("The cache was flushed."));
        QVERIFY(!underlined(summary, QStringLiteral("The")));
        // One Ctrl+Z restores the word, not the whole typing burst.
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), QStringLiteral("Teh cache was flushed."));
        QCOMPARE(w.document()->postmortem().summary, QStringLiteral("Teh cache was flushed."));
    }

    void addToDictionaryAndIgnoreClearEveryEditor()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        MarkdownEditor *cause = editorNamed(w, "rootCauseEditor");
        typeInto(w, summary, QStringLiteral("The zorbulator and the quxification stalled."));
        typeInto(w, cause, QStringLiteral("A zorbulator bug. No quxification limit."));
        for (MarkdownEditor *e : {summary, cause}) {
            QVERIFY(underlined(e, QStringLiteral("zorbulator")));
            QVERIFY(underlined(e, QStringLiteral("quxification")));
        }

        std::unique_ptr<QMenu> add(
            summary->createContextMenu(pointOn(summary, QStringLiteral("zorbulator"))));
        auto *addAction = add->findChild<QAction *>(QStringLiteral("spellingAddToDictionary"));
        QVERIFY(addAction);
        addAction->trigger();
        for (MarkdownEditor *e : {summary, cause})
            QVERIFY(!underlined(e, QStringLiteral("zorbulator")));
        QVERIFY(personalDictionaryPath().contains(QStringLiteral(".qttest")));
        QFile list(personalDictionaryPath());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(list.readAll().split('\n').contains("zorbulator"));

        std::unique_ptr<QMenu> ignore(
            cause->createContextMenu(pointOn(cause, QStringLiteral("quxification"))));
        auto *ignoreAction = ignore->findChild<QAction *>(QStringLiteral("spellingIgnore"));
        QVERIFY(ignoreAction);
        ignoreAction->trigger();
        for (MarkdownEditor *e : {summary, cause})
            QVERIFY(!underlined(e, QStringLiteral("quxification")));
        list.close();
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(!list.readAll().contains("quxification")); // ignored, not written
    }

    void clickingASpellingFindingSelectsTheWord()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Postmortem pm;
        pm.title = QStringLiteral("Queue backlog");
        pm.summary = QStringLiteral("The queue grew.\n\nThe alert was recieved late.");
        pm.sections.append(
            {QStringLiteral("Notes"), QStringLiteral("Workers ran in seperate pools.")});
        pm.timeline.append({{QDate(2025, 3, 4), QTime(10, 0), 0, {}},
                            EventKind::Other,
                            QStringLiteral("The on-call engineer aknowledged the page.")});
        w.document()->reset(pm, QString());
        ReviewPanel *panel = w.reviewPanel();
        QVERIFY(waitForRun(panel));
        QListWidget *list = panel->list();
        const auto click = [&](const QString &word) {
            const QList<Finding> findings = panel->findings(); // a copy: it outlives the loop
            for (int i = 0; i < findings.size(); ++i) {
                const Finding &f = findings[i];
                if (f.ruleId == QLatin1String("spelling.unknown-word") && f.where.excerpt == word) {
                    QListWidgetItem *item = list->item(i);
                    list->scrollToItem(item);
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                      list->visualItemRect(item).center());
                    return true;
                }
            }
            return false;
        };
        QVERIFY(click(QStringLiteral("recieved")));
        MarkdownEditor *summary = editorNamed(w, "summaryEditor");
        QTRY_VERIFY(summary->hasFocus());
        QCOMPARE(summary->textCursor().selectedText(), QStringLiteral("recieved"));

        QVERIFY(click(QStringLiteral("seperate")));
        auto *focused = qobject_cast<MarkdownEditor *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->toPlainText(), pm.sections.first().text);
        QCOMPARE(focused->textCursor().selectedText(), QStringLiteral("seperate"));

        // In a table, the row's text cell opens with the word selected.
        QVERIFY(click(QStringLiteral("aknowledged")));
        QCOMPARE(w.form()->timelineView()->currentIndex().row(), 0);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        QCOMPARE(cell->selectedText(), QStringLiteral("aknowledged"));
    }
};

QTEST_MAIN(TestSpellingEditor)
#include "tst_spellingeditor.moc"
