#include "ui/presentationwindow.h"

#include "core/document.h"
#include "render/htmlrenderer.h"
#include "ui/presentation.h"
#include "ui/slideview.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace Hindsight {

namespace {
constexpr int kHidePointerMs = 2000;
} // namespace

PresentationWindow::PresentationWindow(Presentation *presentation)
    : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint)
    , m_presentation(presentation)
    , m_view(new SlideView(this))
    , m_hidePointer(new QTimer(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(
        tr("Presentation – %1").arg(displayTitle(presentation->document()->postmortem())));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_view->setMouseTracking(true);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::black);
    setPalette(p);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_hidePointer->setSingleShot(true);
    m_hidePointer->setInterval(kHidePointerMs);
    connect(m_hidePointer, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    m_hidePointer->start();

    connect(presentation, &Presentation::currentChanged, this, &PresentationWindow::sync);
    connect(presentation, &Presentation::deckChanged, this, &PresentationWindow::sync);
    connect(presentation, &Presentation::blankedChanged, this, &PresentationWindow::sync);
    connect(presentation, &Presentation::themeChanged, this, &PresentationWindow::sync);
    sync();
}

void PresentationWindow::sync()
{
    m_view->setDeck(m_presentation->deck());
    m_view->setSlide(m_presentation->current());
    m_view->setTheme(m_presentation->theme());
    m_view->setBlanked(m_presentation->isBlanked());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_presentation->handleKey(event))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_presentation->next();
    else if (event->button() == Qt::RightButton)
        m_presentation->previous();
    else
        QWidget::mousePressEvent(event);
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    unsetCursor();
    m_hidePointer->start();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    // Closed from outside (window manager): the show is over. end() ignores a second call.
    QTimer::singleShot(0, m_presentation, &Presentation::end);
}

} // namespace Hindsight
