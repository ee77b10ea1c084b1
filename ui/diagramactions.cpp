#include "ui/diagramactions.h"

#include "core/document.h"
#include "ui/loaddiagrameditor.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace Hindsight {

namespace {
/// These strings were the main window's and keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::MainWindow)
};
} // namespace

DiagramActions::DiagramActions(Document *document, PostmortemForm *form, PreviewPane *preview,
                               QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_form(form)
    , m_window(window)
{
    connect(preview, &PreviewPane::diagramActivated, this, &DiagramActions::editDiagram);
}

void DiagramActions::addToMenu(QMenu *insert)
{
    QAction *diagram = insert->addAction(Text::tr("&Load-distribution diagram…"), this,
                                         &DiagramActions::insertDiagram);
    diagram->setObjectName(QStringLiteral("insertDiagramAction"));
    diagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    diagram->setStatusTip(Text::tr("Draw how the load balancer spread the traffic, and insert "
                                   "it at the cursor"));
}

void DiagramActions::insertDiagram()
{
    if (m_document->isReadOnly())
        return;
    // Where the link goes is decided now, while the text editor still has the focus.
    const std::optional<PostmortemForm::TextPosition> at = m_form->focusedTextPosition();
    LoadDiagram initial = loadDiagramPreset(LoadDiagramPreset::MisweightedPool);
    initial.id = uniqueDiagramId(m_document->postmortem().diagrams);
    auto *dialog = new LoadDiagramEditor(initial, true, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, at] {
        LoadDiagram d = dialog->diagram();
        m_document->edit(Text::tr("Insert diagram"), [&](Postmortem &pm) {
            if (findDiagram(pm.diagrams, d.id) || !isValidDiagramId(d.id))
                d.id = uniqueDiagramId(pm.diagrams);
            pm.diagrams.append(d);
            QString *text = at ? at->field(pm) : nullptr;
            const int position = text ? at->position : -1;
            if (!text)
                text = &pm.rootCause;
            const QString alt = d.title.isEmpty() ? Text::tr("Load distribution") : d.title;
            *text = insertParagraph(*text, position, diagramLink(d.id, alt));
        });
    });
    dialog->open();
}

void DiagramActions::editDiagram(const QString &id)
{
    const LoadDiagram *existing = findDiagram(m_document->postmortem().diagrams, id);
    if (!existing || m_document->isReadOnly())
        return;
    auto *dialog = new LoadDiagramEditor(*existing, false, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const LoadDiagram d = dialog->diagram();
        m_document->edit(Text::tr("Edit diagram"), [&](Postmortem &pm) {
            for (LoadDiagram &old : pm.diagrams)
                if (old.id == id)
                    old = d;
        });
    });
    dialog->open();
}

} // namespace Hindsight
