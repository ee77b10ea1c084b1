#include "ui/library/librarywindow.h"

#include "core/library/actionexport.h"
#include "core/library/librarystats.h"
#include "core/postmortemfile.h"
#include "ui/library/librarymodels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace Hindsight {

namespace {

/// Watching every file costs one inotify watch each; past this many, only folders are watched
/// (atomic saves, additions and removals still show; in-place edits wait for the next change).
constexpr int kMaxWatchedFiles = 4000;

QString snippetHtml(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(kHitOpen, QStringLiteral("<b style=\"background:#fff3a0\">"));
    html.replace(kHitClose, QStringLiteral("</b>"));
    return html;
}

void fillCombo(QComboBox *combo, const QString &any, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QString figure(const Distribution &d)
{
    if (!d.median)
        return QStringLiteral("— (n=0)");
    return QStringLiteral("%1 / %2 (n=%3)%4")
        .arg(formatMinutes(*d.median), formatMinutes(*d.p90))
        .arg(d.n)
        .arg(d.smallSample() ? QStringLiteral(" \u26a0") : QString());
}

} // namespace

LibraryWindow::LibraryWindow(const QString &folder, QWidget *parent, const QString &databasePath)
    : QMainWindow(parent)
    , m_folder(folder)
    , m_databasePath(databasePath.isEmpty() ? LibraryIndex::defaultDatabasePath(folder)
                                            : databasePath)
{
    setObjectName(QStringLiteral("libraryWindow"));
    setWindowTitle(tr("Library — %1").arg(QDir::toNativeSeparators(folder)));
    m_model = new LibraryTableModel(this);
    m_proxy = new LibraryFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_ledger = new ActionLedgerModel(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryWindow::runSearch);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->addTab(buildIncidentsTab(), tr("&Incidents"));
    m_tabs->addTab(buildInsightsTab(), tr("In&sights"));
    m_tabs->addTab(buildLedgerTab(), tr("&Action items"));
    m_broken = new QListWidget(this);
    m_broken->setObjectName(QStringLiteral("brokenList"));
    m_tabs->addTab(m_broken, tr("&Not indexed"));
    setCentralWidget(m_tabs);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("indexProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_reindexTimer = new QTimer(this);
    m_reindexTimer->setSingleShot(true);
    m_reindexTimer->setInterval(400);
    connect(m_reindexTimer, &QTimer::timeout, this, &LibraryWindow::reindex);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reindexTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reindexTimer,
            qOverload<>(&QTimer::start));
    connect(&m_future, &QFutureWatcher<IndexResult>::finished, this,
            &LibraryWindow::indexingFinished);

    m_index = std::make_unique<LibraryIndex>(folder, m_databasePath);
    QString error;
    if (m_index->open(&error))
        reload(); // what the index knew last time, at once
    else
        m_statusLabel->setText(error);
    resize(1280, 720);
    reindex();
}

LibraryWindow::~LibraryWindow()
{
    m_cancel = true;
    m_future.waitForFinished();
}

const QList<LibraryEntry> &LibraryWindow::entries() const
{
    return m_model->entries();
}

bool LibraryWindow::isIndexing() const
{
    return m_future.isRunning();
}

QWidget *LibraryWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_severity = new QComboBox(bar);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    QStringList severities;
    for (int s = 1; s <= 5; ++s)
        severities.append(severityName(Severity(s)));
    fillCombo(m_severity, tr("Any severity"), severities);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    fillCombo(m_status, tr("Any status"),
              {statusName(Status::Draft), statusName(Status::InReview), statusName(Status::Final)});
    m_service = new QComboBox(bar);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_openActions = new QCheckBox(tr("Open action items"), bar);
    m_openActions->setObjectName(QStringLiteral("openActionsFilter"));
    m_dateRange = new QCheckBox(tr("Started between"), bar);
    m_dateRange->setObjectName(QStringLiteral("dateRangeFilter"));
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &LibraryWindow::applyFilter);
    }
    for (QComboBox *c : {m_severity, m_status, m_service, m_tag}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &LibraryWindow::applyFilter);
        row->addWidget(c);
    }
    for (QCheckBox *c : {m_openActions, m_dateRange})
        connect(c, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    row->addWidget(m_openActions);
    row->addWidget(m_dateRange);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("and"), bar));
    row->addWidget(m_to);
    row->addStretch();
    return bar;
}

QWidget *LibraryWindow::buildIncidentsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(
        tr("Search titles, summaries, timelines, root causes, action items…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_results->count() > 0)
            openRelative(m_results->item(0)->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_search);
    layout->addWidget(buildFilterBar());

    m_results = new QListWidget(page);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setVisible(false);
    m_results->setMaximumHeight(220);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRelative(item->data(Qt::UserRole).toString()); });
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryTableModel::Start, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Title,
                                                      QHeaderView::Stretch);
    // Lists and paths can be long: a fixed width the person can drag, the rest in a tooltip.
    for (const int column :
         {LibraryTableModel::Services, LibraryTableModel::Tags, LibraryTableModel::File}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->setColumnWidth(column, 130);
    }
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRelative(index.data(LibraryTableModel::kPathRole).toString());
    });
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_results);
    split->addWidget(m_table);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    return page;
}

