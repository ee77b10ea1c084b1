// Templates in the window: File > New from Template, Edit > Switch Template, and telling the
// form which template the open document follows (its guidance and placeholders).
#pragma once

#include "core/templates.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace Hindsight {

class Document;
class DocumentManager;
class PostmortemForm;

class TemplateActions : public QObject
{
    Q_OBJECT
public:
    /// Works on `document` through `files` (which asks about unsaved changes); dialogs open
    /// over `dialogParent`, which owns this object.
    TemplateActions(Document *document, DocumentManager *files, PostmortemForm *form,
                    QWidget *dialogParent);

    /// The templates in templateFolders(), read from disk again on each call (a team's new
    /// file shows up without a restart); unreadable files go to `problems`.
    QList<PostmortemTemplate> templates(QStringList *problems = nullptr);
    /// Starts a new, unsaved document from template `id` (asks first about unsaved changes).
    /// False when there is no such template or the user cancelled.
    bool newFromTemplate(const QString &id);
    /// Switches the open document to template `id` as one undo step, keeping every piece of
    /// text (applyTemplate). False when there is no such template.
    bool switchTemplate(const QString &id);
    /// The template dialogs behind the menu entries.
    void chooseForNew();
    void chooseForSwitch();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// Tells the form the open document's template when it changed (guidance placeholders).
    void updateFormTemplate();

    Document *m_document;
    DocumentManager *m_files;
    PostmortemForm *m_form;
    QWidget *m_dialogParent;
    QList<PostmortemTemplate> m_templates; ///< last read by templates()
    QString m_formTemplateId;
};

} // namespace Hindsight
