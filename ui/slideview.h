// One slide of a deck on screen, for the presentation window and the presenter view.
#pragma once

#include "render/slides.h"

#include <QPixmap>
#include <QWidget>

#include <memory>

namespace Hindsight {

/// Draws slide slide() of deck() with paintSlide(), as large as fits while keeping 16:9 and
/// centred (on black, see setLetterboxColor). The drawn slide is cached as a pixmap at the widget's
/// device pixels, so repaints (and going back) cost nothing; the cache is dropped when the deck,
/// the slide, the theme or the size changes. A slide index outside the deck shows `emptyText`
/// instead (e.g. "End of the presentation" as the next slide after the last). Blanked, it is black.
/// Takes no keyboard focus: keys go to the window it is in.
class SlideView : public QWidget
{
    Q_OBJECT
public:
    explicit SlideView(QWidget *parent = nullptr);

    void setDeck(std::shared_ptr<const SlideDeck> deck);
    std::shared_ptr<const SlideDeck> deck() const { return m_deck; }
    void setSlide(int index);
    int slide() const { return m_index; }
    void setTheme(SlideTheme theme);
    SlideTheme theme() const { return m_theme; }
    void setBlanked(bool blanked);
    bool isBlanked() const { return m_blanked; }
    void setEmptyText(const QString &text);
    /// Colour around the slide when the widget is not 16:9 (black by default, as a projector
    /// shows nothing there).
    void setLetterboxColor(const QColor &color);
    /// Where the slide sits when the widget is taller or wider than 16:9 (centred by default).
    void setAlignment(Qt::Alignment alignment);

    /// Where the slide is drawn inside the widget (16:9, centred), in widget pixels.
    QRect slideRect() const;

    QSize sizeHint() const override { return QSize(480, 270); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 9 / 16; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::shared_ptr<const SlideDeck> m_deck;
    int m_index = 0;
    SlideTheme m_theme = SlideTheme::Light;
    bool m_blanked = false;
    QString m_emptyText;
    QColor m_letterbox = Qt::black;
    Qt::Alignment m_alignment = Qt::AlignCenter;
    QPixmap m_cache;
    bool m_cacheValid = false;
};

} // namespace Hindsight
