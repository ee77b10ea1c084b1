// The action-item ledger: order, and CSV and iCalendar read back field by field.
#include "core/library/actionexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Hindsight;

namespace {

LibraryAction action(const QString &text, const QDate &due, bool done, int index = 0)
{
    LibraryAction a;
    a.path = QStringLiteral("2024/dns.md");
    a.postmortemTitle = QStringLiteral("DNS, again");
    a.index = index;
    a.item = {text, QStringLiteral("task"), QStringLiteral("Ops"), due, done};
    return a;
}

/// RFC 4180 reader: records of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field), field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text[i + 1] == QLatin1Char('\n')) {
            row.append(field), field.clear();
            rows.append(row), row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// RFC 5545 reader: unfolds lines, returns the VTODOs as property -> value maps (unescaped).
QList<QMap<QString, QString>> parseTodos(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    QList<QMap<QString, QString>> todos;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line == QLatin1String("BEGIN:VTODO")) {
            todos.append(QMap<QString, QString>());
            continue;
        }
        if (todos.isEmpty() || line.startsWith(QLatin1String("END:")))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        QString value = line.mid(colon + 1);
        value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        value.replace(QStringLiteral("\\,"), QStringLiteral(","));
        value.replace(QStringLiteral("\\;"), QStringLiteral(";"));
        value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        todos.last().insert(line.left(colon), value);
    }
    return todos;
}

} // namespace

class TestActionExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ledgerPutsOverdueFirst()
    {
        const QDate today(2024, 6, 1);
        const QList<LibraryAction> sorted
            = sortedForLedger({action(QStringLiteral("done"), QDate(2024, 1, 1), true),
                               action(QStringLiteral("later"), QDate(2024, 7, 1), false),
                               action(QStringLiteral("undated"), QDate(), false),
                               action(QStringLiteral("late"), QDate(2024, 5, 1), false),
                               action(QStringLiteral("very late"), QDate(2024, 2, 1), false),
                               action(QStringLiteral("today"), today, false)},
                              today);
        QStringList order;
        for (const LibraryAction &a : sorted)
            order.append(a.item.text);
        QCOMPARE(order, (QStringList{QStringLiteral("very late"), QStringLiteral("late"),
                                     QStringLiteral("today"), QStringLiteral("later"),
                                     QStringLiteral("undated"), QStringLiteral("done")}));
        QVERIFY(!isOverdue(action(QString(), today, false), today));
    }

    void csvReadsBack()
    {
        const QString tricky = QStringLiteral("Fix \"the\" relay, then\nwrite it down");
        const QByteArray csv = actionsToCsv({action(tricky, QDate(2024, 5, 1), false),
                                             action(QStringLiteral("Done"), QDate(), true, 1)},
                                            QDate(2024, 6, 1));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].size(), 8);
        QCOMPARE(rows[0][2], QStringLiteral("action item"));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("DNS, again"), QStringLiteral("2024/dns.md"),
                                       tricky, QStringLiteral("task"), QStringLiteral("Ops"),
                                       QStringLiteral("2024-05-01"), QStringLiteral("open"),
                                       QStringLiteral("yes")}));
        QCOMPARE(rows[2][5], QString());
        QCOMPARE(rows[2][6], QStringLiteral("done"));
        QCOMPARE(rows[2][7], QStringLiteral("no"));
    }

    void icsReadsBack()
    {
        const QString longText = QStringLiteral("Rotate the relay's certificate; automate it, "
                                                "and alert thirty days before expiry — every "
                                                "time, on every relay in every region");
        const QByteArray ics = actionsToIcs({action(longText, QDate(2024, 5, 1), false),
                                             action(QStringLiteral("Done"), QDate(), true, 1)},
                                            QDateTime(QDate(2024, 6, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
        const auto todos = parseTodos(ics);
        QCOMPARE(todos.size(), 2);
        QCOMPARE(todos[0].value(QStringLiteral("SUMMARY")), longText);
        QCOMPARE(todos[0].value(QStringLiteral("DUE;VALUE=DATE")), QStringLiteral("20240501"));
        QCOMPARE(todos[0].value(QStringLiteral("STATUS")), QStringLiteral("NEEDS-ACTION"));
        QCOMPARE(todos[0].value(QStringLiteral("DTSTAMP")), QStringLiteral("20240601T093000Z"));
        QVERIFY(todos[0].value(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("Ops")));
        QVERIFY(todos[0].value(QStringLiteral("UID")).endsWith(QStringLiteral("@hindsight")));
        QVERIFY(todos[0].value(QStringLiteral("UID")) != todos[1].value(QStringLiteral("UID")));
        QVERIFY(!todos[1].contains(QStringLiteral("DUE;VALUE=DATE")));
        QCOMPARE(todos[1].value(QStringLiteral("STATUS")), QStringLiteral("COMPLETED"));
    }

    void jsonListsEveryField()
    {
        const QJsonArray a
            = QJsonDocument::fromJson(
                  actionsToJson({action(QStringLiteral("x"), QDate(2024, 5, 1), false)},
                                QDate(2024, 6, 1)))
                  .array();
        QCOMPARE(a.size(), 1);
        const QJsonObject o = a[0].toObject();
        QCOMPARE(o[QStringLiteral("due")].toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(o[QStringLiteral("overdue")].toBool(), true);
        QCOMPARE(o[QStringLiteral("file")].toString(), QStringLiteral("2024/dns.md"));
    }
};

QTEST_GUILESS_MAIN(TestActionExport)
#include "tst_actionexport.moc"
