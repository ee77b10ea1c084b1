#include "render/slides.h"

#include "core/displaynames.h"
#include "core/documentlanguage.h"
#include "core/postmortemfields.h"

#include "core/markdownblocks.h"
#include "core/metrics.h"
#include "core/speakernotes.h"
#include "render/htmlrenderer.h"
#include "render/loaddiagramrenderer.h"
#include "render/slidecontent.h"
#include "render/timelinechart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <functional>
#include <optional>

#ifndef HINDSIGHT_VERSION
#define HINDSIGHT_VERSION "unknown"
#endif

namespace Hindsight {

namespace {

using namespace SlideContent;

/// Context of this file's user-visible strings (lupdate reads the macro's argument).
struct DeckText
{
#if 0 // for lupdate: the strings' context
    Q_DECLARE_TR_FUNCTIONS(Hindsight::Slides)
#endif
    HINDSIGHT_DOCUMENT_TR_FUNCTIONS(Hindsight::Slides) // in the document language
};

// Type scale in slide points (two slide pixels each). Body text never goes below 24 pt.
constexpr qreal kTitlePt = 40;      // slide titles
constexpr qreal kCoverTitlePt = 54; // the incident on the title slide
constexpr qreal kCoverTitleMinPt = 40;
constexpr qreal kBodyPt = 28;      // prose
constexpr qreal kTablePt = 24;     // action items
constexpr qreal kFigurePt = 80;    // key-fact numbers
constexpr qreal kFigureMinPt = 30; // still above the captions' kCaptionPt
constexpr qreal kCaptionPt = 26;   // key-fact labels, title slide details
constexpr qreal kClosingPt = 80;   // "Questions?"
constexpr qreal kFooterPt = 14;    // title and slide number (not body text)

// Vertical rhythm, slide pixels.
constexpr qreal kFooterHeight = 40;
constexpr qreal kFooterGap = 28; // body bottom to footer top
constexpr qreal kRuleGap = 18;   // title bottom to accent rule
constexpr qreal kRuleHeight = 8;
constexpr qreal kRuleWidth = 160;
constexpr qreal kBodyGap = 40; // accent rule bottom to body
constexpr qreal kTileGap = 40; // between key-fact tiles
constexpr qreal kTilePadding = 36;
constexpr int kTitleMaxLines = 2;
constexpr int kCoverTitleMaxLines = 3;
constexpr int kCaptionMaxLines = 4; // diagram captions
constexpr qreal kCaptionGap = 24;   // picture to caption
/// The timeline chart is laid out at its picture rectangle divided by this and drawn scaled
/// up, so its 11 px labels come out at 22 slide px (11 pt) instead of 5.5 pt.
constexpr qreal kChartScale = 2;
/// Letter spacing far below a device pixel: Qt's shaper then leaves out ligatures, so words
/// like "misconfigured" stay searchable in the PDF (see pdfexporter.cpp, disableLigatures).
constexpr qreal kNoLigatureSpacing = 0.02;
constexpr int kPdfDpi = 144; // 13.333 in x 144 = 1920: one PDF device pixel per slide pixel
/// Titles are cut within their first this many characters (no slide title holds more).
constexpr qsizetype kMaxSlideSourceCharsForTitle = 600;
constexpr qsizetype kMaxOwnerChars = 40;

const QString kFontFamily = QStringLiteral("DejaVu Sans");
const QString kMonoFamily = QStringLiteral("DejaVu Sans Mono");

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

int pixels(qreal pointSize)
{
    return qRound(pointSize * kSlidePixelsPerPoint);
}

QFont slideFont(qreal pointSize, bool bold)
{
    QFont font(kFontFamily);
    font.setPixelSize(pixels(pointSize));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    return font;
}

QString styleSheet(qreal pointSize, const SlidePalette &p)
{
    const int px = pixels(pointSize);
    const int codePx = std::max(pixels(kMinBodyPointSize), qRound(px * 0.9));
    const int headingPx = qRound(px * 1.1);
    return QStringLiteral(
               "p { margin-top: 0px; margin-bottom: %1px; }"
               "ul, ol { margin-top: 0px; margin-bottom: %1px; }"
               "li { margin-bottom: %2px; }"
               "h1, h2, h3, h4, h5, h6 { font-size: %3px; font-weight: bold; margin-top: 0px;"
               " margin-bottom: %2px; }"
               "pre { font-family: '%4'; font-size: %5px; margin-top: 0px; margin-bottom: %1px; }"
               "code { font-family: '%4'; }"
               "table { margin-bottom: %1px; }"
               "th { font-weight: bold; color: %6; text-align: left; }"
               "th, td { padding-right: %1px; }"
               "a { color: %7; text-decoration: underline; }"
               ".muted { color: %6; }"
               ".warning { color: %8; }"
               ".accent { color: %9; }"
               ".alt { background-color: %10; }")
        .arg(qRound(px * 0.5))
        .arg(qRound(px * 0.2))
        .arg(headingPx)
        .arg(kMonoFamily)
        .arg(codePx)
        .arg(p.muted.name(), p.link.name(), p.warning.name(), p.accent.name(), p.surface.name());
}

QColor toneColor(SlideText::Tone tone, const SlidePalette &p)
{
    switch (tone) {
    case SlideText::Muted:
        return p.muted;
    case SlideText::Accent:
        return p.accent;
    case SlideText::Warning:
        return p.warning;
    case SlideText::Normal:
        break;
    }
    return p.text;
}

/// Height `html` takes laid out like a text box of `pointSize` at `width`.
qreal measureHeight(const QString &html, qreal pointSize, qreal width, bool bold = false,
                    Qt::Alignment alignment = Qt::AlignLeft)
{
    SlideText t;
    t.rect = QRectF(0, 0, width, 1);
    t.pointSize = pointSize;
    t.bold = bold;
    t.alignment = alignment;
    t.html = html;
    return slideTextDocument(t)->size().height();
}

/// Width of the widest line `html` takes unwrapped.
qreal measureWidth(const QString &html, qreal pointSize, bool bold = false)
{
    SlideText t;
    t.rect = QRectF(0, 0, 1e6, 1);
    t.pointSize = pointSize;
    t.bold = bold;
    t.html = html;
    return slideTextDocument(t)->idealWidth();
}

qreal lineHeight(qreal pointSize, bool bold = false)
{
    return measureHeight(QStringLiteral("Xg"), pointSize, 1e6, bold);
}

/// `plain` shortened at a word (within a word when even the first one is too long), with
/// "…", until it fits `maxLines` lines of `width`.
QString elideToLines(const QString &plain, qreal pointSize, bool bold, qreal width, int maxLines)
{
    const qreal limit = lineHeight(pointSize, bold) * maxLines + 1;
    const auto fits = [&](const QString &text) {
        return measureHeight(esc(text), pointSize, width, bold) <= limit;
    };
    if (fits(plain))
        return plain;
    const QString text = plain.simplified();
    // Candidate lengths: every word end, or every character when the first word is too long.
    QList<qsizetype> ends;
    for (qsizetype i = 1; i <= text.size(); ++i)
        if (i == text.size() || text.at(i) == QLatin1Char(' '))
            ends.append(i);
    const auto shortened = [&text](qsizetype length) {
        if (length < text.size() && text.at(length).isLowSurrogate())
            ++length;
        return text.left(length).trimmed() + QStringLiteral("…");
    };
    if (ends.isEmpty() || !fits(shortened(ends.first()))) {
        ends.clear();
        for (qsizetype i = 1; i < std::min<qsizetype>(text.size(), kMaxSlideSourceCharsForTitle);
             ++i)
            ends.append(i);
    }
    int lo = 0, hi = int(ends.size()) - 1; // the longest that fits with "…"
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (fits(shortened(ends[mid])))
            lo = mid;
        else
            hi = mid - 1;
    }
    return ends.isEmpty() ? QStringLiteral("…") : shortened(ends[lo]);
}

/// An owner as the narrow owner column shows it: at most kMaxOwnerChars characters, "…" at
/// the end of a longer one (an owner is a name or a team, never a paragraph).
QString shortOwner(const QString &owner)
{
    const QString s = owner.simplified();
    if (s.size() <= kMaxOwnerChars)
        return s;
    qsizetype cut = kMaxOwnerChars - 1;
    if (s.at(cut).isLowSurrogate())
        --cut;
    return s.left(cut) + QStringLiteral("…");
}

// --- Figures -------------------------------------------------------------------------------

/// "4 h", "3 h 30 min", "45 min", "0 min", "14 d 4 h 40 min"; negative with a minus sign.
QString figureDuration(qint64 minutes)
{
    return formatDuration(minutes, DurationStyle::Compact, QStringLiteral("\u2212"));
}

QString zoneText(const Moment &m, const std::optional<TimeZoneInfo> &tz)
{
    if (tz && (!m.utcOffsetMinutes || *m.utcOffsetMinutes == tz->utcOffsetMinutes)
        && !tz->label.isEmpty())
        return tz->label;
    if (m.utcOffsetMinutes)
        return QStringLiteral("UTC") + formatUtcOffset(*m.utcOffsetMinutes);
    return QString();
}

QString dateText(const QDate &d)
{
    return documentLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

/// "15 February 2024, 22:00 – 16 February 2024, 02:00 UTC", "5 February 2024, 10:00 – 13:30
/// UTC", or as much of it as the document knows; empty when it knows nothing.
QString incidentWindowText(const Postmortem &pm)
{
    const Moment start = pm.start;
    const Moment end = resolveAgainstStart(pm.end, pm.start);
    const auto part = [](const Moment &m, bool withDate) {
        QStringList bits;
        if (withDate && m.date.isValid())
            bits.append(dateText(m.date));
        if (m.time.isValid())
            bits.append(m.time.toString(QStringLiteral("HH:mm")));
        return bits.join(QStringLiteral(", "));
    };
    QString text = part(start, true);
    if (!end.isNull()) {
        const bool sameDay = !end.date.isValid() || end.date == start.date;
        const QString e = part(end, !sameDay);
        if (!e.isEmpty())
            text = text.isEmpty() ? e : text + QStringLiteral(" – ") + e;
    }
    const QString zone = zoneText(start.time.isValid() ? start : end, pm.timezone);
    if (!text.isEmpty() && !zone.isEmpty() && (start.time.isValid() || end.time.isValid()))
        text += QLatin1Char(' ') + zone;
    return text;
}

QString statusText(Status s)
{
    return statusTitle(s);
}

// --- The deck ------------------------------------------------------------------------------

class DeckBuilder
{
public:
    explicit DeckBuilder(const Postmortem &pm)
        : m_pm(pm)
        , m_safe(slideSafeArea())
    {}

    SlideDeck build()
    {
        m_deck.postmortem = m_pm;
        titleSlide();
        keyFactsSlide(); // summary and impact
        // The rest in the document's order (a template's); without one, the lessons before the
        // action items, which end the talk.
        QList<BodyPart> parts = bodyParts(m_pm);
        if (m_pm.bodyOrder.isEmpty()) {
            const auto actions
                = std::find(parts.begin(), parts.end(), BodyPart{FieldId::ActionItems, -1});
            std::rotate(actions, actions + 1, parts.end());
        }
        for (const BodyPart &part : std::as_const(parts)) {
            if (part.section >= 0) {
                const Section &s = m_pm.sections[part.section];
                if (lessonsKind(s.heading))
                    proseSlides(s.heading.simplified(), NotesKey::section(s.heading), s.text);
            } else if (part.field == FieldId::Timeline) {
                timelineSlides();
                diagramSlides();
            } else if (part.field == FieldId::RootCause) {
                proseSlides(fieldTitle(FieldId::RootCause),
                            QString::fromLatin1(NotesKey::kRootCause), m_pm.rootCause);
            } else if (part.field == FieldId::Resolution) {
                proseSlides(fieldTitle(FieldId::Resolution),
                            QString::fromLatin1(NotesKey::kResolution), m_pm.resolution);
            } else if (part.field == FieldId::ActionItems) {
                actionItemSlides();
            }
        }
        questionsSlide();
        footers();
        return m_deck;
    }

private:
    QRectF footerRect() const
    {
        return QRectF(m_safe.left(), m_safe.bottom() - kFooterHeight, m_safe.width(),
                      kFooterHeight);
    }

    SlideText text(SlideText::Role role, const QRectF &rect, qreal pt, const QString &html,
                   bool bold = false, SlideText::Tone tone = SlideText::Normal,
                   Qt::Alignment alignment = Qt::AlignLeft) const
    {
        SlideText t;
        t.role = role;
        t.rect = rect;
        t.pointSize = pt;
        t.html = html;
        t.bold = bold;
        t.tone = tone;
        t.alignment = alignment;
        return t;
    }

    /// Height of the title area for `title`; with `parts`, what it takes with the longest
    /// continuation suffix, so every part of a section has its body at the same place.
    qreal titleHeight(const QString &title, bool parts = false) const
    {
        const QString longest
            = parts ? DeckText::tr("%1 (%2/%3)").arg(title).arg(99).arg(99) : title;
        const QString shown = elideToLines(longest, kTitlePt, true, m_safe.width(), kTitleMaxLines);
        return measureHeight(esc(shown), kTitlePt, m_safe.width(), true);
    }

    /// The body area below a title of `height`.
    QRectF bodyRect(qreal titleHeight) const
    {
        const qreal top = m_safe.top() + titleHeight + kRuleGap + kRuleHeight + kBodyGap;
        return QRectF(m_safe.left(), top, m_safe.width(), footerRect().top() - kFooterGap - top);
    }

    /// A slide with `title` (elided to two lines) over the accent rule.
    Slide titledSlide(SlideKind kind, const QString &title, const QString &notesKey,
                      qreal reservedTitleHeight) const
    {
        Slide s;
        s.kind = kind;
        s.title = title;
        s.notesKey = notesKey;
        const QString shown = elideToLines(title, kTitlePt, true, m_safe.width(), kTitleMaxLines);
        s.texts.append(
            text(SlideText::Title,
                 QRectF(m_safe.left(), m_safe.top(), m_safe.width(), reservedTitleHeight), kTitlePt,
                 esc(shown), true));
        s.panels.append({QRectF(m_safe.left(), m_safe.top() + reservedTitleHeight + kRuleGap,
                                kRuleWidth, kRuleHeight),
                         SlidePanel::Accent, kRuleHeight / 2});
        return s;
    }

    /// Slides for a section `title` whose `units` (joined by `join`) are laid out at `pt`,
    /// continuing on as many slides as they take.
    void addSection(SlideKind kind, const QString &title, const QString &notesKey,
                    const QList<Unit> &units,
                    const std::function<QString(const QStringList &)> &join, qreal pt)
    {
        if (units.isEmpty())
            return;
        const auto layOut = [&](const QRectF &body) {
            return paginate(
                units, join,
                [&](const QString &html) { return measureHeight(html, pt, body.width()); },
                body.height());
        };
        qreal th = titleHeight(title);
        QList<QString> pages = layOut(bodyRect(th));
        if (pages.size() > 1 && titleHeight(title, true) > th) {
            // "(2/3)" wraps the title onto another line: less room for the body.
            th = titleHeight(title, true);
            pages = layOut(bodyRect(th));
        }
        const QRectF body = bodyRect(th);
        for (int i = 0; i < pages.size(); ++i) {
            const QString shown
                = pages.size() > 1
                      ? DeckText::tr("%1 (%2/%3)").arg(title).arg(i + 1).arg(pages.size())
                      : title;
            Slide s = titledSlide(kind, shown, notesKey, th);
            s.part = i + 1;
            s.parts = int(pages.size());
            s.texts.append(text(SlideText::Body, body, pt, pages[i]));
            m_deck.slides.append(s);
        }
    }

    void titleSlide()
    {
        Slide s;
        s.kind = SlideKind::Title;
        s.title = displayTitle(m_pm);
        s.notesKey = QString::fromLatin1(NotesKey::kTitle);
        const qreal width = m_safe.width();

        // The incident, as large as three lines allow.
        qreal titlePt = kCoverTitlePt;
        const QString title = displayTitle(m_pm);
        while (titlePt > kCoverTitleMinPt
               && measureHeight(esc(title), titlePt, width, true)
                      > lineHeight(titlePt, true) * kCoverTitleMaxLines + 1)
            titlePt -= 2;
        const QString shownTitle = elideToLines(title, titlePt, true, width, kCoverTitleMaxLines);
        const qreal titleH = measureHeight(esc(shownTitle), titlePt, width, true);

        struct Line
        {
            QString html;
            bool bold;
            SlideText::Tone tone;
        };
        QList<Line> lines;
        if (const QString when = incidentWindowText(m_pm); !when.isEmpty())
            lines.append(
                {esc(elideToLines(when, kCaptionPt, false, width, 2)), false, SlideText::Normal});
        QStringList badge;
        if (m_pm.severity)
            badge.append(severityName(*m_pm.severity));
        if (m_pm.status)
            badge.append(statusText(*m_pm.status));
        if (!badge.isEmpty())
            lines.append({esc(badge.join(QStringLiteral(" · "))), true, SlideText::Accent});
        if (!m_pm.authors.isEmpty())
            lines.append(
                {esc(elideToLines(
                     DeckText::tr("Authors: %1").arg(m_pm.authors.join(QStringLiteral(", "))),
                     kCaptionPt, false, width, 2)),
                 false, SlideText::Muted});

        constexpr qreal lineGap = 16;
        QList<qreal> heights;
        qreal total = titleH + kRuleGap + kRuleHeight + kBodyGap;
        for (const Line &l : std::as_const(lines)) {
            heights.append(measureHeight(l.html, kCaptionPt, width, l.bold));
            total += heights.last() + lineGap;
        }
        const qreal room = footerRect().top() - kFooterGap - m_safe.top();
        qreal y = m_safe.top() + std::max<qreal>(0, (room - total) / 2);
        s.texts.append(text(SlideText::Title, QRectF(m_safe.left(), y, width, titleH), titlePt,
                            esc(shownTitle), true));
        y += titleH + kRuleGap;
        s.panels.append({QRectF(m_safe.left(), y, kRuleWidth, kRuleHeight), SlidePanel::Accent,
                         kRuleHeight / 2});
        y += kRuleHeight + kBodyGap;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            s.texts.append(text(SlideText::Caption, QRectF(m_safe.left(), y, width, heights[i]),
                                kCaptionPt, lines[i].html, lines[i].bold, lines[i].tone));
            y += heights[i] + lineGap;
        }
        m_deck.slides.append(s);
    }

    void keyFactsSlide()
    {
        struct Fact
        {
            QString figure, label;
        };
        QList<Fact> facts;
        const IncidentMetrics m = computeMetrics(m_pm);
        if (m.durationMinutes)
            facts.append({figureDuration(*m.durationMinutes), DeckText::tr("Duration")});
        if (m_pm.usersAffectedPercent)
            facts.append({QStringLiteral("%1 %").arg(
                              documentLocale().toString(*m_pm.usersAffectedPercent, 'g', 4)),
                          DeckText::tr("of users affected")});
        if (m.timeToDetectMinutes)
            facts.append({figureDuration(*m.timeToDetectMinutes),
                          *m.timeToDetectMinutes < 0
                              ? DeckText::tr("Time to detect (before the start)")
                              : DeckText::tr("Time to detect")});
        if (m.timeToResolveMinutes)
            facts.append(
                {figureDuration(*m.timeToResolveMinutes), DeckText::tr("Time to resolve")});
        if (facts.isEmpty())
            return;

        const QString title = DeckText::tr("Key facts");
        const qreal th = titleHeight(title);
        Slide s
            = titledSlide(SlideKind::KeyFacts, title, QString::fromLatin1(NotesKey::kKeyFacts), th);
        const QRectF body = bodyRect(th);
        const int columns = facts.size() == 4 ? 2 : int(facts.size());
        const int rows = (int(facts.size()) + columns - 1) / columns;
        const qreal tileW = (body.width() - (columns - 1) * kTileGap) / columns;
        const qreal tileH = std::min<qreal>((body.height() - (rows - 1) * kTileGap) / rows, 380);
        const qreal innerW = tileW - 2 * kTilePadding;

        // One figure size for all tiles: the largest at which every figure fits its tile on
        // one line, tested by laying it out as it is drawn (its unwrapped width may equal the
        // tile's to the pixel and still wrap).
        qreal figurePt = kFigurePt;
        const auto oneLine = [&innerW](const QString &figure, qreal pt) {
            return measureHeight(esc(figure), pt, innerW, true) <= lineHeight(pt, true) + 1;
        };
        for (const Fact &f : std::as_const(facts))
            while (figurePt > kFigureMinPt && !oneLine(f.figure, figurePt))
                figurePt -= 2;
        const qreal top = body.top() + (body.height() - (rows * tileH + (rows - 1) * kTileGap)) / 2;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const int row = int(i) / columns, column = int(i) % columns;
            const QRectF tile(body.left() + column * (tileW + kTileGap),
                              top + row * (tileH + kTileGap), tileW, tileH);
            s.panels.append({tile, SlidePanel::Surface, 24});
            // A figure wider than the tile even at the smallest size ("14 d 4 h 40 min" on four
            // tiles) wraps to a second line before it is elided.
            const QString figure = esc(elideToLines(facts[i].figure, figurePt, true, innerW, 2));
            const QString label = esc(elideToLines(facts[i].label, kCaptionPt, false, innerW, 2));
            const qreal fh = measureHeight(figure, figurePt, innerW, true, Qt::AlignHCenter);
            const qreal lh = measureHeight(label, kCaptionPt, innerW, false, Qt::AlignHCenter);
            const qreal y = tile.top() + (tile.height() - fh - 8 - lh) / 2;
            s.texts.append(text(SlideText::Figure,
                                QRectF(tile.left() + kTilePadding, y, innerW, fh), figurePt, figure,
                                true, SlideText::Accent, Qt::AlignHCenter));
            s.texts.append(text(SlideText::Caption,
                                QRectF(tile.left() + kTilePadding, y + fh + 8, innerW, lh),
                                kCaptionPt, label, false, SlideText::Muted, Qt::AlignHCenter));
        }
        m_deck.slides.append(s);
    }

