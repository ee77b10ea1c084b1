#include "core/library/libraryreport.h"

#include "core/library/actionexport.h"
#include "core/library/librarystats.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Hindsight {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryReport)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString figure(const Distribution &d)
{
    if (!d.median)
        return QStringLiteral("—&nbsp;(n=0)");
    return QStringLiteral("%1 / %2 (n=%3)%4")
        .arg(esc(formatMinutes(*d.median)), esc(formatMinutes(*d.p90)))
        .arg(d.n)
        .arg(d.smallSample() ? QStringLiteral(" ⚠") : QString());
}

QString metricTable(const QString &keyHeader, const QList<MetricGroup> &groups)
{
    QString out
        = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                         "cellpadding=\"4\"><tr><th align=\"left\">%1</th><th>%2</th>"
                         "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
              .arg(esc(keyHeader), esc(ReportText::tr("Incidents")),
                   esc(ReportText::tr("Time to detect")), esc(ReportText::tr("Time to mitigate")),
                   esc(ReportText::tr("Time to resolve")), esc(ReportText::tr("Duration")));
    for (const MetricGroup &g : groups)
        out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td>"
                              "<td>%5</td><td>%6</td></tr>\n")
                   .arg(esc(g.key))
                   .arg(g.incidents)
                   .arg(figure(g.timeToDetect), figure(g.timeToMitigate), figure(g.timeToResolve),
                        figure(g.duration));
    return out + QStringLiteral("</table>\n");
}

QString monthBars(const LibraryStats &stats)
{
    int most = 1;
    for (const auto &[month, count] : stats.perMonth)
        most = std::max(most, count);
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">\n");
    for (const auto &[month, count] : stats.perMonth) {
        const int width = std::max(1, 300 * count / most);
        out += QStringLiteral("<tr><td>%1&nbsp;</td><td align=\"right\">%2&nbsp;</td><td>"
                              "<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                              "<td width=\"%3\" bgcolor=\"%4\">&nbsp;</td></tr></table>"
                              "</td></tr>\n")
                   .arg(month)
                   .arg(count)
                   .arg(width)
                   .arg(count ? QStringLiteral("#3b7dd8") : QStringLiteral("#ffffff"));
    }
    return out + QStringLiteral("</table>\n");
}

QString overdueList(const LibraryReportInput &input)
{
    QList<LibraryAction> overdue = sortedForLedger(input.actions, input.today);
    overdue.removeIf([&](const LibraryAction &a) { return !isOverdue(a, input.today); });
    if (overdue.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("No action item is overdue.")));
    QString out = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                 "cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
                                 "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                                 "<th align=\"left\">%4</th></tr>\n")
                      .arg(esc(ReportText::tr("Due")), esc(ReportText::tr("Action item")),
                           esc(ReportText::tr("Owner")), esc(ReportText::tr("Postmortem")));
    for (const LibraryAction &a : overdue)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(a.item.due.toString(Qt::ISODate), esc(a.item.text), esc(a.item.owner),
                        esc(a.postmortemTitle));
    return out + QStringLiteral("</table>\n");
}

QString incidentList(const QList<LibraryEntry> &entries)
{
    QString out = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                 "cellpadding=\"4\"><tr><th align=\"left\">%1</th><th>%2</th>"
                                 "<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                                 "<th>%5</th></tr>\n")
                      .arg(esc(ReportText::tr("Start")), esc(ReportText::tr("Severity")),
                           esc(ReportText::tr("Postmortem")), esc(ReportText::tr("Services")),
                           esc(ReportText::tr("Time to resolve")));
    for (const LibraryEntry &e : entries)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                              "<td align=\"right\">%5</td></tr>\n")
                   .arg(e.start.date.toString(Qt::ISODate),
                        e.severity ? severityName(*e.severity) : QString(), esc(e.title),
                        esc(e.services.join(QStringLiteral(", "))),
                        e.metrics.timeToResolveMinutes
                            ? esc(formatMinutes(double(*e.metrics.timeToResolveMinutes)))
                            : QStringLiteral("—"));
    return out + QStringLiteral("</table>\n");
}

