#include "ui/postmortemform.h"

#include "core/postmortemfields.h"

#include "core/document.h"
#include "ui/actionitemmodel.h"
#include "ui/eventdetaileditor.h"
#include "ui/findingselection.h"
#include "ui/guessmarks.h"
#include "ui/itemdelegates.h"
#include "ui/markdowneditor.h"
#include "ui/matchhighlightdelegate.h"
#include "ui/spellinghighlighter.h"
#include "ui/timelinechartview.h"
#include "ui/timelinemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hindsight {

namespace {

/// Text widgets have their own undo stacks and claim Ctrl+Z before the window's shortcut
/// sees it. This filter lets Undo/Redo through to the document's undo actions, so every
/// undo, wherever the focus is, undoes one document step.
class UndoShortcutFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

/// Sets `column` of `view` as wide as its header needs and as `samples` (typical cell texts)
/// need with the cell margins plus `extra` pixels (an editor's arrow, an icon) — never narrower,
/// so a translated header or value is not elided.
void fitColumnWidth(QTableView *view, int column, const QStringList &samples, int extra = 0)
{
    const QFontMetrics fm(view->font());
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 8;
    int width = view->horizontalHeader()->sectionSizeHint(column);
    for (const QString &sample : samples)
        width = qMax(width, fm.horizontalAdvance(sample) + margin + extra);
    view->setColumnWidth(column, width);
}

} // namespace

QList<TimeZoneInfo> PostmortemForm::commonTimeZones()
{
    return {
        {QStringLiteral("UTC"), 0},    {QStringLiteral("GMT"), 0},    {QStringLiteral("BST"), 60},
        {QStringLiteral("CET"), 60},   {QStringLiteral("CEST"), 120}, {QStringLiteral("WAT"), 60},
        {QStringLiteral("EET"), 120},  {QStringLiteral("EEST"), 180}, {QStringLiteral("EAT"), 180},
        {QStringLiteral("IST"), 330},  {QStringLiteral("SGT"), 480},  {QStringLiteral("JST"), 540},
        {QStringLiteral("AEST"), 600}, {QStringLiteral("AEDT"), 660}, {QStringLiteral("NZST"), 720},
        {QStringLiteral("BRT"), -180}, {QStringLiteral("EST"), -300}, {QStringLiteral("EDT"), -240},
        {QStringLiteral("CST"), -360}, {QStringLiteral("CDT"), -300}, {QStringLiteral("MST"), -420},
        {QStringLiteral("MDT"), -360}, {QStringLiteral("PST"), -480}, {QStringLiteral("PDT"), -420},
    };
}

PostmortemForm::PostmortemForm(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_undoFilter(new UndoShortcutFilter(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    buildOverviewTab();
    buildTimelineTab();
    buildCauseTab();
    buildActionsTab();
    buildSectionsTab();
    m_guessMarks = new GuessMarks(m_document, m_tabs, this);
    m_tabs->setAccessibleName(tr("Postmortem sections"));
    m_tabs->setAccessibleDescription(
        tr("Ctrl+Page Down and Ctrl+Page Up switch tabs; Alt+1 to Alt+5 go to one"));
    for (int i = 0; i < m_tabs->count(); ++i)
        nameControlsAfterLabels(m_tabs->widget(i));
    connect(m_document, &Document::changed, this, &PostmortemForm::updateFromDocument);
    updateFromDocument();
    new SpellingNamesUpdater(m_document, this);
}

void PostmortemForm::showLocation(const FindingLocation &where)
{
    // A wording finding's words are selected in the cell's or the editor's text.
    const auto showRow = [this, &where](QTableView *view, int row, int textColumn) {
        m_tabs->setCurrentIndex(m_tabs->indexOf(tabPageOf(view)));
        view->setFocus(Qt::OtherFocusReason);
        if (row >= 0 && row < view->model()->rowCount()) {
            view->selectRow(row);
            view->scrollTo(view->model()->index(row, 0));
            selectFindingWordsInCell(view, view->model()->index(row, textColumn), where);
        }
    };
    if (where.field == FieldId::Timeline)
        return showRow(m_timelineView, where.index, TimelineModel::TextColumn);
    if (where.field == FieldId::ActionItems)
        return showRow(m_actionView, where.index, ActionItemModel::TextColumn);

    QWidget *target = fieldEditor(where.field);
    if (where.field == FieldId::Sections && where.index >= 0
        && where.index < m_sectionEditors.size())
        target = m_sectionEditors[where.index].second;
    if (!target)
        target = m_title;
    m_tabs->setCurrentIndex(m_tabs->indexOf(tabPageOf(target)));
    if (auto *text = qobject_cast<QPlainTextEdit *>(target))
        selectFindingWords(text, where);
    // A moment editor focuses its date part; the others focus themselves.
    if (auto *moment = qobject_cast<MomentEdit *>(target))
        target = moment->dateEdit();
    target->setFocus(Qt::OtherFocusReason);
    if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->currentWidget()))
        scroll->ensureWidgetVisible(target);
}