    void timelineSlides()
    {
        const QString title = fieldTitle(FieldId::Timeline);
        const QString key = QString::fromLatin1(NotesKey::kTimeline);
        if (!chartEvents(m_pm).isEmpty()) {
            const qreal th = titleHeight(title);
            Slide s = titledSlide(SlideKind::TimelineChart, title, key, th);
            s.pictures.append({SlidePicture::TimelineChart, QString(), bodyRect(th)});
            m_deck.slides.append(s);
            return;
        }
        if (m_pm.timeline.isEmpty())
            return;
        // No event the chart can place (no times): the events as text.
        QList<Unit> units;
        for (const TimelineEvent &e : m_pm.timeline) {
            QString when = e.at.time.isValid() ? e.at.time.toString(QStringLiteral("HH:mm"))
                                               : e.at.text.simplified();
            // The time as the source wrote it is text, not Markdown: escape what would be.
            static const QRegularExpression markup(QStringLiteral("([\\\\`*_\\[\\]<>#!|])"));
            when.replace(markup, QStringLiteral("\\\\1"));
            const QString line = when.isEmpty()
                                     ? e.text.simplified()
                                     : QStringLiteral("**%1** — %2").arg(when, e.text.simplified());
            if (!line.trimmed().isEmpty())
                units.append(proseUnit(MarkdownBlock::Paragraph, line));
        }
        addSection(SlideKind::TimelineList, title, key, units, joinBlocks, kBodyPt);
    }

