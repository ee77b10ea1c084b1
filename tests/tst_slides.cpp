// The slide deck: which slides each document gets, and a layout that keeps every text box and
// picture inside the slide at a readable size, continuing long sections on the next slide.
#include "core/importer.h"
#include "core/nativeformat.h"
#include "corpus.h"
#include "render/slides.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Hindsight;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Postmortem seed(const QString &name)
{
    return importMarkdown(readText(HindsightTest::corpusPath(QStringLiteral("seeds/")) + name));
}

Postmortem sample()
{
    return readNativeFormat(
               readText(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md")))
        .postmortem;
}

QStringList titles(const SlideDeck &deck)
{
    QStringList out;
    for (const Slide &s : deck.slides)
        out.append(s.title);
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QString sentence(int i)
{
    return QStringLiteral("Sentence %1 says that the load balancer sent most requests to two "
                          "of the four backends.")
        .arg(i);
}

/// Words of `text` (letters and digits only), to compare text before and after layout.
QStringList words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(nonWord, Qt::SkipEmptyParts);
}

/// The body text box of a slide.
SlideText body(const Slide &s)
{
    for (const SlideText &t : s.texts)
        if (t.role == SlideText::Body)
            return t;
    return {};
}

/// All body text of the slides of `kind`, in order, as the painter lays it out.
QString slideText(const SlideDeck &deck, SlideKind kind)
{
    QString out;
    for (const Slide &s : deck.slides)
        if (s.kind == kind)
            for (const SlideText &t : s.texts)
                if (t.role == SlideText::Body)
                    out += slideTextDocument(t)->toPlainText() + QLatin1Char('\n');
    return out;
}

/// Checks one deck's geometry; returns an empty string or what is wrong.
QString geometryProblem(const SlideDeck &deck)
{
    const QRectF safe = slideSafeArea();
    const auto inside = [&safe](const QRectF &r) {
        return r.isValid() && safe.adjusted(-0.01, -0.01, 0.01, 0.01).contains(r);
    };
    for (qsizetype i = 0; i < deck.slides.size(); ++i) {
        const Slide &s = deck.slides[i];
        const QString where = QStringLiteral("slide %1 \"%2\": ").arg(i + 1).arg(s.title);
        for (const SlidePicture &p : s.pictures)
            if (!inside(p.rect))
                return where + QStringLiteral("picture outside the safe area");
        for (const SlidePanel &p : s.panels)
            if (!inside(p.rect))
                return where + QStringLiteral("panel outside the safe area");
        for (const SlideText &t : s.texts) {
            if (!inside(t.rect))
                return where + QStringLiteral("text box outside the safe area");
            if (t.role != SlideText::Footer && t.pointSize < kMinBodyPointSize)
                return where + QStringLiteral("%1 pt text").arg(t.pointSize);
            const auto doc = slideTextDocument(t);
            if (doc->size().height() > t.rect.height() + 0.5)
                return where
                       + QStringLiteral("text %1 px tall in a %2 px box: %3")
                             .arg(doc->size().height())
                             .arg(t.rect.height())
                             .arg(doc->toPlainText().left(60));
            // Every glyph drawn lies in the box, at the box's size or larger.
            const qreal minPixels = (t.role == SlideText::Footer ? t.pointSize : kMinBodyPointSize)
                                    * kSlidePixelsPerPoint;
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                const QPointF origin = doc->documentLayout()->blockBoundingRect(b).topLeft();
                for (const QGlyphRun &run : b.layout()->glyphRuns()) {
                    const QRectF box = run.boundingRect().translated(origin);
                    if (box.left() < -0.5 || box.right() > t.rect.width() + 0.5 || box.top() < -0.5
                        || box.bottom() > t.rect.height() + 0.5)
                        return where
                               + QStringLiteral("glyphs outside their box: %1")
                                     .arg(b.text().left(60));
                    if (run.rawFont().pixelSize() < minPixels - 0.01)
                        return where
                               + QStringLiteral("%1 px glyphs in \"%2\"")
                                     .arg(run.rawFont().pixelSize())
                                     .arg(b.text().left(60));
                }
            }
        }
    }
    return QString();
}

/// A document whose sections are far too long for one slide each.
Postmortem longDocument()
{
    Postmortem pm = sample();
    QStringList paragraphs;
    for (int i = 1; i <= 24; ++i)
        paragraphs.append(sentence(i) + QLatin1Char(' ') + sentence(i + 100));
    pm.rootCause = paragraphs.join(QStringLiteral("\n\n"));
    QStringList oneParagraph;
    for (int i = 1; i <= 40; ++i)
        oneParagraph.append(sentence(i + 300));
    pm.resolution = oneParagraph.join(QLatin1Char(' '));
    QStringList items;
    for (int i = 1; i <= 30; ++i)
        items.append(QStringLiteral("%1. Item %1 of a long numbered list").arg(i));
    QString code = QStringLiteral("```\n");
    for (int i = 1; i <= 30; ++i)
        code += QStringLiteral("line %1 of the load balancer config\n").arg(i);
    code += QStringLiteral("```");
    QString table = QStringLiteral("| Backend | Weight |\n| --- | --- |\n");
    for (int i = 1; i <= 30; ++i)
        table += QStringLiteral("| app-%1 | %1 |\n").arg(i);
    pm.sections.append({QStringLiteral("What went well"),
                        items.join(QLatin1Char('\n')) + QStringLiteral("\n\n### Config\n\n") + code
                            + QStringLiteral("\n\n") + table});
    pm.sections.append({QStringLiteral("What went wrong"),
                        QStringLiteral("Nothing long, but a [link](https://example.com).")});
    for (int i = 0; i < 40; ++i)
        pm.actionItems.append({QStringLiteral("Action item %1 with a description long enough to "
                                              "wrap onto a second line of the table")
                                   .arg(i),
                               QStringLiteral("task"),
                               QStringLiteral("Owner %1").arg(i),
                               {},
                               false});
    return pm;
}

} // namespace

