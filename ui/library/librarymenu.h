// File > Open Library…: how the main window reaches the library window, the related-incidents
// panel and the completion of services and tags.
#pragma once

#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace Hindsight {

class Document;
class LibraryWindow;

/// Adds "Open &Library…" (Ctrl+Shift+L) to `fileMenu`. It asks for a folder and calls
/// showLibraryWindow().
QAction *addOpenLibraryAction(QMenu *fileMenu, QMainWindow *mainWindow, Document *document,
                              const std::function<void(const QString &)> &open);

/// Shows a LibraryWindow for `folder` (a top-level window owned by `mainWindow`, deleted when
/// closed) and returns it. Opening a postmortem there calls `open` with its absolute path and
/// raises `mainWindow`. The main window gets a "Related incidents" dock (RelatedPanel on
/// `document`) comparing with this library, and the form's services and tags fields (object
/// names "servicesEdit", "tagsEdit") complete from the library's values.
LibraryWindow *showLibraryWindow(const QString &folder, QMainWindow *mainWindow, Document *document,
                                 const std::function<void(const QString &)> &open);

} // namespace Hindsight