    void diagramSlides()
    {
        QStringList ids;
        Postmortem copy = m_pm; // proseFields() hands out pointers into a mutable document
        const QList<QString *> fields = proseFields(copy);
        for (const QString *field : fields)
            for (const QString &id : diagramLinkIds(*field))
                if (!ids.contains(id) && findDiagram(m_pm.diagrams, id))
                    ids.append(id);
        for (const QString &id : std::as_const(ids)) {
            const LoadDiagram *d = findDiagram(m_pm.diagrams, id);
            const QString title = d->title.simplified().isEmpty()
                                      ? DeckText::tr("Load distribution")
                                      : d->title.simplified();
            const qreal th = titleHeight(title);
            Slide s = titledSlide(SlideKind::LoadDiagram, title, NotesKey::diagram(id), th);
            // The caption in slide type under the picture (the picture leaves its own out).
            QRectF picture = bodyRect(th);
            if (const QString caption = d->caption.simplified(); !caption.isEmpty()) {
                const QString html = esc(elideToLines(caption, kMinBodyPointSize, false,
                                                      picture.width(), kCaptionMaxLines));
                const qreal h = measureHeight(html, kMinBodyPointSize, picture.width());
                s.texts.append(
                    text(SlideText::Caption,
                         QRectF(picture.left(), picture.bottom() - h, picture.width(), h),
                         kMinBodyPointSize, html, false, SlideText::Muted));
                picture.setBottom(picture.bottom() - h - kCaptionGap);
            }
            s.pictures.append({SlidePicture::LoadDiagram, id, picture});
            m_deck.slides.append(s);
        }
    }

