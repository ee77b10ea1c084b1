#include "ui/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace Hindsight {

namespace {

// The translators the last applyLanguage() installed; owned by the application object.
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

/// A translator for `locale` from `directory`/<name>_<lang>.qm, installed; nullptr when no
/// file fits (English, or a language without a translation).
QTranslator *install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString configuredLanguage()
{
    const QString language = QSettings().value(QLatin1String(kLanguageSettingsKey)).toString();
    return availableLanguages().contains(language) ? language : QString();
}

QLocale applyLanguage(const QString &language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty() && QLocale(language).language() != locale.language())
        locale = QLocale(language);
    QLocale::setDefault(locale);

    removeTranslator(s_appTranslator);
    removeTranslator(s_qtTranslator);
    // English is the source text: with English first among the user's languages only its
    // plural forms are loaded ("1 error", "2 errors" for "%n error(s)"), even when a later
    // fallback language has a translation.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        s_appTranslator = install(QLocale(QLocale::English), QStringLiteral("hindsight"),
                                  QStringLiteral(":/i18n"));
        return locale;
    }
    s_appTranslator = install(locale, QStringLiteral("hindsight"), QStringLiteral(":/i18n"));
    s_qtTranslator = install(locale, QStringLiteral("qtbase"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    // The short format abbreviates the year in some locales ("dd.MM.yy"); a postmortem's dates
    // are read years later, so the year is written in full.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QString displayTime(QTime time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const bool seconds = time.second() != 0;
    if (locale.language() == QLocale::C)
        return time.toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time, format);
}

} // namespace Hindsight
