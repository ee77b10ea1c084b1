// Slide content cut into pieces that can go on separate slides: see slidecontent.h.
#include "render/slidecontent.h"

#include "render/htmlrenderer.h"

#include <QRegularExpression>

#include <optional>

namespace Hindsight::SlideContent {

namespace {

constexpr qsizetype kMaxNestedIndent = 12; // list nesting shown: about four levels
constexpr int kMaxQuoteDepth = 3;
constexpr qreal kMinCutFill = 0.2; // part of a page a cut section must fill at a page's end

} // namespace

QString proseHtml(const QString &markdown)
{
    return markdownToHtml(markdown, HtmlOptions(), 3);
}

/// Positions (end of the first part, start of the rest) of the runs of whitespace in `text`
/// that leave a non-empty first part of at most kMaxSlideSourceChars and a non-empty rest;
/// every eighth character when there is no whitespace there at all.
QList<std::pair<qsizetype, qsizetype>> wordBreaks(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<std::pair<qsizetype, qsizetype>> breaks;
    auto it = space.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > kMaxSlideSourceChars)
            break;
        if (m.capturedStart() > 0 && m.capturedEnd() < text.size())
            breaks.append({m.capturedStart(), m.capturedEnd()});
    }
    if (breaks.isEmpty()) {
        // One endless "word" (a pasted hash or log line): cut it between characters.
        for (qsizetype at = 8; at < std::min(text.size(), kMaxSlideSourceChars); at += 8) {
            const qsizetype cut = text.at(at).isLowSurrogate() ? at + 1 : at;
            if (cut < text.size())
                breaks.append({cut, cut});
        }
    }
    return breaks;
}

namespace {

/// Cuts of Markdown `text` at runs of whitespace; cuts after a sentence end are preferred.
Cuts wordCuts(MarkdownBlock::Kind kind, const QString &text)
{
    const auto breaks = std::make_shared<QList<std::pair<qsizetype, qsizetype>>>(wordBreaks(text));
    Cuts c;
    c.count = int(breaks->size());
    c.at = [kind, text, breaks](int i) {
        const auto [end, next] = breaks->at(i);
        return std::make_pair(proseUnit(kind, text.left(end)),
                              proseUnit(MarkdownBlock::Paragraph, text.mid(next)));
    };
    c.size = [breaks](int i) {
        return breaks->at(i).first;
    };
    c.preferred = [text, breaks](int i) {
        const QChar last = text.at(breaks->at(i).first - 1);
        return last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
               || last == QLatin1Char(':');
    };
    return c;
}

/// Cuts of `lines` before line lines[i] for each i in `starts`, as far as the first part stays
/// within kMaxSlideSourceChars. `part(from, to)` makes the unit of lines [from, to).
Cuts lineCuts(const QStringList &lines, const QList<qsizetype> &starts,
              const std::function<Unit(qsizetype, qsizetype)> &part)
{
    QList<qsizetype> kept;
    qsizetype length = 0, line = 0;
    for (const qsizetype start : starts) {
        for (; line < start; ++line)
            length += lines[line].size() + 1;
        if (length > kMaxSlideSourceChars)
            break;
        kept.append(start);
    }
    Cuts c;
    c.count = int(kept.size());
    const qsizetype total = lines.size();
    c.at = [kept, part, total](int i) {
        return std::make_pair(part(0, kept[i]), part(kept[i], total));
    };
    c.size = [kept](int i) {
        return kept[i];
    };
    return c;
}

/// Cuts of a list before each of its top-level items.
Cuts listCuts(const QStringList &lines)
{
    static const QRegularExpression item(QStringLiteral("^(\\s*)([-*+]|\\d{1,9}[.)])(\\s|$)"));
    const auto first = item.match(lines.value(0));
    QList<qsizetype> starts;
    for (qsizetype i = 1; first.hasMatch() && i < lines.size(); ++i) {
        const auto m = item.match(lines[i]);
        if (m.hasMatch() && m.capturedLength(1) == first.capturedLength(1))
            starts.append(i);
    }
    return lineCuts(lines, starts, [lines](qsizetype from, qsizetype to) {
        return proseUnit(MarkdownBlock::List, lines.mid(from, to - from).join(QLatin1Char('\n')));
    });
}

/// Cuts of a fenced or indented code block between lines; each part keeps the fences.
Cuts codeCuts(const QStringList &lines)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})"));
    const auto open = fence.match(lines.value(0));
    QStringList body = lines;
    QString opening, closing;
    if (open.hasMatch()) {
        opening = body.takeFirst();
        if (!body.isEmpty() && body.last().trimmed().startsWith(open.captured(1)))
            closing = body.takeLast();
        else
            closing = open.captured(1);
    }
    QList<qsizetype> starts;
    for (qsizetype i = 1; i < body.size(); ++i)
        starts.append(i);
    return lineCuts(body, starts, [body, opening, closing](qsizetype from, qsizetype to) {
        QStringList part = body.mid(from, to - from);
        if (!opening.isEmpty())
            part = QStringList{opening} + part + QStringList{closing};
        return proseUnit(MarkdownBlock::CodeBlock, part.join(QLatin1Char('\n')));
    });
}

