#include "ui/presentation.h"

#include "core/document.h"
#include "ui/presentationwindow.h"
#include "ui/presenterview.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace Hindsight {

namespace {
const QString kScreenKey = QStringLiteral("presentation/screen");
const QString kPresenterKey = QStringLiteral("presentation/presenterView");
const QString kDarkKey = QStringLiteral("presentation/darkTheme");
constexpr int kRebuildDelayMs = 300; // a typing burst in the editor rebuilds the deck once
} // namespace

PresentationScreens choosePresentationScreens(const QList<QScreen *> &screens,
                                              QScreen *windowScreen, const QString &preferredName,
                                              bool presenterView)
{
    PresentationScreens out;
    if (screens.isEmpty())
        return out;
    if (!windowScreen || !screens.contains(windowScreen))
        windowScreen = screens.first();
    for (QScreen *s : screens)
        if (!preferredName.isEmpty() && s->name() == preferredName)
            out.audience = s;
    if (!out.audience)
        for (QScreen *s : screens)
            if (!out.audience && s != windowScreen)
                out.audience = s;
    if (!out.audience)
        out.audience = windowScreen;
    if (presenterView && screens.size() > 1) {
        out.presenter = windowScreen != out.audience ? windowScreen : nullptr;
        for (QScreen *s : screens)
            if (!out.presenter && s != out.audience)
                out.presenter = s;
    }
    return out;
}

// --- Presentation ----------------------------------------------------------------------------

Presentation::Presentation(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_deck(std::make_shared<SlideDeck>(buildDeck(document->postmortem())))
    , m_rebuild(new QTimer(this))
{
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(kRebuildDelayMs);
    connect(m_rebuild, &QTimer::timeout, this, &Presentation::rebuildDeck);
    connect(m_document, &Document::changed, this, &Presentation::documentChanged);
    m_clock.start();
}

Presentation::~Presentation()
{
    delete m_audience;
    delete m_presenter;
}

void Presentation::start(const PresentationScreens &screens, SlideTheme theme)
{
    m_screens = screens;
    m_theme = theme;
    m_audience = new PresentationWindow(this);
    m_presenter = new PresenterView(this);
    showFullScreen(m_audience, screens.audience);
    if (screens.presenter)
        showFullScreen(m_presenter, screens.presenter);
    m_audience->activateWindow();
    m_audience->setFocus();
    m_clock.restart();
}

void Presentation::showFullScreen(QWidget *window, QScreen *screen)
{
    if (screen) {
        window->setGeometry(screen->geometry());
        window->winId(); // creates the QWindow, so it can be put on the screen before showing
        window->windowHandle()->setScreen(screen);
    }
    window->showFullScreen();
    window->raise();
}

PresentationWindow *Presentation::audienceWindow() const
{
    return m_audience;
}

PresenterView *Presentation::presenterView() const
{
    return m_presenter;
}

bool Presentation::isPresenterViewShown() const
{
    return m_presenter && m_presenter->isVisible();
}

void Presentation::documentChanged()
{
    if (sameDeck(m_deck->postmortem, m_document->postmortem())) {
        Q_EMIT notesChanged();
        return;
    }
    m_rebuild->start();
}

void PresentationActions::setDocumentLanguage(DisplayLanguage language)
{
    m_language = language;
    if (m_running)
        m_running->setDocumentLanguage(language);
}

void Presentation::setDocumentLanguage(DisplayLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildDeck();
}

void Presentation::rebuildDeck()
{
    const DocumentLanguageScope language(m_language); // the slides' words
    const Slide before = currentSlide();
    auto deck = std::make_shared<SlideDeck>(buildDeck(m_document->postmortem()));
    // Stay on the same part of the same section; else on the same position, within the deck.
    int index = -1;
    for (int i = 0; i < deck->slides.size(); ++i) {
        const Slide &s = deck->slides[i];
        if (s.notesKey == before.notesKey && (index < 0 || s.part <= before.part))
            index = i;
    }
    m_deck = std::move(deck);
    m_current = index >= 0 ? index : std::clamp(m_current, 0, count() - 1);
    Q_EMIT deckChanged();
    Q_EMIT notesChanged();
    Q_EMIT currentChanged(m_current);
}

bool Presentation::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && plain) {
        m_typedNumber += QChar(u'0' + (key - Qt::Key_0));
        return true;
    }
    const QString typed = std::exchange(m_typedNumber, QString());
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !typed.isEmpty()) {
        setBlanked(false);
        goTo(typed.toInt() - 1);
        return true;
    }
    enum Move { None, Next, Previous, First, Last } move = None;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_N:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        move = Next;
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        move = Previous;
        break;
    case Qt::Key_Home:
        move = First;
        break;
    case Qt::Key_End:
        move = Last;
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(!m_blanked);
        return true;
    case Qt::Key_P:
        togglePresenterView();
        return true;
    case Qt::Key_Escape:
        end();
        return true;
    default:
        return false;
    }
    if (m_blanked) {
        setBlanked(false); // back to the slide the room last saw
        return true;
    }
    switch (move) {
    case Next:
        next();
        break;
    case Previous:
        previous();
        break;
    case First:
        first();
        break;
    case Last:
        last();
        break;
    case None:
        break;
    }
    return true;
}

