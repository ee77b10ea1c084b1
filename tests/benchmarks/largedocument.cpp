#include "largedocument.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace Hindsight::Bench {

namespace {

const QStringList kWords = {
    QStringLiteral("the"),        QStringLiteral("load"),      QStringLiteral("balancer"),
    QStringLiteral("sent"),       QStringLiteral("requests"),  QStringLiteral("to"),
    QStringLiteral("backend"),    QStringLiteral("pool"),      QStringLiteral("latency"),
    QStringLiteral("rose"),       QStringLiteral("after"),     QStringLiteral("deploy"),
    QStringLiteral("of"),         QStringLiteral("config"),    QStringLiteral("change"),
    QStringLiteral("and"),        QStringLiteral("on-call"),   QStringLiteral("engineer"),
    QStringLiteral("paged"),      QStringLiteral("database"),  QStringLiteral("replica"),
    QStringLiteral("lag"),        QStringLiteral("errors"),    QStringLiteral("customers"),
    QStringLiteral("saw"),        QStringLiteral("timeouts"),  QStringLiteral("while"),
    QStringLiteral("we"),         QStringLiteral("rolled"),    QStringLiteral("back"),
    QStringLiteral("cache"),      QStringLiteral("hit"),       QStringLiteral("rate"),
    QStringLiteral("dropped"),    QStringLiteral("because"),   QStringLiteral("weights"),
    QStringLiteral("were"),       QStringLiteral("wrong"),     QStringLiteral("in"),
    QStringLiteral("region"),     QStringLiteral("traffic"),   QStringLiteral("shifted"),
    QStringLiteral("health"),     QStringLiteral("check"),     QStringLiteral("port"),
    QStringLiteral("alert"),      QStringLiteral("fired"),     QStringLiteral("minutes"),
    QStringLiteral("later"),      QStringLiteral("dashboard"), QStringLiteral("showed"),
    QStringLiteral("saturation"), QStringLiteral("queue"),     QStringLiteral("depth"),
    QStringLiteral("grew"),       QStringLiteral("a"),         QStringLiteral("mitigation"),
    QStringLiteral("restored"),   QStringLiteral("service"),   QStringLiteral("for"),
    QStringLiteral("most"),       QStringLiteral("users"),     QStringLiteral("team"),
    QStringLiteral("reviewed"),   QStringLiteral("runbook"),   QStringLiteral("step"),
};

class Writer
{
public:
    QString word() { return kWords.at(int(m_random.bounded(quint32(kWords.size())))); }

    QString sentence(int minWords, int maxWords)
    {
        const int n = minWords + int(m_random.bounded(quint32(maxWords - minWords + 1)));
        QStringList words;
        for (int i = 0; i < n; ++i)
            words << word();
        QString s = words.join(QLatin1Char(' '));
        s[0] = s[0].toUpper();
        return s + QLatin1Char('.');
    }

    QString paragraph(int sentences)
    {
        QStringList out;
        for (int i = 0; i < sentences; ++i)
            out << sentence(8, 18);
        return out.join(QLatin1Char(' '));
    }

    /// About `words` words of Markdown: paragraphs with some emphasis, a bullet list, and
    /// every fourth block a numbered list.
    QString prose(int words)
    {
        QStringList blocks;
        int written = 0;
        for (int block = 0; written < words; ++block) {
            QString text;
            if (block % 4 == 2) {
                for (int i = 0; i < 4; ++i)
                    text += QStringLiteral("- **%1** %2\n").arg(word(), sentence(6, 12));
            } else if (block % 4 == 3) {
                for (int i = 1; i <= 3; ++i)
                    text += QStringLiteral("%1. %2\n").arg(i).arg(sentence(6, 12));
            } else {
                text = paragraph(5);
            }
            written += int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            blocks << text.trimmed();
        }
        return blocks.join(QStringLiteral("\n\n"));
    }

    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random{20261121};
};

LoadScenario scenario(const QString &label, double weightOfFirst)
{
    LoadScenario s;
    s.label = label;
    s.requestRate = 24000;
    s.algorithm = BalancingAlgorithm::WeightedRoundRobin;
    for (int i = 1; i <= 6; ++i)
        s.backends.append({QStringLiteral("app-%1").arg(i), 5000, i == 1 ? weightOfFirst : 1,
                           BackendHealth::Healthy, true});
    return s;
}

} // namespace

