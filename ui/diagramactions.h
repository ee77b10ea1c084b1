// Insert > Load-distribution diagram, and editing a diagram from the preview (double-click):
// the diagram editor, then one undoable edit.
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Hindsight {

class Document;
class PostmortemForm;
class PreviewPane;

class DiagramActions : public QObject
{
    Q_OBJECT
public:
    /// Dialogs open over `window`; a double-click on a diagram in `preview` edits it.
    DiagramActions(Document *document, PostmortemForm *form, PreviewPane *preview, QWidget *window);

    /// Insert > Load-distribution diagram… (Ctrl+Shift+D).
    void addToMenu(QMenu *insert);
    /// The editor, then one undoable edit that adds the spec and links it at the cursor of the
    /// focused prose editor (else under Root cause).
    void insertDiagram();
    /// The editor for diagram `id`; applying replaces its spec in one undoable edit.
    void editDiagram(const QString &id);

private:
    Document *m_document;
    PostmortemForm *m_form;
    QWidget *m_window;
};

} // namespace Hindsight
