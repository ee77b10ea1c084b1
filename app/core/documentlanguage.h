// The language a postmortem's rendering is written in — key facts, headings, chart and diagram
// labels, slides — chosen per render, independent of the interface language (the "Document
// language" preference; `hindsight convert` renders in English).
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Hindsight {

/// Which language a display name is wanted in: the interface's (the translation loaded for
/// the chosen language) or English whatever the interface (exports that stay English).
enum class DisplayLanguage { Interface, English };

/// The document language on the calling thread: the innermost live DocumentLanguageScope's,
/// Interface when none is open. Renderers may run on worker threads: each thread has its own.
DisplayLanguage documentLanguage();

/// While alive, documentLanguage() on this thread is `language`: the render entry points open
/// one for their options, callers open one around renderers that take no language.
/// Scopes nest; the destructor restores the previous language. Not copyable.
class DocumentLanguageScope
{
public:
    explicit DocumentLanguageScope(DisplayLanguage language);
    ~DocumentLanguageScope();
    DocumentLanguageScope(const DocumentLanguageScope &) = delete;
    DocumentLanguageScope &operator=(const DocumentLanguageScope &) = delete;

private:
    DisplayLanguage m_previous;
};

/// The locale a document's dates and numbers are written in: the interface's (QLocale()) or,
/// while documentLanguage() is English, English ("25 March 2019", not "25 März 2019" beside
/// English headings).
QLocale documentLocale();

/// QCoreApplication::translate(context, source, disambiguation, n) in the document language:
/// the English source text while documentLanguage() is English, with "%n" replaced by `n` and
/// the English plural form chosen where the program's resources hold it (hindsight_en.qm).
QString documentTr(const char *context, const char *source, const char *disambiguation = nullptr,
                   int n = -1);

/// Declares `static QString tr(source, disambiguation, n)` answering documentTr() in `context`:
/// the renderers' string structs use it where Q_DECLARE_TR_FUNCTIONS would translate into the
/// interface language whatever the document language. lupdate does not expand this macro, so
/// each struct also names its context in Q_DECLARE_TR_FUNCTIONS inside `#if 0` for lupdate.
#define HINDSIGHT_DOCUMENT_TR_FUNCTIONS(context)                                                   \
    static QString tr(const char *source, const char *disambiguation = nullptr, int n = -1)        \
    {                                                                                              \
        return ::Hindsight::documentTr(#context, source, disambiguation, n);                       \
    }

} // namespace Hindsight
