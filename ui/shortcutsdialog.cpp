#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hindsight {

QList<QAction *> actionsWithShortcuts(const QWidget *root)
{
    QList<QAction *> all = root->actions();
    for (QAction *a : root->findChildren<QAction *>())
        if (!all.contains(a))
            all.append(a);
    // Actions added to child widgets but owned elsewhere.
    for (const QWidget *w : root->findChildren<QWidget *>())
        for (QAction *a : w->actions())
            if (!all.contains(a))
                all.append(a);
    QList<QAction *> result;
    for (QAction *a : all)
        if (!a->shortcuts().isEmpty() && !a->isSeparator())
            result.append(a);
    return result;
}

namespace {
QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) // "…"
        text.chop(1);
    return text;
}

/// The action's text, after its submenu's title when it is in one ("Export › PDF"): alone,
/// "PDF" or "Overview" would not say what the keys do.
QString plainText(const QAction *a)
{
    const QString text = withoutMnemonic(a->text());
    for (QObject *o : a->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(o);
        if (!menu)
            continue;
        // QMenu::addMenu parents a submenu to its menu; a menu bar's menus to the bar.
        const bool submenu = qobject_cast<QMenu *>(menu->parent()) != nullptr;
        if (submenu)
            return ShortcutsDialog::tr("%1 › %2").arg(withoutMnemonic(menu->title()), text);
    }
    return text;
}

QString whereItWorks(const QAction *a)
{
    if (a->shortcutContext() == Qt::WindowShortcut
        || a->shortcutContext() == Qt::ApplicationShortcut)
        return ShortcutsDialog::tr("Anywhere in the window");
    for (QObject *o : a->associatedObjects()) {
        if (auto *w = qobject_cast<QWidget *>(o)) {
            const QString name = w->accessibleName();
            if (!name.isEmpty())
                return ShortcutsDialog::tr("In %1").arg(name);
        }
    }
    return ShortcutsDialog::tr("Where it applies");
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *root, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    for (QAction *a : actionsWithShortcuts(root)) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        QList<QStandardItem *> row{new QStandardItem(plainText(a)),
                                   new QStandardItem(keys.join(tr(" or "))),
                                   new QStandardItem(whereItWorks(a))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        if (!a->statusTip().isEmpty())
            row.first()->setToolTip(a->statusTip());
        m_model->appendRow(row);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // an action's name, its keys or where they work
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Type part of an action or a key, e.g. “save” or “F”"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(620, 520);
}

int ShortcutsDialog::visibleRowCount() const
{
    return m_filter->rowCount();
}

} // namespace Hindsight
