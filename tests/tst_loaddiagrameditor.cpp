// The load-diagram editor, driven with QTest on the real widgets: its live picture follows the
// form; the main window inserts a diagram at the cursor, edits one from the preview, and undo
// takes each back in one step.
#include "core/document.h"
#include "modalguard.h"
#include "ui/loaddiagrameditor.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Hindsight;

namespace {

LoadDiagram evenPool()
{
    LoadDiagram d = loadDiagramPreset(LoadDiagramPreset::EvenRoundRobin);
    d.id = QStringLiteral("lb-7");
    return d;
}

/// Replaces the text of a spin box the way a user does: select all, type.
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

/// Shows the tab of the form's tab widget that holds `widget`.
void showTabOf(MainWindow &w, QWidget *widget)
{
    auto *tabs = w.form()->findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
}

QAction *insertAction(MainWindow &w)
{
    return w.findChild<QAction *>(QStringLiteral("insertDiagramAction"));
}

LoadDiagramEditor *openEditor(MainWindow &w)
{
    LoadDiagramEditor *editor = nullptr;
    const auto find = [&] {
        const auto all = w.findChildren<LoadDiagramEditor *>();
        for (LoadDiagramEditor *e : all)
            if (e->isVisible())
                editor = e;
        return editor != nullptr;
    };
    if (!QTest::qWaitFor(find, 3000))
        return nullptr;
    return editor;
}

/// The viewport point at the middle of diagram `id`'s picture in the preview, scrolled into
/// view; nullopt when the preview does not show it.
std::optional<QPoint> diagramPoint(PreviewPane *preview, const QString &id)
{
    QTextDocument *doc = preview->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat() || !f.toImageFormat().name().endsWith(id))
                continue;
            QTextCursor c(doc);
            c.setPosition(it.fragment().position());
            preview->setTextCursor(c);
            preview->ensureCursorVisible();
            const QRect r = preview->cursorRect(c);
            const QTextImageFormat image = f.toImageFormat();
            return QPoint(r.left() + int(image.width() / 2), r.bottom() - int(image.height() / 2));
        }
    }
    return std::nullopt;
}

} // namespace

class TestLoadDiagramEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_loaddiagrameditor"));
    }

    void changingAWeightChangesThePicturesModel()
    {
        LoadDiagramEditor editor(evenPool(), true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ScenarioEditor *incident = editor.incidentEditor();
        QCOMPARE(incident->backendCount(), 4);
        QCOMPARE(editor.view()->loads().constFirst().backends[0].share, 0.25);
        // Round robin ignores weights: the weight boxes say so by being disabled.
        QVERIFY(!incident->weightEdit(0)->isEnabled());

        QComboBox *algorithm = incident->algorithmEdit();
        algorithm->setFocus();
        algorithm->setCurrentIndex(
            algorithm->findData(int(BalancingAlgorithm::WeightedRoundRobin)));
        QVERIFY(incident->weightEdit(0)->isEnabled());
        typeInto(incident->weightEdit(0), QStringLiteral("3"));
        QCOMPARE(editor.view()->diagram().incident.backends[0].weight, 3.0);
        // 3 / (3 + 1 + 1 + 1) of 9000 req/s on web-1.
        const BackendLoad web1 = editor.view()->loads().constFirst().backends[0];
        QCOMPARE(web1.share, 0.5);
        QCOMPARE(web1.requestRate, 4500.0);
        QVERIFY(web1.overloaded); // 4500 of 3000 req/s
        QCOMPARE(editor.diagram(), editor.view()->diagram());
        QCOMPARE(editor.diagram().id, QStringLiteral("lb-7"));
    }

    void captionWarnsWhenTheNumbersNoLongerGiveItsShare()
    {
        // The preset's caption says web-1 took three quarters of the traffic (weight 10 of 13).
        LoadDiagram d = loadDiagramPreset(LoadDiagramPreset::MisweightedPool);
        d.id = QStringLiteral("lb-7");
        LoadDiagramEditor editor(d, false);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLabel *warning = editor.captionWarning();
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        // Weight 1 like the others: every backend gets a quarter, nothing near three quarters.
        typeInto(editor.incidentEditor()->weightEdit(0), QStringLiteral("1"));
        QCOMPARE(editor.diagram().incident.backends[0].weight, 1.0);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("three quarters")),
                 qPrintable(warning->text()));

        // A caption that says what the numbers now give: the warning goes.
        auto *caption = editor.findChild<QPlainTextEdit *>(QStringLiteral("diagramCaption"));
        caption->setFocus();
        caption->selectAll();
        QTest::keyClicks(caption, QStringLiteral("Each backend took a quarter, 25% of it."));
        QVERIFY(!warning->isVisible());
        QTest::keyClicks(caption, QStringLiteral(" Half failed."));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("Half")));
    }

    void backendsHealthAndPoolFromTheForm()
    {
        LoadDiagramEditor editor(evenPool(), true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ScenarioEditor *incident = editor.incidentEditor();
        QTest::mouseClick(incident->inPoolEdit(3), Qt::LeftButton);
        QVERIFY(!editor.view()->diagram().incident.backends[3].inPool);
        QCOMPARE(editor.view()->loads().constFirst().backends[0].requestRate, 3000.0);

        QTest::mouseClick(incident->addBackendButton(), Qt::LeftButton);
        QCOMPARE(incident->backendCount(), 5);
        QCOMPARE(editor.view()->diagram().incident.backends.size(), 5);
        incident->nameEdit(4)->selectAll();
        QTest::keyClicks(incident->nameEdit(4), QStringLiteral("spare"));
        QCOMPARE(editor.view()->diagram().incident.backends[4].name, QStringLiteral("spare"));
        // 4 backends in rotation now (web-4 is out of the pool): 2250 req/s each.
        QCOMPARE(editor.view()->loads().constFirst().backends[4].requestRate, 2250.0);

        QComboBox *health = incident->healthEdit(0);
        health->setCurrentIndex(health->findData(int(BackendHealth::Drained)));
        QVERIFY(!editor.view()->loads().constFirst().backends[0].inRotation);
        QCOMPARE(editor.view()->loads().constFirst().backends[4].requestRate, 3000.0);
    }

    void presetsAndTheFixedState()
    {
        LoadDiagramEditor editor(evenPool(), true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.view()->diagram().fixed);
        // Choosing a preset with the keyboard ("Even round robin", then "Misweighted pool")
        // changes nothing until it is used.
        QComboBox *presets = editor.presetBox();
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Down);
        QCOMPARE(presets->currentData().toInt(), int(LoadDiagramPreset::MisweightedPool));
        QCOMPARE(editor.view()->diagram(), evenPool());
        QTest::mouseClick(editor.usePresetButton(), Qt::LeftButton);
        const LoadDiagram misweighted = loadDiagramPreset(LoadDiagramPreset::MisweightedPool);
        QCOMPARE(editor.view()->diagram().incident, misweighted.incident);
        QCOMPARE(editor.view()->diagram().fixed, misweighted.fixed);
        QCOMPARE(editor.view()->diagram().id, QStringLiteral("lb-7")); // the id stays
        QCOMPARE(editor.view()->loads().size(), 2);

        QTest::mouseClick(editor.fixedEnabled(), Qt::LeftButton);
        QVERIFY(!editor.view()->diagram().fixed);
        QCOMPARE(editor.view()->loads().size(), 1);
    }

    void insertAtTheCursorAndUndo()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Postmortem before = w.document()->postmortem();
        QCOMPARE(before.diagrams.size(), 1);

        auto *cause = w.form()->findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
        QVERIFY(cause);
        showTabOf(w, cause);
        cause->setFocus();
        QTRY_VERIFY(cause->hasFocus());
        QTextCursor c = cause->textCursor();
        c.setPosition(0);
        cause->setTextCursor(c);

        insertAction(w)->trigger();
        LoadDiagramEditor *editor = openEditor(w);
        QVERIFY(editor);
        editor->titleEdit()->selectAll();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Sticky pool"));
        QTest::mouseClick(editor->acceptButton(), Qt::LeftButton);

        const Postmortem &after = w.document()->postmortem();
        QCOMPARE(after.diagrams.size(), 2);
        QCOMPARE(after.diagrams[1].id, QStringLiteral("lb-2"));
        QCOMPARE(after.diagrams[1].title, QStringLiteral("Sticky pool"));
        QVERIFY2(after.rootCause.startsWith(QStringLiteral("![Sticky pool](diagram:lb-2)\n\n")),
                 qPrintable(after.rootCause));
        QCOMPARE(after.rootCause.mid(after.rootCause.indexOf(QLatin1String("\n\n")) + 2),
                 before.rootCause);
        QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Insert diagram"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.preview()->diagramImage(QStringLiteral("lb-2")).isNull(), 5000);

        w.document()->undoStack()->undo(); // one step takes the link and the spec back
        QVERIFY(w.document()->postmortem() == before);
        QCOMPARE(cause->toPlainText(), before.rootCause);
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->diagramImage(QStringLiteral("lb-2")).isNull(), 5000);
        w.document()->undoStack()->redo();
        QCOMPARE(w.document()->postmortem().diagrams.size(), 2);
    }

    void insertIntoASectionOrUnderRootCause()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.document()->edit(QStringLiteral("add"), [](Postmortem &pm) {
            pm.sections.append({QStringLiteral("Lessons"), QStringLiteral("First.\nSecond.")});
        });
        QPlainTextEdit *section = nullptr;
        for (QPlainTextEdit *e : w.form()->findChildren<QPlainTextEdit *>())
            if (e->toPlainText() == QLatin1String("First.\nSecond."))
                section = e;
        QVERIFY(section);
        showTabOf(w, section);
        section->setFocus();
        QTRY_VERIFY(section->hasFocus());
        QTextCursor c = section->textCursor();
        c.setPosition(7); // after the line break
        section->setTextCursor(c);
        insertAction(w)->trigger();
        LoadDiagramEditor *editor = openEditor(w);
        QVERIFY(editor);
        QTest::mouseClick(editor->acceptButton(), Qt::LeftButton);
        QCOMPARE(w.document()->postmortem().sections.constLast().text,
                 QStringLiteral("First.\n\n![Misweighted pool](diagram:lb-2)\n\nSecond."));

        // No prose editor focused: the link goes at the end of Root cause.
        auto *title = w.form()->findChild<QLineEdit *>();
        showTabOf(w, title);
        title->setFocus();
        insertAction(w)->trigger();
        editor = openEditor(w);
        QVERIFY(editor);
        QTest::mouseClick(editor->acceptButton(), Qt::LeftButton);
        QVERIFY(w.document()->postmortem().rootCause.endsWith(
            QStringLiteral("\n\n![Misweighted pool](diagram:lb-3)")));
        QCOMPARE(w.document()->postmortem().diagrams.size(), 3);
    }

    void cancelChangesNothing()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Postmortem before = w.document()->postmortem();
        insertAction(w)->trigger();
        LoadDiagramEditor *editor = openEditor(w);
        QVERIFY(editor);
        editor->reject();
        QVERIFY(w.document()->postmortem() == before);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void doubleClickInThePreviewEditsTheDiagram()
    {
        MainWindow w;
        w.openSample();
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PreviewPane *preview = w.preview();
        QTRY_VERIFY_WITH_TIMEOUT(!preview->diagramImage(QStringLiteral("lb-1")).isNull(), 5000);
        const std::optional<QPoint> point = diagramPoint(preview, QStringLiteral("lb-1"));
        QVERIFY(point);
        QCOMPARE(preview->diagramAt(*point), QStringLiteral("lb-1"));
        QVERIFY(preview->diagramAt(QPoint(5, 5)).isEmpty()); // the title, not a picture

        QTest::mouseDClick(preview->viewport(), Qt::LeftButton, {}, *point);
        LoadDiagramEditor *editor = openEditor(w);
        QVERIFY(editor);
        QCOMPARE(editor->diagram(), w.document()->postmortem().diagrams[0]);
        QCOMPARE(editor->incidentEditor()->weightEdit(0)->value(), 1.0);
        typeInto(editor->incidentEditor()->weightEdit(0), QStringLiteral("3"));
        QTest::mouseClick(editor->acceptButton(), Qt::LeftButton);

        const Postmortem &pm = w.document()->postmortem();
        QCOMPARE(pm.diagrams.size(), 1);
        QCOMPARE(pm.diagrams[0].incident.backends[0].weight, 3.0);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Edit diagram"));
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->postmortem().diagrams[0].incident.backends[0].weight, 1.0);
    }
};

QTEST_MAIN(TestLoadDiagramEditor)
#include "tst_loaddiagrameditor.moc"