QWidget *PostmortemForm::fieldEditor(FieldId field) const
{
    switch (field) {
    case FieldId::Title:
        return m_title;
    case FieldId::Timeline:
        return m_timelineView;
    case FieldId::ActionItems:
        return m_actionView;
    case FieldId::IncidentStart:
        return m_start;
    case FieldId::IncidentEnd:
        return m_end;
    case FieldId::TimeZone:
        return m_zone;
    case FieldId::UsersAffectedPercent:
        return m_usersPercent;
    default:
        break;
    }
    // The prose editors edit their field's member of the table.
    QString Postmortem::*const prose = fieldInfo(field).prose;
    for (const auto &[editor, member] : m_textEditors)
        if (prose && member == prose)
            return editor;
    return nullptr;
}

void PostmortemForm::markGuesses(const ImportReport &report)
{
    m_guessMarks->clear();
    QList<FieldId> fields;
    for (const GuessedField &g : report.guessedFields)
        if (!fields.contains(g.field))
            fields.append(g.field);
    for (const FieldId field : std::as_const(fields))
        m_guessMarks->mark(field, fieldEditor(field), report.guessesAbout(field));
}

void PostmortemForm::focusCurrentTab()
{
    QWidget *page = m_tabs->currentWidget();
    if (!page)
        return;
    // The first control of the page in Tab order (the page itself is not focusable).
    QWidget *w = page->nextInFocusChain();
    while (w && w != page
           && !(page->isAncestorOf(w) && w->isVisibleTo(page) && (w->focusPolicy() & Qt::TabFocus)
                && w->isEnabled()))
        w = w->nextInFocusChain();
    if (w && w != page)
        w->setFocus(Qt::ShortcutFocusReason);
}

void PostmortemForm::nameControlsAfterLabels(QWidget *page)
{
    for (QLabel *label : page->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        QString name = label->text();
        name.remove(QLatin1Char('&'));
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        if (auto *moment = qobject_cast<MomentEdit *>(buddy)) {
            moment->dateEdit()->setAccessibleName(tr("%1, date").arg(name));
            moment->timeEdit()->setAccessibleName(tr("%1, time (HH:MM)").arg(name));
        }
        if (buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(name);
        if (buddy->accessibleDescription().isEmpty()) {
            QString description = buddy->toolTip();
            if (auto *line = qobject_cast<QLineEdit *>(buddy))
                description = line->placeholderText();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(buddy))
                description = text->placeholderText();
            buddy->setAccessibleDescription(description);
        }
    }
}

void PostmortemForm::setTemplate(const std::optional<PostmortemTemplate> &t)
{
    m_template = t;
    applyTemplatePlaceholders();
}

void PostmortemForm::applyTemplatePlaceholders()
{
    for (const auto &[editor, field] : m_textEditors) {
        const QString key = editor->property("fieldKey").toString(); // postmortemfields.h
        const QString guidance = m_template ? m_template->guidanceFor(key) : QString();
        editor->setPlaceholderText(
            guidance.isEmpty() ? editor->property("defaultPlaceholder").toString() : guidance);
    }
    for (const auto &[heading, text] : m_sectionEditors) {
        const QString guidance = m_template ? m_template->guidanceFor(heading->text()) : QString();
        text->setPlaceholderText(guidance.isEmpty() ? tr("Write this section in Markdown.")
                                                    : guidance);
    }
}

QWidget *PostmortemForm::tabPageOf(QWidget *widget) const
{
    QWidget *w = widget;
    while (w && m_tabs->indexOf(w) < 0)
        w = w->parentWidget();
    return w;
}

