// Presenting: the real main window starts the show (F5); QTest key events on the real windows
// move through the slides, blank the screen and end it; the presenter view shows the next slide
// and the notes, and edits them through the undo stack.
#include "core/document.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/presentationwindow.h"
#include "ui/presenterview.h"
#include "ui/slideview.h"
#include "corpus.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Hindsight;

namespace {

QString seedPath(const char *name)
{
    return HindsightTest::corpusPath(QStringLiteral("seeds/")) + QLatin1String(name);
}

/// The colour at the centre of `widget` as it is painted.
QColor centreColour(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

/// Sends one key press and release through `widget`'s window, as the window system would.
void press(QWidget *widget, int key)
{
    QTest::keyClick(widget->windowHandle(), Qt::Key(key), Qt::NoModifier);
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    /// Opens `seed` in a fresh main window and presses F5 on it.
    Presentation *present(const char *seed)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openFile(seedPath(seed)))
            return nullptr;
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        Presentation *p = m_window->presentation()->presentation();
        if (p && QTest::qWaitForWindowActive(p->audienceWindow()))
            return p;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_presentation"));
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("presentation"));
        settings.remove(QStringLiteral("window"));
    }

    void cleanup()
    {
        if (m_window && m_window->document())
            m_window->document()->undoStack()->setClean(); // close without asking to save
        m_window.reset();
    }

    void f5StartsTheShowFullScreen()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        PresentationWindow *w = p->audienceWindow();
        QVERIFY(w->isVisible());
        QVERIFY(w->isFullScreen());
        QCOMPARE(w->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(p->current(), 0);
        QCOMPARE(p->count(), 8);
        QCOMPARE(w->slideView()->slide(), 0);
        QVERIFY(!p->isPresenterViewShown()); // one screen: the room sees the slides
        // F5 again brings the running show forward instead of starting a second one.
        m_window->presentation()->presentAction()->trigger();
        QCOMPARE(m_window->presentation()->presentation(), p);
    }

    void keyboardNavigation()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        PresentationWindow *w = p->audienceWindow();
        const int last = p->count() - 1;
        const QList<std::pair<int, int>> steps = {
            {Qt::Key_Right, 1}, {Qt::Key_Space, 2},  {Qt::Key_PageDown, 3}, {Qt::Key_Down, 4},
            {Qt::Key_Left, 3},  {Qt::Key_Up, 2},     {Qt::Key_PageUp, 1},   {Qt::Key_Backspace, 0},
            {Qt::Key_Left, 0},  {Qt::Key_End, last}, {Qt::Key_Right, last}, {Qt::Key_Home, 0},
            {Qt::Key_N, 1},     {Qt::Key_Return, 2},
        };
        for (const auto &[key, expected] : steps) {
            press(w, key);
            QCOMPARE(p->current(), expected);
            QCOMPARE(w->slideView()->slide(), expected);
        }
        // A slide number, then Enter.
        press(w, Qt::Key_5);
        QCOMPARE(p->current(), 2); // digits alone do not move
        press(w, Qt::Key_Enter);
        QCOMPARE(p->current(), 4);
    }

    void bBlanksTheScreen()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        PresentationWindow *w = p->audienceWindow();
        press(w, Qt::Key_Right);
        const QColor slide = centreColour(w);
        press(w, Qt::Key_B);
        QVERIFY(p->isBlanked());
        QVERIFY(w->slideView()->isBlanked());
        QCOMPARE(centreColour(w), QColor(Qt::black));
        QVERIFY(slide != QColor(Qt::black));
        // The next key shows the room the same slide again rather than skipping one.
        press(w, Qt::Key_Right);
        QVERIFY(!p->isBlanked());
        QCOMPARE(p->current(), 1);
        QCOMPARE(centreColour(w), slide);
        // "." (what presentation remotes send) toggles too.
        press(w, Qt::Key_Period);
        QVERIFY(p->isBlanked());
        press(w, Qt::Key_Period);
        QVERIFY(!p->isBlanked());
    }

    void escEndsTheShow()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        QPointer<PresentationWindow> w = p->audienceWindow();
        QSignalSpy finished(p, &Presentation::finished);
        press(w, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(!m_window->presentation()->presentation()); // deleted, windows with it
        QVERIFY(!w);
        // And a new show can start.
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        QVERIFY(m_window->presentation()->presentation());
    }

    void presenterViewShowsNextSlideAndNotes()
    {
        // Seed 002: detected 15 minutes in, so the key-facts slide gets a suggested question.
        Presentation *p = present("002_f501168319a7d76f.txt");
        QVERIFY(p);
        press(p->audienceWindow(), Qt::Key_P);
        PresenterView *v = p->presenterView();
        QVERIFY(QTest::qWaitForWindowActive(v));
        QVERIFY(v->isFullScreen());
        QVERIFY(!p->audienceWindow()->isVisible()); // one screen: in place of the slides
        QVERIFY(p->isPresenterViewShown());

        press(v, Qt::Key_Right);
        QCOMPARE(p->current(), 1);
        QCOMPARE(v->currentView()->slide(), 1);
        QCOMPARE(v->nextView()->slide(), 2);
        QCOMPARE(v->positionText(), QStringLiteral("Slide 2 of 8 · Key facts"));
        QVERIFY2(v->notesEditor()->toPlainText().contains(
                     QStringLiteral("Detection took 15 minutes — what would have caught it "
                                    "sooner?")),
                 qPrintable(v->notesEditor()->toPlainText()));
        QVERIFY(v->notesEditor()->isReadOnly());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+:\\d\\d:\\d\\d$"))
                    .match(v->elapsedText())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("\\d")).match(v->clockText()).hasMatch());

        // On the last slide the next view says so.
        press(v, Qt::Key_End);
        QCOMPARE(v->nextView()->slide(), p->count());
        press(v, Qt::Key_Home);
        press(v, Qt::Key_Right);

        // P again: back to the slides.
        press(v, Qt::Key_P);
        QVERIFY(QTest::qWaitForWindowActive(p->audienceWindow()));
        QVERIFY(!v->isVisible());
        QCOMPARE(p->audienceWindow()->slideView()->slide(), 1);
    }

    void notesAreEditedThroughTheUndoStack()
    {
        Presentation *p = present("002_f501168319a7d76f.txt");
        QVERIFY(p);
        press(p->audienceWindow(), Qt::Key_Right);
        press(p->audienceWindow(), Qt::Key_P);
        PresenterView *v = p->presenterView();
        QVERIFY(QTest::qWaitForWindowActive(v));
        Document *doc = m_window->document();
        QVERIFY(doc->postmortem().speakerNotes.isEmpty());
        const QString suggested = v->notesEditor()->toPlainText();

        QTest::mouseClick(v->editNotesButton(), Qt::LeftButton);
        QVERIFY(v->isEditingNotes());
        QVERIFY(!v->notesEditor()->isReadOnly());
        QTest::keyClicks(v->notesEditor(), QStringLiteral(" Ask Sam."));
        // Typing goes to the notes, not to the show.
        QTest::keyClick(v->notesEditor(), Qt::Key_Right);
        QCOMPARE(p->current(), 1);
        QCOMPARE(doc->postmortem().speakerNotes.value(QStringLiteral("key-facts")),
                 suggested + QStringLiteral(" Ask Sam."));
        // Esc ends the editing, not the show.
        QTest::keyClick(v->notesEditor(), Qt::Key_Escape);
        QVERIFY(!v->isEditingNotes());
        QVERIFY(p->presenterView()->isVisible());

        // One undo step for the typing burst; the suggestions come back.
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->postmortem().speakerNotes.isEmpty());
        QCOMPARE(v->notesEditor()->toPlainText(), suggested);
        doc->undoStack()->redo();
        QCOMPARE(v->notesEditor()->toPlainText(), suggested + QStringLiteral(" Ask Sam."));

        // Notes never reach the slides: the deck is not rebuilt for them.
        press(v, Qt::Key_Right);
        QCOMPARE(p->current(), 2);
        QVERIFY(!v->notesEditor()->toPlainText().contains(QStringLiteral("Ask Sam")));
    }

    void documentEditsReachTheShow()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        press(p->audienceWindow(), Qt::Key_3);
        press(p->audienceWindow(), Qt::Key_Enter);
        press(p->audienceWindow(), Qt::Key_Right);
        QCOMPARE(p->currentSlide().notesKey, QStringLiteral("root-cause"));
        const int before = p->count();
        QSignalSpy rebuilt(p, &Presentation::deckChanged);
        QSignalSpy notes(p, &Presentation::notesChanged);
        m_window->document()->edit(QStringLiteral("notes"), [](Postmortem &pm) {
            pm.speakerNotes.insert(QStringLiteral("root-cause"), QStringLiteral("Why 8?"));
        });
        QCOMPARE(notes.count(), 1);
        QCOMPARE(rebuilt.count(), 0);
        m_window->document()->edit(QStringLiteral("text"), [](Postmortem &pm) {
            for (int i = 0; i < 30; ++i)
                pm.rootCause += QStringLiteral("\n\nAnother paragraph that makes the root cause "
                                               "far too long for one slide, number %1.")
                                    .arg(i);
        });
        QTRY_COMPARE(rebuilt.count(), 1);
        QVERIFY(p->count() > before);
        // Still on the root cause, now its first part.
        QCOMPARE(p->currentSlide().notesKey, QStringLiteral("root-cause"));
        QVERIFY(p->currentSlide().title.startsWith(QStringLiteral("Root cause (1/")));
        QCOMPARE(p->audienceWindow()->slideView()->deck(), p->deck());
    }

    void darkSlidesFromTheViewMenu()
    {
        Presentation *p = present("000_21a48f8409a941f2.txt");
        QVERIFY(p);
        QCOMPARE(p->theme(), SlideTheme::Light);
        const QColor light = centreColour(p->audienceWindow());
        m_window->presentation()->darkThemeAction()->setChecked(true);
        QCOMPARE(p->theme(), SlideTheme::Dark);
        QCOMPARE(p->audienceWindow()->slideView()->theme(), SlideTheme::Dark);
        QCOMPARE(centreColour(p->audienceWindow()), slidePalette(SlideTheme::Dark).background);
        QCOMPARE(light, slidePalette(SlideTheme::Light).background);
        QVERIFY(QSettings().value(QStringLiteral("presentation/darkTheme")).toBool());
    }

    void fileExportWritesTheDeck()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openFile(seedPath("000_21a48f8409a941f2.txt")));
        QAction *exportSlides = nullptr;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Slides PDF…"))
                exportSlides = a;
        QVERIFY(exportSlides);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("000_21a48f8409a941f2-slides.pdf"));
        QString suggested;
        QTimer::singleShot(0, this, [&] {
            // Answer the save dialog once it is up.
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [&, timer] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                timer->stop();
                timer->deleteLater();
                suggested = dialog->selectedFiles().value(0);
                dialog->setDirectory(dir.path());            // keep the suggested name
                QMetaObject::invokeMethod(dialog, "accept"); // the Save button
            });
            timer->start(20);
        });
        exportSlides->trigger();
        QVERIFY2(suggested.endsWith(QStringLiteral("000_21a48f8409a941f2-slides.pdf")),
                 qPrintable(suggested));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // One page per slide of the deck (8 for seed 000).
        QCOMPARE(QString::fromLatin1(bytes).count(
                     QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))),
                 8);
    }

    void screenChoice()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        QScreen *main = screens.first();
        // One screen: slides there, presenter view only in its place.
        if (screens.size() == 1) {
            const PresentationScreens one = choosePresentationScreens(screens, main, {}, true);
            QCOMPARE(one.audience, main);
            QCOMPARE(one.presenter, nullptr);
            QCOMPARE(
                choosePresentationScreens(screens, main, QStringLiteral("gone"), true).audience,
                main);
        }
        QCOMPARE(choosePresentationScreens({}, nullptr, {}, true).audience, nullptr);
        if (qEnvironmentVariableIsSet("HINDSIGHT_TWO_SCREENS"))
            return; // run as the child of twoScreens(): the screens are checked there
        // Two screens: run this test binary again on an offscreen platform with two screens.
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("screens.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"screens": [
            {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
            {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080}]})");
        config.close();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("offscreen:configfile=") + config.fileName());
        env.insert(QStringLiteral("HINDSIGHT_TWO_SCREENS"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("twoScreens")});
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 (child.readAllStandardOutput() + child.readAllStandardError()).constData());
    }

    void twoScreens()
    {
        if (!qEnvironmentVariableIsSet("HINDSIGHT_TWO_SCREENS"))
            QSKIP("runs as a child process of screenChoice()");
        const QList<QScreen *> screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2);
        QScreen *laptop = screens[0], *projector = screens[1];
        PresentationScreens s = choosePresentationScreens(screens, laptop, {}, true);
        QCOMPARE(s.audience, projector);
        QCOMPARE(s.presenter, laptop);
        s = choosePresentationScreens(screens, laptop, {}, false);
        QCOMPARE(s.audience, projector);
        QCOMPARE(s.presenter, nullptr);
        // Chosen by name, even the window's own: the presenter view moves to the other one.
        s = choosePresentationScreens(screens, laptop, QStringLiteral("Laptop"), true);
        QCOMPARE(s.audience, laptop);
        QCOMPARE(s.presenter, projector);

        // The real show: slides full screen on the projector, presenter view on the laptop.
        Presentation *p = present("002_f501168319a7d76f.txt");
        QVERIFY(p);
        QCOMPARE(p->audienceWindow()->screen(), projector);
        QCOMPARE(p->audienceWindow()->geometry(), projector->geometry());
        QVERIFY(p->presenterView()->isVisible());
        QCOMPARE(p->presenterView()->screen(), laptop);
        press(p->presenterView(), Qt::Key_Right);
        QCOMPARE(p->audienceWindow()->slideView()->slide(), 1);
        // P hides and shows the presenter view; the slides stay up.
        press(p->presenterView(), Qt::Key_P);
        QVERIFY(!p->presenterView()->isVisible());
        QVERIFY(p->audienceWindow()->isVisible());
        press(p->audienceWindow(), Qt::Key_P);
        QVERIFY(p->presenterView()->isVisible());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
#include "modalguard.h"
