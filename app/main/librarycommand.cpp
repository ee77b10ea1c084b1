#include "main/librarycommand.h"

#include "main/cliexit.h"

#include "core/library/actionexport.h"
#include "core/library/libraryindex.h"
#include "core/library/libraryreport.h"
#include "core/library/librarystats.h"
#include "core/postmortemfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace Hindsight {

namespace {

struct LibraryCliText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryCommand)
};

using namespace Cli;

int print(const QByteArray &data, const QString &output = {})
{
    QString error;
    return writeOutput(output, data, &error) ? Success : fail(OutputError, error);
}

QByteArray jsonText(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

/// What every library verb shares: the parser, the folder, the index brought up to date.
struct Invocation
{
    QCommandLineParser parser;
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("format")};
    QStringList positional;
    std::unique_ptr<LibraryIndex> index;
    UpdateSummary update;
};

/// Parses `arguments` ("library VERB DIR …") and opens and updates the index. Returns the exit
/// status when the verb must stop, nullopt to go on.
std::optional<int> prepare(Invocation &inv, const QStringList &arguments, qsizetype positional,
                           const QString &usage, const QStringList &formats)
{
    QCommandLineParser &parser = inv.parser;
    parser.addHelpOption();
    inv.format = QCommandLineOption(QStringLiteral("format"),
                                    LibraryCliText::tr("Output format: %1 (default %2).")
                                        .arg(formats.join(QStringLiteral(", ")), formats.first()),
                                    QStringLiteral("format"), formats.first());
    parser.addOption(inv.format);
    QStringList args = arguments;
    args.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(args))
        return fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(usage + QLatin1Char('\n') + parser.helpText()), stdout);
        return int(Success);
    }
    inv.positional = parser.positionalArguments().mid(1); // after "library"
    if (inv.positional.size() != positional)
        return fail(UsageError, usage);
    if (!formats.contains(parser.value(inv.format)))
        return fail(UsageError,
                    LibraryCliText::tr("unknown format '%1'; use %2")
                        .arg(parser.value(inv.format), formats.join(QStringLiteral(", "))));
    const QString dir = inv.positional.value(1);
    const QFileInfo info(dir);
    if (!info.isDir() || !info.isReadable())
        return fail(InputError, LibraryCliText::tr("%1 is not a readable folder").arg(dir));
    inv.index = std::make_unique<LibraryIndex>(dir);
    QString error;
    if (!inv.index->open(&error))
        return fail(OutputError, error);
    inv.update = inv.index->update({}, &error);
    if (!error.isEmpty())
        return fail(OutputError, error);
    return std::nullopt;
}

int runIndex(const QStringList &arguments)
{
    Invocation inv;
    inv.parser.setApplicationDescription(
        LibraryCliText::tr("Index the postmortems under a folder (incrementally)."));
    if (const auto stop = prepare(inv, arguments, 2,
                                  LibraryCliText::tr("usage: hindsight library index DIR "
                                                     "[--format text|json]"),
                                  {QStringLiteral("text"), QStringLiteral("json")}))
        return *stop;
    const UpdateSummary &u = inv.update;
    const QList<BrokenFile> broken = inv.index->brokenFiles();
    if (inv.parser.value(inv.format) == QLatin1String("json")) {
        QJsonArray brokenJson;
        for (const BrokenFile &b : broken)
            brokenJson.append(QJsonObject{{QStringLiteral("file"), b.path},
                                          {QStringLiteral("reason"), b.reason}});
        return print(
            jsonText(QJsonObject{{QStringLiteral("folder"), inv.index->folder()},
                                 {QStringLiteral("database"), inv.index->databasePath()},
                                 {QStringLiteral("postmortems"), int(inv.index->entries().size())},
                                 {QStringLiteral("scanned"), u.scanned},
                                 {QStringLiteral("added"), u.added},
                                 {QStringLiteral("updated"), u.updated},
                                 {QStringLiteral("touched"), u.touched},
                                 {QStringLiteral("unchanged"), u.unchanged},
                                 {QStringLiteral("removed"), u.removed},
                                 {QStringLiteral("elapsedMs"), double(u.elapsedMs)},
                                 {QStringLiteral("notIndexed"), brokenJson}}));
    }
    QString out = LibraryCliText::tr("%1: %2 postmortems indexed (%3 added, %4 updated, %5 "
                                     "unchanged, %6 removed) in %7 ms.\n")
                      .arg(inv.index->folder())
                      .arg(inv.index->entries().size())
                      .arg(u.added)
                      .arg(u.updated)
                      .arg(u.unchanged + u.touched)
                      .arg(u.removed)
                      .arg(u.elapsedMs);
    if (!broken.isEmpty())
        out += LibraryCliText::tr("%n file(s) not indexed:\n", "", int(broken.size()));
    for (const BrokenFile &b : broken)
        out += QStringLiteral("  %1: %2\n").arg(b.path, b.reason);
    return print(out.toUtf8());
}