QPlainTextEdit *PostmortemForm::addTextEditor(const QString &objectName, const QString &placeholder,
                                              QString Postmortem::*field,
                                              const QString &description)
{
    auto *editor = new MarkdownEditor(this);
    editor->setImageSaver(m_imageSaver);
    editor->setObjectName(objectName);
    editor->setPlaceholderText(placeholder);
    editor->setProperty("defaultPlaceholder", placeholder);
    editor->setAccessibleName(description);
    editor->setTabChangesFocus(true);
    editor->setUndoRedoEnabled(false); // undo is the document's
    editor->installEventFilter(m_undoFilter);
    // One merge key per field (the editor's object name): a typing burst is one undo step.
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, field, description] {
        const QString text = editor->toPlainText();
        m_document->edit(
            tr("Edit %1").arg(description.toLower()), [&](Postmortem &pm) { pm.*field = text; },
            editor->isDiscreteEdit() ? QString() : editor->objectName());
    });
    // The field's key in the one table of fields: what templates and findings call it.
    for (const FieldInfo &info : postmortemFields())
        if (info.prose == field)
            editor->setProperty("fieldKey", QString::fromLatin1(info.key));
    m_textEditors.append({editor, field});
    return editor;
}

/// Title, severity and status rows of the Overview tab.
void PostmortemForm::addHeaderRows(QWidget *page, QFormLayout *form)
{
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What happened, in one line"));
    m_title->installEventFilter(m_undoFilter);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->edit(
            tr("Edit title"), [&](Postmortem &pm) { pm.title = text; }, QStringLiteral("title"));
    });
    form->addRow(tr("&Title:"), m_title);

    auto *row = new QHBoxLayout;
    m_severity = new QComboBox(page);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("Not set"));
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(severityName(Severity(s)));
    m_severity->setToolTip(tr("SEV1 is the most severe"));
    m_severity->setAccessibleName(tr("Severity"));
    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        m_document->edit(tr("Set severity"), [&](Postmortem &pm) {
            pm.severity = index == 0 ? std::nullopt : std::optional<Severity>(Severity(index));
        });
    });
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItems({tr("Not set"), tr("Draft"), tr("In review"), tr("Final")});
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        m_document->edit(tr("Set status"), [&](Postmortem &pm) {
            pm.status = index == 0 ? std::nullopt : std::optional<Status>(Status(index - 1));
        });
    });
    auto *statusLabel = new QLabel(tr("St&atus:"), page);
    statusLabel->setBuddy(m_status);
    row->addWidget(m_severity);
    row->addSpacing(12);
    row->addWidget(statusLabel);
    row->addWidget(m_status);
    row->addStretch();
    // A label made here, not by addRow: a row that is a layout gets a label without a buddy,
    // which shows its '&' instead of underlining the key.
    auto *severityLabel = new QLabel(tr("Se&verity:"), page);
    severityLabel->setBuddy(m_severity);
    form->addRow(severityLabel, row);
}

/// Authors, services and tags: comma-separated lists.
void PostmortemForm::addListRows(QWidget *page, QFormLayout *form)
{
    m_authors = new QLineEdit(page);
    m_authors->setObjectName(QStringLiteral("authorsEdit"));
    m_authors->setPlaceholderText(tr("Names, separated by commas"));
    m_authors->installEventFilter(m_undoFilter);
    connect(m_authors, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList authors;
        for (const QString &a : text.split(QLatin1Char(',')))
            if (!a.trimmed().isEmpty())
                authors.append(a.trimmed());
        m_document->edit(
            tr("Edit authors"), [&](Postmortem &pm) { pm.authors = authors; },
            QStringLiteral("authors"));
    });
    form->addRow(tr("A&uthors:"), m_authors);

    // Services and tags: comma-separated lists, like the authors.
    const auto listEdit = [&](const QString &name, const QString &placeholder,
                              QStringList Postmortem::*field, const QString &description) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->installEventFilter(m_undoFilter);
        connect(edit, &QLineEdit::textEdited, this,
                [this, field, description, name](const QString &text) {
                    QStringList values;
                    for (const QString &v : text.split(QLatin1Char(',')))
                        if (!v.trimmed().isEmpty())
                            values.append(v.trimmed());
                    m_document->edit(
                        description, [&](Postmortem &pm) { pm.*field = values; }, name);
                });
        return edit;
    };
    m_services
        = listEdit(QStringLiteral("servicesEdit"), tr("Affected services, separated by commas"),
                   &Postmortem::services, tr("Edit services"));
    form->addRow(tr("Servi&ces:"), m_services);
    m_tags = listEdit(QStringLiteral("tagsEdit"),
                      tr("Contributing factors (config-change, capacity, …), separated by commas"),
                      &Postmortem::tags, tr("Edit tags"));
    form->addRow(tr("Ta&gs:"), m_tags);
}

