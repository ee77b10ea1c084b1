#include "ui/markdowneditor.h"

#include "ui/spellinghighlighter.h"
#include "ui/spellingmenu.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QUrl>

namespace Hindsight {

namespace {

/// The local picture files in a paste or drop (a file manager's copy or drag), in order.
QStringList imageFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QUrl &url : source->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile() && formats.contains(info.suffix().toLower().toLatin1()))
            files.append(info.absoluteFilePath());
    }
    return files;
}

const QRegularExpression &bulletPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(\\s*)[-*+][ \\t]+"));
    return re;
}

const QRegularExpression &numberPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(\\s*)\\d{1,9}[.)][ \\t]+"));
    return re;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(new SpellingHighlighter(document()))
{}

QMenu *MarkdownEditor::createContextMenu(const QPoint &pos)
{
    return createEditorContextMenu(this, pos);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void MarkdownEditor::replaceText(int start, int length, const QString &text)
{
    if (isReadOnly())
        return;
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(start + length, QTextCursor::KeepAnchor);
    m_discreteEdit = true;
    c.beginEditBlock();
    c.insertText(text);
    c.endEditBlock();
    m_discreteEdit = false;
    setTextCursor(c);
}

QKeySequence MarkdownEditor::shortcut(MarkdownFormat format)
{
    switch (format) {
    case MarkdownFormat::Bold:
        return QKeySequence(Qt::CTRL | Qt::Key_B);
    case MarkdownFormat::Italic:
        return QKeySequence(Qt::CTRL | Qt::Key_I);
    case MarkdownFormat::InlineCode:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case MarkdownFormat::Link:
        return QKeySequence(Qt::CTRL | Qt::Key_K);
    // GitHub's and most word processors' keys for lists.
    case MarkdownFormat::BulletList:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8);
    case MarkdownFormat::NumberedList:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7);
    }
    return {};
}

