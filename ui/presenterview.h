// The presenter's window: current and next slide, speaker notes, elapsed time and the clock.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Hindsight {

class Presentation;
class SlideView;

/// Shows the presenter what the room sees and what comes next, with the speaker notes of the
/// current slide's section: the document's notes, or else the review questions Hindsight
/// suggests for it (speakerNotesFor). "Edit Notes" makes the notes editable (the suggestions
/// become a starting text); every change is one undoable document edit, merged while typing.
/// Above: "Slide n of N", the time since the show started (h:mm:ss, with a button to restart
/// it) and the clock (HH:mm). All keys but those typed into the notes go to
/// Presentation::handleKey; Esc while editing ends the editing, not the show.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterView(Presentation *presentation);

    SlideView *currentView() const { return m_current; }
    SlideView *nextView() const { return m_next; }
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QPushButton *editNotesButton() const { return m_edit; }
    QString elapsedText() const;
    QString clockText() const;
    QString positionText() const;

    /// Starts or ends editing the current section's notes (the Edit Notes button).
    void setEditingNotes(bool editing);
    bool isEditingNotes() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void sync();
    void showNotes();
    void notesEdited();
    void tick();

    Presentation *m_presentation;
    SlideView *m_current;
    SlideView *m_next;
    QLabel *m_position;
    QLabel *m_elapsed;
    QLabel *m_clock;
    QLabel *m_blanked;
    QLabel *m_notesTitle;
    QPlainTextEdit *m_notes;
    QPushButton *m_edit;
    QPushButton *m_restart;
    QTimer *m_ticker;
    QString m_notesKey; ///< the section whose notes are shown
    bool m_settingText = false;
};

} // namespace Hindsight
