// The timeline and action-item tables: time ordering, models over the document's undo stack,
// delegates, and a real QTableView driven with key events.
#include "core/document.h"
#include "core/timeline.h"
#include "modalguard.h"
#include "timelineevents.h"
#include "ui/actionitemmodel.h"
#include "ui/itemdelegates.h"
#include "ui/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace Hindsight;
using namespace HindsightTest;

namespace {

/// An incident starting 2024-03-01 23:00 PDT whose undated timeline approaches midnight.
Postmortem sample()
{
    Postmortem pm;
    pm.title = QStringLiteral("Checkout outage");
    pm.timezone = TimeZoneInfo{QStringLiteral("PDT"), -420};
    pm.start = {kDay, QTime(23, 0), -420, {}};
    pm.timeline = {ev(QTime(23, 10), QStringLiteral("paged"), EventKind::Detection),
                   ev(QTime(23, 50), QStringLiteral("looked"), EventKind::Investigation),
                   ev(QTime(23, 55), QStringLiteral("rolled"), EventKind::Mitigation)};
    for (auto &e : pm.timeline)
        e.at.utcOffsetMinutes = -420;
    ActionItem alert;
    alert.text = QStringLiteral("Alert on checkout errors");
    alert.category = QStringLiteral("improvement");
    alert.owner = QStringLiteral("ana");
    alert.due = QDate(2024, 4, 1);
    ActionItem runbook;
    runbook.text = QStringLiteral("Write a rollback runbook");
    runbook.done = true;
    pm.actionItems = {alert, runbook};
    return pm;
}

/// A document holding `pm` with both models on it, each checked by QAbstractItemModelTester.
struct Fixture
{
    explicit Fixture(const Postmortem &pm = sample(), bool readOnly = false)
    {
        doc.reset(pm, {}, {}, readOnly);
    }

    Document doc;
    TimelineModel timeline{&doc};
    ActionItemModel actions{&doc};
    QAbstractItemModelTester timelineTester{&timeline,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester actionsTester{&actions,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest};

    const QList<TimelineEvent> &events() const { return doc.postmortem().timeline; }
    const QList<ActionItem> &items() const { return doc.postmortem().actionItems; }
    int steps() { return doc.undoStack()->count(); }
};

/// A shown table view on `model`, for key-event tests (offscreen platform).
std::unique_ptr<QTableView> showView(QAbstractItemModel *model)
{
    auto view = std::make_unique<QTableView>();
    view->setModel(model);
    view->resize(800, 300);
    view->show();
    return view;
}

} // namespace

class TestTableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // sortTimeline / withCarriedDates

    // TimelineModel
    void timelineShowsColumns();
    void timelineSetDataIsOneUndoStepPerColumn();
    void timelineRejectsInvalidInput_data();
    void timelineRejectsInvalidInput();
    void timelineEmptyClearsDateAndTime();
    void timelineTimeEditResortsAcrossMidnight();
    void timelineDateEditMovesRow();
    void timelineNewMomentTakesDocumentZone();
    void timelineTextTypingMerges();
    void timelineInsertRemoveMoveAreUndoable();
    void timelineEmitsOnlyForChangedRows();
    void modelsDoNotResetOnUnrelatedEdits();
    void readOnlyDocumentRefusesEdits();

    // ActionItemModel
    void actionsSetDataIsOneUndoStepPerColumn();
    void actionsRejectInvalidDueDates_data();
    void actionsRejectInvalidDueDates();
    void actionsInsertRemoveMoveAreUndoable();

    // Through a real QTableView
    void viewTypingEditsEventText();
    void viewTypingTimeResortsRow();
    void viewTimeValidatorBlocksImpossibleTimes();
    void viewKindComboCommitsOnSelection();
    void viewCategoryComboTakesFreeText();
    void viewSpaceTogglesDone();
    void viewEditorSurvivesUnrelatedEdit();
};

// --- TimelineModel --------------------------------------------------------------------------

