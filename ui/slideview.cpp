#include "ui/slideview.h"

#include <QPainter>
#include <QStyle>

namespace Hindsight {

SlideView::SlideView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SlideView::setDeck(std::shared_ptr<const SlideDeck> deck)
{
    m_deck = std::move(deck);
    m_cacheValid = false;
    update();
}

void SlideView::setSlide(int index)
{
    if (index == m_index)
        return;
    m_index = index;
    m_cacheValid = false;
    update();
}

void SlideView::setTheme(SlideTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_cacheValid = false;
    update();
}

void SlideView::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    update();
}

void SlideView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_cacheValid = false;
    update();
}

void SlideView::setLetterboxColor(const QColor &color)
{
    m_letterbox = color;
    update();
}

void SlideView::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

QRect SlideView::slideRect() const
{
    const QSize slide = QSize(16, 9).scaled(size(), Qt::KeepAspectRatio);
    return QStyle::alignedRect(layoutDirection(), m_alignment, slide, rect());
}

void SlideView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect target = slideRect();
    painter.fillRect(rect(), m_letterbox);
    if (m_blanked) {
        painter.fillRect(target, Qt::black);
        return;
    }
    if (target.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(target.size()) * dpr).toSize();
    if (!m_cacheValid || m_cache.size() != pixels) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(dpr);
        const SlidePalette palette = slidePalette(m_theme);
        QPainter p(&m_cache);
        const QRectF area(QPointF(0, 0), QSizeF(target.size()));
        if (m_deck && m_index >= 0 && m_index < m_deck->slides.size()) {
            paintSlide(p, *m_deck, m_index, area, m_theme);
        } else {
            p.fillRect(area, palette.background);
            p.setPen(palette.muted);
            QFont font = p.font();
            font.setPixelSize(std::max(12, target.height() / 14));
            p.setFont(font);
            p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
        m_cacheValid = true;
    }
    painter.drawPixmap(target.topLeft(), m_cache);
}

} // namespace Hindsight
