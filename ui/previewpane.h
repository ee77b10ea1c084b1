// Live preview of the open postmortem, rendered from the model.
#pragma once

#include "htmlrenderer.h"
#include "postmortem.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
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
/// network URLs, file:// outside the folder and absolute paths are refused. The one exception
/// is the timeline chart, which the pane draws itself (on the GUI thread, before each render,
/// only when the timeline, the incident window, the zone or the pane's width changed) and
/// serves under timelineChartResourceUrl(); document text cannot name that URL. Load diagrams
/// linked from the text are drawn the same way (loadDiagramResourceUrl(id), only redrawn when
/// their spec or size changed); double-clicking one emits diagramActivated(id).
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(Document *document, QWidget *parent = nullptr);

    /// The folder relative resources resolve against (the document's folder); empty = none.
    void setBaseDirectory(const QString &directory);
    /// Renders now, synchronously (used on open so the first picture is there at once).
    void renderNow();
    /// Dark page and diagrams (the dark theme), and the body font (`family` empty and
    /// `pointSize` 0: the style sheet's). Re-renders when something changed.
    void setAppearance(bool dark, const QString &family, qreal pointSize);
    bool isDark() const { return m_dark; }

    /// The id of the load diagram whose picture is at `viewportPos` (viewport coordinates),
    /// or an empty string.
    QString diagramAt(const QPoint &viewportPos) const;
    /// The picture shown for diagram `id` (null when it is not shown).
    QImage diagramImage(const QString &id) const { return m_diagramImages.value(id).image; }

Q_SIGNALS:
    /// A render finished and its HTML is shown.
    void rendered();
    /// The user double-clicked the picture of load diagram `id` (to edit it).
    void diagramActivated(const QString &id);

public:
    /// The chart picture shown in the Timeline section (null when there is none).
    QImage timelineChartImage() const { return m_chartImage; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void scheduleRender();
    void startRender();
    void showHtml(const QString &html);
    /// Redraws the chart when what it shows or the pane's width changed; returns the options
    /// (base directory, chart URL and size) for the next renderHtml.
    HtmlOptions prepareRender();

    Document *m_document;
    QString m_baseDirectory;
    QTimer m_debounce;
    QFutureWatcher<QString> m_watcher;
    bool m_renderRunning = false;
    bool m_renderAgain = false;
    QImage m_chartImage;
    QSize m_chartSize;        ///< CSS pixels the chart is shown at
    Postmortem m_chartSource; ///< what m_chartImage was drawn from (implicitly shared copy)
    qreal m_chartScale = 0;
    bool m_chartDrawn = false;
    /// Load-diagram pictures by id, each redrawn only when its spec, size or scale changed.
    struct DiagramImage
    {
        LoadDiagram spec;
        QSize size; ///< CSS pixels
        qreal scale = 0;
        QImage image;
    };
    QHash<QString, DiagramImage> m_diagramImages;
    bool m_dark = false;
    QString m_fontFamily;
    qreal m_fontPointSize = 0;
};

} // namespace Hindsight