    static QString joinBlocks(const QStringList &parts) { return parts.join(QString()); }

    void proseSlides(const QString &title, const QString &key, const QString &markdown)
    {
        addSection(SlideKind::Text, title, key, proseUnits(markdown), joinBlocks, kBodyPt);
    }

    /// "1 Mar" in the incident's year (or this year when it has no date), else "1 Mar 2025".
    QString dueText(const QDate &due) const
    {
        const int year
            = m_pm.start.date.isValid() ? m_pm.start.date.year() : QDate::currentDate().year();
        return documentLocale().toString(due, due.year() == year ? QStringLiteral("d MMM")
                                                                 : QStringLiteral("d MMM yyyy"));
    }

    /// One action item as a table row: text, owner, due date. A `continued` row is the rest
    /// of an item cut at the slide before (no owner or date again, "… " in front); a
    /// `cutAfter` row goes on overleaf (" …" at the end).
    Unit actionRow(const ActionItem &a, const QString &text, bool continued, bool cutAfter,
                   bool alt) const
    {
        const auto build = [this, a, text, continued, cutAfter, alt] {
            QString cell = proseHtml(text);
            static const QRegularExpression single(QStringLiteral("^\\s*<p>(.*)</p>\\s*$"),
                                                   QRegularExpression::DotMatchesEverythingOption);
            if (const auto m = single.match(cell);
                m.hasMatch() && !m.captured(1).contains(QLatin1String("<p>")))
                cell = m.captured(1);
            if (continued)
                cell = QStringLiteral("… ") + cell;
            if (cutAfter)
                cell += QStringLiteral(" …");
            if (a.done)
                cell = (continued ? QString() : QStringLiteral("<span class=\"accent\">✓</span> "))
                       + QStringLiteral("<span class=\"muted\">%1</span>").arg(cell);
            QString owner, due;
            if (!continued) {
                owner = a.owner.trimmed().isEmpty()
                            ? QStringLiteral("<span class=\"warning\">%1</span>")
                                  .arg(esc(DeckText::tr("Unassigned")))
                            : esc(shortOwner(a.owner));
                due = a.due.isValid() ? esc(dueText(a.due))
                                      : QStringLiteral("<span class=\"muted\">—</span>");
            }
            return QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(alt ? QStringLiteral(" class=\"alt\"") : QString(), cell, owner, due);
        };
        Unit u(build, text.size());
        // A row longer than a slide continues in a row of its own on the next one.
        u.cuts = [this, a, text, continued, alt] {
            const auto breaks
                = std::make_shared<QList<std::pair<qsizetype, qsizetype>>>(wordBreaks(text));
            Cuts c;
            c.count = int(breaks->size());
            c.at = [this, a, text, continued, alt, breaks](int i) {
                const auto [end, next] = breaks->at(i);
                return std::make_pair(actionRow(a, text.left(end), continued, true, alt),
                                      actionRow(a, text.mid(next), true, false, alt));
            };
            c.size = [breaks](int i) {
                return breaks->at(i).first;
            };
            return c;
        };
        return u;
    }