/// Incident start and end, time zone, share of users affected.
void PostmortemForm::addFactRows(QWidget *page, QFormLayout *form)
{
    m_start = new MomentEdit(page);
    m_start->setObjectName(QStringLiteral("startEdit"));
    connect(m_start, &MomentEdit::edited, this,
            [this] { setMomentFromEditor(&Postmortem::start, m_start, tr("Set incident start")); });
    form->addRow(tr("Incident &start:"), m_start);
    m_end = new MomentEdit(page);
    m_end->setObjectName(QStringLiteral("endEdit"));
    connect(m_end, &MomentEdit::edited, this,
            [this] { setMomentFromEditor(&Postmortem::end, m_end, tr("Set incident end")); });
    form->addRow(tr("Incident &end:"), m_end);

    m_zone = new QComboBox(page);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->addItem(tr("No zone stated"));
    for (const TimeZoneInfo &z : commonTimeZones())
        m_zone->addItem(
            QStringLiteral("%1 (UTC%2)").arg(z.label, formatUtcOffset(z.utcOffsetMinutes)),
            QVariant::fromValue(QStringList{z.label, QString::number(z.utcOffsetMinutes)}));
    connect(m_zone, &QComboBox::activated, this, &PostmortemForm::applyTimeZone);
    form->addRow(tr("Time &zone:"), m_zone);

    m_usersPercent = new QDoubleSpinBox(page);
    m_usersPercent->setObjectName(QStringLiteral("usersPercentSpin"));
    m_usersPercent->setRange(-1, 100);
    m_usersPercent->setDecimals(1);
    m_usersPercent->setSuffix(QStringLiteral(" %"));
    m_usersPercent->setSpecialValueText(tr("Not stated"));
    m_usersPercent->setValue(-1);
    m_usersPercent->setKeyboardTracking(false);
    connect(m_usersPercent, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_document->edit(
            tr("Set users affected"),
            [&](Postmortem &pm) {
                pm.usersAffectedPercent = v < 0 ? std::nullopt : std::optional<double>(v);
            },
            QStringLiteral("usersPercent"));
    });
    form->addRow(tr("&Users affected:"), m_usersPercent);
}

void PostmortemForm::buildOverviewTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addHeaderRows(page, form);
    addListRows(page, form);
    addFactRows(page, form);

    m_summary = addTextEditor(QStringLiteral("summaryEditor"),
                              tr("What happened, for whom, and how it ended — in a few lines."),
                              &Postmortem::summary, tr("Summary"));
    form->addRow(tr("Su&mmary:"), m_summary);
    auto *impact = addTextEditor(QStringLiteral("impactEditor"),
                                 tr("Who and what was affected, and how badly."),
                                 &Postmortem::impact, tr("Impact"));
    form->addRow(tr("&Impact:"), impact);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    // No Tab stop of its own: every control inside takes the focus and is scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("&Overview"));
}

void PostmortemForm::setMomentFromEditor(Moment Postmortem::*field, const MomentEdit *editor,
                                         const QString &description)
{
    const QDate date = editor->date();
    const QTime time = editor->time();
    m_document->edit(description, [&](Postmortem &pm) {
        Moment &m = pm.*field;
        if (m.date == date && m.time == time)
            return;
        m.date = date;
        m.time = time;
        m.utcOffsetMinutes
            = pm.timezone ? std::optional<int>(pm.timezone->utcOffsetMinutes) : std::nullopt;
        m.text.clear();
        m.fromTimeline = false; // stated now, by the person editing
        m.fromLength = false;
    });
}

void PostmortemForm::applyTimeZone(int index)
{
    const QStringList data = m_zone->itemData(index).toStringList();
    std::optional<TimeZoneInfo> zone;
    if (data.size() == 2)
        zone = TimeZoneInfo{data[0], data[1].toInt()};
    m_document->edit(tr("Set time zone"), [&](Postmortem &pm) {
        pm.timezone = zone;
        // Times stay as written (wall clock); they are now read in the new zone.
        const std::optional<int> offset
            = zone ? std::optional<int>(zone->utcOffsetMinutes) : std::nullopt;
        for (Moment *m : {&pm.start, &pm.end})
            if (!m->isNull())
                m->utcOffsetMinutes = offset;
        for (TimelineEvent &e : pm.timeline)
            if (!e.at.isNull())
                e.at.utcOffsetMinutes = offset;
    });
}

