// Help > Keyboard Shortcuts: every action that has a shortcut, read from the actions themselves.
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Hindsight {

/// The actions under `root` (its own and every descendant's, each once) that have at least
/// one shortcut, in creation order.
QList<QAction *> actionsWithShortcuts(const QWidget *root);

/// A searchable, read-only list of actionsWithShortcuts(root): action, keys (the platform's
/// notation), and where the keys work ("Anywhere in the window" or the widget's accessible
/// name for widget-only shortcuts). Built when shown, so it always matches the real bindings.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *root, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    /// Rows shown now (after the search filter).
    int visibleRowCount() const;

private:
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
};

} // namespace Hindsight
