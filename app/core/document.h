// The open postmortem: model, file path, modified state and undo stack.
#pragma once

#include "core/postmortem.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Hindsight {

/// Owns the postmortem being edited. Every change goes through edit(), which pushes one
/// QUndoCommand; widgets never write the model directly. "Modified" is the undo stack's
/// clean state, so undoing back to the saved state clears it.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Postmortem &postmortem() const { return m_postmortem; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The native file this document saves to; empty for a new or imported document.
    QString filePath() const { return m_filePath; }
    /// Where an imported or new document suggests saving ("incident.md" beside its source).
    QString suggestedPath() const { return m_suggestedPath; }
    bool isModified() const { return !m_undoStack.isClean(); }
    /// True for a file written by a newer Hindsight: edits are refused so nothing is lost.
    bool isReadOnly() const { return m_readOnly; }

    /// Applies `change` to a copy of the model and pushes it as one undoable step named
    /// `description` (shown as "Undo <description>"). Consecutive edits with the same non-empty
    /// `mergeKey` (e.g. "summary") within a typing burst merge into one step. No-op edits and
    /// edits of a read-only document push nothing.
    void edit(const QString &description, const std::function<void(Postmortem &)> &change,
              const QString &mergeKey = {});

    /// Replaces the whole document (after open or new): clears the undo history, sets the
    /// path and marks it unmodified.
    void reset(const Postmortem &pm, const QString &filePath, const QString &suggestedPath = {},
               bool readOnly = false);

    /// Like reset(), but the document starts modified (no clean state in its history): used
    /// to restore an autosaved copy, which still has to be saved to `filePath` by the user.
    void restoreUnsaved(const Postmortem &pm, const QString &filePath,
                        const QString &suggestedPath = {});

    /// Saves atomically to `path` in the native format; on success the path becomes the
    /// document's and it is unmodified. On failure nothing changes and *error says why.
    bool saveAs(const QString &path, QString *error);

Q_SIGNALS:
    /// The model changed (edit, undo, redo or reset).
    void changed();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class EditCommand;
    void setPostmortem(const Postmortem &pm);

    Postmortem m_postmortem;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_suggestedPath;
    bool m_readOnly = false;
};

} // namespace Hindsight
