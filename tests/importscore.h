// Test helper: scores imported postmortems against labels written by a careful human reader,
// field by field, as ../shared/corpus/LABELING.md ("How the labels are compared") says. Used by
// tst_importcorpus (the real postmortems) and tst_importfixtures (tests/data/import, our own).
//
// A labels.json is an array of objects with the keys "file", start_date, start_time, end_date,
// end_time, utc_offset_minutes, users_affected_percent, timeline_count, timeline_first_time,
// timeline_last_time, root_cause_keywords, action_items_count (and "notes", not compared).
// In short, for readers without ../shared: dates "YYYY-MM-DD" and times "HH:MM" (24 h, in the
// document's own zone) of the incident's start and end, null when the document does not say
// (an end before its start time on the same stated day is the next day); the zone's offset in
// minutes; the percentage of users affected (counts and percentages of anything else are
// null); the number of timestamped entries of the timeline (not chat logs, code blocks or
// prose) with the first and last in document order; 1-3 lowercase phrases the root cause must
// contain; the number of action items (improvements and tasks together). Compared with
// postmortemToJson: incident.start/end, timezone (or the start's offset), impact's
// usersAffectedPercent, the timeline entries that have a time, rootCause, actionItems.
#pragma once

#include "core/jsonexport.h"
#include "core/postmortemfile.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace HindsightTest {

using namespace Hindsight;

/// The labelled fields, in the order LABELING.md lists them.
inline const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("start_date"),         QStringLiteral("start_time"),
        QStringLiteral("end_date"),           QStringLiteral("end_time"),
        QStringLiteral("utc_offset_minutes"), QStringLiteral("users_affected_percent"),
        QStringLiteral("timeline_count"),     QStringLiteral("timeline_first_time"),
        QStringLiteral("timeline_last_time"), QStringLiteral("root_cause_keywords"),
        QStringLiteral("action_items_count"),
    };
    return names;
}

/// A JSON scalar as comparable text: null/undefined -> "null", numbers without a needless ".0".
inline QString scalar(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.toString();
}

/// "HH:MM" of a Moment's time ("time" is already HH:MM in the contract; cut defensively).
inline QString momentPart(const QJsonValue &moment, const char *key)
{
    if (!moment.isObject())
        return QStringLiteral("null");
    const QJsonValue v = moment.toObject().value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    return QLatin1String(key) == QLatin1String("time") ? v.toString().left(5) : v.toString();
}

/// The value of each labelled field as the converted JSON gives it (see LABELING.md).
inline QMap<QString, QString> extracted(const QJsonObject &json, const QJsonArray &keywords)
{
    QMap<QString, QString> got;
    const QJsonObject incident = json.value(QLatin1String("incident")).toObject();
    const QJsonValue start = incident.value(QLatin1String("start"));
    const QJsonValue end = incident.value(QLatin1String("end"));
    got[QStringLiteral("start_date")] = momentPart(start, "date");
    got[QStringLiteral("start_time")] = momentPart(start, "time");
    got[QStringLiteral("end_date")] = momentPart(end, "date");
    got[QStringLiteral("end_time")] = momentPart(end, "time");

    const QJsonValue zone = json.value(QLatin1String("timezone"));
    if (zone.isObject())
        got[QStringLiteral("utc_offset_minutes")]
            = scalar(zone.toObject().value(QLatin1String("utcOffsetMinutes")));
    else if (start.isObject())
        got[QStringLiteral("utc_offset_minutes")]
            = scalar(start.toObject().value(QLatin1String("utcOffsetMinutes")));
    else
        got[QStringLiteral("utc_offset_minutes")] = QStringLiteral("null");

    got[QStringLiteral("users_affected_percent")]
        = scalar(json.value(QLatin1String("impact"))
                     .toObject()
                     .value(QLatin1String("usersAffectedPercent")));

    QStringList times;
    const QJsonArray timeline = json.value(QLatin1String("timeline")).toArray();
    for (const QJsonValue &e : timeline) {
        const QString t = momentPart(e.toObject().value(QLatin1String("at")), "time");
        if (t != QLatin1String("null"))
            times.append(t);
    }
    got[QStringLiteral("timeline_count")] = QString::number(times.size());
    got[QStringLiteral("timeline_first_time")]
        = times.isEmpty() ? QStringLiteral("null") : times.first();
    got[QStringLiteral("timeline_last_time")]
        = times.isEmpty() ? QStringLiteral("null") : times.last();

    // Keywords: the ones the root cause contains, in label order, so a full match reads like
    // the label and a partial one shows what is missing.
    const QString rootCause = json.value(QLatin1String("rootCause")).toString();
    QStringList found;
    for (const QJsonValue &k : keywords)
        if (rootCause.contains(k.toString(), Qt::CaseInsensitive))
            found.append(k.toString());
    got[QStringLiteral("root_cause_keywords")] = found.join(QLatin1String(", "));

    got[QStringLiteral("action_items_count")]
        = QString::number(json.value(QLatin1String("actionItems")).toArray().size());
    return got;
}

