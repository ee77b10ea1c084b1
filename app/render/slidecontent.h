// Slide content cut into pieces that can go on separate slides (slides.cpp's text boxes):
// prose as units that can be cut at words, lines, list items, code lines and table rows, and
// the pagination that fills slides with them. Internal to the render library.
#pragma once

#include "core/markdownblocks.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Hindsight::SlideContent {

/// The longest Markdown source of one unit part that is ever laid out to see whether it fits:
/// several times what a slide holds at these sizes (about 700 characters of body text), so
/// it never limits a cut, while a huge paragraph is never converted and measured whole (which
/// would make paginating it quadratic).
constexpr qsizetype kMaxSlideSourceChars = 4000;

struct Cuts;

/// A piece of a text box: its rich text (built when first needed, shared by copies), how
/// long its source is, and how to cut it in two when it does not fit.
class Unit
{
public:
    Unit() = default;
    Unit(std::function<QString()> build, qsizetype sourceLength, bool heading = false)
        : m_state(std::make_shared<State>(State{std::move(build), {}}))
        , m_sourceLength(sourceLength)
        , m_heading(heading)
    {}
    static Unit ofHtml(const QString &html, bool heading)
    {
        return Unit([html] { return html; }, html.size(), heading);
    }

    QString html() const
    {
        if (!m_state->html)
            m_state->html = m_state->build();
        return *m_state->html;
    }
    qsizetype sourceLength() const { return m_sourceLength; }
    bool isHeading() const { return m_heading; }

    std::function<Cuts()> cuts; ///< empty: cannot be cut

private:
    struct State
    {
        std::function<QString()> build;
        std::optional<QString> html;
    };
    std::shared_ptr<State> m_state;
    qsizetype m_sourceLength = 0;
    bool m_heading = false;
};

/// The ways to cut a unit in two, made on demand: cut i (0 = smallest first part) gives the
/// first part and the rest. Only cuts whose first part is at most kMaxSlideSourceChars long
/// are listed.
struct Cuts
{
    int count = 0;
    std::function<std::pair<Unit, Unit>(int)> at;
    /// Source length of cut i's first part (grows with i).
    std::function<qsizetype(int)> size;
    /// True when cut i ends a sentence, where a reader expects a break.
    std::function<bool(int)> preferred = [](int) {
        return false;
    };
};

/// A slide's rich text for Markdown prose (markdownToHtml with its headings from level 3).
QString proseHtml(const QString &markdown);

/// One block of prose as a unit that can be cut at words (paragraphs), lines, list items, code
/// lines or table rows.
Unit proseUnit(MarkdownBlock::Kind kind, const QString &text);

/// Positions (end of the first part, start of the rest) of the runs of whitespace in `text`
/// that leave a non-empty first part of at most kMaxSlideSourceChars and a non-empty rest;
/// every eighth character when there is no whitespace there at all.
QList<std::pair<qsizetype, qsizetype>> wordBreaks(const QString &text);

/// The Markdown of a section as units, one per block (images alone on a line are left out:
/// slides draw pictures themselves).
QList<Unit> proseUnits(const QString &markdown);

/// Fills pages (text boxes) of `pageHeight` with `units`; see slidecontent.cpp.
QList<QString> paginate(QList<Unit> units, const std::function<QString(const QStringList &)> &join,
                        const std::function<qreal(const QString &)> &heightOf, qreal pageHeight);

} // namespace Hindsight::SlideContent
