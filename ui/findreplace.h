// Edit > Find and Replace: a bar under the form that searches every text of the postmortem
// (core/textsearch.h), shows the matches in the form's editors and in the preview, and
// replaces through the document (one undo step per Replace, one for Replace All).
#pragma once

#include "core/textsearch.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Hindsight {

class Document;
class PostmortemForm;
class PreviewPane;

class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    FindReplaceBar(Document *document, PostmortemForm *form, PreviewPane *preview,
                   QWidget *parent = nullptr);

    /// Ctrl+F (replace = false) or Ctrl+H: shows the bar, the selected text (one line) as what
    /// to find, and puts the focus in the find field.
    void open(bool replace);
    /// Esc: hides the bar and its highlights; the focus goes back to the form.
    void close();
    /// F3 / Shift+F3: selects the next or previous match after the cursor of the focused
    /// editor (or the current match), wrapping at the end. Opens the bar when there is
    /// nothing to find yet.
    void findNext();
    void findPrevious();
    /// Replaces the current match (selecting the next one), or finds the first when no match
    /// is selected; one undo step.
    void replace();
    /// Replaces every match in one undo step; returns how many.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    /// The selected match, if any.
    std::optional<TextMatch> currentMatch() const { return m_current; }
    /// "3 of 12", "No matches", "Replaced 4"…
    QString statusText() const;
    SearchOptions options() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Esc anywhere in the bar (a check box, a button) closes it.
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Selects the match after (forward) or before the anchor: the focused form editor's
    /// cursor, else the current match, else the start (end) of the document.
    void step(bool forward, bool includeAnchor = false);
    void select(const TextMatch &match);
    /// Highlights every match in the form's editors and the preview (or clears them).
    void updateHighlights();
    void updatePreviewHighlights();
    void setStatus(const QString &text);
    void setReplaceVisible(bool visible);

    Document *m_document;
    PostmortemForm *m_form;
    PreviewPane *m_preview;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QTimer *m_highlightTimer;
    std::optional<TextMatch> m_current;
    /// Where the search started when the bar opened: typing searches on from there.
    std::optional<TextMatch> m_origin;
    bool m_highlighted = false;
};

} // namespace Hindsight
