// The literal prefilter (core/regexprefilter.h): the strings it derives from small patterns, and
// that it never rules out a pattern that matches — checked for the event-kind cues on every
// entry of the labelled event-kind sets, and on those entries with their case changed.

#include "core/fastregex.h"
#include "core/import/eventkinds.h"
#include "core/import/kindmodel.h"
#include "core/regexprefilter.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace Hindsight;

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

class TestRegexPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literals_data();
    void literals();
    void matchesAreNeverRuledOut_data();
    void matchesAreNeverRuledOut();
    void cuesOnEveryLabelledEntry();
};

void TestRegexPrefilter::literals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected"); // sorted; empty: no literals

    QTest::newRow("word") << QStringLiteral(R"(\bpaged\b)") << strings({"paged"});
    QTest::newRow("folded") << QStringLiteral("Rollback") << strings({"rollback"});
    QTest::newRow("alternation spelled out")
        << QStringLiteral(R"((did not|didn't) (help|work))")
        << strings({"did not help", "did not work", "didn't help", "didn't work"});
    QTest::newRow("optional part")
        << QStringLiteral(R"(\bre-?start)") << strings({"re-start", "restart"});
    QTest::newRow("the longer part of a sequence")
        << QStringLiteral(R"(\b(\w+ )?on (\w+ ){0,3}(failover|fallback)\b)")
        << strings({"failover", "fallback"});
    QTest::newRow("one more than once")
        << QStringLiteral(R"((restart)+ed)") << strings({"restart"});
    QTest::newRow("a branch without literals")
        << QStringLiteral(R"(\bescalat\w*|\d+)") << QStringList{};
    QTest::newRow("optional only") << QStringLiteral(R"((alert)?\w+)") << QStringList{};
    QTest::newRow("lookbehind ignored")
        << QStringLiteral(R"((?<!\bnot )(?<!never )restored)") << strings({"restored"});
    QTest::newRow("case-sensitive group")
        << QStringLiteral(R"(\b(?-i:FIRING|CRITICAL)\b)") << strings({"critical", "firing"});
    QTest::newRow("small class") << QStringLiteral(R"(stabili[sz]e)")
                                 << strings({"stabilise", "stabilize"});
    QTest::newRow("range is no literal") << QStringLiteral(R"([a-f]x)") << QStringList{};
    QTest::newRow("braces not a quantifier") << QStringLiteral(R"(a{b)") << strings({"a{b"});
    QTest::newRow("cut to sixteen") << QStringLiteral("incident commander assigned")
                                    << QStringList{QStringLiteral("incident command")};
    QTest::newRow("contained string dropped")
        << QStringLiteral(R"(\b(post|postmortem)\b)") << strings({"post"});
    QTest::newRow("back-reference not read") << QStringLiteral(R"((ab)\1)") << QStringList{};
    QTest::newRow("extended mode not read") << QStringLiteral(R"((?x)a b c)") << QStringList{};
    QTest::newRow("unclosed group") << QStringLiteral(R"((abc)") << QStringList{};
}

void TestRegexPrefilter::literals()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> got = requiredLiterals(pattern);
    if (expected.isEmpty()) {
        QVERIFY2(!got, qPrintable(got ? got->join(QLatin1Char('|')) : QString()));
        return;
    }
    QVERIFY(got);
    QStringList sorted = *got;
    sorted.sort();
    QCOMPARE(sorted, expected);
}

void TestRegexPrefilter::matchesAreNeverRuledOut_data()
{
    QTest::addColumn<QString>("text");
    // Texts that match one of the patterns below only through case folding, markup or an
    // optional part.
    QTest::newRow("capitals") << QStringLiteral("ROLLED BACK THE DEPLOY");
    QTest::newRow("kelvin sign") << QStringLiteral("the \u212Aubelet restarted");
    QTest::newRow("long s") << QStringLiteral("\u017Ftabilised after the purge");
    QTest::newRow("dash label") << QStringLiteral("Investigating \u2013 we are looking");
    QTest::newRow("digits") << QStringLiteral("42 pages");
    QTest::newRow("empty") << QString();
}

void TestRegexPrefilter::matchesAreNeverRuledOut()
{
    QFETCH(QString, text);
    const QStringList patterns{
        QStringLiteral(R"(\broll(ed|ing)? ?back\b)"),
        QStringLiteral(R"(\bkubelet\b)"),
        QStringLiteral(R"(\bstabili[sz]\w*)"),
        QStringLiteral(R"(^\W*(investigating|identified)\s*[-–—:]\s)"),
        QStringLiteral(R"(\bescalat\w*|\d+ pages)"),
        QStringLiteral(R"(\b(?-i:ROLLED)\b)"),
        QStringLiteral(R"(\b\d{2,}\b)"),
    };
    const RegexPrefilter filter(patterns);
    QCOMPARE(filter.filteredCount(), 6); // all but the last
    const RegexPrefilter::Mask mask = filter.candidates(text);
    for (int i = 0; i < patterns.size(); ++i) {
        const FastRegex re(patterns.at(i), QRegularExpression::CaseInsensitiveOption);
        if (re.matches(text))
            QVERIFY2(RegexPrefilter::has(mask, i), qPrintable(patterns.at(i)));
    }
}

void TestRegexPrefilter::cuesOnEveryLabelledEntry()
{
    QStringList texts;
    // The sets the event-kind model learns from (in the core library's resources) and those
    // kept out of it for measuring (tests/data).
    for (const QString &folder :
         {QStringLiteral(":/event-kinds"), QStringLiteral(HINDSIGHT_TEST_DATA)}) {
        for (const QList<Import::KindExample> &set : Import::readKindSets(folder))
            for (const Import::KindExample &e : set)
                texts << e.text << e.text.toUpper() << e.text.toLower();
    }
    QVERIFY(texts.size() > 3000);

    const QStringList patterns = Import::kindCuePatterns();
    const RegexPrefilter filter(patterns);
    // The filter is only worth its pass if it rules out most cues on most entries.
    QVERIFY2(filter.filteredCount() * 10 >= patterns.size() * 9,
             qPrintable(QStringLiteral("%1 of %2 cues filtered")
                            .arg(filter.filteredCount())
                            .arg(patterns.size())));
    std::vector<std::unique_ptr<FastRegex>> cues;
    for (const QString &p : patterns)
        cues.push_back(std::make_unique<FastRegex>(p, QRegularExpression::CaseInsensitiveOption));
    qint64 tried = 0, ruledOut = 0;
    for (const QString &text : std::as_const(texts)) {
        const RegexPrefilter::Mask mask = filter.candidates(text);
        for (int i = 0; i < patterns.size(); ++i) {
            const bool candidate = RegexPrefilter::has(mask, i);
            ++tried;
            ruledOut += candidate ? 0 : 1;
            if (!candidate && cues[std::size_t(i)]->matches(text))
                QFAIL(qPrintable(
                    QStringLiteral("cue %1 ruled out but matches: %2").arg(patterns.at(i), text)));
        }
    }
    qInfo("%lld of %lld cue tries ruled out (%.1f %%)", ruledOut, tried,
          100.0 * double(ruledOut) / double(tried));
    QVERIFY(ruledOut * 2 > tried);
}

QTEST_GUILESS_MAIN(TestRegexPrefilter)
#include "tst_regexprefilter.moc"
