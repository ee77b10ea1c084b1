// Git metadata of the files of a library (libgit2): the last commit that changed each file,
// and which files have uncommitted changes.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hindsight {

struct GitFileInfo
{
    QString author;           ///< author name of the last commit that changed the file
    QDateTime date;           ///< that commit's author time, in the author's UTC offset
    QString commit;           ///< its id, abbreviated to 10 hex digits
    bool tracked = false;     ///< the file is in HEAD's tree
    bool uncommitted = false; ///< untracked, or changed in the work tree or index vs HEAD
};

/// Reads the git repository that contains `folder` (found by walking up, like git does) and
/// returns, for each of `relativePaths` (relative to `folder`, '/' separators), its last
/// commit and whether it has uncommitted changes. Walks history from HEAD, newest first,
/// comparing each commit's tree with its first parent's, and stops when every path is found
/// or after `maxCommits` commits. nullopt when `folder` is not inside a git work tree or the
/// repository cannot be read (*error says why, when given). An empty repository (no commit
/// yet) gives every file as uncommitted.
std::optional<QHash<QString, GitFileInfo>> readGitMetadata(const QString &folder,
                                                           const QStringList &relativePaths,
                                                           int maxCommits = 20000,
                                                           QString *error = nullptr);

} // namespace Hindsight