void TestTableModels::timelineShowsColumns()
{
    Postmortem pm = sample();
    pm.timeline[1].at.date = kDay;
    pm.timeline[2].at.time = QTime(23, 55, 30);
    Fixture f(pm);
    const TimelineModel &m = f.timeline;
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.columnCount(), 4);
    QCOMPARE(m.headerData(TimelineModel::TextColumn, Qt::Horizontal).toString(),
             QStringLiteral("Event"));
    QCOMPARE(m.index(0, TimelineModel::DateColumn).data().toString(), QString());
    QCOMPARE(m.index(1, TimelineModel::DateColumn).data().toString(), QStringLiteral("2024-03-01"));
    QCOMPARE(m.index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("23:10"));
    QCOMPARE(m.index(2, TimelineModel::TimeColumn).data().toString(), QStringLiteral("23:55:30"));
    QCOMPARE(m.index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("Detection"));
    QCOMPARE(m.index(0, TimelineModel::KindColumn).data(Qt::EditRole).toInt(),
             int(EventKind::Detection));
    QCOMPARE(m.index(0, TimelineModel::KindColumn).data(Qt::DecorationRole).value<QColor>(),
             eventKindColor(EventKind::Detection));
    QCOMPARE(m.index(1, TimelineModel::TextColumn).data().toString(), QStringLiteral("looked"));
    QCOMPARE(m.index(0, TimelineModel::DateColumn).data(TimelineModel::EffectiveDateRole).toDate(),
             kDay);
    QVERIFY(m.flags(m.index(0, TimelineModel::TextColumn)) & Qt::ItemIsEditable);

    // Eight distinct colours.
    QSet<QRgb> colours;
    for (EventKind k : allEventKinds())
        colours.insert(eventKindColor(k).rgb());
    QCOMPARE(colours.size(), 8);
}

void TestTableModels::timelineSetDataIsOneUndoStepPerColumn()
{
    struct Case
    {
        int column;
        QVariant value;
        std::function<bool(const TimelineEvent &)> applied;
    };
    const QList<Case> cases = {
        {TimelineModel::DateColumn, QStringLiteral("2024-03-01"),
         [](const TimelineEvent &e) {
             return e.at.date == kDay;
         }},
        {TimelineModel::TimeColumn, QStringLiteral("23:20"),
         [](const TimelineEvent &e) {
             return e.at.time == QTime(23, 20);
         }},
        {TimelineModel::KindColumn, int(EventKind::Escalation),
         [](const TimelineEvent &e) {
             return e.kind == EventKind::Escalation;
         }},
        {TimelineModel::KindColumn, QStringLiteral("resolution"),
         [](const TimelineEvent &e) {
             return e.kind == EventKind::Resolution;
         }},
        {TimelineModel::TextColumn, QStringLiteral("Paged **on-call**"),
         [](const TimelineEvent &e) {
             return e.text == QStringLiteral("Paged **on-call**");
         }},
    };
    for (const Case &c : cases) {
        Fixture f;
        const Postmortem before = f.doc.postmortem();
        QVERIFY(f.timeline.setData(f.timeline.index(0, c.column), c.value));
        QCOMPARE(f.steps(), 1);
        QVERIFY2(c.applied(f.events()[0]), qPrintable(c.value.toString()));
        QVERIFY(f.doc.postmortem() != before);
        QVERIFY(f.doc.isModified());
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.postmortem(), before);
        QCOMPARE(f.timeline.index(0, TimelineModel::TextColumn).data().toString(),
                 QStringLiteral("paged"));
        // Setting the same value again is accepted but pushes nothing.
        f.doc.undoStack()->redo();
        QVERIFY(f.timeline.setData(f.timeline.index(0, c.column), c.value));
        QCOMPARE(f.doc.undoStack()->index(), 1);
    }
}

