// The translations: every .ts complete and current, the compiled .qm embedded and loaded, the
// window speaking the language chosen in the settings, Qt's own dialogs too, and UI dates in
// the locale while the model's edit values stay ISO 8601.
#include "core/document.h"
#include "core/documentlanguage.h"
#include "core/postmortemfields.h"
#include "modalguard.h"
#include "ui/actionitemmodel.h"
#include "ui/localization.h"
#include "ui/mainwindow.h"
#include "ui/timelinemodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Hindsight;

namespace {

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< "unfinished", "vanished", "obsolete" or "" (finished)
    bool numerus = false;
    QStringList translations; ///< one entry, or one per numerus form
    qint64 line = 0;          ///< where the <message> starts in the .ts
};

struct TsFile
{
    QString language; ///< the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; ///< the XML parser's complaint; empty when the file parsed
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {},
                                {},      xml.attributes().value(QLatin1String("numerus")) == u"yes",
                                {},      xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The translated languages: all but English, the source.
QStringList translatedLanguages()
{
    return availableLanguages().mid(1);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(HINDSIGHT_SOURCE_DIR "/translations/hindsight_%1.ts").arg(language);
}

/// The translation of `source` in `context` the .ts file for `language` holds; empty if none.
QString expected(const QString &language, const char *context, const char *source)
{
    const TsFile ts = readTs(tsPath(language));
    for (const TsMessage &m : ts.messages) {
        if (m.context == QLatin1String(context) && m.source == QString::fromUtf8(source)
            && !m.translations.isEmpty())
            return m.translations.first();
    }
    return {};
}

/// The %1..%9 placeholders in `text`, each once, sorted ("%L1" counts as "%1").
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(QLatin1Char('%') + it.next().captured(1));
    out.removeDuplicates();
    out.sort();
    return out;
}

/// The HTML tags in `text` ("<b>", "</b>", "<br>"), sorted.
QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*>?"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLower());
    out.sort();
    return out;
}

/// Whether `text` has a keyboard accelerator: "&" before a character other than "&" or space.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

