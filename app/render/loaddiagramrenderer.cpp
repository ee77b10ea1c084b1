#include "render/loaddiagramrenderer.h"

#include "core/displaynames.h"
#include "core/documentlanguage.h"

#include "render/pngbytes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Hindsight {

namespace {

// Every string a reader sees, in one place ---------------------------------------------------
/// Context of this file's user-visible strings (lupdate reads the macro's argument).
struct RendererText
{
#if 0 // for lupdate: the strings' context
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LoadDiagramRenderer)
#endif
    HINDSIGHT_DOCUMENT_TR_FUNCTIONS(Hindsight::LoadDiagramRenderer) // in the document language
};

namespace Text {
QString clients()
{
    return RendererText::tr("Clients");
}
QString reqPerSecond()
{
    return RendererText::tr("req/s");
}
QString loadBalancer()
{
    return RendererText::tr("Load balancer");
}
QString algorithm(BalancingAlgorithm a)
{
    return algorithmTitle(a);
}
QString defaultLabel(bool fixed)
{
    return fixed ? RendererText::tr("After the fix") : RendererText::tr("During the incident");
}
QString untitled()
{
    return RendererText::tr("Load distribution");
}
} // namespace Text

// Layout constants, in CSS pixels of the natural layout --------------------------------------
constexpr qreal kMargin = 16;
constexpr qreal kPanelWidth = 420;
constexpr qreal kGutter = 28;
constexpr qreal kSourceX = 0, kSourceW = 70, kSourceH = 66;
constexpr qreal kLbX = 88, kLbW = 110;
constexpr qreal kBoxX = 240, kBoxW = 180, kBoxH = 58, kRowGap = 10;
constexpr qreal kArrowHead = 8;
constexpr qreal kBandScale = 40; ///< band thickness for 100 % of the traffic
constexpr qreal kMinBand = 1.5;
constexpr qreal kPad = 8;

const QString kFontFamily = QStringLiteral("DejaVu Sans");

