// Pictures pasted or dropped into a section editor: stored as PNG files in the document's
// NAME.assets folder beside its file, linked from the text as ![](NAME.assets/pasted-1.png).
#pragma once

#include <QObject>
#include <QString>

class QImage;
class QWidget;

namespace Hindsight {

class Document;
class DocumentManager;

/// A document that has no file yet (new, the sample, an import) is saved first: its pictures
/// need a folder beside the file, and a relative link only means something once the file has
/// a place. (A temporary folder until the first save would need every link rewritten and the
/// files moved when it is saved, and would lose them on a crash.)
class PictureAssets : public QObject
{
    Q_OBJECT
public:
    PictureAssets(Document *document, DocumentManager *files, QWidget *dialogParent);

    /// Writes `image` as a PNG in the document's assets folder under a new name made from
    /// `nameHint` ("pasted" gives pasted-1.png, pasted-2.png, …; "graph" gives graph.png,
    /// graph-2.png, …) and returns its link relative to the document ("NAME.assets/x.png",
    /// percent-encoded), or "" when the user did not save the document or writing failed
    /// (then a message says why).
    QString store(const QImage &image, const QString &nameHint);

    /// The first free file name for `nameHint` in `folder` (see store()).
    static QString freeName(const QString &folder, const QString &nameHint);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    Document *m_document;
    DocumentManager *m_files;
    QWidget *m_dialogParent;
};

} // namespace Hindsight
