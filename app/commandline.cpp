#include "commandline.h"

#include "htmlrenderer.h"
#include "jsonexport.h"
#include "markdownexport.h"
#include "nativeformat.h"
#include "pdfexporter.h"
#include "postmortemfile.h"
#include "timelinechart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace Hindsight {

namespace {

enum ExitStatus { Success = 0, InputError = 1, UsageError = 2, OutputError = 3 };

int fail(ExitStatus status, const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("hindsight: %1\n").arg(message)), stderr);
    return status;
}

bool writeOutput(const QString &output, const QByteArray &data, QString *error)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        if (written != size_t(data.size())) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return true;
    }
    return writeFileAtomically(output, data, error);
}

} // namespace

bool isCommandLineVerb(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.first() == QLatin1String("convert");
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Convert a postmortem to another format."));
    parser.addPositionalArgument(QStringLiteral("convert"), QStringLiteral("The verb."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("A Hindsight file or any Markdown postmortem."));
    const QCommandLineOption toOption(QStringList{QStringLiteral("to"), QStringLiteral("t")},
                                      QStringLiteral("Output format: md, html, pdf or json."),
                                      QStringLiteral("format"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Output file; - or none for standard output."), QStringLiteral("file"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Print how a foreign file was imported (recognised, guessed, kept as is) "
                       "to standard error."));
    parser.addOption(toOption);
    parser.addOption(outputOption);
    parser.addOption(reportOption);
    parser.addHelpOption();

    QStringList args = arguments;
    args.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(args))
        return fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(UsageError, QStringLiteral("usage: hindsight convert INPUT --to "
                                               "md|html|pdf|json [-o OUTPUT] [--report]"));
    const QString format = parser.value(toOption).toLower();
    static const QStringList formats = {QStringLiteral("md"), QStringLiteral("html"),
                                        QStringLiteral("pdf"), QStringLiteral("json")};
    if (!formats.contains(format))
        return fail(
            UsageError,
            QStringLiteral("--to must be one of md, html, pdf, json (got '%1')").arg(format));

    const QString input = positional[1];
    const LoadResult loaded = loadPostmortemFile(input);
    if (!loaded.ok)
        return fail(InputError, loaded.error);
    for (const QString &w : loaded.warnings)
        std::fputs(qPrintable(QStringLiteral("hindsight: warning: %1\n").arg(w)), stderr);
    if (parser.isSet(reportOption)) {
        // Standard error, so standard output stays exactly the converted document.
        const QString report
            = loaded.imported ? loaded.importReport.toText()
                              : QStringLiteral("Hindsight file: read as is, nothing imported.\n");
        std::fputs(report.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }

    const QString output = parser.value(outputOption);
    QString error;
    HtmlOptions html;
    html.baseDirectory = QFileInfo(input).absolutePath();

    if (format == QLatin1String("pdf")) {
        if (output.isEmpty() || output == QLatin1String("-")) {
            QTemporaryDir dir;
            const QString tmp = dir.filePath(QStringLiteral("out.pdf"));
            if (!exportPdf(loaded.postmortem, tmp, &error, html))
                return fail(OutputError, error);
            QFile f(tmp);
            if (!f.open(QIODevice::ReadOnly) || !writeOutput(QString(), f.readAll(), &error))
                return fail(OutputError, error.isEmpty() ? f.errorString() : error);
            return Success;
        }
        if (!exportPdf(loaded.postmortem, output, &error, html))
            return fail(OutputError, error);
        return Success;
    }

    if (format == QLatin1String("md") && !output.isEmpty() && output != QLatin1String("-")) {
        // A file gets its chart beside it (<name>.assets/); standard output only the text.
        if (!exportMarkdown(loaded.postmortem, output, &error))
            return fail(OutputError, error);
        return Success;
    }

    QByteArray data;
    if (format == QLatin1String("json"))
        data = postmortemToJsonText(loaded.postmortem);
    else if (format == QLatin1String("html"))
        data = renderStandaloneHtml(loaded.postmortem, html);
    else
        data = writeNativeFormat(loaded.postmortem);
    if (!writeOutput(output, data, &error))
        return fail(OutputError, error);
    return Success;
}

} // namespace Hindsight
