// The editor of one timeline event's detail (TimelineEvent::detail), under the timeline table.
#pragma once

#include <QWidget>

class QLabel;

namespace Hindsight {

class Document;
class MarkdownEditor;

/// A Markdown editor for the detail of the event in row `row()` of the document's timeline:
/// the output, log excerpt, quote or table that belongs to the event. It edits through
/// Document::edit (a typing burst is one undo step, "Edit event detail") and follows the
/// document: undo, redo, a re-sorted or removed row. With no row (-1), or a row the timeline
/// no longer has, the editor is empty and disabled.
class EventDetailEditor : public QWidget
{
    Q_OBJECT
public:
    /// `doc` must outlive the widget.
    explicit EventDetailEditor(Document *doc, QWidget *parent = nullptr);

    /// The text editor, for the form's undo filter, picture saver and find bar.
    MarkdownEditor *editor() const { return m_editor; }
    int row() const { return m_row; }
    /// Shows the detail of the event in `row` (index into the timeline), -1 for none.
    void setRow(int row);

private:
    void showDetail();
    void storeDetail();

    Document *m_doc;
    QLabel *m_label;
    MarkdownEditor *m_editor;
    int m_row = -1;
};

} // namespace Hindsight