QString definitions()
{
    const QStringList items = {
        ReportText::tr("<b>Incident start</b>: the start of impact as the postmortem states it. "
                       "Every time below is measured from it."),
        ReportText::tr("<b>Time to detect (TTD)</b>: from the incident start to the earliest "
                       "timeline event of kind “detection” (Atlassian, “Common incident "
                       "management metrics”; FireHydrant's incident metrics glossary)."),
        ReportText::tr("<b>Time to mitigate (TTM)</b>: to the earliest “mitigation” event: impact "
                       "reduced, not yet fixed (FireHydrant)."),
        ReportText::tr("<b>Time to resolve (TTR)</b>: to the earliest “resolution” event, service "
                       "restored (Atlassian's time to resolve; for one incident this is DORA's "
                       "“time to restore service”). A timeline without such an event has no "
                       "TTR."),
        ReportText::tr("<b>Duration</b>: incident end minus incident start."),
        ReportText::tr("<b>n</b>: the number of incidents for which a figure is known; an "
                       "incident without the events or times a figure needs is left out of it, "
                       "never counted as zero."),
        ReportText::tr("<b>Median and 90th percentile</b>: percentiles interpolate linearly "
                       "between the closest ranks (Hyndman and Fan definition 7, as R, NumPy and "
                       "spreadsheets compute them). Half the incidents took at most the median; "
                       "nine in ten at most the 90th percentile."),
        ReportText::tr("<b>⚠ n &lt; 10</b>: with fewer than ten incidents one incident moves the "
                       "median a lot and the 90th percentile is close to the maximum."),
        ReportText::tr("<b>Why no averages</b>: incident durations are long-tailed. The VOID "
                       "report (2021, 2022) and Štěpán Davidovič, <i>Incident Metrics in "
                       "SRE</i> (O'Reilly, 2021) show that means such as MTTR neither describe "
                       "a typical incident nor reliably show improvement; read these figures "
                       "as a description of what happened, not as a target."),
        ReportText::tr("<b>Overdue</b>: an open action item whose due date is before the report's "
                       "date."),
        ReportText::tr("<b>Months and quarters</b>: by the incident start's date in the zone the "
                       "postmortem is written in.")};
    QString out = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n<ul>\n")
                      .arg(esc(ReportText::tr("Definitions")));
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>\n").arg(item);
    return out + QStringLiteral("</ul>\n");
}

} // namespace

QString libraryReportHtml(const LibraryReportInput &input)
{
    const LibraryStats stats = computeLibraryStats(input.entries, input.brokenFiles);
    QString out
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
              "h1 { font-size: 18pt; } "
              "h2 { font-size: 13pt; color: #1f4e8c; } table.grid { border-collapse: collapse; } "
              "table.grid th, table.grid td { border: 1px solid #c8ccd0; } "
              "table.grid th { background-color: #eef1f4; } .meta { color: #555; }\n"
              "</style></head><body>\n")
              .arg(esc(ReportText::tr("Incident library report")));
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
               .arg(esc(ReportText::tr("Incident library report")),
                    esc(ReportText::tr("%1 — %n incident(s), as of %2", "", stats.incidents)
                            .arg(input.folder, input.today.toString(Qt::ISODate))));
    if (stats.brokenFiles)
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(ReportText::tr("%n file(s) could not be read and are not counted.", "",
                                           stats.brokenFiles)));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Incidents per month")));
    out += monthBars(stats);
    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(ReportText::tr("How long incidents took")),
                    esc(ReportText::tr("Median / 90th percentile (n). ⚠: n < 10. Definitions on "
                                       "the last page.")));
    out += metricTable(ReportText::tr("All"), {stats.all});
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Per quarter")));
    out += metricTable(ReportText::tr("Quarter"), stats.perQuarter);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Per service")));
    out += metricTable(ReportText::tr("Service"), stats.perService);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Overdue action items")));
    out += overdueList(input);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Incidents")));
    out += incidentList(input.entries);
    out += definitions();
    return out + QStringLiteral("</body></html>\n");
}

bool writeLibraryReportPdf(const QString &html, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = ReportText::tr("cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(ReportText::tr("Incident library report"));
    writer.setCreator(QStringLiteral("Hindsight"));
    // Laid out on the writer itself (fonts and lengths in its pixels), one page = the text area,
    // so print() draws the pages as laid out instead of scaling a screen layout.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.setHtml(html);
    doc.print(&writer);
    return true;
}

} // namespace Hindsight
