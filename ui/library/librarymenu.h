// File > Open Library…: how the main window reaches the library window.
#pragma once

#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Hindsight {

class LibraryWindow;

/// Adds "Open &Library…" (Ctrl+Shift+L) to `fileMenu`. It asks for a folder and shows a
/// LibraryWindow for it (a top-level window owned by `mainWindow`, deleted when closed);
/// opening a postmortem there calls `open` with the file's absolute path and raises
/// `mainWindow`.
QAction *addOpenLibraryAction(QMenu *fileMenu, QWidget *mainWindow,
                              const std::function<void(const QString &)> &open);

/// Shows a library window for `folder` wired as addOpenLibraryAction() does; returns it.
LibraryWindow *showLibraryWindow(const QString &folder, QWidget *mainWindow,
                                 const std::function<void(const QString &)> &open);

} // namespace Hindsight
