#include "core/postmortemfields.h"

#include <QCoreApplication>

namespace Hindsight {

namespace {
#define HS_TITLE(text) QT_TRANSLATE_NOOP("Hindsight::Fields", text)
} // namespace

const QList<FieldInfo> &postmortemFields()
{
    static const QList<FieldInfo> fields{
        {FieldId::Title, "title", nullptr, HS_TITLE("Title"), "title", &Postmortem::title},
        {FieldId::Summary, "summary", "Summary", HS_TITLE("Summary"), nullptr,
         &Postmortem::summary},
        {FieldId::Impact, "impact", "Impact", HS_TITLE("Impact"), nullptr, &Postmortem::impact},
        {FieldId::Timeline, "timeline", "Timeline", HS_TITLE("Timeline"), "timeline", nullptr},
        {FieldId::RootCause, "rootCause", "Root cause", HS_TITLE("Root cause"), "root-cause",
         &Postmortem::rootCause},
        {FieldId::Resolution, "resolution", "Resolution", HS_TITLE("Resolution"), "resolution",
         &Postmortem::resolution},
        {FieldId::ActionItems, "actionItems", "Action items", HS_TITLE("Action items"),
         "action-items", nullptr},
        {FieldId::Sections, "sections", nullptr, HS_TITLE("Additional section"), nullptr, nullptr},
        {FieldId::IncidentStart, "incident.start", nullptr, HS_TITLE("Incident start"), nullptr,
         nullptr},
        {FieldId::IncidentEnd, "incident.end", nullptr, HS_TITLE("Incident end"), nullptr, nullptr},
        {FieldId::TimeZone, "timezone", nullptr, HS_TITLE("Time zone"), nullptr, nullptr},
        {FieldId::UsersAffectedPercent, "usersAffectedPercent", nullptr, HS_TITLE("Users affected"),
         nullptr, nullptr},
        {FieldId::Document, "document", nullptr, HS_TITLE("Document"), nullptr, nullptr},
    };
    return fields;
}

#undef HS_TITLE

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
