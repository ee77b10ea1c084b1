// Autosave: a recovery copy of the open postmortem, written when the user pauses or leaves.
#pragma once

#include <QObject>
#include <QTimer>

namespace Hindsight {

class Document;

/// Writes writeRecoveryCopy() for `document` — never the user's file — when it has unsaved
/// changes and (a) `intervalSeconds` have passed since the last change (default 30; each change
/// restarts the wait, so typing is never interrupted), or (b) the application loses focus.
/// When the document becomes unmodified (saved, or undone back to its saved state) or is
/// replaced, the copy is removed; a clean close calls discard().
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalSeconds = 30;

    explicit Autosaver(Document *document, QObject *parent = nullptr);

    /// Pause after the last change before writing, in seconds (1 to 3600; clamped).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_timer.interval() / 1000; }
    /// True when there are changes the recovery copy does not have yet.
    bool isPending() const { return m_pending; }

    /// Writes the copy now if there are changes it lacks. Returns false on a write error
    /// (also reported through failed()).
    bool saveNow();
    /// Removes the recovery copy and forgets pending changes (clean close, discard).
    void discard();

Q_SIGNALS:
    void saved();
    void failed(const QString &reason);

private:
    void documentChanged();

    Document *m_document;
    QTimer m_timer;
    bool m_pending = false;
    bool m_hasCopy = false;
};

} // namespace Hindsight
