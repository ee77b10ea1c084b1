#include "ui/presenterview.h"

#include "core/document.h"
#include "core/speakernotes.h"
#include "ui/presentation.h"
#include "ui/presentationwindow.h"
#include "ui/slideview.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTimer>

namespace Hindsight {

namespace {

// The presenter view is dark whatever the slides' theme: it sits in front of the presenter in
// a darkened room and must not light them up.
const QColor kBackground(0x15, 0x18, 0x1d);
const QColor kText(0xf2, 0xf4, 0xf7);
const QColor kMuted(0xa9, 0xb3, 0xbe);
const QColor kAccent(0xff, 0xbd, 0x59);
const QColor kNotesBackground(0x22, 0x28, 0x30);

QLabel *label(QWidget *parent, int pointSize, bool bold, const QColor &color)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
    l->setTextFormat(Qt::PlainText); // titles come from the document
    return l;
}

} // namespace

PresenterView::PresenterView(Presentation *presentation)
    : QWidget(nullptr, Qt::Window)
    , m_presentation(presentation)
    , m_current(new SlideView(this))
    , m_next(new SlideView(this))
    , m_position(label(this, 16, true, kText))
    , m_elapsed(label(this, 26, true, kText))
    , m_clock(label(this, 26, false, kMuted))
    , m_blanked(label(this, 16, true, kAccent))
    , m_notesTitle(label(this, 13, true, kMuted))
    , m_notes(new QPlainTextEdit(this))
    , m_edit(new QPushButton(tr("&Edit Notes"), this))
    , m_restart(new QPushButton(tr("Restart &Timer"), this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Presenter View"));
    setFocusPolicy(Qt::StrongFocus);
    QPalette p = palette();
    p.setColor(QPalette::Window, kBackground);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kNotesBackground);
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::PlaceholderText, kMuted);
    setPalette(p);
    setAutoFillBackground(true);

    m_next->setEmptyText(tr("End of the presentation"));
    for (SlideView *v : {m_current, m_next}) {
        v->setLetterboxColor(kBackground);
        v->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    setStyleSheet(QStringLiteral("QPushButton { color: %1; background: %2; border: 1px solid %3;"
                                 " border-radius: 4px; padding: 4px 12px; }"
                                 "QPushButton:checked { background: %4; color: %2; }"
                                 "QPlainTextEdit { color: %1; background: %5; border: none;"
                                 " padding: 8px; }")
                      .arg(kText.name(), kBackground.name(), kMuted.name(), kAccent.name(),
                           kNotesBackground.name()));
    m_blanked->setText(tr("Screen blanked (B)"));
    m_elapsed->setToolTip(tr("Time since the presentation started"));
    m_clock->setToolTip(tr("Clock"));
    m_notes->setReadOnly(true);
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setObjectName(QStringLiteral("speakerNotes"));
    QFont notesFont = m_notes->font();
    notesFont.setPointSize(18);
    m_notes->setFont(notesFont);
    m_notes->setPlaceholderText(tr("No notes for this slide."));
    m_notes->installEventFilter(this);
    m_edit->setCheckable(true);
    m_edit->setFocusPolicy(Qt::NoFocus);
    m_restart->setFocusPolicy(Qt::NoFocus);
    auto *nextTitle = label(this, 13, true, kMuted);
    nextTitle->setText(tr("Next"));
    auto *hints = label(this, 11, false, kMuted);
    hints->setText(tr("→ Space  next     ← Backspace  previous     Home / End     B  blank     "
                      "P  slides / presenter view     Esc  end"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_position, 1);
    top->addWidget(m_blanked);
    top->addSpacing(24);
    top->addWidget(m_elapsed);
    top->addWidget(m_restart);
    top->addSpacing(24);
    top->addWidget(m_clock);

    auto *notesHeader = new QHBoxLayout;
    notesHeader->addWidget(m_notesTitle, 1);
    notesHeader->addWidget(m_edit);

    auto *right = new QVBoxLayout;
    right->addWidget(nextTitle);
    right->addWidget(m_next, 2);
    right->addLayout(notesHeader);
    right->addWidget(m_notes, 3);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_current, 3);
    middle->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(hints);

    connect(m_edit, &QPushButton::toggled, this, &PresenterView::setEditingNotes);
    connect(m_restart, &QPushButton::clicked, m_presentation, &Presentation::restartClock);
    connect(m_restart, &QPushButton::clicked, this, &PresenterView::tick);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PresenterView::notesEdited);
    connect(m_presentation, &Presentation::currentChanged, this, &PresenterView::sync);
    connect(m_presentation, &Presentation::deckChanged, this, &PresenterView::sync);
    connect(m_presentation, &Presentation::blankedChanged, this, &PresenterView::sync);
    connect(m_presentation, &Presentation::themeChanged, this, &PresenterView::sync);
    connect(m_presentation, &Presentation::notesChanged, this, [this] {
        // An undo elsewhere, or a change that did not come from this editor.
        const Postmortem &pm = m_presentation->document()->postmortem();
        const QString typed = m_notes->toPlainText();
        const bool mine = pm.speakerNotes.value(m_notesKey) == typed
                          || (typed.trimmed().isEmpty() && !pm.speakerNotes.contains(m_notesKey));
        if (!isEditingNotes() || !mine)
            showNotes();
    });
    connect(m_ticker, &QTimer::timeout, this, &PresenterView::tick);
    m_ticker->start(1000);
    sync();
    tick();
}