bool MarkdownEditor::event(QEvent *event)
{
    // Let the formatting keys through to the window's actions: the text control would claim
    // some of them for itself (Ctrl+K deletes to the end of the line on Linux).
    if (event->type() == QEvent::ShortcutOverride && !isReadOnly()) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (MarkdownFormat f :
             {MarkdownFormat::Bold, MarkdownFormat::Italic, MarkdownFormat::InlineCode,
              MarkdownFormat::Link, MarkdownFormat::BulletList, MarkdownFormat::NumberedList}) {
            if (shortcut(f).matches(pressed) == QKeySequence::ExactMatch) {
                event->ignore();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::applyFormat(MarkdownFormat format)
{
    if (isReadOnly())
        return;
    switch (format) {
    case MarkdownFormat::Bold:
        return toggleWrap(QStringLiteral("**"));
    case MarkdownFormat::Italic:
        return toggleWrap(QStringLiteral("*"));
    case MarkdownFormat::InlineCode:
        return toggleWrap(QStringLiteral("`"));
    case MarkdownFormat::Link:
        return insertLink();
    case MarkdownFormat::BulletList:
        return toggleListPrefix(false);
    case MarkdownFormat::NumberedList:
        return toggleListPrefix(true);
    }
}

void MarkdownEditor::toggleWrap(const QString &marker)
{
    QTextCursor c = textCursor();
    const QString text = toPlainText(); // one character per document position
    int s = c.selectionStart();
    int e = c.selectionEnd();
    // "**word **" is not bold in Markdown: the spaces a word selection takes along stay out.
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (s == e) // only white space selected: the markers go where the selection started
        s = e = c.selectionStart();
    const int m = int(marker.size());
    const QChar mc = marker.front();
    const auto runBefore = [&](int pos, int limit) {
        int k = 0;
        while (pos - k - 1 >= limit && text.at(pos - k - 1) == mc)
            ++k;
        return k;
    };
    const auto runAfter = [&](int pos, int limit) {
        int k = 0;
        while (pos + k < limit && text.at(pos + k) == mc)
            ++k;
        return k;
    };
    // '*' is italic alone and bold doubled: italic is there when the run is odd (*x*, ***x***),
    // bold when it has two or more.
    const auto present = [&](int run) {
        if (mc == QLatin1Char('*') && m == 1)
            return run % 2 == 1;
        return run >= m;
    };

    c.beginEditBlock();
    int newStart = s + m;
    int newEnd = e + m;
    const int outside = qMin(runBefore(s, 0), runAfter(e, int(text.size())));
    const int inside = e - s >= 2 * m ? qMin(runAfter(s, e), runBefore(e, s)) : 0;
    if (present(outside)) { // "**|word|**" -> "word"
        c.setPosition(e);
        c.setPosition(e + m, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        c.setPosition(s - m);
        c.setPosition(s, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        newStart = s - m;
        newEnd = e - m;
    } else if (inside < e - s && present(inside)) { // "|**word**|" -> "word"
        c.setPosition(e - m);
        c.setPosition(e, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        c.setPosition(s);
        c.setPosition(s + m, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        newStart = s;
        newEnd = e - 2 * m;
    } else {
        c.setPosition(e);
        c.insertText(marker);
        c.setPosition(s);
        c.insertText(marker);
    }
    c.endEditBlock();
    c.setPosition(newStart);
    c.setPosition(newEnd, QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void MarkdownEditor::insertLink()
{
    static const QRegularExpression url(QStringLiteral("^(https?://|mailto:)\\S+$"));
    QTextCursor c = textCursor();
    QString selected = c.selectedText();
    selected.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    const int start = c.selectionStart();
    int selectFrom = 0;
    int selectLength = 0;
    QString link;
    if (url.match(selected).hasMatch()) {
        // The selection is the address: the cursor goes where the text is typed.
        link = QStringLiteral("[](%1)").arg(selected);
        selectFrom = 1;
    } else {
        const QString label = selected.isEmpty() ? tr("text") : selected;
        const QString target = tr("url");
        link = QStringLiteral("[%1](%2)").arg(label, target);
        selectFrom = selected.isEmpty() ? 1 : int(label.size()) + 3;
        selectLength = selected.isEmpty() ? int(label.size()) : int(target.size());
    }
    c.beginEditBlock();
    c.insertText(link);
    c.endEditBlock();
    c.setPosition(start + selectFrom);
    c.setPosition(start + selectFrom + selectLength, QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void MarkdownEditor::toggleListPrefix(bool numbered)
{
    QTextCursor c = textCursor();
    const bool hadSelection = c.hasSelection();
    const int oldPosition = c.position();
    const QTextBlock first = document()->findBlock(c.selectionStart());
    QTextBlock last = document()->findBlock(c.selectionEnd());
    if (hadSelection && last != first && c.selectionEnd() == last.position())
        last = last.previous(); // a selection ending at a line's start leaves that line out
    QStringList lines;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        lines.append(b.text());
        if (b == last)
            break;
    }
    const QRegularExpression &mine = numbered ? numberPrefix() : bulletPrefix();
    bool all = false;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        all = mine.match(line).hasMatch();
        if (!all)
            break;
    }
    int number = 1;
    int firstDelta = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.trimmed().isEmpty() && lines.size() > 1)
            continue;
        QString indent;
        QString rest = line;
        for (const QRegularExpression *re : {&bulletPrefix(), &numberPrefix()}) {
            const QRegularExpressionMatch match = re->match(line);
            if (match.hasMatch()) {
                indent = match.captured(1);
                rest = line.mid(match.capturedLength());
                break;
            }
        }
        if (rest == line) { // no list prefix: keep the line's own indentation
            qsizetype k = 0;
            while (k < line.size() && line.at(k).isSpace())
                ++k;
            indent = line.left(k);
            rest = line.mid(k);
        }
        const QString prefix = all        ? QString()
                               : numbered ? QStringLiteral("%1. ").arg(number++)
                                          : QStringLiteral("- ");
        const QString changed = indent + prefix + rest;
        if (i == 0)
            firstDelta = int(changed.size() - line.size());
        line = changed;
    }
    const QString replacement = lines.join(QLatin1Char('\n'));
    const int start = first.position(); // the blocks are replaced: keep their numbers
    c.beginEditBlock();
    c.setPosition(start);
    c.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    c.insertText(replacement);
    c.endEditBlock();
    if (hadSelection) {
        c.setPosition(start);
        c.setPosition(start + int(replacement.size()), QTextCursor::KeepAnchor);
    } else {
        c.setPosition(qMax(start, oldPosition + firstDelta));
    }
    setTextCursor(c);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_imageSaver && !isReadOnly() && (source->hasImage() || !imageFiles(source).isEmpty()))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = imageFiles(source);
    // Text wins over a picture of it (word processors put both on the clipboard).
    const bool pastedPicture
        = source->hasImage() && (!source->hasText() || source->text().trimmed().isEmpty());
    if (!m_imageSaver || isReadOnly() || (files.isEmpty() && !pastedPicture)) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QStringList links;
    if (!files.isEmpty()) {
        for (const QString &file : files) {
            const QImage image(file);
            if (image.isNull())
                continue;
            const QString link = m_imageSaver(image, QFileInfo(file).completeBaseName());
            if (link.isEmpty())
                break; // cancelled or failed: the saver has said so
            links.append(link);
        }
    } else {
        const QString link
            = m_imageSaver(qvariant_cast<QImage>(source->imageData()), QStringLiteral("pasted"));
        if (!link.isEmpty())
            links.append(link);
    }
    QStringList markdown;
    for (const QString &link : links)
        markdown.append(QStringLiteral("![](%1)").arg(link));
    if (!markdown.isEmpty())
        insertPlainText(markdown.join(QStringLiteral("\n\n")));
}

void setTextKeepingCursor(QPlainTextEdit *editor, const QString &text)
{
    if (editor->toPlainText() == text)
        return;
    const QSignalBlocker blocker(editor);
    const int position = editor->textCursor().position();
    editor->setPlainText(text);
    QTextCursor c = editor->textCursor();
    c.setPosition(qMin(position, int(text.size())));
    editor->setTextCursor(c);
}

} // namespace Hindsight
