// The one table of a postmortem's fields: for each its id, the model member, the heading in the
// native Markdown body, the key in JSON, templates and review findings, the speaker-notes key,
// and the title people read. The native format, JSON export, templates, review checks, the
// renderers, speaker notes and the form read this table instead of keeping their own lists.
// Adding a prose field: a Postmortem member, one row here, the importer's vocabulary for it,
// translations, tests.
#pragma once

#include "core/displaynames.h"
#include "core/postmortem.h"

#include <QList>
#include <QString>

namespace Hindsight {

/// Every part of a postmortem a finding, an editor or a template can point at.
enum class FieldId {
    Title,
    Summary,
    Impact,
    Timeline,
    RootCause,
    Resolution,
    ActionItems,
    Sections, ///< the additional sections the document keeps as written (index: which one)
    IncidentStart,
    IncidentEnd,
    TimeZone,
    UsersAffectedPercent,
    Document, ///< the postmortem as a whole (length, template)
};

/// One row of the table.
struct FieldInfo
{
    FieldId id;
    /// Stable ASCII key: JSON (DESIGN.md contract), template `field:` values and lint's
    /// `where.field` ("rootCause", "incident.start", "usersAffectedPercent").
    const char *key;
    /// Heading of the body section in the native format ("Root cause"; matched without regard
    /// to case when reading), or null when the field lives in the front matter.
    const char *nativeHeading;
    /// English title, translated in the "Hindsight::Fields" context ("Root cause").
    const char *title;
    /// Postmortem::speakerNotes key of its slides ("root-cause"), or null.
    const char *notesKey;
    /// The model's text for prose fields (summary, impact, root cause, resolution), else null.
    QString Postmortem::*prose;
};

/// Every field, in the order of the native body and the form: title, summary, impact,
/// timeline, root cause, resolution, action items, additional sections, then the front-matter
/// facts and Document.
const QList<FieldInfo> &postmortemFields();
/// The row of `id` (every id has one).
const FieldInfo &fieldInfo(FieldId id);
/// The row whose key is `key` (exact), or null.
const FieldInfo *findField(QStringView key);
/// The fields that are body sections of the native format, in body order.
QList<FieldInfo> bodyFields();
/// One part of a postmortem's body: a body field (`section` < 0) or additional section
/// `section` (an index into Postmortem::sections; `field` is then FieldId::Document).
struct BodyPart
{
    FieldId field = FieldId::Document;
    int section = -1;

    bool operator==(const BodyPart &) const = default;
};
/// The body of `pm` in its order (Postmortem::bodyOrder): each body field exactly once and
/// each additional section exactly once. Entries of bodyOrder that are unknown keys, repeated
/// fields or empty strings beyond the last section are skipped; fields it leaves out follow
/// in bodyFields() order, then the sections it leaves out, in their order.
QList<BodyPart> bodyParts(const Postmortem &pm);
/// Removes additional section `index` (0 <= index < sections.size()) and its place in
/// bodyOrder, so the sections after it keep theirs.
void removeSection(Postmortem &pm, int index);
/// Whether `order` (bodyOrder entries) says nothing bodyParts() would not do without it: the
/// fields it names in postmortemFields() order (some may be missing), then only sections.
bool isGenericBodyOrder(const QStringList &order);
/// The bodyOrder entry of `part` (a field's key, "" for a section).
QString bodyOrderEntry(const BodyPart &part);

/// The prose fields (summary, impact, root cause, resolution), in body order.
QList<FieldInfo> proseFieldInfos();
/// `info.key` as a QString.
QString fieldKey(FieldId id);
/// The title people read, in the interface language or English.
QString fieldTitle(FieldId id, DisplayLanguage language = DisplayLanguage::Interface);

} // namespace Hindsight
