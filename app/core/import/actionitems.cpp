// Import stage "field readers": action items (corrective and preventative measures).
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

namespace {

/// The name of a group of measures ("**Process**", "Upstream changes:", "### Engineering"
/// over a list) as the category of the items under it: its words without emphasis or colon;
/// empty when the line reads as a sentence that leads into the list ("We will do the
/// following:") rather than a name. Issue 16, point 3: group labels become the items'
/// category, never orphan lines.
QString groupCategory(const QString &label)
{
    static const FastRegex sentence(
        QStringLiteral(R"(\b(we|our|i|following|below|these|this|will|are|is|was|were)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex numbering(QStringLiteral(R"(^\d{1,2}[.)]\s+)"));
    QString s = withoutMarkup(label).trimmed();
    numbering.removeIn(s); // "### 4. Database backups" groups as "Database backups"
    while (s.endsWith(u':'))
        s.chop(1);
    s = s.trimmed();
    if (s.isEmpty() || s.count(u' ') > 5 || sentence.matches(s))
        return {};
    return s;
}

} // namespace

void MarkdownImporter::startMeasureGroup(const QString &name)
{
    // A group named by its state ("Completed ✅", "Done", "Immediate (completed)") holds
    // items already done; a name that is only that state is no category.
    static const FastRegex doneState(
        QStringLiteral(R"(\b(completed?|done|finished|shipped|implemented)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const FastMatch state = doneState.match(name);
    m_groupDone = state.hasMatch();
    const auto wordOutside = [&](qsizetype from, qsizetype to) {
        return std::any_of(name.cbegin() + from, name.cbegin() + to,
                           [](QChar c) { return c.isLetterOrNumber(); });
    };
    const bool stateOnly = m_groupDone && !wordOutside(0, state.capturedStart())
                           && !wordOutside(state.capturedEnd(), name.size());
    m_category = stateOnly ? QStringLiteral("task") : name;
}

bool MarkdownImporter::fieldOfItemAbove(const LabelSplit &split)
{
    // A field of the item above on a line of its own ("Deadline: December 22, 2023.",
    // "Owner: Ana"): it stays in that item's text, as "(Deadline: …)", and fills its field.
    static const FastRegex itemField(QStringLiteral(
        R"(^(deadline|due|due date|due by|target date|eta|owner|owners|assignee|assigned to|responsible|status)$)"));
    if (m_prevBlank || !split.ok || !split.colon || split.rest.isEmpty()
        || !itemField.matches(normaliseLabel(split.label)))
        return false;
    QString *target = !m_pendingItems.isEmpty() && !m_sawList ? &m_pendingItems.last().text
                      : !m_pm.actionItems.isEmpty()           ? &m_pm.actionItems.last().text
                                                              : nullptr;
    if (!target)
        return false;
    *target += QStringLiteral(" (%1: %2)").arg(split.label, split.rest);
    return true;
}

void MarkdownImporter::measuresLine(int i, const QString &content)
{
    const Line &line = m_lines.at(i);
    if (content.isEmpty())
        return;
    const QString raw = displayText(line);
    // A sub-heading's description, a template's empty row ("| | |"), punctuation or "None."
    // under a group's name state no measure: they stay in the section's text.
    if (m_measureBody || saysNoItem(content)
        || std::none_of(content.cbegin(), content.cend(),
                        [](QChar c) { return c.isLetterOrNumber(); })) {
        appendExtra(m_partHeading, raw);
        return;
    }
    const bool listItem = line.kind == LineKind::ListItem || line.kind == LineKind::TableRow;

    const LabelSplit split = splitLabel(content);
    if (!listItem && fieldOfItemAbove(split))
        return;
    // The wrapped lines of a closing remark ("By implementing these measures and the" /
    // "tasks, we aim to …") go on with it.
    if (!listItem && i > 0 && m_remarkLine == i - 1 && continuesSentence(i)) {
        appendExtra(m_partHeading, raw);
        m_remarkLine = i;
        return;
    }
    // Wrapped continuation of the previous item. A line of its own that states a measure
    // ("Restrict …" under "Add monitoring …", no list markers) starts the next one, unless the
    // line before it is left hanging ("…, and").
    const auto startsItem = [&content, &line](const QString &before) {
        if (line.wrapped)
            return false;
        return (endsSentence(before) && startsUpper(content))
               || (startsUpper(content)
                   && (isMeasureSentence(content) || isProgressiveMeasure(content))
                   && !endsUnfinished(before));
    };
    const bool underItem = !listItem && m_itemOpen && !m_prevBlank && !m_pm.actionItems.isEmpty();
    if (underItem && !startsItem(m_pm.actionItems.last().text) && !isClosingRemark(content)) {
        m_pm.actionItems.last().text.append(QLatin1Char(' ')).append(content);
        return;
    }
    if (!listItem && m_pendingOpen && !m_prevBlank && !m_pendingItems.isEmpty() && !m_sawList
        && !startsItem(m_pendingItems.last().text) && !isClosingRemark(content)) {
        m_pendingItems.last().text.append(QLatin1Char(' ')).append(content);
        return;
    }
    m_itemOpen = false;
    m_pendingOpen = false;

    if (line.kind == LineKind::TableRow && !m_tableColumns.isEmpty()) {
        addTableAction(content);
        return;
    }

    // A bullet nested under a list item that is an action item ("- Build 2.0.3" then "  - it
    // carries the driver patch") is a note or step of that item, not another one.
    if (line.kind == LineKind::ListItem && m_itemDepth > 0 && line.listDepth > m_itemDepth
        && !m_pm.actionItems.isEmpty()) {
        m_pm.actionItems.last().text += QStringLiteral("; ") + content;
        m_itemOpen = true;
        return;
    }
    m_itemDepth = 0;

    // Bullets right under a numbered measure ("***2) Updating certbot***") are its steps.
    if (listItem && m_stepsOf >= 0 && m_stepsOf < m_pm.actionItems.size()) {
        m_pm.actionItems[m_stepsOf].text += QStringLiteral("; ") + content;
        m_itemOpen = true;
        return;
    }

    // A group's name over its list ("**Process**", "Upstream changes:") is the category of
    // the items under it.
    if (!listItem && split.ok && !split.bare && split.rest.isEmpty() && listFollows(i)
        && !isEnumeratedParagraph(content)) {
        if (const QString category = groupCategory(split.label); !category.isEmpty()) {
            startMeasureGroup(category);
            m_stepsOf = -1;
            return;
        }
    }
    // A group label ("**Monitoring:**", "Improvements/Fixes:") or an intro ending with ':'.
    const bool groupLabel = split.ok && split.colon && split.rest.isEmpty();
    const bool asideNote = !listItem && isAside(content);
    if (groupLabel || asideNote || isClosingRemark(content) || isPictureOrLink(content, listItem)) {
        m_stepsOf = -1;
        if (groupLabel && m_groupDone && listFollows(i)) // "We will also do the following:"
            startMeasureGroup(QStringLiteral("task"));
        appendExtra(m_partHeading, raw);
        m_remarkLine = i;
        return;
    }
    const bool enumerated = !listItem && isEnumeratedParagraph(content);
    if (listItem || enumerated) {
        if (!m_sawList)
            flushPendingBeforeList();
        m_sawList = true;
        addAction(content, m_category, line.taskChecked);
        m_itemOpen = true;
        m_stepsOf = enumerated ? int(m_pm.actionItems.size()) - 1 : -1;
        if (line.kind == LineKind::ListItem)
            m_itemDepth = line.listDepth;
        return;
    }
    m_stepsOf = -1;
    if (m_sawList) {
        // A line right under a list item, no blank line between, that states a measure of its
        // own: an item whose list marker was lost.
        if (underItem && startsUpper(content) && isMeasureSentence(content)) {
            addAction(content, m_category);
            m_itemOpen = true;
            return;
        }
        appendExtra(m_partHeading, raw);
        return;
    }
    m_pendingItems.append({content, m_category, i});
    m_pendingOpen = true;
}

void MarkdownImporter::measuresSubHeading(int i)
{
    const Line &line = m_lines.at(i);
    m_measureBody = false;
    if (isEnumeratedParagraph(line.content) && !listFollows(i)) {
        // "#### 1) Cron cleanup scheduled" under "# Resulting actions": a numbered sub-heading
        // names one measure, as a numbered paragraph does; the paragraphs under it stay in the
        // section. Over a list ("### 1. Short-term" then bullets) it names a group, and the
        // bullets are the measures.
        m_prevBlank = true;
        measuresLine(i, line.content);
        return;
    }
    m_itemOpen = false;
    m_stepsOf = -1;
    // A sub-heading that names a group ("### Engineering" over its items) is their category.
    const QString category = groupCategory(line.content);
    if (!category.isEmpty() && !headingNamesMeasure(i)) {
        startMeasureGroup(category);
        m_groupHeadingLine = i;
        return;
    }
    appendExtra(m_partHeading, displayText(line));
    if (headingNamesMeasure(i)) {
        // "### Disable the public user" then paragraphs, code or tables that explain it: the
        // sub-heading names one measure and what is under it describes it. Over a single
        // paragraph ("### Jupyterhub" then "Fix the configuration so …") it names a group.
        addAction(line.content, m_category);
        m_measureBody = true;
    }
}

void MarkdownImporter::flushPendingBeforeList()
{
    // Paragraphs before the first list item are measures unless they introduce it; the
    // sentences before an intro in its paragraph ("We reviewed the outage. The following are
    // the actions we take:") lead into it too.
    const QList<PendingItem> pending = m_pendingItems;
    m_pendingItems.clear();
    int introFrom = int(pending.size());
    if (!pending.isEmpty() && pending.last().text.trimmed().endsWith(QLatin1Char(':'))) {
        introFrom = int(pending.size()) - 1;
        while (
            introFrom > 0
            && sameParagraph(pending.at(introFrom - 1).lineIndex, pending.at(introFrom).lineIndex))
            --introFrom;
    }
    for (int k = 0; k < pending.size(); ++k) {
        if (k >= introFrom)
            appendExtra(m_partHeading, pendingText(pending.at(k)));
        else
            addPendingMeasure(pending.at(k), true);
    }
}

QString MarkdownImporter::pendingText(const PendingItem &p) const
{
    // The first line as written, then the lines that joined it (as read).
    const Line &first = m_lines.at(p.lineIndex);
    QString text = displayText(first);
    if (p.text.size() > first.content.size() && p.text.startsWith(first.content))
        text += p.text.mid(first.content.size());
    return text;
}

bool MarkdownImporter::sameParagraph(int first, int last) const
{
    for (int k = first; k <= last && k < m_lines.size(); ++k)
        if (m_lines.at(k).kind != LineKind::Paragraph)
            return false;
    return first <= last;
}

void MarkdownImporter::addTableAction(const QString &row)
{
    // A row of an action-item table ("| Action Item | Type | Owner | Bug |", the Google SRE
    // postmortem template): the item's text from its action/description column; owner and type
    // into their fields; a status or bug column saying done/closed marks it done; a due date
    // column gives the due date. Cells other than owner, type and a due cell that is only an
    // ISO date stay in the text as "(Header: value)", so nothing is lost.
    static const FastRegex textHeader(
        QStringLiteral(
            R"(\b(action|item|task|description|measure|what|remediation|follow|improvement|recommendation))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex ownerHeader(
        QStringLiteral(R"(\b(owner|assignee|assigned|who|responsible))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex typeHeader(QStringLiteral(R"(^\W*(type|category|kind)\W*$)"),
                                      QRegularExpression::CaseInsensitiveOption);
    static const FastRegex dueHeader(QStringLiteral(R"(\b(due|deadline|eta|target date)\b)"),
                                     QRegularExpression::CaseInsensitiveOption);
    static const FastRegex statusHeader(
        QStringLiteral(R"(\b(status|state|done|bug|ticket|issue|tracking)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex doneWord(
        QStringLiteral(R"(\b(done|completed?|closed|fixed|resolved|yes)\b|✅|✔|\[x\])"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex empty(QStringLiteral(R"(^\W*(n/?a|none|tbd|-+)?\W*$)"),
                                 QRegularExpression::CaseInsensitiveOption);
    const QStringList cells = splitCells(row);
    // The text column by its name, else the first that is no field of the item ("| Jira
    // Ticket | Context / Summary |": the ticket is where the item is tracked).
    qsizetype textColumn = -1;
    for (qsizetype c = 0; c < m_tableColumns.size() && textColumn < 0; ++c)
        if (textHeader.match(m_tableColumns.at(c)).hasMatch())
            textColumn = c;
    // A numbering column ("#", "No.", "ID") is no text either.
    static const FastRegex numberHeader(
        QStringLiteral(R"(^\W*(#|no\.?|nr\.?|n°|id|num(ber)?)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype c = 0; c < m_tableColumns.size() && textColumn < 0; ++c) {
        const QString &h = m_tableColumns.at(c);
        if (!statusHeader.matches(h) && !ownerHeader.matches(h) && !typeHeader.matches(h)
            && !dueHeader.matches(h) && !numberHeader.matches(h))
            textColumn = c;
    }
    textColumn = std::max<qsizetype>(textColumn, 0);
    ActionItem item;
    item.category = m_category;
    item.text = cells.value(textColumn);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        const QString header = m_tableColumns.value(c);
        if (c == textColumn || cell.isEmpty())
            continue;
        if (ownerHeader.match(header).hasMatch() && !empty.match(cell).hasMatch()) {
            item.owner = cell;
            continue;
        }
        if (typeHeader.match(header).hasMatch() && !empty.match(cell).hasMatch()) {
            item.category = cell;
            continue;
        }
        if (dueHeader.match(header).hasMatch()) {
            const QList<ImportTime::DateHit> due = ImportTime::findDates(cell, m_dayFirst, 1);
            if (!due.isEmpty()) {
                item.due = due.first().date;
                // A cell that is only the ISO date is the due field, written back the same
                // way; anything more ("2025-03-01, moved from February", "March 1") stays in
                // the text as written.
                if (cell.trimmed() == item.due.toString(Qt::ISODate))
                    continue;
            }
        }
        if (statusHeader.match(header).hasMatch() && doneWord.match(cell).hasMatch())
            item.done = true;
        item.text += header.isEmpty() ? QStringLiteral(" (%1)").arg(cell)
                                      : QStringLiteral(" (%1: %2)").arg(header, cell);
    }
    if (item.text.trimmed().isEmpty())
        item.text = row;
    m_pm.actionItems.append(item);
    m_itemOpen = false;
}

void MarkdownImporter::addPendingMeasure(const PendingItem &p, bool beforeList)
{
    // Before a list, a paragraph is a measure only when it is a whole sentence that does not
    // introduce the list ("To prevent this from happening again, we will" is an intro).
    static const FastRegex intro(
        QStringLiteral(R"((^\W*(to (prevent|avoid)|in order to)\b)|\b(following|as follows)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = p.text.trimmed();
    const QChar last = t.isEmpty() ? QChar() : t.back();
    const bool sentence
        = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char(')');
    if (t.endsWith(QLatin1Char(':'))
        || (beforeList && (!sentence || intro.match(QStringView(t).left(kScan)).hasMatch()))) {
        appendExtra(m_partHeading, pendingText(p));
        return;
    }
    // A paragraph of several sentences: each measure it states is an item; sentences that
    // explain the one before stay with it, leading context stays in the section.
    const QStringList sentences = splitSentences(t);
    int measures = 0;
    for (const QString &s : sentences)
        measures += isMeasureSentence(s) ? 1 : 0;
    if (sentences.size() < 2 || measures == 0) {
        addAction(p.text, p.category);
        return;
    }
    QString context;
    const qsizetype before = m_pm.actionItems.size();
    for (const QString &s : sentences) {
        if (isMeasureSentence(s))
            addAction(s, p.category);
        else if (m_pm.actionItems.size() > before)
            m_pm.actionItems.last().text.append(QLatin1Char(' ')).append(s);
        else
            context += (context.isEmpty() ? QString() : QStringLiteral(" ")) + s;
    }
    if (!context.isEmpty())
        appendExtra(m_partHeading, context);
    if (measures > 1) {
        noteGuess(
            ReportText::tr("Read %1 action items from the sentences of one paragraph (line %2).")
                .arg(measures)
                .arg(m_lines.at(p.lineIndex).number),
            {FieldId::ActionItems});
    }
}

void MarkdownImporter::flushMeasures()
{
    const QList<PendingItem> pending = m_pendingItems;
    m_pendingItems.clear();
    // Beside measures written as lines of their own, a paragraph of several sentences none of
    // which states a measure is commentary ("We know outages are no joke. We have sent …"):
    // it stays in the section's text.
    const auto commentary = [](const PendingItem &p) {
        const QStringList sentences = splitSentences(p.text.trimmed());
        return sentences.size() >= 2
               && std::none_of(sentences.begin(), sentences.end(), isMeasureSentence);
    };
    const bool measuresBeside = std::any_of(pending.begin(), pending.end(), [](const auto &p) {
        return splitSentences(p.text.trimmed()).size() == 1
               && (isMeasureSentence(p.text) || isProgressiveMeasure(p.text));
    });
    for (const PendingItem &p : pending) {
        if (measuresBeside && commentary(p))
            appendExtra(m_partHeading, pendingText(p));
        else
            addPendingMeasure(p, false);
    }
}

void MarkdownImporter::settleActionItems()
{
    QList<ActionItem> items;
    items.reserve(m_pm.actionItems.size());
    QSet<QString> seen;
    for (const ActionItem &item : std::as_const(m_pm.actionItems)) {
        QStringList parts = splitAdditiveMeasures(item.text);
        if (parts.size() > 1)
            noteGuess(ReportText::tr("Split an action item at “%1”: it states %2 measures.")
                          .arg(parts.at(1).section(QLatin1Char(' '), 0, 0))
                          .arg(parts.size()),
                      {FieldId::ActionItems});
        if (parts.isEmpty())
            parts.append(item.text);
        for (const QString &part : std::as_const(parts)) {
            const QString key = part.simplified().toCaseFolded();
            if (!key.isEmpty() && seen.contains(key)) {
                noteGuess(ReportText::tr("An action item listed twice was read once: “%1”.")
                              .arg(reportQuote(part, 80)),
                          {FieldId::ActionItems});
                continue;
            }
            seen.insert(key);
            items.append(item);
            items.last().text = part;
        }
    }
    m_pm.actionItems = items;
}

} // namespace Hindsight::Import
