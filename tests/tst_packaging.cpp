// The desktop integration files in packaging/: the desktop entry, the AppStream metainfo, the
// MIME type and the icons. The freedesktop validators run on them (install-deps.sh installs
// the tools, so CI runs them; a machine without one skips only that check), their ids agree,
// and Qt's MIME database, given the MIME package, recognises the files Hindsight writes.
#include "core/nativeformat.h"
#include "core/postmortem.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hindsight;

namespace {

const QString kAppId = QStringLiteral("io.github.hindsight.Hindsight");
const QString kPackaging = QStringLiteral(HINDSIGHT_SOURCE_DIR "/packaging/");
const QString kMimeType = QStringLiteral("application/x-hindsight-postmortem");

struct Result
{
    int exitCode = -1;
    QString output; // standard output and standard error, merged
};

/// Runs `program` (an absolute path) with `args`; waits up to 60 s.
Result run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

/// The keys of a desktop entry's [Desktop Entry] group (Desktop Entry Specification:
/// `Key=Value` lines, `#` comments, groups in brackets). Values are returned unescaped-as-is.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QHash<QString, QString> keys;
    QString group;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            group = line;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (group == QLatin1String("[Desktop Entry]") && eq > 0)
            keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return keys;
}

/// Every element named `name` in the XML file at `path`: its text and attributes, in order.
/// Fails the calling test (through `ok`) when the file does not parse.
struct Element
{
    QString text;
    QXmlStreamAttributes attributes;
};
QList<Element> elements(const QString &path, const QString &name, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&f);
    QList<Element> found;
    while (*ok && !xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name) {
            Element e;
            e.attributes = xml.attributes();
            e.text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            found.append(e);
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        *ok = false;
    }
    return found;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopEntryValidates();
    void metainfoValidates();
    void mimePackageParses();
    void idsAgree();
    void screenshotsMatchTheMetainfo();
    void iconsHaveEverySize();
    void mimeDatabaseRecognisesHindsightFiles_data();
    void mimeDatabaseRecognisesHindsightFiles();
    void savedFileCarriesTheMagic();

private:
    QTemporaryDir m_dataDir;
};

void TestPackaging::initTestCase()
{
    // Qt reads the MIME packages under $XDG_DATA_DIRS/mime/packages when there is no mime.cache
    // beside them: install ours there, ahead of the system's database, before the database
    // is first used.
    QVERIFY(m_dataDir.isValid());
    QVERIFY(QDir(m_dataDir.path()).mkpath(QStringLiteral("share/mime/packages")));
    QVERIFY(QDir(m_dataDir.path()).mkpath(QStringLiteral("home")));
    QVERIFY(QFile::copy(kPackaging + kAppId + QStringLiteral(".mime.xml"),
                        m_dataDir.filePath(QStringLiteral("share/mime/packages/") + kAppId
                                           + QStringLiteral(".xml"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataDir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dataDir.filePath(QStringLiteral("share")))
                                 + ":/usr/local/share:/usr/share");
}

void TestPackaging::desktopEntryValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const Result r = run(tool, {kPackaging + kAppId + QStringLiteral(".desktop")});
    // Clean: no errors (exit status) and no warnings or hints either (output).
    QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
}

void TestPackaging::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const Result r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                kPackaging + kAppId + QStringLiteral(".metainfo.xml")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // Also no infos or warnings; pedantic notes (an upper-case letter in the id) are allowed.
    for (const QString &line : r.output.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.startsWith(QLatin1String("E:")) && !line.startsWith(QLatin1String("W:"))
                     && !line.startsWith(QLatin1String("I:")),
                 qPrintable(r.output));
    }
}

void TestPackaging::mimePackageParses()
{
    const QString path = kPackaging + kAppId + QStringLiteral(".mime.xml");
    bool ok = false;
    const QList<Element> types = elements(path, QStringLiteral("mime-type"), &ok);
    QVERIFY(ok);
    QCOMPARE(types.size(), 1);
    QCOMPARE(types.first().attributes.value(QLatin1String("type")).toString(), kMimeType);

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (tool.isEmpty())
        QSKIP("xmllint is not installed (Debian: libxml2-utils); parsed with Qt only");
    const Result r = run(tool, {QStringLiteral("--noout"), path});
    QVERIFY2(r.exitCode == 0 && r.output.isEmpty(), qPrintable(r.output));
}

