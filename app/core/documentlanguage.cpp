#include "core/documentlanguage.h"

#include <QTranslator>

namespace Hindsight {

namespace {
thread_local DisplayLanguage t_language = DisplayLanguage::Interface;

/// The English plural forms ("%n error(s)" → "1 error", "2 errors"), compiled from
/// translations/hindsight_en.ts into the program's resources; empty where the resources are not
/// linked (core-only tests), and then the source text is used.
const QTranslator &englishPlurals()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/hindsight_en.qm"));
    Q_UNUSED(loaded);
    return translator;
}
} // namespace

DisplayLanguage documentLanguage()
{
    return t_language;
}

DocumentLanguageScope::DocumentLanguageScope(DisplayLanguage language)
    : m_previous(t_language)
{
    t_language = language;
}

DocumentLanguageScope::~DocumentLanguageScope()
{
    t_language = m_previous;
}

QLocale documentLocale()
{
    return t_language == DisplayLanguage::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                  : QLocale();
}

QString documentTr(const char *context, const char *source, const char *disambiguation, int n)
{
    if (t_language == DisplayLanguage::Interface)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text
        = n >= 0 ? englishPlurals().translate(context, source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace Hindsight