void PostmortemForm::buildTimelineTab()
{
    m_timelineModel = new TimelineModel(m_document, this);
    m_timelineView = new QTableView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setItemDelegateForColumn(
        TimelineModel::DateColumn,
        new DateTimeTextDelegate(DateTimeTextDelegate::Kind::Date, m_timelineView));
    m_timelineView->setItemDelegateForColumn(
        TimelineModel::TimeColumn,
        new DateTimeTextDelegate(DateTimeTextDelegate::Kind::Time, m_timelineView));
    m_timelineView->setItemDelegateForColumn(TimelineModel::KindColumn,
                                             new EventKindDelegate(m_timelineView));
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    QStringList kinds;
    for (const EventKind kind : allEventKinds())
        kinds << eventKindLabel(kind);
    fitColumnWidth(m_timelineView, TimelineModel::DateColumn, {QStringLiteral("2088-08-28")});
    fitColumnWidth(m_timelineView, TimelineModel::TimeColumn, {QStringLiteral("28:58:58")});
    // Room for the colour swatch and the combo box arrow the kind's editor shows.
    fitColumnWidth(m_timelineView, TimelineModel::KindColumn, kinds,
                   m_timelineView->style()->pixelMetric(QStyle::PM_SmallIconSize)
                       + m_timelineView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);

    TablePage page;
    page.addText = tr("Add event");
    page.addTip = tr("Add a timeline event after the selected one (Insert)");
    page.removeTip = tr("Delete the selected timeline events (Delete)");
    page.moveTip = tr("Move the selected event up or down, for events at the same time");
    page.note = tr("Times are in the document's time zone; rows stay in time order, across "
                   "midnight too.");
    page.editColumn = TimelineModel::TextColumn;
    page.insert = [this](int row) {
        return m_timelineModel->insertEvent(row);
    };
    page.remove = [this](const QList<int> &rows) {
        m_timelineModel->removeEvents(rows);
    };
    page.move = [this](int row, int delta) {
        return m_timelineModel->moveEvent(row, delta);
    };
    // The chart above the table, in a splitter so either can be given the room.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_timelineChart = new TimelineChartView(m_document, splitter);
    splitter->addWidget(m_timelineChart);
    splitter->addWidget(buildTablePage(m_timelineView, page));
    // Under the table, what belongs to the selected event (code, log, quote).
    m_eventDetail = new EventDetailEditor(m_document, splitter);
    m_eventDetail->editor()->setImageSaver(m_imageSaver);
    m_eventDetail->editor()->installEventFilter(m_undoFilter);
    splitter->addWidget(m_eventDetail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    connect(m_timelineChart, &TimelineChartView::eventActivated, this,
            &PostmortemForm::selectEvent);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            m_timelineChart, [this](const QModelIndex &current) {
                m_timelineChart->setCurrentRow(current.row());
                m_eventDetail->setRow(current.row());
            });
    m_tabs->addTab(splitter, tr("T&imeline"));
}

