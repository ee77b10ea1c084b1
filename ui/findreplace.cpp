#include "ui/findreplace.h"

#include "ui/matchhighlightdelegate.h"

#include "core/document.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hindsight {

namespace {

const QColor kMatchColor = MatchHighlightDelegate::matchColor();     // every match
const QColor kCurrentColor = MatchHighlightDelegate::currentColor(); // the selected one
constexpr int kMaxPreviewHighlights = 2000;

/// The text location and selection of the form editor that has the keyboard focus.
std::optional<TextMatch> focusedSpot(const PostmortemForm *form, const Postmortem &pm)
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !form->isAncestorOf(focus))
        return std::nullopt;
    for (const auto &[editor, where] : form->textEditors()) {
        if (editor == focus) {
            const QTextCursor c = editor->textCursor();
            return TextMatch{where, c.selectionStart(), c.selectionEnd() - c.selectionStart()};
        }
    }
    for (const TextLocation &where : searchableLocations(pm)) {
        if (where.kind != TextLocation::Kind::Title
            && where.kind != TextLocation::Kind::SectionHeading)
            continue;
        if (auto *line = qobject_cast<const QLineEdit *>(form->editorFor(where));
            line && line == focus) {
            if (line->hasSelectedText())
                return TextMatch{where, line->selectionStart(), int(line->selectedText().size())};
            return TextMatch{where, line->cursorPosition(), 0};
        }
    }
    return std::nullopt;
}

QString selectedLine(const QWidget *focus)
{
    QString text;
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        text = edit->textCursor().selectedText();
    else if (auto *line = qobject_cast<const QLineEdit *>(focus))
        text = line->selectedText();
    return text.contains(QChar::ParagraphSeparator) ? QString() : text;
}

QTextEdit::ExtraSelection highlight(QTextDocument *document, int start, int length, bool current)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(document);
    s.cursor.setPosition(start);
    s.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    s.format.setBackground(current ? kCurrentColor : kMatchColor);
    s.format.setForeground(Qt::black); // readable in the dark theme too
    return s;
}

} // namespace

FindReplaceBar::FindReplaceBar(Document *document, PostmortemForm *form, PreviewPane *preview,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(form)
    , m_preview(preview)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_highlightTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    setAccessibleName(tr("Find and replace"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find in the postmortem"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    // Room for a few words typed, whatever the language does to the options beside it.
    m_find->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 16);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("Wrapped: 999 of 999")));

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3 or Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    closeButton->setAutoRaise(true);
    auto *replaceButton = new QPushButton(tr("Re&place"), m_replaceRow);
    replaceButton->setObjectName(QStringLiteral("replaceButton"));
    auto *replaceAllButton = new QPushButton(tr("Replace A&ll"), m_replaceRow);
    replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    replaceAllButton->setToolTip(tr("Replace every match in the postmortem: one undo step"));

    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Replace with:"), m_replaceRow);
    replaceLabel->setBuddy(m_replace);
    // Both fields start at the same x: the labels share a width.
    const int labelWidth = qMax(findLabel->sizeHint().width(), replaceLabel->sizeHint().width());
    findLabel->setMinimumWidth(labelWidth);
    replaceLabel->setMinimumWidth(labelWidth);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(replaceLabel);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceButton);
    replaceRow->addWidget(replaceAllButton);
    replaceRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    QWidget::setTabOrder(m_find, m_replace);

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_current.reset();
            setStatus(QString());
            updateHighlights();
            return;
        }
        step(true, /*includeAnchor=*/true); // find as you type, from where the search began
    });
    for (QCheckBox *box : {m_caseSensitive, m_wholeWords})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_find->text().isEmpty())
                step(true, true);
        });
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::close);
    connect(replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);

    // Edits, undo and redo move the matches: highlight them again after a pause.
    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(120);
    connect(m_highlightTimer, &QTimer::timeout, this, &FindReplaceBar::updateHighlights);
    connect(m_document, &Document::changed, this, [this] {
        if (m_highlighted || isVisible())
            m_highlightTimer->start();
    });
    connect(m_preview, &PreviewPane::rendered, this, [this] {
        if (m_highlighted)
            updatePreviewHighlights();
    });
    hide();
}

