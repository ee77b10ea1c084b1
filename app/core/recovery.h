// Recovery copies of unsaved postmortems (autosave), kept apart from the user's files.
#pragma once

#include "core/postmortem.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hindsight {

/// One autosaved copy found on disk.
struct RecoveryCopy
{
    QString copyPath;      ///< the native-format copy, in recoveryFolder()
    QString originalPath;  ///< the file the document saves to; empty for new/imported ones
    QString suggestedPath; ///< where an unsaved document suggested saving
    QString title;         ///< the postmortem's title when the copy was made
    QDateTime savedAt;     ///< when the copy was written (UTC)
    qint64 processId = 0;  ///< the Hindsight process that wrote it
};

/// Where recovery copies live: `<AppDataLocation>/recovery` (on Linux
/// ~/.local/share/Hindsight/Hindsight/recovery). Never the folder of a user's file, so an
/// autosave can't be mistaken for the document or overwrite it.
QString recoveryFolder();

/// Writes this process's recovery copy of `pm` (native format, atomically) with a small JSON
/// note beside it (original and suggested path, title, time, process id). Overwrites this
/// process's previous copy. False with `*error` set when the folder or file can't be written.
bool writeRecoveryCopy(const Postmortem &pm, const QString &originalPath,
                       const QString &suggestedPath, QString *error);

/// Removes this process's recovery copy (after a save, or on a clean close). Missing is fine.
void removeRecoveryCopy();

/// Copies left behind by Hindsight processes that are no longer running (a crash, kill -9,
/// power loss), newest first. A copy whose note is unreadable is skipped; a copy of a
/// running process is not offered (it belongs to another open window).
QList<RecoveryCopy> findOrphanedRecoveryCopies();

/// Deletes a found copy and its note (after the user restored or discarded it).
void discardRecoveryCopy(const RecoveryCopy &copy);

} // namespace Hindsight
