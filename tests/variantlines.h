// Test helper: the lines of a Markdown document as the variant rewrites see them (what each
// line is, and which a rewrite may touch), and the functions that apply a rewrite to them.
// Code, HTML, tables and front matter are never touched.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <type_traits>

namespace HindsightTest::VariantDetail {

/// What a line is, for deciding whether a rewrite may touch it.
enum class LineKind {
    Prose,     ///< paragraph text, list items, label lines
    Heading,   ///< an ATX heading ("## Timeline")
    Protected, ///< code, HTML, tables, front matter, thematic breaks: left as written
    Blank,
};

inline bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

/// The kind of each line of `lines`, tracking fences, front matter and indented code.
inline QList<LineKind> lineKinds(const QStringList &lines)
{
    QList<LineKind> kinds;
    kinds.reserve(lines.size());
    bool inFence = false;
    bool inFrontMatter = !lines.isEmpty() && lines.first().trimmed() == QLatin1String("---");
    bool previousBlank = true;
    bool inList = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString t = line.trimmed();
        LineKind kind = LineKind::Prose;
        if (inFrontMatter) {
            kind = LineKind::Protected;
            if (i > 0 && (t == QLatin1String("---") || t == QLatin1String("...")))
                inFrontMatter = false;
        } else if (isFence(line)) {
            kind = LineKind::Protected;
            inFence = !inFence;
        } else if (inFence) {
            kind = LineKind::Protected;
        } else if (t.isEmpty()) {
            kind = LineKind::Blank;
        } else if (t.startsWith(QLatin1Char('<')) || t.startsWith(QLatin1Char('|'))
                   || t.contains(QLatin1String(" | ")) || t.startsWith(QLatin1String("---"))
                   || t.startsWith(QLatin1String("***")) || t.startsWith(QLatin1String("==="))
                   || t.startsWith(QLatin1String(":::"))) {
            kind = LineKind::Protected;
        } else if (line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t'))) {
            // Indented code after a blank line outside a list; a list's continuation otherwise.
            kind = previousBlank && !inList ? LineKind::Protected : LineKind::Prose;
        } else if (t.startsWith(QLatin1Char('#'))) {
            kind = LineKind::Heading;
        }
        if (kind != LineKind::Blank && kind != LineKind::Protected) {
            static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d{1,3}[.)])\\s"));
            if (item.match(line).hasMatch())
                inList = true;
            else if (previousBlank && !line.startsWith(QLatin1Char(' ')))
                inList = false;
        }
        previousBlank = kind == LineKind::Blank;
        kinds.append(kind);
    }
    return kinds;
}

/// `text` with `rewrite` applied to each line of the given kind; other lines stay as written.
/// `rewrite` takes the line, or the line, its index and every line's kind.
template<typename Rewrite>
QString mapLines(const QString &text, LineKind kind, Rewrite rewrite)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    QStringList out;
    out.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (kinds.at(i) != kind)
            out.append(lines.at(i));
        else if constexpr (std::is_invocable_v<Rewrite, const QString &>)
            out.append(rewrite(lines.at(i)));
        else
            out.append(rewrite(lines.at(i), i, kinds));
    }
    return out.join(QLatin1Char('\n'));
}

/// `text` with `rewrite` applied to the parts of a prose line outside code spans.
template<typename Rewrite>
QString outsideCodeSpans(const QString &line, Rewrite rewrite)
{
    const QStringList parts = line.split(QLatin1Char('`'));
    QStringList out;
    for (int i = 0; i < parts.size(); ++i)
        out.append(i % 2 == 0 ? rewrite(parts.at(i)) : parts.at(i));
    return out.join(QLatin1Char('`'));
}

/// `text` with each match of `re` in its prose, outside code spans, replaced by `replace(match)`.
template<typename Replace>
QString replaceInProse(const QString &text, const QRegularExpression &re, Replace replace)
{
    return mapLines(text, LineKind::Prose, [&](const QString &line) {
        return outsideCodeSpans(line, [&](const QString &part) {
            QString out;
            qsizetype last = 0;
            for (auto it = re.globalMatch(part); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                out += part.mid(last, m.capturedStart() - last) + replace(m);
                last = m.capturedEnd();
            }
            return out + part.mid(last);
        });
    });
}

inline int headingLevel(const QString &line)
{
    const QString t = line.trimmed();
    int level = 0;
    while (level < t.size() && t.at(level) == QLatin1Char('#'))
        ++level;
    const bool atx = level >= 1 && level <= 6 && (level == t.size() || t.at(level).isSpace());
    return atx ? level : 0;
}

inline QString headingText(const QString &line)
{
    return line.trimmed().mid(headingLevel(line)).trimmed();
}

} // namespace HindsightTest::VariantDetail
