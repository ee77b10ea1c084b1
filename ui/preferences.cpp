#include "ui/preferences.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <memory>

namespace Hindsight {

namespace {
QString oneOf(const QString &value, const QStringList &allowed)
{
    return allowed.contains(value) ? value : allowed.first();
}

/// What the platform gave us before any theme was applied, for "system".
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    // Colours chosen for contrast (text on base above 7:1), not taken from any theme.
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1f, 0x22, 0x26);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x80, 0x86, 0x8e);
    const QColor highlight(0x3d, 0x7e, 0xc6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2b, 0x30));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
} // namespace

QStringList Preferences::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList Preferences::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es")};
}

QStringList Preferences::documentLanguages()
{
    return {QStringLiteral("interface"), QStringLiteral("english")};
}

DisplayLanguage Preferences::documentDisplayLanguage() const
{
    return documentLanguage == QLatin1String("english") ? DisplayLanguage::English
                                                        : DisplayLanguage::Interface;
}

QStringList Preferences::pageSizes()
{
    return {QStringLiteral("A4"), QStringLiteral("Letter")};
}

Preferences Preferences::load(QSettings *settings)
{
    std::unique_ptr<QSettings> own;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    Preferences p;
    p.theme = oneOf(settings->value(SettingsKey::Theme, p.theme).toString(), themes());
    p.language = oneOf(settings->value(SettingsKey::Language).toString(), languages());
    bool ok = false;
    const int seconds = settings->value(SettingsKey::AutosaveInterval).toInt(&ok);
    p.autosaveSeconds = ok && seconds >= kMinAutosaveSeconds && seconds <= kMaxAutosaveSeconds
                            ? seconds
                            : kDefaultAutosaveSeconds;
    p.defaultTemplate = settings->value(SettingsKey::DefaultTemplate).toString();
    p.pageSize = oneOf(settings->value(SettingsKey::PageSize, p.pageSize).toString(), pageSizes());
    p.documentLanguage
        = oneOf(settings->value(SettingsKey::DocumentLanguage).toString(), documentLanguages());
    p.editorFont = settings->value(SettingsKey::EditorFont).toString();
    p.previewFont = settings->value(SettingsKey::PreviewFont).toString();
    p.reopenLast = settings->value(SettingsKey::ReopenLast, true).toBool();
    return p;
}

void Preferences::save(QSettings *settings) const
{
    std::unique_ptr<QSettings> own;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    settings->setValue(SettingsKey::Theme, theme);
    settings->setValue(SettingsKey::Language, language);
    settings->setValue(SettingsKey::AutosaveInterval, autosaveSeconds);
    settings->setValue(SettingsKey::DefaultTemplate, defaultTemplate);
    settings->setValue(SettingsKey::PageSize, pageSize);
    settings->setValue(SettingsKey::DocumentLanguage, documentLanguage);
    settings->setValue(SettingsKey::EditorFont, editorFont);
    settings->setValue(SettingsKey::PreviewFont, previewFont);
    settings->setValue(SettingsKey::ReopenLast, reopenLast);
}

bool isDarkTheme(const QString &theme)
{
    if (theme == QLatin1String("dark"))
        return true;
    if (theme == QLatin1String("light"))
        return false;
    return systemLook().palette.color(QPalette::Window).lightness() < 128;
}

void applyApplicationTheme(const QString &theme)
{
    const SystemLook &system = systemLook(); // remembered before the first change
    if (theme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (QApplication::style()->name().compare(system.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
    }
    // QApplication tells existing widgets about a new palette only once exec() runs; the
    // window is built (and its saved theme applied) before that, so tell them here. Each
    // widget re-reads its palette from its parent and passes changes on to its children.
    QEvent change(QEvent::ApplicationPaletteChange);
    for (QWidget *w : QApplication::allWidgets())
        QApplication::sendEvent(w, &change);
}

QPageSize pageSizeFor(const QString &name)
{
    return QPageSize(name == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4);
}

QFont fontFromString(const QString &description, const QFont &fallback)
{
    QFont font;
    if (description.isEmpty() || !font.fromString(description))
        return fallback;
    return font;
}

QStringList withRecentFile(QStringList list, const QString &path, int max)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > max)
        list.removeLast();
    return list;
}

QStringList pruneRecentFiles(const QStringList &list)
{
    QStringList kept;
    for (const QString &path : list)
        if (QFileInfo(path).isFile())
            kept.append(path);
    return kept;
}

} // namespace Hindsight