QWidget *PostmortemForm::buildTablePage(QTableView *view, const TablePage &spec)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    view->setParent(page);
    // Text cells show the find bar's matches (the per-column editors keep their delegates).
    view->setItemDelegate(new MatchHighlightDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->installEventFilter(m_undoFilter);
    // Tab leaves the table (arrow keys move between cells), so the keyboard reaches the rest.
    view->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    auto *add = toolButton(spec.addText, spec.addTip, page);
    auto *remove = toolButton(tr("Delete"), spec.removeTip, page);
    auto *up = toolButton(tr("Move up"), spec.moveTip, page);
    auto *down = toolButton(tr("Move down"), spec.moveTip, page);
    for (auto *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    // The note on a line of its own, wrapping at word boundaries: beside the buttons its
    // unbroken width (long in German) set the form's minimum width and squeezed the preview.
    if (!spec.note.isEmpty()) {
        auto *note = new QLabel(spec.note, page);
        note->setObjectName(QStringLiteral("tableNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(view);
    QWidget::setTabOrder(add, remove);
    QWidget::setTabOrder(remove, up);
    QWidget::setTabOrder(up, down);
    QWidget::setTabOrder(down, view);

    const auto insertRow = [view, spec] {
        const QModelIndex current = view->currentIndex();
        const int row
            = spec.insert(current.isValid() ? current.row() : view->model()->rowCount() - 1);
        if (row < 0)
            return;
        const QModelIndex index = view->model()->index(row, spec.editColumn);
        view->setCurrentIndex(index);
        view->edit(index);
    };
    const auto removeRows = [view, spec] {
        QList<int> rows;
        for (const QModelIndex &i : view->selectionModel()->selectedRows())
            rows.append(i.row());
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows.append(view->currentIndex().row());
        if (!rows.isEmpty())
            spec.remove(rows);
    };
    connect(add, &QToolButton::clicked, view, insertRow);
    connect(remove, &QToolButton::clicked, view, removeRows);
    for (auto [button, delta] : {std::pair{up, -1}, std::pair{down, 1}}) {
        connect(button, &QToolButton::clicked, view, [view, spec, d = delta] {
            const QModelIndex i = view->currentIndex();
            if (i.isValid() && spec.move(i.row(), d))
                view->setCurrentIndex(view->model()->index(i.row() + d, i.column()));
        });
    }
    // Keyboard: Insert adds a row, Delete removes the selected ones (while the table, not a
    // cell editor, has the focus).
    auto *insertAction = new QAction(spec.addText, view);
    insertAction->setShortcut(QKeySequence(Qt::Key_Insert));
    insertAction->setShortcutContext(Qt::WidgetShortcut);
    connect(insertAction, &QAction::triggered, view, insertRow);
    auto *deleteAction = new QAction(tr("Delete"), view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, view, removeRows);
    view->addActions({insertAction, deleteAction});
    return page;
}

void PostmortemForm::buildCauseTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *cause = addTextEditor(QStringLiteral("rootCauseEditor"),
                                tr("The underlying cause, and the trigger that set it off."),
                                &Postmortem::rootCause, tr("Root cause"));
    form->addRow(tr("&Root cause:"), cause);
    auto *resolution = addTextEditor(QStringLiteral("resolutionEditor"),
                                     tr("How service was restored and the cause removed."),
                                     &Postmortem::resolution, tr("Resolution"));
    form->addRow(tr("Re&solution:"), resolution);
    m_tabs->addTab(page, tr("&Root cause"));
}

void PostmortemForm::buildActionsTab()
{
    m_actionModel = new ActionItemModel(m_document, this);
    m_actionView = new QTableView;
    m_actionView->setObjectName(QStringLiteral("actionItemView"));
    m_actionView->setAccessibleName(tr("Action items"));
    m_actionView->setModel(m_actionModel);
    m_actionView->setItemDelegateForColumn(ActionItemModel::CategoryColumn,
                                           new CategoryDelegate(m_actionView));
    m_actionView->setItemDelegateForColumn(
        ActionItemModel::DueColumn,
        new DateTimeTextDelegate(DateTimeTextDelegate::Kind::Date, m_actionView));
    m_actionView->horizontalHeader()->setSectionResizeMode(ActionItemModel::TextColumn,
                                                           QHeaderView::Stretch);
    // As wide as the header and a typical value need, in every language.
    fitColumnWidth(m_actionView, ActionItemModel::CategoryColumn, {QStringLiteral("improvement")},
                   m_actionView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    fitColumnWidth(m_actionView, ActionItemModel::OwnerColumn, {QStringLiteral("Firstname L.")});
    fitColumnWidth(m_actionView, ActionItemModel::DueColumn, {QStringLiteral("2088-08-28")});
    fitColumnWidth(m_actionView, ActionItemModel::DoneColumn, {});

    TablePage page;
    page.addText = tr("Add action item");
    page.addTip = tr("Add an action item after the selected one (Insert)");
    page.removeTip = tr("Delete the selected action items (Delete)");
    page.moveTip = tr("Move the selected action item up or down");
    page.editColumn = ActionItemModel::TextColumn;
    page.insert = [this](int row) {
        return m_actionModel->insertItem(row);
    };
    page.remove = [this](const QList<int> &rows) {
        m_actionModel->removeItems(rows);
    };
    page.move = [this](int row, int delta) {
        return m_actionModel->moveItem(row, delta);
    };
    m_tabs->addTab(buildTablePage(m_actionView, page), tr("&Action items"));
}

void PostmortemForm::buildSectionsTab()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Sections with no field of their own — lessons learned, what "
                               "went well, text kept from an imported file."),
                            page);
    hint->setWordWrap(true);
    outer->addWidget(hint);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // the editors inside take the focus
    m_sectionsHost = new QWidget;
    m_sectionsLayout = new QVBoxLayout(m_sectionsHost);
    m_sectionsLayout->addStretch();
    scroll->setWidget(m_sectionsHost);
    outer->addWidget(scroll);
    auto *add = new QPushButton(tr("Add section"), page);
    add->setObjectName(QStringLiteral("addSectionButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_document->edit(tr("Add section"), [&](Postmortem &pm) {
            pm.sections.append({tr("New section"), QString()});
        });
        if (!m_sectionEditors.isEmpty()) {
            m_sectionEditors.last().first->setFocus();
            m_sectionEditors.last().first->selectAll();
        }
    });
    outer->addWidget(add, 0, Qt::AlignLeft);
    m_tabs->addTab(page, tr("Other &sections"));
}

