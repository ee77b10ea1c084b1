// Import stage "line roles and sections": section labels of postmortems written in German,
// French or Spanish, the languages Hindsight's own interface ships in.
#include "core/fastregex.h"
#include "core/import/vocabulary.h"

#include <QRegularExpression>

#include <memory>
#include <utility>
#include <vector>

namespace Hindsight::Import {

Label classifyForeignLabel(const QString &norm)
{
    // Each rule starts from the section's name in translations/hindsight_{de,fr,es}.ts
    // (Zusammenfassung / Résumé / Resumen, Zeitleiste / Chronologie / Cronología, Grundursache /
    // Cause racine / Causa raíz, Behebung / Résolution / Resolución, Maßnahmen / Actions /
    // Acciones) and adds the forms reports give them: "… del incidente", "Análisis de …",
    // "Acciones correctivas", and the French quality vocabulary's pair "actions correctives et
    // préventives" (ISO 9001's corrective and preventive action). Accents may be left out
    // ("cronologia", "causa raiz"); labels are normalised (lower case, no punctuation, "de
    // l'incident" -> "de lincident"). FastRegex: every line that may be a label is tried against
    // each rule.
    static const std::vector<std::pair<Label, std::unique_ptr<FastRegex>>> rules = [] {
        const QString incident = QStringLiteral(
            R"(( (del|de la|de l|de|des|du) ?(incidente?|incidencia|fallo|vorfalls?))?)");
        std::vector<std::pair<Label, std::unique_ptr<FastRegex>>> list;
        const auto rule = [&incident, &list](Label label, const char *pattern) {
            QString p = QString::fromUtf8(pattern);
            p.replace(QLatin1String("{INC}"), incident);
            list.emplace_back(label, std::make_unique<FastRegex>(p));
        };
        rule(Label::Summary,
             R"(^(resumen( ejecutivo)?|zusammenfassung|r[ée]sum[ée]( ex[ée]cutif)?){INC}$)");
        rule(Label::Impact, R"(^(impacto|auswirkungen?){INC}$)");
        rule(
            Label::Timeline,
            R"(^(cronolog[ií]a|l[ií]nea de tiempo|zeitleiste|zeitablauf|zeitlicher ablauf|chronologie){INC}\b.{0,40}$)");
        rule(
            Label::RootCause,
            R"(^((an[aá]lisis de (la )?)?causas? ra[ií]z|grundursachen?|ursachen?|ursachenanalyse|(analyse (de la |des )?)?causes? racines?|causes? premi[eè]res?){INC}$)");
        rule(Label::Resolution,
             R"(^(resoluci[oó]n|soluci[oó]n|behebung|l[öo]sung|r[ée]solution){INC}$)");
        rule(
            Label::Measures,
            R"(^((acciones|medidas)( correctivas| preventivas| de seguimiento| de mejora)?|(korrektur|folge|gegen)?ma(ß|ss)nahmen|mesures|(actions|mesures) (correctives|pr[ée]ventives|de suivi)( (et|and) (pr[ée]vention|(actions )?pr[ée]ventives))?)$)");
        rule(Label::Duration, R"(^(duraci[oó]n|fecha|dauer|datum|dur[ée]e){INC}$)");
        rule(
            Label::Closing,
            R"(^(referencias|ap[ée]ndice\b.{0,40}|conclusi[oó]n(es)?|fazit|anhang\b.{0,40}|referenzen|quellen|annexe\b.{0,40}|r[ée]f[ée]rences)$)");
        return list;
    }();
    // All rules joined: most labels are English and fail this one match, not each rule.
    static const FastRegex any([] {
        QStringList patterns;
        for (const auto &rule : rules)
            patterns.append(QStringLiteral("(?:%1)").arg(rule.second->pattern()));
        return patterns.join(QLatin1Char('|'));
    }());
    if (norm.size() > 80 || !any.matches(norm))
        return Label::None;
    for (const auto &[label, re] : rules)
        if (re->matches(norm))
            return label;
    return Label::None;
}

} // namespace Hindsight::Import
