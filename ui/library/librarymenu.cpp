#include "ui/library/librarymenu.h"

#include "ui/library/librarywindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>

namespace Hindsight {

namespace {
struct MenuText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryMenu)
};
} // namespace

LibraryWindow *showLibraryWindow(const QString &folder, QWidget *mainWindow,
                                 const std::function<void(const QString &)> &open)
{
    auto *window = new LibraryWindow(folder, mainWindow);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &LibraryWindow::openRequested, mainWindow,
                     [mainWindow, open](const QString &path) {
                         open(path);
                         mainWindow->raise();
                         mainWindow->activateWindow();
                     });
    window->show();
    return window;
}

QAction *addOpenLibraryAction(QMenu *fileMenu, QWidget *mainWindow,
                              const std::function<void(const QString &)> &open)
{
    QAction *action = fileMenu->addAction(MenuText::tr("Open &Library…"));
    action->setObjectName(QStringLiteral("openLibraryAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    action->setStatusTip(
        MenuText::tr("Open a folder of postmortems: search, filter, statistics, action items"));
    QObject::connect(action, &QAction::triggered, mainWindow, [mainWindow, open] {
        const QString folder = QFileDialog::getExistingDirectory(
            mainWindow, MenuText::tr("Open Library"), QString());
        if (!folder.isEmpty())
            showLibraryWindow(folder, mainWindow, open);
    });
    return action;
}

} // namespace Hindsight