SearchOptions FindReplaceBar::options() const
{
    SearchOptions o;
    o.caseSensitive = m_caseSensitive->isChecked();
    o.wholeWords = m_wholeWords->isChecked();
    return o;
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
}

void FindReplaceBar::open(bool replace)
{
    QWidget *focus = QApplication::focusWidget();
    const QString selected = focus && !isAncestorOf(focus) ? selectedLine(focus) : QString();
    if (!isVisible() || !selected.isEmpty()) {
        m_origin = focusedSpot(m_form, m_document->postmortem());
        m_current.reset();
    }
    setReplaceVisible(replace);
    show();
    if (!selected.isEmpty() && selected != m_find->text()) {
        const QSignalBlocker blocker(m_find);
        m_find->setText(selected);
    }
    // The selection is the first match: F3 goes on from it.
    if (!selected.isEmpty() && m_origin && m_origin->length > 0
        && isMatch(m_document->postmortem(), *m_origin, m_find->text(), options()))
        m_current = m_origin;
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    updateHighlights();
}

void FindReplaceBar::close()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    updateHighlights(); // clears them
    if (!hadFocus)
        return;
    QWidget *back = m_current ? m_form->editorFor(m_current->where) : nullptr;
    if (back)
        back->setFocus(Qt::OtherFocusReason);
    else
        m_form->focusCurrentTab();
}

void FindReplaceBar::findNext()
{
    step(true);
}

void FindReplaceBar::findPrevious()
{
    step(false);
}

void FindReplaceBar::step(bool forward, bool includeAnchor)
{
    const QString needle = m_find->text();
    if (needle.isEmpty()) {
        open(m_replaceRow->isVisible() && isVisible());
        return;
    }
    const Postmortem &pm = m_document->postmortem();
    const QList<TextMatch> all = findAll(pm, needle, options());
    if (all.isEmpty()) {
        m_current.reset();
        setStatus(tr("No matches"));
        updateHighlights();
        return;
    }
    const QList<TextLocation> order = searchableLocations(pm);
    std::optional<TextMatch> anchor = focusedSpot(m_form, pm);
    if (!anchor)
        anchor = m_current ? m_current : m_origin;
    qsizetype found = -1;
    if (anchor) {
        const qsizetype at = order.indexOf(anchor->where); // -1: gone, from the start
        const auto key = [&](const TextMatch &m) {
            return std::pair<qsizetype, int>(order.indexOf(m.where), m.start);
        };
        const std::pair<qsizetype, int> from{
            at, forward && !includeAnchor ? anchor->start + anchor->length : anchor->start};
        if (forward) {
            for (qsizetype i = 0; i < all.size() && found < 0; ++i)
                if (key(all[i]) >= from)
                    found = i;
        } else {
            for (qsizetype i = all.size() - 1; i >= 0 && found < 0; --i)
                if (key(all[i]) < from)
                    found = i;
        }
    }
    const bool wrapped = anchor && found < 0;
    if (found < 0)
        found = forward ? 0 : all.size() - 1;
    select(all[found]);
    const QString position = tr("%1 of %2").arg(found + 1).arg(all.size());
    setStatus(wrapped ? tr("Wrapped: %1").arg(position) : position);
}

void FindReplaceBar::select(const TextMatch &match)
{
    m_current = match;
    if (match.where.kind == TextLocation::Kind::TimelineDetail)
        m_form->selectEvent(match.where.index); // the detail editor shows the current row's
    QModelIndex cell;
    QWidget *editor = m_form->editorFor(match.where, &cell);
    if (!editor)
        return;
    // From an editor, the focus follows the match (the next F3 starts there); from the bar it
    // stays in the bar.
    QWidget *focus = QApplication::focusWidget();
    const bool moveFocus = focus && m_form->isAncestorOf(focus) && focus != editor;
    m_form->reveal(editor);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        QTextCursor c(text->document());
        c.setPosition(qMin(match.start, text->document()->characterCount() - 1));
        c.setPosition(qMin(match.start + match.length, text->document()->characterCount() - 1),
                      QTextCursor::KeepAnchor);
        text->setTextCursor(c);
        text->ensureCursorVisible();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setSelection(match.start, match.length);
    } else if (auto *view = qobject_cast<QTableView *>(editor); view && cell.isValid()) {
        view->setCurrentIndex(cell);
        view->scrollTo(cell);
    }
    if (moveFocus)
        editor->setFocus(Qt::OtherFocusReason);
    updateHighlights();
}

