// Tests of the Markdown/plain-text postmortem importer (importer.h) and its date/time/zone
// reading (importtime.h): the seed labels, losslessness on seeds and corpus, unit cases, and
// robustness on hostile input.
#include "core/import/vocabulary.h"
#include "core/importer.h"
#include "core/importtime.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Hindsight;

namespace {

QString sharedDir()
{
    return HindsightTest::corpusDir();
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QJsonArray readLabels(const QString &dir)
{
    QFile f(dir + QStringLiteral("/labels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Label value as a string ("" for null) for uniform comparison.
QString labelString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

QList<TimelineEvent> timedEvents(const Postmortem &pm)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : pm.timeline)
        if (e.at.time.isValid())
            out.append(e);
    return out;
}

/// `text` without HTML tags and with the common character references decoded: what a reader
/// sees of an HTML line (the importer reads HTML pages; the words must survive, not the tags).
QString withoutHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(<[/!]?[a-z][^>]*>|<!--[^>]*>)"));
    QString s = text;
    s.replace(tag, QStringLiteral(" "));
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

/// Markdown links as their text: "[database](https://x)" -> "database" (an HTML link the
/// importer wrote as Markdown keeps its words; the target is checked nowhere else either).
QString withoutLinkTargets(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]*)\]\([^)\s]*\))"));
    QString s = text;
    s.replace(link, QStringLiteral("\\1"));
    return s;
}

/// `text` without Markdown backslash escapes ("\\<START>" -> "<START>"): markup, on both sides.
QString withoutEscapes(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\(?=[\\`*_{}\[\]()#+\-.!<>|]))"));
    QString s = text;
    s.remove(escape);
    return s;
}

/// All text the importer produced, concatenated, `*`/`__` removed, whitespace normalised.
QString allOutputText(const Postmortem &pm)
{
    QStringList parts{pm.title, pm.summary, pm.impact, pm.rootCause, pm.resolution};
    parts << pm.start.text << pm.end.text;
    for (const TimelineEvent &e : pm.timeline)
        parts << e.at.text << e.text;
    for (const ActionItem &a : pm.actionItems)
        parts << a.text << a.owner << a.category;
    parts << pm.authors;
    for (const Section &s : pm.sections)
        parts << s.heading << s.text;
    QString all = withoutLinkTargets(withoutHtml(withoutEscapes(parts.join(QLatin1Char(' ')))));
    all.remove(QLatin1Char('*'));
    all.remove(QStringLiteral("__"));
    return all.simplified();
}

/// What must survive of a source line: without list markers, heading hashes, `*` and `__`,
/// a leading "Label:" and a leading date/time/zone; whitespace normalised.
QString essentialText(const QString &line)
{
    static const QRegularExpression quote(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s*(?:(?:[-+*•]|\d{1,9}[.)])\s+)+(?:\[[ xX]\]\s*)?)"));
    static const QRegularExpression hashes(QStringLiteral(R"(^\s*#{1,6}\s*)"));
    static const QRegularExpression label(
        QStringLiteral(R"(^\s*[A-Za-z][A-Za-z0-9_ /&'(),.-]{0,60}?\s*:(?!//)\s*)"));
    static const QRegularExpression leadingMoment(QStringLiteral(
        R"(^[\[(*_`]*\s*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}[-/]\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,?)[,\s/T]*)?)"
        R"((?:\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?|\d{1,2}\s*[AaPp]\.?[Mm]\.?|\d{4}\s*HRS)\s*)"
        R"((?:\(?\s*(?:UTC|GMT|[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*[\])*_`]*\s*[:\-–—|]*\s*[`]?\s*)"));
    QString s = withoutLinkTargets(withoutHtml(withoutEscapes(line)));
    s.remove(quote);
    s.remove(marker);
    s.remove(hashes);
    s.remove(QLatin1Char('*'));
    s.remove(QStringLiteral("__"));
    s = s.trimmed();
    s.remove(leadingMoment);
    s.remove(label);
    s.remove(leadingMoment);
    return s.simplified();
}

/// Section labels a reader recognises; a line that is only one of these may be dropped.
bool isSectionLabelOnly(const QString &essential)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(issue |incident |executive )?summary|duration|impact|what was the impact( identified)?\??|(root |suspected )?causes?( and resolution( measures)?)?|resolution( and recovery)?|(remediation|resolution) and prevention|what went wrong|what happened\??|timeline|corrective and prevent\w+ measures|action items|improvements?(/fixes)?|tasks?( to address the issue)?|postmortem|overview$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = essential;
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const QRegularExpressionMatch m = re.match(s.trimmed());
    if (m.hasMatch() && m.capturedLength() == s.trimmed().size())
        return true;
    // A heading or label the importer's vocabulary names a field with ("Timeline (all times in
    // UTC)", "4. Incident Report", "🔎 Root Cause"): its words are the field's name.
    return s.size() <= 80
           && Import::classifyLabel(Import::normaliseLabel(s)) != Import::Label::None;
}

/// Source lines whose essential text is missing from the import.
QStringList missingLines(const QString &source, const Postmortem &pm)
{
    const QString out = allOutputText(pm);
    QStringList missing;
    const QStringList lines = QString(source)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .split(QLatin1Char('\n'));
    QStringList broken; // a <br> ends a line as much as a newline does
    for (const QString &line : lines)
        broken += line.split(QRegularExpression(QStringLiteral(R"(<br\s*/?>)"),
                                                QRegularExpression::CaseInsensitiveOption));
    for (const QString &line : std::as_const(broken)) {
        if (line.trimmed().isEmpty())
            continue;
        QString e = essentialText(line);
        // Lines of markup only ("---" fences and rules) carry no words; YAML quotes are syntax.
        static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}])"));
        if (!word.match(e).hasMatch())
            continue;
        if (e.size() > 1 && e.startsWith(QLatin1Char('"')) && e.endsWith(QLatin1Char('"')))
            e = e.mid(1, e.size() - 2);
        if (e.isEmpty() || isSectionLabelOnly(e))
            continue;
        if (out.contains(e))
            continue;
        // A line the importer split (root cause and resolution, measures in one paragraph,
        // entries typed on one line and joined by " - ", table cells): every piece.
        const QStringList sentences
            = e.split(QRegularExpression(QStringLiteral(R"((?<=[.!?])\s+|\s[-–—•]\s+|\s*\|\s*)")),
                      Qt::SkipEmptyParts);
        bool all = sentences.size() > 1;
        for (const QString &sentence : sentences) {
            const QString piece = essentialText(sentence);
            all = all && (piece.isEmpty() || out.contains(piece));
        }
        if (!all)
            missing << line + QStringLiteral("  =>  ") + e;
    }
    return missing;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data();
    void seeds();
    void lossless_data();
    void lossless();
    void seedStructure();

    void times_data();
    void times();
    void dates();
    void zones_data();
    void zones();
    void spanDateAfterTimes();
    void spanAcrossMidnight();
    void leadingMoment();
    void timelineMidnightRollover();
    void timelineDateAfterTimes();
    void codeBlockIsNotTimeline();
    void rootCauseAndResolutionSplit();
    void closingParagraphIsNotAnActionItem();
    void plainLabelLines();

    void emptyInput();
    void groupLabelsLeadTheirFirstSubItem();
    void binaryInput();
    void hugeSingleLine();
    void manyTimelineLines();

    // Rules for real-world documents (issue 3): each must fire, and must not fire on look-alikes.
    void twoDigitYears();
    void zoneBeforeTime();
    void declaredZone();
    void statedDuration();
    void spanStatements();
    void htmlPage();
    void unclosedFence();
    void indentationAsHierarchy();
    void documentZoneStatement();
    void headingEntriesTakeTheirBody();
    void entriesTypedOnOneLine();
    void entriesJoinedByBr();
    void timesOnlyInProse();
    void chatLinesAreNotEntries();
    void yearlessTimelineDates();
    void dayWithoutYearTakesTheDocumentsYear();
    void timelineSaysWhenTheOutageBeganAndEnded();
    void statusPageUpdates();
    void sectionsNumberedAsAList();
    void wikiHeadings();
    void spanStatedInTheImpact();
    void summaryStatesStartAndEnd();
    void titleDateCorrectsMonthTypo();
    void timelineDatesGiveTheSpan();
    void largestShareOfUsers();
    void rootCauseFromTheSummary();
    void narrativeDocument();
    void preventionIntroOpensMeasures();
    void numberedMeasuresWithSteps();
    void measuresInProse();
    void additionalMeasureInOneItem();
    void actionItemTable();
    void resolutionAndPrevention();
    void lessonsLearnedAreNotTheRootCause();
    void severalIncidents();
    void reportSaysWhatWasGuessed();
    void offsetIsNoTimeOfDay();
    void leadUpAndFollowUpStayOutOfTheWindow();
    void valuesKeptAsStated();
    void frontMatterFillsFields();
    void unclosedFrontMatterEndsAtMarkdown();
    void bylineGivesAuthors();
    void markupLeavesEventAndItemTexts();
    void markdownUnderALoneImageTag();
    void outlineIndentedLevelUnderLevel();
    void itemFieldLinesJoinTheirItem();
    void closingSectionEndsTheMeasures();
    void sameSectionNeverTwice();
};