QFont font(int pixelSize, bool bold = false, bool italic = false)
{
    QFont f(kFontFamily);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QString number(double v)
{
    return documentLocale().toString(v, 'f', 0);
}

QString percent(double fraction)
{
    if (fraction > 0 && fraction < 0.005)
        return RendererText::tr("<1%");
    if (!std::isfinite(fraction))
        return RendererText::tr("∞");
    return RendererText::tr("%1%").arg(documentLocale().toString(fraction * 100, 'f', 0));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// Height of `text` wrapped to `width` in `f`.
qreal wrappedHeight(const QString &text, const QFont &f, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(f);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// The model of one panel, ready to draw -------------------------------------------------------

struct LbText
{
    QString text;
    bool warning = false;
};

struct Panel
{
    const LoadScenario *scenario = nullptr;
    ScenarioLoad load;
    QString label;
    QString summary;
    bool summaryBad = false;
    QList<LbText> lbLines;
    qreal lbHeight = 0;
    qreal flowHeight = 0;
    qreal headerHeight = 0;
};

QList<LbText> lbLines(const LoadScenario &s, const ScenarioLoad &load)
{
    QList<LbText> lines;
    lines.append({Text::algorithm(s.algorithm), false});
    if (s.pinnedFraction > 0 && !s.pinnedBackend.isEmpty())
        lines.append({RendererText::tr("%1 of sessions pinned to %2")
                          .arg(percent(std::clamp(s.pinnedFraction, 0.0, 1.0)), s.pinnedBackend),
                      true});
    const bool portsDiffer
        = s.servingPort > 0 && s.healthCheckPort > 0 && s.servingPort != s.healthCheckPort;
    if (portsDiffer)
        lines.append({RendererText::tr("health check port\u00a0%1 \u2260 service port\u00a0%2")
                          .arg(s.healthCheckPort)
                          .arg(s.servingPort),
                      true});
    else if (s.healthCheckPort > 0)
        lines.append({RendererText::tr("health check port\u00a0%1").arg(s.healthCheckPort), false});
    if (load.unservedShare > 0)
        lines.append({load.inRotationCount == 0
                          ? RendererText::tr("no backend in rotation: every request fails")
                          : RendererText::tr("%1 of requests have no backend")
                                .arg(percent(load.unservedShare)),
                      true});
    return lines;
}

qreal lbBoxHeight(const QList<LbText> &lines)
{
    qreal h = kPad + QFontMetricsF(font(12, true)).height() + 4;
    for (const LbText &l : lines)
        h += wrappedHeight(l.text, font(10), kLbW - 2 * kPad) + 3;
    return std::max<qreal>(h + kPad, 84);
}

Panel makePanel(const LoadScenario &s, bool fixed)
{
    Panel p;
    p.scenario = &s;
    p.load = computeLoad(s);
    p.label = s.label.trimmed().isEmpty() ? Text::defaultLabel(fixed) : s.label.simplified();
    QStringList parts;
    parts << RendererText::tr("%1 of %2 backends in rotation")
                 .arg(p.load.inRotationCount)
                 .arg(s.backends.size());
    if (p.load.overloadedCount > 0)
        parts << RendererText::tr("%1 overloaded").arg(p.load.overloadedCount);
    const double rate = std::max(0.0, s.requestRate);
    if (p.load.failedRate > 0.5 && rate > 0) {
        parts << RendererText::tr("~%1 req/s (%2) not served")
                     .arg(number(p.load.failedRate), percent(p.load.failedRate / rate));
        p.summaryBad = true;
    } else {
        parts << RendererText::tr("all requests served");
    }
    p.summary = parts.join(QStringLiteral(" · "));
    p.lbLines = lbLines(s, p.load);
    p.lbHeight = lbBoxHeight(p.lbLines);
    const qreal rows = std::max<qsizetype>(s.backends.size(), 1);
    p.flowHeight = std::max(rows * (kBoxH + kRowGap) - kRowGap, p.lbHeight);
    p.flowHeight = std::max(p.flowHeight, kSourceH);
    return p;
}

/// Everything that decides the natural layout.
struct Layout
{
    bool stacked = false; ///< states one above the other instead of side by side
    QList<Panel> panels;
    QString title;
    QString caption;
    qreal width = 0;
    qreal titleHeight = 0;
    qreal headerHeight = 0;
    qreal flowHeight = 0;
    qreal legendHeight = 0;
    qreal captionHeight = 0;
    qreal height = 0;
    QList<std::pair<int, QString>> legend; ///< kind, label
};

enum LegendKind { LegendOk, LegendBusy, LegendOverloaded, LegendIdle, LegendBand };

QList<QRectF> legendItemRects(const Layout &l, qreal top)
{
    // Items flow left to right and wrap: swatch (22) + gap (6) + text + spacing (18).
    QList<QRectF> rects;
    const QFontMetricsF fm(font(11));
    qreal x = kMargin;
    qreal y = top;
    const qreal h = fm.height();
    for (const auto &[kind, text] : l.legend) {
        Q_UNUSED(kind);
        const qreal w = 22 + 6 + fm.horizontalAdvance(text) + 2;
        if (x > kMargin && x + w > l.width - kMargin) {
            x = kMargin;
            y += h + 6;
        }
        rects.append(QRectF(x, y, w, h));
        x += w + 18;
    }
    return rects;
}

Layout makeLayout(const LoadDiagram &d, bool stacked, bool titleAndCaption = true)
{
    Layout l;
    l.stacked = stacked && d.fixed;
    l.panels.append(makePanel(d.incident, false));
    if (d.fixed)
        l.panels.append(makePanel(*d.fixed, true));
    const qsizetype across = l.stacked ? 1 : l.panels.size();
    l.width = 2 * kMargin + across * kPanelWidth + (across - 1) * kGutter;
    l.title = d.title.simplified().isEmpty() ? Text::untitled() : d.title.simplified();
    l.caption = d.caption.simplified();
    const qreal inner = l.width - 2 * kMargin;
    l.titleHeight = wrappedHeight(l.title, font(17, true), inner) + 10;
    if (!titleAndCaption) {
        l.title.clear();
        l.caption.clear();
        l.titleHeight = 0;
    }
    for (Panel &p : l.panels) {
        p.headerHeight = QFontMetricsF(font(14, true)).height() + 2
                         + wrappedHeight(p.summary, font(11), kPanelWidth) + 14;
        l.headerHeight = std::max(l.headerHeight, p.headerHeight);
        l.flowHeight = std::max(l.flowHeight, p.flowHeight);
    }
    qreal panelsHeight = l.headerHeight + l.flowHeight;
    if (l.stacked) {
        panelsHeight = 0;
        for (const Panel &p : std::as_const(l.panels))
            panelsHeight += p.headerHeight + p.flowHeight;
        panelsHeight += (l.panels.size() - 1) * kGutter;
    } else {
        // Side by side, the states share one header height and one flow height so their
        // boxes line up.
        for (Panel &p : l.panels) {
            p.headerHeight = l.headerHeight;
            p.flowHeight = l.flowHeight;
        }
    }
    l.legend = {{LegendOk, RendererText::tr("utilisation up to %1").arg(percent(kBusyUtilisation))},
                {LegendBusy, RendererText::tr("busy: %1–100%").arg(percent(kBusyUtilisation))},
                {LegendOverloaded, RendererText::tr("overloaded or failing")},
                {LegendIdle, RendererText::tr("no traffic")},
                {LegendBand, RendererText::tr("band width = share of requests")}};
    const QList<QRectF> legend = legendItemRects(l, 0);
    l.legendHeight = legend.isEmpty() ? 0 : legend.last().bottom() + 4;
    l.captionHeight = l.caption.isEmpty() ? 0 : wrappedHeight(l.caption, font(12), inner) + 8;
    l.height
        = kMargin + l.titleHeight + panelsHeight + 22 + l.legendHeight + l.captionHeight + kMargin;
    return l;
}

// Drawing ---------------------------------------------------------------------------------------

/// A horizontal band from (x0, y0 ± t/2) to (x1, y1 ± t/2), S-curved, then an arrowhead.
void drawBand(QPainter &p, qreal x0, qreal y0, qreal x1, qreal y1, qreal t, const QColor &c)
{
    const qreal xe = x1 - kArrowHead;
    const qreal mx = (x0 + xe) / 2;
    QPainterPath path;
    path.moveTo(x0, y0 - t / 2);
    path.cubicTo(mx, y0 - t / 2, mx, y1 - t / 2, xe, y1 - t / 2);
    path.lineTo(xe, y1 + t / 2);
    path.cubicTo(mx, y1 + t / 2, mx, y0 + t / 2, x0, y0 + t / 2);
    path.closeSubpath();
    p.fillPath(path, c);
    const qreal head = std::max<qreal>(t + 6, 9);
    QPainterPath arrow;
    arrow.moveTo(xe, y1 - head / 2);
    arrow.lineTo(x1, y1);
    arrow.lineTo(xe, y1 + head / 2);
    arrow.closeSubpath();
    p.fillPath(arrow, c);
}

void drawDashedLink(QPainter &p, qreal x0, qreal y0, qreal x1, qreal y1, const QColor &c)
{
    QPen pen(c, 1.2, Qt::DashLine);
    pen.setDashPattern({3, 3});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal mx = (x0 + x1) / 2;
    QPainterPath path;
    path.moveTo(x0, y0);
    path.cubicTo(mx, y0, mx, y1, x1, y1);
    p.drawPath(path);
}

QString notInRotationReason(const LoadScenario &s, const Backend &b)
{
    if (!b.inPool)
        return RendererText::tr("missing from the pool");
    if (b.health == BackendHealth::Drained)
        return RendererText::tr("drained");
    const bool portsDiffer
        = s.servingPort > 0 && s.healthCheckPort > 0 && s.servingPort != s.healthCheckPort;
    if (portsDiffer)
        return b.health == BackendHealth::Down
                   ? RendererText::tr("down; check on port\u00a0%1 fails").arg(s.healthCheckPort)
                   : RendererText::tr("check on port\u00a0%1 fails").arg(s.healthCheckPort);
    return RendererText::tr("down; taken out by the check");
}

void drawBackend(QPainter &p, const QRectF &box, const LoadScenario &s, const Backend &b,
                 const BackendLoad &l, const DiagramPalette &c)
{
    const bool idle = !l.inRotation || l.share <= 0;
    const bool bad = l.overloaded || l.failing;
    QColor fill = c.surface;
    QColor border = c.border;
    if (bad) {
        fill = c.overloadedFill;
        border = c.overloaded;
    } else if (l.busy) {
        fill = c.busyFill;
        border = c.busy;
    } else if (idle) {
        fill = c.idleFill;
    }
    QPen pen(border, bad || l.busy ? 1.8 : 1.0);
    if (!b.inPool)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QColor textColor = idle ? c.muted : c.text;
    const QRectF inner = box.adjusted(kPad, 5, -kPad, -5);
    // Line 1: name, share.
    const QFont shareFont = font(15, true);
    const QString share = percent(l.share);
    const qreal shareW = QFontMetricsF(shareFont).horizontalAdvance(share) + 2;
    const QFont nameFont = font(13, true);
    const qreal line1 = QFontMetricsF(shareFont).height();
    const QString name
        = b.name.trimmed().isEmpty() ? RendererText::tr("(unnamed)") : b.name.simplified();
    p.setFont(nameFont);
    p.setPen(textColor);
    p.drawText(
        QRectF(inner.left(), inner.top(), inner.width() - shareW - 6, line1),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(nameFont).elidedText(name, Qt::ElideRight, inner.width() - shareW - 6));
    p.setFont(shareFont);
    p.setPen(bad ? c.overloaded : textColor);
    p.drawText(QRectF(inner.right() - shareW, inner.top(), shareW, line1),
               Qt::AlignRight | Qt::AlignVCenter, share);

    // Line 2: rate and capacity, or why it gets nothing.
    const QFont small = font(10);
    const qreal line2Top = inner.top() + line1;
    const qreal line2 = QFontMetricsF(small).height() + 2;
    QString detail;
    QColor detailColor = c.muted;
    if (!l.inRotation) {
        detail = notInRotationReason(s, b);
    } else if (l.failing) {
        detail = RendererText::tr("service down: requests fail");
        detailColor = c.overloaded;
    } else {
        const QString rate
            = l.spread > 0.5
                  ? RendererText::tr("%1 ± %2 req/s").arg(number(l.requestRate), number(l.spread))
                  : RendererText::tr("%1 req/s").arg(number(l.requestRate));
        detail = RendererText::tr("%1 · cap %2").arg(rate, number(b.capacity));
        if (b.health == BackendHealth::Degraded)
            detail += RendererText::tr(" · degraded");
    }
    p.setFont(small);
    p.setPen(detailColor);
    p.drawText(QRectF(inner.left(), line2Top, inner.width(), line2),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(small).elidedText(detail, Qt::ElideRight, inner.width()));

    // Line 3: utilisation bar and value.
    if (!l.inRotation || l.failing)
        return;
    const QFont valueFont = font(10, true);
    const QString value = RendererText::tr("%1 load").arg(percent(l.utilisation));
    const qreal valueW = QFontMetricsF(valueFont).horizontalAdvance(value) + 2;
    const qreal barTop = inner.bottom() - 8;
    const QRectF bar(inner.left(), barTop + 0.5, inner.width() - valueW - 8, 7);
    const QColor level = l.overloaded ? c.overloaded : l.busy ? c.busy : c.ok;
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(c.muted, 60));
    p.drawRoundedRect(bar, 3.5, 3.5);
    const qreal filled = std::clamp(std::isfinite(l.utilisation) ? l.utilisation : 1.0, 0.0, 1.0);
    if (filled > 0) {
        p.setBrush(level);
        p.drawRoundedRect(QRectF(bar.left(), bar.top(),
                                 std::max(bar.height(), bar.width() * filled), bar.height()),
                          3.5, 3.5);
    }
    p.setFont(valueFont);
    p.setPen(l.overloaded ? c.overloaded : l.busy ? c.busy : c.muted);
    p.drawText(QRectF(inner.right() - valueW, barTop - 4, valueW, 15),
               Qt::AlignRight | Qt::AlignVCenter, value);
}

void drawPanel(QPainter &p, const Panel &panel, qreal left, qreal top, qreal headerHeight,
               qreal flowHeight, const DiagramPalette &c)
{
    const LoadScenario &s = *panel.scenario;
    // Heading and summary.
    const QFont headingFont = font(14, true);
    p.setFont(headingFont);
    p.setPen(c.text);
    const qreal hh = QFontMetricsF(headingFont).height();
    p.drawText(QRectF(left, top, kPanelWidth, hh), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(headingFont).elidedText(panel.label, Qt::ElideRight, kPanelWidth));
    p.setFont(font(11));
    p.setPen(panel.summaryBad ? c.overloaded : c.muted);
    p.drawText(QRectF(left, top + hh + 2, kPanelWidth, headerHeight - hh), Qt::TextWordWrap,
               panel.summary);

    const qreal flowTop = top + headerHeight;
    const qreal mid = flowTop + flowHeight / 2;
    const qsizetype n = s.backends.size();
    const qreal rowsHeight = n * (kBoxH + kRowGap) - kRowGap;
    const qreal rowsTop = flowTop + (flowHeight - rowsHeight) / 2;

    // Source.
    const QRectF source(left + kSourceX, mid - kSourceH / 2, kSourceW, kSourceH);
    p.setPen(QPen(c.border, 1));
    p.setBrush(c.surface);
    p.drawRoundedRect(source.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.setPen(c.muted);
    p.setFont(font(10));
    p.drawText(source.adjusted(2, 6, -2, 0), Qt::AlignHCenter | Qt::AlignTop, Text::clients());
    p.setPen(c.text);
    p.setFont(font(14, true));
    const QString rate = number(std::max(0.0, s.requestRate));
    p.drawText(source.adjusted(2, 0, -2, 0), Qt::AlignCenter,
               QFontMetricsF(font(14, true)).elidedText(rate, Qt::ElideRight, kSourceW - 4));
    p.setPen(c.muted);
    p.setFont(font(10));
    p.drawText(source.adjusted(2, 0, -2, -6), Qt::AlignHCenter | Qt::AlignBottom,
               Text::reqPerSecond());

    // Load balancer.
    const QRectF lb(left + kLbX, mid - panel.lbHeight / 2, kLbW, panel.lbHeight);
    const qreal fullBand = s.requestRate > 0 ? kBandScale : kMinBand;
    drawBand(p, source.right(), mid, lb.left(), mid, fullBand, withAlpha(c.band, 150));

    // Bands to the backends, stacked on the balancer's right edge like a Sankey diagram.
    qreal stackTotal = 0;
    for (const BackendLoad &l : panel.load.backends)
        if (l.share > 0)
            stackTotal += std::max(kMinBand, l.share * fullBand);
    qreal stackY = mid - stackTotal / 2;
    for (qsizetype i = 0; i < n; ++i) {
        const BackendLoad &l = panel.load.backends[i];
        const qreal boxMid = rowsTop + i * (kBoxH + kRowGap) + kBoxH / 2;
        if (l.share <= 0) {
            drawDashedLink(p, lb.right(), mid, left + kBoxX, boxMid, withAlpha(c.muted, 170));
            continue;
        }
        const qreal t = std::max(kMinBand, l.share * fullBand);
        const QColor colour = (l.overloaded || l.failing) ? withAlpha(c.overloaded, 190)
                              : l.busy                    ? withAlpha(c.busy, 190)
                                                          : withAlpha(c.band, 150);
        drawBand(p, lb.right(), stackY + t / 2, left + kBoxX, boxMid, t, colour);
        stackY += t;
    }

    p.setPen(QPen(c.border, 1));
    p.setBrush(c.surface);
    p.drawRoundedRect(lb.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    qreal y = lb.top() + kPad;
    p.setPen(c.text);
    p.setFont(font(12, true));
    const qreal th = QFontMetricsF(font(12, true)).height();
    p.drawText(QRectF(lb.left() + 2, y, lb.width() - 4, th), Qt::AlignHCenter | Qt::AlignVCenter,
               QFontMetricsF(font(12, true))
                   .elidedText(Text::loadBalancer(), Qt::ElideRight, lb.width() - 4));
    y += th + 4;
    p.setFont(font(10));
    for (const LbText &line : panel.lbLines) {
        const qreal h = wrappedHeight(line.text, font(10), kLbW - 2 * kPad);
        p.setPen(line.warning ? c.overloaded : c.muted);
        p.drawText(QRectF(lb.left() + kPad, y, kLbW - 2 * kPad, h),
                   Qt::AlignHCenter | Qt::TextWordWrap, line.text);
        y += h + 3;
    }

    // Backends.
    for (qsizetype i = 0; i < n; ++i) {
        const QRectF box(left + kBoxX, rowsTop + i * (kBoxH + kRowGap), kBoxW, kBoxH);
        drawBackend(p, box, s, s.backends[i], panel.load.backends[i], c);
    }
    if (n == 0) {
        p.setPen(c.muted);
        p.setFont(font(11, false, true));
        p.drawText(QRectF(left + kBoxX, mid - 20, kBoxW, 40), Qt::AlignCenter,
                   RendererText::tr("no backends"));
    }
}

void drawLegend(QPainter &p, const Layout &l, qreal top, const DiagramPalette &c)
{
    const QList<QRectF> rects = legendItemRects(l, top);
    p.setFont(font(11));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF r = rects[i];
        const QRectF swatch(r.left(), r.center().y() - 5, 22, 10);
        p.setPen(Qt::NoPen);
        switch (l.legend[i].first) {
        case LegendOk:
            p.setBrush(c.ok);
            p.drawRoundedRect(swatch.adjusted(0, 1.5, 0, -1.5), 3.5, 3.5);
            break;
        case LegendBusy:
            p.setBrush(c.busy);
            p.drawRoundedRect(swatch.adjusted(0, 1.5, 0, -1.5), 3.5, 3.5);
            break;
        case LegendOverloaded:
            p.setPen(QPen(c.overloaded, 1.6));
            p.setBrush(c.overloadedFill);
            p.drawRoundedRect(swatch, 3, 3);
            break;
        case LegendIdle: {
            QPen pen(c.border, 1, Qt::DashLine);
            p.setPen(pen);
            p.setBrush(c.idleFill);
            p.drawRoundedRect(swatch, 3, 3);
            break;
        }
        case LegendBand: {
            QPainterPath wedge;
            wedge.moveTo(swatch.left(), swatch.center().y() - 1);
            wedge.lineTo(swatch.right() - 6, swatch.top());
            wedge.lineTo(swatch.right(), swatch.center().y());
            wedge.lineTo(swatch.right() - 6, swatch.bottom());
            wedge.lineTo(swatch.left(), swatch.center().y() + 1);
            wedge.closeSubpath();
            p.fillPath(wedge, withAlpha(c.band, 170));
            break;
        }
        }
        p.setPen(c.muted);
        p.drawText(QRectF(r.left() + 28, r.top(), r.width() - 28, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, l.legend[i].second);
    }
}

void paintNatural(QPainter &p, const Layout &l, const DiagramPalette &c)
{
    const qreal inner = l.width - 2 * kMargin;
    qreal y = kMargin;
    p.setPen(c.text);
    p.setFont(font(17, true));
    if (!l.title.isEmpty())
        p.drawText(QRectF(kMargin, y, inner, l.titleHeight), Qt::TextWordWrap, l.title);
    y += l.titleHeight;

    qreal bottom = y;
    for (qsizetype i = 0; i < l.panels.size(); ++i) {
        const Panel &panel = l.panels[i];
        if (l.stacked) {
            if (i > 0) {
                p.setPen(QPen(c.border, 1));
                const qreal lineY = y - kGutter / 2;
                p.drawLine(QPointF(kMargin, lineY), QPointF(l.width - kMargin, lineY));
            }
            drawPanel(p, panel, kMargin, y, panel.headerHeight, panel.flowHeight, c);
            y += panel.headerHeight + panel.flowHeight + kGutter;
            bottom = y - kGutter;
        } else {
            const qreal left = kMargin + i * (kPanelWidth + kGutter);
            if (i > 0) {
                p.setPen(QPen(c.border, 1));
                const qreal x = left - kGutter / 2;
                p.drawLine(QPointF(x, y), QPointF(x, y + l.headerHeight + l.flowHeight));
            }
            drawPanel(p, panel, left, y, l.headerHeight, l.flowHeight, c);
            bottom = y + l.headerHeight + l.flowHeight;
        }
    }
    y = bottom + 12;
    p.setPen(QPen(c.border, 1));
    p.drawLine(QPointF(kMargin, y), QPointF(l.width - kMargin, y));
    y += 10;
    drawLegend(p, l, y, c);
    y += l.legendHeight;
    if (!l.caption.isEmpty()) {
        p.setPen(c.text);
        p.setFont(font(12));
        p.drawText(QRectF(kMargin, y + 6, inner, l.captionHeight), Qt::TextWordWrap, l.caption);
    }
}

} // namespace

DiagramPalette diagramPalette(DiagramTheme theme)
{
    if (theme == DiagramTheme::Dark)
        return {QColor(0x1b, 0x1f, 0x26), QColor(0x27, 0x2d, 0x36), QColor(0xe8, 0xec, 0xf1),
                QColor(0xa3, 0xae, 0xbb), QColor(0x4a, 0x53, 0x61), QColor(0x6f, 0x9f, 0xe8),
                QColor(0x4c, 0xc3, 0x7a), QColor(0xf2, 0xb1, 0x3c), QColor(0xff, 0x6b, 0x6b),
                QColor(0x45, 0x22, 0x27), QColor(0x42, 0x36, 0x1c), QColor(0x21, 0x25, 0x2c)};
    return {QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf9, 0xfb), QColor(0x1f, 0x29, 0x33),
            QColor(0x5f, 0x6b, 0x7a), QColor(0xc5, 0xce, 0xd8), QColor(0x3d, 0x72, 0xc4),
            QColor(0x2b, 0x9a, 0x5a), QColor(0xc7, 0x7c, 0x02), QColor(0xc9, 0x2a, 0x2a),
            QColor(0xfd, 0xec, 0xec), QColor(0xfd, 0xf4, 0xe3), QColor(0xee, 0xf1, 0xf4)};
}

QSizeF loadDiagramNaturalSize(const LoadDiagram &diagram, LoadDiagramArrangement arrangement)
{
    const Layout l = makeLayout(diagram, arrangement == LoadDiagramArrangement::Stacked);
    return QSizeF(l.width, std::ceil(l.height));
}

QSize loadDiagramSizeForWidth(const LoadDiagram &diagram, int width,
                              LoadDiagramArrangement arrangement)
{
    const QSizeF natural = loadDiagramNaturalSize(diagram, arrangement);
    return QSize(width, qRound(width * natural.height() / natural.width()));
}

void paintLoadDiagram(QPainter &painter, const QRectF &target, const LoadDiagram &diagram,
                      DiagramTheme theme, LoadDiagramArrangement arrangement, bool titleAndCaption)
{
    const DiagramPalette c = diagramPalette(theme);
    Layout l = makeLayout(diagram, arrangement == LoadDiagramArrangement::Stacked, titleAndCaption);
    const auto fit = [&target](const Layout &layout) {
        return std::min(target.width() / layout.width, target.height() / layout.height);
    };
    if (arrangement == LoadDiagramArrangement::Auto && diagram.fixed) {
        Layout stacked = makeLayout(diagram, true, titleAndCaption);
        // Side by side is how documents show it: stacked only when clearly larger.
        if (fit(stacked) > 1.2 * fit(l))
            l = stacked;
    }
    painter.save();
    painter.fillRect(target, c.background);
    const qreal scale = fit(l);
    if (scale > 0) {
        painter.translate(target.left() + (target.width() - l.width * scale) / 2,
                          target.top() + (target.height() - l.height * scale) / 2);
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintNatural(painter, l, c);
    }
    painter.restore();
}

QByteArray renderLoadDiagramSvg(const LoadDiagram &diagram, QSizeF sizePx, DiagramTheme theme)
{
    if (sizePx.isEmpty())
        sizePx = loadDiagramNaturalSize(diagram);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(sizePx.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), sizePx));
    // QSvgGenerator writes title and description into the XML as given (Qt 6.4): escape them.
    generator.setTitle(
        (diagram.title.simplified().isEmpty() ? Text::untitled() : diagram.title.simplified())
            .toHtmlEscaped());
    generator.setDescription(loadDiagramDescription(diagram).toHtmlEscaped());
    QPainter painter(&generator);
    paintLoadDiagram(painter, QRectF(QPointF(0, 0), sizePx), diagram, theme);
    painter.end();
    return svg;
}

