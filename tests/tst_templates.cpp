// Postmortem templates: the shipped files, the parser's errors, the user folder override, and
// switching templates without losing text (as a property over every pair of templates).
#include "core/nativeformat.h"
#include "core/templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

const QString kShipped = QStringLiteral(HINDSIGHT_SOURCE_DIR "/templates");

QList<PostmortemTemplate> shipped()
{
    return loadTemplates({kShipped});
}

const PostmortemTemplate *byId(const QList<PostmortemTemplate> &all, const char *id)
{
    for (const PostmortemTemplate &t : all) {
        if (t.id == QLatin1String(id))
            return &t;
    }
    return nullptr;
}

QStringList headings(const QList<Section> &sections)
{
    QStringList out;
    for (const Section &s : sections)
        out.append(s.heading);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedTemplatesLoad()
    {
        QStringList problems;
        const QList<PostmortemTemplate> all = loadTemplates({kShipped}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const PostmortemTemplate &t : all) {
            ids.append(t.id);
            QVERIFY(!t.name.isEmpty());
            QVERIFY2(!t.description.isEmpty() && !t.source.isEmpty(), qPrintable(t.id));
            // Every template covers the model's core: a timeline and action items at least.
            QStringList fields;
            for (const TemplateSection &s : t.sections) {
                fields.append(s.field);
                QVERIFY2(!s.guidance.isEmpty(), qPrintable(t.id + QLatin1Char('/') + s.heading));
            }
            for (const char *f :
                 {"summary", "impact", "timeline", "rootCause", "resolution", "actionItems"})
                QVERIFY2(fields.contains(QLatin1String(f)),
                         qPrintable(t.id + QLatin1Char(' ') + QLatin1String(f)));
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("atlassian"), QStringLiteral("course"),
                                   QStringLiteral("google-sre"), QStringLiteral("pagerduty")}));
    }

    void templatesHaveTheirSourcesSections_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("additional");
        QTest::newRow("course") << QStringLiteral("course") << QStringList{};
        QTest::newRow("google-sre") << QStringLiteral("google-sre")
                                    << QStringList{QStringLiteral("Trigger"),
                                                   QStringLiteral("Detection"),
                                                   QStringLiteral("What went well"),
                                                   QStringLiteral("What went wrong"),
                                                   QStringLiteral("Where we got lucky"),
                                                   QStringLiteral("Supporting information")};
        QTest::newRow("atlassian")
            << QStringLiteral("atlassian")
            << QStringList{QStringLiteral("Leadup"), QStringLiteral("Detection"),
                           QStringLiteral("Response"), QStringLiteral("Five whys"),
                           QStringLiteral("Lessons learned")};
        QTest::newRow("pagerduty")
            << QStringLiteral("pagerduty")
            << QStringList{QStringLiteral("What happened"), QStringLiteral("Responders"),
                           QStringLiteral("What went well"),
                           QStringLiteral("What didn't go so well"), QStringLiteral("Messaging")};
    }
    void templatesHaveTheirSourcesSections()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, additional);
        const QList<PostmortemTemplate> all = shipped();
        const PostmortemTemplate *t = byId(all, id.toLatin1().constData());
        QVERIFY(t);
        QStringList got;
        for (const TemplateSection &s : t->additionalSections())
            got.append(s.heading);
        QCOMPARE(got, additional);
        const Postmortem pm = postmortemFromTemplate(*t);
        QCOMPARE(pm.templateId, id);
        QCOMPARE(headings(pm.sections), additional);
        QCOMPARE(pm.status, std::optional(Status::Draft));
    }

    void parserErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("id: x\nname: [unclosed\n")
                                << QStringLiteral("YAML error at line");
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << QStringLiteral("mapping");
        QTest::newRow("bad id") << QByteArray("id: My Template\nname: X\nsections: [A]\n")
                                << QStringLiteral("id 'My Template'");
        QTest::newRow("no name") << QByteArray("id: x\nsections: [A]\n")
                                 << QStringLiteral("no name");
        QTest::newRow("no sections")
            << QByteArray("id: x\nname: X\n") << QStringLiteral("no sections");
        QTest::newRow("unknown field")
            << QByteArray("id: x\nname: X\nsections:\n  - {heading: Why, field: why}\n")
            << QStringLiteral("unknown field 'why'");
    }
    void parserErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!parseTemplate(yaml, &got));
        QVERIFY2(got.contains(error), qPrintable(got));
    }

    void plainHeadingsAndFieldsParse()
    {
        QString error;
        const auto t = parseTemplate("id: team-x\nname: Team X\nsections:\n  - Context\n"
                                     "  - {heading: What broke, field: rootCause, guidance: G}\n",
                                     &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->sections.size(), 2);
        QCOMPARE(t->sections[0], (TemplateSection{QStringLiteral("Context"), {}, {}}));
        QCOMPARE(t->guidanceFor(QStringLiteral("rootCause")), QStringLiteral("G"));
        QCOMPARE(t->guidanceFor(QStringLiteral("context")), QString());
    }

    void userFolderOverridesAndAdds()
    {
        QTemporaryDir user;
        QVERIFY(writeFile(user.filePath(QStringLiteral("course.yaml")),
                          "id: course\nname: Our course\nsections: [Extra]\n"));
        QVERIFY(writeFile(user.filePath(QStringLiteral("team.yml")),
                          "id: team\nname: Team\nsections: [Context]\n"));
        QVERIFY(writeFile(user.filePath(QStringLiteral("broken.yaml")), "id: [\n"));
        QVERIFY(writeFile(user.filePath(QStringLiteral("notes.txt")), "not a template"));
        QStringList problems;
        const QList<PostmortemTemplate> all = loadTemplates({kShipped, user.path()}, &problems);
        QCOMPARE(all.size(), 5);
        QCOMPARE(byId(all, "course")->name, QStringLiteral("Our course"));
        QVERIFY(byId(all, "team"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("broken.yaml")));
        // Missing folders are not an error.
        QCOMPARE(loadTemplates({user.filePath(QStringLiteral("nope"))}).size(), 0);
    }

    /// Property: switching between any two templates keeps every model field and every
    /// section that has text; switching back restores the first template's shape.
    void switchingKeepsEveryPieceOfText()
    {
        const QList<PostmortemTemplate> all = shipped();
        QVERIFY(all.size() >= 4);
        for (const PostmortemTemplate &from : all) {
            for (const PostmortemTemplate &to : all) {
                Postmortem pm = postmortemFromTemplate(from);
                pm.title = QStringLiteral("Outage");
                pm.summary = QStringLiteral("Summary text");
                pm.rootCause = QStringLiteral("Cause text");
                pm.timeline.append({{QDate(2024, 1, 2), QTime(10, 0), 0, {}},
                                    EventKind::Detection,
                                    QStringLiteral("Alert")});
                pm.actionItems.append({QStringLiteral("Add a check"), QStringLiteral("task"),
                                       QStringLiteral("Ana"), QDate(2024, 2, 1), false});
                // Write into the first additional section, and add a section of the user's own
                // (empty heading-only and with text).
                if (!pm.sections.isEmpty())
                    pm.sections[0].text = QStringLiteral("Written by the user");
                pm.sections.append({QStringLiteral("Our notes"), QStringLiteral("Kept")});
                pm.sections.append({QStringLiteral("Placeholder of mine"), QString()});

                const Postmortem switched = applyTemplate(pm, to, &from);
                QCOMPARE(switched.templateId, to.id);
                Postmortem fieldsOnly = switched;
                fieldsOnly.sections = pm.sections;
                fieldsOnly.templateId = pm.templateId;
                QCOMPARE(switched.bodyOrder, templateBodyOrder(to)); // the new template's order
                fieldsOnly.bodyOrder = pm.bodyOrder;
                QCOMPARE(fieldsOnly, pm); // every model field untouched
                for (const Section &s : pm.sections) {
                    if (s.text.isEmpty() && s.heading != QLatin1String("Placeholder of mine"))
                        continue;
                    QVERIFY2(switched.sections.contains(s),
                             qPrintable(from.id + QStringLiteral(" -> ") + to.id
                                        + QStringLiteral(": lost ") + s.heading));
                }
                // The new template's sections come first, in its order.
                QStringList expected;
                for (const TemplateSection &s : to.additionalSections())
                    expected.append(s.heading);
                QCOMPARE(headings(switched.sections).mid(0, expected.size()), expected);

                // And back: the first template's shape again, the text still there.
                const Postmortem back = applyTemplate(switched, from, &to);
                for (const Section &s : pm.sections) {
                    if (!s.text.isEmpty())
                        QVERIFY(back.sections.contains(s));
                }
            }
        }
    }

    void templateIdSurvivesTheNativeFile()
    {
        const QList<PostmortemTemplate> all = shipped();
        Postmortem pm = postmortemFromTemplate(*byId(all, "google-sre"));
        pm.title = QStringLiteral("Outage");
        const QByteArray bytes = writeNativeFormat(pm);
        QVERIFY(bytes.contains("\ntemplate: google-sre\n"));
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.templateId, QStringLiteral("google-sre"));
        QCOMPARE(headings(r.postmortem.sections), headings(pm.sections));
        QCOMPARE(writeNativeFormat(r.postmortem), bytes);
        // Without a template the key is not written (older files keep their bytes).
        pm.templateId.clear();
        QVERIFY(!writeNativeFormat(pm).contains("template:"));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
