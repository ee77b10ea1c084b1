#include "ui/library/librarymodels.h"

#include "core/library/actionexport.h"
#include "core/library/librarystats.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace Hindsight {

namespace {

QVariant minutesText(const std::optional<qint64> &m)
{
    return m ? QVariant(formatMinutes(double(*m))) : QVariant();
}

/// Unknown values sort after every known one in ascending order.
QVariant minutesSort(const std::optional<qint64> &m)
{
    return m ? *m : std::numeric_limits<qint64>::max();
}

QString startText(const LibraryEntry &e)
{
    if (!e.start.date.isValid())
        return QString();
    QString s = e.start.date.toString(Qt::ISODate);
    if (e.start.time.isValid())
        s += QLatin1Char(' ') + e.start.time.toString(QStringLiteral("HH:mm"));
    return s;
}

} // namespace

LibraryTableModel::LibraryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LibraryTableModel::setEntries(const QList<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void LibraryTableModel::setGitInfo(const QHash<QString, GitFileInfo> &info)
{
    m_git = info;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, LastCommit), index(rowCount() - 1, LastCommit));
}

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LibraryEntry &e = m_entries.at(index.row());
    if (role == kPathRole)
        return e.path;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return e.imported ? tr("%1 (imported from a foreign file)").arg(e.path) : e.path;
    if (role == Qt::ToolTipRole && index.column() != Title)
        return data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return e.title.isEmpty() ? tr("Untitled") : e.title;
        case Start:
            return startText(e);
        case Severity:
            return e.severity ? severityName(*e.severity) : QString();
        case Status:
            return e.status ? statusName(*e.status) : QString();
        case Services:
            return e.services.join(QStringLiteral(", "));
        case Tags:
            return e.tags.join(QStringLiteral(", "));
        case Duration:
            return minutesText(e.metrics.durationMinutes);
        case TimeToDetect:
            return minutesText(e.metrics.timeToDetectMinutes);
        case TimeToResolve:
            return minutesText(e.metrics.timeToResolveMinutes);
        case ActionItems:
            return e.actionsTotal ? QStringLiteral("%1/%2").arg(e.actionsOpen).arg(e.actionsTotal)
                                  : QString();
        case LastCommit: {
            const auto it = m_git.constFind(e.path);
            if (it == m_git.cend())
                return QString();
            const QString last = it->tracked ? QStringLiteral("%1, %2").arg(
                                     it->author, it->date.date().toString(Qt::ISODate))
                                             : QString();
            if (!it->uncommitted)
                return last;
            return last.isEmpty() ? tr("uncommitted") : tr("uncommitted (%1)").arg(last);
        }
        case File:
            return e.path;
        }
    }
    if (role == kSortRole) {
        switch (index.column()) {
        case Start:
            return e.startUtcMinutes ? *e.startUtcMinutes : std::numeric_limits<qint64>::max();
        case Severity:
            return e.severity ? int(*e.severity) : 99;
        case Duration:
            return minutesSort(e.metrics.durationMinutes);
        case TimeToDetect:
            return minutesSort(e.metrics.timeToDetectMinutes);
        case TimeToResolve:
            return minutesSort(e.metrics.timeToResolveMinutes);
        case ActionItems:
            return e.actionsOpen * 10000 + e.actionsTotal;
        case LastCommit: {
            const GitFileInfo info = m_git.value(e.path);
            return info.uncommitted ? std::numeric_limits<qint64>::max()
                                    : info.date.toSecsSinceEpoch();
        }
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Duration
        && index.column() <= ActionItems)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeToDetect:
            return tr("Time to detect: incident start to the first detection event");
        case TimeToResolve:
            return tr("Time to resolve: incident start to the first resolution event");
        case ActionItems:
            return tr("Action items: open / total");
        case LastCommit:
            return tr("Author and date of the last git commit that changed the file; "
                      "“uncommitted” when it has changes git does not have yet");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Start:
        return tr("Incident start");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Services:
        return tr("Services");
    case Tags:
        return tr("Tags");
    case Duration:
        return tr("Duration");
    case TimeToDetect:
        return tr("TTD");
    case TimeToResolve:
        return tr("TTR");
    case ActionItems:
        return tr("Actions");
    case LastCommit:
        return tr("Last commit");
    case File:
        return tr("File");
    }
    return {};
}

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryTableModel::kSortRole);
}

void LibraryFilterModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const LibraryTableModel *>(sourceModel());
    if (!model || sourceRow >= model->rowCount())
        return false;
    const LibraryEntry &e = model->entryAt(sourceRow);
    const Filter &f = m_filter;
    if (!f.severity.isEmpty() && (!e.severity || severityName(*e.severity) != f.severity))
        return false;
    if (!f.status.isEmpty() && (!e.status || statusName(*e.status) != f.status))
        return false;
    if (!f.service.isEmpty() && !e.services.contains(f.service, Qt::CaseInsensitive))
        return false;
    if (!f.tag.isEmpty() && !e.tags.contains(f.tag, Qt::CaseInsensitive))
        return false;
    if (f.openActionsOnly && e.actionsOpen == 0)
        return false;
    if ((f.from.isValid() || f.to.isValid()) && !e.start.date.isValid())
        return false;
    if (f.from.isValid() && e.start.date < f.from)
        return false;
    if (f.to.isValid() && e.start.date > f.to)
        return false;
    if (f.ids && !f.ids->contains(e.id))
        return false;
    return true;
}

ActionLedgerModel::ActionLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionLedgerModel::setActions(const QList<LibraryAction> &actions, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_actions = sortedForLedger(actions, today);
    endResetModel();
}

int ActionLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const LibraryAction &a = m_actions.at(index.row());
    const bool overdue = isOverdue(a, m_today);
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == LibraryTableModel::kPathRole)
        return a.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due:
        return a.item.due.isValid() ? a.item.due.toString(Qt::ISODate) : QString();
    case Item:
        return a.item.text;
    case Owner:
        return a.item.owner;
    case Status:
        return a.item.done ? tr("done") : overdue ? tr("overdue") : tr("open");
    case Postmortem:
        return a.postmortemTitle;
    }
    return {};
}

QVariant ActionLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Item:
        return tr("Action item");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Postmortem:
        return tr("Postmortem");
    }
    return {};
}

} // namespace Hindsight