void TestImporter::seeds_data()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds/labels.json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("label");
    const QString dir = sharedDir() + QStringLiteral("/seeds");
    const QJsonArray labels = readLabels(dir);
    QVERIFY2(labels.size() == 5, "seeds/labels.json missing or incomplete");
    for (const QJsonValue &v : labels) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(file)) << dir + QLatin1Char('/') + file << o;
    }
}

void TestImporter::seeds()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, label);
    const QString text = readText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    const Postmortem pm = importMarkdown(text);

    QCOMPARE(isoDate(pm.start.date), labelString(label, "start_date"));
    QCOMPARE(hhmm(pm.start.time), labelString(label, "start_time"));
    QCOMPARE(isoDate(pm.end.date), labelString(label, "end_date"));
    QCOMPARE(hhmm(pm.end.time), labelString(label, "end_time"));

    const QJsonValue offset = label.value(QLatin1String("utc_offset_minutes"));
    const std::optional<int> gotOffset = pm.timezone
                                             ? std::optional<int>(pm.timezone->utcOffsetMinutes)
                                             : pm.start.utcOffsetMinutes;
    QCOMPARE(gotOffset.has_value(), !offset.isNull());
    if (gotOffset)
        QCOMPARE(*gotOffset, offset.toInt());

    const QJsonValue pct = label.value(QLatin1String("users_affected_percent"));
    QCOMPARE(pm.usersAffectedPercent.has_value(), !pct.isNull());
    if (pm.usersAffectedPercent)
        QCOMPARE(*pm.usersAffectedPercent, pct.toDouble());

    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), label.value(QLatin1String("timeline_count")).toInt());
    if (!timed.isEmpty()) {
        QCOMPARE(hhmm(timed.first().at.time), labelString(label, "timeline_first_time"));
        QCOMPARE(hhmm(timed.last().at.time), labelString(label, "timeline_last_time"));
    }

    const QJsonArray keywords = label.value(QLatin1String("root_cause_keywords")).toArray();
    for (const QJsonValue &k : keywords)
        QVERIFY2(pm.rootCause.contains(k.toString(), Qt::CaseInsensitive),
                 qPrintable(k.toString() + QStringLiteral(" not in root cause: ") + pm.rootCause));

    QCOMPARE(pm.actionItems.size(), label.value(QLatin1String("action_items_count")).toInt());
}

void TestImporter::lossless_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &sub : {QStringLiteral("seeds"), QStringLiteral("corpus")}) {
        const QDir dir(sharedDir() + QLatin1Char('/') + sub);
        const QStringList files = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                                QDir::Files, QDir::Name);
        for (const QString &f : files) {
            if (f == QLatin1String("LABELING.md"))
                continue;
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + f)) << dir.filePath(f);
        }
    }
    // Our own fixtures, so that losslessness is checked in a fresh clone too.
    const QDir own(QStringLiteral(HINDSIGHT_TEST_DATA "/import"));
    for (const QString &f :
         own.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt"), QStringLiteral("*.html")},
                       QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("import/") + f)) << own.filePath(f);
}

void TestImporter::lossless()
{
    QFETCH(QString, path);
    const QString text = readText(path);
    QVERIFY(!text.isEmpty());
    const QStringList missing = missingLines(text, importMarkdown(text));
    // Headings the importer reads as a field's label but which are not in isSectionLabelOnly's
    // list are dropped today (the corpus has more of these).
    QEXPECT_FAIL("import/google-sre.md",
                 "an \"**Authors:**\" label line is read into the authors, which the check "
                 "does not count yet",
                 Abort);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestImporter::seedStructure()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds");
    // Titles, kinds, categories and where odd lines went, on the seeds.
    const QString dir = sharedDir() + QStringLiteral("/seeds/");
    const Postmortem s0
        = importMarkdown(readText(dir + QStringLiteral("000_21a48f8409a941f2.txt")));
    QCOMPARE(s0.title, QStringLiteral("Incident postmortem")); // both H1s are section labels
    QCOMPARE(s0.timezone->label, QStringLiteral("UTC"));
    QCOMPARE(s0.timeline.first().kind, EventKind::Detection);
    QCOMPARE(s0.timeline.at(2).kind, EventKind::Misleading);
    QCOMPARE(s0.timeline.at(5).kind, EventKind::Escalation);
    QCOMPARE(s0.timeline.last().kind, EventKind::Resolution);
    QCOMPARE(s0.timeline.first().at.text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(s0.timeline.at(5).at.date, QDate(2024, 2, 16)); // 12:00 AM after 11:00 PM
    QCOMPARE(s0.timeline.at(5).at.time, QTime(0, 0));
    QCOMPARE(s0.timeline.first().at.utcOffsetMinutes, std::optional<int>(0));
    QVERIFY(s0.summary.contains(QStringLiteral("postmorterm.jpg")));
    QVERIFY(s0.impact.startsWith(QStringLiteral("The core service was down")));
    QVERIFY(s0.resolution.startsWith(QStringLiteral("To resolve the issue")));
    QVERIFY(!s0.rootCause.contains(QStringLiteral("To resolve")));
    QCOMPARE(s0.actionItems.first().category, QStringLiteral("improvement"));
    QCOMPARE(s0.actionItems.last().category, QStringLiteral("task"));
    for (const ActionItem &a : s0.actionItems)
        QVERIFY(!a.text.contains(QStringLiteral("By implementing")));

    const Postmortem s1
        = importMarkdown(readText(dir + QStringLiteral("001_1366ae9032d61fbc.txt")));
    QCOMPARE(s1.title, QStringLiteral("Service Outage Postmortem - README"));
    QVERIFY(s1.timeline.size() > timedEvents(s1).size()); // labelled bullets without a time
    QCOMPARE(timedEvents(s1).first().kind, EventKind::Detection);
    QVERIFY(s1.resolution.contains(QStringLiteral("corrected")));

    const Postmortem s2
        = importMarkdown(readText(dir + QStringLiteral("002_f501168319a7d76f.txt")));
    QCOMPARE(s2.title, QStringLiteral("0x19-postmortem"));
    QVERIFY(s2.resolution.startsWith(QStringLiteral("To address this issue")));
    QVERIFY(s2.rootCause.contains(QStringLiteral("The outage stemmed")));
    QCOMPARE(s2.timeline.at(1).kind, EventKind::Escalation); // notified
    QCOMPARE(s2.timeline.at(5).kind, EventKind::Misleading); // confirms no issues
    QCOMPARE(s2.timeline.at(7).at.date, QDate(2024, 2, 16)); // 12:15 AM after 11:45 PM

    const Postmortem s4
        = importMarkdown(readText(dir + QStringLiteral("004_7c54486352ff4ef9.txt")));
    bool readmeKept = false;
    for (const Section &s : s4.sections)
        readmeKept = readmeKept || s.text.contains(QStringLiteral("**Requirements:**"));
    QVERIFY(readmeKept);
    QVERIFY(!s4.summary.contains(QStringLiteral("Requirements")));
}

void TestImporter::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("12 AM is midnight") << QStringLiteral("at 12:00 AM") << QTime(0, 0);
    QTest::newRow("12:30 am") << QStringLiteral("12:30 am") << QTime(0, 30);
    QTest::newRow("12 PM is noon") << QStringLiteral("12:00 PM") << QTime(12, 0);
    QTest::newRow("1:30 PM") << QStringLiteral("to 1:30 PM (UTC)") << QTime(13, 30);
    QTest::newRow("10 p.m.") << QStringLiteral("around 10 p.m.") << QTime(22, 0);
    QTest::newRow("4:23PM") << QStringLiteral("at 4:23PM") << QTime(16, 23);
    QTest::newRow("24h") << QStringLiteral("22:05 UTC") << QTime(22, 5);
    QTest::newRow("seconds dropped") << QStringLiteral("13:00:08") << QTime(13, 0);
    QTest::newRow("military") << QStringLiteral("2305HRS EAT") << QTime(23, 5);
    QTest::newRow("military 00") << QStringLiteral("0030HRS") << QTime(0, 30);
    QTest::newRow("ISO datetime") << QStringLiteral("2019-03-25T16:21:00Z") << QTime(16, 21);
    QTest::newRow("dot before PM") << QStringLiteral("at 8.25 PM") << QTime(20, 25);
    QTest::newRow("10h30") << QStringLiteral("vers 10h30") << QTime(10, 30);
}

void TestImporter::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    const QList<ImportTime::TimeHit> hits = ImportTime::findTimes(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().time, expected);
    QVERIFY(ImportTime::findTimes(QStringLiteral("25:00, 13 PM, 2024, 3:1")).isEmpty());
    QVERIFY(
        ImportTime::findTimes(QStringLiteral("a 99.95 SLA, version 1.25, 2h, 24h30")).isEmpty());
}

