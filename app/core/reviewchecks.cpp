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

std::pair<int, int> findingExcerptRange(const QString &text, const FindingLocation &where)
{
    const QString &excerpt = where.excerpt;
    if (excerpt.trimmed().isEmpty())
        return {-1, 0};
    if (where.offset >= 0 && text.mid(where.offset, excerpt.size()) == excerpt)
        return {where.offset, int(excerpt.size())};
    QStringList parts;
    for (const QString &w :
         excerpt.split(QRegularExpression(QStringLiteral("[\\s*_`~|]+")), Qt::SkipEmptyParts))
        parts.append(QRegularExpression::escape(w));
    if (parts.isEmpty())
        return {-1, 0};
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                    .arg(parts.join(QStringLiteral("[\\s*_`~|]+"))),
                                QRegularExpression::CaseInsensitiveOption);
    std::pair<int, int> best{-1, 0};
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto distance = [&where](int start) {
            return qAbs(start - qMax(0, where.offset));
        };
        if (best.first < 0 || distance(int(m.capturedStart())) < distance(best.first))
            best = {int(m.capturedStart()), int(m.capturedLength())};
    }
    return best;
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
        if (!f.where.excerpt.isEmpty())
            where.insert(QStringLiteral("excerpt"), f.where.excerpt);
        if (f.where.offset >= 0)
            where.insert(QStringLiteral("offset"), f.where.offset);
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
