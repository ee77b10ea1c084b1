#include "ui/reviewpanel.h"

#include "core/document.h"
#include "ui/backgroundtask.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Hindsight {

namespace {
/// Pause after the last edit before checking: long enough that a typing burst is one run,
/// short enough that the panel feels live.
constexpr int kPauseMs = 400;
constexpr int kWhereRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

ReviewPanel::ReviewPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_counts(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_counts);
    layout->addWidget(m_list);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_list->setObjectName(QStringLiteral("reviewFindings"));
    m_list->setAccessibleName(tr("Review findings"));
    m_list->setAccessibleDescription(
        tr("What the postmortem still lacks. Press Enter on a finding to go to its place."));
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setUniformItemSizes(false);
    m_counts->setText(tr("Checking…"));

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ReviewPanel::checkNow);
    connect(m_document, &Document::changed, this, [this] {
        ++m_generation;
        m_pause.start();
    });
    connect(&m_watcher, &QFutureWatcher<QList<Finding>>::finished, this, [this] {
        if (m_checking == m_generation)
            show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            checkNow();
        }
    });
    connect(m_list, &QListWidget::itemActivated, this, &ReviewPanel::activate);
    connect(m_list, &QListWidget::itemClicked, this, &ReviewPanel::activate);
    m_pause.start();
}

ReviewPanel::~ReviewPanel()
{
    m_watcher.waitForFinished();
}

void ReviewPanel::checkNow()
{
    m_pause.stop();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const Postmortem snapshot = m_document->postmortem();
    m_checking = m_generation;
    m_watcher.setFuture(runInBackground([snapshot] { return reviewPostmortem(snapshot); }));
}

void ReviewPanel::show(const QList<Finding> &findings)
{
    m_findings = findings;
    // Keep the user's place: the selected row stays selected if it is still there.
    const int selected = m_list->currentRow();
    m_list->clear();
    int counts[3] = {0, 0, 0};
    const QIcon icons[3] = {style()->standardIcon(QStyle::SP_MessageBoxCritical),
                            style()->standardIcon(QStyle::SP_MessageBoxWarning),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation)};
    const QString severityNames[3] = {tr("Error"), tr("Warning"), tr("Hint")};
    for (const Finding &f : findings) {
        const int s = int(f.severity);
        ++counts[s];
        auto *item = new QListWidgetItem(
            icons[s], tr("%1 — %2").arg(findingLocationText(f.where), f.message), m_list);
        item->setToolTip(tr("%1 (%2)").arg(severityNames[s], f.ruleId));
        item->setData(
            Qt::AccessibleTextRole,
            tr("%1: %2: %3").arg(severityNames[s], findingLocationText(f.where), f.message));
        item->setData(kWhereRole, int(f.where.field));
        item->setData(kIndexRole, f.where.index);
    }
    if (findings.isEmpty())
        m_counts->setText(tr("No findings: the postmortem has everything the review asks for."));
    else
        m_counts->setText(tr("%n error(s)", "", counts[0]) + QStringLiteral(" · ")
                          + tr("%n warning(s)", "", counts[1]) + QStringLiteral(" · ")
                          + tr("%n hint(s)", "", counts[2]));
    if (selected >= 0 && selected < m_list->count())
        m_list->setCurrentRow(selected, QItemSelectionModel::NoUpdate);
    Q_EMIT updated();
}

void ReviewPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    // The finding's whole location, with the words a wording finding means.
    const int row = m_list->row(item);
    if (row >= 0 && row < m_findings.size())
        Q_EMIT locationActivated(m_findings[row].where);
    else
        Q_EMIT locationActivated(FindingLocation{
            FieldId(item->data(kWhereRole).toInt()), item->data(kIndexRole).toInt(), {}, -1});
}

} // namespace Hindsight
