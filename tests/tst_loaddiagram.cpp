// Load-distribution diagrams (core): the load model per algorithm on hand-computed cases, the
// YAML spec, links in the text, and the round trip through the native file.
#include "core/diagramcaption.h"
#include "core/loaddiagram.h"
#include "core/nativeformat.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Hindsight;

namespace {

LoadScenario scenario(BalancingAlgorithm algorithm, double rate,
                      const QList<std::pair<double, double>> &capacityAndWeight)
{
    LoadScenario s;
    s.algorithm = algorithm;
    s.requestRate = rate;
    int i = 0;
    for (const auto &[capacity, weight] : capacityAndWeight)
        s.backends.append(
            {QStringLiteral("b%1").arg(++i), capacity, weight, BackendHealth::Healthy, true});
    return s;
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(near(double(actual), double(expected)),                                               \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QStringLiteral(#actual))                                          \
                            .arg(double(actual), 0, 'g', 10)                                       \
                            .arg(double(expected), 0, 'g', 10)))

double shareSum(const ScenarioLoad &l)
{
    double sum = l.unservedShare;
    for (const BackendLoad &b : l.backends)
        sum += b.share;
    return sum;
}

/// A random diagram with names that stress YAML (flow syntax, quotes, non-ASCII).
LoadDiagram randomDiagram(QRandomGenerator &rng, const QString &id)
{
    static const QStringList names = {
        QStringLiteral("web-1"),  QStringLiteral("app {blue}"), QStringLiteral("a, b"),
        QStringLiteral("\"q\""),  QStringLiteral("key: value"), QStringLiteral("Größe"),
        QStringLiteral("- dash"), QStringLiteral("#hash"),      QStringLiteral("yes"),
        QStringLiteral("12"),     QStringLiteral(""),           QStringLiteral("it's"),
    };
    const auto pick = [&] {
        return names[rng.bounded(int(names.size()))];
    };
    const auto makeScenario = [&] {
        LoadScenario s;
        s.label = pick();
        s.requestRate = rng.bounded(0, 100000) / 4.0;
        s.algorithm = allAlgorithms()[rng.bounded(int(allAlgorithms().size()))];
        if (rng.bounded(2)) {
            s.pinnedFraction = rng.bounded(0, 101) / 100.0;
            s.pinnedBackend = pick();
        }
        if (rng.bounded(2)) {
            s.servingPort = rng.bounded(1, 65536);
            s.healthCheckPort = rng.bounded(1, 65536);
            s.checkPortAnswers = rng.bounded(2);
        }
        for (int i = rng.bounded(0, 7); i > 0; --i)
            s.backends.append({pick(), rng.bounded(1, 10000) / 2.0, double(rng.bounded(0, 20)),
                               allHealthStates()[rng.bounded(4)], rng.bounded(4) > 0});
        return s;
    };
    LoadDiagram d;
    d.id = id;
    d.title = pick() + QLatin1Char(' ') + pick();
    d.caption = rng.bounded(2) ? pick() : QString();
    d.incident = makeScenario();
    if (rng.bounded(2))
        d.fixed = makeScenario();
    return d;
}

} // namespace

class TestLoadDiagram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- Captions against the numbers ------------------------------------------------------

    void captionSharesInWordsAndPercentages()
    {
        const QList<CaptionShare> shares = captionShares(QStringLiteral(
            "Two thirds of the calls hit one node, a quarter failed, 12.5 % timed out, half the "
            "clients retried and 40 percent gave up."));
        QCOMPARE(shares.size(), 5);
        QCOMPARE(shares[0].text, QStringLiteral("Two thirds"));
        QCOMPARE(shares[0].fraction, 2.0 / 3);
        QCOMPARE(shares[1].fraction, 0.25);
        QCOMPARE(shares[2].fraction, 0.125);
        QCOMPARE(shares[3].fraction, 0.5);
        QCOMPARE(shares[4].fraction, 0.4);
        QVERIFY(captionShares(QStringLiteral("The cache on port 8080 took over.")).isEmpty());
    }

