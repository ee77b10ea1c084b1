#include "ui/templateactions.h"

#include "core/document.h"
#include "ui/documentmanager.h"
#include "ui/postmortemform.h"
#include "ui/templatedialog.h"

#include <QCoreApplication>

#include <algorithm>

namespace Hindsight {

namespace {
/// These messages were the main window's and keep their translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::MainWindow)
};
} // namespace

TemplateActions::TemplateActions(Document *document, DocumentManager *files, PostmortemForm *form,
                                 QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_files(files)
    , m_form(form)
    , m_dialogParent(dialogParent)
{
    connect(m_document, &Document::changed, this, &TemplateActions::updateFormTemplate);
}

QList<PostmortemTemplate> TemplateActions::templates(QStringList *problems)
{
    m_templates = loadTemplates(templateFolders(), problems);
    return m_templates;
}

bool TemplateActions::newFromTemplate(const QString &id)
{
    for (const PostmortemTemplate &t : templates()) {
        if (t.id != id)
            continue;
        if (!m_files->startNew(postmortemFromTemplate(t)))
            return false;
        Q_EMIT statusMessage(Text::tr("New postmortem from the %1 template").arg(t.name), 4000);
        return true;
    }
    return false;
}

bool TemplateActions::switchTemplate(const QString &id)
{
    const QList<PostmortemTemplate> all = templates();
    const PostmortemTemplate *previous = nullptr;
    for (const PostmortemTemplate &t : all) {
        if (t.id == m_document->postmortem().templateId)
            previous = &t;
    }
    for (const PostmortemTemplate &t : all) {
        if (t.id != id)
            continue;
        m_document->edit(Text::tr("Switch to the %1 template").arg(t.name),
                         [&](Postmortem &pm) { pm = applyTemplate(pm, t, previous); });
        return true;
    }
    return false;
}

void TemplateActions::chooseForNew()
{
    QStringList problems;
    const QList<PostmortemTemplate> all = templates(&problems);
    TemplateDialog dialog(all, QStringLiteral("course"), problems, m_dialogParent);
    dialog.setWindowTitle(Text::tr("New from Template"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto t = dialog.selectedTemplate())
        newFromTemplate(t->id);
}

void TemplateActions::chooseForSwitch()
{
    QStringList problems;
    const QList<PostmortemTemplate> all = templates(&problems);
    TemplateDialog dialog(all, m_document->postmortem().templateId, problems, m_dialogParent);
    dialog.setWindowTitle(Text::tr("Switch Template"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto t = dialog.selectedTemplate())
        switchTemplate(t->id);
}

void TemplateActions::updateFormTemplate()
{
    const QString id = m_document->postmortem().templateId;
    if (id == m_formTemplateId)
        return;
    m_formTemplateId = id;
    if (id.isEmpty()) {
        m_form->setTemplate(std::nullopt);
        return;
    }
    // A document names a template that may have come from another machine's folder; the
    // form then just keeps its built-in guidance.
    const QList<PostmortemTemplate> &known = m_templates.isEmpty() ? templates() : m_templates;
    const auto it = std::find_if(known.begin(), known.end(),
                                 [&](const PostmortemTemplate &t) { return t.id == id; });
    m_form->setTemplate(it != known.end() ? std::optional(*it) : std::nullopt);
}

} // namespace Hindsight
