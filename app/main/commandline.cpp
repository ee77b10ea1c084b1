#include "main/commandline.h"

#include "main/cliexit.h"

#include "core/postmortemfile.h"
#include "core/reviewchecks.h"
#include "main/librarycommand.h"
#include "render/exportformats.h"
#include "render/loaddiagramrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace Hindsight {

namespace {

/// Context of the command line's messages (lupdate reads the macro's argument).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::CommandLine)
};

using namespace Cli;

/// Parses `arguments` (verb first) with `parser`, which has the verb's options, and handles
/// what every verb does alike: a parse error or a positional count other than `positional`
/// prints `usage` (exit `usageStatus`); --help prints the help (exit 0). Returns the exit
/// status when the verb must stop there, nullopt when it should go on.
std::optional<int> parseVerb(QCommandLineParser &parser, const QStringList &arguments,
                             qsizetype positional, const QString &usage, int usageStatus)
{
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(args))
        return fail(ExitStatus(usageStatus), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return int(Success);
    }
    if (parser.positionalArguments().size() != positional)
        return fail(ExitStatus(usageStatus), usage);
    return std::nullopt;
}

int runLint(const QStringList &arguments)
{
    // Exit codes from the contract: 0 clean or only warnings/hints, 1 errors found,
    // 2 the file cannot be read (and bad usage, which is also "could not lint").
    enum LintStatus { Clean = 0, HasErrors = 1, CannotRead = 2 };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Review a postmortem: what it still lacks or gets wrong."));
    parser.addPositionalArgument(QStringLiteral("lint"), CliText::tr("The verb."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("A Hindsight file or any Markdown postmortem."));
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("format"), QStringLiteral("f")},
        CliText::tr("Output format: text (default) or json."), QStringLiteral("format"),
        QStringLiteral("text"));
    parser.addOption(formatOption);
    if (const auto stop
        = parseVerb(parser, arguments, 2,
                    CliText::tr("usage: hindsight lint FILE [--format text|json]"), CannotRead))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(ExitStatus(CannotRead),
                    CliText::tr("--format must be text or json (got '%1')").arg(format));

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
        out += CliText::tr("%1: %2 errors, %3 warnings, %4 hints\n")
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

