// `hindsight lint FILE [--format text|json]`, run as a real child process: exit codes
// (0 clean or warnings only, 1 errors, 2 unreadable), the text lines and the JSON shape.
#include "clirun.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using HindsightTest::Run;
using HindsightTest::runHindsight;

namespace {

QString seed(const char *prefix)
{
    const QDir dir(HindsightTest::corpusPath(QStringLiteral("seeds")));
    const QStringList found
        = dir.entryList({QString::fromLatin1(prefix) + QStringLiteral("_*.txt")}, QDir::Files);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

/// An early draft: a summary, an impact line and one timeline entry, but no duration, root
/// cause or action items, so the course rules report errors.
const QByteArray kThinDraft = "# Checkout outage\n\n## Summary\n\nCheckout failed for a while.\n\n"
                              "## Impact\n\nCustomers could not pay.\n\n"
                              "## Timeline\n\n- 10:02 Alerts fired for checkout errors\n";

} // namespace

class TestLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(HINDSIGHT_EXE))); }

    void warningsOnlyExitZero()
    {
        // Seed 000 is complete; what remains are warnings (owners, due dates, length).
        const QString path = seed("000");
        QVERIFY(!path.isEmpty());
        const Run r = runHindsight({QStringLiteral("lint"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.last().contains(": 0 errors, "), lines.last().constData());
        for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
            QVERIFY2(line.startsWith(path.toUtf8() + ": warning: ")
                         || line.startsWith(path.toUtf8() + ": hint: "),
                     line.constData());
            QVERIFY2(line.endsWith(']'), line.constData()); // "[rule.id]"
        }
    }

    void reviewerFindsTheMisspellingInSeed004()
    {
        const Run r = runHindsight({QStringLiteral("lint"), seed("004")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("hint: Timeline row 2: \"Enginner\" is not in the dictionary")
                     && r.out.contains("\"Engineer\"") && r.out.contains("[spelling.unknown-word]"),
                 r.out.constData());
    }

    void errorsExitOneAndJsonHasTheContractShape()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("thin.md"), kThinDraft);
        QVERIFY(!path.isEmpty());

        const Run text = runHindsight({QStringLiteral("lint"), path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains(": error: "));
        QVERIFY(text.out.contains("[course.root-cause]"));

        const Run r = runHindsight(
            {QStringLiteral("lint"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(root.value(QStringLiteral("imported")).toBool(), true);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QHash<QString, int> counted;
        QStringList rules;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.keys(), (QStringList{QStringLiteral("message"), QStringLiteral("rule"),
                                            QStringLiteral("severity"), QStringLiteral("where")}));
            const QString severity = f.value(QStringLiteral("severity")).toString();
            QVERIFY2(QStringList({QStringLiteral("error"), QStringLiteral("warning"),
                                  QStringLiteral("hint")})
                         .contains(severity),
                     qPrintable(severity));
            ++counted[severity];
            QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
            rules.append(f.value(QStringLiteral("rule")).toString());
            const QJsonObject where = f.value(QStringLiteral("where")).toObject();
            QVERIFY(where.value(QStringLiteral("field")).isString());
            const QJsonValue index = where.value(QStringLiteral("index"));
            QVERIFY(index.isNull() || index.toInt(-1) >= 0);
        }
        QVERIFY(rules.contains(QStringLiteral("course.root-cause")));
        QVERIFY(rules.contains(QStringLiteral("course.duration")));
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("errors")).toInt(),
                 counted.value(QStringLiteral("error")));
        QCOMPARE(counts.value(QStringLiteral("warnings")).toInt(),
                 counted.value(QStringLiteral("warning")));
        QCOMPARE(counts.value(QStringLiteral("hints")).toInt(),
                 counted.value(QStringLiteral("hint")));
        QVERIFY(counted.value(QStringLiteral("error")) > 0);
        // Errors come first.
        QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("error"));
    }

    void unreadableFileExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0",
                                              18);
    }
    void unreadableFileExitsTwo()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = content.isEmpty() ? dir.filePath(QStringLiteral("nope.md"))
                                               : writeFile(dir, QStringLiteral("a.bin"), content);
        const Run r = runHindsight({QStringLiteral("lint"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("hindsight: ") && r.err.count('\n') == 1, r.err.constData());
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(runHindsight({QStringLiteral("lint")}).exitCode, 2);
        const Run r = runHindsight({QStringLiteral("lint"), seed("000"), QStringLiteral("--format"),
                                    QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--format must be text or json"));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