/// Cuts of a GFM table between rows; each part repeats the header and delimiter rows.
Cuts tableCuts(const QStringList &lines)
{
    if (lines.size() < 4)
        return {};
    const QStringList head = lines.mid(0, 2);
    const QStringList rows = lines.mid(2);
    QList<qsizetype> starts;
    for (qsizetype i = 1; i < rows.size(); ++i)
        starts.append(i);
    return lineCuts(rows, starts, [head, rows](qsizetype from, qsizetype to) {
        return proseUnit(MarkdownBlock::Table,
                         (head + rows.mid(from, to - from)).join(QLatin1Char('\n')));
    });
}
} // namespace

Unit proseUnit(MarkdownBlock::Kind kind, const QString &text)
{
    Unit u([text] { return proseHtml(text); }, text.size(), kind == MarkdownBlock::Heading);
    u.cuts = [kind, text] {
        const QStringList lines = text.split(QLatin1Char('\n'));
        Cuts c;
        if (kind == MarkdownBlock::List)
            c = listCuts(lines);
        else if (kind == MarkdownBlock::CodeBlock)
            c = codeCuts(lines);
        else if (kind == MarkdownBlock::Table)
            c = tableCuts(lines);
        return c.count > 0 ? c : wordCuts(kind, text);
    };
    return u;
}

namespace {

/// True for a paragraph of nothing but images ("![alt](file.png)", diagram links): pictures
/// have no place in slide text (diagrams get their own slides).
bool isImageOnly(const MarkdownBlock &block)
{
    static const QRegularExpression images(
        QStringLiteral("^(\\s*!\\[[^\\]]*\\]\\([^)]*\\)\\s*)+$"));
    return block.kind == MarkdownBlock::Paragraph
           && images.match(block.lines.join(QLatin1Char(' '))).hasMatch();
}

/// `lines` of a list or quote with nesting deeper than a slide has room for flattened: at most
/// kMaxNestedIndent columns of indentation and kMaxQuoteDepth quote markers per line. Each
/// level indents by more than two characters of body text, so a few levels are all a slide
/// can show; deeper items join the deepest level shown, their text kept.
QStringList limitNesting(QStringList lines)
{
    static const QRegularExpression quotes(
        QStringLiteral("^((?:\\s{0,3}>){%1,})").arg(kMaxQuoteDepth + 1));
    for (QString &line : lines) {
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (indent > kMaxNestedIndent)
            line.remove(0, indent - kMaxNestedIndent);
        if (const auto m = quotes.match(line); m.hasMatch())
            line.replace(0, m.capturedLength(1), QStringLiteral("> ").repeated(kMaxQuoteDepth));
    }
    return lines;
}
} // namespace

