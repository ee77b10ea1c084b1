// The date and time readers of importtime.cpp that the leading-moment reader
// (importleading.cpp) shares; not for other callers.
#pragma once

#include "core/fastregex.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

/// The months' abbreviations, as the date patterns spell them (case-insensitive).
#define HS_MONTHS "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

namespace Hindsight::ImportTime::detail {

/// A time of day: "14:05", "2:05 PM", "14h05", "12.39 UTC", "1506 UTC" (see importtime.cpp).
const FastRegex &timeRegex();
/// A full date: ISO, month names, numeric with a year (see importtime.cpp).
const FastRegex &dateRegex();
/// 1-12 for a month's name or its abbreviation ("Sept", "march"); 0 for anything else.
int monthFromName(QStringView name);
/// The time a timeRegex match in `text` gives; invalid when it is no time of day.
QTime timeFromMatch(const FastMatch &m, const QString &text);
/// Whether a dateRegex match's four-digit year is the time of day after a day and month.
bool yearIsTimeOfDay(const FastMatch &m, const QString &text);
/// The date a dateRegex match gives, numeric ones day first when `dayFirst`; invalid when
/// impossible.
QDate dateFromMatch(const FastMatch &m, bool dayFirst);

} // namespace Hindsight::ImportTime::detail