QWidget *LibraryWindow::buildInsightsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_chart = new QChartView(page);
    m_chart->setObjectName(QStringLiteral("incidentsPerMonth"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    m_statsTable = new QTableWidget(page);
    m_statsTable->setObjectName(QStringLiteral("statsTable"));
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->verticalHeader()->setVisible(false);
    layout->addWidget(m_statsTable, 1);
    auto *legend = new QLabel(
        tr("Each figure: median / 90th percentile (n = incidents for which it is known). "
           "\u26a0 n < 10: one incident moves the figure a lot. Times run from the incident "
           "start to the first detection, mitigation or resolution event (Atlassian, "
           "FireHydrant; time to resolve is DORA's time to restore service)."),
        page);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    return page;
}

QWidget *LibraryWindow::buildLedgerTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_ledgerView = new QTableView(page);
    m_ledgerView->setObjectName(QStringLiteral("ledgerTable"));
    m_ledgerView->setModel(m_ledger);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerView->verticalHeader()->setVisible(false);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(ActionLedgerModel::Item,
                                                           QHeaderView::Stretch);
    connect(m_ledgerView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRelative(index.data(LibraryTableModel::kPathRole).toString());
    });
    layout->addWidget(m_ledgerView, 1);
    auto *buttons = new QHBoxLayout;
    auto *csv = new QPushButton(tr("Export &CSV…"), page);
    auto *ics = new QPushButton(tr("Export i&Calendar…"), page);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("csv")); });
    connect(ics, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("ics")); });
    buttons->addStretch();
    buttons->addWidget(csv);
    buttons->addWidget(ics);
    layout->addLayout(buttons);
    return page;
}

