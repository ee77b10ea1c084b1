// Loading files: bad input gets a clear error and the file is never modified.
#include "core/postmortemfile.h"
#include "corpus.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

class TestPostmortemFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // a word the message must contain
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace") << QByteArray("\n \n\t\n") << "empty";
        QTest::newRow("binary") << QByteArray("GIF89a\0\0\x01\x02", 10) << "binary";
        QTest::newRow("latin-1") << QByteArray("R\xe9sum\xe9 of the outage") << "UTF-8";
        QTest::newRow("not a postmortem")
            << QByteArray("Dear diary,\n\ntoday was a nice day.\n") << "does not look like";
        QTest::newRow("bad front matter")
            << QByteArray("---\nhindsight: 1\nauthors: [unclosed\n---\n# T\n") << "front matter";
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.md"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        LoadResult r = loadPostmortemFile(dir.filePath(QStringLiteral("nope.md")));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("does not exist")));
        r = loadPostmortemFile(dir.path());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("folder")));
    }

    void seedsImportAndAreMarkedImported()
    {
        const LoadResult r = loadPostmortemFile(
            HindsightTest::corpusPath(QStringLiteral("seeds/000_21a48f8409a941f2.txt")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.imported);
        QVERIFY(!r.readOnly);
    }

    void failedSaveLeavesNothingBehind()
    {
        Postmortem pm;
        pm.title = QStringLiteral("T");
        QString error;
        QVERIFY(!savePostmortemFile(pm, QStringLiteral("/nonexistent-dir/sub/a.md"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/sub/a.md")));
    }

    void saveReplacesAtomicallyAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pm.md"));
        Postmortem pm;
        pm.title = QStringLiteral("Queue backlog");
        pm.impact = QStringLiteral("Delayed e-mails for 12% of users.");
        pm.usersAffectedPercent = 12;
        QString error;
        QVERIFY2(savePostmortemFile(pm, path, &error), qPrintable(error));
        pm.rootCause = QStringLiteral("A stuck consumer.");
        QVERIFY2(savePostmortemFile(pm, path, &error), qPrintable(error));
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.imported);
        QVERIFY(r.postmortem == pm);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("pm.md")});
    }
};

QTEST_GUILESS_MAIN(TestPostmortemFile)
#include "tst_postmortemfile.moc"