void TestImporter::dates()
{
    using ImportTime::findDates;
    const auto first = [](const QString &s, bool dayFirst = false) {
        const auto hits = findDates(s, dayFirst);
        return hits.isEmpty() ? QDate() : hits.first().date;
    };
    QCOMPARE(first(QStringLiteral("on February 15, 2024, 10:00 PM")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("15 Feb 2024")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("July 2nd, 2021")), QDate(2021, 7, 2));
    QCOMPARE(first(QStringLiteral("2024-04-10 09:00")), QDate(2024, 4, 10));
    QCOMPARE(first(QStringLiteral("07/09/2023")), QDate(2023, 7, 9)); // MM/DD by default
    QCOMPARE(first(QStringLiteral("07/09/2023"), true), QDate(2023, 9, 7));
    QCOMPARE(first(QStringLiteral("15/01/2021")), QDate(2021, 1, 15)); // day > 12
    QVERIFY(!first(QStringLiteral("July 2nd")).isValid());             // no year
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("on 15/01/2021 and 03/02/2021")));
    QVERIFY(!ImportTime::looksDayFirst(QStringLiteral("on 01/15/2021")));
}

void TestImporter::zones_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offset");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QDate() << 0;
    QTest::newRow("GMT") << QStringLiteral("GMT") << QDate() << 0;
    QTest::newRow("Z") << QStringLiteral("Z") << QDate() << 0;
    QTest::newRow("PST") << QStringLiteral("PST") << QDate() << -480;
    QTest::newRow("PDT") << QStringLiteral("PDT") << QDate() << -420;
    QTest::newRow("EST") << QStringLiteral("EST") << QDate() << -300;
    QTest::newRow("EDT") << QStringLiteral("EDT") << QDate() << -240;
    QTest::newRow("CST") << QStringLiteral("CST") << QDate() << -360;
    QTest::newRow("MDT") << QStringLiteral("MDT") << QDate() << -360;
    QTest::newRow("CET") << QStringLiteral("CET") << QDate() << 60;
    QTest::newRow("CEST") << QStringLiteral("CEST") << QDate() << 120;
    QTest::newRow("EEST") << QStringLiteral("EEST") << QDate() << 180;
    QTest::newRow("WAT") << QStringLiteral("WAT") << QDate() << 60;
    QTest::newRow("EAT") << QStringLiteral("EAT") << QDate() << 180;
    QTest::newRow("IST") << QStringLiteral("IST") << QDate() << 330;
    QTest::newRow("JST") << QStringLiteral("JST") << QDate() << 540;
    QTest::newRow("GMT+1") << QStringLiteral("GMT+1") << QDate() << 60;
    QTest::newRow("GMT-5") << QStringLiteral("GMT-5") << QDate() << -300;
    QTest::newRow("UTC+05:30") << QStringLiteral("UTC+05:30") << QDate() << 330;
    QTest::newRow("PT in summer") << QStringLiteral("PT") << QDate(2017, 8, 24) << -420;
    QTest::newRow("PT in winter") << QStringLiteral("PT") << QDate(2017, 1, 10) << -480;
    // Pairs and places through QTimeZone: the date picks standard or daylight time.
    QTest::newRow("PST/PDT in August") << QStringLiteral("PST/PDT") << QDate(2023, 8, 25) << -420;
    QTest::newRow("PST/PDT in January") << QStringLiteral("PST/PDT") << QDate(2023, 1, 5) << -480;
    QTest::newRow("CET/CEST in July") << QStringLiteral("CET/CEST") << QDate(2022, 7, 1) << 120;
    QTest::newRow("Berlin time, winter")
        << QStringLiteral("Berlin time") << QDate(2022, 12, 1) << 60;
    QTest::newRow("Berlin time, summer")
        << QStringLiteral("Berlin time") << QDate(2022, 6, 1) << 120;
    QTest::newRow("Eastern in March after the switch")
        << QStringLiteral("Eastern") << QDate(2024, 3, 11) << -240;
    QTest::newRow("PT day before DST") << QStringLiteral("PT") << QDate(2017, 3, 11) << -480;
    QTest::newRow("PT DST start") << QStringLiteral("PT") << QDate(2017, 3, 12) << -420;
    QTest::newRow("Eastern in summer") << QStringLiteral("Eastern") << QDate(2020, 7, 1) << -240;
    QTest::newRow("Eastern time") << QStringLiteral("Eastern time") << QDate(2020, 1, 7) << -300;
    QTest::newRow("Pacific Daylight Time")
        << QStringLiteral("Pacific Daylight Time") << QDate() << -420;
    QTest::newRow("Central European Summer Time")
        << QStringLiteral("Central European Summer Time") << QDate() << 120;
    QTest::newRow("East Africa Time") << QStringLiteral("East Africa Time") << QDate() << 180;
    QTest::newRow("IANA in summer") << QStringLiteral("Europe/Berlin") << QDate(2023, 7, 1) << 120;
    QTest::newRow("IANA in winter")
        << QStringLiteral("America/New_York") << QDate(2023, 1, 10) << -300;
}

void TestImporter::zones()
{
    QFETCH(QString, label);
    QFETCH(QDate, date);
    QFETCH(int, offset);
    QCOMPARE(ImportTime::zoneOffset(label, date), std::optional<int>(offset));
    QVERIFY(!ImportTime::zoneOffset(QStringLiteral("XYZ")).has_value());
    // Ambiguous names count only after a time.
    QVERIFY(!ImportTime::firstZone(QStringLiteral("Asia-Pacific PT meeting")).has_value());
    QVERIFY(!ImportTime::firstZone(QStringLiteral("a central time series")).has_value());
    QVERIFY(!ImportTime::zoneOffset(QStringLiteral("Europe/Atlantis")).has_value());
    const auto utc = ImportTime::zoneAfter(QStringLiteral("10:00 PM (UTC)"), 8);
    QVERIFY(utc.has_value());
    QCOMPARE(utc->label, QStringLiteral("UTC"));
    // A zone glued to the time: "Z" (ISO 8601) and "10:00UTC".
    const auto zulu = ImportTime::zoneAfter(QStringLiteral("10:00Z"), 5);
    QVERIFY(zulu.has_value());
    QCOMPARE(zulu->utcOffsetMinutes, 0);
    const auto glued = ImportTime::zoneAfter(QStringLiteral("10:00PST"), 5);
    QVERIFY(glued.has_value());
    QCOMPARE(glued->utcOffsetMinutes, -480);
    QVERIFY(!ImportTime::zoneAfter(QStringLiteral("10:00 I noticed"), 5).has_value());
}

void TestImporter::spanDateAfterTimes()
{
    const auto span = ImportTime::parseSpan(
        QStringLiteral("The outage occurred from 10:00 AM to 12:00 PM on April 15, 2024 (UTC)."));
    QCOMPARE(span.startDate, QDate(2024, 4, 15));
    QCOMPARE(span.startTime, QTime(10, 0));
    QCOMPARE(span.endDate, QDate(2024, 4, 15));
    QCOMPARE(span.endTime, QTime(12, 0));
    QCOMPARE(span.zone->utcOffsetMinutes, 0);

    const auto dashed = ImportTime::parseSpan(
        QStringLiteral("April 10, 2024, 09:00 AM - April 10, 2024, 01:00 PM (UTC)"));
    QCOMPARE(dashed.startTime, QTime(9, 0));
    QCOMPARE(dashed.endTime, QTime(13, 0));
    QCOMPARE(dashed.endDate, QDate(2024, 4, 10));
}

void TestImporter::spanAcrossMidnight()
{
    const auto explicitDates = ImportTime::parseSpan(
        QStringLiteral("from February 15, 2024, 10:00 PM to February 16, 2024, 2:00 AM (UTC)"));
    QCOMPARE(explicitDates.startDate, QDate(2024, 2, 15));
    QCOMPARE(explicitDates.endDate, QDate(2024, 2, 16));
    QCOMPARE(explicitDates.endTime, QTime(2, 0));

    const auto implied
        = ImportTime::parseSpan(QStringLiteral("On 07/09/2023 from 05:15 PM to 02:00 AM WAT"));
    QCOMPARE(implied.startDate, QDate(2023, 7, 9));
    QCOMPARE(implied.startTime, QTime(17, 15));
    QCOMPARE(implied.endDate, QDate(2023, 7, 10));
    QCOMPARE(implied.zone->utcOffsetMinutes, 60);

    const auto lasted = ImportTime::parseSpan(
        QStringLiteral("Starting March 1, 2024 at 23:30 UTC the outage lasted 2 hours."));
    QCOMPARE(lasted.endDate, QDate(2024, 3, 2));
    QCOMPARE(lasted.endTime, QTime(1, 30));
}

