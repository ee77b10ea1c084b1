#include "core/postmortem.h"

#include "core/fastregex.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Hindsight {

std::optional<qint64> Moment::minutesSinceEpoch() const
{
    if (!hasDateTime())
        return std::nullopt;
    const QDateTime utc(date, time, Qt::UTC);
    return utc.toSecsSinceEpoch() / 60 - utcOffsetMinutes.value_or(0);
}

namespace {
struct KindName
{
    EventKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {EventKind::Detection, "detection"},         {EventKind::Investigation, "investigation"},
    {EventKind::Misleading, "misleading"},       {EventKind::Escalation, "escalation"},
    {EventKind::Mitigation, "mitigation"},       {EventKind::Resolution, "resolution"},
    {EventKind::Communication, "communication"}, {EventKind::Other, "other"},
};
} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("other");
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &k : kKindNames)
        if (n == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QList<EventKind> allEventKinds()
{
    QList<EventKind> kinds;
    for (const auto &k : kKindNames)
        kinds.append(k.kind);
    return kinds;
}

QString severityName(Severity s)
{
    return QStringLiteral("SEV%1").arg(int(s));
}

std::optional<Severity> severityFromName(const QString &name)
{
    static const FastRegex re(QStringLiteral("^\\s*(?:sev)?\\s*([1-5])\\s*$"),
                              QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    return Severity(m.captured(1).toInt());
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::InReview:
        return QStringLiteral("in-review");
    case Status::Final:
        return QStringLiteral("final");
    }
    return QStringLiteral("draft");
}

std::optional<Status> statusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("draft"))
        return Status::Draft;
    if (n == QLatin1String("in-review") || n == QLatin1String("in review"))
        return Status::InReview;
    if (n == QLatin1String("final"))
        return Status::Final;
    return std::nullopt;
}

QString formatUtcOffset(int minutes)
{
    const QChar sign = minutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = qAbs(minutes);
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

QList<QString *> proseFields(Postmortem &pm)
{
    QList<QString *> fields{&pm.summary, &pm.impact, &pm.rootCause, &pm.resolution};
    for (Section &s : pm.sections)
        fields.append(&s.text);
    return fields;
}

} // namespace Hindsight
