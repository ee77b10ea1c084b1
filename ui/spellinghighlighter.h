// Misspelt words underlined as the user types: a syntax highlighter for the Markdown editors.
#pragma once

#include "core/spellingscope.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSyntaxHighlighter>
#include <QTimer>

#include <optional>

class QPlainTextEdit;

namespace Hindsight {

class Document;

/// Announces that the spell checker accepts more words (Add to Dictionary, Ignore), so every
/// editor redraws its underlines and the review checks run again.
class SpellingNotifier : public QObject
{
    Q_OBJECT
public:
    static SpellingNotifier *instance();

Q_SIGNALS:
    void wordsAccepted();
};

/// Underlines (red wavy line, QTextCharFormat::SpellCheckUnderline) the words of a document
/// that flaggedWords() reports: unknown to the dictionary, the personal word list and the
/// words ignored this session, and not a name, host name, identifier, URL, code span or
/// fenced code (core/spellingscope.h: the same rules as the review's spelling check). Each
/// word's verdict is cached by core/spelling, so typing asks hunspell once per new word and
/// never searches for suggestions.
class SpellingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellingHighlighter(QTextDocument *document);

    /// The names of the postmortem being edited; redraws when they changed.
    void setNames(const SpellingNames &names);
    const SpellingNames &names() const { return m_names; }

    /// The underlined word at character `position` of the document, with its position in the
    /// document; nullopt when the word there is not underlined.
    std::optional<Misspelling> misspellingAt(int position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    /// The flagged words of `block`'s text, positions within the block; empty in fenced code.
    QList<Misspelling> flaggedIn(const QTextBlock &block) const;

    SpellingNames m_names;
};

/// Keeps the highlighters of the Markdown editors under `form` in step with `document`'s
/// names, a short pause after the last change (names rarely change while typing). The names
/// are gathered on a worker thread (a long document's took 80 ms); a result whose document
/// changed meanwhile is dropped, and the change gets its own run.
class SpellingNamesUpdater : public QObject
{
    Q_OBJECT
public:
    SpellingNamesUpdater(Document *document, QWidget *form);
    ~SpellingNamesUpdater() override;

    /// Starts recomputing the names now (the pause otherwise); updated() follows.
    void updateNow();

Q_SIGNALS:
    /// The editors' highlighters have the names of the document as it is.
    void updated();

private:
    void apply(const SpellingNames &names);

    Document *m_document;
    QWidget *m_form;
    QTimer m_pause;
    QFutureWatcher<SpellingNames> m_watcher;
    bool m_pending = false;
    quint64 m_generation = 0; ///< bumped at every document change
    quint64 m_running = 0;    ///< the generation the running run is of
};

} // namespace Hindsight