QImage renderLoadDiagramImage(const LoadDiagram &diagram, QSize pixelSize, DiagramTheme theme,
                              qreal devicePixelRatio, LoadDiagramArrangement arrangement)
{
    if (pixelSize.isEmpty() || pixelSize.width() > 20000 || pixelSize.height() > 20000)
        return {};
    // Opaque (RGB32): a PDF then gets one image, not an image and a soft mask.
    QImage image(pixelSize, QImage::Format_RGB32);
    image.fill(diagramPalette(theme).background);
    {
        QPainter painter(&image);
        paintLoadDiagram(painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)), diagram, theme,
                         arrangement);
    }
    image.setDevicePixelRatio(std::max<qreal>(devicePixelRatio, 0.01));
    return image;
}

QByteArray renderLoadDiagramPng(const LoadDiagram &diagram, QSize pixelSize, DiagramTheme theme)
{
    return pngBytes(renderLoadDiagramImage(diagram, pixelSize, theme));
}

QHash<QString, HtmlOptions::DiagramPicture> loadDiagramDataUrls(const Postmortem &pm)
{
    QHash<QString, HtmlOptions::DiagramPicture> pictures;
    for (const LoadDiagram &d : pm.diagrams) {
        const QSizeF natural = loadDiagramNaturalSize(d);
        const QByteArray png = renderLoadDiagramPng(d, (natural * kLoadDiagramPrintScale).toSize());
        if (png.isEmpty())
            continue;
        pictures.insert(
            d.id, {QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()),
                   natural.toSize()});
    }
    return pictures;
}