void TestImporter::leadingMoment()
{
    using ImportTime::parseLeading;
    auto l = parseLeading(QStringLiteral("10:00 PM (UTC):Issue detected"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(22, 0));
    QCOMPARE(l->text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(l->rest, QStringLiteral("Issue detected"));
    l = parseLeading(QStringLiteral("**10:00 AM (UTC):** The issue"));
    QVERIFY(l);
    QCOMPARE(l->rest, QStringLiteral("The issue"));
    l = parseLeading(QStringLiteral("March 14, 2024, 10:15 AM (UTC): The issue was detected"));
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2024, 3, 14));
    QCOMPARE(l->time, QTime(10, 15));
    l = parseLeading(QStringLiteral("2306HRS - A complaint came in"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(23, 6));
    QCOMPARE(l->rest, QStringLiteral("A complaint came in"));
    QVERIFY(!parseLeading(QStringLiteral("Engineers noticed it at 10:00")));
    QVERIFY(!parseLeading(QStringLiteral("10 minutes later the alert fired")));
}

void TestImporter::timelineMidnightRollover()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\nDuration: December 31, 2023, 11:30 PM to 12:45 AM (EST)\n\n"
        "## Timeline\n- 11:30 PM: alerts fired\n- 11:45 PM: on-call paged\n"
        "- 12:15 AM: rolled back the deploy\n- 12:45 AM: service restored\n"));
    QCOMPARE(pm.start.date, QDate(2023, 12, 31));
    QCOMPARE(pm.end.date, QDate(2024, 1, 1));
    QCOMPARE(pm.end.time, QTime(0, 45));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -300);
    QCOMPARE(pm.timeline.size(), 4);
    QCOMPARE(pm.timeline.at(1).at.date, QDate(2023, 12, 31));
    QCOMPARE(pm.timeline.at(2).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(0, 15));
    QCOMPARE(pm.timeline.at(3).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.utcOffsetMinutes, std::optional<int>(-300));
    QCOMPARE(pm.timeline.at(0).kind, EventKind::Detection);
    QCOMPARE(pm.timeline.at(1).kind, EventKind::Escalation);
    QCOMPARE(pm.timeline.at(2).kind, EventKind::Mitigation);
    QCOMPARE(pm.timeline.at(3).kind, EventKind::Resolution);
}

void TestImporter::timelineDateAfterTimes()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Issue Summary\n- **Duration:** from 9:00 AM to 1:30 PM on 15 Feb 2024 (CET).\n"
        "- **Impact:** 12.5% of users could not log in.\n\n## Timeline\n"
        "- 09:00: detected\n- 13:30: back to normal\n"));
    QCOMPARE(pm.start.date, QDate(2024, 2, 15));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.time, QTime(13, 30));
    QCOMPARE(pm.timezone->label, QStringLiteral("CET"));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
    QCOMPARE(pm.start.utcOffsetMinutes, std::optional<int>(60));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(12.5));
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 2, 15));
}

void TestImporter::codeBlockIsNotTimeline()
{
    const QString text = QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert\n\n```\n10:01 UTC: log line\n10:02 UTC: another\n```\n\n"
        "    10:03 indented code\n\n- 10:05 UTC: fixed\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.time, QTime(10, 5));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImporter::rootCauseAndResolutionSplit()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Root Cause and Resolution\nA stale DNS record pointed at the old host. "
                       "To fix this, we updated the record and flushed caches.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A stale DNS record pointed at the old host."));
    QCOMPARE(pm.resolution,
             QStringLiteral("To fix this, we updated the record and flushed caches."));

    const Postmortem labelled = importMarkdown(QStringLiteral(
        "Root Cause and Resolution:\n\nRoot Cause: disk full\nResolution: rotated logs\n"));
    QCOMPARE(labelled.rootCause, QStringLiteral("disk full"));
    QCOMPARE(labelled.resolution, QStringLiteral("rotated logs"));
}

void TestImporter::closingParagraphIsNotAnActionItem()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Action Items\n- Add an alert on queue depth.\n- Document the failover.\n"
                       "By implementing these measures we will sleep better.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Add an alert on queue depth."));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QStringLiteral("By implementing")));
}

void TestImporter::plainLabelLines()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Issue Summary:\nStart Time: 2024-05-01 22:05 PDT\nEnd Time: 2024-05-02 00:10 PDT\n"
        "Impact: all users saw errors.\nTimeline:\n22:05: alert fired\n00:10: recovered\n"
        "Corrective and Preventative Measures:\nTasks:\nAdd capacity.\nWrite a runbook.\n"));
    QCOMPARE(pm.start.time, QTime(22, 5));
    QCOMPARE(pm.end.date, QDate(2024, 5, 2));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -420);
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(100));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 5, 2));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().category, QStringLiteral("task"));
}

void TestImporter::emptyInput()
{
    const Postmortem pm = importMarkdown(QString());
    QCOMPARE(pm.title, QStringLiteral("Incident postmortem"));
    QVERIFY(pm.timeline.isEmpty());
    QVERIFY(pm.actionItems.isEmpty());
    QVERIFY(!pm.start.time.isValid());
    const Postmortem blank = importMarkdown(QStringLiteral("\n\n   \n\t\n"));
    QVERIFY(blank.timeline.isEmpty());
}

void TestImporter::binaryInput()
{
    QRandomGenerator rng(42);
    QByteArray bytes(200000, '\0');
    for (char &b : bytes)
        b = char(rng.bounded(256));
    const QString text = QString::fromUtf8(bytes);
    const Postmortem pm = importMarkdown(text);
    QVERIFY(!pm.title.isEmpty());
    const Postmortem latin = importMarkdown(QString::fromLatin1(bytes));
    QVERIFY(!latin.title.isEmpty());
}

void TestImporter::hugeSingleLine()
{
    QString line;
    line.reserve(5 * 1024 * 1024 + 100);
    line += QStringLiteral("## Timeline\n- 10:00 PM: ");
    const QString chunk = QStringLiteral("word 12:34 [link](x) **b** ");
    while (line.size() < 5 * 1024 * 1024)
        line += chunk;
    const Postmortem pm = importMarkdown(line);
    QCOMPARE(pm.timeline.size(), 1);
    QVERIFY(pm.timeline.first().text.size() > 5 * 1000 * 1000); // nothing dropped
}

void TestImporter::manyTimelineLines()
{
    QString text = QStringLiteral("# Long night\n\n## Timeline\n");
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("- %1:%2 UTC: step %3 investigated\n")
                    .arg((i / 60) % 24, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i);
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.timeline.size(), 10000);
    QCOMPARE(pm.timeline.last().text, QStringLiteral("step 9999 investigated"));
    QVERIFY(pm.timeline.last().at.date.isNull() || pm.timeline.last().at.date.isValid());
}

QTEST_GUILESS_MAIN(TestImporter)

void TestImporter::groupLabelsLeadTheirFirstSubItem()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n"
                       "- **Detection:** Alerts fired at 10:00 AM (UTC).\n"
                       "- **Actions Taken:**\n"
                       "  - Engineers investigated the database.\n"
                       "  - The incident was escalated to the infrastructure team.\n"
                       "- **Resolution:**\n"
                       "  - Service was restored by 1:30 PM (UTC).\n"
                       "- **Aftermath:**\n"));
    QStringList texts;
    for (const TimelineEvent &e : pm.timeline)
        texts.append(e.text);
    QCOMPARE(pm.timeline.size(), 5);
    // The label leads its first sub-item instead of standing as an event of its own...
    QVERIFY2(texts[1].startsWith(QStringLiteral("Actions Taken:")), qPrintable(texts[1]));
    QVERIFY(texts[1].contains(QStringLiteral("Engineers investigated the database.")));
    QCOMPARE(pm.timeline[2].kind, EventKind::Escalation);
    QVERIFY(texts[3].startsWith(QStringLiteral("Resolution:")));
    QCOMPARE(pm.timeline[3].at.time, QTime(13, 30));
    QCOMPARE(pm.timeline[3].kind, EventKind::Resolution);
    // ...and a label with nothing under it stays an entry (nothing is dropped).
    QVERIFY(texts[4].contains(QStringLiteral("Aftermath")));
}

void TestImporter::twoDigitYears()
{
    using ImportTime::findDates;
    QCOMPARE(findDates(QStringLiteral("On 08/24/17 between")).value(0).date, QDate(2017, 8, 24));
    QCOMPARE(findDates(QStringLiteral("(2:02AM PST 03-30-17 to")).value(0).date,
             QDate(2017, 3, 30));
    QCOMPARE(findDates(QStringLiteral("on 24/08/99")).value(0).date, QDate(1999, 8, 24));
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("on 24/08/17")));
    // Not dates: versions, mixed separators, a third number that is longer.
    QVERIFY(findDates(QStringLiteral("nginx 1.18.04 and 24/7/365 and 3/4-17")).isEmpty());
}

void TestImporter::zoneBeforeTime()
{
    const QString text = QStringLiteral("beginning from UTC 05:13, then (PST) 10:00 and x 11:00");
    QCOMPARE(ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("05:13")))->label,
             QStringLiteral("UTC"));
    QCOMPARE(ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("10:00")))->utcOffsetMinutes,
             -480);
    QVERIFY(!ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("11:00"))));
}