/// `hindsight diagram SPEC --to svg|png [-o OUTPUT] [--width W] [--height H] [--theme T]`.
int runDiagram(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Render one load-distribution diagram spec (YAML) to SVG or PNG."));
    parser.addPositionalArgument(QStringLiteral("diagram"), CliText::tr("The verb."));
    parser.addPositionalArgument(QStringLiteral("SPEC"),
                                 CliText::tr("A diagram spec file (YAML, see README)."));
    const QCommandLineOption toOption(QStringList{QStringLiteral("to"), QStringLiteral("t")},
                                      CliText::tr("Output format: svg or png."),
                                      QStringLiteral("format"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("Output file; - or none for standard output."), QStringLiteral("file"));
    const QCommandLineOption widthOption(
        QStringLiteral("width"),
        CliText::tr("Width in pixels (SVG: CSS pixels). Default: the natural width, twice "
                    "that for PNG (print resolution)."),
        QStringLiteral("px"));
    const QCommandLineOption heightOption(
        QStringLiteral("height"),
        CliText::tr("Height in pixels. Default: from the width and the diagram's aspect."),
        QStringLiteral("px"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         CliText::tr("light (default) or dark."),
                                         QStringLiteral("theme"), QStringLiteral("light"));
    for (const QCommandLineOption &o :
         {toOption, outputOption, widthOption, heightOption, themeOption})
        parser.addOption(o);
    if (const auto stop = parseVerb(parser, arguments, 2,
                                    CliText::tr("usage: hindsight diagram SPEC --to svg|png "
                                                "[-o OUTPUT] [--width PX] [--height PX] "
                                                "[--theme light|dark]"),
                                    UsageError))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(toOption).toLower();
    if (format != QLatin1String("svg") && format != QLatin1String("png"))
        return fail(UsageError, CliText::tr("--to must be svg or png (got '%1')").arg(format));
    const QString themeName = parser.value(themeOption).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return fail(UsageError,
                    CliText::tr("--theme must be light or dark (got '%1')").arg(themeName));
    const DiagramTheme theme
        = themeName == QLatin1String("dark") ? DiagramTheme::Dark : DiagramTheme::Light;
    std::optional<int> width, height;
    for (const auto &[option, value] :
         {std::pair{&widthOption, &width}, std::pair{&heightOption, &height}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int v = parser.value(*option).toInt(&ok);
        if (!ok || v < 1 || v > 20000)
            return fail(UsageError, CliText::tr("--%1 must be a whole number from 1 to 20000")
                                        .arg(option->names().constFirst()));
        *value = v;
    }

    const QString specPath = positional[1];
    QFile file(specPath);
    if (QFileInfo(specPath).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(InputError,
                    CliText::tr("cannot read %1: %2")
                        .arg(specPath, QFileInfo(specPath).isDir() ? CliText::tr("is a directory")
                                                                   : file.errorString()));
    const QByteArray data = file.read(4 * 1024 * 1024 + 1);
    if (data.size() > 4 * 1024 * 1024)
        return fail(InputError, CliText::tr("%1: a diagram spec larger than 4 MiB is not "
                                            "supported")
                                    .arg(specPath));
    const LoadDiagramReadResult spec = loadDiagramFromYaml(QString::fromUtf8(data));
    if (!spec.ok)
        return fail(InputError, QStringLiteral("%1: %2").arg(specPath, spec.error));
    for (const QString &w : spec.warnings)
        std::fputs(qPrintable(QStringLiteral("hindsight: warning: %1\n").arg(w)), stderr);

    // Size: as asked; a missing side follows the diagram's aspect ratio.
    const qreal scale = format == QLatin1String("png") ? kLoadDiagramPrintScale : 1;
    const QSizeF natural = loadDiagramNaturalSize(spec.diagram) * scale;
    QSize size = natural.toSize();
    if (width && height)
        size = QSize(*width, *height);
    else if (width)
        size = QSize(*width, qMax(1, qRound(*width * natural.height() / natural.width())));
    else if (height)
        size = QSize(qMax(1, qRound(*height * natural.width() / natural.height())), *height);

    const QByteArray out = format == QLatin1String("png")
                               ? renderLoadDiagramPng(spec.diagram, size, theme)
                               : renderLoadDiagramSvg(spec.diagram, QSizeF(size), theme);
    if (out.isEmpty())
        return fail(
            UsageError,
            CliText::tr("cannot draw a %1x%2 picture").arg(size.width()).arg(size.height()));
    QString error;
    if (!writeOutput(parser.value(outputOption), out, &error))
        return fail(OutputError, error);
    return Success;
}

} // namespace

bool isCommandLineVerb(const QStringList &arguments)
{
    return !arguments.isEmpty()
           && (arguments.first() == QLatin1String("convert")
               || arguments.first() == QLatin1String("lint")
               || arguments.first() == QLatin1String("diagram")
               || arguments.first() == QLatin1String("library"));
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("lint"))
        return runLint(arguments);
    if (arguments.value(0) == QLatin1String("diagram"))
        return runDiagram(arguments);
    if (arguments.value(0) == QLatin1String("library"))
        return runLibraryCommand(arguments);
    return runConvert(arguments);
}

namespace {

int runConvert(const QStringList &arguments)
{
    const QString ids = exportFormatIds(QStringLiteral("|"));
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Convert a postmortem to another format."));
    parser.addPositionalArgument(QStringLiteral("convert"), CliText::tr("The verb."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 CliText::tr("A Hindsight file or any Markdown postmortem."));
    const QCommandLineOption toOption(
        QStringList{QStringLiteral("to"), QStringLiteral("t")},
        CliText::tr("Output format: %1 (slides-pdf: the review deck, one 16:9 page per slide; "
                    "needs -o).")
            .arg(exportFormatIds()),
        QStringLiteral("format"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("Output file; - or none for standard output."), QStringLiteral("file"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        CliText::tr("Print how a foreign file was imported (recognised, guessed, kept as is) "
                    "to standard error."));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         CliText::tr("Slide theme for slides-pdf: light "
                                                     "(default) or dark."),
                                         QStringLiteral("theme"), QStringLiteral("light"));
    parser.addOption(toOption);
    parser.addOption(outputOption);
    parser.addOption(reportOption);
    parser.addOption(themeOption);
    if (const auto stop = parseVerb(parser, arguments, 2,
                                    CliText::tr("usage: hindsight convert INPUT --to %1 "
                                                "[-o OUTPUT] [--report] [--theme light|dark]")
                                        .arg(ids),
                                    UsageError))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const ExportFormat *format = findExportFormat(parser.value(toOption));
    if (!format)
        return fail(UsageError, CliText::tr("--to must be one of %1 (got '%2')")
                                    .arg(exportFormatIds(), parser.value(toOption).toLower()));
    const bool isDeck = format->id == QLatin1String("slides-pdf");
    const QString themeName = parser.value(themeOption).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return fail(UsageError,
                    CliText::tr("--theme must be light or dark (got '%1')").arg(themeName));
    if (parser.isSet(themeOption) && !isDeck)
        return fail(UsageError, CliText::tr("--theme applies to --to slides-pdf only"));
    // A deck is for a projector or a file to hand round, never a pipe: ask for the file.
    const QString output = parser.value(outputOption);
    if (format->needsFile && (output.isEmpty() || output == QLatin1String("-")))
        return fail(UsageError, CliText::tr("--to %1 needs -o OUTPUT").arg(format->id));

    const QString input = positional[1];
    const LoadResult loaded = loadPostmortemFile(input);
    if (!loaded.ok)
        return fail(InputError, loaded.error);
    for (const QString &w : loaded.warnings)
        std::fputs(qPrintable(QStringLiteral("hindsight: warning: %1\n").arg(w)), stderr);
    if (parser.isSet(reportOption)) {
        // Standard error, so standard output stays exactly the converted document.
        const QString report = loaded.imported
                                   ? loaded.importReport.toText()
                                   : CliText::tr("Hindsight file: read as is, nothing imported.\n");
        std::fputs(report.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }

    ExportOptions options;
    options.html.baseDirectory = QFileInfo(input).absolutePath();
    options.slideTheme = themeName == QLatin1String("dark") ? SlideTheme::Dark : SlideTheme::Light;
    QString error;
    if (!writeExport(*format, loaded.postmortem, output, options, &error))
        return fail(OutputError, error);
    return Success;
}

} // namespace

} // namespace Hindsight