QSize loadDiagramDisplaySize(const LoadDiagram &diagram, int width, int maxHeight,
                             LoadDiagramArrangement arrangement)
{
    const QSizeF natural = loadDiagramNaturalSize(diagram, arrangement);
    QSizeF size(width, width * natural.height() / natural.width());
    if (maxHeight > 0 && size.height() > maxHeight)
        size = QSizeF(maxHeight * natural.width() / natural.height(), maxHeight);
    return QSize(qMax(1, qRound(size.width())), qMax(1, qRound(size.height())));
}

QUrl loadDiagramResourceUrl(const QString &id)
{
    QUrl url;
    url.setScheme(QStringLiteral("hindsight-diagram"));
    url.setPath(id);
    return url;
}

QString loadDiagramIdFromResourceUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("hindsight-diagram") || !url.host().isEmpty())
        return QString();
    const QString id = url.path();
    return isValidDiagramId(id) ? id : QString();
}

QString loadDiagramDescription(const LoadDiagram &diagram)
{
    QStringList parts;
    const auto describe = [&](const LoadScenario &s, bool fixed) {
        const ScenarioLoad load = computeLoad(s);
        QStringList backends;
        for (qsizetype i = 0; i < s.backends.size(); ++i) {
            const BackendLoad &l = load.backends[i];
            const QString name = s.backends[i].name.simplified();
            if (!l.inRotation)
                backends << RendererText::tr("%1 not in rotation").arg(name);
            else if (l.failing)
                backends << RendererText::tr("%1 %2 (failing)").arg(name, percent(l.share));
            else
                backends << RendererText::tr("%1 %2 (%3 load%4)")
                                .arg(name, percent(l.share), percent(l.utilisation),
                                     l.overloaded ? RendererText::tr(", overloaded") : QString());
        }
        const QString label
            = s.label.simplified().isEmpty() ? Text::defaultLabel(fixed) : s.label.simplified();
        parts << RendererText::tr("%1: %2 req/s, %3; %4.")
                     .arg(label, number(s.requestRate), Text::algorithm(s.algorithm),
                          backends.join(QStringLiteral(", ")));
    };
    describe(diagram.incident, false);
    if (diagram.fixed)
        describe(*diagram.fixed, true);
    if (!diagram.caption.simplified().isEmpty())
        parts << diagram.caption.simplified();
    return parts.join(QLatin1Char(' '));
}

} // namespace Hindsight
