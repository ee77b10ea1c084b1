// Live preview of the open postmortem, rendered from the model.
#pragma once

#include "postmortem.h"

#include <QFutureWatcher>
#include <QTextBrowser>
#include <QTimer>

namespace Hindsight {

class Document;

/// Shows the document as the exported HTML/PDF will look. Rendering (model -> HTML) runs on a
/// worker thread after a short pause in typing; the pause grows with the document's size.
/// Edits that arrive while a render is running are merged into one follow-up render
/// (in-progress / run-again flags, as KDE ghostwriter does), so typing never waits for it.
///
/// Resources: only files inside the document's folder are loaded (relative image links);
/// network URLs, file:// outside the folder and absolute paths are refused.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(Document *document, QWidget *parent = nullptr);

    /// The folder relative resources resolve against (the document's folder); empty = none.
    void setBaseDirectory(const QString &directory);
    /// Renders now, synchronously (used on open so the first picture is there at once).
    void renderNow();

Q_SIGNALS:
    /// A render finished and its HTML is shown.
    void rendered();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void scheduleRender();
    void startRender();
    void showHtml(const QString &html);

    Document *m_document;
    QString m_baseDirectory;
    QTimer m_debounce;
    QFutureWatcher<QString> m_watcher;
    bool m_renderRunning = false;
    bool m_renderAgain = false;
};

} // namespace Hindsight
