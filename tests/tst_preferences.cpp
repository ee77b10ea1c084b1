// Preferences: the value class, the real dialog driven with QTest keys and clicks, themes.
#include "core/document.h"
#include "modalguard.h"
#include "ui/autosaver.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/previewpane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Hindsight;

namespace {
const QList<std::pair<QString, QString>> kTemplates{
    {QStringLiteral("course"), QStringLiteral("Course format")},
    {QStringLiteral("google-sre"), QStringLiteral("Google SRE book")}};

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

/// Mean lightness (0-255) of a widget as drawn.
int lightness(QWidget *w)
{
    const QImage image = w->grab().toImage();
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++n)
            sum += QColor(image.pixel(x, y)).lightness();
    return n ? int(sum / n) : -1;
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's own settings: ~/.qttest/config instead of ~/.config.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase()
    {
        QSettings().clear();
        applyApplicationTheme(QStringLiteral("system"));
    }

    void defaultsWhenNothingStored()
    {
        const Preferences p = Preferences::load();
        QCOMPARE(p, Preferences());
        QCOMPARE(p.theme, QStringLiteral("system"));
        QCOMPARE(p.pageSize, QStringLiteral("A4"));
        QCOMPARE(p.autosaveSeconds, 30);
        QVERIFY(p.reopenLast);
        QVERIFY(p.language.isEmpty());
    }

