// The review panel: what the postmortem still lacks or gets wrong, updated as the user types.
#pragma once

#include "core/reviewchecks.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Hindsight {

class Document;

/// Lists the findings of reviewPostmortem() for the document: an icon per severity, where the
/// finding points, and what to fix (the rule id in the tooltip). The checks run on a worker
/// thread a short pause after the last change, so typing never waits for them. A run whose
/// document changed while it ran is dropped (its findings would point at text that moved;
/// a long document's list is not refilled for nothing): the change is checked after its own
/// pause, or at once when that pause ended while the run was going. Activating an item (click, or
/// Enter on the keyboard) emits locationActivated() so the editor can jump there and select
/// the words a wording finding means.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(Document *document, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// The findings currently shown (those of the last finished run).
    QList<Finding> findings() const { return m_findings; }
    QListWidget *list() const { return m_list; }
    /// Starts a check now instead of after the pause (tests; opening a file).
    void checkNow();

Q_SIGNALS:
    void locationActivated(const Hindsight::FindingLocation &where);
    /// A run finished and the list shows its findings.
    void updated();

private:
    void show(const QList<Finding> &findings);
    void activate(QListWidgetItem *item);

    Document *m_document;
    QLabel *m_counts;
    QListWidget *m_list;
    QTimer m_pause;
    QFutureWatcher<QList<Finding>> m_watcher;
    bool m_pending = false;
    quint64 m_generation = 0; ///< bumped at every document change
    quint64 m_checking = 0;   ///< the generation the running check is of
    QList<Finding> m_findings;
};

} // namespace Hindsight
