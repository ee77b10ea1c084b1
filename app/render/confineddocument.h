// A QTextDocument for exports that loads images only from inside the document's folder.
#pragma once

#include "render/htmlrenderer.h"

#include <QImage>
#include <QImageReader>
#include <QTextDocument>

namespace Hindsight {

/// QTextDocument whose image resources come from the resources the exporter added (the chart,
/// the diagrams) or from files inside `baseDirectory` (safeLocalResourcePath); anything else —
/// remote URLs, paths leaving the folder — loads nothing, so document text never fetches.
class ConfinedDocument : public QTextDocument
{
public:
    explicit ConfinedDocument(const QString &baseDirectory)
        : m_baseDirectory(baseDirectory)
    {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return QVariant();
        const QString path = safeLocalResourcePath(name, m_baseDirectory);
        if (path.isEmpty())
            return QVariant();
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        return image.isNull() ? QVariant() : QVariant(image);
    }

private:
    QString m_baseDirectory;
};

} // namespace Hindsight