void TestTableModels::timelineRejectsInvalidInput_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("time 25:99") << int(TimelineModel::TimeColumn) << QVariant(u"25:99"_qs);
    QTest::newRow("time 24:00") << int(TimelineModel::TimeColumn) << QVariant(u"24:00"_qs);
    QTest::newRow("time 12:60") << int(TimelineModel::TimeColumn) << QVariant(u"12:60"_qs);
    QTest::newRow("time word") << int(TimelineModel::TimeColumn) << QVariant(u"noon"_qs);
    QTest::newRow("time no colon") << int(TimelineModel::TimeColumn) << QVariant(u"1230"_qs);
    QTest::newRow("date 2024-13-01")
        << int(TimelineModel::DateColumn) << QVariant(u"2024-13-01"_qs);
    QTest::newRow("date 2023-02-29")
        << int(TimelineModel::DateColumn) << QVariant(u"2023-02-29"_qs);
    QTest::newRow("date dd/mm/yyyy")
        << int(TimelineModel::DateColumn) << QVariant(u"01/03/2024"_qs);
    QTest::newRow("date with time")
        << int(TimelineModel::DateColumn) << QVariant(u"2024-03-01T10:00"_qs);
    QTest::newRow("kind 99") << int(TimelineModel::KindColumn) << QVariant(99);
    QTest::newRow("kind name") << int(TimelineModel::KindColumn) << QVariant(u"panic"_qs);
}

void TestTableModels::timelineRejectsInvalidInput()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    Fixture f;
    const Postmortem before = f.doc.postmortem();
    QSignalSpy changed(&f.doc, &Document::changed);
    QVERIFY(!f.timeline.setData(f.timeline.index(1, column), value));
    QCOMPARE(f.doc.postmortem(), before);
    QCOMPARE(f.events()[1].at.text, before.timeline[1].at.text);
    QCOMPARE(f.steps(), 0);
    QCOMPARE(changed.count(), 0);
    // Wrong role and bad index are refused too.
    QVERIFY(!f.timeline.setData(f.timeline.index(1, TimelineModel::TextColumn), u"x"_qs,
                                Qt::DisplayRole));
    QVERIFY(!f.timeline.setData(QModelIndex(), u"x"_qs));
    QCOMPARE(f.steps(), 0);
}

void TestTableModels::timelineEmptyClearsDateAndTime()
{
    Postmortem pm = sample();
    pm.timeline[2].at.date = kDay;
    Fixture f(pm);
    QVERIFY(f.timeline.setData(f.timeline.index(2, TimelineModel::DateColumn), QString()));
    QVERIFY(!f.events()[2].at.date.isValid());
    QCOMPARE(f.events()[2].at.time, QTime(23, 55));
    QVERIFY(f.timeline.setData(f.timeline.index(2, TimelineModel::TimeColumn), u"  "_qs));
    QVERIFY(f.events()[2].at.isNull());
    QCOMPARE(f.events()[2].text, QStringLiteral("rolled")); // an untimed row stays put
    QCOMPARE(f.timeline.index(2, TimelineModel::TimeColumn).data().toString(), QString());
    QCOMPARE(f.steps(), 2);
}

void TestTableModels::timelineTimeEditResortsAcrossMidnight()
{
    Fixture f;
    QSignalSpy moved(&f.timeline, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&f.timeline, &QAbstractItemModel::modelReset);
    const Postmortem before = f.doc.postmortem();
    const QPersistentModelIndex edited = f.timeline.index(0, TimelineModel::TextColumn);

    // The first row (23:10) becomes 00:10: after 23:50 and 23:55, on the next day.
    QVERIFY(f.timeline.setData(f.timeline.index(0, TimelineModel::TimeColumn), u"00:10"_qs));
    QCOMPARE(texts(f.events()), words("looked rolled paged"));
    QCOMPARE(f.events()[2].at.time, QTime(0, 10));
    QVERIFY(!f.events()[2].at.date.isValid()); // stored as typed; only the effective date moves
    QCOMPARE(f.timeline.index(2, TimelineModel::DateColumn)
                 .data(TimelineModel::EffectiveDateRole)
                 .toDate(),
             kDay.addDays(1));
    QCOMPARE(f.timeline.index(0, TimelineModel::DateColumn)
                 .data(TimelineModel::EffectiveDateRole)
                 .toDate(),
             kDay);
    QVERIFY(f.timeline.index(2, TimelineModel::DateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"2024-03-02"_qs));
    QCOMPARE(f.steps(), 1); // edit and re-sort are one step
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(edited.row(), 2); // the row moved, so the view's selection can follow it

    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.postmortem(), before);
    QCOMPARE(edited.row(), 0);
    QCOMPARE(reset.count(), 0);

    // A new row at the end copies 23:55; set to 00:05 it stays last, on the next day.
    const int row = f.timeline.insertEvent(-1);
    QCOMPARE(row, 3);
    QCOMPARE(f.events()[3].at.time, QTime(23, 55));
    QVERIFY(f.timeline.setData(f.timeline.index(row, TimelineModel::TextColumn), u"fixed"_qs));
    QVERIFY(f.timeline.setData(f.timeline.index(row, TimelineModel::TimeColumn), u"00:05"_qs));
    QCOMPARE(texts(f.events()), words("paged looked rolled fixed"));
    QCOMPARE(f.timeline.index(3, 0).data(TimelineModel::EffectiveDateRole).toDate(),
             kDay.addDays(1));
    QCOMPARE(reset.count(), 0);
}

