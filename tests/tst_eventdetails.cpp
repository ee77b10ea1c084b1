// A timeline event's detail (TimelineEvent::detail): the code block, log or quote the event
// introduces. Read by the importer, kept by the native format as a footnote of the event's row,
// edited under the timeline table. All texts here are our own.
#include "core/document.h"
#include "core/eventfootnotes.h"
#include "core/importer.h"
#include "core/nativeformat.h"
#include "ui/eventdetaileditor.h"
#include "ui/markdowneditor.h"
#include "ui/postmortemform.h"
#include "ui/timelinemodel.h"

#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Hindsight;

namespace {

Postmortem twoEvents(const QString &detail)
{
    Postmortem pm;
    pm.title = QStringLiteral("Runner pool outage");
    pm.timeline = {
        {{QDate(2026, 3, 2), QTime(10, 0), 0, {}},
         EventKind::Detection,
         QStringLiteral("Queue depth alert fires."),
         {}},
        {{QDate(2026, 3, 2), QTime(10, 5), 0, {}},
         EventKind::Investigation,
         QStringLiteral("Describing the runner pod gave:"),
         detail},
    };
    return pm;
}

/// Saves `pm`, opens the bytes again and checks that a second save gives the same bytes.
Postmortem reopened(const Postmortem &pm)
{
    const QByteArray bytes = writeNativeFormat(pm);
    const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
    if (!r.ok || writeNativeFormat(r.postmortem) != bytes)
        qWarning("not stable:\n%s", bytes.constData());
    return r.postmortem;
}

const TimelineEvent *eventStarting(const Postmortem &pm, const QString &words)
{
    for (const TimelineEvent &e : pm.timeline)
        if (e.text.startsWith(words))
            return &e;
    return nullptr;
}

} // namespace

class TestEventDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailsSurviveSaveAndOpen_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::newRow("fenced code") << QStringLiteral("```\nState: Waiting\nExit code: 137\n```");
        QTest::newRow("blank lines kept")
            << QStringLiteral("```\nfirst\n\n\nafter two blank lines\n```\n\nand then:\n\n    x");
        QTest::newRow("unclosed fence") << QStringLiteral("```\nno closing fence here");
        QTest::newRow("heading and front matter lines")
            << QStringLiteral("## Not a section\n---\nhindsight: 9\n---");
        QTest::newRow("footnote-like line") << QStringLiteral("[^t2]:\nnot a definition");
        QTest::newRow("tabs and spaces")
            << QStringLiteral("\tindented by a tab\n  two spaces\n   ");
        QTest::newRow("quote and table")
            << QStringLiteral("> the vendor wrote back\n\n| pod | restarts |\n| --- | --- |\n"
                              "| a | 13 |");
        QTest::newRow("html stays text") << QStringLiteral("<script>alert(1)</script>");
    }
    void detailsSurviveSaveAndOpen()
    {
        QFETCH(QString, detail);
        const Postmortem pm = twoEvents(detail);
        const Postmortem back = reopened(pm);
        QCOMPARE(back.timeline.size(), 2);
        QCOMPARE(back.timeline[1].text, pm.timeline[1].text);
        QCOMPARE(back.timeline[1].detail, EventFootnotes::normalised(detail));
        QVERIFY(back.timeline[0].detail.isEmpty());
        QCOMPARE(back.sections.size(), 0); // nothing of the detail leaks into a section
        QCOMPARE(back.rootCause, QString());
    }

    void detailIsAFootnoteOfItsRow()
    {
        const QString file
            = QString::fromUtf8(writeNativeFormat(twoEvents(QStringLiteral("```\nexit 137\n```"))));
        QVERIFY2(file.contains(QStringLiteral("| Describing the runner pod gave: [^t1] |")),
                 qPrintable(file));
        QVERIFY2(file.contains(QStringLiteral("\n[^t1]:\n    ```\n    exit 137\n    ```\n")),
                 qPrintable(file));
    }

    void textEndingInAReferenceStaysText()
    {
        // A text that itself ends like a reference, next to a real detail: neither takes the
        // other's place, and the file is stable from the first save on.
        Postmortem pm = twoEvents(QStringLiteral("log line"));
        pm.timeline[0].text = QStringLiteral("See the vendor's note [^t1]");
        const Postmortem back = reopened(pm);
        QCOMPARE(back.timeline[0].detail, QString());
        QCOMPARE(back.timeline[0].text, QStringLiteral("See the vendor's note \\[^t1]"));
        QCOMPARE(back.timeline[1].detail, QStringLiteral("log line"));
    }

    void handWrittenFootnotesAreRead()
    {
        // Edited in a text editor: words on the definition's line, a tab-indented line, a
        // footnote no row refers to (kept as the timeline's notes) and one a row refers to twice.
        const QString file = QStringLiteral(
            "---\nhindsight: 1\n---\n\n# Title\n\n## Timeline\n\n| Time | Kind | Event |\n"
            "| --- | --- | --- |\n| 10:00 | detection | Alarm [^a] |\n| 10:05 | other | "
            "Again [^a] |\n\n[^a]: first line\n\tsecond line\n\n[^zz]: a note of the table\n");
        const NativeReadResult r = readNativeFormat(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.timeline.size(), 2);
        QCOMPARE(r.postmortem.timeline[0].text, QStringLiteral("Alarm"));
        QCOMPARE(r.postmortem.timeline[0].detail, QStringLiteral("first line\nsecond line"));
        QCOMPARE(r.postmortem.timeline[1].text, QStringLiteral("Again [^a]"));
        QCOMPARE(r.postmortem.timeline[1].detail, QString());
        QCOMPARE(r.postmortem.sections.size(), 1);
        QCOMPARE(r.postmortem.sections[0].heading, QStringLiteral("Timeline notes"));
        QCOMPARE(r.postmortem.sections[0].text, QStringLiteral("[^zz]: a note of the table"));
    }

    void importKeepsACodeBlockWithItsEntry()
    {
        const QString text = QStringLiteral(
            "# Runner outage\n\n## Timeline\n\nAll times UTC, 2026-03-02.\n\n"
            "- 10:00 Queue depth alert fires.\n"
            "- 10:05 Sam describes the runner pod, which gave:\n\n"
            "  ```\n  State: Waiting\n\n  Exit code: 137\n  ```\n\n"
            "  and the node's log said:\n\n  ```\n  oom-kill in cgroup runner\n  ```\n\n"
            "- 10:20 We roll back the runner image.\n"
            "- 10:40 Queue drained.\n\n## Root cause\n\nThe memory limit was too low.\n");
        const ImportResult r = importPostmortem(text);
        QCOMPARE(r.postmortem.timeline.size(), 4);
        QVERIFY(
            r.report.recognised.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Code block at line 10 kept with the timeline entry")));
        const TimelineEvent *e = eventStarting(r.postmortem, QStringLiteral("Sam describes"));
        QVERIFY(e);
        QCOMPARE(e->text, QStringLiteral("Sam describes the runner pod, which gave:"));
        QCOMPARE(e->detail, QStringLiteral("```\nState: Waiting\n\nExit code: 137\n```\n\n"
                                           "and the node's log said:\n\n```\n"
                                           "oom-kill in cgroup runner\n```"));
        QCOMPARE(r.postmortem.timeline[2].text, QStringLiteral("We roll back the runner image."));
        // The zone note is the timeline's notes, not a second "Timeline" section.
        for (const Section &s : r.postmortem.sections)
            QVERIFY2(s.heading != QLatin1String("Timeline"), qPrintable(s.text));
        QCOMPARE(r.postmortem.rootCause, QStringLiteral("The memory limit was too low."));
    }

    void importHeadingEntryTakesItsBlocks()
    {
        // Entries written as headings: the paragraphs and code under one belong to it.
        const QString text = QStringLiteral(
            "# Cache outage\n\n## Timeline\n\n### 09:12\n\nHit rate drops; the dashboard shows:\n\n"
            "```\nhit_ratio 0.12\n```\n\nConfirmed by Ana.\n\n### 09:30\n\nCache warmed again.\n");
        const ImportResult r{importMarkdown(text), {}};
        QCOMPARE(r.postmortem.timeline.size(), 2);
        QCOMPARE(r.postmortem.timeline[0].text,
                 QStringLiteral("Hit rate drops; the dashboard shows:"));
        QCOMPARE(r.postmortem.timeline[0].detail,
                 QStringLiteral("```\nhit_ratio 0.12\n```\n\nConfirmed by Ana."));
        QCOMPARE(r.postmortem.timeline[1].detail, QString());
    }

    void importLeavesACodeBlockBeforeAnyEntry()
    {
        // A block at the head of the timeline belongs to no entry: it stays the timeline's notes.
        const QString text = QStringLiteral(
            "# Outage\n\n## Timeline\n\n```\nkubectl get pods\n```\n\n- 10:00 Alert fires.\n"
            "- 10:30 Fixed.\n");
        const ImportResult r{importMarkdown(text), {}};
        QCOMPARE(r.postmortem.timeline.size(), 2);
        QVERIFY(r.postmortem.timeline[0].detail.isEmpty());
        QCOMPARE(r.postmortem.sections.size(), 1);
        QCOMPARE(r.postmortem.sections[0].heading, QStringLiteral("Timeline notes"));
        QVERIFY(r.postmortem.sections[0].text.contains(QStringLiteral("kubectl get pods")));
    }

    void tableMarksEventsWithADetail()
    {
        Document document;
        document.reset(twoEvents(QStringLiteral("```\nline 1\nline 2\n```")), QString());
        TimelineModel model(&document);
        const QModelIndex plain = model.index(0, TimelineModel::TextColumn);
        const QModelIndex withDetail = model.index(1, TimelineModel::TextColumn);
        QVERIFY(model.data(plain, Qt::DecorationRole).isNull());
        QVERIFY(!model.data(withDetail, Qt::DecorationRole).isNull());
        const QString tip = model.data(withDetail, Qt::ToolTipRole).toString();
        QVERIFY2(tip.endsWith(QStringLiteral(":\nline 1\nline 2")), qPrintable(tip)); // no fences
        QCOMPARE(model.data(plain, Qt::ToolTipRole).toString(),
                 QStringLiteral("Queue depth alert fires."));
    }

    void editorEditsTheSelectedEventsDetail()
    {
        Document document;
        document.reset(twoEvents(QStringLiteral("first detail")), QString());
        PostmortemForm form(&document);
        form.resize(1000, 800);
        auto *tabs = form.findChild<QTabWidget *>();
        auto *table = form.findChild<QTableView *>(QStringLiteral("timelineView"));
        auto *detail = form.findChild<EventDetailEditor *>();
        QVERIFY(tabs && table && detail);
        tabs->setCurrentWidget(tabs->widget(1));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        QCOMPARE(detail->row(), table->currentIndex().row()); // follows the table from the start
        table->setCurrentIndex(table->model()->index(1, 3));
        QCOMPARE(detail->row(), 1);
        QVERIFY(detail->editor()->isEnabled());
        QCOMPARE(detail->editor()->toPlainText(), QStringLiteral("first detail"));

        detail->editor()->setFocus();
        detail->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(detail->editor(), QStringLiteral(" and more"));
        QCOMPARE(document.postmortem().timeline[1].detail, QStringLiteral("first detail and more"));
        QCOMPARE(document.undoStack()->count(), 1); // one typing burst, one step

        // Another row shows its own (empty) detail; undo brings the first text back.
        table->setCurrentIndex(table->model()->index(0, 3));
        QCOMPARE(detail->editor()->toPlainText(), QString());
        document.undoStack()->undo();
        QCOMPARE(document.postmortem().timeline[1].detail, QStringLiteral("first detail"));
        table->setCurrentIndex(table->model()->index(1, 3));
        QCOMPARE(detail->editor()->toPlainText(), QStringLiteral("first detail"));

        // The row goes away: the editor follows the table to the row now current.
        document.edit(QStringLiteral("remove"), [](Postmortem &pm) { pm.timeline.removeLast(); });
        QCOMPARE(detail->row(), table->currentIndex().row());
        QCOMPARE(detail->editor()->toPlainText(), QString());
        // A row the timeline does not have: empty, disabled, and nothing is written.
        const int steps = document.undoStack()->count();
        detail->setRow(5);
        QVERIFY(!detail->editor()->isEnabled());
        QCOMPARE(detail->editor()->toPlainText(), QString());
        QCOMPARE(document.undoStack()->count(), steps);
    }
};

QTEST_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
