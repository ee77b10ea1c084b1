// Undo integrity: thousands of random edits through Document::edit (with typing-burst merges),
// all undone give back the original document, all redone give the final one.
#include "core/document.h"
#include "core/importer.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Hindsight;

namespace {

Postmortem seedDocument()
{
    const QDir seeds(HindsightTest::corpusPath(QStringLiteral("seeds")));
    QFile f(seeds.filePath(seeds.entryList({QStringLiteral("000_*.txt")}).value(0)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return importMarkdown(QString::fromUtf8(f.readAll()));
}

/// One random edit of the kinds the editor makes; returns its merge key ("" = no merging).
QString randomEdit(Postmortem &pm, QRandomGenerator &rng)
{
    const auto word = [&rng] {
        static const QStringList words
            = {QStringLiteral("cache"), QStringLiteral("node"), QStringLiteral("é"),
               QStringLiteral("\n"),    QStringLiteral("## "),  QStringLiteral("|")};
        return words[rng.bounded(int(words.size()))];
    };
    switch (rng.bounded(10)) {
    case 0:
        pm.summary += word(); // typing: merges with the previous keystroke
        return QStringLiteral("summaryEditor");
    case 1:
        if (!pm.rootCause.isEmpty())
            pm.rootCause.chop(1); // backspace
        return QStringLiteral("rootCauseEditor");
    case 2: {
        TimelineEvent e;
        e.at.time = QTime(rng.bounded(24), rng.bounded(60));
        e.kind = EventKind(rng.bounded(8));
        e.text = word();
        pm.timeline.insert(rng.bounded(int(pm.timeline.size()) + 1), e);
        return {};
    }
    case 3:
        if (!pm.timeline.isEmpty())
            pm.timeline.removeAt(rng.bounded(int(pm.timeline.size())));
        return {};
    case 4:
        if (!pm.actionItems.isEmpty())
            pm.actionItems[rng.bounded(int(pm.actionItems.size()))].done ^= true;
        return {};
    case 5:
        pm.severity = Severity(1 + rng.bounded(5));
        return QStringLiteral("severity");
    case 6:
        pm.sections.append({word(), word()});
        return {};
    case 7:
        if (!pm.sections.isEmpty())
            pm.sections.removeLast();
        return {};
    case 8:
        pm.start.time = QTime(rng.bounded(24), rng.bounded(60));
        return QStringLiteral("start");
    default:
        pm.title += word();
        return QStringLiteral("titleEdit");
    }
}

} // namespace

class TestUndoIntegrity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomEditsUndoAndRedoExactly_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 2024u, 99991u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void randomEditsUndoAndRedoExactly()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Document doc;
        const Postmortem original = seedDocument();
        QVERIFY(!original.timeline.isEmpty());
        doc.reset(original, QString());

        int pushed = 0;
        for (int i = 0; i < 3000; ++i) {
            Postmortem next = doc.postmortem();
            const QString key = randomEdit(next, rng);
            const int before = doc.undoStack()->count();
            doc.edit(
                QStringLiteral("random edit %1").arg(i), [&](Postmortem &pm) { pm = next; }, key);
            QCOMPARE(doc.postmortem(), next); // the edit applied exactly
            pushed += doc.undoStack()->count() - before;
        }
        const Postmortem final = doc.postmortem();
        QVERIFY(pushed > 100); // merging happened, but most edits are their own step
        QCOMPARE(doc.undoStack()->count(), pushed);
        QVERIFY(doc.isModified());

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.postmortem(), original);
        QVERIFY(!doc.isModified());

        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.postmortem(), final);
        QVERIFY(doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestUndoIntegrity)
#include "tst_undointegrity.moc"
