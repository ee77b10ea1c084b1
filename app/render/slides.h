// The postmortem as a slide deck for the review meeting: the slides, laid out once at a
// logical 1920 x 1080, and one painter that draws a slide for the presentation window, the
// presenter view and the slides PDF alike. Needs a QApplication and the GUI thread (the
// timeline chart is QtCharts, see timelinechart.h).
#pragma once

#include "core/postmortem.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace Hindsight {

/// The size every slide is laid out at, in logical slide pixels (16:9). A slide stands for a
/// 13.333 x 7.5 inch page (PowerPoint's widescreen size, 960 x 540 pt), so one point is two
/// slide pixels: 24 pt text is 48 px tall here, whatever the screen or page it ends up on.
inline constexpr QSizeF kSlideSize{1920, 1080};
inline constexpr qreal kSlidePixelsPerPoint = 2;
/// Nothing is laid out closer than this to the slide's edges (5 % of the width and height:
/// the title-safe area of broadcast practice, so a projector that crops loses no text).
inline constexpr qreal kSlideMarginX = 96;
inline constexpr qreal kSlideMarginY = 54;
/// Smallest font size of body text, in points: the usual rule for text read from the back of
/// a meeting room. Only footers (slide number) and chart labels are smaller.
inline constexpr qreal kMinBodyPointSize = 24;

/// kSlideSize minus the margins: where every text box and picture lies.
QRectF slideSafeArea();

enum class SlideTheme { Light, Dark };

/// Colours of a theme, chosen for a projector: text contrast of 7:1 or more against the
/// background (WCAG AAA), no thin pastel lines.
struct SlidePalette
{
    QColor background, text, muted, accent, surface, warning, link;
};
SlidePalette slidePalette(SlideTheme theme);

enum class SlideKind {
    Title,         ///< incident, date, severity, authors
    KeyFacts,      ///< duration, % users, time to detect, time to resolve as big numbers
    TimelineChart, ///< the timeline chart (timelinechart.h)
    TimelineList,  ///< the timeline as text, when it has no event the chart can place
    LoadDiagram,   ///< one load-distribution diagram linked from the text
    Text,          ///< root cause, resolution, what went well / wrong: Markdown prose
    ActionItems,   ///< action items with owner and due date
    Questions      ///< closing slide
};

/// One text box, laid out: its rich text fits inside `rect` at `pointSize` (measured with the
/// same QTextDocument slideTextDocument() gives the painter).
struct SlideText
{
    enum Role { Title, Body, Figure, Caption, Footer };
    enum Tone { Normal, Muted, Accent, Warning };
    Role role = Body;
    QRectF rect;         ///< slide pixels
    qreal pointSize = 0; ///< base font size, slide points (pixels = kSlidePixelsPerPoint x)
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
    Tone tone = Normal;
    /// Qt rich text made by the deck: Markdown through markdownToHtml (safe mode: raw HTML
    /// dropped) and plain strings HTML-escaped. Never HTML taken from the document. Classes
    /// "muted", "warning", "accent", "alt" take the theme's colours at paint time.
    QString html;
};

/// A picture drawn at paint time from the deck's postmortem.
struct SlidePicture
{
    enum Kind { TimelineChart, LoadDiagram };
    Kind kind = TimelineChart;
    QString diagramId; ///< for LoadDiagram
    QRectF rect;       ///< slide pixels
};

/// A filled shape behind the text (fact tiles, the accent rule under a title).
struct SlidePanel
{
    enum Tone { Surface, Accent };
    QRectF rect;
    Tone tone = Surface;
    qreal radius = 0; ///< corner radius, slide pixels
};

struct Slide
{
    SlideKind kind = SlideKind::Text;
    /// Plain-text title for lists and the presenter view: "Root cause (2/3)".
    QString title;
    /// The Postmortem::speakerNotes key of the section this slide shows (speakernotes.h).
    QString notesKey;
    int part = 1;  ///< 1-based part of a section that continues over several slides
    int parts = 1; ///< how many slides the section takes
    QList<SlidePanel> panels;
    QList<SlideText> texts;
    QList<SlidePicture> pictures;
};

/// The slides of one postmortem, and the document they were made from (pictures are drawn
/// from it at paint time, at the resolution of the output).
struct SlideDeck
{
    Postmortem postmortem;
    QList<Slide> slides;
};

/// The deck for `pm`, in this order; a slide whose content the document lacks is left out:
/// 1. Title: displayTitle(pm), incident start – end, severity and status, authors.
/// 2. Key facts: duration, % of users affected, time to detect, time to resolve
///    (computeMetrics); the figures that are known, as big numbers in tiles.
/// 3. Timeline: the chart when chartEvents(pm) has events, else the events as text.
/// 4. One slide per load diagram linked from the text (diagram:<id>), in order of first link.
/// 5. Root cause, Resolution: the Markdown prose (images and diagram links left out: the
///    diagrams have their own slides).
/// 6. Each additional section recognised by lessonsKind() (what went well / wrong, where we
///    got lucky, lessons learned), in document order.
/// 7. Action items: text, owner ("Unassigned" when none), due date, done ones ticked.
/// 8. Questions.
/// Every slide's footer has "n / N", and but for the title slide the document's title. Text
/// never shrinks below
/// kMinBodyPointSize: a section that does not fit continues on the next slide ("Root cause
/// (2/3)"), cut between blocks, list items, table rows, sentences or at last words. Layout is
/// independent of the theme.
SlideDeck buildDeck(const Postmortem &pm);

/// True when `a` and `b` give the same slides: they differ at most in their speaker notes,
/// which are never drawn.
bool sameDeck(const Postmortem &a, const Postmortem &b);

/// Draws slide `index` of `deck` into `target` (painter coordinates): the slide scaled
/// uniformly to fit and centred, with `target` filled in the theme's background. Does nothing
/// for an index out of range. The timeline chart is drawn through QtCharts at this call (GUI
/// thread); callers that repaint often should cache the result.
void paintSlide(QPainter &painter, const SlideDeck &deck, int index, const QRectF &target,
                SlideTheme theme = SlideTheme::Light);

/// The QTextDocument a text box is measured and drawn with: `text.html` in the slide font at
/// `text.pointSize`, laid out at `text.rect.width()` with design metrics (the same line breaks
/// on screen and in the PDF). `palette` sets the colours of the styled classes; null gives the
/// light theme's. For the painter and for tests that check the layout.
std::unique_ptr<QTextDocument> slideTextDocument(const SlideText &text,
                                                 const SlidePalette *palette = nullptr);

/// Writes the deck of `pm` as a PDF with one 16:9 page (960 x 540 pt, 13.333 x 7.5 in) per
/// slide, drawn by paintSlide in `theme`, text as text. Written to a temporary file and
/// renamed over `filePath`: on failure an existing file stays and false is returned with a
/// one-line reason in `errorMessage` (when not null).
bool exportSlidesPdf(const Postmortem &pm, const QString &filePath, QString *errorMessage,
                     SlideTheme theme = SlideTheme::Light);

} // namespace Hindsight
