#include "ui/actionitemmodel.h"

#include "core/document.h"
#include "ui/localization.h"
#include "ui/timelinemodel.h" // detail::diffRows, detail::dateFromEditValue

#include <algorithm>

namespace Hindsight {

ActionItemModel::ActionItemModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_items(doc->postmortem().actionItems)
{
    connect(m_doc, &Document::changed, this, &ActionItemModel::onDocumentChanged);
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &a = m_items[index.row()];
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case TextColumn:
        if (text || (role == Qt::ToolTipRole && !a.text.isEmpty()))
            return a.text;
        break;
    case CategoryColumn:
        if (text)
            return a.category;
        break;
    case OwnerColumn:
        if (text)
            return a.owner;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) // the user's locale; the file and the editor keep ISO 8601
            return displayDate(a.due);
        if (role == Qt::EditRole)
            return a.due.isValid() ? a.due.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        break;
    case DoneColumn:
        if (role == Qt::CheckStateRole)
            return a.done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return a.done ? tr("Done") : tr("Open");
        break;
    default:
        break;
    }
    return {};
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_doc->isReadOnly() || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    if (column == DoneColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        bool ok = false;
        const int state = value.toInt(&ok);
        if (!ok || (state != Qt::Checked && state != Qt::Unchecked))
            return false;
        const bool done = state == Qt::Checked;
        m_doc->edit(done ? tr("Mark action item done") : tr("Mark action item open"),
                    [row, done](Postmortem &pm) {
                        if (row < pm.actionItems.size())
                            pm.actionItems[row].done = done;
                    });
        return true;
    }
    if (role != Qt::EditRole)
        return false;

    if (column == DueColumn) {
        const std::optional<QDate> due = detail::dateFromEditValue(value);
        if (!due)
            return false;
        m_doc->edit(tr("Edit action item due date"), [row, d = *due](Postmortem &pm) {
            if (row < pm.actionItems.size())
                pm.actionItems[row].due = d;
        });
        return true;
    }

    QString description;
    QString ActionItem::*field = nullptr;
    QString text = value.toString();
    switch (column) {
    case TextColumn:
        description = tr("Edit action item");
        field = &ActionItem::text;
        break;
    case CategoryColumn:
        description = tr("Edit action item category");
        field = &ActionItem::category;
        text = text.trimmed();
        break;
    case OwnerColumn:
        description = tr("Edit action item owner");
        field = &ActionItem::owner;
        text = text.trimmed();
        break;
    default:
        return false;
    }
    m_doc->edit(
        description,
        [row, field, text](Postmortem &pm) {
            if (row < pm.actionItems.size())
                pm.actionItems[row].*field = text;
        },
        QStringLiteral("actions:%1:%2").arg(row).arg(column));
    return true;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TextColumn:
            return tr("Action item");
        case CategoryColumn:
            return tr("Category");
        case OwnerColumn:
            return tr("Owner");
        case DueColumn:
            return tr("Due");
        case DoneColumn:
            return tr("Done");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case CategoryColumn:
            return tr("\"improvement\" (a fix or improvement), \"task\" (a concrete task), or "
                      "your own word.");
        case OwnerColumn:
            return tr("Who is responsible; empty when unassigned.");
        case DueColumn:
            return tr("YYYY-MM-DD, or empty.");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_doc->isReadOnly())
        return f;
    return f | (index.column() == DoneColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

int ActionItemModel::insertItem(int row)
{
    if (m_doc->isReadOnly())
        return -1;
    const int at = (row < 0 || row >= rowCount()) ? rowCount() : row + 1;
    m_doc->edit(tr("Add action item"), [at](Postmortem &pm) {
        pm.actionItems.insert(std::min<qsizetype>(at, pm.actionItems.size()), ActionItem());
    });
    return at;
}

void ActionItemModel::removeItems(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= rowCount(); });
    if (rows.isEmpty())
        return;
    m_doc->edit(tr("Remove %n action item(s)", nullptr, int(rows.size())), [rows](Postmortem &pm) {
        for (int r : rows)
            if (r < pm.actionItems.size())
                pm.actionItems.removeAt(r);
    });
}

bool ActionItemModel::moveItem(int row, int delta)
{
    const int to = row + delta;
    if (delta == 0 || m_doc->isReadOnly() || row < 0 || row >= rowCount() || to < 0
        || to >= rowCount())
        return false;
    m_doc->edit(tr("Move action item"), [row, to](Postmortem &pm) {
        if (row < pm.actionItems.size() && to < pm.actionItems.size())
            pm.actionItems.move(row, to);
    });
    return true;
}

void ActionItemModel::onDocumentChanged()
{
    const QList<ActionItem> &fresh = m_doc->postmortem().actionItems;
    const detail::RowChange c = detail::diffRows(m_items, fresh);
    const QList<ActionItem> old = m_items;
    const auto rowChanged = [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    };
    switch (c.kind) {
    case detail::RowChange::None:
        return;
    case detail::RowChange::Changed: {
        m_items = fresh;
        int runStart = -1;
        for (int r = c.first; r <= c.last + 1; ++r) {
            const bool differs = r <= c.last && !(old[r] == m_items[r]);
            if (differs && runStart < 0) {
                runStart = r;
            } else if (!differs && runStart >= 0) {
                rowChanged(runStart, r - 1);
                runStart = -1;
            }
        }
        return;
    }
    case detail::RowChange::Moved:
        beginMoveRows({}, c.from, c.from, {}, c.to > c.from ? c.to + 1 : c.to);
        m_items = fresh;
        endMoveRows();
        if (!(old[c.from] == m_items[c.to]))
            rowChanged(c.to, c.to);
        return;
    case detail::RowChange::Inserted:
        for (const auto &[first, last] : c.blocks) {
            beginInsertRows({}, first, last);
            for (int r = first; r <= last; ++r)
                m_items.insert(r, fresh[r]);
            endInsertRows();
        }
        return;
    case detail::RowChange::Removed:
        for (const auto &[first, last] : c.blocks) {
            beginRemoveRows({}, first, last);
            m_items.remove(first, last - first + 1);
            endRemoveRows();
        }
        return;
    case detail::RowChange::Reset:
        beginResetModel();
        m_items = fresh;
        endResetModel();
        return;
    }
}

} // namespace Hindsight
