#include "ui/library/listcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace Hindsight {

ListCompleter::ListCompleter(QLineEdit *edit, const QStringList &values)
    : QCompleter(edit)
    , m_edit(edit)
{
    setModel(new QStringListModel(values, this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(this);
    // QLineEdit puts a chosen completion in with setText(), which is not an edit; say it is one
    // (after setText has run) so the form records it in the document like typed text.
    connect(
        this, qOverload<const QString &>(&QCompleter::activated), edit,
        [edit] { Q_EMIT edit->textEdited(edit->text()); }, Qt::QueuedConnection);
}

void ListCompleter::setValues(const QStringList &values)
{
    static_cast<QStringListModel *>(model())->setStringList(values);
}

QStringList ListCompleter::splitPath(const QString &path) const
{
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString ListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString text = m_edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const QString value = index.data(Qt::EditRole).toString();
    return comma < 0 ? value : text.left(comma + 1) + QLatin1Char(' ') + value;
}

} // namespace Hindsight
