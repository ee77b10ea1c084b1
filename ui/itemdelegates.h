// Editors for the timeline and action-item table cells.
#pragma once

#include <QStyledItemDelegate>

namespace Hindsight {

/// For TimelineModel::KindColumn: a QComboBox listing every EventKind with its colour swatch
/// (eventKindLabel / eventKindColor). Reads and writes the model's EditRole, int(EventKind),
/// and commits as soon as a kind is chosen.
class EventKindDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

/// For ActionItemModel::CategoryColumn: an editable QComboBox offering "improvement" and
/// "task" (the importer's words, not translated: they are stored in the file) that also takes
/// any other word. Commits when an entry is chosen from the list, or on Enter.
class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

/// For date and time text columns (TimelineModel Date and Time, ActionItemModel Due): a
/// QLineEdit with a placeholder and a validator that lets through only the shape the model
/// accepts, "YYYY-MM-DD" (month 01–12, day 01–31) or "HH:MM[:SS]" (00:00–23:59:59), or empty
/// to clear. A date such as 2024-02-30 passes the validator and is then refused by the model.
class DateTimeTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Date, Time };

    explicit DateTimeTextDelegate(Kind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace Hindsight
