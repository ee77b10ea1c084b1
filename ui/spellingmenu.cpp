#include "ui/spellingmenu.h"

#include "core/spelling.h"
#include "ui/markdowneditor.h"
#include "ui/spellinghighlighter.h"

#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>

namespace Hindsight {

namespace {

constexpr int kMaxSuggestions = 5;

/// The usual items of the menu, tidied: an editor whose undo is the document's shows the
/// window's Undo and Redo ("Undo Edit summary") in place of its own, which would stay greyed
/// out, and every item shows its key (Qt leaves the key out when no window action has it,
/// though the editor still handles it).
void tidyStandardActions(MarkdownEditor *editor, QMenu *menu)
{
    static const std::pair<const char *, QKeySequence::StandardKey> keys[] = {
        {"edit-undo", QKeySequence::Undo},   {"edit-redo", QKeySequence::Redo},
        {"edit-cut", QKeySequence::Cut},     {"edit-copy", QKeySequence::Copy},
        {"edit-paste", QKeySequence::Paste}, {"select-all", QKeySequence::SelectAll},
    };
    for (const auto &[name, standardKey] : keys) {
        QAction *own = menu->findChild<QAction *>(QLatin1String(name));
        if (!own)
            continue;
        QString text = own->text().section(QLatin1Char('\t'), 0, 0);
        QKeySequence key(standardKey);
        const bool undoOrRedo
            = standardKey == QKeySequence::Undo || standardKey == QKeySequence::Redo;
        QAction *window = undoOrRedo && !editor->isUndoRedoEnabled()
                              ? editor->window()->findChild<QAction *>(
                                  standardKey == QKeySequence::Undo ? QStringLiteral("undoAction")
                                                                    : QStringLiteral("redoAction"))
                              : nullptr;
        if (window) {
            text = window->text();
            key = window->shortcut();
            own->setEnabled(window->isEnabled());
            QObject::disconnect(own, &QAction::triggered, nullptr, nullptr);
            QObject::connect(own, &QAction::triggered, window, &QAction::trigger);
        }
        own->setText(key.isEmpty()
                         ? text
                         : text + QLatin1Char('\t') + key.toString(QKeySequence::NativeText));
    }
}

} // namespace

QMenu *createEditorContextMenu(MarkdownEditor *editor, const QPoint &pos)
{
    QMenu *menu = editor->createStandardContextMenu(pos);
    menu->setObjectName(QStringLiteral("editorContextMenu"));
    tidyStandardActions(editor, menu);
    const int position = editor->cursorForPosition(pos).position();
    const std::optional<Misspelling> word
        = editor->isReadOnly() ? std::nullopt
                               : editor->spellingHighlighter()->misspellingAt(position);
    if (!word)
        return menu;

    QAction *first = menu->actions().value(0);
    const QStringList suggestions = rankedSuggestions(word->word, kMaxSuggestions);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        const int start = int(word->position);
        const int length = int(word->length);
        QObject::connect(action, &QAction::triggered, editor, [editor, start, length, suggestion] {
            editor->replaceText(start, length, suggestion);
        });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(MarkdownEditor::tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    menu->insertSeparator(first);

    const QString w = word->word;
    auto *add = new QAction(MarkdownEditor::tr("Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("spellingAddToDictionary"));
    add->setToolTip(MarkdownEditor::tr("Accepts the word from now on, here and in `hindsight "
                                       "lint`, by adding it to your personal word list"));
    QObject::connect(add, &QAction::triggered, editor, [editor, w] {
        QString error;
        if (!addToPersonalDictionary(w, &error)) {
            QMessageBox::warning(editor, MarkdownEditor::tr("Add to Dictionary"),
                                 MarkdownEditor::tr("“%1” could not be added to %2: %3")
                                     .arg(w, personalDictionaryPath(), error));
            return;
        }
        Q_EMIT SpellingNotifier::instance()->wordsAccepted();
    });
    menu->insertAction(first, add);
    auto *ignore = new QAction(MarkdownEditor::tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    ignore->setToolTip(MarkdownEditor::tr("Accepts the word until Hindsight quits"));
    QObject::connect(ignore, &QAction::triggered, editor, [w] {
        ignoreWordForSession(w);
        Q_EMIT SpellingNotifier::instance()->wordsAccepted();
    });
    menu->insertAction(first, ignore);
    if (first)
        menu->insertSeparator(first);
    return menu;
}

} // namespace Hindsight
