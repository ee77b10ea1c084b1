#include "core/jsonexport.h"

#include "core/metrics.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hindsight {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue momentToJson(const Moment &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("time"), m.time.isValid()
                                         ? QJsonValue(m.time.toString(QStringLiteral("HH:mm")))
                                         : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("utcOffsetMinutes"),
             m.utcOffsetMinutes ? QJsonValue(*m.utcOffsetMinutes) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("text"), m.text);
    return o;
}

QJsonValue momentOrNull(const Moment &m)
{
    return m.isNull() ? QJsonValue(QJsonValue::Null) : momentToJson(m);
}

} // namespace

QJsonObject postmortemToJson(const Postmortem &pm)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("hindsight.postmortem/1"));
    o.insert(QStringLiteral("title"), pm.title);
    o.insert(QStringLiteral("status"),
             pm.status ? QJsonValue(statusName(*pm.status)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("severity"),
             pm.severity ? QJsonValue(severityName(*pm.severity)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(pm.authors));
    if (pm.timezone) {
        o.insert(QStringLiteral("timezone"),
                 QJsonObject{{QStringLiteral("label"), pm.timezone->label},
                             {QStringLiteral("utcOffsetMinutes"), pm.timezone->utcOffsetMinutes}});
    } else {
        o.insert(QStringLiteral("timezone"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("incident"),
             QJsonObject{{QStringLiteral("start"), momentOrNull(pm.start)},
                         {QStringLiteral("end"), momentOrNull(pm.end)}});
    o.insert(QStringLiteral("impact"),
             QJsonObject{{QStringLiteral("text"), pm.impact},
                         {QStringLiteral("usersAffectedPercent"),
                          pm.usersAffectedPercent ? QJsonValue(*pm.usersAffectedPercent)
                                                  : QJsonValue(QJsonValue::Null)}});
    o.insert(QStringLiteral("summary"), pm.summary);
    o.insert(QStringLiteral("rootCause"), pm.rootCause);
    o.insert(QStringLiteral("resolution"), pm.resolution);

    QJsonArray timeline;
    for (const TimelineEvent &e : pm.timeline)
        timeline.append(QJsonObject{{QStringLiteral("at"), momentToJson(e.at)},
                                    {QStringLiteral("kind"), eventKindName(e.kind)},
                                    {QStringLiteral("text"), e.text},
                                    {QStringLiteral("detail"), e.detail}});
    o.insert(QStringLiteral("timeline"), timeline);

    QJsonArray items;
    for (const ActionItem &a : pm.actionItems)
        items.append(QJsonObject{
            {QStringLiteral("text"), a.text},
            {QStringLiteral("category"), a.category},
            {QStringLiteral("owner"),
             a.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.owner)},
            {QStringLiteral("due"), a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), a.done ? QStringLiteral("done") : QStringLiteral("open")}});
    o.insert(QStringLiteral("actionItems"), items);

    QJsonArray sections;
    for (const Section &s : pm.sections)
        sections.append(
            QJsonObject{{QStringLiteral("heading"), s.heading}, {QStringLiteral("text"), s.text}});
    o.insert(QStringLiteral("sections"), sections);

    // Added with the importer's "values kept as stated" (issue #16); empty when none.
    QJsonArray stated;
    for (const StatedValue &v : pm.statedValues)
        stated.append(QJsonObject{{QStringLiteral("field"), v.field},
                                  {QStringLiteral("stated"), v.stated},
                                  {QStringLiteral("note"), v.note}});
    o.insert(QStringLiteral("statedValues"), stated);
    o.insert(QStringLiteral("services"), QJsonArray::fromStringList(pm.services));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(pm.tags));

    const IncidentMetrics m = computeMetrics(pm);
    o.insert(QStringLiteral("metrics"),
             QJsonObject{
                 {QStringLiteral("durationMinutes"), optionalNumber(m.durationMinutes)},
                 {QStringLiteral("timeToDetectMinutes"), optionalNumber(m.timeToDetectMinutes)},
                 {QStringLiteral("timeToMitigateMinutes"), optionalNumber(m.timeToMitigateMinutes)},
                 {QStringLiteral("timeToResolveMinutes"), optionalNumber(m.timeToResolveMinutes)}});
    return o;
}

QByteArray postmortemToJsonText(const Postmortem &pm)
{
    return QJsonDocument(postmortemToJson(pm)).toJson(QJsonDocument::Indented);
}

} // namespace Hindsight
