// Small postmortems written for the library tests, in our own words, saved into a folder.
#pragma once

#include "core/nativeformat.h"
#include "core/postmortem.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTimeZone>

namespace LibraryFixture {

using namespace Hindsight;

/// A postmortem starting at `start` (UTC) with detection, mitigation and resolution after
/// `ttd`, `ttm`, `ttr` minutes (negative: no such event) and an end at `ttr`.
inline Postmortem incident(const QString &title, const QDateTime &start, int ttd, int ttm, int ttr,
                           const QStringList &services, const QStringList &tags)
{
    Postmortem pm;
    pm.title = title;
    pm.severity = Severity::Sev2;
    pm.status = Status::Final;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    const auto moment = [](const QDateTime &t) {
        Moment m;
        m.date = t.date();
        m.time = t.time();
        m.utcOffsetMinutes = 0;
        return m;
    };
    pm.start = moment(start);
    if (ttr >= 0)
        pm.end = moment(start.addSecs(ttr * 60));
    pm.summary = QStringLiteral("Summary of %1.").arg(title);
    pm.impact = QStringLiteral("Customers saw errors.");
    pm.rootCause = QStringLiteral("A change nobody reviewed.");
    pm.resolution = QStringLiteral("Rolled back.");
    const std::pair<int, EventKind> events[]
        = {{ttd, EventKind::Detection}, {ttm, EventKind::Mitigation}, {ttr, EventKind::Resolution}};
    for (const auto &[minutes, kind] : events)
        if (minutes >= 0)
            pm.timeline.append({moment(start.addSecs(minutes * 60)), kind,
                                QStringLiteral("Event %1.").arg(eventKindName(kind))});
    pm.services = services;
    pm.tags = tags;
    return pm;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline bool save(const QString &path, const Postmortem &pm)
{
    return writeFile(path, writeNativeFormat(pm));
}

} // namespace LibraryFixture
