// Picks a postmortem template: File > New from Template and Edit > Switch Template.
#pragma once

#include "core/templates.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace Hindsight {

/// Lists the templates by name; beside the list, the selected one's description, source and
/// sections (additional sections marked), and where a team's own templates go. Enter or a
/// double-click accepts.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `currentId` is preselected when present; `problems` (files that did not load) are
    /// listed under the description so a broken team template is not silently missing.
    TemplateDialog(const QList<PostmortemTemplate> &templates, const QString &currentId,
                   const QStringList &problems, QWidget *parent = nullptr);

    /// The template selected, or nullopt when there is none.
    std::optional<PostmortemTemplate> selectedTemplate() const;
    QListWidget *list() const { return m_list; }

private:
    void showDetails();

    QList<PostmortemTemplate> m_templates;
    QListWidget *m_list;
    QLabel *m_details;
};

} // namespace Hindsight
