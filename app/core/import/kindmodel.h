// Import stage "field readers", timeline: a naive Bayes model of the event kinds, learned from
// timeline entries the team wrote and labelled itself (resources/event-kinds/). It weighs every
// word of an entry, beside the hand-written cues (eventkinds.cpp) that name a kind's phrases.
#pragma once

#include "core/postmortem.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace Hindsight::Import {

/// One labelled timeline entry: the kind a careful reader gives `text`.
struct KindExample
{
    EventKind kind = EventKind::Other;
    QString text;
};

/// Parses labelled entries written one per line as `kind<TAB>text` ("mitigation<TAB>Rolled
/// back the 14:02 deploy"); blank lines and lines starting with '#' are comments. A line
/// without a tab or with an unknown kind name is an error: its 1-based number and text are put
/// in `*error` (when given) and parsing stops, returning the entries before it.
QList<KindExample> parseKindExamples(const QString &tsv, QString *error = nullptr);

/// The labelled sets in `folder` (each `*.tsv` file directly in it, read by parseKindExamples),
/// keyed by file name. A set that cannot be read or does not parse is left out, with a
/// qWarning that names it.
QMap<QString, QList<KindExample>> readKindSets(const QString &folder);

/// The words of a timeline entry as the model reads them: lower-cased words (letters with
/// inner apostrophes and hyphens), "#time" for a clock time ("14:02", "9.30", "07h15"),
/// "#num" for any other number, and each pair of neighbours joined by '_' ("rolled_back").
/// Each appears once. Code spans ("`kubectl get pod`") and HTML tags are not read: commands,
/// identifiers and hashes are not the writer's wording, and each is too rare to learn from.
QStringList kindFeatures(const QString &text);

/// Multinomial naive Bayes over kindFeatures presence (Manning, Raghavan & Schütze,
/// "Introduction to Information Retrieval", ch. 13), with Lidstone smoothing α = 0.5; a kind's
/// prior is its number of training entries plus one (normalised away with the other kinds').
class KindModel
{
public:
    using Scores = std::array<double, std::size_t(EventKind::Other) + 1>;

    /// A model learned from `examples`; an empty list gives a model that knows no words.
    static KindModel train(const QList<KindExample> &examples);

    /// The model learned from every labelled set under resources/event-kinds/, compiled into
    /// the core library as the Qt resources ":/event-kinds/*.tsv"; learned on first use, then
    /// shared (thread-safe). A set that fails to parse is skipped with a qWarning.
    static const KindModel &shipped();

    /// Natural log of P(kind) · Π P(feature | kind) over the features of `text` the model has
    /// seen, up to a constant shared by all kinds; indexed by int(EventKind). Features never
    /// seen in training add nothing; `*known` (when given) is set to how many were seen.
    Scores logScores(const QString &text, int *known = nullptr) const;

    /// The prior part of logScores: the natural log of each kind's training entries plus one.
    const Scores &logPrior() const { return m_logPrior; }

    /// The posterior probability of the best kind given the same scores (softmax), 0–1.
    static double confidence(const Scores &scores);

    /// How many distinct features the model has learned.
    qsizetype vocabularySize() const { return m_logLikelihood.size(); }

private:
    Scores m_logPrior{};
    QHash<quint64, Scores> m_logLikelihood; ///< by feature hash (kindmodel.cpp)
};

} // namespace Hindsight::Import