    void actionItemSlides()
    {
        if (m_pm.actionItems.isEmpty())
            return;
        const QString title = fieldTitle(FieldId::ActionItems);
        const int pad = 10;
        const QString head
            = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">"
                             "<tr><th width=\"64%\">%2</th><th width=\"22%\">%3</th>"
                             "<th width=\"14%\">%4</th></tr>")
                  .arg(pad)
                  .arg(esc(DeckText::tr("Action item")), esc(DeckText::tr("Owner")),
                       esc(DeckText::tr("Due")));
        QList<Unit> rows;
        for (qsizetype i = 0; i < m_pm.actionItems.size(); ++i)
            rows.append(actionRow(m_pm.actionItems[i], m_pm.actionItems[i].text.simplified(), false,
                                  false, i % 2 == 0));
        const auto join = [&head](const QStringList &parts) {
            return head + parts.join(QString()) + QStringLiteral("</table>");
        };
        addSection(SlideKind::ActionItems, title, QString::fromLatin1(NotesKey::kActionItems), rows,
                   join, kTablePt);
    }

    void questionsSlide()
    {
        Slide s;
        s.kind = SlideKind::Questions;
        s.title = DeckText::tr("Questions");
        s.notesKey = QString::fromLatin1(NotesKey::kQuestions);
        const qreal width = m_safe.width();
        const QString big = esc(DeckText::tr("Questions?"));
        const qreal bigH = measureHeight(big, kClosingPt, width, true, Qt::AlignHCenter);
        const QString sub = esc(elideToLines(displayTitle(m_pm), kCaptionPt, false, width, 2));
        const qreal subH = measureHeight(sub, kCaptionPt, width, false, Qt::AlignHCenter);
        const qreal room = footerRect().top() - kFooterGap - m_safe.top();
        const qreal y = m_safe.top() + (room - bigH - 32 - subH) / 2;
        s.texts.append(text(SlideText::Title, QRectF(m_safe.left(), y, width, bigH), kClosingPt,
                            big, true, SlideText::Normal, Qt::AlignHCenter));
        s.panels.append(
            {QRectF(m_safe.center().x() - kRuleWidth / 2, y + bigH + 8, kRuleWidth, kRuleHeight),
             SlidePanel::Accent, kRuleHeight / 2});
        s.texts.append(text(SlideText::Caption, QRectF(m_safe.left(), y + bigH + 32, width, subH),
                            kCaptionPt, sub, false, SlideText::Muted, Qt::AlignHCenter));
        m_deck.slides.append(s);
    }

    /// Title at the left, "n / N" at the right of every slide's footer.
    void footers()
    {
        const QRectF r = footerRect();
        const qreal numberWidth = 200;
        const QString title
            = elideToLines(displayTitle(m_pm), kFooterPt, false, r.width() - numberWidth - 40, 1);
        const qsizetype count = m_deck.slides.size();
        for (qsizetype i = 0; i < count; ++i) {
            Slide &s = m_deck.slides[i];
            const QString number = QStringLiteral("%1 / %2").arg(i + 1).arg(count);
            const qreal h = measureHeight(esc(number), kFooterPt, numberWidth);
            const qreal y = r.bottom() - h;
            if (s.kind != SlideKind::Title)
                s.texts.append(text(SlideText::Footer,
                                    QRectF(r.left(), y, r.width() - numberWidth - 40, h), kFooterPt,
                                    esc(title), false, SlideText::Muted));
            s.texts.append(text(SlideText::Footer,
                                QRectF(r.right() - numberWidth, y, numberWidth, h), kFooterPt,
                                esc(number), false, SlideText::Muted, Qt::AlignRight));
        }
    }

    const Postmortem &m_pm;
    const QRectF m_safe;
    SlideDeck m_deck;
};

} // namespace