Postmortem largePostmortem(int timelineEvents)
{
    Writer w;
    Postmortem pm;
    pm.title = QStringLiteral("Checkout unavailable for 31 hours across three regions");
    pm.status = Status::InReview;
    pm.severity = Severity::Sev1;
    pm.authors = {QStringLiteral("Amina Okafor"), QStringLiteral("Jonas Weber"),
                  QStringLiteral("Lucía Romero")};
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    const QDate day(2026, 3, 14);
    pm.start = Moment{day, QTime(6, 0), 0, {}};
    pm.end = Moment{day.addDays(1), QTime(13, 10), 0, {}};
    pm.usersAffectedPercent = 62.5;

    pm.summary = w.prose(1200);
    pm.impact = w.prose(900);
    pm.rootCause
        = w.prose(1600) + QStringLiteral("\n\n![Traffic during the incident](diagram:lb-1)\n\n")
          + QStringLiteral("```\nlb.weights: {app-1: 10, app-2: 1, app-3: 1}\n"
                           "error: upstream timed out (110) while reading response\n```\n\n")
          + w.prose(800);
    pm.resolution = w.prose(1200) + QStringLiteral("\n\n![Traffic per region](diagram:lb-2)\n");

    // 500 events, 3 or 4 minutes apart from 05:40 (more events: closer together), with a
    // detection, escalations, a misleading path, mitigations and the resolution where a real
    // timeline has them.
    const int n = qMax(timelineEvents, 1);
    QDateTime at(day, QTime(5, 40), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        TimelineEvent e;
        e.at = Moment{at.date(), at.time(), 0, {}};
        e.kind = i == 8         ? EventKind::Detection
                 : i == 20      ? EventKind::Escalation
                 : i % 97 == 40 ? EventKind::Misleading
                 : i % 61 == 30 ? EventKind::Mitigation
                 : i == n - 1   ? EventKind::Resolution
                 : i % 9 == 0   ? EventKind::Communication
                                : EventKind::Investigation;
        e.text = w.sentence(8, 16);
        pm.timeline.append(e);
        at = at.addSecs(qint64(60 * (3 + int(w.bounded(2)))) * 500 / n);
    }

    for (int i = 0; i < 100; ++i) {
        ActionItem item;
        item.text = w.sentence(6, 14);
        item.category = i % 3 == 0 ? QStringLiteral("improvement") : QStringLiteral("task");
        item.owner = i % 5 == 4 ? QString() : QStringLiteral("owner-%1").arg(i % 12);
        item.due = i % 4 == 3 ? QDate() : day.addDays(14 + i);
        item.done = i % 7 == 0;
        pm.actionItems.append(item);
    }

    const QStringList headings = {
        QStringLiteral("Detection"),
        QStringLiteral("What went well"),
        QStringLiteral("What went wrong"),
        QStringLiteral("Where we got lucky"),
        QStringLiteral("Supporting information"),
        QStringLiteral("Customer communication"),
        QStringLiteral("Lessons learned"),
        QStringLiteral("Glossary"),
    };
    for (const QString &heading : headings)
        pm.sections.append({heading, w.prose(1000)});
    pm.sections[4].text
        += QStringLiteral("\n\n| Region | Error rate | Peak latency |\n|---|---|---|\n"
                          "| eu-west | 41% | 12.4 s |\n| us-east | 18% | 6.1 s |\n"
                          "| ap-south | 3% | 0.9 s |\n");

    LoadDiagram lb1;
    lb1.id = QStringLiteral("lb-1");
    lb1.title = QStringLiteral("Checkout backends");
    lb1.caption = QStringLiteral("A weight of 10 on app-1 sent most requests to one backend.");
    lb1.incident = scenario(QStringLiteral("During the incident"), 10);
    lb1.fixed = scenario(QStringLiteral("After the fix"), 1);
    LoadDiagram lb2 = lb1;
    lb2.id = QStringLiteral("lb-2");
    lb2.title = QStringLiteral("Regional front ends");
    lb2.incident.algorithm = BalancingAlgorithm::LeastConnections;
    lb2.incident.backends[2].health = BackendHealth::Down;
    pm.diagrams = {lb1, lb2};
    return pm;
}

int wordCount(const Postmortem &pm)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList texts = {pm.title, pm.summary, pm.impact, pm.rootCause, pm.resolution};
    for (const Section &s : pm.sections)
        texts << s.heading << s.text;
    for (const TimelineEvent &e : pm.timeline)
        texts << e.text;
    for (const ActionItem &a : pm.actionItems)
        texts << a.text;
    int n = 0;
    for (const QString &t : texts)
        n += int(t.split(space, Qt::SkipEmptyParts).size());
    return n;
}

} // namespace Hindsight::Bench