void FindReplaceBar::replace()
{
    const QString needle = m_find->text();
    if (needle.isEmpty() || m_document->isReadOnly())
        return;
    if (!m_current || !isMatch(m_document->postmortem(), *m_current, needle, options())) {
        step(true);
        return;
    }
    const TextMatch done = *m_current;
    const QString with = m_replace->text();
    m_document->edit(tr("Replace"), [&](Postmortem &pm) {
        if (QString *text = textAt(pm, done.where))
            text->replace(done.start, done.length, with);
    });
    // Go on after the replacement (it may contain what was searched for).
    m_current = TextMatch{done.where, done.start, int(with.size())};
    if (findAll(m_document->postmortem(), needle, options()).isEmpty()) {
        m_current.reset();
        setStatus(tr("Replaced the last match"));
        updateHighlights();
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_form->isAncestorOf(focus))
        m_find->setFocus(); // the anchor is the replaced text, not an editor's cursor
    step(true);
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty() || m_document->isReadOnly())
        return 0;
    const QString with = m_replace->text();
    const SearchOptions o = options();
    int count = 0;
    m_document->edit(tr("Replace all"),
                     [&](Postmortem &pm) { count = Hindsight::replaceAll(pm, needle, with, o); });
    m_current.reset();
    setStatus(count == 0   ? tr("No matches")
              : count == 1 ? tr("Replaced 1 match")
                           : tr("Replaced %1 matches").arg(count));
    updateHighlights();
    return count;
}

void FindReplaceBar::updateHighlights()
{
    m_highlightTimer->stop();
    const QString needle = m_find->text();
    const bool on = isVisible() && !needle.isEmpty();
    if (!on && !m_highlighted)
        return;
    const SearchOptions o = options();
    for (const auto &[editor, where] : m_form->textEditors()) {
        QList<QTextEdit::ExtraSelection> selections;
        if (on) {
            for (int start : findInText(editor->toPlainText(), needle, o)) {
                const bool current
                    = m_current && m_current->where == where && m_current->start == start;
                selections.append(
                    highlight(editor->document(), start, int(needle.size()), current));
            }
        }
        editor->setExtraSelections(selections);
    }
    // The tables: their delegates paint the matches inside the cells.
    QModelIndex currentCell;
    if (on && m_current)
        m_form->editorFor(m_current->where, &currentCell);
    for (QTableView *view : m_form->findChildren<QTableView *>()) {
        if (auto *delegate = qobject_cast<MatchHighlightDelegate *>(view->itemDelegate())) {
            delegate->setSearch(on ? needle : QString(), o, currentCell,
                                m_current ? m_current->start : -1);
            view->viewport()->update();
        }
    }
    m_highlighted = on;
    updatePreviewHighlights();
}

void FindReplaceBar::updatePreviewHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_find->text();
    if (m_highlighted && !needle.isEmpty()) {
        QTextDocument::FindFlags flags;
        if (m_caseSensitive->isChecked())
            flags |= QTextDocument::FindCaseSensitively;
        if (m_wholeWords->isChecked())
            flags |= QTextDocument::FindWholeWords;
        QTextDocument *doc = m_preview->document();
        QTextCursor c(doc);
        while (selections.size() < kMaxPreviewHighlights) {
            c = doc->find(needle, c, flags);
            if (c.isNull())
                break;
            selections.append(
                highlight(doc, c.selectionStart(), c.selectionEnd() - c.selectionStart(), false));
        }
    }
    m_preview->setExtraSelections(selections);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_find || watched == m_replace)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replace();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hindsight
