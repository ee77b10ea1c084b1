// Misspelt words underlined as the user types: a syntax highlighter for the Markdown editors.
#pragma once

#include "core/spellingscope.h"

#include <QElapsedTimer>
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
///
/// A large change (a long text set or pasted, every block of a long text redrawn for new names
/// or accepted words) is checked a slice at a time: once its checks have taken kSliceMs, the
/// blocks left keep the underlines they had and are checked in later passes of the event loop,
/// so the window never waits for hunspell on 20,000 words at once (40 ms and more). Typing is
/// checked at once, block by block.
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

    /// Most milliseconds one pass of the event loop spends checking a large change's blocks.
    static constexpr int kSliceMs = 8;
    /// Characters from which a change is large.
    static constexpr int kLargeChange = 20000;
    /// True while some blocks wait for their check (a large change is being worked through).
    bool isChecking() const { return m_later.isActive(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    /// The flagged words of `block`'s text, positions within the block; empty in fenced code.
    QList<Misspelling> flaggedIn(const QTextBlock &block) const;
    /// Before QSyntaxHighlighter hears of a change: notes whether it is large.
    void noteChange(int position, int removed, int added);
    /// rehighlight(), in slices when the text is long.
    void rehighlightAll();
    /// Starts a large change: its checks take at most a slice in this pass.
    void beginLarge();
    /// Checks the blocks left for later, a slice at a time.
    void checkLater();

    SpellingNames m_names;
    QElapsedTimer m_slice; ///< since the large change began
    bool m_large = false;  ///< a large change is being highlighted
    QTimer m_later;        ///< the next slice of blocks left unchecked
    int m_laterFrom = 0;   ///< block number to look for unchecked blocks from
    bool m_inSlice = false;
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
