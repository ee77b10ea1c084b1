// A printable report of a postmortem library: statistics, overdue action items, the incident
// list and a page of definitions.
#pragma once

#include "core/library/libraryindex.h"

#include <QDate>
#include <QString>

namespace Hindsight {

struct LibraryReportInput
{
    QString folder;               ///< shown in the title
    QList<LibraryEntry> entries;  ///< LibraryIndex::entries()
    QList<LibraryAction> actions; ///< LibraryIndex::actionItems()
    int brokenFiles = 0;
    QDate today; ///< "overdue" is as of this date; the report is dated by it
};

/// The report as one HTML document (UTF-8, self-contained, no scripts or external resources,
/// laid out for Qt's rich text so the PDF is the same document): incidents per month as bars,
/// median / 90th percentile with n of time to detect, mitigate, resolve and duration overall,
/// per quarter and per service (⚠ when n < 10), overdue action items, every incident, and a
/// final "Definitions" page saying what each figure measures and where the definitions come
/// from (Atlassian and FireHydrant incident metrics, DORA time to restore, the VOID report,
/// Davidovič "Incident Metrics in SRE").
QString libraryReportHtml(const LibraryReportInput &input);

/// Writes `html` as an A4 PDF (QPdfWriter, 20 mm margins, Definitions on a page of its own).
/// false with a one-line *error when the file cannot be written.
bool writeLibraryReportPdf(const QString &html, const QString &path, QString *error);

} // namespace Hindsight