int runSearch(const QStringList &arguments)
{
    Invocation inv;
    inv.parser.setApplicationDescription(
        LibraryCliText::tr("Full-text search of a library, best match first (bm25)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   LibraryCliText::tr("At most N hits (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    inv.parser.addOption(limit);
    if (const auto stop = prepare(inv, arguments, 3,
                                  LibraryCliText::tr("usage: hindsight library search DIR QUERY "
                                                     "[--limit N] [--format text|json]"),
                                  {QStringLiteral("text"), QStringLiteral("json")}))
        return *stop;
    bool ok = false;
    const int n = inv.parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return fail(UsageError, LibraryCliText::tr("--limit needs a positive number"));
    const QList<SearchHit> hits = inv.index->search(inv.positional.value(2), n);
    const bool json = inv.parser.value(inv.format) == QLatin1String("json");
    const auto marked = [&](QString s) {
        s.replace(kHitOpen, json ? QStringLiteral("«") : QStringLiteral("["));
        s.replace(kHitClose, json ? QStringLiteral("»") : QStringLiteral("]"));
        return s.simplified();
    };
    if (json) {
        QJsonArray out;
        for (const SearchHit &h : hits)
            out.append(QJsonObject{{QStringLiteral("file"), h.path},
                                   {QStringLiteral("title"), h.title},
                                   {QStringLiteral("score"), h.score},
                                   {QStringLiteral("snippet"), marked(h.snippet)}});
        return print(jsonText(out));
    }
    QString out;
    for (const SearchHit &h : hits)
        out += QStringLiteral("%1  %2\n    %3\n    %4\n")
                   .arg(h.score, 7, 'f', 2)
                   .arg(h.title, h.path, marked(h.snippet));
    if (hits.isEmpty())
        out = LibraryCliText::tr("No postmortem matches.\n");
    return print(out.toUtf8());
}

int runStats(const QStringList &arguments)
{
    Invocation inv;
    inv.parser.setApplicationDescription(LibraryCliText::tr(
        "Incidents per month; medians and 90th percentiles of time to detect, mitigate and "
        "resolve and of duration, with n, per quarter, service and severity."));
    if (const auto stop = prepare(inv, arguments, 2,
                                  LibraryCliText::tr("usage: hindsight library stats DIR "
                                                     "[--format text|json]"),
                                  {QStringLiteral("text"), QStringLiteral("json")}))
        return *stop;
    const LibraryStats stats
        = computeLibraryStats(inv.index->entries(), int(inv.index->brokenFiles().size()));
    if (inv.parser.value(inv.format) == QLatin1String("json"))
        return print(jsonText(libraryStatsToJson(stats)));
    return print(libraryStatsToText(stats).toUtf8());
}

int runActions(const QStringList &arguments)
{
    Invocation inv;
    inv.parser.setApplicationDescription(
        LibraryCliText::tr("The action items of every postmortem, overdue first."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     LibraryCliText::tr("Only open items past their due date."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   LibraryCliText::tr("Count overdue as of this date "
                                                      "(YYYY-MM-DD; default today)."),
                                   QStringLiteral("date"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    LibraryCliText::tr("Output file; - or none for standard "
                                                       "output."),
                                    QStringLiteral("file"));
    inv.parser.addOption(overdue);
    inv.parser.addOption(today);
    inv.parser.addOption(output);
    if (const auto stop
        = prepare(inv, arguments, 2,
                  LibraryCliText::tr("usage: hindsight library actions DIR "
                                     "[--overdue] [--format csv|ics|json] "
                                     "[--today YYYY-MM-DD] [-o OUTPUT]"),
                  {QStringLiteral("csv"), QStringLiteral("ics"), QStringLiteral("json")}))
        return *stop;
    QDate day = QDate::currentDate();
    if (inv.parser.isSet(today)) {
        day = QDate::fromString(inv.parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return fail(UsageError, LibraryCliText::tr("--today needs a date as YYYY-MM-DD"));
    }
    QList<LibraryAction> actions = sortedForLedger(inv.index->actionItems(), day);
    if (inv.parser.isSet(overdue))
        actions.removeIf([&](const LibraryAction &a) { return !isOverdue(a, day); });
    const QString format = inv.parser.value(inv.format);
    const QByteArray data = format == QLatin1String("ics")
                                ? actionsToIcs(actions, QDateTime::currentDateTimeUtc())
                            : format == QLatin1String("json") ? actionsToJson(actions, day)
                                                              : actionsToCsv(actions, day);
    return print(data, inv.parser.value(output));
}

int runReport(const QStringList &arguments)
{
    Invocation inv;
    inv.parser.setApplicationDescription(LibraryCliText::tr(
        "A report of the library: statistics, overdue action items, incidents, definitions."));
    const QCommandLineOption to(QStringList{QStringLiteral("to"), QStringLiteral("t")},
                                LibraryCliText::tr("Report format: html or pdf."),
                                QStringLiteral("format"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    LibraryCliText::tr("Output file (required for pdf); - or "
                                                       "none for standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   LibraryCliText::tr("Date the report and count overdue as of "
                                                      "this date (YYYY-MM-DD; default today)."),
                                   QStringLiteral("date"));
    inv.parser.addOption(to);
    inv.parser.addOption(output);
    inv.parser.addOption(today);
    const QString usage = LibraryCliText::tr("usage: hindsight library report DIR --to html|pdf "
                                             "[-o OUTPUT] [--today YYYY-MM-DD]");
    if (const auto stop = prepare(inv, arguments, 2, usage, {QStringLiteral("text")}))
        return *stop;
    const QString format = inv.parser.value(to);
    const QString out = inv.parser.value(output);
    if (format != QLatin1String("html") && format != QLatin1String("pdf"))
        return fail(UsageError, usage);
    if (format == QLatin1String("pdf") && (out.isEmpty() || out == QLatin1String("-")))
        return fail(UsageError, LibraryCliText::tr("--to pdf needs -o FILE"));
    LibraryReportInput input{inv.index->folder(), inv.index->entries(), inv.index->actionItems(),
                             int(inv.index->brokenFiles().size()), QDate::currentDate()};
    if (inv.parser.isSet(today)) {
        input.today = QDate::fromString(inv.parser.value(today), Qt::ISODate);
        if (!input.today.isValid())
            return fail(UsageError, LibraryCliText::tr("--today needs a date as YYYY-MM-DD"));
    }
    const QString html = libraryReportHtml(input);
    if (format == QLatin1String("html"))
        return print(html.toUtf8(), out);
    QString error;
    if (!writeLibraryReportPdf(html, out, &error))
        return fail(OutputError, error);
    return Success;
}

} // namespace

int runLibraryCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("index"))
        return runIndex(arguments);
    if (verb == QLatin1String("search"))
        return runSearch(arguments);
    if (verb == QLatin1String("stats"))
        return runStats(arguments);
    if (verb == QLatin1String("actions"))
        return runActions(arguments);
    if (verb == QLatin1String("report"))
        return runReport(arguments);
    return fail(UsageError,
                LibraryCliText::tr("usage: hindsight library index|search|stats|"
                                   "actions|report DIR … (--help after the verb for more)"));
}

} // namespace Hindsight
