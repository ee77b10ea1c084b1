// The user's preferences: one value class and the QSettings keys it reads and writes.
#pragma once

#include "core/documentlanguage.h"

#include <QFont>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QSettings;

namespace Hindsight {

/// QSettings keys (organisation "Hindsight", application "Hindsight"). Other parts of the
/// program read these exact keys — app/main.cpp reads ui/language for its translator — so
/// rename none of them.
namespace SettingsKey {
/// "system" (default: follow the desktop palette's lightness) | "light" | "dark".
inline constexpr char Theme[] = "ui/theme";
/// "" (default: the system locale) | "en" | "de" | "fr" | "es"; read at start-up only.
inline constexpr char Language[] = "ui/language";
/// int seconds, 1 to 3600, default 30: the autosaver's pause after the last change.
inline constexpr char AutosaveInterval[] = "autosave/intervalSeconds";
/// Template id File > New starts from; "" (default) = a blank document.
inline constexpr char DefaultTemplate[] = "templates/default";
/// "interface" (default) | "english": the language of the words the preview and the exports
/// add (key facts, headings, chart and diagram labels, slides); see documentDisplayLanguage().
inline constexpr char DocumentLanguage[] = "export/documentLanguage";
/// "A4" (default) | "Letter": PDF export and printing.
inline constexpr char PageSize[] = "export/pageSize";
/// QFont::toString() strings; "" (default) = the built-in fonts.
inline constexpr char EditorFont[] = "fonts/editor";
inline constexpr char PreviewFont[] = "fonts/preview";
/// QStringList of absolute paths, most recent first, at most kMaxRecentFiles.
inline constexpr char RecentFiles[] = "files/recent";
/// bool, default true: with no FILE argument, start on the last document if it still exists.
inline constexpr char ReopenLast[] = "files/reopenLast";
/// The folder the last Open/Save dialog was in.
inline constexpr char LastDirectory[] = "files/lastDirectory";
} // namespace SettingsKey

/// Everything the Preferences dialog edits, as values. load() reads QSettings and replaces
/// anything out of range by its default; save() writes every key.
struct Preferences
{
    static constexpr int kDefaultAutosaveSeconds = 30;
    static constexpr int kMinAutosaveSeconds = 1;
    static constexpr int kMaxAutosaveSeconds = 3600;

    QString theme = QStringLiteral("system");               ///< "system" | "light" | "dark"
    QString language;                                       ///< "" | "en" | "de" | "fr" | "es"
    int autosaveSeconds = kDefaultAutosaveSeconds;          ///< 1 to 3600
    QString defaultTemplate;                                ///< template id, "" = blank
    QString pageSize = QStringLiteral("A4");                ///< "A4" | "Letter"
    QString documentLanguage = QStringLiteral("interface"); ///< "interface" | "english"
    QString editorFont;                                     ///< QFont::toString(), "" = default
    QString previewFont;                                    ///< QFont::toString(), "" = default
    bool reopenLast = true;

    bool operator==(const Preferences &) const = default;

    /// The themes, languages and page sizes load() accepts (the first of each is the default).
    static QStringList themes();
    static QStringList languages();
    static QStringList pageSizes();
    static QStringList documentLanguages();

    /// documentLanguage as the renderers take it.
    DisplayLanguage documentDisplayLanguage() const;

    /// Reads every key from `settings` (QSettings() when null).
    static Preferences load(QSettings *settings = nullptr);
    /// Writes every key to `settings` (QSettings() when null).
    void save(QSettings *settings = nullptr) const;
};

/// True when `theme` ("system" | "light" | "dark") means dark here: "system" looks at the
/// lightness of the style's standard palette window colour (below 128 of 255 is dark).
bool isDarkTheme(const QString &theme);

/// Applies `theme` to the whole application: "dark" sets the Fusion style and a dark
/// QPalette, "light" the Fusion style and its light palette, "system" the platform's own
/// style and palette as Qt found them at start-up. Needs a QApplication.
void applyApplicationTheme(const QString &theme);

/// The QPageSize for the page-size preference ("Letter": US Letter; anything else: A4).
QPageSize pageSizeFor(const QString &name);

/// A font from a QFont::toString() string; `fallback` when the string is empty or invalid.
QFont fontFromString(const QString &description, const QFont &fallback);

/// The recent-files list: `path` (made absolute) moved to the front, duplicates removed,
/// at most `max` entries.
QStringList withRecentFile(QStringList list, const QString &path, int max = 10);
/// `list` without the entries whose files no longer exist.
QStringList pruneRecentFiles(const QStringList &list);
inline constexpr int kMaxRecentFiles = 10;

} // namespace Hindsight
