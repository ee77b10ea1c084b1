// PNG encoding shared by the chart and diagram renderers.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace Hindsight {

/// `image` as PNG file bytes (lossless, Qt's default compression); empty for a null image.
inline QByteArray pngBytes(const QImage &image)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Hindsight