    void presetCaptionsAgreeWithTheirNumbers()
    {
        for (LoadDiagramPreset p : allLoadDiagramPresets()) {
            const LoadDiagram d = loadDiagramPreset(p);
            QVERIFY2(staleCaptionShares(d).isEmpty(), qPrintable(d.caption));
        }
    }

    void aCaptionGoesStaleWhenTheNumbersChange()
    {
        // 60 % pinned, 70 % of the requests on web-1; pin 30 % and neither holds.
        LoadDiagram d = loadDiagramPreset(LoadDiagramPreset::StickySessions);
        d.incident.pinnedFraction = 0.3;
        const QList<CaptionShare> stale = staleCaptionShares(d);
        QCOMPARE(stale.size(), 2);
        QCOMPARE(stale[0].text, QStringLiteral("60%"));
        QCOMPARE(stale[1].text, QStringLiteral("70%"));
        // A quarter of the requests failing: one dead backend of four kept in rotation.
        LoadDiagram check = loadDiagramPreset(LoadDiagramPreset::WrongCheckPort);
        check.caption = QStringLiteral("A quarter of the requests failed.");
        QVERIFY(staleCaptionShares(check).isEmpty());
        check.caption = QStringLiteral("Half of the requests failed.");
        QCOMPARE(staleCaptionShares(check).size(), 1);
    }

    // --- The model, hand-computed cases --------------------------------------------------