void TestImporter::declaredZone()
{
    using ImportTime::declaredZone;
    QCOMPARE(declaredZone(QStringLiteral("All times in PDT (UTC-7)."))->utcOffsetMinutes, -420);
    QCOMPARE(declaredZone(QStringLiteral("All times are UTC"))->label, QStringLiteral("UTC"));
    QCOMPARE(declaredZone(QStringLiteral("Timezone: CET"))->utcOffsetMinutes, 60);
    QCOMPARE(declaredZone(QStringLiteral("All times are in Eastern time"), QDate(2020, 7, 1))
                 ->utcOffsetMinutes,
             -240);
    QVERIFY(!declaredZone(QStringLiteral("Response times improved after the fix.")));
    QVERIFY(!declaredZone(QStringLiteral("All times in the logs were off by an hour.")));
}

void TestImporter::statedDuration()
{
    using ImportTime::statedDurationMinutes;
    QCOMPARE(statedDurationMinutes(QStringLiteral("The outage lasted 2 hours.")), 120);
    QCOMPARE(statedDurationMinutes(QStringLiteral("for a duration of 4 hours 15minutes")), 255);
    QCOMPARE(statedDurationMinutes(QStringLiteral("down for a total of 45 minutes")), 45);
    QCOMPARE(statedDurationMinutes(QStringLiteral("lasted for approximately 90 minutes")), 90);
    QVERIFY(!statedDurationMinutes(QStringLiteral("within 2 hours we had a fix")));
    QVERIFY(!statedDurationMinutes(QStringLiteral("for 3 users")));
}

void TestImporter::spanStatements()
{
    using ImportTime::findSpan;
    auto s = findSpan(QStringLiteral("***On 08/24/17 between ~12:00 and 1:40 PM PST***:"));
    QVERIFY(s);
    QCOMPARE(s->startDate, QDate(2017, 8, 24));
    QCOMPARE(s->startTime, QTime(12, 0));
    QCOMPARE(s->endTime, QTime(13, 40));
    QCOMPARE(s->zone->utcOffsetMinutes, -480);
    s = findSpan(QStringLiteral("At 2:02AM PST a server dropped. It was down for 45 minutes\n"
                                "(2:02AM PST 03-30-17 to 2:47AM PST 03-30-17) and more."));
    QVERIFY(s);
    QCOMPARE(s->startDate, QDate(2017, 3, 30));
    QCOMPARE(s->endTime, QTime(2, 47));
    s = findSpan(QStringLiteral("Between approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 "
                                "UTC hex.pm was down."));
    QVERIFY(s);
    QCOMPARE(s->endDate, QDate(2025, 7, 31));
    QCOMPARE(s->startTime, QTime(21, 27));
    s = findSpan(QStringLiteral("Starting at 23:30 UTC the outage lasted 2 hours."));
    QVERIFY(s);
    QCOMPARE(s->endTime, QTime(1, 30));
    // Times in one sentence that are not a range.
    QVERIFY(!findSpan(QStringLiteral("Close to 10:00 users saw errors; the event was triggered at "
                                     "10:05 and detected by monitoring at 10:07.")));
    QVERIFY(!findSpan(QStringLiteral("We restarted at 10:00 and 11:00 without success.")));
}

void TestImporter::htmlPage()
{
    const QString text = QStringLiteral(
        "<!DOCTYPE html>\n<html>\n<head>\n  <style>\n    p { color: #666; }\n  </style>\n"
        "</head>\n<body>\n<h1>Slow checkout</h1>\n<h2>Issue Summary:</h2>\n"
        "<p><strong>Duration:</strong> August 10, 2023, 8:00 AM - August 10, 2023, 11:30 AM "
        "(UTC)</p>\n<h2>Timeline:</h2>\n<ul>\n  <li><strong>08:00 AM:</strong> Alerts fired.</li>\n"
        "  <li><strong>11:30 AM:</strong> Service restored &amp; verified.</li>\n</ul>\n"
        "<h2>Corrective and Preventative Measures:</h2>\n<ul>\n  <li>Add autoscaling.</li>\n"
        "  <li>Tune the <a href=\"https://x.example/db\">database</a> pool.</li>\n</ul>\n"
        "</body>\n</html>\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Slow checkout"));
    QCOMPARE(pm.start.time, QTime(8, 0));
    QCOMPARE(pm.end.time, QTime(11, 30));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().text, QStringLiteral("Service restored & verified."));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.last().text,
             QStringLiteral("Tune the [database](https://x.example/db) pool."));
    bool styleKept = false;
    for (const Section &s : pm.sections)
        styleKept = styleKept || s.text.contains(QStringLiteral("p { color: #666; }"));
    QVERIFY(styleKept);
    QVERIFY(missingLines(text, pm).isEmpty());

    // An HTML image becomes a Markdown image and is no entry.
    const Postmortem image = importMarkdown(QStringLiteral(
        "# Outage\n\n<p align=\"center\">\n  <img src=\"meme.jpg\" />\n</p>\n\n## Timeline\n"
        "- 10:00 alert\n"));
    QCOMPARE(image.timeline.size(), 1);
    QCOMPARE(image.summary, QStringLiteral("![](meme.jpg)"));
}

