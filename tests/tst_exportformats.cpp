// The export registry (render/exportformats.h): every format `convert --to` and File > Export
// offer, written for real to files and read back, including the OpenDocument entry.
#include "core/nativeformat.h"
#include "render/exportformats.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

/// A small postmortem of our own with timed events (so there is a chart) and an action item.
Postmortem sample()
{
    Postmortem pm;
    pm.title = QStringLiteral("Queue consumer stalls after a broker upgrade");
    pm.summary = QStringLiteral("Orders waited in the queue for forty minutes.");
    pm.impact = QStringLiteral("About a third of checkouts were delayed.");
    pm.usersAffectedPercent = 33;
    pm.start = {QDate(2025, 3, 4), QTime(9, 10), 0, QString()};
    pm.end = {QDate(2025, 3, 4), QTime(9, 50), 0, QString()};
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.rootCause = QStringLiteral("The upgraded broker rejected the consumer's old protocol.");
    pm.resolution = QStringLiteral("The consumer was pinned to the new protocol version.");
    pm.timeline = {
        {{QDate(2025, 3, 4), QTime(9, 12), 0, QString()},
         EventKind::Detection,
         QStringLiteral("Queue depth alert fires.")},
        {{QDate(2025, 3, 4), QTime(9, 30), 0, QString()},
         EventKind::Mitigation,
         QStringLiteral("Consumers restarted with the new client.")},
        {{QDate(2025, 3, 4), QTime(9, 50), 0, QString()},
         EventKind::Resolution,
         QStringLiteral("Queue drained.")},
    };
    pm.actionItems = {{QStringLiteral("Add a protocol check to the broker upgrade runbook"),
                       QStringLiteral("task"), QStringLiteral("Ines"), QDate(2025, 4, 1), false}};
    return pm;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryIsConsistent()
    {
        QSet<QString> ids;
        for (const ExportFormat &f : exportFormats()) {
            QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
            QVERIFY(f.write);
            QVERIFY(f.fileFilter);
            QVERIFY(exportFileFilter(f).contains(QLatin1String("(*.")));
            QVERIFY(f.suggestedEnding.contains(QLatin1Char('.')));
        }
        for (const char *id : {"pdf", "md", "html", "json", "odt", "slides-pdf"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        QCOMPARE(findExportFormat(QStringLiteral("ODT"))->id, QStringLiteral("odt"));
        QVERIFY(!findExportFormat(QStringLiteral("docx")));
        QVERIFY(findExportFormat(QStringLiteral("slides-pdf"))->needsFile);
        QVERIFY(exportFormatIds().contains(QLatin1String("odt")));
    }

    void suggestedNames()
    {
        const ExportFormat &pdf = *findExportFormat(QStringLiteral("pdf"));
        const ExportFormat &md = *findExportFormat(QStringLiteral("md"));
        QCOMPARE(suggestedExportPath(QStringLiteral("/x/db.postmortem.md"), pdf),
                 QStringLiteral("/x/db.pdf"));
        // Never the postmortem's own file.
        QCOMPARE(suggestedExportPath(QStringLiteral("/x/db.md"), md),
                 QStringLiteral("/x/db-export.md"));
    }

    void everyFormatWritesAFile_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("---");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("slides-pdf") << QStringLiteral("slides-pdf") << QByteArray("%PDF");
    }

    void everyFormatWritesAFile()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, starts);
        QTemporaryDir dir;
        const ExportFormat *format = findExportFormat(id);
        QVERIFY(format);
        const QString path = suggestedExportPath(dir.filePath(QStringLiteral("q.md")), *format);
        QString error;
        QVERIFY2(format->write(sample(), path, {}, &error), qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY2(data.startsWith(starts), data.left(40).constData());
        if (id == QLatin1String("json"))
            QCOMPARE(
                QJsonDocument::fromJson(data).object().value(QLatin1String("title")).toString(),
                sample().title);
    }

    void aFailedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/x.odt"));
        QString error;
        QVERIFY(!findExportFormat(QStringLiteral("odt"))->write(sample(), path, {}, &error));
        QVERIFY2(error.contains(QLatin1String("x.odt")), qPrintable(error));
    }

    void odtHasHeadingsTablesAndTheChart()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("needs unzip (packaging/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.odt"));
        QString error;
        QVERIFY2(findExportFormat(QStringLiteral("odt"))->write(sample(), path, {}, &error),
                 qPrintable(error));
        // An OpenDocument package: the first entry is the uncompressed mimetype.
        QVERIFY(readAll(path).contains("application/vnd.oasis.opendocument.text"));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(content.contains(sample().title));
        // Qt 6.4's OpenDocument writer gives headings as bold, larger paragraphs (no text:h).
        QVERIFY(content.contains(QLatin1String(">Root cause<")));
        QVERIFY(content.contains(QLatin1String("fo:font-weight=\"bold\"")));
        QVERIFY(content.contains(QLatin1String("<table:table "))); // key facts, timeline
        QVERIFY(content.contains(QLatin1String("Queue depth alert fires.")));
        QVERIFY(content.contains(QLatin1String("<draw:image"))); // the timeline chart
        QProcess list;
        list.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(list.waitForFinished(30000));
        QVERIFY(list.readAllStandardOutput().contains("Pictures/"));
    }
};

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