    void valueRoundTripAndBadValues()
    {
        Preferences p;
        p.theme = QStringLiteral("dark");
        p.language = QStringLiteral("de");
        p.autosaveSeconds = 90;
        p.defaultTemplate = QStringLiteral("google-sre");
        p.pageSize = QStringLiteral("Letter");
        p.editorFont = QFont(QStringLiteral("DejaVu Sans Mono"), 13).toString();
        p.reopenLast = false;
        p.save();
        QCOMPARE(Preferences::load(), p);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QStringLiteral("export/pageSize")).toString(),
                 QStringLiteral("Letter"));

        // What another version or a hand edit may leave: each bad value falls back alone.
        QSettings s;
        s.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        s.setValue(QStringLiteral("autosave/intervalSeconds"), 0);
        s.setValue(QStringLiteral("export/pageSize"), QStringLiteral("A3"));
        const Preferences q = Preferences::load(&s);
        QCOMPARE(q.theme, QStringLiteral("system"));
        QCOMPARE(q.language, QString());
        QCOMPARE(q.autosaveSeconds, 30);
        QCOMPARE(q.pageSize, QStringLiteral("A4"));
        QCOMPARE(q.defaultTemplate, QStringLiteral("google-sre")); // untouched
    }

    void okWritesWhatWasTyped()
    {
        PreferencesDialog dialog(Preferences(), kTemplates);
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *theme = child<QComboBox>(dialog, "themeCombo");
        theme->setFocus();
        QTest::keyClick(theme, Qt::Key_End); // Dark
        auto *autosave = child<QSpinBox>(dialog, "autosaveSpin");
        autosave->setFocus();
        autosave->selectAll();
        QTest::keyClicks(autosave, QStringLiteral("75"));
        auto *page = child<QComboBox>(dialog, "pageSizeCombo");
        QTest::keyClick(page, Qt::Key_Down); // Letter
        auto *templ = child<QComboBox>(dialog, "templateCombo");
        QTest::keyClick(templ, Qt::Key_End); // Google SRE book
        auto *language = child<QComboBox>(dialog, "languageCombo");
        QTest::keyClick(language, Qt::Key_Down); // the first real language
        auto *reopen = child<QCheckBox>(dialog, "reopenLastCheck");
        reopen->setFocus();
        QTest::keyClick(reopen, Qt::Key_Space);
        auto *custom = child<QCheckBox>(dialog, "editorFontCustom");
        QVERIFY(!child<QSpinBox>(dialog, "editorFontSize")->isEnabled());
        custom->setFocus();
        QTest::keyClick(custom, Qt::Key_Space);
        auto *size = child<QSpinBox>(dialog, "editorFontSize");
        QVERIFY(size->isEnabled());
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("17"));

        QVERIFY(QSettings().allKeys().isEmpty()); // nothing written before OK
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);

        QSettings s;
        QCOMPARE(s.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(s.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 75);
        QCOMPARE(s.value(QStringLiteral("export/pageSize")).toString(), QStringLiteral("Letter"));
        QCOMPARE(s.value(QStringLiteral("templates/default")).toString(),
                 QStringLiteral("google-sre"));
        QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(s.value(QStringLiteral("files/reopenLast")).toBool(), false);
        QFont font;
        QVERIFY(font.fromString(s.value(QStringLiteral("fonts/editor")).toString()));
        QCOMPARE(font.pointSize(), 17);
        QCOMPARE(s.value(QStringLiteral("fonts/preview")).toString(), QString());
        QCOMPARE(applied.first().first().value<Preferences>(), Preferences::load());
    }

    void cancelWritesNothing()
    {
        Preferences stored;
        stored.autosaveSeconds = 45;
        stored.save();
        PreferencesDialog dialog(Preferences::load(), kTemplates);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *autosave = child<QSpinBox>(dialog, "autosaveSpin");
        QCOMPARE(autosave->value(), 45);
        autosave->setFocus();
        autosave->selectAll();
        QTest::keyClicks(autosave, QStringLiteral("300"));
        QTest::keyClick(child<QComboBox>(dialog, "themeCombo"), Qt::Key_End);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Preferences::load(), stored);
    }

    void applyWritesAndStaysOpen()
    {
        PreferencesDialog dialog(Preferences(), kTemplates);
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(child<QComboBox>(dialog, "pageSizeCombo"), Qt::Key_Down);
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(Preferences::load().pageSize, QStringLiteral("Letter"));
    }

    void restoreDefaultsResetsTheControls()
    {
        Preferences odd;
        odd.theme = QStringLiteral("light");
        odd.autosaveSeconds = 600;
        odd.pageSize = QStringLiteral("Letter");
        odd.defaultTemplate = QStringLiteral("course");
        odd.previewFont = QFont(QStringLiteral("DejaVu Serif"), 12).toString();
        odd.reopenLast = false;
        odd.save();
        PreferencesDialog dialog(Preferences::load(), kTemplates);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.preferences(), odd);
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::RestoreDefaults),
                          Qt::LeftButton);
        QCOMPARE(dialog.preferences(), Preferences());
        QVERIFY(!child<QSpinBox>(dialog, "previewFontSize")->isEnabled());
        QCOMPARE(Preferences::load(), odd); // shown, not yet written
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(Preferences::load(), Preferences());
    }

    void everyControlHasABuddyAndAName()
    {
        PreferencesDialog dialog(Preferences(), kTemplates);
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w)
                                 || qobject_cast<QCheckBox *>(w);
            if (control && !qobject_cast<QComboBox *>(w->parentWidget()))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void themeChangesPaletteAndPreview()
    {
        MainWindow w;
        w.openSample();
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        Preferences p = w.preferences();
        p.theme = QStringLiteral("dark");
        w.applyPreferences(p);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QVERIFY(w.preview()->isDark());
        QTRY_VERIFY(lightness(w.preview()) < 110); // the page itself went dark
        QCOMPARE(w.form()->summaryEditor()->palette().color(QPalette::Base),
                 QApplication::palette().color(QPalette::Base));
        QVERIFY(lightness(w.form()->summaryEditor()) < 110);

        p.theme = QStringLiteral("light");
        w.applyPreferences(p);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(!w.preview()->isDark());
        QTRY_VERIFY(lightness(w.preview()) > 180);
    }

    void fontsAndAutosaveApplyLive()
    {
        MainWindow w;
        w.openSample();
        const QFont before = w.form()->summaryEditor()->font();
        Preferences p = w.preferences();
        p.editorFont = QFont(QStringLiteral("DejaVu Serif"), 15).toString();
        p.previewFont = QFont(QStringLiteral("DejaVu Sans Mono"), 14).toString();
        p.autosaveSeconds = 120;
        w.applyPreferences(p);
        QCOMPARE(w.form()->summaryEditor()->font().pointSize(), 15);
        QCOMPARE(w.form()->summaryEditor()->font().family(), QStringLiteral("DejaVu Serif"));
        QCOMPARE(w.autosaver()->intervalSeconds(), 120);
        // The summary paragraph in the preview is set in the chosen font.
        const QTextDocument *shown = w.preview()->document();
        const QTextCursor at = shown->find(QStringLiteral("saturated"));
        QVERIFY(!at.isNull());
        QVERIFY(at.charFormat().fontFamilies().toStringList().contains(
            QStringLiteral("DejaVu Sans Mono")));
        p.editorFont.clear();
        w.applyPreferences(p);
        QCOMPARE(w.form()->summaryEditor()->font(), before);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
