// Edit > Preferences: theme, language, autosave, default template, page size, fonts.
#pragma once

#include "ui/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QSpinBox;

namespace Hindsight {

/// A dialog over a Preferences value. OK and Apply write the shown values to QSettings
/// (Preferences::save) and emit applied(); Cancel writes nothing; Restore Defaults shows the
/// defaults (written only by a later OK or Apply). Every control has a label with a mnemonic
/// and an accessible name, so the dialog works with the keyboard and a screen reader.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `templates`: (id, name) of the templates File > New may start from, in menu order.
    PreferencesDialog(const Preferences &current,
                      const QList<std::pair<QString, QString>> &templates,
                      QWidget *parent = nullptr);

    /// The values the controls show now.
    Preferences preferences() const;
    /// Shows `p` in the controls.
    void setPreferences(const Preferences &p);

    QDialogButtonBox *buttonBox() const { return m_buttons; }

Q_SIGNALS:
    /// OK or Apply wrote `preferences` to the settings; apply what is live.
    void applied(const Hindsight::Preferences &preferences);

private:
    void apply();
    /// Font row: a "custom" check box enabling a family combo and a size box.
    struct FontRow
    {
        QCheckBox *custom = nullptr;
        QFontComboBox *family = nullptr;
        QSpinBox *size = nullptr;
    };
    FontRow makeFontRow(const QString &objectPrefix, const QString &what);
    static void showFont(const FontRow &row, const QString &description, const QFont &fallback);
    static QString fontString(const FontRow &row);

    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_autosave;
    QComboBox *m_template;
    QComboBox *m_pageSize;
    QComboBox *m_documentLanguage = nullptr;
    QCheckBox *m_reopenLast;
    FontRow m_editorFont;
    FontRow m_previewFont;
    QDialogButtonBox *m_buttons;
};

} // namespace Hindsight
