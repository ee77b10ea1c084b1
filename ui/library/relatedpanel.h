// The editor's "Related incidents" panel: the open library's postmortems most like the one
// being edited.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace Hindsight {

class Document;
class LibraryWindow;

/// Shows the three postmortems of `library` most related to `document` (relatedIncidents():
/// shared services, tags and root-cause terms) with what they share. Refreshes after an edit
/// (debounced) and after each index update; Enter or a double-click emits openRequested() with
/// the absolute path.
class RelatedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedPanel(Document *document, QWidget *parent = nullptr);
    /// The library to compare with (null: none, the panel says so).
    void setLibrary(LibraryWindow *library);
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &absolutePath);

private:
    Document *m_document;
    QPointer<LibraryWindow> m_library;
    QListWidget *m_list;
    QLabel *m_hint;
    QTimer *m_timer;
};

} // namespace Hindsight
