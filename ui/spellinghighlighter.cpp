#include "ui/spellinghighlighter.h"

#include "core/document.h"
#include "ui/backgroundtask.h"
#include "ui/markdowneditor.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextLayout>

namespace Hindsight {

namespace {

/// Block states: inside a fenced code block, or not.
constexpr int kProse = 0;
constexpr int kFenced = 1;

/// A line that opens or closes a fenced code block ("```", "~~~ yaml").
bool isFence(const QString &line)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    return fence.match(line).hasMatch();
}

/// Pause after a change before the names are recomputed.
constexpr int kNamesPauseMs = 300;

/// Marks a block whose words have not been checked yet (left for a later slice).
class Unchecked : public QTextBlockUserData
{
};

} // namespace

SpellingNotifier *SpellingNotifier::instance()
{
    static SpellingNotifier notifier;
    return &notifier;
}

SpellingHighlighter::SpellingHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
{
    // Connected before QSyntaxHighlighter's own (setDocument below): heard first.
    connect(document, &QTextDocument::contentsChange, this, &SpellingHighlighter::noteChange);
    setDocument(document);
    connect(SpellingNotifier::instance(), &SpellingNotifier::wordsAccepted, this,
            &SpellingHighlighter::rehighlightAll);
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &SpellingHighlighter::checkLater);
}

void SpellingHighlighter::beginLarge()
{
    if (m_large)
        return;
    m_large = true;
    m_slice.start();
    // Over when the event loop gets back to its queue (the highlighting is synchronous).
    QTimer::singleShot(0, this, [this] { m_large = false; });
}

void SpellingHighlighter::noteChange(int, int, int added)
{
    if (added >= kLargeChange)
        beginLarge();
}

void SpellingHighlighter::rehighlightAll()
{
    if (document() && document()->characterCount() >= kLargeChange)
        beginLarge();
    rehighlight();
}

void SpellingHighlighter::checkLater()
{
    if (!document())
        return;
    QElapsedTimer slice;
    slice.start();
    m_inSlice = true;
    const int count = document()->blockCount();
    const int from = m_laterFrom < count ? m_laterFrom : 0;
    // From where the last slice stopped to the end, then from the start (an edit above may
    // have left blocks there).
    for (int n = 0; n < count; ++n) {
        const QTextBlock block = document()->findBlockByNumber((from + n) % count);
        if (!dynamic_cast<Unchecked *>(block.userData()))
            continue;
        rehighlightBlock(block);
        if (slice.elapsed() >= kSliceMs && n + 1 < count) {
            m_laterFrom = (from + n + 1) % count;
            m_inSlice = false;
            m_later.start();
            return;
        }
    }
    m_inSlice = false;
}

void SpellingHighlighter::setNames(const SpellingNames &names)
{
    if (names == m_names)
        return;
    m_names = names;
    rehighlightAll();
}

QList<Misspelling> SpellingHighlighter::flaggedIn(const QTextBlock &block) const
{
    const QTextBlock previous = block.previous();
    const bool fencedBefore = previous.isValid() && previous.userState() == kFenced;
    if (fencedBefore || isFence(block.text()))
        return {};
    // The line before is context: a line that continues a sentence starts no sentence, so a
    // capitalised word at its start is a name. Only flagged words need it (few), so the line
    // is checked alone.
    QList<Misspelling> out = flaggedWords(block.text(), m_names);
    if (!previous.isValid() || previous.text().trimmed().isEmpty())
        return out;
    const QString before = previous.text() + QLatin1Char('\n');
    out.removeIf([&](const Misspelling &m) {
        return m_names.isNameAt(before + block.text(), before.size() + m.position, m.word);
    });
    return out;
}

void SpellingHighlighter::highlightBlock(const QString &text)
{
    const int before = previousBlockState() == kFenced ? kFenced : kProse;
    setCurrentBlockState(isFence(text) ? (before == kFenced ? kProse : kFenced) : before);
    if (before == kFenced || isFence(text)) {
        setCurrentBlockUserData(nullptr);
        return;
    }
    if (m_large && !m_inSlice && m_slice.elapsed() >= kSliceMs) {
        // Later: until then the block keeps the underlines it has.
        for (const QTextLayout::FormatRange &r : currentBlock().layout()->formats())
            setFormat(r.start, r.length, r.format);
        if (!dynamic_cast<Unchecked *>(currentBlockUserData()))
            setCurrentBlockUserData(new Unchecked);
        if (!m_later.isActive())
            m_later.start();
        return;
    }
    setCurrentBlockUserData(nullptr);
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    for (const Misspelling &m : flaggedIn(currentBlock()))
        setFormat(int(m.position), int(m.length), misspelt);
}

std::optional<Misspelling> SpellingHighlighter::misspellingAt(int position) const
{
    if (!document())
        return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (Misspelling m : flaggedIn(block)) {
        if (inBlock >= m.position && inBlock <= m.position + m.length) {
            m.position += block.position();
            return m;
        }
    }
    return std::nullopt;
}

SpellingNamesUpdater::SpellingNamesUpdater(Document *document, QWidget *form)
    : QObject(form)
    , m_document(document)
    , m_form(form)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kNamesPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SpellingNamesUpdater::updateNow);
    connect(document, &Document::changed, this, [this] {
        ++m_generation;
        m_pause.start();
    });
    connect(&m_watcher, &QFutureWatcher<SpellingNames>::finished, this, [this] {
        // Names of a document that has changed since: its own run comes after its pause.
        if (m_running == m_generation)
            apply(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            updateNow();
        }
    });
    m_pause.start();
}

SpellingNamesUpdater::~SpellingNamesUpdater()
{
    m_watcher.waitForFinished();
}

void SpellingNamesUpdater::updateNow()
{
    m_pause.stop();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_running = m_generation;
    m_watcher.setFuture(runInBackground(
        [snapshot = m_document->postmortem()] { return SpellingNames::of(snapshot); }));
}

void SpellingNamesUpdater::apply(const SpellingNames &names)
{
    for (MarkdownEditor *editor : m_form->findChildren<MarkdownEditor *>())
        editor->spellingHighlighter()->setNames(names);
    Q_EMIT updated();
}

} // namespace Hindsight