void Presentation::next()
{
    goTo(m_current + 1);
}

void Presentation::previous()
{
    goTo(m_current - 1);
}

void Presentation::first()
{
    goTo(0);
}

void Presentation::last()
{
    goTo(count() - 1);
}

void Presentation::goTo(int index)
{
    index = std::clamp(index, 0, count() - 1);
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged(m_current);
}

void Presentation::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    Q_EMIT blankedChanged(m_blanked);
}

void Presentation::setTheme(SlideTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(m_theme);
}

void Presentation::togglePresenterView()
{
    if (!m_audience || !m_presenter)
        return;
    if (m_screens.presenter) {
        // Two screens: the slides stay on the projector; the presenter view comes and goes.
        if (m_presenter->isVisible())
            m_presenter->hide();
        else
            showFullScreen(m_presenter, m_screens.presenter);
        return;
    }
    // One screen: one or the other fills it.
    QWidget *show = m_presenter->isVisible() ? static_cast<QWidget *>(m_audience)
                                             : static_cast<QWidget *>(m_presenter);
    QWidget *hide = show == m_audience ? static_cast<QWidget *>(m_presenter)
                                       : static_cast<QWidget *>(m_audience);
    showFullScreen(show, m_screens.audience);
    hide->hide();
    show->activateWindow();
    show->setFocus();
}

void Presentation::restartClock()
{
    m_clock.restart();
}

void Presentation::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_audience)
        m_audience->hide();
    if (m_presenter)
        m_presenter->hide();
    Q_EMIT finished();
}

// --- PresentationActions -----------------------------------------------------------------------

PresentationActions::PresentationActions(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    QSettings settings;
    m_present = new QAction(tr("&Present"), this);
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setStatusTip(tr("Show the postmortem as slides, full screen, for the review "
                               "meeting"));
    connect(m_present, &QAction::triggered, this, &PresentationActions::present);

    m_presenterView = new QAction(tr("Presenter &View on a Second Screen"), this);
    m_presenterView->setObjectName(QStringLiteral("presenterViewAction"));
    m_presenterView->setCheckable(true);
    m_presenterView->setChecked(settings.value(kPresenterKey, true).toBool());
    m_presenterView->setStatusTip(tr("Current and next slide, speaker notes and timers on "
                                     "your screen; P switches to it on a single screen"));
    connect(m_presenterView, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kPresenterKey, on); });

    m_dark = new QAction(tr("&Dark Slides"), this);
    m_dark->setObjectName(QStringLiteral("darkSlidesAction"));
    m_dark->setCheckable(true);
    m_dark->setChecked(settings.value(kDarkKey, false).toBool());
    m_dark->setStatusTip(tr("Light text on a dark background, for a dim room"));
    connect(m_dark, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kDarkKey, on);
        if (m_running)
            m_running->setTheme(theme());
    });
}

SlideTheme PresentationActions::theme() const
{
    return m_dark->isChecked() ? SlideTheme::Dark : SlideTheme::Light;
}

void PresentationActions::addToMenu(QMenu *view)
{
    view->addSeparator();
    view->addAction(m_present);
    view->addAction(m_presenterView);
    m_screenMenu = view->addMenu(tr("Present &On"));
    connect(m_screenMenu, &QMenu::aboutToShow, this, &PresentationActions::fillScreenMenu);
    fillScreenMenu();
    view->addAction(m_dark);
}

void PresentationActions::fillScreenMenu()
{
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    const QString chosen = QSettings().value(kScreenKey).toString();
    QList<std::pair<QString, QString>> items{
        {tr("Automatic (another screen if there is one)"), QString()}};
    for (QScreen *s : QGuiApplication::screens())
        items.append({tr("%1 (%2 × %3)")
                          .arg(s->name())
                          .arg(s->geometry().width())
                          .arg(s->geometry().height()),
                      s->name()});
    for (const auto &[text, name] : std::as_const(items)) {
        QAction *a = m_screenMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(name == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [name = name] { QSettings().setValue(kScreenKey, name); });
    }
}

void PresentationActions::present()
{
    if (m_running) {
        QWidget *front = m_running->isPresenterViewShown()
                             ? static_cast<QWidget *>(m_running->presenterView())
                             : static_cast<QWidget *>(m_running->audienceWindow());
        front->raise();
        front->activateWindow();
        return;
    }
    QScreen *windowScreen = m_window->screen();
    const PresentationScreens screens = choosePresentationScreens(
        QGuiApplication::screens(), windowScreen, QSettings().value(kScreenKey).toString(),
        m_presenterView->isChecked());
    m_running = new Presentation(m_document, this);
    m_running->setDocumentLanguage(m_language);
    connect(m_running, &Presentation::finished, m_running, &QObject::deleteLater);
    connect(m_running, &Presentation::finished, m_window, [w = m_window] {
        w->activateWindow();
        w->raise();
    });
    m_running->start(screens, theme());
}

} // namespace Hindsight
