// Git metadata through libgit2 on a repository the test makes with the git command.
#include "core/library/gitmetadata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

bool git(const QString &dir, const QStringList &args, const QString &author = {},
         const QString &date = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir);
    if (!author.isEmpty()) {
        for (const char *k : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            env.insert(QString::fromLatin1(k), author);
        for (const char *k : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            env.insert(QString::fromLatin1(k), QStringLiteral("someone@example.org"));
    }
    if (!date.isEmpty())
        for (const char *k : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
            env.insert(QString::fromLatin1(k), date);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestGitMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lastCommitAndUncommittedFiles()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir dir;
        const QString repo = dir.path();
        const QString lib = repo + QStringLiteral("/postmortems"); // a subfolder of the repo
        QVERIFY(git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(write(lib + QStringLiteral("/a.md"), "a\n"));
        QVERIFY(write(lib + QStringLiteral("/2024/b.md"), "b\n"));
        QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")},
                    QStringLiteral("Amina Okafor"), QStringLiteral("2024-03-01T10:00:00+01:00")));
        QVERIFY(write(lib + QStringLiteral("/2024/b.md"), "b, revised\n"));
        QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")},
                    QStringLiteral("Jonas Weber"), QStringLiteral("2024-04-02T09:30:00+00:00")));
        // Then: a.md edited but not committed, c.md never added.
        QVERIFY(write(lib + QStringLiteral("/a.md"), "a, edited\n"));
        QVERIFY(write(lib + QStringLiteral("/c.md"), "c\n"));

        QString error;
        const auto meta = readGitMetadata(
            lib, {QStringLiteral("a.md"), QStringLiteral("2024/b.md"), QStringLiteral("c.md")},
            20000, &error);
        QVERIFY2(meta, qPrintable(error));
        const GitFileInfo a = meta->value(QStringLiteral("a.md"));
        QCOMPARE(a.author, QStringLiteral("Amina Okafor"));
        QCOMPARE(a.date, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(a.date.offsetFromUtc(), 3600);
        QVERIFY(a.tracked);
        QVERIFY(a.uncommitted);
        const GitFileInfo b = meta->value(QStringLiteral("2024/b.md"));
        QCOMPARE(b.author, QStringLiteral("Jonas Weber"));
        QCOMPARE(b.date, QDateTime(QDate(2024, 4, 2), QTime(9, 30), Qt::UTC));
        QCOMPARE(b.commit.size(), 10);
        QVERIFY(!b.uncommitted);
        const GitFileInfo c = meta->value(QStringLiteral("c.md"));
        QVERIFY(!c.tracked);
        QVERIFY(c.uncommitted);
        QVERIFY(c.author.isEmpty());
    }

    void notARepository()
    {
        QTemporaryDir dir;
        QString error;
        // A temp folder outside any work tree (ceiling: its own parent has no .git either).
        const auto meta = readGitMetadata(dir.path(), {QStringLiteral("x.md")}, 10, &error);
        if (meta)
            QSKIP("the temporary folder is inside a git work tree");
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitMetadata)
#include "tst_gitmetadata.moc"
