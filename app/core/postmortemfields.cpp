#include "core/postmortemfields.h"

#include <QCoreApplication>

namespace Hindsight {

const QList<FieldInfo> &postmortemFields()
{
    static const QList<FieldInfo> fields{
        {FieldId::Title, "title", nullptr, QT_TRANSLATE_NOOP("Hindsight::Fields", "Title"), "title",
         &Postmortem::title},
        {FieldId::Summary, "summary", "Summary", QT_TRANSLATE_NOOP("Hindsight::Fields", "Summary"),
         nullptr, &Postmortem::summary},
        {FieldId::Impact, "impact", "Impact", QT_TRANSLATE_NOOP("Hindsight::Fields", "Impact"),
         nullptr, &Postmortem::impact},
        {FieldId::Timeline, "timeline", "Timeline",
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Timeline"), "timeline", nullptr},
        {FieldId::RootCause, "rootCause", "Root cause",
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Root cause"), "root-cause",
         &Postmortem::rootCause},
        {FieldId::Resolution, "resolution", "Resolution",
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Resolution"), "resolution",
         &Postmortem::resolution},
        {FieldId::ActionItems, "actionItems", "Action items",
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Action items"), "action-items", nullptr},
        {FieldId::Sections, "sections", nullptr,
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Additional section"), nullptr, nullptr},
        {FieldId::IncidentStart, "incident.start", nullptr,
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Incident start"), nullptr, nullptr},
        {FieldId::IncidentEnd, "incident.end", nullptr,
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Incident end"), nullptr, nullptr},
        {FieldId::TimeZone, "timezone", nullptr,
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Time zone"), nullptr, nullptr},
        {FieldId::UsersAffectedPercent, "usersAffectedPercent", nullptr,
         QT_TRANSLATE_NOOP("Hindsight::Fields", "Users affected"), nullptr, nullptr},
        {FieldId::Document, "document", nullptr, QT_TRANSLATE_NOOP("Hindsight::Fields", "Document"),
         nullptr, nullptr},
    };
    return fields;
}

const FieldInfo &fieldInfo(FieldId id)
{
    for (const FieldInfo &f : postmortemFields())
        if (f.id == id)
            return f;
    Q_UNREACHABLE();
}

const FieldInfo *findField(QStringView key)
{
    for (const FieldInfo &f : postmortemFields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QList<BodyPart> bodyParts(const Postmortem &pm)
{
    const QList<FieldInfo> fields = bodyFields();
    QList<BodyPart> out;
    QList<FieldId> placed;
    int nextSection = 0;
    for (const QString &entry : pm.bodyOrder) {
        if (entry.isEmpty()) {
            if (nextSection < pm.sections.size())
                out.append({FieldId::Document, nextSection++});
            continue;
        }
        for (const FieldInfo &f : fields) {
            if (entry == QLatin1String(f.key) && !placed.contains(f.id)) {
                out.append({f.id, -1});
                placed.append(f.id);
            }
        }
    }
    for (const FieldInfo &f : fields)
        if (!placed.contains(f.id))
            out.append({f.id, -1});
    while (nextSection < pm.sections.size())
        out.append({FieldId::Document, nextSection++});
    return out;
}

void removeSection(Postmortem &pm, int index)
{
    int seen = 0;
    for (qsizetype i = 0; i < pm.bodyOrder.size(); ++i) {
        if (pm.bodyOrder[i].isEmpty() && seen++ == index) {
            pm.bodyOrder.removeAt(i);
            break;
        }
    }
    pm.sections.removeAt(index);
}

bool isGenericBodyOrder(const QStringList &order)
{
    const QList<FieldInfo> fields = bodyFields();
    qsizetype previous = -1;
    bool sectionSeen = false;
    for (const QString &entry : order) {
        if (entry.isEmpty()) {
            sectionSeen = true;
            continue;
        }
        qsizetype at = -1;
        for (qsizetype f = 0; f < fields.size(); ++f)
            if (entry == QLatin1String(fields[f].key))
                at = f;
        if (sectionSeen || at <= previous)
            return false;
        previous = at;
    }
    return true;
}

QString bodyOrderEntry(const BodyPart &part)
{
    return part.section >= 0 ? QString() : fieldKey(part.field);
}

QList<FieldInfo> bodyFields()
{
    QList<FieldInfo> out;
    for (const FieldInfo &f : postmortemFields())
        if (f.nativeHeading)
            out.append(f);
    return out;
}

QList<FieldInfo> proseFieldInfos()
{
    QList<FieldInfo> out;
    for (const FieldInfo &f : postmortemFields())
        if (f.prose && f.nativeHeading)
            out.append(f);
    return out;
}

QString fieldKey(FieldId id)
{
    return QString::fromLatin1(fieldInfo(id).key);
}

QString fieldTitle(FieldId id, DisplayLanguage language)
{
    const char *title = fieldInfo(id).title;
    return language == DisplayLanguage::English ? QString::fromUtf8(title)
                                                : documentTr("Hindsight::Fields", title);
}

} // namespace Hindsight
