// The user's language: which translations are installed, and how the UI writes dates and times.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Hindsight {

/// QSettings key holding the language chosen in Preferences: "" (or absent) follows the system
/// locale, otherwise one of availableLanguages().
inline constexpr char kLanguageSettingsKey[] = "ui/language";

/// The languages Hindsight speaks, as ISO 639-1 codes: "en" (the source language, always
/// complete) first, then every translation built from translations/*.ts.
QStringList availableLanguages();

/// The language stored under kLanguageSettingsKey in the application's QSettings ("" when none
/// is stored or the stored value is not one of availableLanguages()).
QString configuredLanguage();

/// Switches the application to `language` ("" = the system locale, else an ISO 639-1 code):
/// removes the translators an earlier call installed, installs Hindsight's translation
/// (":/i18n/hindsight_<lang>.qm", compiled from translations/ at build time) and Qt's own
/// ("qtbase_<lang>.qm" from QLibraryInfo::TranslationsPath, Debian package
/// qt6-translations-l10n), and makes the locale QLocale's default so numbers, dates and times
/// follow it. A language Hindsight or Qt has no translation for shows the English text; that
/// is not an error. When `language` is the system locale's language the system locale itself
/// is used (so "en" on an en_GB system keeps British dates). Needs a QCoreApplication; call
/// it before creating windows, since existing widgets keep the text they were built with.
/// Returns the locale now in use.
QLocale applyLanguage(const QString &language);

/// `date` as the UI shows it (never as files store it): the default locale's short numeric
/// format with a four-digit year ("09.07.2023" in German, "7/9/2023" in US English), or ISO
/// 8601 "2023-07-09" in the C locale (no locale chosen, e.g. the tests). Empty when invalid.
QString displayDate(QDate date);

/// `time` as the UI shows it: the default locale's short format ("14:05", "2:05 PM"), with
/// seconds only when they are not zero; "HH:mm[:ss]" in the C locale. Empty when invalid.
QString displayTime(QTime time);

} // namespace Hindsight
