#include "ui/editingactions.h"

#include "core/document.h"
#include "core/reviewchecks.h"
#include "render/htmlrenderer.h"
#include "render/standalonehtml.h"
#include "ui/backgroundtask.h"
#include "ui/findreplace.h"
#include "ui/pictureassets.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>

namespace Hindsight {

namespace {

/// `html` with every <img src> that names a file in `baseDirectory` replaced by a data: URL,
/// so the pictures travel with the copied HTML.
QString embedLocalImages(QString html, const QString &baseDirectory)
{
    if (baseDirectory.isEmpty())
        return html;
    static const QRegularExpression img(QStringLiteral("(<img\\b[^>]*\\bsrc=\")([^\"]+)(\")"));
    QString out;
    qsizetype last = 0;
    for (auto it = img.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString src = m.captured(2);
        if (src.startsWith(QLatin1String("data:")))
            continue;
        src.replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QString path = safeLocalResourcePath(QUrl(src), baseDirectory);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            continue;
        const QString type = QMimeDatabase().mimeTypeForFile(path).name();
        out += QStringView(html).mid(last, m.capturedStart(2) - last);
        out += QStringLiteral("data:%1;base64,").arg(type)
               + QString::fromLatin1(file.readAll().toBase64());
        last = m.capturedEnd(2);
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

EditingActions::EditingActions(Document *document, DocumentManager *files, PostmortemForm *form,
                               PreviewPane *preview, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_form(form)
    , m_preview(preview)
    , m_window(window)
    , m_findBar(new FindReplaceBar(document, form, preview))
    , m_pictures(new PictureAssets(document, files, window))
    , m_wordCount(new QLabel(window))
    , m_wordCountTimer(new QTimer(this))
{
    // Under the form, in its column: the form is disabled for a read-only document, finding
    // is not.
    auto *column = form->parentWidget() ? qobject_cast<QBoxLayout *>(form->parentWidget()->layout())
                                        : nullptr;
    if (column)
        column->addWidget(m_findBar);
    else
        form->layout()->addWidget(m_findBar);

    form->setImageSaver([this](const QImage &image, const QString &hint) {
        return m_pictures->store(image, hint);
    });
    connect(m_pictures, &PictureAssets::statusMessage, window->statusBar(),
            &QStatusBar::showMessage);

    m_wordCount->setObjectName(QStringLiteral("wordCountLabel"));
    m_wordCount->setToolTip(tr("Words in the postmortem's text, as the review checks count "
                               "them"));
    m_wordCountTimer->setSingleShot(true);
    m_wordCountTimer->setInterval(250); // counting a long document is no work for every key
    connect(m_wordCountTimer, &QTimer::timeout, this, &EditingActions::updateWordCount);
    connect(&m_wordCounter, &QFutureWatcher<int>::finished, this, [this] {
        const int words = m_wordCounter.result();
        m_wordCount->setText(words == 1 ? tr("1 word") : tr("%1 words").arg(words));
        if (m_countAgain) {
            m_countAgain = false;
            updateWordCount();
        }
    });
    connect(document, &Document::changed, m_wordCountTimer, qOverload<>(&QTimer::start));
    updateWordCount();

    connect(qApp, &QApplication::focusChanged, this, &EditingActions::updateFormatActions);
}

void EditingActions::addToEditMenu(QMenu *edit)
{
    edit->addSeparator();
    const struct
    {
        QString text;
        QKeySequence::StandardKey key;
        const char *slot;
        const char *name;
    } clipboard[] = {
        {tr("Cu&t"), QKeySequence::Cut, "cut()", "cutAction"},
        {tr("&Copy"), QKeySequence::Copy, "copy()", "copyAction"},
        {tr("&Paste"), QKeySequence::Paste, "paste()", "pasteAction"},
        {tr("Select &All"), QKeySequence::SelectAll, "selectAll()", "selectAllAction"},
    };
    for (const auto &c : clipboard) {
        QAction *a = edit->addAction(c.text, this, [this, slot = c.slot] { onFocused(slot); });
        a->setShortcuts(c.key);
        a->setObjectName(QString::fromLatin1(c.name));
    }
    QAction *rich
        = edit->addAction(tr("Copy as Rich Te&xt"), this, &EditingActions::copyAsRichText);
    rich->setObjectName(QStringLiteral("copyRichTextAction"));
    rich->setStatusTip(tr("Copy the whole postmortem as it is rendered, with its chart, to "
                          "paste into an e-mail or a word processor"));

    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, [this] { m_findBar->open(false); });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setStatusTip(tr("Find text in every field, table and section of the postmortem"));
    QAction *replace
        = edit->addAction(tr("R&eplace…"), m_findBar, [this] { m_findBar->open(true); });
    replace->setObjectName(QStringLiteral("replaceAction"));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *next = edit->addAction(tr("Find &Next"), m_findBar, &FindReplaceBar::findNext);
    next->setObjectName(QStringLiteral("findNextAction"));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *previous
        = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindReplaceBar::findPrevious);
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
}

void EditingActions::addFormatMenu(QMenuBar *bar)
{
    QMenu *format = bar->addMenu(tr("Forma&t"));
    format->setObjectName(QStringLiteral("formatMenu"));
    const struct
    {
        MarkdownFormat format;
        QString text;
        QString tip;
        const char *name;
    } entries[] = {
        {MarkdownFormat::Bold, tr("&Bold"), QStringLiteral("**bold**"), "boldAction"},
        {MarkdownFormat::Italic, tr("&Italic"), QStringLiteral("*italic*"), "italicAction"},
        {MarkdownFormat::InlineCode, tr("Inline &Code"), QStringLiteral("`code`"),
         "inlineCodeAction"},
        {MarkdownFormat::Link, tr("&Link"), QStringLiteral("[text](url)"), "linkAction"},
        {MarkdownFormat::BulletList, tr("B&ulleted List"), QStringLiteral("- item"),
         "bulletListAction"},
        {MarkdownFormat::NumberedList, tr("&Numbered List"), QStringLiteral("1. item"),
         "numberedListAction"},
    };
    for (const auto &e : entries) {
        QAction *a = format->addAction(e.text, this, [f = e.format] {
            if (auto *editor = qobject_cast<MarkdownEditor *>(QApplication::focusWidget()))
                editor->applyFormat(f);
        });
        a->setShortcut(MarkdownEditor::shortcut(e.format));
        a->setObjectName(QString::fromLatin1(e.name));
        a->setStatusTip(tr("Writes Markdown in the section editor: %1").arg(e.tip));
        m_formatActions.append(a);
    }
    updateFormatActions();
}

void EditingActions::updateFormatActions()
{
    auto *editor = qobject_cast<MarkdownEditor *>(QApplication::focusWidget());
    const bool on
        = editor && editor->window() == m_window && editor->isEnabled() && !editor->isReadOnly();
    for (QAction *a : std::as_const(m_formatActions))
        a->setEnabled(on);
}

void EditingActions::updateWordCount()
{
    if (m_wordCounter.isRunning()) {
        m_countAgain = true;
        return;
    }
    const Postmortem snapshot = m_document->postmortem(); // implicitly shared copy
    m_wordCounter.setFuture(runInBackground([snapshot] { return postmortemWordCount(snapshot); }));
}

void EditingActions::onFocused(const char *slot)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window)
        return;
    const QByteArray which(slot);
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        // A table: the current cell's text, written through the model (one undo step).
        if (which == "selectAll()") {
            view->selectAll();
            return;
        }
        const QModelIndex cell = view->currentIndex();
        if (!cell.isValid())
            return;
        if (which == "copy()" || which == "cut()")
            QApplication::clipboard()->setText(cell.data(Qt::DisplayRole).toString());
        if (which == "cut()" && (cell.flags() & Qt::ItemIsEditable))
            view->model()->setData(cell, QString(), Qt::EditRole);
        if (which == "paste()" && (cell.flags() & Qt::ItemIsEditable))
            view->model()->setData(cell, QApplication::clipboard()->text().trimmed(), Qt::EditRole);
        return;
    }
    // Line edits, the section editors and the preview have these slots.
    if (focus->metaObject()->indexOfSlot(slot) >= 0)
        QMetaObject::invokeMethod(focus, which.left(which.indexOf('(')).constData());
}

QMimeData *EditingActions::richTextMimeData(const Postmortem &pm, const QString &baseDirectory,
                                            DisplayLanguage language)
{
    HtmlOptions options;
    options.baseDirectory = baseDirectory;
    options.language = language;
    auto *mime = new QMimeData;
    mime->setHtml(
        embedLocalImages(QString::fromUtf8(renderStandaloneHtml(pm, options)), baseDirectory));
    // The same document as text: what a plain-text editor or a terminal gets.
    QTextDocument text;
    HtmlOptions plainOptions;
    plainOptions.language = language;
    text.setHtml(renderHtml(pm, plainOptions));
    QString plain = text.toPlainText();
    plain.remove(QChar::ObjectReplacementCharacter);
    plain.replace(QChar::Nbsp, QLatin1Char(' '));
    mime->setText(plain);
    return mime;
}

void EditingActions::copyAsRichText()
{
    const QString file = m_document->filePath();
    QApplication::clipboard()->setMimeData(
        richTextMimeData(m_document->postmortem(),
                         file.isEmpty() ? QString() : QFileInfo(file).absolutePath(), m_language));
    m_window->statusBar()->showMessage(tr("Copied the postmortem as rich text"), 3000);
}

} // namespace Hindsight
