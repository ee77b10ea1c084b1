// The "Document language" preference: the words the renderers add (key facts, headings, event
// kinds, chart and diagram labels) follow it — the interface language or English — in the
// preview and the exports, while `hindsight convert` and every default stay English.
#include "core/displaynames.h"
#include "core/document.h"
#include "core/documentlanguage.h"
#include "render/exportformats.h"
#include "render/htmlrenderer.h"
#include "render/timelinelayout.h"
#include "ui/editingactions.h"
#include "ui/preferences.h"
#include "ui/previewpane.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <QtConcurrent/QtConcurrentRun>
#include <memory>

using namespace Hindsight;

namespace {

/// A stand-in for a German translation of the renderers' words (the real .ts files are
/// translated after merging): a few entries in the contexts the renderers use.
class GermanWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray key = QByteArray(context) + '/' + source;
        if (key == "Hindsight::HtmlRenderer/Start")
            return QStringLiteral("Beginn");
        if (key == "Hindsight::HtmlRenderer/Duration")
            return QStringLiteral("Dauer");
        if (key == "Hindsight::Fields/Summary")
            return QStringLiteral("Zusammenfassung");
        if (key == "Hindsight::DisplayNames/Detection")
            return QStringLiteral("Erkennung");
        if (key == "Hindsight::TimelineChart/Incident window")
            return QStringLiteral("Störungsfenster");
        return {};
    }
    bool isEmpty() const override { return false; }
};

Postmortem sample()
{
    Postmortem pm;
    pm.title = QStringLiteral("Certificate expired on the API gateway");
    pm.summary = QStringLiteral("Clients could not connect for twenty minutes.");
    pm.start.date = QDate(2024, 5, 2);
    pm.start.time = QTime(10, 0);
    pm.end.date = QDate(2024, 5, 2);
    pm.end.time = QTime(10, 20);
    TimelineEvent e;
    e.at = pm.start;
    e.kind = EventKind::Detection;
    e.text = QStringLiteral("Handshake errors page the on-call.");
    pm.timeline.append(e);
    return pm;
}

} // namespace

class TestDocumentLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_documentlanguage"));
        QSettings().clear();
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void keyFactsFollowTheSetting()
    {
        HtmlOptions options; // the default: English (exports, convert)
        QString html = renderHtml(sample(), options);
        QVERIFY(html.contains(QStringLiteral(">Start</td>")));
        QVERIFY(html.contains(QStringLiteral(">Duration</td>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Summary</h2>")));
        QVERIFY(!html.contains(QStringLiteral("Beginn")));

        options.language = DisplayLanguage::Interface;
        html = renderHtml(sample(), options);
        QVERIFY(html.contains(QStringLiteral(">Beginn</td>")));
        QVERIFY(html.contains(QStringLiteral(">Dauer</td>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Zusammenfassung</h2>")));
        QVERIFY(html.contains(QStringLiteral(">Erkennung</span>")));
    }

    void scopesNestPerThread()
    {
        QCOMPARE(documentLanguage(), DisplayLanguage::Interface);
        QCOMPARE(eventKindTitle(EventKind::Detection), QStringLiteral("Erkennung"));
        {
            const DocumentLanguageScope english(DisplayLanguage::English);
            QCOMPARE(eventKindTitle(EventKind::Detection), QStringLiteral("Detection"));
            QCOMPARE(documentTr("Hindsight::TimelineChart", "Incident window"),
                     QStringLiteral("Incident window"));
            {
                const DocumentLanguageScope ui(DisplayLanguage::Interface);
                QCOMPARE(documentTr("Hindsight::TimelineChart", "Incident window"),
                         QStringLiteral("Störungsfenster"));
            }
            QCOMPARE(documentLanguage(), DisplayLanguage::English);
            // Another thread has its own: the interface language.
            QCOMPARE(
                QtConcurrent::run([] { return eventKindTitle(EventKind::Detection); }).result(),
                QStringLiteral("Erkennung"));
        }
        QCOMPARE(documentLanguage(), DisplayLanguage::Interface);
        QCOMPARE(documentTr("Hindsight::X", "%n events", nullptr, 3), QStringLiteral("3 events"));
    }

    /// Dates and numbers are written in the document's language too: an English deck under a
    /// German locale says "March", not "März" beside its English headings.
    void datesFollowTheDocumentLanguage()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDate day(2019, 3, 25);
        QCOMPARE(documentLocale().toString(day, QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("25 März 2019"));
        {
            const DocumentLanguageScope english(DisplayLanguage::English);
            QCOMPARE(documentLocale().toString(day, QStringLiteral("d MMMM yyyy")),
                     QStringLiteral("25 March 2019"));
            QCOMPARE(documentLocale().toString(12.5, 'g', 4), QStringLiteral("12.5"));
        }
        // The chart's days on an axis over several days: "Mar 26" in English, "26 März" in
        // German.
        Postmortem pm;
        pm.start = {QDate(2019, 3, 25), QTime(23, 0), 0, {}};
        pm.end = {QDate(2019, 3, 28), QTime(8, 0), 0, {}};
        pm.timeline = {{pm.start, EventKind::Detection, QStringLiteral("Alert fired.")},
                       {pm.end, EventKind::Resolution, QStringLiteral("Recovered.")}};
        const auto dayLabels = [&pm] {
            QStringList labels;
            for (const TimelineLayout::Tick &t : layoutTimeline(pm, 900).ticks)
                if (!t.label.contains(u':'))
                    labels.append(t.label);
            return labels.join(u' ');
        };
        QVERIFY2(dayLabels().contains(QStringLiteral("März")), qPrintable(dayLabels()));
        {
            const DocumentLanguageScope english(DisplayLanguage::English);
            QVERIFY2(dayLabels().contains(QStringLiteral("Mar 2")), qPrintable(dayLabels()));
        }
        QLocale::setDefault(previous);
    }

    void exportsFollowTheirOptions()
    {
        QTemporaryDir dir;
        const ExportFormat *html = findExportFormat(QStringLiteral("html"));
        QVERIFY(html);
        ExportOptions options; // what convert passes: English
        QString error;
        const QString english = dir.filePath(QStringLiteral("en.html"));
        QVERIFY2(writeExport(*html, sample(), english, options, &error), qPrintable(error));
        options.html.language = DisplayLanguage::Interface;
        const QString german = dir.filePath(QStringLiteral("de.html"));
        QVERIFY2(writeExport(*html, sample(), german, options, &error), qPrintable(error));
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QVERIFY(read(english).contains(QStringLiteral(">Duration</td>")));
        QVERIFY(read(german).contains(QStringLiteral(">Dauer</td>")));
        QCOMPARE(documentLanguage(), DisplayLanguage::Interface); // the scope closed
    }

    void thePreferenceReachesThePreview()
    {
        QSettings settings;
        Preferences p;
        QCOMPARE(p.documentDisplayLanguage(), DisplayLanguage::Interface);
        p.documentLanguage = QStringLiteral("english");
        p.save(&settings);
        QCOMPARE(Preferences::load(&settings).documentDisplayLanguage(), DisplayLanguage::English);
        settings.setValue(SettingsKey::DocumentLanguage, QStringLiteral("klingon"));
        QCOMPARE(Preferences::load(&settings).documentLanguage, QStringLiteral("interface"));

        Document document;
        document.reset(sample(), QString());
        PreviewPane preview(&document);
        preview.resize(800, 600);
        preview.setDocumentLanguage(DisplayLanguage::English);
        preview.renderNow();
        QVERIFY(preview.toPlainText().contains(QStringLiteral("Duration")));
        preview.setDocumentLanguage(DisplayLanguage::Interface);
        QVERIFY(preview.toPlainText().contains(QStringLiteral("Dauer")));
        QVERIFY(!preview.toPlainText().contains(QStringLiteral("Duration")));
    }

    void copyAsRichTextFollowsTheSetting()
    {
        for (const DisplayLanguage language :
             {DisplayLanguage::Interface, DisplayLanguage::English}) {
            const std::unique_ptr<QMimeData> mime(
                EditingActions::richTextMimeData(sample(), QString(), language));
            const QString word = language == DisplayLanguage::English ? QStringLiteral("Duration")
                                                                      : QStringLiteral("Dauer");
            const QString other = language == DisplayLanguage::English ? QStringLiteral("Dauer")
                                                                       : QStringLiteral("Duration");
            QVERIFY2(mime->html().contains(word), qPrintable(word));
            QVERIFY(!mime->html().contains(other));
            QVERIFY2(mime->text().contains(word), qPrintable(mime->text()));
            QVERIFY(!mime->text().contains(other));
        }
    }

private:
    GermanWords m_german;
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_documentlanguage.moc"
