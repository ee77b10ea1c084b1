#include "ui/findingselection.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Hindsight {

bool selectFindingWords(QPlainTextEdit *editor, const FindingLocation &where)
{
    const auto [start, length] = findingExcerptRange(editor->toPlainText(), where);
    if (start < 0)
        return false;
    QTextCursor c = editor->textCursor();
    c.setPosition(start);
    c.setPosition(start + length, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->ensureCursorVisible();
    return true;
}

bool selectFindingWordsInCell(QAbstractItemView *view, const QModelIndex &cell,
                              const FindingLocation &where)
{
    if (!cell.isValid() || where.excerpt.isEmpty())
        return false;
    const auto [start, length] = findingExcerptRange(cell.data(Qt::EditRole).toString(), where);
    if (start < 0)
        return false;
    view->setCurrentIndex(cell);
    view->edit(cell);
    // The cell's editor is a line edit (the default delegate for text) that now has the focus.
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!line || !view->isAncestorOf(line))
        line = view->viewport()->findChild<QLineEdit *>();
    if (!line)
        return false;
    line->setSelection(start, length);
    return true;
}

} // namespace Hindsight
