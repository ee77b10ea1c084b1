// Marks on the form's editors for the fields the importer guessed.
#pragma once

#include "core/postmortem.h"
#include "core/postmortemfields.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QTabWidget;
class QWidget;

namespace Hindsight {

class Document;

/// Marks the editor of each field the importer guessed (ImportReport::guessedFields), so the
/// person checking an imported postmortem sees where to look: a thin warning-coloured frame
/// around the editor (amber, lighter on a dark palette), a small mark on the tab that holds
/// it, and a tooltip and accessible description giving the report's sentences for that field.
///
/// A mark goes away when its field changes: the person edits the editor (typing, picking a
/// value), or the field's value in the document changes in any other way (undo, Replace All,
/// a table edit). clear() removes every mark (the report dismissed, another document opened).
/// Marks live only in the widgets: nothing is written to the document.
class GuessMarks : public QObject
{
    Q_OBJECT
public:
    /// Watches `document` for changes of the marked fields; `tabs` is the form's tab widget,
    /// whose tabs get a mark while an editor on them is marked.
    GuessMarks(Document *document, QTabWidget *tabs, QObject *parent = nullptr);
    ~GuessMarks() override;

    /// Marks `editor`, the editor of `field`, with the report's sentences `texts` (one or
    /// more, shown in order). Marking a field again replaces its mark. A null editor or an
    /// empty `texts` does nothing.
    void mark(FieldId field, QWidget *editor, const QStringList &texts);
    /// Removes the mark of `field`, if any: the frame, the tab's mark, and the tooltip and
    /// accessible description it replaced are restored.
    void clear(FieldId field);
    /// Removes every mark.
    void clear();

    /// The marked fields, in the order they were marked.
    QList<FieldId> markedFields() const;
    bool isMarked(FieldId field) const;
    /// The tooltip shown on the editor of `field` while it is marked (rich text, the report's
    /// sentences escaped); empty when the field is not marked.
    QString toolTip(FieldId field) const;

Q_SIGNALS:
    /// Marks were added or removed.
    void marksChanged();

private:
    struct Mark;
    void documentChanged();
    void updateTabMarks();
    Mark *find(FieldId field) const;

    Document *m_document;
    QTabWidget *m_tabs;
    /// The document as it was when the marks were made: a field that differs from it changed.
    Postmortem m_baseline;
    QList<std::shared_ptr<Mark>> m_marks;
    /// The tab pages given the tab mark (the form's tabs have no icons of their own).
    QList<QPointer<QWidget>> m_markedTabs;
};

} // namespace Hindsight