QList<Unit> proseUnits(const QString &markdown)
{
    QList<Unit> units;
    for (const MarkdownBlock &block : parseMarkdownBlocks(markdown)) {
        if (block.kind == MarkdownBlock::Html || block.kind == MarkdownBlock::ThematicBreak
            || isImageOnly(block) || block.lines.join(QString()).trimmed().isEmpty())
            continue;
        const bool nests = block.kind == MarkdownBlock::List || block.kind == MarkdownBlock::Quote;
        units.append(proseUnit(
            block.kind, (nests ? limitNesting(block.lines) : block.lines).join(QLatin1Char('\n'))));
    }
    return units;
}

/// Fills pages `pageHeight` tall with `units` in order: a unit that does not fit below the
/// others starts the next page, and one taller than a page is cut (at its cuts) to fill the
/// page, unless that leaves only a sliver of it (under a fifth of a page) on this one. `join`
/// turns a page's unit HTML into the text box's HTML; `heightOf` measures that. A heading is
/// never left last on a page.
QList<QString> paginate(QList<Unit> units, const std::function<QString(const QStringList &)> &join,
                        const std::function<qreal(const QString &)> &heightOf, qreal pageHeight)
{
    const auto fits = [&](const QString &html) {
        return heightOf(html) <= pageHeight;
    };
    QList<QString> pages;
    QStringList page;
    QList<bool> headings;
    const auto flush = [&] {
        // Keep a heading with what follows it.
        QList<Unit> carry;
        while (page.size() > 1 && headings.last()) {
            carry.prepend(Unit::ofHtml(page.takeLast(), true));
            headings.removeLast();
        }
        if (!page.isEmpty())
            pages.append(join(page));
        page.clear();
        headings.clear();
        units = carry + units;
    };
    const auto fitsWith = [&](const QString &html) {
        return fits(join(page + QStringList{html}));
    };
    while (!units.isEmpty()) {
        const Unit u = units.takeFirst();
        // A unit far longer than a slide holds is cut without laying it all out first.
        const bool huge = u.sourceLength() > kMaxSlideSourceChars;
        if (!huge && fitsWith(u.html())) {
            page.append(u.html());
            headings.append(u.isHeading());
            continue;
        }
        if (!huge && !page.isEmpty() && fits(join({u.html()}))) {
            units.prepend(u);
            flush();
            continue;
        }
        // Too tall even for a page of its own, or it would leave this page half empty: cut.
        Cuts cuts = u.cuts ? u.cuts() : Cuts();
        // Every cut must make progress, or paginating would never end.
        if (cuts.count > 0 && cuts.at(0).second.sourceLength() >= u.sourceLength())
            cuts = Cuts();
        QList<std::optional<std::pair<Unit, Unit>>> made(cuts.count);
        const auto cut = [&](int i) -> const std::pair<Unit, Unit> & {
            if (!made[i])
                made[i] = cuts.at(i);
            return *made[i];
        };
        int lo = 0, hi = cuts.count - 1, best = -1;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            if (fitsWith(cut(mid).first.html())) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best >= 0 && !cuts.preferred(best)) {
            // A sentence end not much earlier reads better than a cut mid-sentence.
            const qsizetype size = cuts.size(best);
            for (int i = best - 1; i >= 0 && cuts.size(i) >= size * 0.6; --i) {
                if (cuts.preferred(i)) {
                    best = i;
                    break;
                }
            }
        }
        if (best >= 0 && !page.isEmpty()
            && heightOf(join({cut(best).first.html()})) < pageHeight * kMinCutFill) {
            units.prepend(u); // a line or two here and the rest overleaf: start afresh
            flush();
            continue;
        }
        if (best >= 0) {
            page.append(cut(best).first.html());
            headings.append(false);
            units.prepend(cut(best).second);
            flush();
            continue;
        }
        if (!page.isEmpty()) {
            units.prepend(u);
            flush();
            continue;
        }
        // Not even the smallest part fits an empty page (a huge table cell): give it the
        // page anyway rather than lose text. Never happens with the deck's own sizes.
        if (cuts.count > 0) {
            page.append(cut(0).first.html());
            units.prepend(cut(0).second);
        } else {
            page.append(u.html());
        }
        headings.append(false);
        flush();
    }
    if (!page.isEmpty())
        flush();
    return pages;
}

} // namespace Hindsight::SlideContent
