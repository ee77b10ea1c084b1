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
    return language == DisplayLanguage::English
               ? QString::fromUtf8(title)
               : QCoreApplication::translate("Hindsight::Fields", title);
}

} // namespace Hindsight