void TestTableModels::timelineDateEditMovesRow()
{
    Fixture f;
    // A real date the day before the incident moves the row to the top.
    QVERIFY(f.timeline.setData(f.timeline.index(2, TimelineModel::DateColumn), u"2024-02-29"_qs));
    QCOMPARE(texts(f.events()), words("rolled paged looked"));
    QCOMPARE(f.events()[0].at.date, QDate(2024, 2, 29));
    // The undated rows below now carry 2024-02-29 23:55 forward: 23:10 is read as 2024-03-01.
    QCOMPARE(f.timeline.index(1, 0).data(TimelineModel::EffectiveDateRole).toDate(), kDay);
    QCOMPARE(f.steps(), 1);
    f.doc.undoStack()->undo();
    QCOMPARE(texts(f.events()), words("paged looked rolled"));
}

void TestTableModels::timelineNewMomentTakesDocumentZone()
{
    Postmortem pm = sample();
    pm.timeline.clear();
    Fixture f(pm);
    const int row = f.timeline.insertEvent(-1);
    QCOMPARE(row, 0);
    QVERIFY(f.events()[0].at.isNull());
    QVERIFY(!f.events()[0].at.utcOffsetMinutes);
    QVERIFY(f.timeline.setData(f.timeline.index(0, TimelineModel::TimeColumn), u"7:05"_qs));
    QCOMPARE(f.events()[0].at.time, QTime(7, 5));
    QCOMPARE(f.events()[0].at.utcOffsetMinutes, std::optional<int>(-420));
    QCOMPARE(f.timeline.index(0, TimelineModel::TimeColumn).data().toString(), u"07:05"_qs);

    // An edited moment drops the source's words; a moment with its own offset keeps it.
    Postmortem imported = sample();
    imported.timeline[0].at.text = QStringLiteral("11:10 PM (UTC)");
    imported.timeline[0].at.utcOffsetMinutes = 0;
    Fixture g(imported);
    QVERIFY(g.timeline.setData(g.timeline.index(0, TimelineModel::TimeColumn), u"23:11"_qs));
    QCOMPARE(g.events()[0].at.text, QString());
    QCOMPARE(g.events()[0].at.utcOffsetMinutes, std::optional<int>(0));
}

void TestTableModels::timelineTextTypingMerges()
{
    Fixture f;
    const QModelIndex i = f.timeline.index(1, TimelineModel::TextColumn);
    QVERIFY(f.timeline.setData(i, u"l"_qs));
    QVERIFY(f.timeline.setData(i, u"lo"_qs));
    QVERIFY(f.timeline.setData(i, u"log"_qs));
    QCOMPARE(f.steps(), 1);
    // Another row's text is its own step.
    QVERIFY(f.timeline.setData(f.timeline.index(2, TimelineModel::TextColumn), u"r"_qs));
    QCOMPARE(f.steps(), 2);
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.postmortem(), sample());
}

