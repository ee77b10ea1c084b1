#include "ui/eventdetaileditor.h"

#include "core/document.h"
#include "ui/markdowneditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Hindsight {

EventDetailEditor::EventDetailEditor(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_label(new QLabel(this))
    , m_editor(new MarkdownEditor(this))
{
    setObjectName(QStringLiteral("eventDetail"));
    m_editor->setObjectName(QStringLiteral("eventDetailEdit"));
    m_editor->setAccessibleName(tr("Event detail"));
    m_editor->setAccessibleDescription(
        tr("Output, log excerpt, quote or table that belongs to the selected event, in Markdown"));
    m_editor->setTabChangesFocus(true);
    m_editor->setUndoRedoEnabled(false); // undo is the document's
    m_label->setBuddy(m_editor);
    // Room for a few lines of output; the splitter gives it more when dragged.
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 4);
    auto *layout = new QVBoxLayout(this); // the table page's margins, so both line up
    layout->addWidget(m_label);
    layout->addWidget(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EventDetailEditor::storeDetail);
    connect(m_doc, &Document::changed, this, &EventDetailEditor::showDetail);
    showDetail();
}

void EventDetailEditor::setRow(int row)
{
    m_row = row;
    showDetail();
}

void EventDetailEditor::showDetail()
{
    const QList<TimelineEvent> &events = m_doc->postmortem().timeline;
    const bool valid = m_row >= 0 && m_row < events.size();
    m_label->setText(valid ? tr("&Detail of the event at row %1").arg(m_row + 1)
                           : tr("&Detail of the selected event"));
    m_editor->setPlaceholderText(valid ? tr("Output, a log excerpt, a quote or a table that "
                                            "belongs to this event (Markdown)")
                                       : tr("Select an event to add what belongs to it"));
    m_editor->setEnabled(valid);
    m_editor->setReadOnly(m_doc->isReadOnly());
    setTextKeepingCursor(m_editor, valid ? events.at(m_row).detail : QString());
}

void EventDetailEditor::storeDetail()
{
    const int row = m_row;
    if (row < 0 || row >= m_doc->postmortem().timeline.size())
        return;
    const QString text = m_editor->toPlainText();
    m_doc->edit(
        tr("Edit event detail"),
        [row, &text](Postmortem &pm) {
            if (row < pm.timeline.size())
                pm.timeline[row].detail = text;
        },
        m_editor->isDiscreteEdit() ? QString() : QStringLiteral("timeline:%1:detail").arg(row));
}

} // namespace Hindsight
