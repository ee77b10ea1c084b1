// Importer (importer.h): which field each guess of the import report is about
// (ImportReport::guessedFields), so the form can mark the editors to check. The documents are
// written here, in our own words.
#include "core/importer.h"

#include <QTest>

using namespace Hindsight;

namespace {

/// A postmortem whose incident start and end can only come from its timeline.
const char *const kStartFromTimeline = R"(# Checkout page errors after a cache flush

## Summary

The checkout page returned errors for part of the afternoon after a cache flush.

## Timeline

- 2024-03-05 14:02 The nightly flush job emptied the price cache
- 14:10 An alert fired for checkout errors
- 14:25 The cache was warmed again and the errors stopped

## Root cause

The flush job ran in the daytime because its schedule was written in the wrong zone.
)";

/// The same postmortem with a Duration line that states the span and its zone.
QString statedDuration()
{
    return QString::fromUtf8(kStartFromTimeline)
        .replace(QStringLiteral("\n\n## Summary"),
                 QStringLiteral("\n\nDuration: 2024-03-05 14:02 to 14:25 UTC\n\n## Summary"));
}

/// No root-cause section, two shares of users, a date only.
const char *const kCauseInNotes = R"(# Search results went stale

## Summary

On 2024-06-11 search results were stale for 40% of users, and 15% of users saw errors.

## Notes

The root cause was a <b>stale</b> index alias left by a failed reindex.
)";

QList<FieldId> fieldsOf(const ImportReport &r)
{
    QList<FieldId> fields;
    for (const GuessedField &g : r.guessedFields)
        if (!fields.contains(g.field))
            fields.append(g.field);
    return fields;
}

/// Every field guess is one of the report's guessed sentences, word for word.
void verifyTextsAreGuesses(const ImportReport &r)
{
    for (const GuessedField &g : r.guessedFields)
        QVERIFY2(r.guessed.contains(g.text), qPrintable(g.text));
}

} // namespace

class TestGuessedFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startFromTheTimelineIsAGuessAboutTheStart()
    {
        const ImportResult result = importPostmortem(QString::fromUtf8(kStartFromTimeline));
        const ImportReport &r = result.report;
        QCOMPARE(result.postmortem.start.time, QTime(14, 2));
        QVERIFY(result.postmortem.start.fromTimeline);
        const QStringList start = r.guessesAbout(FieldId::IncidentStart);
        QVERIFY2(!start.isEmpty(), qPrintable(r.toText()));
        QVERIFY2(start.first().contains(QStringLiteral("the timeline's first entry")),
                 qPrintable(start.join(QLatin1Char('\n'))));
        // The end from the last entry: its own sentence and the span's.
        const QStringList end = r.guessesAbout(FieldId::IncidentEnd);
        QVERIFY(end.contains(start.first()));
        QVERIFY(end.contains(QStringLiteral("Incident end taken from the last timeline entry "
                                            "(14:25).")));
        QCOMPARE(r.guessesAbout(FieldId::TimeZone),
                 QStringList{QStringLiteral("No time zone is stated; times are kept as written.")});
        QVERIFY(!fieldsOf(r).contains(FieldId::RootCause)); // a section of its own
        verifyTextsAreGuesses(r);
    }

    void statedDurationIsNoGuess()
    {
        const ImportResult result = importPostmortem(statedDuration());
        const ImportReport &r = result.report;
        QCOMPARE(result.postmortem.start.time, QTime(14, 2));
        QCOMPARE(result.postmortem.end.time, QTime(14, 25));
        QVERIFY2(r.guessesAbout(FieldId::IncidentStart).isEmpty(), qPrintable(r.toText()));
        QVERIFY(r.guessesAbout(FieldId::IncidentEnd).isEmpty());
        QVERIFY(r.guessesAbout(FieldId::TimeZone).isEmpty());
        QVERIFY(r.guessedFields.isEmpty());
    }

    void causePercentAndDayGuesses()
    {
        const ImportReport r = importPostmortem(QString::fromUtf8(kCauseInNotes)).report;
        const QStringList cause = r.guessesAbout(FieldId::RootCause);
        QCOMPARE(cause.size(), 1);
        // The document's words as they are: the report is plain text.
        QVERIFY2(cause.first().contains(QStringLiteral("a <b>stale</b> index alias")),
                 qPrintable(cause.first()));
        const QStringList percent = r.guessesAbout(FieldId::UsersAffectedPercent);
        QCOMPARE(percent.size(), 1);
        QVERIFY(percent.first().contains(QStringLiteral("40% chosen from 40%, 15%")));
        QVERIFY(!r.guessesAbout(FieldId::IncidentStart).isEmpty()); // the first date given
        QVERIFY(r.guessesAbout(FieldId::IncidentEnd).isEmpty());    // none was read
        verifyTextsAreGuesses(r);
    }

    void noRootCauseFound()
    {
        const ImportReport r
            = importPostmortem(QStringLiteral("# Slow logins\n\n## Summary\n\nLogins were "
                                              "slow on 2024-02-01 from 09:00 to 09:30 UTC.\n"))
                  .report;
        QCOMPARE(r.guessesAbout(FieldId::RootCause),
                 QStringList{QStringLiteral("No root cause was found.")});
        verifyTextsAreGuesses(r);
    }

    void assumedMonthFirstDatesTheStart()
    {
        // 03/04/2024 could be 3 April or 4 March: read month first, it dates the start.
        const ImportResult result = importPostmortem(QStringLiteral(
            "# Queue backlog\n\nDate: 03/04/2024 10:00 to 11:15 UTC\n\n## Root cause\n\nA "
            "consumer was paused by a feature flag.\n"));
        QCOMPARE(result.postmortem.start.date, QDate(2024, 3, 4));
        const QStringList start = result.report.guessesAbout(FieldId::IncidentStart);
        QVERIFY2(!start.isEmpty() && start.first().startsWith(QStringLiteral("Assumed MM/DD")),
                 qPrintable(result.report.toText()));
        QVERIFY(result.report.guessesAbout(FieldId::IncidentEnd).contains(start.first()));
        verifyTextsAreGuesses(result.report);
    }

    void reportsWithFieldsCompareByThem()
    {
        ImportReport a = importPostmortem(QString::fromUtf8(kStartFromTimeline)).report;
        ImportReport b = a;
        QVERIFY(a == b);
        b.guessedFields.removeLast();
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestGuessedFields)
#include "tst_guessedfields.moc"
