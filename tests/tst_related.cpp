// Related incidents: scoring by shared services, tags and root-cause terms.
#include "core/library/related.h"

#include <QTest>

using namespace Hindsight;

namespace {

LibraryEntry entry(const QString &path, const QStringList &services, const QStringList &tags,
                   const QString &rootCause, qint64 start = 0)
{
    LibraryEntry e;
    e.path = path;
    e.title = path;
    e.services = services;
    e.tags = tags;
    e.rootCause = rootCause;
    e.startUtcMinutes = start;
    return e;
}

} // namespace

class TestRelated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void termsAreSignificantWords()
    {
        QCOMPARE(rootCauseTerms(QStringLiteral("The certificates expired because nobody owned "
                                               "the renewal; the certificate had no alert.")),
                 (QStringList{QStringLiteral("certificate"), QStringLiteral("expired"),
                              QStringLiteral("owned"), QStringLiteral("renewal"),
                              QStringLiteral("alert")}));
    }

    void ranksBySharedServicesTagsAndTerms()
    {
        Postmortem pm;
        pm.title = QStringLiteral("Relay certificate expired");
        pm.services = {QStringLiteral("mail")};
        pm.tags = {QStringLiteral("certificate")};
        pm.rootCause = QStringLiteral("A certificate expired without an alert.");
        const QList<LibraryEntry> library
            = {entry(QStringLiteral("self.md"), {QStringLiteral("mail")},
                     {QStringLiteral("certificate")}, pm.rootCause),
               entry(QStringLiteral("unrelated.md"), {QStringLiteral("db")},
                     {QStringLiteral("capacity")}, QStringLiteral("Disk full.")),
               entry(QStringLiteral("tag-and-terms.md"), {QStringLiteral("cdn")},
                     {QStringLiteral("Certificate")},
                     QStringLiteral("The CDN certificate expired; no alert watched it.")),
               entry(QStringLiteral("service.md"), {QStringLiteral("MAIL")}, {},
                     QStringLiteral("Queue stuck."), 5),
               entry(QStringLiteral("terms-only.md"), {}, {},
                     QStringLiteral("An alert was missing."), 9),
               entry(QStringLiteral("service-older.md"), {QStringLiteral("mail")}, {},
                     QStringLiteral("Queue stuck."), 1)};
        const QList<RelatedIncident> r
            = relatedIncidents(pm, library, QStringLiteral("self.md"), 3);
        QCOMPARE(r.size(), 3);
        // tag (2) + certificate, expired, alert (3) = 5
        QCOMPARE(r[0].entry.path, QStringLiteral("tag-and-terms.md"));
        QCOMPARE(r[0].score, 5.0);
        QCOMPARE(r[0].sharedTags, QStringList{QStringLiteral("certificate")});
        QCOMPARE(r[0].sharedTerms.size(), 3);
        // Services (3 each): the more recent first.
        QCOMPARE(r[1].entry.path, QStringLiteral("service.md"));
        QCOMPARE(r[2].entry.path, QStringLiteral("service-older.md"));
        // Every candidate with something in common when the limit allows.
        QCOMPARE(relatedIncidents(pm, library, QStringLiteral("self.md"), 10).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestRelated)
#include "tst_related.moc"