void PostmortemForm::rebuildSections()
{
    for (auto &[heading, text] : m_sectionEditors)
        delete heading->parentWidget();
    m_sectionEditors.clear();
    const QList<Section> &sections = m_document->postmortem().sections;
    for (int i = 0; i < sections.size(); ++i) {
        auto *box = new QWidget(m_sectionsHost);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 8);
        auto *h = new QHBoxLayout;
        auto *heading = new QLineEdit(box);
        heading->setPlaceholderText(tr("Heading"));
        heading->setAccessibleName(tr("Section heading"));
        heading->installEventFilter(m_undoFilter);
        QFont f = heading->font();
        f.setBold(true);
        heading->setFont(f);
        auto *remove = toolButton(tr("Remove"), tr("Remove this section"), box);
        h->addWidget(heading);
        h->addWidget(remove);
        auto *text = new MarkdownEditor(box);
        text->setImageSaver(m_imageSaver);
        text->setUndoRedoEnabled(false);
        text->setTabChangesFocus(true);
        text->setAccessibleName(tr("Section text"));
        text->setAccessibleDescription(
            tr("Text of the section “%1”, in Markdown").arg(sections[i].heading));
        remove->setAccessibleDescription(tr("Removes the section “%1”").arg(sections[i].heading));
        text->installEventFilter(m_undoFilter);
        text->setMinimumHeight(120);
        v->addLayout(h);
        v->addWidget(text);
        m_sectionsLayout->insertWidget(m_sectionsLayout->count() - 1, box);
        heading->setText(sections[i].heading);
        text->setPlainText(sections[i].text);
        connect(heading, &QLineEdit::textEdited, this, [this, i](const QString &value) {
            m_document->edit(
                tr("Rename section"),
                [&](Postmortem &pm) {
                    if (i < pm.sections.size())
                        pm.sections[i].heading = value;
                },
                QStringLiteral("section:%1:heading").arg(i));
        });
        connect(text, &QPlainTextEdit::textChanged, this, [this, i, text] {
            const QString value = text->toPlainText();
            m_document->edit(
                tr("Edit section"),
                [&](Postmortem &pm) {
                    if (i < pm.sections.size())
                        pm.sections[i].text = value;
                },
                text->isDiscreteEdit() ? QString() : QStringLiteral("section:%1:text").arg(i));
        });
        connect(remove, &QToolButton::clicked, this, [this, i] {
            m_document->edit(tr("Remove section"), [&](Postmortem &pm) {
                if (i < pm.sections.size())
                    removeSection(pm, i);
            });
        });
        m_sectionEditors.append({heading, text});
    }
    // Tab goes through the sections top to bottom, then to Add section.
    QWidget *previous = nullptr;
    for (const auto &[heading, text] : m_sectionEditors) {
        auto *remove = heading->parentWidget()->findChild<QToolButton *>();
        for (QWidget *w : {static_cast<QWidget *>(heading), static_cast<QWidget *>(remove),
                           static_cast<QWidget *>(text)}) {
            if (previous && w)
                QWidget::setTabOrder(previous, w);
            if (w)
                previous = w;
        }
    }
    if (auto *add = findChild<QPushButton *>(QStringLiteral("addSectionButton")); add && previous)
        QWidget::setTabOrder(previous, add);
}

void PostmortemForm::setImageSaver(
    const std::function<QString(const QImage &, const QString &)> &saver)
{
    m_imageSaver = saver;
    for (auto *editor : findChildren<MarkdownEditor *>())
        editor->setImageSaver(saver);
}

QList<std::pair<QPlainTextEdit *, TextLocation>> PostmortemForm::textEditors() const
{
    QList<std::pair<QPlainTextEdit *, TextLocation>> all;
    for (const auto &[editor, field] : m_textEditors)
        for (const FieldInfo &info : postmortemFields())
            if (info.prose == field)
                all.append({editor, {TextLocation::Kind::Prose, info.id, -1}});
    for (int i = 0; i < m_sectionEditors.size(); ++i)
        all.append(
            {m_sectionEditors[i].second, {TextLocation::Kind::SectionText, FieldId::Document, i}});
    const int row = m_eventDetail->row();
    if (row >= 0 && row < m_document->postmortem().timeline.size())
        all.append({m_eventDetail->editor(),
                    {TextLocation::Kind::TimelineDetail, FieldId::Timeline, row}});
    return all;
}

