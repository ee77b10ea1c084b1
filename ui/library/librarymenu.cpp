#include "ui/library/librarymenu.h"

#include "ui/library/librarywindow.h"
#include "ui/library/listcompleter.h"
#include "ui/library/relatedpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>

namespace Hindsight {

namespace {

struct MenuText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryMenu)
};

RelatedPanel *relatedPanel(QMainWindow *mainWindow, Document *document,
                           const std::function<void(const QString &)> &open)
{
    if (auto *panel = mainWindow->findChild<RelatedPanel *>(QStringLiteral("relatedPanel")))
        return panel;
    auto *dock = new QDockWidget(MenuText::tr("Related incidents"), mainWindow);
    dock->setObjectName(QStringLiteral("relatedDock"));
    auto *panel = new RelatedPanel(document, dock);
    dock->setWidget(panel);
    mainWindow->addDockWidget(Qt::RightDockWidgetArea, dock);
    QObject::connect(panel, &RelatedPanel::openRequested, mainWindow,
                     [open](const QString &path) { open(path); });
    return panel;
}

/// The services and tags of `entries`, each once, sorted.
void completeFrom(QMainWindow *mainWindow, const QList<LibraryEntry> &entries)
{
    QStringList services, tags;
    for (const LibraryEntry &e : entries) {
        services += e.services;
        tags += e.tags;
    }
    for (const auto &[name, values] :
         {std::pair{"servicesEdit", &services}, std::pair{"tagsEdit", &tags}}) {
        values->removeDuplicates();
        values->sort(Qt::CaseInsensitive);
        auto *edit = mainWindow->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!edit)
            continue;
        if (auto *c = qobject_cast<ListCompleter *>(edit->completer()))
            c->setValues(*values);
        else
            new ListCompleter(edit, *values);
    }
}

} // namespace

LibraryWindow *showLibraryWindow(const QString &folder, QMainWindow *mainWindow, Document *document,
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
    if (document) {
        relatedPanel(mainWindow, document, open)->setLibrary(window);
        QObject::connect(window, &LibraryWindow::indexed, mainWindow,
                         [mainWindow, window] { completeFrom(mainWindow, window->entries()); });
        completeFrom(mainWindow, window->entries());
    }
    window->show();
    return window;
}

QAction *addOpenLibraryAction(QMenu *fileMenu, QMainWindow *mainWindow, Document *document,
                              const std::function<void(const QString &)> &open)
{
    QAction *action = fileMenu->addAction(MenuText::tr("Open &Library…"));
    action->setObjectName(QStringLiteral("openLibraryAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    action->setStatusTip(
        MenuText::tr("Open a folder of postmortems: search, filter, statistics, action items"));
    QObject::connect(action, &QAction::triggered, mainWindow, [mainWindow, document, open] {
        const QString folder = QFileDialog::getExistingDirectory(
            mainWindow, MenuText::tr("Open Library"), QString());
        if (!folder.isEmpty())
            showLibraryWindow(folder, mainWindow, document, open);
    });
    return action;
}

} // namespace Hindsight
