#include "importer.h"
#include <QTest>
class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(!Hindsight::importMarkdown(QStringLiteral("x")).sections.isEmpty()); }
};
QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
