// Completion for comma-separated lists in a line edit ("dns, check" -> "dns, checkout-api").
#pragma once

#include <QCompleter>

class QLineEdit;

namespace Hindsight {

/// Completes the last comma-separated item of `edit`'s text from `values`, keeping the items
/// before it. Case-insensitive; the popup lists the values that start with what is typed.
class ListCompleter : public QCompleter
{
    Q_OBJECT
public:
    ListCompleter(QLineEdit *edit, const QStringList &values);
    void setValues(const QStringList &values);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QLineEdit *m_edit;
};

} // namespace Hindsight