QRectF slideSafeArea()
{
    return QRectF(kSlideMarginX, kSlideMarginY, kSlideSize.width() - 2 * kSlideMarginX,
                  kSlideSize.height() - 2 * kSlideMarginY);
}

SlidePalette slidePalette(SlideTheme theme)
{
    if (theme == SlideTheme::Dark)
        // The background is the dark load diagram's, so a diagram sits on the slide seamlessly.
        return {QColor(0x1b, 0x1f, 0x26), QColor(0xf2, 0xf4, 0xf7), QColor(0xb9, 0xc3, 0xce),
                QColor(0xff, 0xbd, 0x59), QColor(0x2a, 0x31, 0x3c), QColor(0xff, 0xa5, 0x9e),
                QColor(0x8c, 0xc8, 0xff)};
    return {QColor(0xff, 0xff, 0xff), QColor(0x14, 0x1b, 0x24), QColor(0x4a, 0x55, 0x63),
            QColor(0x0b, 0x57, 0xa4), QColor(0xee, 0xf2, 0xf7), QColor(0xa3, 0x1b, 0x12),
            QColor(0x0b, 0x57, 0xa4)};
}

SlideDeck buildDeck(const Postmortem &pm)
{
    return DeckBuilder(pm).build();
}

bool sameDeck(const Postmortem &a, const Postmortem &b)
{
    Postmortem x = a, y = b;
    x.speakerNotes.clear();
    y.speakerNotes.clear();
    return x == y;
}

