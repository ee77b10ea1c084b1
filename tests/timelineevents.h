// Test helper: short ways to write timeline events and read a timeline's order back.
#pragma once

#include "core/postmortem.h"

#include <QStringList>

namespace HindsightTest {

using namespace Hindsight;

inline TimelineEvent ev(QDate date, QTime time, const QString &text,
                        EventKind kind = EventKind::Other)
{
    TimelineEvent e;
    e.at.date = date;
    e.at.time = time;
    e.kind = kind;
    e.text = text;
    return e;
}

inline TimelineEvent ev(QTime time, const QString &text, EventKind kind = EventKind::Other)
{
    return ev(QDate(), time, text, kind);
}

inline QStringList texts(const QList<TimelineEvent> &events)
{
    QStringList out;
    for (const TimelineEvent &e : events)
        out.append(e.text);
    return out;
}

inline QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

inline const QDate kDay(2024, 3, 1);

} // namespace HindsightTest