/// The label of each field as comparable text.
inline QMap<QString, QString> expected(const QJsonObject &label)
{
    QMap<QString, QString> want;
    for (const QString &f : fieldNames()) {
        if (f == QLatin1String("root_cause_keywords")) {
            QStringList k;
            for (const QJsonValue &v : label.value(f).toArray())
                k.append(v.toString());
            want[f] = k.join(QLatin1String(", "));
        } else {
            want[f] = scalar(label.value(f));
        }
    }
    return want;
}

/// The value of each labelled field in what loadPostmortemFile read (empty JSON when it failed).
inline QMap<QString, QString> extracted(const LoadResult &loaded, const QJsonObject &label)
{
    const QJsonObject json = loaded.ok ? postmortemToJson(loaded.postmortem) : QJsonObject();
    return extracted(json, label.value(QLatin1String("root_cause_keywords")).toArray());
}

/// The labels of `dir`/labels.json, one object a document (empty when there is none).
inline QJsonArray labelsOf(const QString &dir)
{
    QFile f(dir + QStringLiteral("/labels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

struct Score
{
    int right = 0;
    int total = 0;
    QMap<QString, int> fieldRight;
    QMap<QString, int> fieldTotal;
    QStringList misses; ///< "file: field want X got Y"
    int documents = 0;
    int documentsFullyRight = 0; ///< documents whose every labelled field is right
    double ratio() const { return total ? double(right) / total : 0.0; }
};

/// Converts every labelled file of `dir` as `hindsight convert FILE --to json` does
/// (loadPostmortemFile, then postmortemToJson) and scores it against `dir`/labels.json.
inline Score scoreDirectory(const QString &dir)
{
    Score score;
    const QJsonArray labels = labelsOf(dir);
    for (const QJsonValue &v : labels) {
        const QJsonObject label = v.toObject();
        const QString file = label.value(QLatin1String("file")).toString();
        const LoadResult loaded = loadPostmortemFile(dir + QLatin1Char('/') + file);
        const QMap<QString, QString> want = expected(label);
        const QMap<QString, QString> got = extracted(loaded, label);
        QStringList fileMisses;
        int fileRight = 0;
        for (const QString &field : fieldNames()) {
            const bool ok = loaded.ok && want.value(field) == got.value(field);
            ++score.total;
            ++score.fieldTotal[field];
            if (ok) {
                ++score.right;
                ++fileRight;
                ++score.fieldRight[field];
            } else {
                fileMisses.append(QStringLiteral("%1 want [%2] got [%3]")
                                      .arg(field, want.value(field), got.value(field)));
            }
        }
        ++score.documents;
        if (fileRight == fieldNames().size())
            ++score.documentsFullyRight;
        if (!loaded.ok)
            fileMisses.prepend(QStringLiteral("not imported: ") + loaded.error);
        qInfo().noquote()
            << QStringLiteral("%1  %2/%3").arg(file, -28).arg(fileRight).arg(fieldNames().size());
        for (const QString &m : std::as_const(fileMisses)) {
            qInfo().noquote() << QStringLiteral("    ") + m;
            score.misses.append(file + QStringLiteral(": ") + m);
        }
    }
    qInfo().noquote() << QStringLiteral("per field:");
    for (const QString &field : fieldNames())
        qInfo().noquote() << QStringLiteral("  %1 %2/%3")
                                 .arg(field, -24)
                                 .arg(score.fieldRight.value(field))
                                 .arg(score.fieldTotal.value(field));
    qInfo().noquote() << QStringLiteral("overall: %1/%2 = %3%")
                             .arg(score.right)
                             .arg(score.total)
                             .arg(100.0 * score.ratio(), 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("documents fully right: %1/%2")
                             .arg(score.documentsFullyRight)
                             .arg(score.documents);
    return score;
}

} // namespace HindsightTest
