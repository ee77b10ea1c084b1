#include "ui/library/relatedpanel.h"

#include "core/document.h"
#include "core/library/related.h"
#include "ui/library/librarywindow.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Hindsight {

RelatedPanel::RelatedPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("relatedPanel"));
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setWordWrap(true);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &RelatedPanel::refresh);
    connect(m_document, &Document::changed, m_timer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    refresh();
}

void RelatedPanel::setLibrary(LibraryWindow *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (library)
        connect(library, &LibraryWindow::indexed, this, &RelatedPanel::refresh);
    refresh();
}

void RelatedPanel::refresh()
{
    m_list->clear();
    if (!m_library) {
        m_hint->setText(tr("Open a library (File > Open Library…) to see related incidents."));
        return;
    }
    const Postmortem &pm = m_document->postmortem();
    QString self;
    if (!m_document->filePath().isEmpty())
        self = QDir(m_library->folder()).relativeFilePath(m_document->filePath());
    const QList<RelatedIncident> related = relatedIncidents(pm, m_library->entries(), self, 3);
    m_hint->setText(
        related.isEmpty()
            ? tr("No postmortem in the library shares a service, a tag or a "
                 "root-cause term with this one.")
            : tr("Most related in %1:").arg(QDir::toNativeSeparators(m_library->folder())));
    for (const RelatedIncident &r : related) {
        QStringList shared;
        if (!r.sharedServices.isEmpty())
            shared.append(tr("services: %1").arg(r.sharedServices.join(QStringLiteral(", "))));
        if (!r.sharedTags.isEmpty())
            shared.append(tr("tags: %1").arg(r.sharedTags.join(QStringLiteral(", "))));
        if (!r.sharedTerms.isEmpty())
            shared.append(
                tr("root cause: %1").arg(r.sharedTerms.mid(0, 5).join(QStringLiteral(", "))));
        auto *item
            = new QListWidgetItem(QStringLiteral("%1 (%2)\n%3")
                                      .arg(r.entry.title, r.entry.start.date.toString(Qt::ISODate),
                                           shared.join(QStringLiteral("; "))),
                                  m_list);
        item->setData(Qt::UserRole, QDir(m_library->folder()).filePath(r.entry.path));
        item->setToolTip(r.entry.path);
    }
}

} // namespace Hindsight
