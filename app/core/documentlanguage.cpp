#include "core/documentlanguage.h"

namespace Hindsight {

namespace {
thread_local DisplayLanguage t_language = DisplayLanguage::Interface;
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

QString documentTr(const char *context, const char *source, const char *disambiguation, int n)
{
    if (t_language == DisplayLanguage::Interface)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace Hindsight
