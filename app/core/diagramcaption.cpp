#include "core/diagramcaption.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Hindsight {

namespace {

constexpr double kPercentTolerance = 0.015; // "20%" for 19.4 % .. 21.4 %: rounding
constexpr double kWordTolerance = 0.05;     // "a quarter" for 20 % .. 30 %

struct ShareWord
{
    const char *pattern; // whole words, case-insensitive
    double fraction;
};

// Longer phrases first, so "two thirds" is not also read as "a third".
const ShareWord kShareWords[] = {
    {"three[ -]quarters", 0.75},
    {"two[ -]thirds", 2.0 / 3},
    {"(?:a|one)[ -]third", 1.0 / 3},
    {"(?:a|one)[ -]quarter", 0.25},
    {"(?:a|one)[ -]fifth", 0.2},
    {"(?:a|one)[ -]tenth", 0.1},
    {"half", 0.5},
};

} // namespace

QList<CaptionShare> captionShares(const QString &caption)
{
    struct Found
    {
        qsizetype at;
        CaptionShare share;
    };
    QList<Found> found;
    QString rest = caption; // matched words are blanked so shorter phrases skip them
    static const QRegularExpression percent(
        QStringLiteral("(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|percent\\b|per cent\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = percent.globalMatch(caption); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString number = m.captured(1);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        const double value = number.toDouble();
        if (value < 0 || value > 100)
            continue;
        found.append({m.capturedStart(), {m.captured(0), value / 100, kPercentTolerance}});
    }
    for (const ShareWord &word : kShareWords) {
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QLatin1String(word.pattern)),
                                    QRegularExpression::CaseInsensitiveOption);
        for (auto it = re.globalMatch(rest); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            found.append({m.capturedStart(),
                          {caption.mid(m.capturedStart(), m.capturedLength()), word.fraction,
                           kWordTolerance}});
            rest.replace(m.capturedStart(), m.capturedLength(),
                         QString(m.capturedLength(), QLatin1Char(' ')));
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.at < b.at; });
    QList<CaptionShare> out;
    for (const Found &f : found)
        out.append(f.share);
    return out;
}

QList<double> diagramShares(const LoadDiagram &diagram)
{
    QList<double> out;
    const auto add = [&out](const LoadScenario &s) {
        const ScenarioLoad load = computeLoad(s);
        for (const BackendLoad &b : load.backends)
            out.append(b.share);
        if (s.requestRate > 0)
            out.append(load.failedRate / s.requestRate);
        out.append(load.unservedShare);
        out.append(s.pinnedFraction);
        const qsizetype n = s.backends.size();
        if (n == 0)
            return;
        int down = 0;
        int failing = 0;
        for (int i = 0; i < n; ++i) {
            down += s.backends[i].health == BackendHealth::Down ? 1 : 0;
            failing += load.backends[i].failing ? 1 : 0;
        }
        for (const int count : {load.inRotationCount, load.overloadedCount, down, failing})
            out.append(double(count) / double(n));
    };
    add(diagram.incident);
    if (diagram.fixed)
        add(*diagram.fixed);
    return out;
}

QList<CaptionShare> staleCaptionShares(const LoadDiagram &diagram)
{
    const QList<CaptionShare> stated = captionShares(diagram.caption);
    if (stated.isEmpty())
        return {};
    const QList<double> shares = diagramShares(diagram);
    QList<CaptionShare> stale;
    for (const CaptionShare &s : stated) {
        const bool fits = std::any_of(shares.cbegin(), shares.cend(), [&s](double v) {
            return std::isfinite(v) && std::abs(v - s.fraction) <= s.tolerance + 1e-9;
        });
        if (!fits)
            stale.append(s);
    }
    return stale;
}

} // namespace Hindsight
