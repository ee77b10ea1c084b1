// The hindsight executable's command line, run as a real child process.
#include "clirun.h"
#include "corpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using HindsightTest::Run;

Run hindsight(const QStringList &args, bool offscreen = true)
{
    return HindsightTest::runHindsight(args, offscreen);
}

QStringList seedFiles()
{
    const QDir dir(HindsightTest::corpusPath(QStringLiteral("seeds")));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(f));
    return files;
}

const char kSpec[] = "id: web\n"
                     "title: Web tier\n"
                     "caption: One backend took the traffic.\n"
                     "incident:\n"
                     "  requestRate: 9000\n"
                     "  algorithm: weighted-round-robin\n"
                     "  backends:\n"
                     "    - {name: alpha-1, capacity: 3000, weight: 10}\n"
                     "    - {name: beta-2, capacity: 3000, weight: 1}\n"
                     "fixed:\n"
                     "  requestRate: 9000\n"
                     "  algorithm: round-robin\n"
                     "  backends:\n"
                     "    - {name: alpha-1, capacity: 3000}\n"
                     "    - {name: gamma-3, capacity: 3000, inPool: false}\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return QString();
    return path;
}

/// The viewBox size of an SVG document (invalid when there is none).
QSizeF svgViewBox(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("svg")) {
            const QStringList box = xml.attributes()
                                        .value(QLatin1String("viewBox"))
                                        .toString()
                                        .split(QLatin1Char(' '));
            if (box.size() == 4)
                return QSizeF(box[2].toDouble(), box[3].toDouble());
        }
        break;
    }
    return QSizeF();
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(HINDSIGHT_EXE))); }

    void seedsToJsonFollowTheContract_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : seedFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
        QVERIFY(seedFiles().size() == 5);
    }
    void seedsToJsonFollowTheContract()
    {
        QFETCH(QString, path);
        const QByteArray before = sha(path);
        const Run r = hindsight(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("hindsight.postmortem/1"));
        for (const char *key :
             {"title", "status", "severity", "authors", "timezone", "incident", "impact", "summary",
              "rootCause", "resolution", "timeline", "actionItems", "sections", "metrics"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject start = o[QStringLiteral("incident")][QStringLiteral("start")].toObject();
        for (const char *key : {"date", "time", "utcOffsetMinutes", "text"})
            QVERIFY2(start.contains(QLatin1String(key)), key);
        QVERIFY(QDate::fromString(start[QStringLiteral("date")].toString(), Qt::ISODate).isValid());
        QVERIFY(QTime::fromString(start[QStringLiteral("time")].toString(), QStringLiteral("HH:mm"))
                    .isValid());
        for (const QJsonValue &e : o[QStringLiteral("timeline")].toArray()) {
            const QJsonObject event = e.toObject();
            QVERIFY(event[QStringLiteral("at")].isObject());
            QVERIFY(!event[QStringLiteral("kind")].toString().isEmpty());
            QVERIFY(event[QStringLiteral("text")].isString());
        }
        for (const QJsonValue &a : o[QStringLiteral("actionItems")].toArray()) {
            const QString status = a[QStringLiteral("status")].toString();
            QVERIFY(status == QLatin1String("open") || status == QLatin1String("done"));
        }
        const QJsonObject metrics = o[QStringLiteral("metrics")].toObject();
        for (const char *key : {"durationMinutes", "timeToDetectMinutes", "timeToMitigateMinutes",
                                "timeToResolveMinutes"})
            QVERIFY2(metrics.contains(QLatin1String(key)), key);
        QCOMPARE(sha(path), before); // converting never modifies the input
    }

    void markdownExportReimportsToSameFacts_data() { seedsToJsonFollowTheContract_data(); }
    void markdownExportReimportsToSameFacts()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("out.md"));
        QCOMPARE(hindsight({QStringLiteral("convert"), path, QStringLiteral("--to"),
                            QStringLiteral("md"), QStringLiteral("-o"), md})
                     .exitCode,
                 0);
        const Run a = hindsight(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("json")});
        const Run b = hindsight(
            {QStringLiteral("convert"), md, QStringLiteral("--to"), QStringLiteral("json")});
        QCOMPARE(b.exitCode, 0);
        QJsonObject ja = QJsonDocument::fromJson(a.out).object();
        QJsonObject jb = QJsonDocument::fromJson(b.out).object();
        // Facts, not the source's wording: drop the Moment texts before comparing.
        const auto dropText = [](QJsonObject o) {
            QJsonObject inc = o[QStringLiteral("incident")].toObject();
            for (const QString &k : {QStringLiteral("start"), QStringLiteral("end")}) {
                QJsonObject m = inc[k].toObject();
                m.remove(QStringLiteral("text"));
                inc[k] = m;
            }
            o[QStringLiteral("incident")] = inc;
            QJsonArray timeline;
            for (const QJsonValue &v : o[QStringLiteral("timeline")].toArray()) {
                QJsonObject e = v.toObject();
                QJsonObject at = e[QStringLiteral("at")].toObject();
                at.remove(QStringLiteral("text"));
                e[QStringLiteral("at")] = at;
                timeline.append(e);
            }
            o[QStringLiteral("timeline")] = timeline;
            return o;
        };
        ja = dropText(ja);
        jb = dropText(jb);
        for (const char *key : {"incident", "impact", "rootCause", "resolution", "timeline",
                                "actionItems", "metrics", "timezone", "summary", "sections"})
            QVERIFY2(ja[QLatin1String(key)] == jb[QLatin1String(key)], key);
    }

    void markdownExportWritesTheChartBeside()
    {
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("out.md"));
        const QString seed = seedFiles().first();
        QCOMPARE(hindsight({QStringLiteral("convert"), seed, QStringLiteral("--to"),
                            QStringLiteral("md"), QStringLiteral("-o"), md})
                     .exitCode,
                 0);
        const QString png = dir.filePath(QStringLiteral("out.assets/timeline.png"));
        QVERIFY(QFile::exists(png));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out.assets/timeline.svg"))));
        QFile pngFile(png);
        QVERIFY(pngFile.open(QIODevice::ReadOnly));
        QVERIFY(pngFile.read(8).startsWith("\x89PNG"));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count("![Timeline chart](out.assets/timeline.png)"), 1);
        QVERIFY(text.indexOf("## Timeline") < text.indexOf("![Timeline chart]"));

        // Exported again from the export: still one link, nothing turned into a section.
        const QString again = dir.filePath(QStringLiteral("again.md"));
        QCOMPARE(hindsight({QStringLiteral("convert"), md, QStringLiteral("--to"),
                            QStringLiteral("md"), QStringLiteral("-o"), again})
                     .exitCode,
                 0);
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray againText = g.readAll();
        QCOMPARE(againText.count("![Timeline chart](again.assets/timeline.png)"), 1);
        QVERIFY(!againText.contains("Timeline notes"));

        // Standard output: the text only, no link to pictures that were not written.
        const Run out = hindsight(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("md")});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.contains("## Timeline"));
        QVERIFY(!out.out.contains("![Timeline chart]"));
    }

    void htmlAndPdfExports()
    {
        QTemporaryDir dir;
        const QString seed = seedFiles().first();
        const Run html = hindsight(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains("<html"));
        QVERIFY(html.out.contains("Timeline"));
        // The chart, embedded: the only data: URL, in the Timeline section.
        QCOMPARE(html.out.count("<img src=\"data:image/png;base64,"), 1);
        QVERIFY(html.out.indexOf("<h2>Timeline</h2>") < html.out.indexOf("data:image/png"));
        const QString pdf = dir.filePath(QStringLiteral("seed.pdf"));
        const Run r = hindsight({QStringLiteral("convert"), seed, QStringLiteral("--to"),
                                 QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF"));
        // PDF to standard output
        const Run stdoutPdf = hindsight(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("pdf")});
        QCOMPARE(stdoutPdf.exitCode, 0);
        QVERIFY(stdoutPdf.out.startsWith("%PDF"));
    }

    void badInputFailsWithOneLine_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty name = missing file
        QTest::addColumn<bool>("create");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
        QTest::newRow("not utf-8") << QByteArray("Caf\xe9 incident \xff\xfe") << true;
        QTest::newRow("not a postmortem")
            << QByteArray("Shopping list\n\n- milk\n- eggs\n- bread\n") << true;
    }
    void badInputFailsWithOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.md"));
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const Run r = hindsight(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("json")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("hindsight: "));
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content); // untouched
        }
    }

    void unwritableOutputAndBadUsage()
    {
        const QString seed = seedFiles().first();
        const Run r = hindsight({QStringLiteral("convert"), seed, QStringLiteral("--to"),
                                 QStringLiteral("md"), QStringLiteral("-o"),
                                 QStringLiteral("/nonexistent-dir/x/out.md")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/x/out.md")));
        const Run bad = hindsight(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("docx")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count('\n'), 1);
    }

    void diagramRendersASpec()
    {
        QTemporaryDir dir;
        const QString spec = writeFile(dir, QStringLiteral("spec.yaml"), kSpec);
        // SVG to standard output: well-formed, every backend named.
        const Run svg = hindsight(
            {QStringLiteral("diagram"), spec, QStringLiteral("--to"), QStringLiteral("svg")});
        QCOMPARE(svg.exitCode, 0);
        QVERIFY(svg.err.isEmpty());
        QXmlStreamReader xml(svg.out);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text().toString();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const char *name : {"alpha-1", "beta-2", "gamma-3", "Web tier"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        const QSizeF natural = svgViewBox(svg.out);
        QVERIFY(natural.width() > 100 && natural.height() > 100);

        // PNG: twice the natural size by default (print resolution) ...
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QCOMPARE(hindsight({QStringLiteral("diagram"), spec, QStringLiteral("--to"),
                            QStringLiteral("png"), QStringLiteral("-o"), png})
                     .exitCode,
                 0);
        QCOMPARE(QImage(png).size(), (natural * 2).toSize());
        // ... exactly the size asked for, or one side with the aspect ratio kept.
        QCOMPARE(
            hindsight({QStringLiteral("diagram"), spec, QStringLiteral("--to"),
                       QStringLiteral("png"), QStringLiteral("-o"), png, QStringLiteral("--width"),
                       QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("420")})
                .exitCode,
            0);
        QCOMPARE(QImage(png).size(), QSize(1000, 420));
        QCOMPARE(
            hindsight({QStringLiteral("diagram"), spec, QStringLiteral("--to"),
                       QStringLiteral("png"), QStringLiteral("-o"), png, QStringLiteral("--width"),
                       QStringLiteral("700"), QStringLiteral("--theme"), QStringLiteral("dark")})
                .exitCode,
            0);
        const QImage dark(png);
        QCOMPARE(dark.size(), QSize(700, qRound(700 * natural.height() / natural.width())));
        QVERIFY(qGray(dark.pixel(2, 2)) < 60);
    }

    void diagramErrors_data()
    {
        QTest::addColumn<QByteArray>("spec"); // empty: the spec file does not exist
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        const QStringList png{QStringLiteral("--to"), QStringLiteral("png")};
        QTest::newRow("missing spec") << QByteArray() << png << 1;
        QTest::newRow("malformed yaml") << QByteArray("incident: [oops\n") << png << 1;
        QTest::newRow("not a diagram") << QByteArray("- a\n- b\n") << png << 1;
        QTest::newRow("no incident") << QByteArray("title: x\n") << png << 1;
        QTest::newRow("bad format")
            << QByteArray(kSpec) << QStringList{QStringLiteral("--to"), QStringLiteral("gif")} << 2;
        QTest::newRow("no format") << QByteArray(kSpec) << QStringList() << 2;
        QTest::newRow("bad width")
            << QByteArray(kSpec)
            << (png + QStringList{QStringLiteral("--width"), QStringLiteral("0")}) << 2;
        QTest::newRow("bad theme")
            << QByteArray(kSpec)
            << (png + QStringList{QStringLiteral("--theme"), QStringLiteral("sepia")}) << 2;
        QTest::newRow("unwritable output")
            << QByteArray(kSpec)
            << (png + QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x/o.png")})
            << 3;
    }
    void diagramErrors()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QTemporaryDir dir;
        const QString path = spec.isEmpty() ? dir.filePath(QStringLiteral("none.yaml"))
                                            : writeFile(dir, QStringLiteral("s.yaml"), spec);
        const Run r = hindsight(QStringList{QStringLiteral("diagram"), path} + options);
        QCOMPARE(r.exitCode, status);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("hindsight: "));
    }

    void convertExportsTheSampleDiagram()
    {
        QTemporaryDir dir;
        const QString sample
            = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md");
        const QString md = dir.filePath(QStringLiteral("sample.md"));
        QCOMPARE(hindsight({QStringLiteral("convert"), sample, QStringLiteral("--to"),
                            QStringLiteral("md"), QStringLiteral("-o"), md})
                     .exitCode,
                 0);
        QVERIFY(!QImage(dir.filePath(QStringLiteral("sample.assets/lb-1.png"))).isNull());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sample.assets/lb-1.svg"))));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("](sample.assets/lb-1.png)"));
        QVERIFY(text.contains("\ndiagrams:\n")); // the spec stays editable
        const Run html = hindsight(
            {QStringLiteral("convert"), sample, QStringLiteral("--to"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QCOMPARE(html.out.count("<img class=\"diagram\" src=\"data:image/png;base64,"), 1);
    }

    void reportGoesToStandardError()
    {
        // A foreign file: standard output is the same clean JSON with or without --report; the
        // report goes to standard error.
        const QString path = HindsightTest::corpusPath(QStringLiteral("corpus/025.md"));
        const QStringList args{QStringLiteral("convert"), path, QStringLiteral("--to"),
                               QStringLiteral("json")};
        const Run plain = hindsight(args);
        const Run reported = hindsight(args + QStringList{QStringLiteral("--report")});
        QCOMPARE(reported.exitCode, 0);
        QCOMPARE(reported.out, plain.out);
        QJsonParseError error;
        QJsonDocument::fromJson(reported.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(plain.err.isEmpty());
        const QString err = QString::fromUtf8(reported.err);
        QVERIFY2(err.contains(QStringLiteral("Recognised:")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Guessed:")));
        QVERIFY(err.contains(QStringLiteral("Assumed MM/DD for 07/09/2023")));
        QVERIFY(err.contains(QStringLiteral("WAT")));

        // Several incidents: the report says the first was imported.
        QTemporaryDir dir;
        const QString two = dir.filePath(QStringLiteral("two.md"));
        QFile f(two);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Incident 1\n\n## Summary\nDB down.\n\n## Timeline\n- 10:00 UTC: alert\n\n"
                "## Root Cause\nDisk full.\n\n# Incident 2\n\n## Summary\nCDN down.\n\n"
                "## Timeline\n- 14:00 UTC: alert\n\n## Root Cause\nExpired certificate.\n");
        f.close();
        const Run several = hindsight({QStringLiteral("convert"), two, QStringLiteral("--to"),
                                       QStringLiteral("json"), QStringLiteral("--report")});
        QCOMPARE(several.exitCode, 0);
        QVERIFY2(several.err.contains("2 incidents"), several.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(several.out).object();
        QCOMPARE(o.value(QStringLiteral("rootCause")).toString(), QStringLiteral("Disk full."));
    }

    void versionNeedsNoDisplay()
    {
        const Run r = hindsight({QStringLiteral("--version")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(HINDSIGHT_VERSION), r.out.constData());
        const Run c
            = hindsight({QStringLiteral("convert"), seedFiles().first(), QStringLiteral("--to"),
                         QStringLiteral("pdf"), QStringLiteral("-o"),
                         QDir::temp().filePath(QStringLiteral("hs-nodisplay.pdf"))},
                        false);
        QCOMPARE(c.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
