#include "core/library/gitmetadata.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <git2.h>

#include <memory>

namespace Hindsight {

namespace {

/// libgit2 is initialised once per process and never shut down (it is cheap and thread-safe).
void ensureInit()
{
    static const int once = git_libgit2_init();
    Q_UNUSED(once);
}

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Repo = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Walk = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using Status = std::unique_ptr<git_status_list, Deleter<git_status_list, git_status_list_free>>;

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("libgit2 error");
}

GitFileInfo infoOf(git_commit *commit)
{
    GitFileInfo info;
    info.tracked = true;
    const git_signature *author = git_commit_author(commit);
    info.author = QString::fromUtf8(author->name);
    info.date
        = QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
    char id[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(id, sizeof id, git_commit_id(commit));
    info.commit = QString::fromLatin1(id).left(10);
    return info;
}

/// Fills `out` (keyed by repository-relative path) with the last commit of each wanted path.
void walkHistory(git_repository *repo, QSet<QString> wanted, QHash<QString, GitFileInfo> &out,
                 int maxCommits)
{
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo) != 0)
        return;
    Walk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return;
    git_oid oid;
    for (int n = 0; n < maxCommits && !wanted.isEmpty() && git_revwalk_next(&oid, walk.get()) == 0;
         ++n) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &oid) != 0)
            continue;
        Commit commit(rawCommit);
        git_tree *rawTree = nullptr, *rawParentTree = nullptr;
        git_commit_tree(&rawTree, commit.get());
        Tree tree(rawTree), parentTree;
        if (git_commit_parentcount(commit.get()) > 0) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, commit.get(), 0) == 0) {
                Commit parent(rawParent);
                git_commit_tree(&rawParentTree, parent.get());
                parentTree.reset(rawParentTree);
            }
        }
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repo, parentTree.get(), tree.get(), nullptr) != 0)
            continue;
        Diff diff(rawDiff);
        for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta *d = git_diff_get_delta(diff.get(), i);
            const QString path = QString::fromUtf8(d->new_file.path);
            if (wanted.remove(path))
                out.insert(path, infoOf(commit.get()));
        }
    }
}

} // namespace

std::optional<QHash<QString, GitFileInfo>> readGitMetadata(const QString &folder,
                                                           const QStringList &relativePaths,
                                                           int maxCommits, QString *error)
{
    ensureInit();
    git_repository *rawRepo = nullptr;
    if (git_repository_open_ext(&rawRepo, QFile::encodeName(folder).constData(), 0, nullptr) != 0) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    Repo repo(rawRepo);
    const char *workdir = git_repository_workdir(repo.get());
    if (!workdir) {
        if (error)
            *error = QStringLiteral("%1 is in a bare repository").arg(folder);
        return std::nullopt;
    }
    // Paths relative to the repository's work tree, as git names them.
    const QDir root(QFileInfo(QString::fromUtf8(workdir)).canonicalFilePath());
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    QHash<QString, QString> toLibrary; // repository path -> library path
    for (const QString &rel : relativePaths)
        toLibrary.insert(root.relativeFilePath(canonicalFolder + QLatin1Char('/') + rel), rel);

    QHash<QString, GitFileInfo> byRepoPath;
    if (!git_repository_head_unborn(repo.get())) {
        const QStringList keys = toLibrary.keys();
        walkHistory(repo.get(), QSet<QString>(keys.begin(), keys.end()), byRepoPath, maxCommits);
    }
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *rawStatus = nullptr;
    QSet<QString> dirty;
    if (git_status_list_new(&rawStatus, repo.get(), &options) == 0) {
        Status status(rawStatus);
        for (size_t i = 0; i < git_status_list_entrycount(status.get()); ++i) {
            const git_status_entry *s = git_status_byindex(status.get(), i);
            const git_diff_delta *d = s->index_to_workdir ? s->index_to_workdir : s->head_to_index;
            if (d && s->status != GIT_STATUS_CURRENT && !(s->status & GIT_STATUS_IGNORED))
                dirty.insert(QString::fromUtf8(d->new_file.path));
        }
    }
    QHash<QString, GitFileInfo> out;
    for (auto it = toLibrary.cbegin(); it != toLibrary.cend(); ++it) {
        GitFileInfo info = byRepoPath.value(it.key());
        info.uncommitted = dirty.contains(it.key()) || !info.tracked;
        out.insert(it.value(), info);
    }
    return out;
}

} // namespace Hindsight
