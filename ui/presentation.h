// Presenting the open postmortem: the running show (which slide, blanked or not) observed by
// the audience's full-screen window and the presenter view, and the View-menu actions that
// start it.
#pragma once

#include "core/documentlanguage.h"
#include "render/slides.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QKeyEvent;
class QMenu;
class QScreen;
class QTimer;
QT_END_NAMESPACE

namespace Hindsight {

class Document;
class PresentationWindow;
class PresenterView;

/// Where the two windows of a show go.
struct PresentationScreens
{
    QScreen *audience = nullptr;
    /// The presenter view's own screen, or nullptr when it has none: with one screen (or a
    /// mirrored projector, which is one screen) the presenter view is toggled in place of the
    /// slides, never shown to the room unasked.
    QScreen *presenter = nullptr;
};

/// Chooses the screens for a show. The audience gets the screen named `preferredName` when
/// there is one; otherwise, with several screens, the first one the main window is not on (the
/// projector, as PowerPoint and Impress pick it); otherwise the window's own screen. With
/// `presenterView` and a second screen, the presenter view goes on the window's screen (or, when
/// the audience was put there by name, on the first other screen).
PresentationScreens choosePresentationScreens(const QList<QScreen *> &screens,
                                              QScreen *windowScreen, const QString &preferredName,
                                              bool presenterView);

/// One running show of a document. The deck is rebuilt (a moment after the edits stop) when
/// the document changes in a way slides show; edits to speaker notes only emit notesChanged().
/// The current slide stays on the same section part when the deck is rebuilt.
///
/// Keys (handleKey; both windows pass their key presses here):
/// - next: Right, Down, Space, Page Down, N, Enter (Enter after digits: go to that slide)
/// - previous: Left, Up, Backspace, Page Up
/// - Home / End: first / last slide; digits then Enter: slide number
/// - B or "." : blank the audience screen (black) or show it again; while blanked, a
///   navigation key only shows the screen again, so the room never misses a slide
/// - P: switch between the slides and the presenter view (one screen), or show/hide the
///   presenter view (two screens)
/// - Esc: end the show
class Presentation : public QObject
{
    Q_OBJECT
public:
    explicit Presentation(Document *document, QObject *parent = nullptr);
    ~Presentation() override;

    /// Opens the windows: the slides full screen on `screens.audience`, and the presenter view
    /// full screen on `screens.presenter` when there is one. Starts the elapsed-time clock.
    void start(const PresentationScreens &screens, SlideTheme theme);

    Document *document() const { return m_document; }
    std::shared_ptr<const SlideDeck> deck() const { return m_deck; }
    int current() const { return m_current; }
    int count() const { return int(m_deck->slides.size()); }
    const Slide &currentSlide() const { return m_deck->slides[m_current]; }
    bool isBlanked() const { return m_blanked; }
    SlideTheme theme() const { return m_theme; }
    /// The language of the slides' own words (titles, key-fact labels); rebuilds the deck.
    void setDocumentLanguage(DisplayLanguage language);
    /// Milliseconds since start() or the last restartClock().
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    PresentationWindow *audienceWindow() const;
    PresenterView *presenterView() const;
    /// True when the presenter view is what the screen shows (in place of the slides, on a
    /// single screen) or shown on its own screen.
    bool isPresenterViewShown() const;

    /// Handles a show key (see the class comment); false for any other key.
    bool handleKey(QKeyEvent *event);

public Q_SLOTS:
    void next();
    void previous();
    void first();
    void last();
    void goTo(int index);
    void setBlanked(bool blanked);
    void setTheme(SlideTheme theme);
    void togglePresenterView();
    void restartClock();
    /// Closes both windows and emits finished().
    void end();

Q_SIGNALS:
    void currentChanged(int index);
    void blankedChanged(bool blanked);
    void themeChanged(SlideTheme theme);
    void deckChanged();
    void notesChanged();
    void finished();

private:
    void documentChanged();
    void rebuildDeck();
    void showFullScreen(QWidget *window, QScreen *screen);

    Document *m_document;
    std::shared_ptr<const SlideDeck> m_deck;
    int m_current = 0;
    bool m_blanked = false;
    SlideTheme m_theme = SlideTheme::Light;
    DisplayLanguage m_language = DisplayLanguage::Interface;
    QString m_typedNumber;
    QElapsedTimer m_clock;
    QTimer *m_rebuild = nullptr;
    PresentationScreens m_screens;
    QPointer<PresentationWindow> m_audience;
    QPointer<PresenterView> m_presenter;
    bool m_ended = false;
};

/// The View-menu actions that start a show (Present, F5), choose its screen, the presenter
/// view and the slide theme, kept in QSettings ("presentation/…"). One show at a time.
class PresentationActions : public QObject
{
    Q_OBJECT
public:
    /// `window` is the main window: its screen decides where the slides go by default.
    PresentationActions(Document *document, QWidget *window);

    /// Adds Present, Presenter View, Present On (a submenu of the screens) and Dark Slides.
    void addToMenu(QMenu *view);
    QAction *presentAction() const { return m_present; }
    QAction *presenterViewAction() const { return m_presenterView; }
    QAction *darkThemeAction() const { return m_dark; }
    SlideTheme theme() const;
    /// The running show, or nullptr.
    Presentation *presentation() const { return m_running; }
    /// The language of the slides' own words, for this show and the next ones.
    void setDocumentLanguage(DisplayLanguage language);

    /// Starts the show (or brings the running one back to the front).
    void present();

private:
    void fillScreenMenu();

    Document *m_document;
    QWidget *m_window;
    QAction *m_present = nullptr;
    QAction *m_presenterView = nullptr;
    QAction *m_dark = nullptr;
    QMenu *m_screenMenu = nullptr;
    QPointer<Presentation> m_running;
    DisplayLanguage m_language = DisplayLanguage::Interface;
};

} // namespace Hindsight
