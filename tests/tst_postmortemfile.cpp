// Loading files: bad input gets a clear error and the file is never modified.
#include "core/postmortemfile.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
        // Decoded (as Latin-1 or its kin), but still nothing of a postmortem in it.
        QTest::newRow("latin-1 prose")
            << QByteArray("R\xe9sum\xe9 of my day") << "does not look like";
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
        QCOMPARE(r.emptyFile, expected == QLatin1String("empty"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    /// Text in a legacy encoding is read in the encoding uchardet detects, and the import
    /// report says which one was assumed.
    void latin1FileIsDecoded()
    {
        const QString text = QStringLiteral(
            "Störung im Zahlungsdienst\n\n"
            "Impact: Für 40 Minuten schlugen Zahlungen fehl; etwa 12 % der Käufe brachen ab.\n\n"
            "Root cause: Ein abgelaufenes Zertifikat der Schnittstelle wurde nicht erneuert, "
            "weil die Überwachung nur die Vorproduktion prüfte.\n\n"
            "Resolution: Das Zertifikat wurde um 10:40 erneuert und der Dienst neu gestartet.\n");
        QStringEncoder latin1(QStringEncoder::Latin1);
        const QByteArray bytes = latin1.encode(text);
        QVERIFY(!latin1.hasError());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stoerung.md"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.imported);
        QVERIFY2(QStringList({QStringLiteral("ISO-8859-1"), QStringLiteral("WINDOWS-1252"),
                              QStringLiteral("ISO-8859-15")})
                     .contains(r.encoding),
                 qPrintable(r.encoding));
        QVERIFY(r.postmortem.title.contains(QStringLiteral("Störung")));
        QVERIFY(r.postmortem.rootCause.contains(QStringLiteral("Überwachung")));
        QVERIFY(!r.importReport.guessed.isEmpty());
        QVERIFY(r.importReport.guessed.first().contains(r.encoding));
        QVERIFY(r.importReport.toText().contains(QStringLiteral("not UTF-8")));
        // UTF-8 needs no note.
        const LoadResult utf8 = readPostmortemData(text.toUtf8(), QStringLiteral("utf8.md"));
        QVERIFY(utf8.ok);
        QVERIFY(utf8.encoding.isEmpty());
        QCOMPARE(utf8.postmortem.title, r.postmortem.title);
        QVERIFY(!utf8.importReport.toText().contains(QStringLiteral("UTF-8")));
    }

    void utf16WithByteOrderMarkAndLatin1NativeFile()
    {
        const QByteArray native("---\nhindsight: 1\nstatus: draft\n---\n\n# Caf\xe9 "
                                "outage\n\n## Summary\n\nThe caf\xe9's till was down.\n");
        const LoadResult r = readPostmortemData(native, QStringLiteral("cafe.md"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.imported);
        QCOMPARE(r.postmortem.title, QStringLiteral("Café outage"));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("not UTF-8")));

        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray wide = utf16.encode(QString::fromLatin1(native));
        const LoadResult w = readPostmortemData(wide, QStringLiteral("cafe16.md"));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(w.postmortem.title, QStringLiteral("Café outage"));
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

    void foreignFilesImportAndAreMarkedImported()
    {
        for (const char *name : {"course-format.md", "plain-labels.txt", "gmt-minus-5.html"}) {
            const LoadResult r = loadPostmortemFile(QStringLiteral(HINDSIGHT_TEST_DATA "/import/")
                                                    + QLatin1String(name));
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.imported);
            QVERIFY(!r.readOnly);
            QVERIFY(!r.importReport.isEmpty());
        }
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

    void progressIsReportedAndChangesNothing()
    {
        // Long enough for several pieces of the file and of cmark's reading, and many rows.
        Postmortem pm;
        pm.title = QStringLiteral("Cache stampede after a deploy");
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        pm.start = Moment{QDate(2026, 3, 2), QTime(8, 0), 0, {}};
        pm.rootCause
            = QStringLiteral("Every node refilled the same keys at once.\n\n```\nttl: 60\n```");
        for (int i = 0; i < 12000; ++i)
            pm.timeline.append({Moment{QDate(2026, 3, 2), QTime(8, 0).addSecs(i), 0, {}},
                                EventKind::Investigation,
                                QStringLiteral("Event %1 of the refill, with **some** words "
                                               "and a | pipe, as a log line has.")
                                    .arg(i)});
        for (int i = 0; i < 1500; ++i)
            pm.actionItems.append({QStringLiteral("Item %1").arg(i), QStringLiteral("Prevent"),
                                   QStringLiteral("sre"), QDate(2026, 4, 1), i % 2 == 0});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.md"));
        QString error;
        QVERIFY2(savePostmortemFile(pm, path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1024 * 1024); // read in more than one piece

        QList<double> seen;
        const LoadResult followed
            = loadPostmortemFile(path, [&](double done) { seen.append(done); });
        const LoadResult plain = loadPostmortemFile(path);
        QVERIFY2(followed.ok, qPrintable(followed.error));
        QVERIFY(followed.postmortem == plain.postmortem);
        QVERIFY(followed.postmortem == pm);
        QCOMPARE(followed.warnings, plain.warnings);

        QVERIFY2(seen.size() > 10, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.first() >= 0 && seen.first() < 0.1);
        QVERIFY(seen.last() <= 1.0 && seen.last() > 0.9);
        // The rows of the timeline are counted too: steps after cmark's share.
        QVERIFY(std::count_if(seen.cbegin(), seen.cend(), [](double d) { return d > 0.8; }) > 3);
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
