// Postmortem templates: data files (YAML) that say which sections a postmortem has and what
// goes in each. Loaded at run time from the built-in folder and the user's own folder.
#pragma once

#include "core/postmortem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hindsight {

/// One section of a template. `field` names the model field the section is ("summary",
/// "impact", "timeline", "rootCause", "resolution", "actionItems") or is empty for a section
/// the model keeps as an additional section (e.g. "Trigger", "What went well").
struct TemplateSection
{
    QString heading;
    QString field;
    QString guidance; ///< what to write there, shown as the editor's placeholder

    bool operator==(const TemplateSection &) const = default;
};

/// A postmortem template, as read from a `.yaml` file:
///
///     id: google-sre                      # stable, [a-z0-9-]+; stored in documents
///     name: Google SRE book               # shown in File > New from Template
///     description: One line on when to use it.
///     source: Where the structure comes from (book, handbook, URL).
///     sections:
///       - {heading: Summary, field: summary, guidance: "…"}
///       - {heading: Trigger, guidance: "…"}
///
/// Model fields a template leaves out still exist in the document (every postmortem has a
/// timeline and action items); a template only adds and orders its additional sections and
/// says what each part is for.
struct PostmortemTemplate
{
    QString id;
    QString name;
    QString description;
    QString source;
    QList<TemplateSection> sections;
    QString filePath; ///< the file it was read from

    /// The template's sections that are not model fields, in template order.
    QList<TemplateSection> additionalSections() const;
    /// Guidance for a model field ("rootCause") or an additional section's heading
    /// (case-insensitive); empty when the template has none.
    QString guidanceFor(const QString &fieldOrHeading) const;
};

/// Parses one template file's YAML. On error returns nullopt and a one-line reason in
/// `error` (YAML syntax with its line, a missing id/name/sections, an unknown field name,
/// an id that is not [a-z0-9-]+).
std::optional<PostmortemTemplate> parseTemplate(const QByteArray &yaml, QString *error);

/// Reads every `*.yaml` / `*.yml` in `folders`, in order; a template whose id was already
/// read is replaced by the later one, so a team's folder listed last can override a
/// built-in template. Files that do not parse are skipped with "file: reason" in `errors`.
/// The result is sorted by name.
QList<PostmortemTemplate> loadTemplates(const QStringList &folders, QStringList *errors = nullptr);

/// Where templates are looked for at run time, in override order: the built-in folder
/// (`<prefix>/share/hindsight/templates` when installed, `<build>/templates` in a build
/// tree, both relative to the executable) and then the user's folder (userTemplateFolder()).
/// Needs a QCoreApplication.
QStringList templateFolders();

/// The user's own template folder: `<AppDataLocation>/templates` (on Linux
/// ~/.local/share/Hindsight/templates). Not created here.
QString userTemplateFolder();

/// The template's section order as Postmortem::bodyOrder: each section's field key, "" for
/// each additional section; empty when that is the generic order (isGenericBodyOrder()).
QStringList templateBodyOrder(const PostmortemTemplate &t);

/// A new, empty postmortem in the template's shape: status draft, zone UTC, the template's
/// additional sections present with no text, `templateId` set and the body in the template's
/// order (bodyOrder).
Postmortem postmortemFromTemplate(const PostmortemTemplate &t);

/// Switches `pm` to template `t` without losing text: every model field stays as it is, the
/// body takes the template's order (bodyOrder); the new template's additional sections come
/// first in its order (an existing section with the
/// same heading, compared case-insensitively, keeps its text), then every other section that
/// has text, in its old order. The only sections dropped are those with no text that
/// `previous` (the template the document had, when known) offered and the new one lacks:
/// empty places, not anything the user wrote — a heading the user added stays, even empty.
Postmortem applyTemplate(const Postmortem &pm, const PostmortemTemplate &t,
                         const PostmortemTemplate *previous = nullptr);

} // namespace Hindsight
