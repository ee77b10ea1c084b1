#include "core/textsearch.h"

namespace Hindsight {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
}

} // namespace

QList<TextLocation> searchableLocations(const Postmortem &pm)
{
    using Kind = TextLocation::Kind;
    QList<TextLocation> all{{Kind::Title, FieldId::Title, -1},
                            {Kind::Prose, FieldId::Summary, -1},
                            {Kind::Prose, FieldId::Impact, -1}};
    for (int i = 0; i < pm.timeline.size(); ++i) {
        all.append({Kind::TimelineText, FieldId::Timeline, i});
        all.append({Kind::TimelineDetail, FieldId::Timeline, i});
    }
    all.append({Kind::Prose, FieldId::RootCause, -1});
    all.append({Kind::Prose, FieldId::Resolution, -1});
    for (int i = 0; i < pm.actionItems.size(); ++i) {
        all.append({Kind::ActionText, FieldId::ActionItems, i});
        all.append({Kind::ActionOwner, FieldId::ActionItems, i});
    }
    for (int i = 0; i < pm.sections.size(); ++i) {
        all.append({Kind::SectionHeading, FieldId::Document, i});
        all.append({Kind::SectionText, FieldId::Document, i});
    }
    return all;
}

QString *textAt(Postmortem &pm, const TextLocation &where)
{
    using Kind = TextLocation::Kind;
    const int i = where.index;
    switch (where.kind) {
    case Kind::Title:
        return &pm.title;
    case Kind::Prose: {
        QString Postmortem::*member = fieldInfo(where.field).prose;
        return member ? &(pm.*member) : nullptr;
    }
    case Kind::TimelineText:
        return i >= 0 && i < pm.timeline.size() ? &pm.timeline[i].text : nullptr;
    case Kind::TimelineDetail:
        return i >= 0 && i < pm.timeline.size() ? &pm.timeline[i].detail : nullptr;
    case Kind::ActionText:
        return i >= 0 && i < pm.actionItems.size() ? &pm.actionItems[i].text : nullptr;
    case Kind::ActionOwner:
        return i >= 0 && i < pm.actionItems.size() ? &pm.actionItems[i].owner : nullptr;
    case Kind::SectionHeading:
        return i >= 0 && i < pm.sections.size() ? &pm.sections[i].heading : nullptr;
    case Kind::SectionText:
        return i >= 0 && i < pm.sections.size() ? &pm.sections[i].text : nullptr;
    }
    return nullptr;
}

const QString *textAt(const Postmortem &pm, const TextLocation &where)
{
    // The same lookup; the const_cast never writes (the result is returned as const).
    return textAt(const_cast<Postmortem &>(pm), where);
}

QList<int> findInText(const QString &text, const QString &needle, const SearchOptions &options)
{
    QList<int> starts;
    if (needle.isEmpty())
        return starts;
    const Qt::CaseSensitivity cs = options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const bool checkStart = options.wholeWords && isWordChar(needle.front());
    const bool checkEnd = options.wholeWords && isWordChar(needle.back());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, cs);
        if (at < 0)
            break;
        const qsizetype end = at + needle.size();
        const bool startOk = !checkStart || at == 0 || !isWordChar(text.at(at - 1));
        const bool endOk = !checkEnd || end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk) {
            starts.append(int(at));
            from = end;
        } else {
            from = at + 1;
        }
    }
    return starts;
}

QList<TextMatch> findAll(const Postmortem &pm, const QString &needle, const SearchOptions &options)
{
    QList<TextMatch> matches;
    if (needle.isEmpty())
        return matches;
    for (const TextLocation &where : searchableLocations(pm)) {
        const QString *text = textAt(pm, where);
        if (!text)
            continue;
        for (int start : findInText(*text, needle, options))
            matches.append({where, start, int(needle.size())});
    }
    return matches;
}

bool isMatch(const Postmortem &pm, const TextMatch &match, const QString &needle,
             const SearchOptions &options)
{
    const QString *text = textAt(pm, match.where);
    if (!text || needle.isEmpty() || match.length != needle.size())
        return false;
    return findInText(*text, needle, options).contains(match.start);
}

int replaceAll(Postmortem &pm, const QString &needle, const QString &replacement,
               const SearchOptions &options)
{
    int count = 0;
    for (const TextLocation &where : searchableLocations(pm)) {
        QString *text = textAt(pm, where);
        if (!text)
            continue;
        const QList<int> starts = findInText(*text, needle, options);
        // From the end, so earlier offsets stay valid.
        for (auto it = starts.crbegin(); it != starts.crend(); ++it)
            text->replace(*it, needle.size(), replacement);
        count += int(starts.size());
    }
    return count;
}

} // namespace Hindsight