void PostmortemForm::selectEvent(int row)
{
    const QModelIndex index = m_timelineModel->index(row, TimelineModel::TextColumn);
    if (!index.isValid())
        return;
    m_timelineView->setCurrentIndex(index);
    m_timelineView->selectRow(row);
    m_timelineView->scrollTo(index);
}

QWidget *PostmortemForm::editorFor(const TextLocation &where, QModelIndex *cell) const
{
    using Kind = TextLocation::Kind;
    const int i = where.index;
    switch (where.kind) {
    case Kind::Title:
        return m_title;
    case Kind::SectionHeading:
        return i >= 0 && i < m_sectionEditors.size() ? m_sectionEditors[i].first : nullptr;
    case Kind::Prose:
    case Kind::SectionText:
        for (const auto &[editor, location] : textEditors())
            if (location == where)
                return editor;
        return nullptr;
    case Kind::TimelineText:
        if (cell)
            *cell = m_timelineModel->index(i, TimelineModel::TextColumn);
        return m_timelineView;
    case Kind::TimelineDetail:
        return i >= 0 && i < m_document->postmortem().timeline.size() ? m_eventDetail->editor()
                                                                      : nullptr;
    case Kind::ActionText:
    case Kind::ActionOwner:
        if (cell)
            *cell = m_actionModel->index(i, where.kind == Kind::ActionText
                                                ? ActionItemModel::TextColumn
                                                : ActionItemModel::OwnerColumn);
        return m_actionView;
    }
    return nullptr;
}

void PostmortemForm::reveal(QWidget *widget)
{
    QWidget *page = tabPageOf(widget);
    if (!page)
        return;
    m_tabs->setCurrentWidget(page);
    // The Overview tab and the sections' list scroll; the nearest scroll area brings it in.
    for (QWidget *w = widget->parentWidget(); w && w != m_tabs; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(widget);
            break;
        }
    }
}

std::optional<PostmortemForm::TextPosition> PostmortemForm::focusedTextPosition() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return std::nullopt;
    for (const auto &[editor, field] : m_textEditors) {
        if (editor == focus) {
            const auto member = field;
            return TextPosition{[member](Postmortem &pm) { return &(pm.*member); },
                                editor->textCursor().position()};
        }
    }
    for (qsizetype i = 0; i < m_sectionEditors.size(); ++i) {
        if (m_sectionEditors[i].second == focus) {
            return TextPosition{[i](Postmortem &pm) {
                                    return i < pm.sections.size() ? &pm.sections[i].text : nullptr;
                                },
                                m_sectionEditors[i].second->textCursor().position()};
        }
    }
    return std::nullopt;
}

void PostmortemForm::updateFromDocument()
{
    const Postmortem &pm = m_document->postmortem();
    setEnabled(!m_document->isReadOnly());
    setLineText(m_title, pm.title);
    setLineText(m_authors, pm.authors.join(QStringLiteral(", ")));
    setLineText(m_services, pm.services.join(QStringLiteral(", ")));
    setLineText(m_tags, pm.tags.join(QStringLiteral(", ")));
    {
        const QSignalBlocker b1(m_severity), b2(m_status), b3(m_usersPercent), b4(m_zone);
        m_severity->setCurrentIndex(pm.severity ? int(*pm.severity) : 0);
        m_status->setCurrentIndex(pm.status ? int(*pm.status) + 1 : 0);
        m_usersPercent->setValue(pm.usersAffectedPercent.value_or(-1));
        int zoneIndex = 0;
        if (pm.timezone) {
            const QStringList key{pm.timezone->label,
                                  QString::number(pm.timezone->utcOffsetMinutes)};
            zoneIndex = m_zone->findData(QVariant::fromValue(key));
            if (zoneIndex < 0) {
                m_zone->addItem(
                    QStringLiteral("%1 (UTC%2)")
                        .arg(pm.timezone->label, formatUtcOffset(pm.timezone->utcOffsetMinutes)),
                    QVariant::fromValue(key));
                zoneIndex = m_zone->count() - 1;
            }
        }
        m_zone->setCurrentIndex(zoneIndex);
    }
    m_start->setMoment(pm.start);
    m_end->setMoment(pm.end);
    for (const auto &[editor, field] : m_textEditors)
        setTextKeepingCursor(editor, pm.*field);

    if (m_sectionEditors.size() != pm.sections.size()) {
        rebuildSections();
    } else {
        for (int i = 0; i < pm.sections.size(); ++i) {
            setLineText(m_sectionEditors[i].first, pm.sections[i].heading);
            setTextKeepingCursor(m_sectionEditors[i].second, pm.sections[i].text);
        }
    }
    applyTemplatePlaceholders();
}

} // namespace Hindsight