    void roundRobinIgnoresWeights()
    {
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::RoundRobin, 1500, {{1000, 5}, {1000, 1}, {1000, 1}}));
        QCOMPARE(l.backends.size(), 3);
        for (const BackendLoad &b : l.backends) {
            QCOMPARE_NEAR(b.share, 1.0 / 3);
            QCOMPARE_NEAR(b.requestRate, 500);
            QCOMPARE_NEAR(b.utilisation, 0.5);
            QVERIFY(!b.overloaded && !b.busy && b.inRotation);
        }
        QCOMPARE(l.inRotationCount, 3);
        QCOMPARE_NEAR(l.failedRate, 0);
    }

    void weightedRoundRobinFollowsWeights()
    {
        // 3:1 over 2000 req/s: 1500 and 500; the first is 50 % over its 1000 req/s.
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::WeightedRoundRobin, 2000, {{1000, 3}, {1000, 1}}));
        QCOMPARE_NEAR(l.backends[0].share, 0.75);
        QCOMPARE_NEAR(l.backends[1].share, 0.25);
        QCOMPARE_NEAR(l.backends[0].requestRate, 1500);
        QCOMPARE_NEAR(l.backends[0].utilisation, 1.5);
        QCOMPARE_NEAR(l.backends[1].utilisation, 0.5);
        QVERIFY(l.backends[0].overloaded);
        QVERIFY(!l.backends[1].overloaded);
        QCOMPARE(l.overloadedCount, 1);
        QCOMPARE_NEAR(l.failedRate, 500); // the excess above capacity
    }

    void busyBetweenThresholdAndCapacity()
    {
        // 900 of 1000 req/s: 90 % is busy, not overloaded.
        const ScenarioLoad l
            = computeLoad(scenario(BalancingAlgorithm::RoundRobin, 1800, {{1000, 1}, {1000, 1}}));
        QVERIFY(l.backends[0].busy);
        QVERIFY(!l.backends[0].overloaded);
    }

    void leastConnectionsEqualWeightsFollowCapacity()
    {
        // Equal weights: equal utilisation, so load is proportional to capacity (1:3).
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::LeastConnections, 2000, {{1000, 1}, {3000, 1}}));
        QCOMPARE_NEAR(l.backends[0].share, 0.25);
        QCOMPARE_NEAR(l.backends[1].share, 0.75);
        QCOMPARE_NEAR(l.backends[0].utilisation, 0.5);
        QCOMPARE_NEAR(l.backends[1].utilisation, 0.5);
    }

    void leastConnectionsWithWeights()
    {
        // c = 1000 each, w = 1 and 2, R = 1000: L/(1+L) + 2L/(1+2L) = 1 gives L = 1/sqrt(2),
        // loads 1000 (sqrt 2 - 1) = 414.2 and 1000 (2 - sqrt 2) = 585.8.
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::LeastConnections, 1000, {{1000, 1}, {1000, 2}}));
        QCOMPARE_NEAR(l.backends[0].requestRate, 1000 * (std::sqrt(2.0) - 1));
        QCOMPARE_NEAR(l.backends[1].requestRate, 1000 * (2 - std::sqrt(2.0)));
    }

    void leastConnectionsOverloadSplitsExcessByWeight()
    {
        // 3000 req/s on 2 x 1000: each serves 1000, the 1000 excess queues 1:3 by weight.
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::LeastConnections, 3000, {{1000, 1}, {1000, 3}}));
        QCOMPARE_NEAR(l.backends[0].requestRate, 1250);
        QCOMPARE_NEAR(l.backends[1].requestRate, 1750);
        QCOMPARE(l.overloadedCount, 2);
        QCOMPARE_NEAR(l.failedRate, 1000);
    }

    void leastConnectionsSteersAroundPinnedLoad()
    {
        // 80 % pinned to b1: least connections sends all the rest to b2 (800 / 200), where
        // round robin would add half of the rest to b1 (900 / 100).
        LoadScenario s
            = scenario(BalancingAlgorithm::LeastConnections, 1000, {{1000, 1}, {1000, 1}});
        s.pinnedFraction = 0.8;
        s.pinnedBackend = QStringLiteral("b1");
        ScenarioLoad l = computeLoad(s);
        QCOMPARE_NEAR(l.backends[0].requestRate, 800);
        QCOMPARE_NEAR(l.backends[1].requestRate, 200);
        s.algorithm = BalancingAlgorithm::RoundRobin;
        l = computeLoad(s);
        QCOMPARE_NEAR(l.backends[0].requestRate, 900);
        QCOMPARE_NEAR(l.backends[1].requestRate, 100);
    }

    void ipHashWithPinnedSessions()
    {
        // 60 % pinned to b1, the other 40 % hashed evenly over four: 0.6 + 0.1 = 0.7.
        LoadScenario s = scenario(BalancingAlgorithm::IpHash, 9000,
                                  {{3000, 1}, {3000, 1}, {3000, 1}, {3000, 1}});
        s.pinnedFraction = 0.6;
        s.pinnedBackend = QStringLiteral("b1");
        const ScenarioLoad l = computeLoad(s);
        QCOMPARE_NEAR(l.backends[0].share, 0.7);
        QCOMPARE_NEAR(l.backends[0].requestRate, 6300);
        QCOMPARE_NEAR(l.backends[0].utilisation, 2.1);
        for (int i = 1; i < 4; ++i)
            QCOMPARE_NEAR(l.backends[i].share, 0.1);
        QCOMPARE_NEAR(shareSum(l), 1);
    }

    void pinnedToBackendOutOfRotationIsBalanced()
    {
        LoadScenario s
            = scenario(BalancingAlgorithm::RoundRobin, 1000, {{1000, 1}, {1000, 1}, {1000, 1}});
        s.pinnedFraction = 0.9;
        s.pinnedBackend = QStringLiteral("b1");
        s.backends[0].health = BackendHealth::Drained;
        const ScenarioLoad l = computeLoad(s);
        QCOMPARE_NEAR(l.backends[0].share, 0);
        QCOMPARE_NEAR(l.backends[1].share, 0.5);
        QCOMPARE_NEAR(l.backends[2].share, 0.5);
    }

    void randomExpectedShareAndSpread()
    {
        // Weights 1:3 over 400 req/s: 100 and 300 expected; sd sqrt(400 * 0.25 * 0.75) = 8.66.
        const ScenarioLoad l
            = computeLoad(scenario(BalancingAlgorithm::Random, 400, {{1000, 1}, {1000, 3}}));
        QCOMPARE_NEAR(l.backends[0].requestRate, 100);
        QCOMPARE_NEAR(l.backends[1].requestRate, 300);
        QCOMPARE_NEAR(l.backends[0].spread, std::sqrt(400 * 0.25 * 0.75));
        const ScenarioLoad rr
            = computeLoad(scenario(BalancingAlgorithm::RoundRobin, 400, {{1000, 1}, {1000, 3}}));
        QCOMPARE_NEAR(rr.backends[0].spread, 0);
    }

    void poolAndHealthDecideRotation()
    {
        LoadScenario s = scenario(BalancingAlgorithm::RoundRobin, 1200,
                                  {{1000, 1}, {1000, 1}, {1000, 1}, {1000, 1}, {1000, 1}});
        s.backends[1].health = BackendHealth::Degraded; // still in rotation
        s.backends[2].health = BackendHealth::Down;     // check fails: out
        s.backends[3].health = BackendHealth::Drained;  // operator: out
        s.backends[4].inPool = false;                   // missing from the pool: out
        const ScenarioLoad l = computeLoad(s);
        QCOMPARE(l.inRotationCount, 2);
        QVERIFY(l.backends[0].inRotation && l.backends[1].inRotation);
        QCOMPARE_NEAR(l.backends[0].requestRate, 600);
        QCOMPARE_NEAR(l.backends[1].requestRate, 600);
        for (int i = 2; i < 5; ++i) {
            QVERIFY(!l.backends[i].inRotation);
            QCOMPARE_NEAR(l.backends[i].share, 0);
        }
        QCOMPARE_NEAR(l.failedRate, 0);
    }

    void healthCheckOnWrongPort()
    {
        LoadScenario s = scenario(BalancingAlgorithm::RoundRobin, 1000,
                                  {{1000, 1}, {1000, 1}, {1000, 1}, {1000, 1}});
        s.backends[1].health = BackendHealth::Down;
        s.servingPort = 8080;
        s.healthCheckPort = 80;
        s.checkPortAnswers = true; // something answers on :80 -> the dead backend stays in
        ScenarioLoad l = computeLoad(s);
        QCOMPARE(l.inRotationCount, 4);
        QVERIFY(l.backends[1].failing);
        QVERIFY(!l.backends[1].overloaded);
        QCOMPARE_NEAR(l.backends[1].share, 0.25);
        QCOMPARE_NEAR(l.failedRate, 250);

        s.checkPortAnswers = false; // nothing answers on :80 -> every backend is taken out
        l = computeLoad(s);
        QCOMPARE(l.inRotationCount, 0);
        QCOMPARE_NEAR(l.unservedShare, 1);
        QCOMPARE_NEAR(l.failedRate, 1000);

        s.healthCheckPort = 8080; // the fix: the check probes the service
        l = computeLoad(s);
        QCOMPARE(l.inRotationCount, 3);
        QVERIFY(!l.backends[1].inRotation);
        QCOMPARE_NEAR(l.backends[0].requestRate, 1000.0 / 3);
        QCOMPARE_NEAR(l.failedRate, 0);
    }

    void zeroWeightsServeNothing()
    {
        const ScenarioLoad l = computeLoad(
            scenario(BalancingAlgorithm::WeightedRoundRobin, 100, {{1000, 0}, {1000, 0}}));
        QCOMPARE_NEAR(l.unservedShare, 1);
        QCOMPARE_NEAR(l.failedRate, 100);
    }

    void sharesAddUpForEveryAlgorithm_data()
    {
        QTest::addColumn<int>("seed");
        for (int s = 1; s <= 60; ++s)
            QTest::addRow("seed %d", s) << s;
    }
    void sharesAddUpForEveryAlgorithm()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const LoadDiagram d = randomDiagram(rng, QStringLiteral("x"));
        const ScenarioLoad l = computeLoad(d.incident);
        QCOMPARE(l.backends.size(), d.incident.backends.size());
        QVERIFY2(near(shareSum(l), 1, 1e-9), qPrintable(QString::number(shareSum(l))));
        for (qsizetype i = 0; i < l.backends.size(); ++i) {
            QVERIFY(l.backends[i].share >= 0);
            if (!l.backends[i].inRotation)
                QCOMPARE(l.backends[i].share, 0.0);
        }
    }

    // --- Names, presets, ids ---------------------------------------------------------------

    void namesRoundTrip()
    {
        for (BalancingAlgorithm a : allAlgorithms())
            QCOMPARE(algorithmFromName(algorithmName(a)), a);
        for (BackendHealth h : allHealthStates())
            QCOMPARE(healthFromName(healthName(h)), h);
        QCOMPARE(algorithmFromName(QStringLiteral("Least_Connections")),
                 BalancingAlgorithm::LeastConnections);
        QVERIFY(!algorithmFromName(QStringLiteral("fastest")));
    }

    void presetsShowWhatTheyAreNamedFor()
    {
        const ScenarioLoad even
            = computeLoad(loadDiagramPreset(LoadDiagramPreset::EvenRoundRobin).incident);
        QCOMPARE(even.overloadedCount, 0);
        for (LoadDiagramPreset p :
             {LoadDiagramPreset::MisweightedPool, LoadDiagramPreset::MissingFromPool,
              LoadDiagramPreset::StickySessions}) {
            const LoadDiagram d = loadDiagramPreset(p);
            QVERIFY(d.fixed);
            QVERIFY(computeLoad(d.incident).overloadedCount > 0);
            QCOMPARE(computeLoad(*d.fixed).overloadedCount, 0);
            QCOMPARE(computeLoad(*d.fixed).failedRate, 0.0);
        }
        const LoadDiagram check = loadDiagramPreset(LoadDiagramPreset::WrongCheckPort);
        QVERIFY(computeLoad(check.incident).failedRate > 0);
        QCOMPARE(computeLoad(*check.fixed).failedRate, 0.0);
    }

    void ids()
    {
        QVERIFY(isValidDiagramId(QStringLiteral("lb-1")));
        QVERIFY(!isValidDiagramId(QString()));
        QVERIFY(!isValidDiagramId(QStringLiteral("a b")));
        QVERIFY(!isValidDiagramId(QStringLiteral("../x")));
        QVERIFY(!isValidDiagramId(QStringLiteral("Timeline"))); // the chart's sidecar name
        QList<LoadDiagram> list(2);
        list[0].id = QStringLiteral("lb-1");
        list[1].id = QStringLiteral("lb-3");
        QCOMPARE(uniqueDiagramId(list), QStringLiteral("lb-2"));
        QCOMPARE(findDiagram(list, QStringLiteral("lb-3")), &list[1]);
        QCOMPARE(findDiagram(list, QStringLiteral("lb-2")), nullptr);
    }

    // --- Links in text --------------------------------------------------------------------

    void linksAreFoundAndRewritten()
    {
        const QString link = diagramLink(QStringLiteral("lb-2"), QStringLiteral("a [b] \\c"));
        QCOMPARE(link, QStringLiteral("![a \\[b\\] \\\\c](diagram:lb-2)"));
        const QString text = QStringLiteral("Before ![x](diagram:lb-1) and\n\n") + link
                             + QStringLiteral("\n\n[not an image](diagram:lb-3)");
        QCOMPARE(diagramLinkIds(text),
                 (QStringList{QStringLiteral("lb-1"), QStringLiteral("lb-2")}));
        const QString rewritten = rewriteDiagramLinks(text, [](const QString &id) {
            return id == QLatin1String("lb-2") ? QStringLiteral("out.assets/lb-2.png") : QString();
        });
        QCOMPARE(rewritten, QStringLiteral("Before ![x](diagram:lb-1) and\n\n![a \\[b\\] "
                                           "\\\\c](out.assets/lb-2.png)\n\n[not an "
                                           "image](diagram:lb-3)"));
        // ... and back, for the ids the document has.
        QCOMPARE(restoreDiagramLinks(rewritten, {QStringLiteral("lb-2")}), text);
        QCOMPARE(restoreDiagramLinks(rewritten, {QStringLiteral("lb-9")}), rewritten);
        QCOMPARE(restoreDiagramLinks(QStringLiteral("![x](https://h/a.assets/lb-2.png)"),
                                     {QStringLiteral("lb-2")}),
                 QStringLiteral("![x](https://h/a.assets/lb-2.png)"));
    }

    void insertParagraph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << 0 << QStringLiteral("X");
        QTest::addRow("end of a line") << QStringLiteral("one") << 3 << QStringLiteral("one\n\nX");
        QTest::addRow("mid-line") << QStringLiteral("one two") << 4
                                  << QStringLiteral("one \n\nX\n\ntwo");
        QTest::addRow("between paragraphs")
            << QStringLiteral("a\n\nb") << 2 << QStringLiteral("a\n\nX\n\nb");
        QTest::addRow("after newline")
            << QStringLiteral("a\nb") << 2 << QStringLiteral("a\n\nX\n\nb");
        QTest::addRow("out of range appends")
            << QStringLiteral("a") << 99 << QStringLiteral("a\n\nX");
    }
    void insertParagraph()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, expected);
        qsizetype at = -1;
        const QString result = Hindsight::insertParagraph(text, position, QStringLiteral("X"), &at);
        QCOMPARE(result, expected);
        QCOMPARE(result.mid(at, 1), QStringLiteral("X"));
    }

    // --- YAML spec ------------------------------------------------------------------------

    void yamlRoundTrip_data()
    {
        QTest::addColumn<int>("seed");
        for (int s = 1; s <= 100; ++s)
            QTest::addRow("seed %d", s) << s;
    }
    void yamlRoundTrip()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const LoadDiagram d = randomDiagram(rng, QStringLiteral("lb-%1").arg(seed));
        const QByteArray yaml = loadDiagramToYaml(d);
        const LoadDiagramReadResult r = loadDiagramFromYaml(QString::fromUtf8(yaml));
        QVERIFY2(r.ok, qPrintable(r.error + QLatin1Char('\n') + QString::fromUtf8(yaml)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(r.diagram == d, yaml.constData());
        QCOMPARE(loadDiagramToYaml(r.diagram), yaml);
    }

    void yamlByHand()
    {
        const QString spec = QStringLiteral("id: web\n"
                                            "title: Web tier\n"
                                            "incident:\n"
                                            "  requestRate: 12000\n"
                                            "  algorithm: least connections\n"
                                            "  backends:\n"
                                            "    - name: a\n"
                                            "      capacity: 5000\n"
                                            "    - {name: b, weight: -3, health: sleepy}\n");
        const LoadDiagramReadResult r = loadDiagramFromYaml(spec);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.diagram.id, QStringLiteral("web"));
        QCOMPARE(r.diagram.incident.algorithm, BalancingAlgorithm::LeastConnections);
        QCOMPARE(r.diagram.incident.requestRate, 12000.0);
        QCOMPARE(r.diagram.incident.backends.size(), 2);
        QCOMPARE(r.diagram.incident.backends[0].capacity, 5000.0);
        QCOMPARE(r.diagram.incident.backends[1].weight, 1.0);                    // default kept
        QCOMPARE(r.diagram.incident.backends[1].health, BackendHealth::Healthy); // default
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY(!r.diagram.fixed);
    }

    void yamlErrors()
    {
        LoadDiagramReadResult r = loadDiagramFromYaml(QStringLiteral("id: [unclosed\n"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("line")), qPrintable(r.error));
        r = loadDiagramFromYaml(QStringLiteral("- a\n- b\n"));
        QVERIFY(!r.ok);
        r = loadDiagramFromYaml(QStringLiteral("id: x\ntitle: no incident\n"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("incident")));
        r = loadDiagramFromYaml(QStringLiteral("id: ../evil\nincident: {requestRate: 5}\n"));
        QVERIFY(r.ok);
        QCOMPARE(r.diagram.id, QStringLiteral("lb-1"));
        QCOMPARE(r.warnings.size(), 1);
    }

    // --- Native file ----------------------------------------------------------------------

    void nativeRoundTrip_data()
    {
        QTest::addColumn<int>("seed");
        for (int s = 1; s <= 60; ++s)
            QTest::addRow("seed %d", s) << s;
    }
    void nativeRoundTrip()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        Postmortem pm;
        pm.title = QStringLiteral("Diagrams");
        for (int i = rng.bounded(1, 4); i > 0; --i)
            pm.diagrams.append(randomDiagram(rng, uniqueDiagramId(pm.diagrams)));
        pm.rootCause = QStringLiteral("The balancer:\n\n")
                       + diagramLink(pm.diagrams[0].id, QStringLiteral("Traffic"));
        const QByteArray bytes = writeNativeFormat(pm);
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(r.postmortem.diagrams.size(), pm.diagrams.size());
        QVERIFY2(r.postmortem.diagrams == pm.diagrams, bytes.constData());
        QCOMPARE(r.postmortem.rootCause, pm.rootCause);
        QCOMPARE(writeNativeFormat(r.postmortem), bytes);
    }

    void noDiagramsNoKey()
    {
        Postmortem pm;
        pm.title = QStringLiteral("Plain");
        QVERIFY(!writeNativeFormat(pm).contains("diagrams"));
        pm.diagrams.append(loadDiagramPreset(LoadDiagramPreset::MisweightedPool));
        pm.diagrams[0].id = QStringLiteral("lb-1");
        const QByteArray withDiagram = writeNativeFormat(pm);
        QVERIFY(withDiagram.contains("\ndiagrams:\n"));
        // The diagram lives in the front matter, before the title.
        QVERIFY(withDiagram.indexOf("diagrams:") < withDiagram.indexOf("# Plain"));
    }

    void exportedLinksReadBackAsDiagramLinks()
    {
        Postmortem pm;
        pm.title = QStringLiteral("T");
        pm.diagrams.append(loadDiagramPreset(LoadDiagramPreset::StickySessions));
        pm.diagrams[0].id = QStringLiteral("lb-1");
        pm.summary = QStringLiteral("![Sticky](diagram:lb-1)");
        Postmortem exported = pm;
        exported.summary = QStringLiteral("![Sticky](my%20pm.assets/lb-1.png)");
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(writeNativeFormat(exported)));
        QVERIFY(r.ok);
        QCOMPARE(r.postmortem.summary, pm.summary);
    }

    void duplicateAndBadIdsAreRenamedNotDropped()
    {
        const QString text = QStringLiteral("---\nhindsight: 1\ndiagrams:\n"
                                            "  - {id: a, incident: {requestRate: 1}}\n"
                                            "  - {id: a, incident: {requestRate: 2}}\n"
                                            "  - {id: 'x y', incident: {requestRate: 3}}\n"
                                            "  - {id: b}\n"
                                            "---\n\n# T\n");
        const NativeReadResult r = readNativeFormat(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.diagrams.size(), 3); // the one without an incident is left out
        QCOMPARE(r.postmortem.diagrams[0].id, QStringLiteral("a"));
        QCOMPARE(r.postmortem.diagrams[1].id, QStringLiteral("lb-1"));
        QCOMPARE(r.postmortem.diagrams[1].incident.requestRate, 2.0);
        QCOMPARE(r.postmortem.diagrams[2].id, QStringLiteral("lb-2"));
        QCOMPARE(r.warnings.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLoadDiagram)
#include "tst_loaddiagram.moc"