QString PresenterView::elapsedText() const
{
    const qint64 s = m_presentation->elapsedMs() / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString PresenterView::clockText() const
{
    // The locale's short time, without seconds (some locales' short format has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(QTime::currentTime(), format);
}

QString PresenterView::positionText() const
{
    return tr("Slide %1 of %2 · %3")
        .arg(m_presentation->current() + 1)
        .arg(m_presentation->count())
        .arg(m_presentation->currentSlide().title);
}

void PresenterView::tick()
{
    m_elapsed->setText(elapsedText());
    m_clock->setText(clockText());
}

void PresenterView::sync()
{
    const int index = m_presentation->current();
    for (SlideView *v : {m_current, m_next}) {
        v->setDeck(m_presentation->deck());
        v->setTheme(m_presentation->theme());
    }
    m_current->setSlide(index);
    m_next->setSlide(index + 1);
    m_position->setText(positionText());
    m_blanked->setVisible(m_presentation->isBlanked());
    const QString key = m_presentation->currentSlide().notesKey;
    if (key != m_notesKey) {
        setEditingNotes(false);
        m_notesKey = key;
        showNotes();
    }
}

void PresenterView::showNotes()
{
    const Postmortem &pm = m_presentation->document()->postmortem();
    const bool written = hasWrittenNotes(pm, m_notesKey);
    // Suggested questions are the placeholder, never the text: a note typed over them starts
    // empty instead of being glued onto the last question.
    const QString text = written ? speakerNotesFor(pm, m_notesKey) : QString();
    const QString suggested = written ? QString() : speakerNotesFor(pm, m_notesKey);
    m_notesTitle->setText(written || suggested.isEmpty() ? tr("Speaker notes")
                                                         : tr("Suggested review questions"));
    m_notes->setPlaceholderText(suggested.isEmpty() ? tr("No notes for this slide.") : suggested);
    if (m_notes->toPlainText() != text) {
        m_settingText = true;
        m_notes->setPlainText(text);
        m_settingText = false;
    }
}

bool PresenterView::isEditingNotes() const
{
    return !m_notes->isReadOnly();
}

void PresenterView::setEditingNotes(bool editing)
{
    if (editing && m_presentation->document()->isReadOnly())
        editing = false;
    if (m_edit->isChecked() != editing) {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(editing);
    }
    m_edit->setText(editing ? tr("&Done") : tr("&Edit Notes"));
    if (editing == isEditingNotes())
        return;
    m_notes->setReadOnly(!editing);
    m_notes->setFocusPolicy(editing ? Qt::StrongFocus : Qt::NoFocus);
    if (editing) {
        m_notesTitle->setText(tr("Speaker notes (editing — Esc when done)"));
        m_notes->setFocus();
        m_notes->moveCursor(QTextCursor::End);
    } else {
        setFocus();
        showNotes();
    }
}

void PresenterView::notesEdited()
{
    if (m_settingText || !isEditingNotes())
        return;
    const QString key = m_notesKey;
    const QString text = m_notes->toPlainText();
    m_presentation->document()->edit(
        tr("Edit speaker notes"),
        [&](Postmortem &pm) {
            if (text.trimmed().isEmpty())
                pm.speakerNotes.remove(key);
            else
                pm.speakerNotes.insert(key, text);
        },
        QStringLiteral("speakerNotes:") + key);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!m_presentation->handleKey(event))
        QWidget::keyPressEvent(event);
}

bool PresenterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress && isEditingNotes()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setEditingNotes(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    event->accept();
    // Closed from outside: without the slides on screen there is no show left.
    QTimer::singleShot(0, m_presentation, [p = m_presentation] {
        if (!p->audienceWindow() || !p->audienceWindow()->isVisible())
            p->end();
    });
}

} // namespace Hindsight
