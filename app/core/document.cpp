#include "core/document.h"

#include "core/postmortemfile.h"

#include <QDateTime>
#include <QUndoCommand>

namespace Hindsight {

/// One user action: the model before and after. Postmortem copies share their unchanged
/// strings and lists (implicit sharing), so a snapshot costs little.
class EditCommand : public QUndoCommand
{
public:
    /// Keystrokes further apart than this start a new undo step.
    static constexpr qint64 kMergeWindowMs = 2000;

    EditCommand(Document *doc, const QString &text, Postmortem before, Postmortem after,
                QString mergeKey)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
        , m_time(QDateTime::currentMSecsSinceEpoch())
    {}

    void redo() override { m_doc->setPostmortem(m_after); }
    void undo() override { m_doc->setPostmortem(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditCommand *>(other);
        if (o->m_mergeKey != m_mergeKey || o->m_time - m_time > kMergeWindowMs)
            return false;
        m_after = o->m_after;
        m_time = o->m_time;
        return true;
    }

private:
    Document *m_doc;
    Postmortem m_before;
    Postmortem m_after;
    QString m_mergeKey;
    qint64 m_time;
};

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void Document::edit(const QString &description, const std::function<void(Postmortem &)> &change,
                    const QString &mergeKey)
{
    if (m_readOnly)
        return;
    Postmortem after = m_postmortem;
    change(after);
    if (after == m_postmortem)
        return;
    m_undoStack.push(new EditCommand(this, description, m_postmortem, std::move(after), mergeKey));
}

void Document::setPostmortem(const Postmortem &pm)
{
    m_postmortem = pm;
    Q_EMIT changed();
}

void Document::reset(const Postmortem &pm, const QString &filePath, const QString &suggestedPath,
                     bool readOnly)
{
    const bool wasModified = isModified();
    m_undoStack.clear();
    m_readOnly = readOnly;
    m_suggestedPath = suggestedPath;
    setPostmortem(pm);
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void Document::restoreUnsaved(const Postmortem &pm, const QString &filePath,
                              const QString &suggestedPath)
{
    reset(pm, filePath, suggestedPath);
    m_undoStack.resetClean(); // emits cleanChanged(false) -> modifiedChanged(true)
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!savePostmortemFile(m_postmortem, path, error))
        return false;
    m_readOnly = false;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    return true;
}

} // namespace Hindsight
