// Import stage "report": what the importer did, for the person who opened the file.
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

namespace {

/// The fields whose dates came from `written` (numeric dates as the document writes them, read
/// day first when `dayFirst`): the incident start or end with that date, the timeline when an
/// entry has it. Empty when the dates are only in prose.
QList<FieldId> fieldsDatedBy(const QStringList &written, const Postmortem &pm, bool dayFirst)
{
    QList<FieldId> fields;
    const auto add = [&fields](FieldId f) {
        if (!fields.contains(f))
            fields.append(f);
    };
    for (const QString &w : written) {
        const QList<ImportTime::DateHit> hits = ImportTime::findDates(w, dayFirst, 1);
        const QDate d = hits.isEmpty() ? QDate() : hits.first().date;
        if (!d.isValid())
            continue;
        if (pm.start.date == d)
            add(FieldId::IncidentStart);
        if (pm.end.date == d)
            add(FieldId::IncidentEnd);
        if (std::any_of(pm.timeline.cbegin(), pm.timeline.cend(),
                        [&d](const TimelineEvent &e) { return e.at.date == d; }))
            add(FieldId::Timeline);
    }
    return fields;
}

} // namespace

void MarkdownImporter::writeReport()
{
    m_report.partsNamed = int(m_partsNamed.size() - m_partsNamed.contains(int(Label::Closing)));
    // Numeric dates: which way they were read.
    static const QRegularExpression numeric(
        QStringLiteral(R"((?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]))"));
    QStringList ambiguous;
    QStringList shortYears;
    auto it = numeric.globalMatch(QStringView(m_text).left(100000));
    int seen = 0;
    while (it.hasNext() && seen++ < 200) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        if (a <= 12 && b <= 12 && a != b && !ambiguous.contains(m.captured()))
            ambiguous.append(m.captured());
        if (m.captured(4).size() == 2 && !shortYears.contains(m.captured()))
            shortYears.append(m.captured());
    }
    if (!ambiguous.isEmpty())
        noteGuess(m_dayFirst
                      ? ReportText::tr("Read %1 as DD/MM: other dates in the document put the "
                                       "day first.")
                            .arg(ambiguous.join(QStringLiteral(", ")))
                      : ReportText::tr("Assumed MM/DD for %1: no date in the document puts "
                                       "the day first.")
                            .arg(ambiguous.join(QStringLiteral(", "))),
                  fieldsDatedBy(ambiguous, m_pm, m_dayFirst));
    else if (m_dayFirst)
        m_report.recognised.append(ReportText::tr("Dates are written day first (DD/MM)."));
    if (!shortYears.isEmpty())
        noteGuess(ReportText::tr("Two-digit years read as 19xx for 69–99 and 20xx otherwise: %1.")
                      .arg(shortYears.join(QStringLiteral(", "))),
                  fieldsDatedBy(shortYears, m_pm, m_dayFirst));

    // Parts recognised.
    int timed = 0;
    for (const TimelineEvent &e : std::as_const(m_pm.timeline))
        timed += e.at.time.isValid() ? 1 : 0;
    if (m_statusUpdates > 0)
        m_report.recognised.append(
            ReportText::tr("%1 status-page updates read as timeline entries.")
                .arg(m_statusUpdates));
    if (!m_pm.timeline.isEmpty()) {
        QString t = ReportText::tr("Timeline: %1 entries with a time").arg(timed);
        if (m_pm.timeline.size() > timed)
            t += ReportText::tr(", %1 without").arg(m_pm.timeline.size() - timed);
        if (m_firstTimelineLine)
            t += ReportText::tr(" (lines %1–%2)").arg(m_firstTimelineLine).arg(m_lastTimelineLine);
        m_report.recognised.append(t + QLatin1Char('.'));
    }
    if (!m_pm.actionItems.isEmpty()) {
        int improvements = 0;
        for (const ActionItem &a : std::as_const(m_pm.actionItems))
            improvements += a.category == QLatin1String("improvement") ? 1 : 0;
        m_report.recognised.append(ReportText::tr("Action items: %1 (%2 improvements, %3 tasks).")
                                       .arg(m_pm.actionItems.size())
                                       .arg(improvements)
                                       .arg(m_pm.actionItems.size() - improvements));
    }
    if (m_pm.rootCause.isEmpty())
        noteGuess(ReportText::tr("No root cause was found."), {FieldId::RootCause});

    // Kept as is.
    for (const KeptRun &k : std::as_const(m_kept)) {
        const QString lines = k.first == k.last
                                  ? ReportText::tr("line %1").arg(k.first)
                                  : ReportText::tr("lines %1–%2").arg(k.first).arg(k.last);
        m_report.keptAsIs.append(
            ReportText::tr("%1, %2, kept in “%3” (not read as timeline entries "
                           "or action items).")
                .arg(k.what, lines, k.where));
    }
    for (const Section &s : std::as_const(m_pm.sections)) {
        if (s.text.trimmed().isEmpty())
            continue;
        const int lines = int(s.text.count(QLatin1Char('\n'))) + 1;
        m_report.keptAsIs.append(
            (lines == 1
                 ? ReportText::tr("“%1” kept as an additional section (1 line).")
                 : ReportText::tr("“%1” kept as an additional section (%n lines).", nullptr, lines))
                .arg(reportQuote(s.heading, 80)));
    }
    if (m_report.incidentsFound > 1)
        m_report.guessed.prepend(
            ReportText::tr(
                "This file describes %1 incidents: the first was imported; the rest (from "
                "line %2) is kept as additional sections.")
                .arg(m_report.incidentsFound)
                .arg(m_otherIncidentLine));
}

} // namespace Hindsight::Import

namespace Hindsight {

QStringList ImportReport::guessesAbout(FieldId field) const
{
    QStringList texts;
    for (const GuessedField &g : guessedFields)
        if (g.field == field)
            texts.append(g.text);
    return texts;
}

QString ImportReport::toText() const
{
    QString out;
    const auto list = [&out](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        out += heading + QLatin1Char('\n');
        for (const QString &i : items)
            out += QStringLiteral("  - ") + i + QLatin1Char('\n');
    };
    if (incidentsFound > 1)
        out += Import::ReportText::tr("%1 incidents found in this file; the first was imported.")
                   .arg(incidentsFound)
               + QLatin1Char('\n');
    list(Import::ReportText::tr("Recognised:"), recognised);
    list(Import::ReportText::tr("Guessed:"), guessed);
    list(Import::ReportText::tr("Kept as is:"), keptAsIs);
    return out;
}

} // namespace Hindsight
