// The hindsight executable: the GUI, or a headless command-line verb.
#include "main/commandline.h"
#include "main/launchtiming.h"
#include "render/exportformats.h"
#include "ui/localization.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {
/// Headless verbs promise one line on standard error for an error: Qt's own notes about the
/// environment (no XDG_RUNTIME_DIR, fonts) are not the user's business there.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fputs(qPrintable(QStringLiteral("hindsight: %1\n").arg(message)), stderr);
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Hindsight::isCommandLineVerb(arguments)) {
        // Verbs draw (PDF, charts) but never show a window: no display needed. The timeline
        // chart is QtCharts, which is QGraphicsView-based, so this is a QApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessageHandler);
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("Hindsight"));
        // The same application data folder as the editor: `lint` reads the personal word
        // list (core/spelling.h) and verbs find the user's templates where the editor keeps them.
        QApplication::setOrganizationName(QStringLiteral("Hindsight"));
        QApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
        Hindsight::applyLanguage(QString()); // verbs speak the system locale's language
        return Hindsight::runCommandLine(arguments.mid(0));
    }

    // --help and --version print and exit: no window, so no display needed either.
    for (const QString &a : arguments) {
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v")
            || a == QLatin1String("--version")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hindsight"));
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    // The desktop entry's name (Wayland app id) and its icon, as installed by packaging/.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hindsight.Hindsight"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.hindsight.Hindsight.svg")));
    // After the names above, which say where QSettings finds the language chosen in Preferences.
    Hindsight::applyLanguage(Hindsight::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Write incident postmortems.\n\nCommands:\n  convert "
                                        "INPUT --to %1 [-o OUTPUT]   Convert without opening a "
                                        "window.\n  diagram SPEC --to svg|png [-o OUTPUT]   "
                                        "Render a load-distribution diagram spec.")
            .arg(Hindsight::exportFormatIds(QStringLiteral("|"))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Print launch time and memory as JSON once the window "
                                        "is painted, then quit (for benchmarks)."));
    parser.addOption(quitAfterFirstPaint);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "Postmortem to open; none opens the bundled sample."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    Hindsight::MainWindow window;
    // A large file is read in the background: the window shows first, with a progress dialog
    // over it (DocumentManager::loadFile), and the timing waits for the document.
    bool documentShown = false;
    if (parser.isSet(quitAfterFirstPaint))
        Hindsight::quitAfterFirstPaint(&window, [&documentShown] { return documentShown; });
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openStartupDocument(); // the last document, or the sample
    else
        window.openFile(files.first());
    documentShown = true;
    window.show();
    window.update(); // shown already when the file was large: paint it with the document
    // After the window is up, so the question has a parent and the document behind it.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
