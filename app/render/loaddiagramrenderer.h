// The load-distribution diagram as a picture: traffic source -> load balancer -> backends, with
// bands whose width follows each backend's share, % labels, utilisation bars, the overloaded
// backends in a warning colour, a legend and the caption. "During the incident" and "after the
// fix" side by side. QPainter only (Qt Gui + Svg): reentrant, safe off the GUI thread.
#pragma once

#include "core/loaddiagram.h"
#include "core/postmortem.h"
#include "render/htmlrenderer.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Hindsight {

enum class DiagramTheme { Light, Dark };

/// Where the "after the fix" state goes: beside the incident (documents, exports), below it
/// (narrow places such as a preview pane), or stacked only where that fits a target clearly
/// larger (see paintLoadDiagram).
enum class LoadDiagramArrangement { SideBySide, Stacked, Auto };

/// Size the diagram is laid out at, in CSS pixels (1/96 inch): 900 wide with both states side
/// by side, 452 with one state or stacked; the height follows the number of backends, the
/// title and the caption. Every other size draws this layout scaled uniformly (see
/// paintLoadDiagram). Auto is taken as SideBySide here.
QSizeF loadDiagramNaturalSize(const LoadDiagram &diagram, LoadDiagramArrangement arrangement
                                                          = LoadDiagramArrangement::SideBySide);

/// Paints `diagram` into `target` (painter coordinates): the natural layout of `arrangement`
/// scaled uniformly to fit and centred, on the theme's background, which fills all of
/// `target`. Auto stacks the states when that comes out more than 20 % larger in `target`.
/// Text uses pixel-sized fonts without hinting, so every output device gets the same layout.
/// With `titleAndCaption` false the title and the caption are left out (and take no room): a
/// slide shows them in its own, larger type.
void paintLoadDiagram(QPainter &painter, const QRectF &target, const LoadDiagram &diagram,
                      DiagramTheme theme = DiagramTheme::Light,
                      LoadDiagramArrangement arrangement = LoadDiagramArrangement::SideBySide,
                      bool titleAndCaption = true);

/// The diagram as an SVG document of `sizePx` CSS pixels (its viewBox); an empty size means
/// loadDiagramNaturalSize(). Text stays text (<text> elements), so names are searchable.
QByteArray renderLoadDiagramSvg(const LoadDiagram &diagram, QSizeF sizePx = {},
                                DiagramTheme theme = DiagramTheme::Light);

/// The diagram as an opaque image of exactly `pixelSize` device pixels, with devicePixelRatio
/// `devicePixelRatio` (so it shows at pixelSize / ratio logical pixels). A null image for an
/// empty size or one above 20000 px a side.
QImage renderLoadDiagramImage(const LoadDiagram &diagram, QSize pixelSize,
                              DiagramTheme theme = DiagramTheme::Light, qreal devicePixelRatio = 1,
                              LoadDiagramArrangement arrangement
                              = LoadDiagramArrangement::SideBySide);

/// PNG bytes of renderLoadDiagramImage(); empty when that is null.
QByteArray renderLoadDiagramPng(const LoadDiagram &diagram, QSize pixelSize,
                                DiagramTheme theme = DiagramTheme::Light);

/// The size `width` wide with the diagram's natural aspect ratio (height rounded).
QSize loadDiagramSizeForWidth(const LoadDiagram &diagram, int width,
                              LoadDiagramArrangement arrangement
                              = LoadDiagramArrangement::SideBySide);

/// Scale from the natural size to print resolution: 2 device pixels per CSS pixel, so a
/// 900 px wide diagram is 1800 px, i.e. 300 dpi at the 152 mm it is printed across.
inline constexpr qreal kLoadDiagramPrintScale = 2;

/// The URL the preview and the PDF register a diagram's picture under (a QTextDocument image
/// resource): "hindsight-diagram:<id>". Document text cannot name it: Markdown images with a
/// scheme are never let through (see HtmlOptions::baseDirectory).
QUrl loadDiagramResourceUrl(const QString &id);
/// The id in a loadDiagramResourceUrl(), or an empty string for any other URL.
QString loadDiagramIdFromResourceUrl(const QUrl &url);

/// Pictures of every diagram of `pm` as PNG `data:` URLs (drawn at the natural size times
/// kLoadDiagramPrintScale, shown at the natural size), for a standalone HTML file
/// (HtmlOptions::diagramPictures).
QHash<QString, HtmlOptions::DiagramPicture> loadDiagramDataUrls(const Postmortem &pm);

/// The CSS size a diagram is shown at in a column `width` CSS px wide: the full width with the
/// diagram's aspect ratio, shrunk (aspect kept) when that would be taller than `maxHeight`.
QSize loadDiagramDisplaySize(const LoadDiagram &diagram, int width, int maxHeight,
                             LoadDiagramArrangement arrangement
                             = LoadDiagramArrangement::SideBySide);

/// The colours a diagram is drawn with.
struct DiagramPalette
{
    QColor background, surface, text, muted, border, band, ok, busy, overloaded, overloadedFill,
        busyFill, idleFill;
};
DiagramPalette diagramPalette(DiagramTheme theme);

/// One-paragraph text description of the diagram (the SVG's <desc>, alt text for screen
/// readers): per state the rate, the algorithm and each backend's share and utilisation.
QString loadDiagramDescription(const LoadDiagram &diagram);

} // namespace Hindsight
