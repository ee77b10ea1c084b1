// The audience's window: the current slide, full screen.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Hindsight {

class Presentation;
class SlideView;

/// A frameless full-screen window that shows the presentation's current slide (or black while
/// blanked) and passes every key to Presentation::handleKey. A left click goes to the next
/// slide, a right click to the previous one. The mouse pointer hides after two seconds still.
/// Closing it (window manager, Alt+F4) ends the show.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationWindow(Presentation *presentation);

    SlideView *slideView() const { return m_view; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void sync();

    Presentation *m_presentation;
    SlideView *m_view;
    QTimer *m_hidePointer;
};

} // namespace Hindsight
