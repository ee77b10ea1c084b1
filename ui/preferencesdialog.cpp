#include "ui/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace Hindsight {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current,
                                     const QList<std::pair<QString, QString>> &templates,
                                     QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_template(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_reopenLast(new QCheckBox(tr("&Reopen the last document at start-up"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *form = new QFormLayout;

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Colours of the window, the preview and the charts"));
    form->addRow(buddyLabel(tr("&Theme:"), m_theme, this), m_theme);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name: someone who cannot read the current one still finds it.
    for (const QString &code : Preferences::languages().mid(1)) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Applies after a restart"));
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    auto *restartNote = new QLabel(tr("(applies after restart)"), this);
    restartNote->setEnabled(false);
    languageRow->addWidget(restartNote);
    languageRow->addStretch();
    form->addRow(buddyLabel(tr("&Language:"), m_language, this), languageRow);

    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_documentLanguage->addItem(tr("The interface language"), QStringLiteral("interface"));
    m_documentLanguage->addItem(tr("English"), QStringLiteral("english"));
    m_documentLanguage->setAccessibleName(tr("Document language"));
    m_documentLanguage->setAccessibleDescription(
        tr("Language of the key facts, headings, chart and diagram labels and slides in the "
           "preview and the exports"));
    m_documentLanguage->setToolTip(m_documentLanguage->accessibleDescription());
    form->addRow(buddyLabel(tr("&Document language:"), m_documentLanguage, this),
                 m_documentLanguage);

    m_autosave->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosave->setRange(Preferences::kMinAutosaveSeconds, Preferences::kMaxAutosaveSeconds);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));
    m_autosave->setAccessibleDescription(
        tr("Pause after the last change before a recovery copy is written"));
    form->addRow(buddyLabel(tr("&Autosave after:"), m_autosave, this), m_autosave);

    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->addItem(tr("Blank document"), QString());
    for (const auto &[id, name] : templates)
        m_template->addItem(name, id);
    m_template->setAccessibleName(tr("Template for File New"));
    form->addRow(buddyLabel(tr("&New documents:"), m_template, this), m_template);

    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), QStringLiteral("Letter"));
    m_pageSize->setAccessibleName(tr("Page size for PDF export and printing"));
    form->addRow(buddyLabel(tr("&Page size:"), m_pageSize, this), m_pageSize);

    auto addFontRow
        = [&](FontRow &row, const QString &prefix, const QString &label, const QString &what) {
              row = makeFontRow(prefix, what);
              auto *h = new QHBoxLayout;
              h->addWidget(row.custom);
              h->addWidget(row.family, 1);
              h->addWidget(row.size);
              form->addRow(buddyLabel(label, row.custom, this), h);
          };
    addFontRow(m_editorFont, QStringLiteral("editorFont"), tr("&Editor font:"), tr("editor"));
    addFontRow(m_previewFont, QStringLiteral("previewFont"), tr("Pre&view font:"), tr("preview"));

    m_reopenLast->setObjectName(QStringLiteral("reopenLastCheck"));
    m_reopenLast->setAccessibleName(m_reopenLast->text().remove(QLatin1Char('&')));
    form->addRow(m_reopenLast);

    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setPreferences(current);
}

PreferencesDialog::FontRow PreferencesDialog::makeFontRow(const QString &objectPrefix,
                                                          const QString &what)
{
    FontRow row;
    row.custom = new QCheckBox(tr("Custom"), this);
    row.custom->setObjectName(objectPrefix + QStringLiteral("Custom"));
    row.custom->setAccessibleName(tr("Custom %1 font").arg(what));
    row.custom->setAccessibleDescription(tr("Off: the built-in font"));
    row.family = new QFontComboBox(this);
    row.family->setObjectName(objectPrefix + QStringLiteral("Family"));
    row.family->setAccessibleName(tr("%1 font family").arg(what));
    row.size = new QSpinBox(this);
    row.size->setObjectName(objectPrefix + QStringLiteral("Size"));
    row.size->setRange(6, 48);
    row.size->setSuffix(tr(" pt"));
    row.size->setAccessibleName(tr("%1 font size in points").arg(what));
    for (QWidget *w : {static_cast<QWidget *>(row.family), static_cast<QWidget *>(row.size)}) {
        w->setEnabled(false);
        connect(row.custom, &QCheckBox::toggled, w, &QWidget::setEnabled);
    }
    return row;
}

void PreferencesDialog::showFont(const FontRow &row, const QString &description,
                                 const QFont &fallback)
{
    const QFont font = fontFromString(description, fallback);
    row.custom->setChecked(!description.isEmpty());
    row.family->setEnabled(row.custom->isChecked());
    row.size->setEnabled(row.custom->isChecked());
    row.family->setCurrentFont(font);
    row.size->setValue(qRound(font.pointSizeF() > 0 ? font.pointSizeF() : 10));
}

QString PreferencesDialog::fontString(const FontRow &row)
{
    if (!row.custom->isChecked())
        return QString();
    QFont font = row.family->currentFont();
    font.setPointSize(row.size->value());
    return font.toString();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = m_theme->currentData().toString();
    p.language = m_language->currentData().toString();
    p.autosaveSeconds = m_autosave->value();
    p.defaultTemplate = m_template->currentData().toString();
    p.pageSize = m_pageSize->currentData().toString();
    p.documentLanguage = m_documentLanguage->currentData().toString();
    p.editorFont = fontString(m_editorFont);
    p.previewFont = fontString(m_previewFont);
    p.reopenLast = m_reopenLast->isChecked();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    selectData(m_theme, p.theme);
    selectData(m_language, p.language);
    m_autosave->setValue(p.autosaveSeconds);
    const int t = m_template->findData(p.defaultTemplate);
    if (t < 0 && !p.defaultTemplate.isEmpty()) // a template no longer installed: keep it
        m_template->addItem(tr("%1 (not found)").arg(p.defaultTemplate), p.defaultTemplate);
    selectData(m_template, p.defaultTemplate);
    selectData(m_pageSize, p.pageSize);
    selectData(m_documentLanguage, p.documentLanguage);
    showFont(m_editorFont, p.editorFont, QApplication::font());
    showFont(m_previewFont, p.previewFont, QApplication::font());
    m_reopenLast->setChecked(p.reopenLast);
}

void PreferencesDialog::apply()
{
    const Preferences p = preferences();
    p.save();
    Q_EMIT applied(p);
}

} // namespace Hindsight
