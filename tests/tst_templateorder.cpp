// A document started from a template keeps the template's section order: in the model
// (bodyOrder), through the native file, in the preview/HTML, the Markdown export and the deck.
#include "core/nativeformat.h"
#include "core/postmortemfields.h"
#include "core/speakernotes.h"
#include "core/templates.h"
#include "render/htmlrenderer.h"
#include "render/markdownexport.h"
#include "render/slides.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

const QString kShipped = QStringLiteral(HINDSIGHT_SOURCE_DIR "/templates");

/// A document from `t` with text in every part, so every heading is rendered.
Postmortem filledFrom(const PostmortemTemplate &t)
{
    Postmortem pm = postmortemFromTemplate(t);
    pm.title = QStringLiteral("Queue workers stalled on a full disk");
    pm.summary = QStringLiteral("Workers stopped taking jobs for forty minutes.");
    pm.impact = QStringLiteral("Uploads waited; none were lost.");
    pm.rootCause = QStringLiteral("Log rotation was switched off on the worker hosts.");
    pm.resolution = QStringLiteral("Old logs were removed and rotation switched back on.");
    TimelineEvent e;
    e.at.date = QDate(2024, 3, 9);
    e.at.time = QTime(4, 10);
    e.kind = EventKind::Detection;
    e.text = QStringLiteral("Queue depth alert fires.");
    pm.timeline.append(e);
    pm.actionItems.append({QStringLiteral("Alert on disk use above 80 percent"),
                           QStringLiteral("improvement"), QStringLiteral("ops"), QDate(), false});
    for (Section &s : pm.sections)
        s.text = QStringLiteral("Notes for %1.").arg(s.heading);
    return pm;
}

/// The headings a reader sees for the template's sections, in the template's order: a
/// field's title, or the additional section's own heading.
QStringList expectedTitles(const PostmortemTemplate &t)
{
    QStringList out;
    for (const TemplateSection &s : t.sections) {
        const FieldInfo *field = findField(s.field);
        out.append(field ? fieldTitle(field->id, DisplayLanguage::English) : s.heading);
    }
    return out;
}

QStringList capturedAll(const QRegularExpression &re, const QString &text)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

class TestTemplateOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTemplateRendersInItsOrder_data()
    {
        QTest::addColumn<int>("index");
        const QList<PostmortemTemplate> all = loadTemplates({kShipped});
        QVERIFY(all.size() >= 4);
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].id)) << i;
    }

    void everyTemplateRendersInItsOrder()
    {
        QFETCH(int, index);
        const PostmortemTemplate tmpl = loadTemplates({kShipped}).at(index);
        const Postmortem pm = filledFrom(tmpl);
        QCOMPARE(pm.bodyOrder.isEmpty(), isGenericBodyOrder(templateBodyOrder(tmpl)));

        // Preview, PDF and HTML: the <h2> headings after the key facts.
        const QString html = renderHtml(pm);
        static const QRegularExpression h2(QStringLiteral("<h2>([^<]*)</h2>"));
        QCOMPARE(capturedAll(h2, html), expectedTitles(tmpl));

        // The native file keeps the order, reads back equal and saves to the same bytes.
        const QByteArray saved = writeNativeFormat(pm);
        const NativeReadResult read = readNativeFormat(QString::fromUtf8(saved));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.postmortem.bodyOrder, pm.bodyOrder);
        QCOMPARE(bodyParts(read.postmortem), bodyParts(pm));
        QCOMPARE(writeNativeFormat(read.postmortem), saved);

        // The Markdown export: its "## " headings in the template's order (native headings for
        // the fields).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.md"));
        QString error;
        QVERIFY2(exportMarkdown(pm, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression h2md(QStringLiteral("(?m)^## (.*)$"));
        QStringList expected;
        for (const TemplateSection &s : tmpl.sections) {
            const FieldInfo *field = findField(s.field);
            expected.append(field ? QString::fromLatin1(field->nativeHeading) : s.heading);
        }
        QCOMPARE(capturedAll(h2md, QString::fromUtf8(file.readAll())), expected);

        // The deck: root cause, resolution and action items in the template's order.
        QStringList deckOrder;
        for (const Slide &slide : buildDeck(pm).slides) {
            for (const FieldId id : {FieldId::RootCause, FieldId::Resolution, FieldId::ActionItems})
                if (slide.title.startsWith(fieldTitle(id)) && !deckOrder.contains(fieldTitle(id)))
                    deckOrder.append(fieldTitle(id));
        }
        QStringList templateOrder;
        for (const TemplateSection &s : tmpl.sections)
            if (s.field == QLatin1String("rootCause") || s.field == QLatin1String("resolution")
                || s.field == QLatin1String("actionItems"))
                templateOrder.append(fieldTitle(findField(s.field)->id));
        QCOMPARE(deckOrder, templateOrder);
    }

    void googleSreOrderIsNotTheGenericOne()
    {
        const QList<PostmortemTemplate> all = loadTemplates({kShipped});
        const auto it = std::find_if(all.begin(), all.end(), [](const PostmortemTemplate &t) {
            return t.id == QLatin1String("google-sre");
        });
        QVERIFY(it != all.end());
        const QStringList titles = capturedAll(
            QRegularExpression(QStringLiteral("<h2>([^<]*)</h2>")), renderHtml(filledFrom(*it)));
        // The book puts the timeline near the end, after the lessons; "Trigger" sits between
        // the root causes and the resolution.
        QVERIFY(titles.indexOf(QStringLiteral("Timeline"))
                > titles.indexOf(QStringLiteral("Where we got lucky")));
        QCOMPARE(titles.indexOf(QStringLiteral("Trigger")),
                 titles.indexOf(QStringLiteral("Root cause")) + 1);
    }

    void aDocumentWithoutAnOrderKeepsTheGenericOne()
    {
        Postmortem pm;
        pm.summary = QStringLiteral("s");
        pm.sections.append({QStringLiteral("Lessons learned"), QStringLiteral("l")});
        const QByteArray saved = writeNativeFormat(pm);
        const NativeReadResult read = readNativeFormat(QString::fromUtf8(saved));
        QVERIFY(read.ok);
        QVERIFY(read.postmortem.bodyOrder.isEmpty());
        QCOMPARE(read.postmortem, pm);
        QCOMPARE(bodyParts(pm).constLast(), (BodyPart{FieldId::Document, 0}));
    }

    void removingASectionKeepsTheOthersInPlace()
    {
        Postmortem pm;
        pm.sections
            = {{QStringLiteral("Trigger"), QString()}, {QStringLiteral("Detection"), QString()}};
        pm.bodyOrder
            = {QStringLiteral("summary"), QString(), QStringLiteral("rootCause"), QString()};
        removeSection(pm, 0);
        QCOMPARE(pm.sections.size(), 1);
        QCOMPARE(pm.bodyOrder,
                 (QStringList{QStringLiteral("summary"), QStringLiteral("rootCause"), QString()}));
        QCOMPARE(bodyParts(pm).at(2), (BodyPart{FieldId::Document, 0})); // after the root cause
    }

    void switchingTemplatesTakesTheNewOrder()
    {
        const QList<PostmortemTemplate> all = loadTemplates({kShipped});
        for (const PostmortemTemplate &from : all) {
            for (const PostmortemTemplate &to : all) {
                Postmortem pm = applyTemplate(filledFrom(from), to, &from);
                QCOMPARE(pm.bodyOrder, templateBodyOrder(to));
                // Every part still appears once.
                QCOMPARE(bodyParts(pm).size(), 6 + pm.sections.size());
            }
        }
    }
};

QTEST_MAIN(TestTemplateOrder)
#include "tst_templateorder.moc"
