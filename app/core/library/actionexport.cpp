#include "core/library/actionexport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hindsight {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
        && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString icsText(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char(';'), QLatin1String("\\;"));
    s.replace(QLatin1Char(','), QLatin1String("\\,"));
    s.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return s;
}

/// One content line, folded so no line exceeds 75 octets (RFC 5545 3.1), never inside a UTF-8
/// sequence.
QByteArray icsLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0, lineLimit = 75;
    while (utf8.size() - start > lineLimit) {
        qsizetype cut = start + lineLimit;
        while (cut > start && (uchar(utf8[cut]) & 0xC0) == 0x80)
            --cut; // do not split a multi-byte character
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        lineLimit = 74; // continuation lines start with a space
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}

} // namespace

bool isOverdue(const LibraryAction &a, const QDate &today)
{
    return !a.item.done && a.item.due.isValid() && a.item.due < today;
}

QList<LibraryAction> sortedForLedger(QList<LibraryAction> actions, const QDate &today)
{
    const auto rank = [&](const LibraryAction &a) {
        return isOverdue(a, today) ? 0 : a.item.done ? 2 : 1;
    };
    std::stable_sort(actions.begin(), actions.end(),
                     [&](const LibraryAction &a, const LibraryAction &b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         if (a.item.due.isValid() != b.item.due.isValid())
                             return a.item.due.isValid();
                         return a.item.due < b.item.due;
                     });
    return actions;
}

QByteArray actionsToCsv(const QList<LibraryAction> &actions, const QDate &today)
{
    QByteArray out = "postmortem,file,action item,category,owner,due,status,overdue\r\n";
    for (const LibraryAction &a : actions) {
        const QStringList fields
            = {a.postmortemTitle,
               a.path,
               a.item.text,
               a.item.category,
               a.item.owner,
               a.item.due.isValid() ? a.item.due.toString(Qt::ISODate) : QString(),
               a.item.done ? QStringLiteral("done") : QStringLiteral("open"),
               isOverdue(a, today) ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray actionsToIcs(const QList<LibraryAction> &actions, const QDateTime &now)
{
    QByteArray out;
    out += icsLine(QStringLiteral("BEGIN:VCALENDAR"));
    out += icsLine(QStringLiteral("VERSION:2.0"));
    out += icsLine(QStringLiteral("PRODID:-//Hindsight//Postmortem library//EN"));
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const LibraryAction &a : actions) {
        const QByteArray uid = QCryptographicHash::hash(
                                   (a.path + QLatin1Char('#') + QString::number(a.index)).toUtf8(),
                                   QCryptographicHash::Sha1)
                                   .toHex();
        out += icsLine(QStringLiteral("BEGIN:VTODO"));
        out += icsLine(QStringLiteral("UID:%1@hindsight").arg(QString::fromLatin1(uid)));
        out += icsLine(QStringLiteral("DTSTAMP:") + stamp);
        out += icsLine(QStringLiteral("SUMMARY:") + icsText(a.item.text));
        if (a.item.due.isValid())
            out += icsLine(QStringLiteral("DUE;VALUE=DATE:")
                           + a.item.due.toString(QStringLiteral("yyyyMMdd")));
        out += icsLine(
            QStringLiteral("STATUS:")
            + (a.item.done ? QStringLiteral("COMPLETED") : QStringLiteral("NEEDS-ACTION")));
        QStringList description{a.postmortemTitle, a.path};
        if (!a.item.owner.isEmpty())
            description.append(QStringLiteral("Owner: ") + a.item.owner);
        out += icsLine(QStringLiteral("DESCRIPTION:")
                       + icsText(description.join(QLatin1Char('\n'))));
        if (!a.item.category.isEmpty())
            out += icsLine(QStringLiteral("CATEGORIES:") + icsText(a.item.category));
        out += icsLine(QStringLiteral("END:VTODO"));
    }
    out += icsLine(QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray actionsToJson(const QList<LibraryAction> &actions, const QDate &today)
{
    QJsonArray out;
    for (const LibraryAction &a : actions)
        out.append(QJsonObject{
            {QStringLiteral("postmortem"), a.postmortemTitle},
            {QStringLiteral("file"), a.path},
            {QStringLiteral("index"), a.index},
            {QStringLiteral("text"), a.item.text},
            {QStringLiteral("category"), a.item.category},
            {QStringLiteral("owner"),
             a.item.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.item.owner)},
            {QStringLiteral("due"), a.item.due.isValid()
                                        ? QJsonValue(a.item.due.toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"),
             a.item.done ? QStringLiteral("done") : QStringLiteral("open")},
            {QStringLiteral("overdue"), isOverdue(a, today)}});
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace Hindsight
