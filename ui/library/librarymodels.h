// Table models of the library window: the postmortems (with a filtering proxy) and the
// action-item ledger.
#pragma once

#include "core/library/gitmetadata.h"
#include "core/library/libraryindex.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Hindsight {

/// The indexed postmortems, one row each. Display text for people; Qt::UserRole gives a value
/// that sorts right (minutes, UTC start, severity number; unknown values sort last). kPathRole
/// on any column gives the entry's path relative to the library.
class LibraryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Start,
        Severity,
        Status,
        Services,
        Tags,
        Duration,
        TimeToDetect,
        TimeToResolve,
        ActionItems,
        LastCommit,
        File,
        ColumnCount
    };
    static constexpr int kPathRole = Qt::UserRole + 1;
    static constexpr int kSortRole = Qt::UserRole;

    explicit LibraryTableModel(QObject *parent = nullptr);
    void setEntries(const QList<LibraryEntry> &entries);
    const QList<LibraryEntry> &entries() const { return m_entries; }
    const LibraryEntry &entryAt(int row) const { return m_entries.at(row); }
    /// Git metadata by entry path (readGitMetadata); empty when the folder is not in git.
    void setGitInfo(const QHash<QString, GitFileInfo> &info);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LibraryEntry> m_entries;
    QHash<QString, GitFileInfo> m_git;
};

/// Filters LibraryTableModel rows: every set criterion must hold. Empty text / invalid dates
/// mean "any". A search restricts the rows to the entries with the given ids.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Filter
    {
        QString severity; ///< "SEV1" … or empty
        QString status;   ///< "draft", "in-review", "final" or empty
        QString service;
        QString tag;
        bool openActionsOnly = false;
        QDate from;                      ///< incident start date (document's zone) on or after
        QDate to;                        ///< on or before
        std::optional<QSet<qint64>> ids; ///< search hits; nullopt: no search
    };

    explicit LibraryFilterModel(QObject *parent = nullptr);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
};

/// The action-item ledger: every action item of the library, overdue first (sortedForLedger).
/// Overdue rows are drawn in the theme's error colour.
class ActionLedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Item, Owner, Status, Postmortem, ColumnCount };
    explicit ActionLedgerModel(QObject *parent = nullptr);
    void setActions(const QList<LibraryAction> &actions, const QDate &today);
    const QList<LibraryAction> &actions() const { return m_actions; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LibraryAction> m_actions;
    QDate m_today;
};

} // namespace Hindsight
