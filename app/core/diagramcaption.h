// Whether a load diagram's caption still agrees with the diagram's numbers: a caption that
// says "a quarter of the requests failed" goes stale when someone edits the backends.
#pragma once

#include "core/loaddiagram.h"

#include <QList>
#include <QString>

namespace Hindsight {

/// One share a caption states, in its own words.
struct CaptionShare
{
    QString text;    ///< as written: "a quarter", "half", "20%", "35 percent"
    double fraction; ///< 0..1
    /// How far (in fraction, 0..1) a number of the diagram may be from `fraction` and still be
    /// what the words mean: 0.015 for a written percentage (rounding), 0.05 for a word.
    double tolerance;
};

/// The shares `caption` states (English only, the language captions are written in here):
/// "N%" / "N %" / "N percent" / "N per cent" (0 to 100, decimals allowed), and the words
/// "half", "a/one third", "two thirds", "a/one quarter", "three quarters", "a/one fifth",
/// "a/one tenth", in the order they appear.
QList<CaptionShare> captionShares(const QString &caption);

/// Every share of `diagram` a caption might speak of, 0..1, for the incident and (when
/// present) the fixed state: each backend's share of the requests, the failed requests
/// (failedRate / requestRate), the unserved requests, the pinned sessions, and the fractions
/// of backends in rotation, overloaded, down and failing (count / number of backends).
QList<double> diagramShares(const LoadDiagram &diagram);

/// The caption's shares that no number of diagramShares() is within its tolerance of: the
/// words to flag in the editor. Empty when the caption states no share or all of them fit.
QList<CaptionShare> staleCaptionShares(const LoadDiagram &diagram);

} // namespace Hindsight
