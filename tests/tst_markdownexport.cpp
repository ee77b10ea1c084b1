// Markdown export with image sidecars: files written, the link, reading back, saving without.
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/markdownexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Hindsight;

namespace {

Moment at(const QDate &date, int h, int m)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = 0;
    return mo;
}

Postmortem sample()
{
    const QDate d1(2024, 2, 15);
    const QDate d2(2024, 2, 16);
    Postmortem pm;
    pm.title = QStringLiteral("Load balancer outage");
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(d1, 22, 0);
    pm.end = at(d2, 2, 0);
    pm.summary = QStringLiteral("The core service was down.");
    pm.timeline = {
        {at(d1, 22, 0), EventKind::Detection, QStringLiteral("Alerts fire.")},
        {at(d1, 23, 0), EventKind::Misleading, QStringLiteral("DDoS suspected.")},
        {at(d2, 2, 0), EventKind::Resolution, QStringLiteral("Load balancer fixed.")},
    };
    return pm;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Image links ("![alt](url)") in Markdown text, as (alt, url) pairs.
QList<std::pair<QString, QString>> imageLinks(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("!\\[([^\\]]*)\\]\\(([^)]*)\\)"));
    QList<std::pair<QString, QString>> out;
    for (auto it = re.globalMatch(markdown); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2)});
    }
    return out;
}

} // namespace

class TestMarkdownExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesChartBesideAndLinksIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my notes.md"));
        QString error;
        QVERIFY2(exportMarkdown(sample(), path, &error), qPrintable(error));
        QCOMPARE(markdownAssetsDirectory(path), dir.filePath(QStringLiteral("my notes.assets")));

        const QString png = dir.filePath(QStringLiteral("my notes.assets/timeline.png"));
        const QString svg = dir.filePath(QStringLiteral("my notes.assets/timeline.svg"));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1800, 760));
        QVERIFY(readText(svg).contains(QLatin1String("<svg")));

        const QString text = readText(path);
        const auto links = imageLinks(text);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first, QStringLiteral("Timeline chart"));
        QCOMPARE(links.first().second, QStringLiteral("my%20notes.assets/timeline.png"));
        // The link resolves, relative to the Markdown file, to the picture.
        QVERIFY(QFileInfo::exists(QFileInfo(path).dir().filePath(
            QUrl::fromPercentEncoding(links.first().second.toUtf8()))));
        // It sits in the Timeline section, above the table.
        const qsizetype heading = text.indexOf(QLatin1String("\n## Timeline\n"));
        const qsizetype link = text.indexOf(QLatin1String("![Timeline chart]"));
        const qsizetype table = text.indexOf(QLatin1String("| Time | Kind | Event |"));
        QVERIFY(heading > 0 && heading < link && link < table);
    }

    void readingBackDropsTheLinkOnly()
    {
        QTemporaryDir dir;
        Postmortem pm = sample();
        pm.sections = {{QStringLiteral("Lessons"), QStringLiteral("Check configs.")}};
        const QString path = dir.filePath(QStringLiteral("out.md"));
        QString error;
        QVERIFY2(exportMarkdown(pm, path, &error), qPrintable(error));
        const NativeReadResult r = readNativeFormat(readText(path));
        QVERIFY(r.ok);
        QCOMPARE(r.postmortem,
                 readNativeFormat(QString::fromUtf8(writeNativeFormat(pm))).postmortem);
        QCOMPARE(r.postmortem.sections.size(), 1); // no "Timeline notes" from the link

        // Export -> open -> export gives the same file, with one link.
        const QString again = dir.filePath(QStringLiteral("again.md"));
        QVERIFY(exportMarkdown(r.postmortem, again, &error));
        QString expected = readText(path);
        expected.replace(QLatin1String("out.assets"), QLatin1String("again.assets"));
        QCOMPARE(readText(again), expected);

        // Prose a user wrote under the table is kept; so is an image with other alt text.
        QString edited = readText(path);
        edited.replace(
            QLatin1String("\n## Root cause"),
            QLatin1String("\nA note under the table.\n\n![Graph](out.assets/timeline.png)\n"
                          "\n## Root cause"));
        const NativeReadResult e = readNativeFormat(edited);
        QVERIFY(e.ok);
        QCOMPARE(e.postmortem.sections.size(), 2);
        const Section &notes = e.postmortem.sections.first(); // in document order
        QCOMPARE(notes.heading, QStringLiteral("Timeline notes"));
        QVERIFY(notes.text.contains(QLatin1String("A note under the table.")));
        QVERIFY(notes.text.contains(QLatin1String("![Graph]")));
        QVERIFY(!notes.text.contains(QLatin1String("![Timeline chart]")));
    }

    void noTimedEventsNoChart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.md"));
        QString error;
        QVERIFY(exportMarkdown(sample(), path, &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("out.assets"))).isDir());

        Postmortem untimed = sample();
        for (TimelineEvent &e : untimed.timeline)
            e.at = Moment();
        QVERIFY2(exportMarkdown(untimed, path, &error), qPrintable(error));
        QVERIFY(imageLinks(readText(path)).isEmpty());
        // The earlier export's pictures are gone, and the emptied folder with them.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.assets"))));
    }

    void saveNeverWritesSidecars()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.md"));
        QString error;
        QVERIFY(savePostmortemFile(sample(), path, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("saved.md")});
        QVERIFY(imageLinks(readText(path)).isEmpty());
    }

    void unwritablePathFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/out.md"));
        QFile blocker(dir.filePath(QStringLiteral("missing")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        QString error;
        QVERIFY(!exportMarkdown(sample(), path, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    }
};

QTEST_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
