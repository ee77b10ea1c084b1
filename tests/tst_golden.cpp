// Golden files for the exports: every input under tests/data/golden/input/ (our own documents,
// native and foreign) is opened as the program opens it and rendered to HTML (renderHtml, the
// preview's and exports' markup, without pictures), Markdown (the native format) and JSON; each
// must equal its file in tests/data/golden/. To regenerate after an intended change:
//
//     HINDSIGHT_UPDATE_GOLDEN=1 build/tests/tst_golden && git diff tests/data/golden
//
// and review the diff before committing it (tests/data/golden/README.md).
#include "core/jsonexport.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/htmlrenderer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Hindsight;

namespace {

QString goldenDir()
{
    return QStringLiteral(HINDSIGHT_TEST_DATA "/golden");
}

bool updating()
{
    return qEnvironmentVariableIntValue("HINDSIGHT_UPDATE_GOLDEN") == 1;
}

/// The first line where `actual` and `expected` differ, for the failure message.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return QStringLiteral("line %1:\n  got:      %2\n  expected: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
    }
    return QString();
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsMatchGoldenFiles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("format");
        const QDir inputs(goldenDir() + QStringLiteral("/input"));
        const QStringList files = inputs.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const QString &f : files)
            for (const char *format : {"html", "md", "json"})
                QTest::newRow(qPrintable(f + QLatin1Char('.') + QLatin1String(format)))
                    << inputs.filePath(f) << QString::fromLatin1(format);
    }

    void exportsMatchGoldenFiles()
    {
        QFETCH(QString, input);
        QFETCH(QString, format);
        const LoadResult loaded = loadPostmortemFile(input);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QByteArray actual;
        if (format == QLatin1String("html"))
            actual = renderHtml(loaded.postmortem).toUtf8();
        else if (format == QLatin1String("md"))
            actual = writeNativeFormat(loaded.postmortem);
        else
            actual = postmortemToJsonText(loaded.postmortem);

        const QString name = QFileInfo(input).completeBaseName();
        const QString goldenPath
            = goldenDir() + QLatin1Char('/') + name + QLatin1Char('.') + format;
        QFile golden(goldenPath);
        if (updating()) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual);
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly),
                 qPrintable(goldenPath + QStringLiteral(" missing; see the comment at the top")));
        const QByteArray expected = golden.readAll();
        QVERIFY2(actual == expected,
                 qPrintable(goldenPath + QLatin1Char(' ') + firstDifference(actual, expected)));
    }

    void nativeGoldenRoundTrips()
    {
        // The Markdown golden of a native input is byte-identical to the input itself.
        const QString input = goldenDir() + QStringLiteral("/input/cache-eviction.postmortem.md");
        QFile f(input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const LoadResult loaded = loadPostmortemFile(input);
        QVERIFY(loaded.ok && !loaded.imported);
        QCOMPARE(writeNativeFormat(loaded.postmortem), f.readAll());
    }
};

QTEST_MAIN(TestGolden)
#include "tst_golden.moc"