void TestTableModels::timelineInsertRemoveMoveAreUndoable()
{
    Fixture f;
    const Postmortem original = f.doc.postmortem();
    QSignalSpy reset(&f.timeline, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&f.timeline, &QAbstractItemModel::rowsInserted);

    // Insert after row 0: copies 23:10, so the order holds.
    QCOMPARE(f.timeline.insertEvent(0), 1);
    QCOMPARE(f.events().size(), 4);
    QCOMPARE(f.events()[1].at.time, QTime(23, 10));
    QCOMPARE(f.events()[1].at.utcOffsetMinutes, std::optional<int>(-420));
    QCOMPARE(f.events()[1].text, QString());
    QCOMPARE(f.timeline.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(f.steps(), 1);
    // Its time edited to the same value as its neighbour: stays where it was put (stable).
    QVERIFY(f.timeline.setData(f.timeline.index(1, TimelineModel::TextColumn), u"new"_qs));
    QCOMPARE(texts(f.events()), words("paged new looked rolled"));

    QCOMPARE(f.timeline.insertEvent(-1), 4);
    QCOMPARE(f.timeline.insertEvent(99), 5);
    QCOMPARE(f.events()[5].at.time, QTime(23, 55));

    // Remove: any order, duplicates and invalid rows ignored, one step.
    const int stepsBefore = f.steps();
    f.timeline.removeEvents({5, 1, 1, 4, -1, 42});
    QCOMPARE(f.steps(), stepsBefore + 1);
    QCOMPARE(texts(f.events()), words("paged looked rolled"));
    QCOMPARE(f.timeline.rowCount(), 3);
    f.doc.undoStack()->undo();
    QCOMPARE(f.timeline.rowCount(), 6);
    f.doc.undoStack()->redo();

    // Move: manual order, one step each, bounds refused.
    const QPersistentModelIndex looked = f.timeline.index(1, TimelineModel::TextColumn);
    QVERIFY(f.timeline.moveEvent(1, 1));
    QCOMPARE(texts(f.events()), words("paged rolled looked"));
    QCOMPARE(looked.row(), 2);
    QVERIFY(f.timeline.moveEvent(2, -2));
    QCOMPARE(texts(f.events()), words("looked paged rolled"));
    QCOMPARE(looked.row(), 0);
    QVERIFY(!f.timeline.moveEvent(0, -1));
    QVERIFY(!f.timeline.moveEvent(2, 1));
    QVERIFY(!f.timeline.moveEvent(1, 0));
    f.doc.undoStack()->undo();
    QCOMPARE(texts(f.events()), words("paged rolled looked"));
    f.doc.undoStack()->undo();
    QCOMPARE(texts(f.events()), words("paged looked rolled"));

    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    QCOMPARE(f.doc.postmortem(), original);
    QCOMPARE(reset.count(), 0); // single blocks: row signals, no reset
}

void TestTableModels::timelineEmitsOnlyForChangedRows()
{
    Fixture f;
    QSignalSpy changed(&f.timeline, &QAbstractItemModel::dataChanged);
    QVERIFY(f.timeline.setData(f.timeline.index(1, TimelineModel::KindColumn),
                               int(EventKind::Misleading)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][1].toModelIndex().row(), 1);
    QCOMPARE(f.timeline.index(1, TimelineModel::KindColumn).data().toString(), u"Misleading"_qs);

    // Moving the incident start to the next day changes only the carried dates.
    changed.clear();
    QSignalSpy reset(&f.timeline, &QAbstractItemModel::modelReset);
    f.doc.edit(QStringLiteral("start"), [](Postmortem &pm) { pm.start.date = kDay.addDays(1); });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 3);
    for (const QList<QVariant> &args : changed)
        QCOMPARE(args[0].toModelIndex().column(), int(TimelineModel::DateColumn));
    QCOMPARE(f.timeline.index(0, 0).data(TimelineModel::EffectiveDateRole).toDate(),
             kDay.addDays(1));
}

void TestTableModels::modelsDoNotResetOnUnrelatedEdits()
{
    Fixture f;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(&f.timeline),
                                  static_cast<QAbstractItemModel *>(&f.actions)}) {
        spies.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::modelReset));
        spies.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::dataChanged));
        spies.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::layoutChanged));
        spies.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::rowsInserted));
        spies.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::rowsRemoved));
    }
    f.doc.edit(
        QStringLiteral("Edit summary"),
        [](Postmortem &pm) { pm.summary = QStringLiteral("Checkout was down."); },
        QStringLiteral("summary"));
    f.doc.undoStack()->undo();
    f.doc.undoStack()->redo();
    QCOMPARE(f.steps(), 1);
    for (const auto &spy : spies)
        QCOMPARE(spy->count(), 0);

    // The timeline changing does not disturb the action items, and vice versa.
    QVERIFY(f.timeline.setData(f.timeline.index(0, TimelineModel::TextColumn), u"x"_qs));
    QVERIFY(f.actions.setData(f.actions.index(0, ActionItemModel::OwnerColumn), u"bo"_qs));
    QCOMPARE(spies[1]->count(), 1); // timeline dataChanged
    QCOMPARE(spies[6]->count(), 1); // actions dataChanged
    QCOMPARE(spies[0]->count() + spies[5]->count(), 0);
}

