#include "ui/importreportpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Hindsight {

namespace {

/// One titled list of findings as HTML; nothing for an empty list. A finding about a field
/// (`fields`: the report's guessedFields) links to it ("field:incident.start"); the
/// document's words in a finding are escaped, never read as HTML.
QString htmlList(const QString &title, const QStringList &items,
                 const QList<GuessedField> &fields = {})
{
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1</b></p><ul "
                                  "style=\"margin:0 0 0 -20px\">")
                       .arg(title.toHtmlEscaped());
    for (const QString &item : items) {
        const auto about = std::find_if(fields.cbegin(), fields.cend(),
                                        [&item](const GuessedField &g) { return g.text == item; });
        if (about == fields.cend())
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        else
            html += QStringLiteral("<li><a href=\"field:%1\">%2</a></li>")
                        .arg(fieldKey(about->field), item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ImportReportPanel::ImportReportPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("importReportPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                    | Qt::LinksAccessibleByKeyboard);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QLabel::linkActivated, this, [this](const QString &link) {
        const QString prefix = QStringLiteral("field:");
        if (!link.startsWith(prefix))
            return;
        if (const FieldInfo *info = findField(QStringView(link).mid(prefix.size())))
            Q_EMIT fieldActivated(info->id);
    });
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Import report details"));
    m_body->setAccessibleName(scroll->accessibleName()); // its links take the focus

    m_close->setObjectName(QStringLiteral("closeImportReport"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss the import report"));
    m_close->setAccessibleName(tr("Dismiss the import report"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(scroll);
    hide();
}

void ImportReportPanel::showReport(const QString &fileName, const ImportReport &report)
{
    if (report.isEmpty()) {
        hide();
        return;
    }
    QString heading = report.guessed.isEmpty()
                          ? tr("Imported %1.").arg(fileName)
                          : tr("Imported %1 — please check what was guessed.").arg(fileName);
    if (report.incidentsFound > 1)
        heading += QLatin1Char(' ')
                   + tr("The file describes %1 incidents; the first one was imported.")
                         .arg(report.incidentsFound);
    m_heading->setText(heading);
    m_body->setText(htmlList(tr("Guessed"), report.guessed, report.guessedFields)
                    + htmlList(tr("Recognised"), report.recognised)
                    + htmlList(tr("Kept as is"), report.keptAsIs));
    show();
}

QString ImportReportPanel::text() const
{
    QTextDocument body;
    body.setHtml(m_body->text());
    return m_heading->text() + QLatin1Char('\n') + body.toPlainText();
}

QWidget *ImportReportPanel::stackedAbove(ImportReportPanel *panel, QWidget *widget)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(panel);
    layout->addWidget(widget, 1);
    return column;
}

} // namespace Hindsight