std::unique_ptr<QTextDocument> slideTextDocument(const SlideText &text, const SlidePalette *palette)
{
    const SlidePalette light = slidePalette(SlideTheme::Light);
    auto doc = std::make_unique<QTextDocument>();
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(slideFont(text.pointSize, text.bold));
    // Room for a list number up to "100." left of the item: Qt draws it inside the indent.
    doc->setIndentWidth(pixels(text.pointSize) * 2.2);
    QTextOption option(text.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(styleSheet(text.pointSize, palette ? *palette : light));
    doc->setHtml(text.html);
    doc->setTextWidth(text.rect.width());
    return doc;
}

void paintSlide(QPainter &painter, const SlideDeck &deck, int index, const QRectF &target,
                SlideTheme theme)
{
    if (index < 0 || index >= deck.slides.size())
        return;
    const Slide &slide = deck.slides[index];
    const SlidePalette palette = slidePalette(theme);
    painter.save();
    painter.fillRect(target, palette.background);
    const qreal scale
        = std::min(target.width() / kSlideSize.width(), target.height() / kSlideSize.height());
    painter.translate(target.left() + (target.width() - kSlideSize.width() * scale) / 2,
                      target.top() + (target.height() - kSlideSize.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), kSlideSize), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    for (const SlidePanel &panel : slide.panels) {
        QPainterPath path;
        path.addRoundedRect(panel.rect, panel.radius, panel.radius);
        painter.fillPath(path, panel.tone == SlidePanel::Accent ? palette.accent : palette.surface);
    }
    for (const SlidePicture &picture : slide.pictures) {
        if (picture.kind == SlidePicture::TimelineChart) {
            TimelineChartOptions chart;
            chart.theme = theme == SlideTheme::Dark ? ChartTheme::Dark : ChartTheme::Light;
            paintTimelineChart(painter, picture.rect, deck.postmortem,
                               picture.rect.size() / kChartScale, chart);
        } else if (const LoadDiagram *d
                   = findDiagram(deck.postmortem.diagrams, picture.diagramId)) {
            paintLoadDiagram(painter, picture.rect, *d,
                             theme == SlideTheme::Dark ? DiagramTheme::Dark : DiagramTheme::Light,
                             LoadDiagramArrangement::Auto, false);
        }
    }
    for (const SlideText &text : slide.texts) {
        const auto doc = slideTextDocument(text, &palette);
        painter.save();
        painter.translate(text.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, toneColor(text.tone, palette));
        context.palette.setColor(QPalette::Link, palette.link);
        context.clip = QRectF(QPointF(0, 0), text.rect.size());
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.restore();
}

bool exportSlidesPdf(const Postmortem &pm, const QString &filePath, QString *errorMessage,
                     SlideTheme theme)
{
    const auto fail = [errorMessage, &filePath](const QString &reason) {
        if (errorMessage)
            *errorMessage = DeckText::tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(filePath), reason);
        return false;
    };
    const SlideDeck deck = buildDeck(pm);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(kPdfDpi);
    const QSizeF pagePoints = kSlideSize / kSlidePixelsPerPoint; // 960 x 540 pt
    writer.setPageLayout(QPageLayout(
        QPageSize(pagePoints, QPageSize::Point, DeckText::tr("Slide 16:9"), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(displayTitle(pm));
    writer.setCreator(QStringLiteral("Hindsight %1").arg(QStringLiteral(HINDSIGHT_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(DeckText::tr("the PDF engine could not start"));
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int i = 0; i < deck.slides.size(); ++i) {
        if (i > 0 && !writer.newPage()) {
            painter.end();
            file.cancelWriting();
            return fail(DeckText::tr("could not start a new page"));
        }
        paintSlide(painter, deck, i, page, theme);
    }
    painter.end();
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Hindsight