class TestSlides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deckForEachSeed_data()
    {
        HINDSIGHT_REQUIRE_CORPUS("seeds");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QStringList tail = list({"Action items (1/2)", "Action items (2/2)", "Questions"});
        QTest::newRow("000") << "000_21a48f8409a941f2.txt"
                             << list({"Incident postmortem", "Key facts", "Timeline", "Root cause",
                                      "Resolution"})
                                    + tail;
        QTest::newRow("001") << "001_1366ae9032d61fbc.txt"
                             << list({"Service Outage Postmortem - README", "Key facts", "Timeline",
                                      "Root cause", "Resolution"})
                                    + tail;
        QTest::newRow("002") << "002_f501168319a7d76f.txt"
                             << list({"0x19-postmortem", "Key facts", "Timeline", "Root cause",
                                      "Resolution"})
                                    + tail;
        QTest::newRow("003") << "003_52eb452ef33d325f.txt"
                             << list({"Incident Postmortem", "Key facts", "Timeline", "Root cause",
                                      "Resolution"})
                                    + tail;
        QTest::newRow("004") << "004_7c54486352ff4ef9.txt"
                             << list({"Postmortem", "Key facts", "Timeline", "Root cause",
                                      "Resolution"})
                                    + tail;
    }
    void deckForEachSeed()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const Postmortem pm = seed(file);
        const SlideDeck deck = buildDeck(pm);
        QCOMPARE(titles(deck), expected);
        QCOMPARE(deck.slides.first().kind, SlideKind::Title);
        QCOMPARE(deck.slides[1].kind, SlideKind::KeyFacts);
        QCOMPARE(deck.slides[2].kind, SlideKind::TimelineChart);
        QCOMPARE(deck.slides.last().kind, SlideKind::Questions);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Every action item is on a slide, with its owner or "Unassigned".
        const QString actions = slideText(deck, SlideKind::ActionItems);
        for (const ActionItem &a : pm.actionItems)
            QVERIFY2(actions.contains(a.text.simplified()), qPrintable(a.text));
        QCOMPARE(actions.count(QStringLiteral("Unassigned")), pm.actionItems.size());
        // Root cause text is all there, in order.
        QCOMPARE(words(slideText(deck, SlideKind::Text)).mid(0, words(pm.rootCause).size()),
                 words(pm.rootCause));
    }

    void sampleDeckHasItsDiagramAndFacts()
    {
        const SlideDeck deck = buildDeck(sample());
        QCOMPARE(titles(deck),
                 list({"Partner sync pinned to one node slows the catalogue API", "Key facts",
                       "Timeline", "Requests to the catalogue API nodes", "Root cause",
                       "Resolution", "What went well", "What went wrong", "Action items (1/2)",
                       "Action items (2/2)", "Questions"}));
        const Slide &diagram = deck.slides[3];
        QCOMPARE(diagram.kind, SlideKind::LoadDiagram);
        QCOMPARE(diagram.notesKey, QStringLiteral("diagram:lb-1"));
        QCOMPARE(diagram.pictures.size(), 1);
        QCOMPARE(diagram.pictures.first().diagramId, QStringLiteral("lb-1"));
        // The diagram link is not repeated as text on the root-cause slide.
        QVERIFY(!slideText(deck, SlideKind::Text).contains(QStringLiteral("Requests to")));

        QStringList figures;
        for (const SlideText &t : deck.slides[1].texts)
            if (t.role == SlideText::Figure)
                figures.append(slideTextDocument(t)->toPlainText());
        QCOMPARE(figures, list({"2 h 40 min", "30 %", "11 min", "2 h 40 min"}));
        QString cover;
        for (const SlideText &t : deck.slides[0].texts)
            cover += slideTextDocument(t)->toPlainText() + QLatin1Char('\n');
        for (const char *part : {"12 June 2025, 22:30 – 13 June 2025, 01:10 CEST",
                                 "SEV2 · In review", "Malik Osei, Greta Solberg"})
            QVERIFY2(cover.contains(QString::fromUtf8(part)), part);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    /// Every key-fact figure is shown whole at the size they share: three or four tiles of any
    /// duration from minutes to days (a figure once fitted by its measured width and was then
    /// elided by the layout at that very width: "3 h 46…").
    void keyFactFiguresAreNeverElided()
    {
        for (const int tiles : {3, 4}) {
            for (int minutes = 1; minutes < 20 * 24 * 60; minutes = minutes * 3 / 2 + 7) {
                Postmortem pm;
                pm.title = QStringLiteral("Figures");
                pm.start = {QDate(2025, 3, 1), QTime(10, 0), 0, {}};
                pm.end = {QDate(2025, 3, 1).addDays(minutes / 1440),
                          QTime(10, 0).addSecs(60 * (minutes % 1440)),
                          0,
                          {}};
                if (tiles == 4)
                    pm.usersAffectedPercent = 12.5;
                pm.timeline
                    = {{{QDate(2025, 3, 1), QTime(10, 0).addSecs(60 * (minutes / 3)), 0, {}},
                        EventKind::Detection,
                        QStringLiteral("Alert fired.")},
                       {pm.end, EventKind::Resolution, QStringLiteral("Recovered.")}};
                const SlideDeck deck = buildDeck(pm);
                QCOMPARE(deck.slides[1].kind, SlideKind::KeyFacts);
                for (const SlideText &t : deck.slides[1].texts) {
                    const QString shown = slideTextDocument(t)->toPlainText();
                    QVERIFY2(t.role != SlideText::Figure || !shown.contains(u'…'),
                             qPrintable(QStringLiteral("%1 min: %2").arg(minutes).arg(shown)));
                }
                const QString problem = geometryProblem(deck);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
    }

    void slidesAreNumbered()
    {
        const SlideDeck deck = buildDeck(sample());
        for (qsizetype i = 0; i < deck.slides.size(); ++i) {
            QString footer;
            for (const SlideText &t : deck.slides[i].texts)
                if (t.role == SlideText::Footer)
                    footer += slideTextDocument(t)->toPlainText();
            QVERIFY2(footer.endsWith(QStringLiteral("%1 / %2").arg(i + 1).arg(deck.slides.size())),
                     qPrintable(footer));
        }
    }

    void longSectionsContinueOnTheNextSlide()
    {
        const Postmortem pm = longDocument();
        const SlideDeck deck = buildDeck(pm);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // "Root cause (1/n)" … "(n/n)", one after the other, with all the text in order.
        QStringList rootCause;
        for (const Slide &s : deck.slides)
            if (s.title.startsWith(QStringLiteral("Root cause")))
                rootCause.append(s.title);
        QVERIFY2(rootCause.size() >= 3, qPrintable(rootCause.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < rootCause.size(); ++i)
            QCOMPARE(rootCause[i],
                     QStringLiteral("Root cause (%1/%2)").arg(i + 1).arg(rootCause.size()));

        QString all;
        for (const Slide &s : deck.slides)
            for (const SlideText &t : s.texts)
                if (t.role == SlideText::Body)
                    all += slideTextDocument(t)->toPlainText() + QLatin1Char('\n');
        const QStringList shown = words(all);
        for (const QString &source : {pm.rootCause, pm.resolution}) {
            const QStringList expected = words(source);
            qsizetype at = 0;
            while (at < shown.size() && shown.mid(at, 4) != expected.mid(0, 4))
                ++at;
            QCOMPARE(shown.mid(at, expected.size()), expected);
        }
        // The single long paragraph was cut between sentences.
        for (const Slide &s : deck.slides) {
            if (!s.title.startsWith(QStringLiteral("Resolution (")) || s.part == s.parts)
                continue;
            const QString text = slideTextDocument(body(s))->toPlainText().trimmed();
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text.right(40)));
        }
        // The list, code block and table all continue, and no slide ends with a heading.
        int wentWell = 0;
        for (const Slide &s : deck.slides) {
            if (!s.title.startsWith(QStringLiteral("What went well")))
                continue;
            ++wentWell;
            const auto doc = slideTextDocument(body(s));
            QVERIFY(doc->lastBlock().blockFormat().headingLevel() == 0);
        }
        QVERIFY(wentWell >= 3);
        const QStringList wellWords = words(slideText(deck, SlideKind::Text));
        for (const char *needle : {"Item 30", "line 30", "app 30"})
            QVERIFY2(wellWords.join(QLatin1Char(' ')).contains(QLatin1String(needle)), needle);
        // 40 action items over several slides, each one once.
        const QString actions = slideText(deck, SlideKind::ActionItems);
        for (const ActionItem &a : pm.actionItems)
            QCOMPARE(actions.count(a.text + QLatin1Char('\n')), 1);
    }

    void aHugeParagraphIsCutAtWords()
    {
        Postmortem pm;
        pm.rootCause = QStringList(5000, QStringLiteral("overload")).join(QLatin1Char(' '));
        pm.actionItems.append({QStringList(300, QStringLiteral("retry")).join(QLatin1Char(' ')),
                               QStringLiteral("task"),
                               QStringLiteral("Ana"),
                               {},
                               false});
        const SlideDeck deck = buildDeck(pm);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(words(slideText(deck, SlideKind::Text)).size(), 5000);
        QCOMPARE(words(slideText(deck, SlideKind::ActionItems)).count(QStringLiteral("retry")),
                 300);
        QVERIFY(titles(deck).contains(QStringLiteral("Action items (2/4)")));
    }

    void endlessWordsAreCutBetweenCharacters()
    {
        Postmortem pm;
        pm.title = QString(3000, QLatin1Char('T'));
        pm.rootCause = QString(20000, QLatin1Char('x'));
        pm.resolution = QStringLiteral("🚀").repeated(3000); // surrogate pairs stay whole
        pm.actionItems.append({QString(5000, QLatin1Char('y')),
                               QStringLiteral("task"),
                               QString(500, QLatin1Char('o')),
                               {},
                               false});
        const SlideDeck deck = buildDeck(pm);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString rootCause, resolution;
        for (const Slide &s : deck.slides) {
            if (s.notesKey == QLatin1String("root-cause"))
                rootCause += slideTextDocument(body(s))->toPlainText();
            if (s.notesKey == QLatin1String("resolution"))
                resolution += slideTextDocument(body(s))->toPlainText();
        }
        QCOMPARE(rootCause.count(QLatin1Char('x')), 20000);
        // Whitespace Qt adds between the parts and the zero-width break opportunities of long
        // runs aside, every character is there, in order.
        QCOMPARE(
            resolution.remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).remove(QChar(0x200B)),
            pm.resolution);
        QCOMPARE(slideText(deck, SlideKind::ActionItems).count(QLatin1Char('y')), 5000);
    }

    void deepNestingAndLongListsStayOnTheSlides()
    {
        Postmortem pm;
        QString list, quote;
        for (int depth = 0; depth < 400; ++depth) {
            list
                += QString(depth * 2, QLatin1Char(' ')) + QStringLiteral("- level %1\n").arg(depth);
            quote += QStringLiteral("> ").repeated(depth + 1)
                     + QStringLiteral("said %1\n\n").arg(depth);
        }
        pm.rootCause = list;
        pm.resolution = quote;
        for (int i = 0; i < 300; ++i)
            pm.timeline.append({{QDate(), QTime(), std::nullopt, QStringLiteral("step %1").arg(i)},
                                EventKind::Other,
                                QStringLiteral("Event %1").arg(i)});
        pm.timeline[1].at.text = QStringLiteral("*about* [noon]");
        const SlideDeck deck = buildDeck(pm);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString text = slideText(deck, SlideKind::Text);
        QVERIFY(text.contains(QStringLiteral("level 399")));
        QVERIFY(text.contains(QStringLiteral("said 399")));
        // A timeline without times is shown as text, every event of it.
        const QString timeline = slideText(deck, SlideKind::TimelineList);
        QVERIFY(timeline.contains(QStringLiteral("step 0 — Event 0")));
        QVERIFY(timeline.contains(QStringLiteral("*about* [noon] — Event 1"))); // as written
        QVERIFY(timeline.contains(QStringLiteral("step 299 — Event 299")));
    }

    void emptyDocumentGetsTitleAndQuestions()
    {
        const SlideDeck deck = buildDeck(Postmortem());
        QCOMPARE(titles(deck), list({"Untitled postmortem", "Questions"}));
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void longTitleStaysOnTheSlide()
    {
        Postmortem pm = sample();
        pm.title = QStringList(60, QStringLiteral("misconfiguration")).join(QLatin1Char(' '));
        pm.authors = QStringList(40, QStringLiteral("Someone Withalongname"));
        pm.diagrams.first().title = pm.title;
        pm.diagrams.first().caption = pm.title;
        const SlideDeck deck = buildDeck(pm);
        const QString problem = geometryProblem(deck);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(slideTextDocument(deck.slides.first().texts.first())
                    ->toPlainText()
                    .endsWith(QStringLiteral("…")));
    }

    void documentMarkupNeverBecomesSlideMarkup()
    {
        Postmortem pm;
        pm.title = QStringLiteral("<b>Title</b>");
        pm.rootCause = QStringLiteral("Before <span style=\"font-size:2px\">tiny</span> "
                                      "<img src=\"x.png\"> after *emphasis*");
        pm.actionItems.append({QStringLiteral("<i>x</i>"),
                               QStringLiteral("task"),
                               QStringLiteral("<u>Ana</u>"),
                               {},
                               false});
        const SlideDeck deck = buildDeck(pm);
        QCOMPARE(deck.slides.first().title, QStringLiteral("<b>Title</b>"));
        QVERIFY(slideTextDocument(deck.slides.first().texts.first())
                    ->toPlainText()
                    .contains(QStringLiteral("<b>Title</b>")));
        for (const Slide &s : deck.slides)
            for (const SlideText &t : s.texts) {
                QVERIFY2(!t.html.contains(QStringLiteral("<span style")), qPrintable(t.html));
                QVERIFY2(!t.html.contains(QStringLiteral("<img")), qPrintable(t.html));
                QVERIFY2(!t.html.contains(QStringLiteral("<u>Ana")), qPrintable(t.html));
            }
        const QString problem = geometryProblem(deck); // no 2 px glyphs either
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void nothingIsPaintedOutsideTheSafeArea_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(SlideTheme::Light);
        QTest::newRow("dark") << int(SlideTheme::Dark);
    }
    void nothingIsPaintedOutsideTheSafeArea()
    {
        QFETCH(int, theme);
        const SlideDeck deck = buildDeck(longDocument());
        const QColor background = slidePalette(SlideTheme(theme)).background;
        const QRect safe = slideSafeArea().toAlignedRect();
        for (int i = 0; i < deck.slides.size(); ++i) {
            QImage image(kSlideSize.toSize(), QImage::Format_RGB32);
            image.fill(Qt::magenta);
            QPainter painter(&image);
            paintSlide(painter, deck, i, QRectF(QPointF(0, 0), kSlideSize), SlideTheme(theme));
            painter.end();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (!safe.contains(x, y) && image.pixelColor(x, y) != background)
                        QFAIL(qPrintable(QStringLiteral("slide %1: pixel %2,%3 is %4")
                                             .arg(i + 1)
                                             .arg(x)
                                             .arg(y)
                                             .arg(image.pixelColor(x, y).name())));
            // Something was drawn inside.
            bool drawn = false;
            for (int y = safe.top(); y < safe.bottom() && !drawn; y += 4)
                for (int x = safe.left(); x < safe.right() && !drawn; x += 4)
                    drawn = image.pixelColor(x, y) != background;
            QVERIFY(drawn);
        }
    }

    void themesAreReadableOnAProjector()
    {
        // WCAG 2.x contrast ratio; 7:1 is level AAA, a margin for washed-out projectors.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](qreal v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                   + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        for (const SlideTheme theme : {SlideTheme::Light, SlideTheme::Dark}) {
            const SlidePalette p = slidePalette(theme);
            for (const QColor &c : {p.text, p.muted, p.accent, p.warning, p.link}) {
                QVERIFY2(contrast(c, p.background) >= 7, qPrintable(c.name()));
                QVERIFY2(contrast(c, p.surface) >= 6, qPrintable(c.name())); // tiles, rows
            }
        }
    }

    void notesNeverChangeTheDeck()
    {
        Postmortem a = sample();
        Postmortem b = a;
        b.speakerNotes.insert(QStringLiteral("root-cause"), QStringLiteral("Ask about weights"));
        QVERIFY(sameDeck(a, b));
        b.rootCause += QStringLiteral(" More.");
        QVERIFY(!sameDeck(a, b));
        QString all;
        a.speakerNotes.insert(QStringLiteral("root-cause"), QStringLiteral("SECRET NOTE"));
        for (const Slide &s : buildDeck(a).slides)
            for (const SlideText &t : s.texts)
                all += t.html;
        QVERIFY(!all.contains(QStringLiteral("SECRET NOTE")));
    }
};

QTEST_MAIN(TestSlides)
#include "tst_slides.moc"
