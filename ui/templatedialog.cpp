#include "ui/templatedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hindsight {

TemplateDialog::TemplateDialog(const QList<PostmortemTemplate> &templates, const QString &currentId,
                               const QStringList &problems, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setTextFormat(Qt::PlainText); // template files are data, never markup
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumWidth(360);

    for (const PostmortemTemplate &t : templates) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setToolTip(t.filePath);
        if (t.id == currentId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *notes = new QLabel(this);
    notes->setTextFormat(Qt::PlainText);
    notes->setWordWrap(true);
    QString noteText = tr("Your team's templates: put .yaml files in %1").arg(userTemplateFolder());
    if (!problems.isEmpty())
        noteText += QLatin1Char('\n') + tr("Not loaded:") + QLatin1Char('\n')
                    + problems.join(QLatin1Char('\n'));
    notes->setText(noteText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateDialog::showDetails);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addWidget(m_details, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(notes);
    layout->addWidget(buttons);
    resize(760, 460);
    showDetails();
    m_list->setFocus();
}

std::optional<PostmortemTemplate> TemplateDialog::selectedTemplate() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return std::nullopt;
    return m_templates[row];
}

void TemplateDialog::showDetails()
{
    const std::optional<PostmortemTemplate> t = selectedTemplate();
    if (!t) {
        m_details->setText(tr("No templates were found."));
        return;
    }
    QStringList lines{t->name, QString(), t->description, QString(), tr("Sections:")};
    for (const TemplateSection &s : t->sections)
        lines.append(s.field.isEmpty() ? tr("  • %1 (additional section)").arg(s.heading)
                                       : tr("  • %1").arg(s.heading));
    if (!t->source.isEmpty())
        lines << QString() << tr("Source: %1").arg(t->source);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Hindsight