void TestPackaging::idsAgree()
{
    // The desktop entry's file name is the AppStream launchable and the component id; the icon
    // has the same name; the MIME type is listed where the desktop and the software centre
    // look for it.
    const QHash<QString, QString> entry
        = desktopEntry(kPackaging + kAppId + QStringLiteral(".desktop"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("hindsight"));
    const QStringList mimeTypes
        = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QVERIFY2(mimeTypes.contains(kMimeType), qPrintable(mimeTypes.join(QLatin1Char(' '))));
    QVERIFY(mimeTypes.contains(QStringLiteral("text/markdown")));

    const QString metainfo = kPackaging + kAppId + QStringLiteral(".metainfo.xml");
    bool ok = false;
    const QList<Element> ids = elements(metainfo, QStringLiteral("id"), &ok);
    QVERIFY(ok);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().text, kAppId);
    const QList<Element> launchables = elements(metainfo, QStringLiteral("launchable"), &ok);
    QCOMPARE(launchables.size(), 1);
    QCOMPARE(launchables.first().text, kAppId + QStringLiteral(".desktop"));
    const QList<Element> mediatypes = elements(metainfo, QStringLiteral("mediatype"), &ok);
    QCOMPARE(mediatypes.size(), 1);
    QCOMPARE(mediatypes.first().text, kMimeType);
    const QList<Element> binaries = elements(metainfo, QStringLiteral("binary"), &ok);
    QCOMPARE(binaries.size(), 1);
    QCOMPARE(binaries.first().text, QStringLiteral("hindsight"));
}

void TestPackaging::screenshotsMatchTheMetainfo()
{
    // Each screenshot URL names a PNG committed under packaging/screenshots/, with the size the
    // metainfo states, small enough for a software centre to fetch.
    bool ok = false;
    const QList<Element> images = elements(kPackaging + kAppId + QStringLiteral(".metainfo.xml"),
                                           QStringLiteral("image"), &ok);
    QVERIFY(ok);
    QVERIFY(!images.isEmpty());
    for (const Element &image : images) {
        QVERIFY2(image.text.startsWith(QLatin1String("https://")), qPrintable(image.text));
        const qsizetype at = image.text.indexOf(QLatin1String("/packaging/screenshots/"));
        QVERIFY2(at > 0, qPrintable(image.text));
        const QString file = QStringLiteral(HINDSIGHT_SOURCE_DIR) + image.text.mid(at);
        const QImage picture(file);
        QVERIFY2(!picture.isNull(), qPrintable(file));
        QCOMPARE(picture.width(), image.attributes.value(QLatin1String("width")).toInt());
        QCOMPARE(picture.height(), image.attributes.value(QLatin1String("height")).toInt());
        QVERIFY2(QFileInfo(file).size() < 300 * 1024, qPrintable(file));
    }
}

void TestPackaging::iconsHaveEverySize()
{
    QSvgRenderer svg(kPackaging + QStringLiteral("icons/") + kAppId + QStringLiteral(".svg"));
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBoxF().width(), svg.viewBoxF().height());
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QString file = kPackaging + QStringLiteral("icons/%1x%1/").arg(size) + kAppId
                             + QStringLiteral(".png");
        const QImage png(file);
        QVERIFY2(!png.isNull(), qPrintable(file));
        QCOMPARE(png.size(), QSize(size, size));
        QVERIFY(png.hasAlphaChannel());
        // Drawn, not blank: the page's centre is opaque, the corner outside it transparent.
        QCOMPARE(png.pixelColor(size / 2, size / 2).alpha(), 255);
        QCOMPARE(png.pixelColor(0, 0).alpha(), 0);
    }
}

void TestPackaging::mimeDatabaseRecognisesHindsightFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("hindsight");

    const QByteArray sample = readFile(QStringLiteral(HINDSIGHT_SOURCE_DIR)
                                       + QStringLiteral("/resources/sample-postmortem.md"));
    QVERIFY(sample.startsWith("---\nhindsight:"));
    QTest::newRow("bundled sample, by content") << QString() << sample << true;
    QTest::newRow("CRLF line ends")
        << QString() << QByteArray(sample).replace("\n", "\r\n") << true;
    QTest::newRow("by name") << QStringLiteral("incident.postmortem.md") << QByteArray() << true;
    QTest::newRow("plain Markdown by name")
        << QStringLiteral("notes.md") << QByteArray("# Outage\n\nIt broke.\n") << false;
    QTest::newRow("plain Markdown by content")
        << QString() << QByteArray("# Outage\n\nhindsight: 1\n") << false;
    QTest::newRow("other front matter")
        << QString() << QByteArray("---\ntitle: Outage\nhindsight: 1\n---\n# Outage\n") << false;
}

void TestPackaging::mimeDatabaseRecognisesHindsightFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, hindsight);

    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(kMimeType);
    QVERIFY2(type.isValid(), "the MIME package was not loaded");
    QVERIFY(type.inherits(QStringLiteral("text/markdown")));
    QVERIFY(type.globPatterns().contains(QStringLiteral("*.postmortem.md")));

    const QMimeType found = fileName.isEmpty() ? db.mimeTypeForData(content)
                                               : db.mimeTypeForFileNameAndData(fileName, content);
    QVERIFY2((found.name() == kMimeType) == hindsight, qPrintable(found.name()));
}

void TestPackaging::savedFileCarriesTheMagic()
{
    // What Hindsight saves is recognised by content, whatever the file is called: the writer's
    // first front-matter key and the MIME magic agree.
    Postmortem pm;
    pm.title = QStringLiteral("Cache stampede");
    pm.summary = QStringLiteral("Everything was slow.");
    const QByteArray saved = writeNativeFormat(pm);
    QCOMPARE(QMimeDatabase().mimeTypeForData(saved).name(), kMimeType);
}

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