void TestImporter::unclosedFence()
{
    const QString text
        = QStringLiteral("```\n# Outage\n\n## Timeline\n- 10:00 UTC: alert fired\n"
                         "- 10:30 UTC: rolled back\n\n## Root Cause\nA bad deploy.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A bad deploy."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // An unclosed fence around log lines stays code.
    const Postmortem logs = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert fired\n\n```\n10:01 ERROR db timeout\n10:02 ERROR db "
        "timeout\n"));
    QCOMPARE(timedEvents(logs).size(), 1);
}

void TestImporter::indentationAsHierarchy()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("Timeline:\n\n    - 10:00 AM: monitoring alerted the on-call engineer\n"
                       "    - 10:20 AM: the team rolled back the release\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().kind, EventKind::Mitigation);
    const Postmortem underHeading = importMarkdown(
        QStringLiteral("## Timeline\n\n    10:00 - alert fired\n    10:05 - on-call paged\n"));
    QCOMPARE(timedEvents(underHeading).size(), 2);
    // A log under a heading stays code.
    const Postmortem log = importMarkdown(QStringLiteral(
        "## Timeline\n\n    2024-01-01T10:00:01Z ERROR db timeout\n    2024-01-01T10:00:02Z "
        "ERROR db timeout\n"));
    QVERIFY(timedEvents(log).isEmpty());
    // Code after a line ending with ':' stays code.
    const Postmortem code = importMarkdown(
        QStringLiteral("## Timeline\n- 10:00 alert\n\nThe script was:\n\n    if [ -z $2 ]; then\n"
                       "        loc=/srv/$2\n    fi\n"));
    QCOMPARE(timedEvents(code).size(), 1);
    QVERIFY(allOutputText(code).contains(QStringLiteral("loc=/srv/$2")));
}

void TestImporter::documentZoneStatement()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\nAll times in PDT (UTC-7).\n\n## Timeline\n- [23:04] node drained\n"
        "- [08:10] fixed\n"));
    QCOMPARE(pm.timezone->label, QStringLiteral("PDT"));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -420);
    // A zone written with the times and no statement: the written one.
    const Postmortem written = importMarkdown(
        QStringLiteral("# Outage\n\nResponse times were bad.\n\n## Timeline\n- 10:00 CET: x\n"));
    QCOMPARE(written.timezone->utcOffsetMinutes, 60);
}

void TestImporter::headingEntriesTakeTheirBody()
{
    const QString text = QStringLiteral(
        "## Timeline\n\n### 2017-11-30 16:22 PST\n\nNode runs out of memory.\n\n### 17:20\n\n"
        "Chris notices the proxy works again (it had run since ~15:10).\nService is restored.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.timeline.size(), 2);
    QCOMPARE(pm.timeline.first().text, QStringLiteral("Node runs out of memory."));
    QCOMPARE(pm.timeline.last().at.time, QTime(17, 20));
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("~15:10")));
    QCOMPARE(pm.timeline.last().kind, EventKind::Resolution);
    QCOMPARE(pm.end.date, QDate(2017, 11, 30)); // carried, not rolled over by the 15:10
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImporter::entriesTypedOnOneLine()
{
    const QString text = QStringLiteral(
        "Timeline:\n- 10:50 AM: I alerted the team. - 11:00 AM: Traffic was rerouted.\n"
        "- 12:00 PM: We escalated - the database team joined.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(1).at.time, QTime(11, 0));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("Traffic was rerouted."));
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("- the database team joined")));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImporter::entriesJoinedByBr()
{
    const QString text = QStringLiteral(
        "## Timeline\n10:00 UTC: alert fired<br>10:05 UTC: on-call paged<br />10:30 UTC: "
        "fixed\n\nLines end in a break<br>\nand go on.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("on-call paged"));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImporter::timesOnlyInProse()
{
    const QString text = QStringLiteral(
        "## Timeline\nAt 10:00 the alert fired. We looked at the graphs. At 10:10 we paged the "
        "database team. Shortly after 10:30 the service was restored.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QVERIFY(pm.timeline.first().text.contains(QStringLiteral("We looked at the graphs.")));
    QCOMPARE(pm.timeline.last().at.time, QTime(10, 30));
    QVERIFY(missingLines(text, pm).isEmpty());
    // One time in a sentence that does not open with it: one entry.
    const Postmortem one = importMarkdown(QStringLiteral(
        "## Timeline\nThe team met and at 10:00 decided to roll back, which ended at 10:20.\n"));
    QCOMPARE(timedEvents(one).size(), 1);
}

void TestImporter::chatLinesAreNotEntries()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert fired\n- liggitt [10:02 AM] seeing that on all jobs\n"
        "- [10:03] <alice> restarting now\n- 10:30 UTC: fixed\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
    bool kept = false;
    for (const Section &s : pm.sections)
        kept = kept || s.text.contains(QStringLiteral("<alice> restarting now"));
    QVERIFY(kept);
    // A named speaker in an ordinary entry is no chat line.
    const Postmortem named = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: Katharine deploys a fix\n- [03-26 08:10] Katharine deploys\n"));
    QCOMPARE(timedEvents(named).size(), 2);
}

void TestImporter::yearlessTimelineDates()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# March 26th, 2019 Boskos Outage\n\n## Timeline\n- [12-05 16:21] bug introduced\n"
        "- [03-26 23:04] node drained\n- [03-26 08:10] fixed\n"));
    QCOMPARE(pm.timeline.at(0).at.date, QDate(2018, 12, 5)); // before the report, not after
    QCOMPARE(pm.timeline.at(1).at.date, QDate(2019, 3, 26));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("node drained"));
    QCOMPARE(ImportTime::parseLeading(QStringLiteral("Mar 26, 10:00 paged"))->month, 3);
    // A range of numbers is no date: "10-15 minutes later" leads with nothing.
    QVERIFY(!ImportTime::parseLeading(QStringLiteral("10-15 minutes later it recovered")));
    // No year anywhere: no date is made up.
    const Postmortem none
        = importMarkdown(QStringLiteral("## Timeline\n- [03-26 23:04] drained\n"));
    QVERIFY(!none.timeline.first().at.date.isValid());
}

void TestImporter::dayWithoutYearTakesTheDocumentsYear()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage report 2023-08-01\n\n## Summary\nOn July 30th from 10:00 to 11:00 UTC the API "
        "failed.\n"));
    QCOMPARE(pm.start.date, QDate(2023, 7, 30));
    QCOMPARE(pm.end.date, QDate(2023, 7, 30));
    // No year anywhere: no date.
    const Postmortem none = importMarkdown(QStringLiteral(
        "## Summary\nClose to 10:00 hours of July 2nd, users could not load the site.\n"));
    QCOMPARE(none.start.time, QTime(10, 0));
    QVERIFY(!none.start.date.isValid());
    QCOMPARE(ImportTime::findMonthDay(QStringLiteral("on 15 February the"))->month, 2);
    QVERIFY(!ImportTime::findMonthDay(QStringLiteral("February 15, 2024 and it may 3")));
}

void TestImporter::timelineSaysWhenTheOutageBeganAndEnded()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Sonnet outage\n\n**Date:** 2015-10-21\n\n## Timeline\n\n2015-10-21 (*all times UTC*)\n\n"
        "* 14:51 News reports a new sonnet\n* 14:54 **OUTAGE BEGINS** -- backends melt down\n"
        "* 15:01 **INCIDENT BEGINS** incident declared\n* 16:12 **OUTAGE ENDS** back to normal\n"
        "* 16:14 **INCIDENT ENDS**, exit criterion reached\n"));
    QCOMPARE(pm.start.date, QDate(2015, 10, 21)); // the Date line's day
    QCOMPARE(pm.start.time, QTime(14, 54));
    QCOMPARE(pm.end.time, QTime(16, 12));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("OUTAGE BEGINS -- backends melt down"));
    // Without such entries: the first and last.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Timeline\n* 14:51 news\n* 14:54 backends melt\n* 16:14 closed\n"));
    QCOMPARE(plain.start.time, QTime(14, 51));
    QCOMPARE(plain.end.time, QTime(16, 14));
    // "Time (UTC)" in a table header declares the zone.
    const Postmortem table
        = importMarkdown(QStringLiteral("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:00 "
                                        "| alert |\n| 10:30 | fixed |\n"));
    QCOMPARE(table.timezone->label, QStringLiteral("UTC"));
    QCOMPARE(timedEvents(table).size(), 2);
}

void TestImporter::statusPageUpdates()
{
    const QString text = QStringLiteral(
        "# Elevated API error rates\n\n**Resolved** - This incident has been resolved. The root "
        "cause was a bad configuration push.\nJan 10, 2024 - 09:40 UTC\n\n**Monitoring** - A fix "
        "has been implemented.\nJan 10, 2024 - 08:55 UTC\n\n**Investigating** - We are "
        "investigating elevated\nerror rates.\nJan 10, 2024 - 08:20 UTC\n\nThis incident "
        "affected: API.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.first().kind, EventKind::Resolution);
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("elevated error rates")));
    QCOMPARE(pm.start.time, QTime(8, 20)); // newest first: the last update is the start
    QCOMPARE(pm.end.time, QTime(9, 40));
    QCOMPARE(pm.rootCause, QStringLiteral("The root cause was a bad configuration push."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // "Update: we are on it" with no date line under it is no status update.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Summary\nUpdate - we are still on it.\nMore text here.\n"));
    QVERIFY(plain.timeline.isEmpty());
}

void TestImporter::sectionsNumberedAsAList()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "1. Issue Summary\nThe API was down from 10:00 to 11:00 UTC.\n\n2. Timeline\n\n"
        "- 10:00 alert fired\n- 11:00 fixed\n\n3. Root Cause\n\nA bad deploy.\n\n"
        "4. Corrective and Preventative Measures\n\n- Add a canary.\n"));
    QCOMPARE(pm.start.time, QTime(10, 0));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A bad deploy."));
    QCOMPARE(pm.actionItems.size(), 1);
    // A bare bullet that happens to be a label word inside a list is no section.
    const Postmortem bullets = importMarkdown(QStringLiteral(
        "## Root Cause\nSeveral things:\n- Timeline pressure\n- Impact of the release freeze\n"));
    QVERIFY(bullets.rootCause.contains(QStringLiteral("Timeline pressure")));
    QVERIFY(bullets.timeline.isEmpty());
}

void TestImporter::wikiHeadings()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "= Incident 2023-11-02: webhook delays =\n\n== Timeline ==\n14:05 - alert fires\n"
        "15:40 - back to normal\n\n== Root cause ==\nA deadlock.\n"));
    QCOMPARE(pm.title, QStringLiteral("Incident 2023-11-02: webhook delays"));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A deadlock."));
    // "a = b = c" inside a paragraph is no heading.
    const Postmortem math = importMarkdown(QStringLiteral("## Root cause\nWe set\nx = y = z\n"));
    QVERIFY(math.rootCause.contains(QStringLiteral("x = y = z")));
}

void TestImporter::spanStatedInTheImpact()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Jobs failed\n\n## Summary\nJobs failed for nine hours.\n\n## Impact\nAll jobs failed "
        "between 2019-03-25 23:04 and 2019-03-26 08:12 (PDT).\n"));
    QCOMPARE(pm.start.date, QDate(2019, 3, 25));
    QCOMPARE(pm.start.time, QTime(23, 4));
    QCOMPARE(pm.end.date, QDate(2019, 3, 26));
    QCOMPARE(pm.end.time, QTime(8, 12));
}

void TestImporter::summaryStatesStartAndEnd()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("### Issue Summary\nAt 9:15AM PT on 03-10-2017 a breach was found. It was "
                       "solved by 12:15PM "
                       "PT.\n\n### Timeline\n- 9:15AM noticed\n- 12:00PM restarted\n"));
    QCOMPARE(pm.start.time, QTime(9, 15));
    QCOMPARE(pm.start.date, QDate(2017, 3, 10));
    QCOMPARE(pm.end.time, QTime(12, 15));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -480); // PT before DST on 2017-03-10

    // A time in another zone than the timeline's is not the start.
    const Postmortem other = importMarkdown(QStringLiteral(
        "## Summary\nWe noticed at 0:59 CET (need to convert) that builds failed.\n\n## Timeline\n"
        "### 2017-11-30 16:22 PST\nNode out of memory.\n### 17:21 PST\nRestored.\n"));
    QCOMPARE(other.start.time, QTime(16, 22));
    QCOMPARE(other.end.time, QTime(17, 21));
    QCOMPARE(other.timezone->utcOffsetMinutes, -480);
}

void TestImporter::titleDateCorrectsMonthTypo()
{
    const QString body = QStringLiteral(
        "\n\n## Impact\nJobs failed between 2019-02-25 23:04 and 2019-02-26 08:12.\n");
    const Postmortem pm = importMarkdown(QStringLiteral("# March 26th, 2019 Outage") + body);
    QCOMPARE(pm.start.date, QDate(2019, 3, 25));
    QCOMPARE(pm.end.date, QDate(2019, 3, 26));
    // A title dated far from the span, on another day, corrects nothing.
    const Postmortem far = importMarkdown(QStringLiteral("# 2019-06-01 review") + body);
    QCOMPARE(far.start.date, QDate(2019, 2, 25));
}

void TestImporter::timelineDatesGiveTheSpan()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Warning\n\n## Timeline\n\nAll times in PST\n\n### 2018-01-11\n\nA warning arrived.\n\n"
        "### 2018-01-18\n\nThe certificate was renewed.\n"));
    QCOMPARE(pm.start.date, QDate(2018, 1, 11));
    QCOMPARE(pm.end.date, QDate(2018, 1, 18));
    QVERIFY(!pm.start.time.isValid());
    QCOMPARE(pm.timezone->utcOffsetMinutes, -480);
    QCOMPARE(pm.timeline.size(), 2); // the zone statement is a note, not an entry
}

void TestImporter::largestShareOfUsers()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Summary\n100% of users were shown a warning.\n\n## Impact\nThe warning "
                       "deterred 65% of users.\n"));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(100));
    const Postmortem explicitShare = importMarkdown(QStringLiteral(
        "## Impact\nThe service was down for all users. About 80% of users were affected.\n"));
    QCOMPARE(explicitShare.usersAffectedPercent, std::optional<double>(80));
    const Postmortem notHit = importMarkdown(QStringLiteral(
        "## Impact\n5% of users could not log in; 95% of users didn't notice anything.\n"));
    QCOMPARE(notHit.usersAffectedPercent, std::optional<double>(5));
    const Postmortem notUsers = importMarkdown(
        QStringLiteral("## Impact\nCPU reached 100% and 2,354 users were affected.\n"));
    QVERIFY(!notUsers.usersAffectedPercent);
}

void TestImporter::rootCauseFromTheSummary()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Pods\n\n## Summary\nNo pods started. A bug in the GKE resource quota "
                       "was preventing new pods.\n\n## Timeline\n- 10:00 problem starts\n"));
    QCOMPARE(pm.rootCause,
             QStringLiteral("A bug in the GKE resource quota was preventing new pods."));
    QVERIFY(pm.summary.contains(pm.rootCause)); // still part of the summary
    const Postmortem stated = importMarkdown(QStringLiteral(
        "## Summary\nA bug in the quota.\n\n## Root Cause\nThe quota object was corrupt.\n"));
    QCOMPARE(stated.rootCause, QStringLiteral("The quota object was corrupt."));
}

void TestImporter::narrativeDocument()
{
    const QString text = QStringLiteral(
        "At my startup we deploy by hand once a day or so, which worked for a long while.\n\n"
        "Eventually I wrote a script to do it, and because I never finished it, it ran `rm -rf /*` "
        "as root.\n\nI quickly realized what had happened and restored the server from backups; "
        "we were back up and running in 3 hours.\n\nWe lost a week of email. We have since fixed "
        "this to save email daily.\n");
    const Postmortem pm = importMarkdown(text);
    QVERIFY(pm.rootCause.contains(QStringLiteral("rm -rf")));
    QVERIFY(pm.resolution.contains(QStringLiteral("restored")));
    QCOMPARE(pm.actionItems.size(), 1);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("We have since fixed this to save email daily."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // A document with sections is not read as a story.
    const Postmortem sectioned
        = importMarkdown(QStringLiteral("Intro text that explains nothing in particular about "
                                        "this.\n\nBecause of a bug it broke.\n\n"
                                        "## Root Cause\nA bug.\n"));
    QCOMPARE(sectioned.rootCause, QStringLiteral("A bug."));
}

void TestImporter::preventionIntroOpensMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Mitigation Steps Taken:\nTo prevent similar incidents in the future, the following "
        "steps have been taken:\n- Automated testing of configuration.\n- More monitoring.\n\n"
        "## Action Items:\n- Hold a review.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    // A list after an intro that announces no measures is not action items.
    const Postmortem checks = importMarkdown(QStringLiteral(
        "## Investigation\nWe checked the following:\n- the load balancer\n- the database\n"));
    QVERIFY(checks.actionItems.isEmpty());
}

void TestImporter::numberedMeasuresWithSteps()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Corrective and preventative measures\nDaily renewal implemented by:\n\n"
        "***1) Creating a renewal script***\n\n***2) Updating certbot***\n   - set the port\n"
        "   - test with a dry run\n\n***3) Adding a cron job***\n   - run `crontab -e`\n\n"
        "Further care will be taken by implementing the following:\n\n- a validity check\n"
        "- a notification script\n"));
    QCOMPARE(pm.actionItems.size(), 5);
    QVERIFY(pm.actionItems.at(1).text.contains(QStringLiteral("test with a dry run")));
    // Bullets with no numbered paragraph above them are items of their own.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Action items\nWe will do this:\n- one thing\n- another thing\n"));
    QCOMPARE(plain.actionItems.size(), 2);
}

void TestImporter::measuresInProse()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Corrective and Preventative Measures\nThe failed server was due to be replaced soon. It "
        "is decided that server life will be cut to 4 years. Team and Backups performed as "
        "expected. Additional monitoring will be put in place by 04-04-17.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.actionItems.first().text.contains(QStringLiteral("performed as expected")));
    // One sentence per line stays one item per line; a rationale stays with its measure.
    const Postmortem lines = importMarkdown(QStringLiteral(
        "## Action Items\n\nAdd an alert on disk usage. This will catch it earlier.\n\n"
        "Write a runbook.\n"));
    QCOMPARE(lines.actionItems.size(), 2);
}

void TestImporter::additionalMeasureInOneItem()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Corrective and Preventative Measures:\n- Improvements/Fixes: I have implemented "
        "regular audits. Additionally, I have set up monitoring.\n- Patch the config.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    const Postmortem one = importMarkdown(QStringLiteral(
        "## Action Items\n- Add an alert. Also document it in the runbook for on-call.\n"));
    QCOMPARE(one.actionItems.size(), 2);
    const Postmortem noSplit = importMarkdown(
        QStringLiteral("## Action Items\n- Add an alert. It also pages the on-call engineer.\n"));
    QCOMPARE(noSplit.actionItems.size(), 1);
}

void TestImporter::actionItemTable()
{
    const QString text = QStringLiteral(
        "## Action Items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n"
        "| Update playbook | mitigate | jennifer | n/a DONE |\n"
        "| Use flux capacitor | prevent | martym | Bug 5554823 TODO |\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Update playbook (Bug: n/a DONE)"));
    QCOMPARE(pm.actionItems.first().owner, QStringLiteral("jennifer"));
    QCOMPARE(pm.actionItems.first().category, QStringLiteral("mitigate"));
    QVERIFY(pm.actionItems.first().done);
    QVERIFY(!pm.actionItems.last().done);
    QVERIFY(missingLines(text, pm).isEmpty());
    // A table whose columns name nothing known: the first column is the text, the rest kept.
    const Postmortem plain = importMarkdown(QStringLiteral(
        "## Action Items\n\n| What | Due |\n|---|---|\n| Add alerts | 2024-03-01 |\n"));
    QCOMPARE(plain.actionItems.first().due, QDate(2024, 3, 1));
    QVERIFY(plain.actionItems.first().owner.isEmpty());
}

void TestImporter::resolutionAndPrevention()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Remediation and prevention\n\nTo resolve the issue, the engineer rebuilt the server. "
        "Take special care when changing the firewall.\n"));
    QCOMPARE(pm.resolution,
             QStringLiteral("To resolve the issue, the engineer rebuilt the server."));
    QCOMPARE(pm.actionItems.size(), 1);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("Take special care when changing the firewall."));
}

void TestImporter::lessonsLearnedAreNotTheRootCause()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Summary\nA bug in the quota broke launches.\n\n## Lessons learnt\n\n### "
                       "What went well\n"
                       "1. Quick fix.\n\n### What went wrong\n1. It took 11 hours to notice.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A bug in the quota broke launches."));
    const Postmortem direct = importMarkdown(
        QStringLiteral("## Summary\nIt broke.\n\n## What went wrong\nThe quota object.\n"));
    QCOMPARE(direct.rootCause, QStringLiteral("The quota object."));
}

void TestImporter::severalIncidents()
{
    const QString text = QStringLiteral(
        "# Incident 1: database\n\n## Summary\nThe database failed.\n\n## Timeline\n- 10:00 UTC: "
        "alert\n\n## Root Cause\nA full disk.\n\n# Incident 2: CDN\n\n## Summary\nThe CDN "
        "failed.\n\n"
        "## Timeline\n- 14:00 UTC: alert\n- 15:00 UTC: fixed\n\n## Root Cause\nAn expired "
        "certificate.\n");
    const ImportResult r = importPostmortem(text);
    QCOMPARE(r.report.incidentsFound, 2);
    QCOMPARE(r.postmortem.rootCause, QStringLiteral("A full disk."));
    QCOMPARE(timedEvents(r.postmortem).size(), 1);
    QVERIFY(r.report.toText().contains(QStringLiteral("2 incidents")));
    QVERIFY(missingLines(text, r.postmortem).isEmpty());
    // An incident log: titles and timelines, no summaries.
    const ImportResult log = importPostmortem(QStringLiteral(
        "# 2024-01-03 DB outage\n\n## Timeline\n- 10:00 UTC: alert\n\n## Root cause\nDisk.\n\n"
        "# 2024-02-10 CDN outage\n\n## Timeline\n- 14:00 UTC: alert\n\n## Root cause\nCert.\n\n"
        "# 2024-03-01 DNS outage\n\n## Timeline\n- 09:00 UTC: alert\n\n## Root cause\nTTL.\n"));
    QCOMPARE(log.report.incidentsFound, 3);
    QCOMPARE(log.postmortem.rootCause, QStringLiteral("Disk."));
    QCOMPARE(log.postmortem.start.date, QDate(2024, 1, 3));
    // One incident with a "Details" part after its timeline is one incident.
    const ImportResult details = importPostmortem(
        QStringLiteral("## Timeline\n- 10:00 UTC: alert\n\n## Root cause\nDisk.\n\n### Details\n\n"
                       "#### Timeline\n- 10:05 UTC: more\n"));
    QCOMPARE(details.report.incidentsFound, 1);
    // A closing summary is no second incident.
    const ImportResult closing = importPostmortem(QStringLiteral(
        "## Summary\nThe database failed.\n\n## Timeline\n- 10:00 UTC: alert\n\n## Root Cause\nA "
        "full disk.\n\n## Summary\nWe learned a lot.\n"));
    QCOMPARE(closing.report.incidentsFound, 1);
}

void TestImporter::reportSaysWhatWasGuessed()
{
    const ImportResult r = importPostmortem(QStringLiteral(
        "# Outage\n\n## Summary\n- **Duration:** On 07/09/2023 from 05:15 PM to 02:00 AM WAT\n\n"
        "## Timeline\n- 05:15 PM: alert\n- 02:00 AM: fixed\n\n## Lessons\nBe careful.\n"));
    const QString guessed = r.report.guessed.join(QLatin1Char('\n'));
    QVERIFY2(guessed.contains(QStringLiteral("MM/DD")), qPrintable(guessed));
    QVERIFY(guessed.contains(QStringLiteral("midnight")));
    QVERIFY(r.report.keptAsIs.join(QLatin1Char('\n')).contains(QStringLiteral("Lessons")));
    QVERIFY(r.report.recognised.join(QLatin1Char('\n')).contains(QStringLiteral("WAT")));
    const ImportResult dayFirst = importPostmortem(QStringLiteral(
        "## Summary\nDuration: 07/09/2023 10:00 to 11:00 UTC, see also 15/09/2023.\n"));
    QVERIFY(dayFirst.report.guessed.join(QLatin1Char('\n')).contains(QStringLiteral("DD/MM")));
    QCOMPARE(dayFirst.postmortem.start.date, QDate(2023, 9, 7));
}

void TestImporter::frontMatterFillsFields()
{
    const ImportResult r = importPostmortem(
        QStringLiteral("---\ntitle: Queue stalls on the ledger service\nauthors:\n  - Ana Ruiz\n"
                       "  - Li Wei\nlayout: post\n---\n\n# Notes\n\n## Timeline\n"
                       "- 09:00 UTC: alert fired\n"));
    QCOMPARE(r.postmortem.title, QStringLiteral("Queue stalls on the ledger service"));
    QCOMPARE(r.postmortem.authors,
             QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    // Keys read into fields leave the kept section; the others stay in it.
    bool kept = false;
    for (const Section &sec : r.postmortem.sections) {
        if (sec.heading == QLatin1String("Front matter")) {
            kept = true;
            QVERIFY(sec.text.contains(QStringLiteral("layout: post")));
            QVERIFY(!sec.text.contains(QStringLiteral("title:")));
        }
    }
    QVERIFY(kept);
}

void TestImporter::unclosedFrontMatterEndsAtMarkdown()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\nreport:\n  title: \"Printer queue outage\"\n  root_cause: \"A stuck "
        "spooler lock.\"\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 10:00 | Jobs stop printing |\n| 10:40 | Lock cleared, jobs flow |\n\n---\n"));
    QCOMPARE(pm.title, QStringLiteral("Printer queue outage"));
    QVERIFY(pm.rootCause.contains(QStringLiteral("spooler lock")));
    QCOMPARE(timedEvents(pm).size(), 2);
}

void TestImporter::bylineGivesAuthors()
{
    Postmortem pm = importMarkdown(
        QStringLiteral("# Cache outage\n\nBy Ana Ruiz and Li Wei\n\n## Root cause\nA bad key.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    pm = importMarkdown(
        QStringLiteral("# Cache outage\n\nBy the platform team\n\n## Root cause\nA bad key.\n"));
    QVERIFY(pm.authors.isEmpty()); // a team, not names
}

void TestImporter::markupLeavesEventAndItemTexts()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n- 10:00 UTC: **Detection:** the pager went off\\\n"
                       "- 10:05 UTC: traffic drops (**outage starts**)<br />\n\n## Action items\n"
                       "- **Add** a canary stage\n"));
    QCOMPARE(pm.timeline.at(0).text, QStringLiteral("Detection: the pager went off"));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("traffic drops (outage starts)"));
    QCOMPARE(pm.actionItems.at(0).text, QStringLiteral("Add a canary stage"));
}

void TestImporter::markdownUnderALoneImageTag()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n<img src=\"x.gif\" width=\"50%\">\n- 10:00 UTC: alert fired\n"
        "- 10:30 UTC: service restored\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
}

void TestImporter::outlineIndentedLevelUnderLevel()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Outage report\n\nRoot Cause:\n\n    Cause:\n        A full disk on the build host.\n\n"
        "Corrective and Preventative Measures:\n\n    Improvements:\n"
        "        Add a disk usage alert\n        Rotate build logs nightly\n"));
    QVERIFY(pm.rootCause.contains(QStringLiteral("full disk")));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).category, QStringLiteral("improvement"));
}

void TestImporter::itemFieldLinesJoinTheirItem()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Action items\n\nAudit the firewall rules\nDeadline: March 3, 2025\n"
        "Owner: Ana Ruiz\n\nWrite a runbook for the failover\nDeadline: March 9, 2025\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).due, QDate(2025, 3, 3));
    QCOMPARE(pm.actionItems.at(0).owner, QStringLiteral("Ana Ruiz"));
    QVERIFY(pm.actionItems.at(0).text.contains(QStringLiteral("Deadline: March 3, 2025")));
}

void TestImporter::closingSectionEndsTheMeasures()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("Outage report\n\nAction items:\n\nAdd a disk usage alert\n\nConclusion:\n\n"
                       "We learned a great deal from this and thank everyone who helped.\n"));
    QCOMPARE(pm.actionItems.size(), 1);
    bool found = false;
    for (const Section &sec : pm.sections)
        found = found
                || (sec.heading == QLatin1String("Conclusion")
                    && sec.text.contains(QStringLiteral("learned a great deal")));
    QVERIFY(found);
}

void TestImporter::sameSectionNeverTwice()
{
    const Postmortem pm
        = importMarkdown(QStringLiteral("# Outage\n\n## Notes\nFirst remark.\n\n## Root cause\nA "
                                        "bad key.\n\n## Notes\nSecond remark.\n"));
    int notes = 0;
    for (const Section &sec : pm.sections)
        notes += sec.heading == QLatin1String("Notes") ? 1 : 0;
    QCOMPARE(notes, 1);
}

void TestImporter::offsetIsNoTimeOfDay()
{
    // "UTC+05:30" and "GMT -05:00" are offsets, not times of day.
    QCOMPARE(ImportTime::findTimes(QStringLiteral("all times UTC+05:30")).size(), 0);
    QCOMPARE(ImportTime::findTimes(QStringLiteral("times in GMT -05:00")).size(), 0);
    const QList<ImportTime::TimeHit> t
        = ImportTime::findTimes(QStringLiteral("10:00 UTC+05:30 until 11:15"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(1).time, QTime(11, 15));
}

void TestImporter::leadUpAndFollowUpStayOutOfTheWindow()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Billing outage\n\n## Timeline\n- 2024-03-01 10:00 UTC: config change merged\n"
        "- 2024-03-04 09:00 UTC: invoices start failing\n- 2024-03-04 09:20 UTC: change reverted\n"
        "- 2024-03-04 09:45 UTC: invoices flow again\n"
        "- 2024-03-19 15:00 UTC: vendor sends its report\n"));
    QCOMPARE(pm.start.date, QDate(2024, 3, 4));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.time, QTime(9, 45));
    QCOMPARE(pm.timeline.size(), 5); // all entries stay, dated as written
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 3, 19));
}

void TestImporter::valuesKeptAsStated()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\nOn 2023-02-29 from 10:00 to 11:00 UTC (Duration: 45 minutes) "
        "uploads failed.\n\n## Impact\n120% of users saw errors.\n"));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(120));
    QStringList fields;
    for (const StatedValue &v : pm.statedValues)
        fields.append(v.field);
    QVERIFY2(fields.contains(QStringLiteral("impact.usersAffectedPercent")),
             qPrintable(fields.join(QLatin1Char(','))));
    bool impossible = false;
    for (const StatedValue &v : pm.statedValues)
        impossible = impossible || v.stated == QLatin1String("2023-02-29");
    QVERIFY(impossible);
}

#include "tst_importer.moc"
