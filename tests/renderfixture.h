// Test helper for the render tests: an invented overnight outage modelled in full, and ways to
// read parts of the rendered HTML back.
#pragma once

#include "core/postmortem.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace HindsightTest {

using namespace Hindsight;

inline Moment at(const QDate &date, int h, int m, std::optional<int> offset = 0)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = offset;
    return mo;
}

/// An invented overnight outage (a lowered connection pool limit), modelled in full: every
/// field set, a timeline that crosses midnight, open and done action items, an extra section.
inline Postmortem nightOutage()
{
    const QDate d1(2024, 2, 15);
    const QDate d2(2024, 2, 16);
    Postmortem pm;
    pm.title = QStringLiteral("Checkout outage after the connection pool limit was lowered");
    pm.status = Status::InReview;
    pm.severity = Severity::Sev1;
    pm.authors = {QStringLiteral("Dana Ortiz"), QStringLiteral("Lee Wong")};
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(d1, 22, 0);
    pm.end = at(d2, 2, 0);
    pm.impact = QStringLiteral(
        "Checkout and account pages failed or hung for the whole window. Roughly three in four "
        "shoppers hit an error, most of them after a thirty second wait.");
    pm.usersAffectedPercent = 75;
    pm.summary = QStringLiteral("From 22:00 UTC on 15 February 2024 until 02:00 UTC the next "
                                "morning the API could not serve checkout requests.");
    pm.rootCause = QStringLiteral(
        "An evening configuration release lowered the database connection pool of the API "
        "servers from 200 to 20, so requests queued for a connection until they timed out.");
    pm.resolution = QStringLiteral(
        "The on-call engineers put the pool size back to 200, restarted the API servers one at a "
        "time and watched the request queue drain.");
    pm.timeline = {
        {at(d1, 22, 0),
         EventKind::Detection,
         QStringLiteral("Paging alert: checkout errors above 5% and p99 latency above ten "
                        "seconds."),
         {}},
        {at(d1, 22, 5),
         EventKind::Investigation,
         QStringLiteral("The engineer on call opened the API dashboards and an incident "
                        "channel."),
         {}},
        {at(d1, 22, 15),
         EventKind::Misleading,
         QStringLiteral("A newsletter had gone out at 21:45, so a traffic surge was the first "
                        "suspect."),
         {}},
        {at(d1, 22, 30),
         EventKind::Investigation,
         QStringLiteral("Database load and replication looked normal; the team checked the "
                        "network path to the primary."),
         {}},
        {at(d1, 23, 0),
         EventKind::Misleading,
         QStringLiteral("An afternoon library upgrade was rolled back, with no change in the "
                        "error rate."),
         {}},
        {at(d2, 0, 0),
         EventKind::Escalation,
         QStringLiteral("Paged the database team lead and the engineering manager on call for "
                        "help."),
         {}},
        {at(d2, 1, 0),
         EventKind::Investigation,
         QStringLiteral("Connection wait times on the API servers pointed at the pool limit in "
                        "the evening release."),
         {}},
        {at(d2, 2, 0),
         EventKind::Resolution,
         QStringLiteral("Pool size restored to 200 on every API server; errors back to "
                        "baseline."),
         {}},
    };
    const QStringList improvements = {
        QStringLiteral("Check connection pool limits against expected peak load before release."),
        QStringLiteral("Alert on connection wait time, not only on the error rate."),
        QStringLiteral("Have the owning team review configuration releases before they ship."),
    };
    const QStringList tasks = {
        QStringLiteral("Add a pool size check to the configuration release pipeline."),
        QStringLiteral("Add connection wait time to the API dashboard and its alerts."),
        QStringLiteral("Write a runbook entry for an exhausted connection pool."),
    };
    for (const QString &t : improvements)
        pm.actionItems.append({t, QStringLiteral("improvement"), QString(), QDate(), false});
    for (const QString &t : tasks)
        pm.actionItems.append(
            {t, QStringLiteral("task"), QStringLiteral("SRE team"), QDate(2024, 3, 1), false});
    pm.actionItems[3].done = true;
    pm.sections = {{QStringLiteral("Closing notes"),
                    QStringLiteral("These items stay on the weekly operations review until each "
                                   "one is closed.")}};
    return pm;
}

inline QStringList coreHeadings()
{
    return {QStringLiteral("Summary"),    QStringLiteral("Impact"),
            QStringLiteral("Timeline"),   QStringLiteral("Root cause"),
            QStringLiteral("Resolution"), QStringLiteral("Action items")};
}

/// The HTML between the timeline's heading and the next section heading.
inline QString timelinePart(const QString &html)
{
    const qsizetype from = html.indexOf(QLatin1String("<h2>Timeline</h2>"));
    const qsizetype to = html.indexOf(QLatin1String("<h2>"), from + 1);
    return from < 0 ? QString() : html.mid(from, to < 0 ? -1 : to - from);
}

inline QStringList imgSources(const QString &html)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]*)\""),
                                       QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace HindsightTest
