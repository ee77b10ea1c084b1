#include "commandline.h"

#include "htmlrenderer.h"
#include "jsonexport.h"
#include "markdownexport.h"
#include "nativeformat.h"
#include "pdfexporter.h"
#include "postmortemfile.h"
#include "reviewchecks.h"
#include "timelinechart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

int runLint(const QStringList &arguments)
{
    // Exit codes from the contract: 0 clean or only warnings/hints, 1 errors found,
    // 2 the file cannot be read (and bad usage, which is also "could not lint").
    enum LintStatus { Clean = 0, HasErrors = 1, CannotRead = 2 };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Review a postmortem: what it still lacks or gets wrong."));
    parser.addPositionalArgument(QStringLiteral("lint"), QStringLiteral("The verb."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A Hindsight file or any Markdown postmortem."));
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("format"), QStringLiteral("f")},
        QStringLiteral("Output format: text (default) or json."), QStringLiteral("format"),
        QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(args))
        return fail(ExitStatus(CannotRead), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Clean;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitStatus(CannotRead),
                    QStringLiteral("usage: hindsight lint FILE [--format text|json]"));
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(ExitStatus(CannotRead),
                    QStringLiteral("--format must be text or json (got '%1')").arg(format));

    const QString input = positional[1];
    const LoadResult loaded = loadPostmortemFile(input);
    if (!loaded.ok)
        return fail(ExitStatus(CannotRead), loaded.error);

    const QList<Finding> findings = reviewPostmortem(loaded.postmortem);
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];

    QByteArray out;
    if (format == QLatin1String("json")) {
        const QJsonObject summary{{QStringLiteral("errors"), counts[0]},
                                  {QStringLiteral("warnings"), counts[1]},
                                  {QStringLiteral("hints"), counts[2]}};
        const QJsonObject root{{QStringLiteral("file"), input},
                               {QStringLiteral("imported"), loaded.imported},
                               {QStringLiteral("findings"), findingsToJson(findings)},
                               {QStringLiteral("counts"), summary}};
        out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        // One line per finding, compiler style, so editors and CI logs can read it.
        for (const Finding &f : findings) {
            out += QStringLiteral("%1: %2: %3: %4 [%5]\n")
                       .arg(input, findingSeverityName(f.severity), findingLocationText(f.where),
                            f.message, f.ruleId)
                       .toUtf8();
        }
        out += QStringLiteral("%1: %2 errors, %3 warnings, %4 hints\n")
                   .arg(input)
                   .arg(counts[0])
                   .arg(counts[1])
                   .arg(counts[2])
                   .toUtf8();
    }
    QString error;
    if (!writeOutput(QString(), out, &error))
        return fail(ExitStatus(CannotRead), error);
    return counts[0] > 0 ? HasErrors : Clean;
}

int runConvert(const QStringList &arguments);

} // namespace

bool isCommandLineVerb(const QStringList &arguments)
{
    return !arguments.isEmpty()
           && (arguments.first() == QLatin1String("convert")
               || arguments.first() == QLatin1String("lint"));
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("lint"))
        return runLint(arguments);
    return runConvert(arguments);
}

namespace {

int runConvert(const QStringList &arguments)
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
    parser.addOption(toOption);
    parser.addOption(outputOption);
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
                                               "md|html|pdf|json [-o OUTPUT]"));
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

} // namespace

} // namespace Hindsight
