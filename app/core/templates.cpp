#include "core/templates.h"

#include "core/postmortemfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Hindsight {

namespace {

/// Context of this file's messages (lupdate reads the macro's argument).
struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::Templates)
};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? fromStd(node.as<std::string>()).trimmed() : QString();
}

/// The keys of the body fields a template section may map to (postmortemfields.h).
const QStringList &modelFields()
{
    static const QStringList fields = [] {
        QStringList keys;
        for (const FieldInfo &f : bodyFields())
            keys.append(QString::fromLatin1(f.key));
        return keys;
    }();
    return fields;
}

} // namespace

QList<TemplateSection> PostmortemTemplate::additionalSections() const
{
    QList<TemplateSection> out;
    for (const TemplateSection &s : sections) {
        if (s.field.isEmpty())
            out.append(s);
    }
    return out;
}

QString PostmortemTemplate::guidanceFor(const QString &fieldOrHeading) const
{
    for (const TemplateSection &s : sections) {
        if (s.field == fieldOrHeading
            || (s.field.isEmpty() && s.heading.compare(fieldOrHeading, Qt::CaseInsensitive) == 0))
            return s.guidance;
    }
    return {};
}

std::optional<PostmortemTemplate> parseTemplate(const QByteArray &yaml, QString *error)
{
    const auto failWith = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    PostmortemTemplate t;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return failWith(TemplateText::tr("a template is a YAML mapping with id, name and "
                                             "sections"));
        t.id = scalar(root["id"]);
        t.name = scalar(root["name"]);
        t.description = scalar(root["description"]);
        t.source = scalar(root["source"]);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!idPattern.match(t.id).hasMatch())
            return failWith(
                TemplateText::tr("id '%1' must be lower-case letters, digits and dashes")
                    .arg(t.id));
        if (t.name.isEmpty())
            return failWith(TemplateText::tr("the template has no name"));
        const YAML::Node sections = root["sections"];
        if (!sections || !sections.IsSequence() || sections.size() == 0)
            return failWith(TemplateText::tr("the template has no sections list"));
        for (const YAML::Node &node : sections) {
            TemplateSection s;
            if (node.IsScalar()) {
                s.heading = scalar(node);
            } else if (node.IsMap()) {
                s.heading = scalar(node["heading"]);
                s.field = scalar(node["field"]);
                s.guidance = scalar(node["guidance"]);
            }
            if (s.heading.isEmpty())
                return failWith(
                    TemplateText::tr("section %1 has no heading").arg(t.sections.size() + 1));
            if (!s.field.isEmpty() && !modelFields().contains(s.field))
                return failWith(
                    TemplateText::tr("section '%1' has unknown field '%2' (one of %3)")
                        .arg(s.heading, s.field, modelFields().join(QStringLiteral(", "))));
            t.sections.append(s);
        }
    } catch (const YAML::ParserException &e) {
        return failWith(
            TemplateText::tr("YAML error at line %1: %2").arg(e.mark.line + 1).arg(fromStd(e.msg)));
    } catch (const YAML::Exception &e) {
        return failWith(TemplateText::tr("YAML error: %1").arg(fromStd(e.msg)));
    }
    return t;
}

QList<PostmortemTemplate> loadTemplates(const QStringList &folders, QStringList *errors)
{
    QList<PostmortemTemplate> out;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                                QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : files) {
            const QString path = dir.filePath(name);
            QFile f(path);
            QString error;
            std::optional<PostmortemTemplate> t;
            // A template is a small text file; anything large is not one of ours.
            if (!f.open(QIODevice::ReadOnly))
                error = f.errorString();
            else if (f.size() > 1024 * 1024)
                error = TemplateText::tr("larger than 1 MB");
            else
                t = parseTemplate(f.readAll(), &error);
            if (!t) {
                if (errors)
                    errors->append(QStringLiteral("%1: %2").arg(path, error));
                continue;
            }
            t->filePath = path;
            const auto same = std::find_if(
                out.begin(), out.end(), [&](const PostmortemTemplate &o) { return o.id == t->id; });
            if (same != out.end())
                *same = *t;
            else
                out.append(*t);
        }
    }
    std::sort(out.begin(), out.end(), [](const PostmortemTemplate &a, const PostmortemTemplate &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

QString userTemplateFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

QStringList templateFolders()
{
    const QDir exe(QCoreApplication::applicationDirPath());
    QStringList folders;
    for (const QString &candidate : {exe.filePath(QStringLiteral("../share/hindsight/templates")),
                                     exe.filePath(QStringLiteral("../templates"))}) {
        if (QFileInfo(candidate).isDir()) {
            folders.append(QDir::cleanPath(candidate));
            break;
        }
    }
    folders.append(userTemplateFolder());
    return folders;
}

QStringList templateBodyOrder(const PostmortemTemplate &t)
{
    QStringList order;
    for (const TemplateSection &s : t.sections)
        order.append(s.field); // a field's key, or "" for the next additional section
    return isGenericBodyOrder(order) ? QStringList() : order;
}

Postmortem postmortemFromTemplate(const PostmortemTemplate &t)
{
    Postmortem pm;
    pm.status = Status::Draft;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.templateId = t.id;
    for (const TemplateSection &s : t.additionalSections())
        pm.sections.append({s.heading, QString()});
    pm.bodyOrder = templateBodyOrder(t);
    return pm;
}

Postmortem applyTemplate(const Postmortem &pm, const PostmortemTemplate &t,
                         const PostmortemTemplate *previous)
{
    const auto offeredBefore = [previous](const QString &heading) {
        if (!previous)
            return false;
        const QList<TemplateSection> offered = previous->additionalSections();
        return std::any_of(offered.begin(), offered.end(), [&](const TemplateSection &s) {
            return s.heading.compare(heading, Qt::CaseInsensitive) == 0;
        });
    };
    Postmortem out = pm;
    out.templateId = t.id;
    // The template's order; the sections it does not name follow (bodyParts() appends them).
    out.bodyOrder = templateBodyOrder(t);
    out.sections.clear();
    QList<bool> used(pm.sections.size(), false);
    for (const TemplateSection &s : t.additionalSections()) {
        Section section{s.heading, QString()};
        for (int i = 0; i < pm.sections.size(); ++i) {
            if (!used[i] && pm.sections[i].heading.compare(s.heading, Qt::CaseInsensitive) == 0) {
                section = pm.sections[i];
                used[i] = true;
                break;
            }
        }
        out.sections.append(section);
    }
    for (int i = 0; i < pm.sections.size(); ++i) {
        if (used[i])
            continue;
        const bool emptyPlace
            = pm.sections[i].text.trimmed().isEmpty() && offeredBefore(pm.sections[i].heading);
        if (!emptyPlace)
            out.sections.append(pm.sections[i]);
    }
    return out;
}

} // namespace Hindsight
