#include "core/reviewchecks.h"

#include "core/review/checks.h"
#include "core/review/reviewdocument.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Hindsight {

namespace {

using Review::ReviewText;

} // namespace

QList<Finding> reviewPostmortem(const Postmortem &pm)
{
    const Review::ReviewDocument doc(pm);
    Review::Findings out;
    Review::checkRequirements(doc, out);
    Review::checkConsistency(doc, out);
    Review::checkActionItems(doc, out);
    Review::checkBlame(doc, out);
    Review::checkSpelling(doc, out);
    QList<Finding> &findings = out.list();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    return findings;
}

QString findingLocationText(const FindingLocation &where)
{
    switch (where.field) {
    case FieldId::Timeline:
        return where.index >= 0 ? ReviewText::tr("Timeline row %1").arg(where.index + 1)
                                : fieldTitle(where.field);
    case FieldId::ActionItems:
        return where.index >= 0 ? ReviewText::tr("Action item %1").arg(where.index + 1)
                                : fieldTitle(where.field);
    default:
        return fieldTitle(where.field);
    }
}

QString findingFieldKey(FieldId field)
{
    return field == FieldId::Document ? QString() : fieldKey(field);
}

QString findingSeverityName(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Hint:
        return QStringLiteral("hint");
    }
    return QStringLiteral("hint");
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        QJsonObject where{{QStringLiteral("field"), findingFieldKey(f.where.field)}};
        where.insert(QStringLiteral("index"),
                     f.where.index >= 0 ? QJsonValue(f.where.index) : QJsonValue(QJsonValue::Null));
        out.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                               {QStringLiteral("category"), f.category},
                               {QStringLiteral("severity"), findingSeverityName(f.severity)},
                               {QStringLiteral("message"), f.message},
                               {QStringLiteral("where"), where}});
    }
    return out;
}

int postmortemWordCount(const Postmortem &pm)
{
    return Review::ReviewDocument(pm).wordCount();
}

} // namespace Hindsight