/// Numerus forms Qt expects for a language (the plural rules in Qt's qtranslator.cpp: German,
/// French and Spanish each have two).
int numerusForms(const QString &language)
{
    Q_UNUSED(language);
    return 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void cleanup()
    {
        QSettings().remove(QLatin1String(kLanguageSettingsKey));
        applyLanguage(QString());
    }

    /// Every .ts in translations/ is a language the program offers, and the other way round.
    void everyTranslationIsOffered()
    {
        QStringList files = QDir(QStringLiteral(HINDSIGHT_SOURCE_DIR "/translations"))
                                .entryList({QStringLiteral("hindsight_*.ts")}, QDir::Files);
        // English is the source text; hindsight_en.ts holds only its plural forms.
        QVERIFY(files.removeOne(QStringLiteral("hindsight_en.ts")));
        QStringList languages;
        for (const QString &l : translatedLanguages())
            languages.append(QStringLiteral("hindsight_%1.ts").arg(l));
        files.sort();
        languages.sort();
        QCOMPARE(files, languages);
    }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : translatedLanguages())
            QTest::newRow(qPrintable(l)) << l;
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        QVERIFY(ts.messages.size() > 100);

        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const QString where = QStringLiteral("line %1 (%2) \"%3\": ")
                                      .arg(m.line)
                                      .arg(m.context, m.source.left(60));
            if (m.type == u"unfinished")
                problems.append(where + QStringLiteral("unfinished"));
            if (m.numerus && m.translations.size() != numerusForms(language))
                problems.append(where
                                + QStringLiteral("%1 plural forms, %2 expected")
                                      .arg(m.translations.size())
                                      .arg(numerusForms(language)));
            for (const QString &t : m.translations) {
                // A translation of whitespace-only text ("\n") may be just as blank.
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems.append(where + QStringLiteral("empty translation"));
                if (placeholders(t) != placeholders(m.source))
                    problems.append(
                        where
                        + QStringLiteral("placeholders %1 instead of %2")
                              .arg(placeholders(t).join(u' '), placeholders(m.source).join(u' ')));
                if (tags(t) != tags(m.source))
                    problems.append(where + QStringLiteral("HTML tags differ"));
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems.append(where + QStringLiteral("accelerator (&) added or lost"));
                if (m.source.endsWith(QStringLiteral("…")) != t.endsWith(QStringLiteral("…")))
                    problems.append(where + QStringLiteral("trailing … added or lost"));
            }
            if (m.numerus && m.source.contains(QLatin1String("%n")) && !m.translations.isEmpty()
                && !m.translations.last().contains(u"%n"))
                problems.append(where + QStringLiteral("the plural form has no %n"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// lupdate run on today's sources adds nothing untranslated: every tr() string in app/ and
    /// ui/ is in every .ts file, translated, with the source text it has in the code.
    void tsFileIsCurrent_data()
    {
        tsFileIsComplete_data();
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }

    void tsFileIsCurrent()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("current.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-I"),         QStringLiteral("app"),
                              QStringLiteral("-I"),         QStringLiteral("."),
                              QStringLiteral("app"),        QStringLiteral("ui"),
                              QStringLiteral("-ts"),        copy};
        if (language == u"en")
            arguments.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(HINDSIGHT_SOURCE_DIR));
        lupdate.start(QStringLiteral(HINDSIGHT_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        const TsFile ts = readTs(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList untranslated;
        for (const TsMessage &m : ts.messages) {
            if (m.type == u"unfinished")
                untranslated.append(QStringLiteral("%1: \"%2\"").arg(m.context, m.source));
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("not in %1 (see translations/README.md):\n%2")
                                .arg(tsPath(language), untranslated.join(u'\n'))));
    }

    void compiledTranslationIsEmbedded_data() { tsFileIsComplete_data(); }

    void compiledTranslationIsEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/hindsight_%1.qm").arg(language)));
        QCOMPARE(translator.language().left(2), language);
        const QString file = expected(language, "Hindsight::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != QLatin1String("&File"));
        QCOMPARE(translator.translate("Hindsight::MainWindow", "&File"), file);
        // Strings of the core library, outside any QObject, are in the same catalogue.
        const char *rootCause = "Name the root cause.";
        QCOMPARE(translator.translate("Hindsight::ReviewChecks", rootCause),
                 expected(language, "Hindsight::ReviewChecks", rootCause));
        // Plural forms are compiled and chosen by the count (QCoreApplication::translate then
        // puts the count in place of %n).
        const char *lines = "%n lines held several entries or labels joined by \" - \" or <br>; "
                            "each was read on its own.";
        const QString one = translator.translate("Hindsight::ImportReport", lines, nullptr, 1);
        const QString three = translator.translate("Hindsight::ImportReport", lines, nullptr, 3);
        QVERIFY(!one.isEmpty() && !three.isEmpty());
        QVERIFY2(one != three, qPrintable(three));
        QVERIFY(three.contains(QLatin1String("%n")));
    }

    /// English counts read "1 error", "2 errors", never "1 error(s)": in the window and in
    /// documents written in English under another interface language.
    void englishPluralForms()
    {
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.messages.size() >= 10);
        for (const TsMessage &m : ts.messages) {
            QVERIFY2(m.numerus && m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.first().contains(QLatin1String("(s)")), qPrintable(m.source));
        }
        const char *errors = "%n error(s)";
        applyLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Hindsight::ReviewPanel", errors, nullptr, 1),
                 QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("Hindsight::ReviewPanel", errors, nullptr, 3),
                 QStringLiteral("3 errors"));
        applyLanguage(QStringLiteral("de"));
        const DocumentLanguageScope english(DisplayLanguage::English);
        QCOMPARE(documentTr("Hindsight::ReviewPanel", errors, nullptr, 1),
                 QStringLiteral("1 error"));
        QCOMPARE(documentTr("Hindsight::ReviewPanel", errors, nullptr, 0),
                 QStringLiteral("0 errors"));
    }

    void windowSpeaksTheChosenLanguage()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingsKey), QStringLiteral("de"));
        QCOMPARE(configuredLanguage(), QStringLiteral("de"));
        QCOMPARE(applyLanguage(configuredLanguage()).language(), QLocale::German);
        {
            MainWindow w;
            QVERIFY(!w.menuBar()->actions().isEmpty());
            QCOMPARE(w.menuBar()->actions().first()->text(),
                     expected(QStringLiteral("de"), "Hindsight::MainWindow", "&File"));
        }
        // The field titles the preview's headings, key facts and review findings use are
        // translated too (they were once hidden from lupdate behind a macro).
        for (const FieldId id : {FieldId::Summary, FieldId::Impact, FieldId::Timeline,
                                 FieldId::RootCause, FieldId::TimeZone}) {
            const QString title = fieldTitle(id, DisplayLanguage::Interface);
            QVERIFY2(title != fieldTitle(id, DisplayLanguage::English), qPrintable(title));
            QCOMPARE(title,
                     expected(QStringLiteral("de"), "Hindsight::Fields", fieldInfo(id).title));
        }
        // Qt's own strings (qtbase_de.qm) come along: a dialog's Cancel button.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        QVERIFY2(!cancel.contains(QLatin1String("Cancel")), qPrintable(cancel));
        QVERIFY2(cancel.contains(QLatin1String("Abbrechen")), qPrintable(cancel));

        // Back to the system language (C in the tests): English again.
        QSettings().setValue(QLatin1String(kLanguageSettingsKey), QString());
        QCOMPARE(configuredLanguage(), QString());
        applyLanguage(configuredLanguage());
        MainWindow w;
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void unknownLanguageIsIgnored()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingsKey), QStringLiteral("xx"));
        QCOMPARE(configuredLanguage(), QString());
    }

    void uiDatesFollowTheLocale()
    {
        const QDate day(2023, 7, 9);
        const QTime time(14, 5);
        applyLanguage(QStringLiteral("de"));
        QCOMPARE(displayDate(day), QStringLiteral("09.07.2023"));
        QCOMPARE(displayTime(time), QStringLiteral("14:05"));
        QCOMPARE(displayTime(QTime(14, 5, 30)), QStringLiteral("14:05:30"));
        applyLanguage(QStringLiteral("fr"));
        QCOMPARE(displayDate(day), QStringLiteral("09/07/2023"));
        applyLanguage(QStringLiteral("es"));
        QCOMPARE(displayDate(day), QStringLiteral("9/7/2023"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(displayDate(day), QStringLiteral("2023-07-09"));
        QCOMPARE(displayTime(QTime(14, 5, 30)), QStringLiteral("14:05:30"));
        QCOMPARE(displayDate(QDate()), QString());
    }

    /// The tables show the locale's dates; what an editor gets (and the file keeps) is ISO.
    void tablesShowLocaleDatesAndEditIso()
    {
        applyLanguage(QStringLiteral("de"));
        Document doc;
        Postmortem pm;
        TimelineEvent e;
        e.at.date = QDate(2023, 7, 9);
        e.at.time = QTime(14, 5);
        e.text = QStringLiteral("Alert fired");
        pm.timeline.append(e);
        ActionItem a;
        a.text = QStringLiteral("Add a check");
        a.due = QDate(2023, 8, 1);
        pm.actionItems.append(a);
        doc.reset(pm, {});

        TimelineModel timeline(&doc);
        const QModelIndex date = timeline.index(0, TimelineModel::DateColumn);
        QCOMPARE(date.data(Qt::DisplayRole).toString(), QStringLiteral("09.07.2023"));
        QCOMPARE(date.data(Qt::EditRole).toString(), QStringLiteral("2023-07-09"));
        const QModelIndex kind = timeline.index(0, TimelineModel::KindColumn);
        QCOMPARE(kind.data().toString(),
                 expected(QStringLiteral("de"), "Hindsight::DisplayNames", "Other"));

        ActionItemModel actions(&doc);
        const QModelIndex due = actions.index(0, ActionItemModel::DueColumn);
        QCOMPARE(due.data(Qt::DisplayRole).toString(), QStringLiteral("01.08.2023"));
        QCOMPARE(due.data(Qt::EditRole).toString(), QStringLiteral("2023-08-01"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