void LibraryWindow::reindex()
{
    if (m_future.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_progress->setRange(0, 0); // busy until the first batch reports its total
    m_progress->setVisible(true);
    const QString folder = m_folder, database = m_databasePath;
    QPointer<QProgressBar> progress = m_progress;
    std::atomic<bool> *cancel = &m_cancel;
    m_future.setFuture(QtConcurrent::run([folder, database, progress, cancel] {
        IndexResult result;
        LibraryIndex worker(folder, database); // this thread's own connection
        QString error;
        if (!worker.open(&error))
            return result;
        result.summary = worker.update([&](int done, int total) {
            QMetaObject::invokeMethod(
                progress.data(),
                [progress, done, total] {
                    if (progress) {
                        progress->setRange(0, total);
                        progress->setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
        QStringList paths;
        for (const LibraryEntry &e : worker.entries())
            paths.append(e.path);
        if (!cancel->load())
            result.git = readGitMetadata(folder, paths).value_or(QHash<QString, GitFileInfo>());
        return result;
    }));
}

void LibraryWindow::indexingFinished()
{
    m_progress->setVisible(false);
    if (m_cancel)
        return;
    if (!m_index->isOpen()) {
        QString error;
        if (!m_index->open(&error)) {
            m_statusLabel->setText(error);
            return;
        }
    }
    const IndexResult result = m_future.result();
    m_model->setGitInfo(result.git);
    reload();
    Q_EMIT indexed(result.summary);
    if (m_pending)
        reindex();
}

void LibraryWindow::reload()
{
    const QList<LibraryEntry> entries = m_index->entries();
    m_model->setEntries(entries);
    QStringList services, tags;
    for (const LibraryEntry &e : entries) {
        services += e.services;
        tags += e.tags;
    }
    for (QStringList *l : {&services, &tags}) {
        l->removeDuplicates();
        l->sort(Qt::CaseInsensitive);
    }
    fillCombo(m_service, tr("Any service"), services);
    fillCombo(m_tag, tr("Any tag"), tags);
    m_ledger->setActions(m_index->actionItems(), QDate::currentDate());
    const QList<BrokenFile> broken = m_index->brokenFiles();
    m_broken->clear();
    for (const BrokenFile &b : broken)
        m_broken->addItem(QStringLiteral("%1 — %2").arg(b.path, b.reason));
    m_tabs->setTabText(3, tr("&Not indexed (%1)").arg(broken.size()));
    m_statusLabel->setText(
        tr("%n postmortem(s)", "", int(entries.size()))
        + (broken.isEmpty() ? QString() : tr(", %n file(s) not indexed", "", int(broken.size()))));
    refreshInsights();
    refreshWatcher();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

void LibraryWindow::applyFilter()
{
    LibraryFilterModel::Filter f = m_proxy->filter();
    f.severity = m_severity->currentData().toString();
    f.status = m_status->currentData().toString();
    f.service = m_service->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.openActionsOnly = m_openActions->isChecked();
    f.from = m_dateRange->isChecked() ? m_from->date() : QDate();
    f.to = m_dateRange->isChecked() ? m_to->date() : QDate();
    m_proxy->setFilter(f);
}

void LibraryWindow::runSearch()
{
    m_searchTimer->stop();
    const QString query = m_search->text().trimmed();
    LibraryFilterModel::Filter f = m_proxy->filter();
    m_results->clear();
    if (query.isEmpty()) {
        f.ids.reset();
        m_results->setVisible(false);
        m_proxy->setFilter(f);
        return;
    }
    const QList<SearchHit> hits = m_index->search(query, 200);
    QSet<qint64> ids;
    for (const SearchHit &h : hits) {
        ids.insert(h.id);
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, h.path);
        item->setToolTip(h.path);
        // The text is for accessibility and tests; the label draws it with highlights.
        item->setText(h.title + QLatin1Char('\n') + h.snippet.simplified());
        auto *label = new QLabel(
            QStringLiteral("<b>%1</b> <span style=\"color:gray\">%2</span>"
                           "<br>%3")
                .arg(h.title.toHtmlEscaped(), h.path.toHtmlEscaped(), snippetHtml(h.snippet)),
            m_results);
        label->setTextFormat(Qt::RichText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(label->sizeHint());
        item->setForeground(Qt::transparent);
        m_results->setItemWidget(item, label);
    }
    if (hits.isEmpty())
        m_results->addItem(tr("No postmortem matches “%1”.").arg(query));
    m_results->setVisible(true);
    f.ids = ids;
    m_proxy->setFilter(f);
}

void LibraryWindow::refreshInsights()
{
    const LibraryStats stats = computeLibraryStats(m_model->entries());
    auto *chart = new QChart;
    chart->setTitle(tr("Incidents per month"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Incidents"));
    QStringList months;
    int most = 1;
    for (const auto &[month, count] : stats.perMonth) {
        *set << count;
        months.append(month);
        most = std::max(most, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, most);
    y->setTickCount(std::min(most, 10) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    QList<MetricGroup> groups{stats.all};
    groups += stats.perQuarter;
    groups += stats.perService;
    m_statsTable->clear();
    m_statsTable->setColumnCount(6);
    m_statsTable->setHorizontalHeaderLabels({tr("Group"), tr("Incidents"), tr("Time to detect"),
                                             tr("Time to mitigate"), tr("Time to resolve"),
                                             tr("Duration")});
    m_statsTable->setRowCount(int(groups.size()));
    for (int r = 0; r < groups.size(); ++r) {
        const MetricGroup &g = groups[r];
        const QStringList cells = {r == 0 ? tr("All incidents") : g.key,
                                   QString::number(g.incidents),
                                   figure(g.timeToDetect),
                                   figure(g.timeToMitigate),
                                   figure(g.timeToResolve),
                                   figure(g.duration)};
        for (int c = 0; c < cells.size(); ++c)
            m_statsTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_statsTable->resizeColumnsToContents();
}

void LibraryWindow::refreshWatcher()
{
    QStringList paths{m_folder};
    QDirIterator dirs(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext()) {
        const QString dir = dirs.next();
        const QString rel = QDir(m_folder).relativeFilePath(dir);
        if (!rel.startsWith(QLatin1Char('.')) && !rel.contains(QLatin1String("/."))
            && !rel.contains(QLatin1String(".assets")))
            paths.append(dir);
    }
    const QList<LibraryEntry> &entries = m_model->entries();
    for (qsizetype i = 0; i < entries.size() && i < kMaxWatchedFiles; ++i)
        paths.append(m_index->absolutePath(entries[i].path));
    const QStringList watched = m_watcher->directories() + m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_watcher->addPaths(paths);
}

void LibraryWindow::openRelative(const QString &relativePath)
{
    if (!relativePath.isEmpty())
        Q_EMIT openRequested(m_index->absolutePath(relativePath));
}

bool LibraryWindow::exportActions(const QString &path, const QString &format, QString *error)
{
    const QList<LibraryAction> &actions = m_ledger->actions();
    const QByteArray data
        = format == QLatin1String("ics")    ? actionsToIcs(actions, QDateTime::currentDateTimeUtc())
          : format == QLatin1String("json") ? actionsToJson(actions, m_ledger->today())
                                            : actionsToCsv(actions, m_ledger->today());
    return writeFileAtomically(path, data, error);
}

void LibraryWindow::chooseExport(const QString &format)
{
    const QString filter
        = format == QLatin1String("ics") ? tr("iCalendar (*.ics)") : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export action items"),
        QDir(m_folder).filePath(QStringLiteral("action-items.") + format), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportActions(path, format, &error))
        m_statusLabel->setText(error);
    else
        m_statusLabel->setText(
            tr("Exported %n action item(s) to %1", "", int(m_ledger->actions().size()))
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace Hindsight