void TestTableModels::readOnlyDocumentRefusesEdits()
{
    Fixture f(sample(), /*readOnly=*/true);
    QVERIFY(!(f.timeline.flags(f.timeline.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!(f.actions.flags(f.actions.index(0, ActionItemModel::DoneColumn))
              & Qt::ItemIsUserCheckable));
    QVERIFY(!f.timeline.setData(f.timeline.index(0, TimelineModel::TextColumn), u"x"_qs));
    QVERIFY(!f.actions.setData(f.actions.index(0, ActionItemModel::DoneColumn), Qt::Checked,
                               Qt::CheckStateRole));
    QCOMPARE(f.timeline.insertEvent(-1), -1);
    QCOMPARE(f.actions.insertItem(-1), -1);
    QVERIFY(!f.timeline.moveEvent(0, 1));
    QCOMPARE(f.doc.postmortem(), sample());
    QCOMPARE(f.steps(), 0);
}

// --- ActionItemModel ------------------------------------------------------------------------

void TestTableModels::actionsSetDataIsOneUndoStepPerColumn()
{
    struct Case
    {
        int column;
        QVariant value;
        int role;
        std::function<bool(const ActionItem &)> applied;
    };
    const QList<Case> cases = {
        {ActionItemModel::TextColumn, u"Alert on 5xx"_qs, Qt::EditRole,
         [](const ActionItem &a) {
             return a.text == u"Alert on 5xx"_qs;
         }},
        {ActionItemModel::CategoryColumn, u" task "_qs, Qt::EditRole,
         [](const ActionItem &a) {
             return a.category == u"task"_qs;
         }},
        {ActionItemModel::CategoryColumn, u"follow-up"_qs, Qt::EditRole,
         [](const ActionItem &a) {
             return a.category == u"follow-up"_qs;
         }},
        {ActionItemModel::OwnerColumn, u"bo"_qs, Qt::EditRole,
         [](const ActionItem &a) {
             return a.owner == u"bo"_qs;
         }},
        {ActionItemModel::OwnerColumn, QString(), Qt::EditRole,
         [](const ActionItem &a) {
             return a.owner.isEmpty();
         }},
        {ActionItemModel::DueColumn, u"2024-04-15"_qs, Qt::EditRole,
         [](const ActionItem &a) {
             return a.due == QDate(2024, 4, 15);
         }},
        {ActionItemModel::DueColumn, QString(), Qt::EditRole,
         [](const ActionItem &a) {
             return !a.due.isValid();
         }},
        {ActionItemModel::DoneColumn, int(Qt::Checked), Qt::CheckStateRole,
         [](const ActionItem &a) {
             return a.done;
         }},
    };
    for (const Case &c : cases) {
        Fixture f;
        const Postmortem before = f.doc.postmortem();
        const QModelIndex i = f.actions.index(0, c.column);
        QVERIFY(f.actions.setData(i, c.value, c.role));
        QCOMPARE(f.steps(), 1);
        QVERIFY2(c.applied(f.items()[0]), qPrintable(c.value.toString()));
        QCOMPARE(f.items()[1], before.actionItems[1]);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.postmortem(), before);
    }

    Fixture f;
    const QAbstractItemModel &m = f.actions;
    QCOMPARE(m.columnCount(), 5);
    QCOMPARE(m.index(0, ActionItemModel::DueColumn).data().toString(), u"2024-04-01"_qs);
    QCOMPARE(m.index(1, ActionItemModel::DueColumn).data().toString(), QString());
    QCOMPARE(m.index(1, ActionItemModel::DoneColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY(!m.index(1, ActionItemModel::DoneColumn).data(Qt::DisplayRole).isValid());
    QVERIFY(!(m.flags(m.index(1, ActionItemModel::DoneColumn)) & Qt::ItemIsEditable));
    QVERIFY(m.flags(m.index(1, ActionItemModel::DoneColumn)) & Qt::ItemIsUserCheckable);
    // Unchecking is one step; text on the Done column and EditRole on it are refused.
    QVERIFY(f.actions.setData(f.actions.index(1, ActionItemModel::DoneColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
    QVERIFY(!f.items()[1].done);
    QVERIFY(!f.actions.setData(f.actions.index(1, ActionItemModel::DoneColumn), u"yes"_qs));
    QVERIFY(!f.actions.setData(f.actions.index(1, ActionItemModel::TextColumn), u"x"_qs,
                               Qt::CheckStateRole));
    QCOMPARE(f.steps(), 1);
}

void TestTableModels::actionsRejectInvalidDueDates_data()
{
    QTest::addColumn<QString>("due");
    QTest::newRow("month 13") << u"2024-13-01"_qs;
    QTest::newRow("day 32") << u"2024-01-32"_qs;
    QTest::newRow("not leap") << u"2023-02-29"_qs;
    QTest::newRow("words") << u"next week"_qs;
    QTest::newRow("short") << u"2024-1-5"_qs;
}

void TestTableModels::actionsRejectInvalidDueDates()
{
    QFETCH(QString, due);
    Fixture f;
    QVERIFY(!f.actions.setData(f.actions.index(0, ActionItemModel::DueColumn), due));
    QCOMPARE(f.doc.postmortem(), sample());
    QCOMPARE(f.steps(), 0);
}

void TestTableModels::actionsInsertRemoveMoveAreUndoable()
{
    Fixture f;
    QSignalSpy reset(&f.actions, &QAbstractItemModel::modelReset);
    QCOMPARE(f.actions.insertItem(-1), 2);
    QCOMPARE(f.items().size(), 3);
    QCOMPARE(f.items()[2], ActionItem());
    QCOMPARE(f.actions.insertItem(0), 1);
    QCOMPARE(f.items()[1].category, u"task"_qs);
    QCOMPARE(f.steps(), 2);
    QCOMPARE(f.actions.rowCount(), 4);

    f.actions.removeItems({3, 1, 3});
    QCOMPARE(f.items(), sample().actionItems);
    QCOMPARE(f.steps(), 3);

    const QPersistentModelIndex runbook = f.actions.index(1, 0);
    QVERIFY(f.actions.moveItem(1, -1));
    QCOMPARE(f.items()[0].text, u"Write a rollback runbook"_qs);
    QCOMPARE(runbook.row(), 0);
    QVERIFY(!f.actions.moveItem(0, -1));
    QVERIFY(!f.actions.moveItem(5, 1));
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    QCOMPARE(f.doc.postmortem(), sample());
    QCOMPARE(reset.count(), 0);
}

// --- Through a view -------------------------------------------------------------------------

void TestTableModels::viewTypingEditsEventText()
{
    Fixture f;
    auto view = showView(&f.timeline);
    const QModelIndex cell = f.timeline.index(1, TimelineModel::TextColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"looked"_qs);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Checked the database"));
    QCOMPARE(f.events()[1].text, u"looked"_qs); // nothing written before the commit
    QTest::keyClick(editor, Qt::Key_Return);    // the delegate commits from the event loop
    QTRY_COMPARE(f.events()[1].text, u"Checked the database"_qs);
    QCOMPARE(f.steps(), 1);
    QVERIFY(!view->indexWidget(cell));
    f.doc.undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"looked"_qs);
}

void TestTableModels::viewTypingTimeResortsRow()
{
    Fixture f;
    auto view = showView(&f.timeline);
    DateTimeTextDelegate timeDelegate(DateTimeTextDelegate::Kind::Time);
    view->setItemDelegateForColumn(TimelineModel::TimeColumn, &timeDelegate);
    const QModelIndex cell = f.timeline.index(0, TimelineModel::TimeColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    QVERIFY(editor);
    QCOMPARE(editor->placeholderText(), u"HH:MM"_qs);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("00:10"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(texts(f.events()), words("looked rolled paged"));
    QCOMPARE(view->currentIndex().row(), 2); // the current cell followed the row
    QCOMPARE(f.steps(), 1);
}

void TestTableModels::viewTimeValidatorBlocksImpossibleTimes()
{
    Fixture f;
    auto view = showView(&f.timeline);
    DateTimeTextDelegate timeDelegate(DateTimeTextDelegate::Kind::Time);
    DateTimeTextDelegate dateDelegate(DateTimeTextDelegate::Kind::Date);
    view->setItemDelegateForColumn(TimelineModel::TimeColumn, &timeDelegate);
    view->setItemDelegateForColumn(TimelineModel::DateColumn, &dateDelegate);

    const QModelIndex time = f.timeline.index(1, TimelineModel::TimeColumn);
    view->setCurrentIndex(time);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(time));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("25:99"));
    QVERIFY(editor->text() != u"25:99"_qs);
    QVERIFY(!editor->hasAcceptableInput());
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(f.doc.postmortem(), sample());

    const QModelIndex date = f.timeline.index(1, TimelineModel::DateColumn);
    view->setCurrentIndex(date);
    QTest::keyClick(view.get(), Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(date));
    QVERIFY(editor);
    QCOMPARE(editor->placeholderText(), u"YYYY-MM-DD"_qs);
    QTest::keyClicks(editor, QStringLiteral("2024-13-01"));
    QVERIFY(!editor->text().startsWith(u"2024-13"_qs));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(f.doc.postmortem(), sample());
    QCOMPARE(f.steps(), 0);
}

void TestTableModels::viewKindComboCommitsOnSelection()
{
    Fixture f;
    auto view = showView(&f.timeline);
    EventKindDelegate kindDelegate;
    view->setItemDelegateForColumn(TimelineModel::KindColumn, &kindDelegate);
    const QModelIndex cell = f.timeline.index(0, TimelineModel::KindColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(cell));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 8);
    QCOMPARE(combo->currentData().toInt(), int(EventKind::Detection));
    QVERIFY(!combo->itemIcon(0).isNull());
    // One key on the closed combo picks the next kind and commits at once, without Enter.
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(f.events()[0].kind, EventKind::Investigation);
    QCOMPARE(f.steps(), 1);
    QTRY_VERIFY(!view->indexWidget(cell));
}

void TestTableModels::viewCategoryComboTakesFreeText()
{
    Fixture f;
    auto view = showView(&f.actions);
    CategoryDelegate categoryDelegate;
    view->setItemDelegateForColumn(ActionItemModel::CategoryColumn, &categoryDelegate);
    const QModelIndex cell = f.actions.index(0, ActionItemModel::CategoryColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(cell));
    QVERIFY(combo);
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->currentText(), u"improvement"_qs);
    QCOMPARE(combo->findText(u"task"_qs), 1);
    QTest::keyClicks(combo, QStringLiteral("follow-up"));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(f.items()[0].category, u"follow-up"_qs);
    QCOMPARE(f.steps(), 1);
}

void TestTableModels::viewSpaceTogglesDone()
{
    Fixture f;
    auto view = showView(&f.actions);
    const QModelIndex done = f.actions.index(0, ActionItemModel::DoneColumn);
    view->setCurrentIndex(done);
    QTest::keyClick(view.get(), Qt::Key_Space);
    QVERIFY(f.items()[0].done);
    QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(f.steps(), 1);
    QTest::keyClick(view.get(), Qt::Key_Space);
    QVERIFY(!f.items()[0].done);
    QCOMPARE(f.steps(), 2);
}

void TestTableModels::viewEditorSurvivesUnrelatedEdit()
{
    Fixture f;
    auto view = showView(&f.timeline);
    const QModelIndex cell = f.timeline.index(2, TimelineModel::TextColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral(" back"));
    const QPointer<QLineEdit> guard(editor);

    // Someone types in the summary and changes an action item meanwhile.
    f.doc.edit(QStringLiteral("Edit summary"), [](Postmortem &pm) { pm.summary = u"S"_qs; });
    f.doc.edit(QStringLiteral("Edit owner"),
               [](Postmortem &pm) { pm.actionItems[0].owner = u"cy"_qs; });
    QCoreApplication::processEvents();
    QVERIFY(guard);
    QCOMPARE(view->indexWidget(cell), editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(f.events()[2].text.endsWith(u" back"_qs));
    QCOMPARE(f.steps(), 3);
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
