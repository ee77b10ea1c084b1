#include "ui/loaddiagrameditor.h"

#include "core/diagramcaption.h"
#include "core/displaynames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hindsight {

namespace {

QString algorithmLabel(BalancingAlgorithm a)
{
    return algorithmTitle(a);
}

QString healthLabel(BackendHealth h)
{
    return healthTitle(h);
}

QString presetLabel(LoadDiagramPreset p)
{
    switch (p) {
    case LoadDiagramPreset::EvenRoundRobin:
        return LoadDiagramEditor::tr("Even round robin");
    case LoadDiagramPreset::MisweightedPool:
        return LoadDiagramEditor::tr("Misweighted pool");
    case LoadDiagramPreset::MissingFromPool:
        return LoadDiagramEditor::tr("Backend missing from the pool");
    case LoadDiagramPreset::StickySessions:
        return LoadDiagramEditor::tr("Sticky sessions");
    case LoadDiagramPreset::WrongCheckPort:
        return LoadDiagramEditor::tr("Health check on the wrong port");
    }
    return QString();
}

QSpinBox *portBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 65535);
    box->setSpecialValueText(LoadDiagramEditor::tr("not set"));
    return box;
}

} // namespace

// --- LoadDiagramView -------------------------------------------------------------------------

LoadDiagramView::LoadDiagramView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Diagram preview"));
}

void LoadDiagramView::setDiagram(const LoadDiagram &diagram)
{
    if (diagram == m_diagram)
        return;
    m_diagram = diagram;
    setAccessibleDescription(loadDiagramDescription(m_diagram));
    update();
}

QList<ScenarioLoad> LoadDiagramView::loads() const
{
    QList<ScenarioLoad> out{computeLoad(m_diagram.incident)};
    if (m_diagram.fixed)
        out.append(computeLoad(*m_diagram.fixed));
    return out;
}

void LoadDiagramView::setTheme(DiagramTheme theme)
{
    m_theme = theme;
    update();
}

void LoadDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintLoadDiagram(painter, QRectF(rect()), m_diagram, m_theme, LoadDiagramArrangement::Auto);
}

// --- NumberSpinBox ---------------------------------------------------------------------------

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setRange(0, 1e9);
    setAlignment(Qt::AlignRight);
}

QString NumberSpinBox::textFromValue(double value) const
{
    QLocale l = locale();
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(value, 'g', 12);
}

// --- ScenarioEditor --------------------------------------------------------------------------

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLineEdit(this))
    , m_rate(new NumberSpinBox(this))
    , m_algorithm(new QComboBox(this))
    , m_pinnedPercent(new QDoubleSpinBox(this))
    , m_pinnedBackend(new QComboBox(this))
    , m_servingPort(portBox(this))
    , m_checkPort(portBox(this))
    , m_checkAnswers(new QCheckBox(tr("Something answers on the check port"), this))
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(tr("Add backend"), this))
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_label->setObjectName(QStringLiteral("stateLabel"));
    form->addRow(tr("State &label:"), m_label);

    m_rate->setObjectName(QStringLiteral("requestRate"));
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setToolTip(tr("Requests per second arriving from the clients"));
    form->addRow(tr("&Traffic:"), m_rate);

    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    for (BalancingAlgorithm a : allAlgorithms())
        m_algorithm->addItem(algorithmLabel(a), int(a));
    form->addRow(tr("&Algorithm:"), m_algorithm);

    auto *pinned = new QHBoxLayout;
    m_pinnedPercent->setObjectName(QStringLiteral("pinnedPercent"));
    m_pinnedPercent->setRange(0, 100);
    m_pinnedPercent->setDecimals(1);
    m_pinnedPercent->setSuffix(tr(" %"));
    m_pinnedPercent->setToolTip(tr("Share of the requests in sessions pinned to one backend "
                                   "(sticky cookie, or many clients behind one address)"));
    m_pinnedBackend->setObjectName(QStringLiteral("pinnedBackend"));
    pinned->addWidget(m_pinnedPercent);
    pinned->addWidget(new QLabel(tr("pinned to"), this));
    pinned->addWidget(m_pinnedBackend, 1);
    form->addRow(tr("Sessions:"), pinned);

    auto *ports = new QHBoxLayout;
    m_checkPort->setObjectName(QStringLiteral("healthCheckPort"));
    m_servingPort->setObjectName(QStringLiteral("servingPort"));
    ports->addWidget(new QLabel(tr("check"), this));
    ports->addWidget(m_checkPort);
    ports->addWidget(new QLabel(tr("service"), this));
    ports->addWidget(m_servingPort);
    ports->addStretch();
    form->addRow(tr("Health-check ports:"), ports);
    m_checkAnswers->setObjectName(QStringLiteral("checkPortAnswers"));
    m_checkAnswers->setToolTip(
        tr("When the check probes another port than the service: checked, the check passes "
           "on every backend (a dead service keeps its traffic); unchecked, it fails on every "
           "backend"));
    form->addRow(QString(), m_checkAnswers);

    auto *heading = new QLabel(tr("<b>Backends</b>"), this);
    heading->setTextFormat(Qt::RichText);
    outer->addWidget(heading);
    const QStringList headers
        = {tr("Name"), tr("Capacity (req/s)"), tr("Weight"), tr("Health"), tr("In pool")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *label = new QLabel(headers[c], this);
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_grid->addWidget(label, 0, c);
    }
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 1);
    outer->addLayout(m_grid);
    m_add->setObjectName(QStringLiteral("addBackend"));
    outer->addWidget(m_add, 0, Qt::AlignLeft);
    outer->addStretch();

    connect(m_label, &QLineEdit::textEdited, this, &ScenarioEditor::emitEdited);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::emitEdited);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emitEdited();
    });
    connect(m_pinnedPercent, &QDoubleSpinBox::valueChanged, this, [this] {
        updateEnabled();
        emitEdited();
    });
    connect(m_pinnedBackend, &QComboBox::currentIndexChanged, this, &ScenarioEditor::emitEdited);
    for (QSpinBox *port : {m_servingPort, m_checkPort})
        connect(port, &QSpinBox::valueChanged, this, [this] {
            updateEnabled();
            emitEdited();
        });
    connect(m_checkAnswers, &QCheckBox::toggled, this, &ScenarioEditor::emitEdited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        LoadScenario s = scenario();
        Backend b = s.backends.isEmpty() ? Backend{} : s.backends.last();
        b.name = tr("web-%1").arg(s.backends.size() + 1);
        b.health = BackendHealth::Healthy;
        b.inPool = true;
        s.backends.append(b);
        rebuildRows(s.backends);
        if (!m_rows.isEmpty()) {
            m_rows.last().name->setFocus();
            m_rows.last().name->selectAll();
        }
        emitEdited();
    });
}

void ScenarioEditor::setScenario(const LoadScenario &s)
{
    m_updating = true;
    m_label->setText(s.label);
    m_rate->setValue(s.requestRate);
    m_algorithm->setCurrentIndex(qMax(0, m_algorithm->findData(int(s.algorithm))));
    m_pinnedPercent->setValue(s.pinnedFraction * 100);
    m_servingPort->setValue(s.servingPort);
    m_checkPort->setValue(s.healthCheckPort);
    m_checkAnswers->setChecked(s.checkPortAnswers);
    rebuildRows(s.backends);
    updatePinnedChoices(s.pinnedBackend);
    updateEnabled();
    m_updating = false;
}

LoadScenario ScenarioEditor::scenario() const
{
    LoadScenario s;
    s.label = m_label->text();
    s.requestRate = m_rate->value();
    s.algorithm = BalancingAlgorithm(m_algorithm->currentData().toInt());
    s.pinnedFraction = m_pinnedPercent->value() / 100;
    s.pinnedBackend = s.pinnedFraction > 0 ? m_pinnedBackend->currentText() : QString();
    s.servingPort = m_servingPort->value();
    s.healthCheckPort = m_checkPort->value();
    s.checkPortAnswers = m_checkAnswers->isEnabled() && m_checkAnswers->isChecked();
    for (const Row &r : m_rows)
        s.backends.append({r.name->text(), r.capacity->value(), r.weight->value(),
                           BackendHealth(r.health->currentData().toInt()), r.inPool->isChecked()});
    return s;
}

void ScenarioEditor::setLabelPlaceholder(const QString &text)
{
    m_label->setPlaceholderText(text);
}

void ScenarioEditor::rebuildRows(const QList<Backend> &backends)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(r.name), static_cast<QWidget *>(r.capacity),
                           static_cast<QWidget *>(r.weight), static_cast<QWidget *>(r.health),
                           static_cast<QWidget *>(r.inPool), r.remove})
            delete w;
    }
    m_rows.clear();
    for (qsizetype i = 0; i < backends.size(); ++i) {
        const Backend &b = backends[i];
        Row r;
        r.name = new QLineEdit(b.name, this);
        r.name->setObjectName(QStringLiteral("backendName-%1").arg(i));
        r.name->setAccessibleName(tr("Backend %1 name").arg(i + 1));
        r.name->setMinimumWidth(110);
        r.capacity = new NumberSpinBox(this);
        r.capacity->setObjectName(QStringLiteral("backendCapacity-%1").arg(i));
        r.capacity->setAccessibleName(tr("Backend %1 capacity").arg(i + 1));
        r.capacity->setValue(b.capacity);
        r.weight = new NumberSpinBox(this);
        r.weight->setObjectName(QStringLiteral("backendWeight-%1").arg(i));
        r.weight->setAccessibleName(tr("Backend %1 weight").arg(i + 1));
        r.weight->setRange(0, 1e6);
        r.weight->setValue(b.weight);
        r.health = new QComboBox(this);
        r.health->setObjectName(QStringLiteral("backendHealth-%1").arg(i));
        r.health->setAccessibleName(tr("Backend %1 health").arg(i + 1));
        for (BackendHealth h : allHealthStates())
            r.health->addItem(healthLabel(h), int(h));
        r.health->setCurrentIndex(qMax(0, r.health->findData(int(b.health))));
        r.inPool = new QCheckBox(this);
        r.inPool->setObjectName(QStringLiteral("backendInPool-%1").arg(i));
        r.inPool->setAccessibleName(tr("Backend %1 in the pool").arg(i + 1));
        r.inPool->setToolTip(tr("Unchecked: missing from the load balancer's pool"));
        r.inPool->setChecked(b.inPool);
        auto *remove = new QToolButton(this);
        remove->setText(QStringLiteral("\u2715")); // multiplication x: a compact "remove"
        remove->setToolTip(tr("Remove this backend"));
        remove->setAccessibleName(tr("Remove backend %1").arg(i + 1));
        remove->setAutoRaise(true);
        r.remove = remove;
        const int gridRow = int(i) + 1;
        m_grid->addWidget(r.name, gridRow, 0);
        m_grid->addWidget(r.capacity, gridRow, 1);
        m_grid->addWidget(r.weight, gridRow, 2);
        m_grid->addWidget(r.health, gridRow, 3);
        m_grid->addWidget(r.inPool, gridRow, 4, Qt::AlignCenter);
        m_grid->addWidget(remove, gridRow, 5);

        connect(r.name, &QLineEdit::textEdited, this, [this] {
            updatePinnedChoices(m_pinnedBackend->currentText());
            emitEdited();
        });
        connect(r.capacity, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::emitEdited);
        connect(r.weight, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::emitEdited);
        connect(r.health, &QComboBox::currentIndexChanged, this, &ScenarioEditor::emitEdited);
        connect(r.inPool, &QCheckBox::toggled, this, &ScenarioEditor::emitEdited);
        connect(remove, &QToolButton::clicked, this, [this, i] {
            LoadScenario s = scenario();
            if (i < s.backends.size())
                s.backends.removeAt(i);
            const QString pinned = m_pinnedBackend->currentText();
            rebuildRows(s.backends);
            updatePinnedChoices(pinned);
            emitEdited();
        });
        m_rows.append(r);
    }
    updateEnabled();
    m_updating = wasUpdating;
}

void ScenarioEditor::updatePinnedChoices(const QString &current)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    QStringList names;
    for (const Row &r : std::as_const(m_rows))
        if (!r.name->text().isEmpty() && !names.contains(r.name->text()))
            names.append(r.name->text());
    if (!current.isEmpty() && !names.contains(current))
        names.append(current); // keep a name the spec had, even without its backend
    m_pinnedBackend->clear();
    m_pinnedBackend->addItems(names);
    m_pinnedBackend->setCurrentIndex(qMax(0, int(names.indexOf(current))));
    m_updating = wasUpdating;
}

void ScenarioEditor::updateEnabled()
{
    const auto algorithm = BalancingAlgorithm(m_algorithm->currentData().toInt());
    const bool weighted = algorithm != BalancingAlgorithm::RoundRobin;
    for (const Row &r : std::as_const(m_rows)) {
        r.weight->setEnabled(weighted);
        r.weight->setToolTip(weighted ? QString() : tr("Round robin ignores weights"));
    }
    m_pinnedBackend->setEnabled(m_pinnedPercent->value() > 0);
    m_checkAnswers->setEnabled(m_servingPort->value() > 0 && m_checkPort->value() > 0
                               && m_servingPort->value() != m_checkPort->value());
}

void ScenarioEditor::emitEdited()
{
    if (!m_updating)
        Q_EMIT edited();
}

// --- LoadDiagramEditor -----------------------------------------------------------------------

LoadDiagramEditor::LoadDiagramEditor(const LoadDiagram &diagram, bool inserting, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_caption(new QPlainTextEdit(this))
    , m_presets(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_incident(new ScenarioEditor)
    , m_fixed(new ScenarioEditor)
    , m_hasFixed(new QCheckBox(tr("Show the state after the fix beside the incident"), this))
    , m_theme(new QComboBox(this))
    , m_view(new LoadDiagramView(this))
{
    setObjectName(QStringLiteral("loadDiagramEditor"));
    setWindowTitle(inserting ? tr("Insert Load-Distribution Diagram")
                             : tr("Edit Load-Distribution Diagram"));

    QWidget *form = buildFormSide();
    QWidget *right = buildPreviewSide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({570, 710});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(inserting ? tr("&Insert") : tr("&Apply"),
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptDiagram"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1280, 760);

    connect(m_title, &QLineEdit::textEdited, this, &LoadDiagramEditor::refresh);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &LoadDiagramEditor::refresh);
    connect(m_incident, &ScenarioEditor::edited, this, &LoadDiagramEditor::refresh);
    connect(m_fixed, &ScenarioEditor::edited, this, &LoadDiagramEditor::refresh);
    connect(m_hasFixed, &QCheckBox::toggled, this, [this](bool on) {
        m_fixed->setEnabled(on);
        refresh();
    });
    connect(m_usePreset, &QPushButton::clicked, this,
            [this] { applyPreset(LoadDiagramPreset(m_presets->currentData().toInt())); });
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setTheme(DiagramTheme(m_theme->currentData().toInt())); });

    setDiagram(diagram);
    // Show the preset the diagram is, when it is one (a new diagram starts from one).
    for (int i = 0; i < m_presets->count(); ++i) {
        LoadDiagram preset = loadDiagramPreset(LoadDiagramPreset(m_presets->itemData(i).toInt()));
        preset.id = diagram.id;
        if (preset == diagram)
            m_presets->setCurrentIndex(i);
    }
}

/// The left side: title, caption, preset, and a tab for each state.
QWidget *LoadDiagramEditor::buildFormSide()
{
    auto *form = new QWidget;
    auto *left = new QVBoxLayout(form);
    left->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    m_title->setObjectName(QStringLiteral("diagramTitle"));
    top->addRow(tr("&Title:"), m_title);
    m_caption->setObjectName(QStringLiteral("diagramCaption"));
    m_caption->setTabChangesFocus(true);
    m_caption->setPlaceholderText(tr("One or two sentences under the picture"));
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 3 + 12);
    top->addRow(tr("&Caption:"), m_caption);
    // Under the caption: a warning when a share it states no longer follows from the numbers.
    m_captionWarning = new QLabel(this);
    m_captionWarning->setObjectName(QStringLiteral("captionWarning"));
    m_captionWarning->setWordWrap(true);
    m_captionWarning->setTextFormat(Qt::PlainText);
    m_captionWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_captionWarning->hide();
    top->addRow(QString(), m_captionWarning);
    m_presets->setObjectName(QStringLiteral("diagramPresets"));
    for (LoadDiagramPreset p : allLoadDiagramPresets())
        m_presets->addItem(presetLabel(p), int(p));
    m_usePreset = new QPushButton(tr("&Use preset"), this);
    m_usePreset->setObjectName(QStringLiteral("usePreset"));
    m_usePreset->setToolTip(tr("Replace both states with the chosen preset"));
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_usePreset);
    auto *presetLabelWidget = new QLabel(tr("&Preset:"), this);
    presetLabelWidget->setBuddy(m_presets);
    top->addRow(presetLabelWidget, presetRow);
    left->addLayout(top);

    const auto scrolled = [](QWidget *content) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        return scroll;
    };
    m_incident->setLabelPlaceholder(tr("During the incident"));
    m_fixed->setLabelPlaceholder(tr("After the fix"));
    m_tabs->addTab(scrolled(m_incident), tr("During the &incident"));
    auto *fixedPage = new QWidget;
    auto *fixedLayout = new QVBoxLayout(fixedPage);
    auto *fixedTop = new QHBoxLayout;
    m_hasFixed->setObjectName(QStringLiteral("hasFixedState"));
    auto *copy = new QPushButton(tr("Copy from the incident"), fixedPage);
    copy->setObjectName(QStringLiteral("copyIncident"));
    fixedTop->addWidget(m_hasFixed, 1);
    fixedTop->addWidget(copy);
    fixedLayout->addLayout(fixedTop);
    fixedLayout->addWidget(scrolled(m_fixed), 1);
    m_tabs->addTab(fixedPage, tr("After the &fix"));
    left->addWidget(m_tabs, 1);
    connect(copy, &QPushButton::clicked, this, [this] {
        LoadScenario s = m_incident->scenario();
        s.label = m_fixed->scenario().label;
        m_fixed->setScenario(s);
        m_hasFixed->setChecked(true);
        refresh();
    });
    return form;
}

/// The right side: the preview and its colours.
QWidget *LoadDiagramEditor::buildPreviewSide()
{
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    auto *themeRow = new QHBoxLayout;
    themeRow->addStretch();
    themeRow->addWidget(new QLabel(tr("Preview colours:"), right));
    m_theme->addItem(tr("Light (documents)"), int(DiagramTheme::Light));
    m_theme->addItem(tr("Dark"), int(DiagramTheme::Dark));
    themeRow->addWidget(m_theme);
    rightLayout->addLayout(themeRow);
    return right;
}

void LoadDiagramEditor::setDiagram(const LoadDiagram &d)
{
    m_id = d.id;
    m_title->setText(d.title);
    {
        const QSignalBlocker blocker(m_caption);
        m_caption->setPlainText(d.caption);
    }
    m_incident->setScenario(d.incident);
    LoadScenario fixed = d.fixed.value_or(d.incident);
    if (!d.fixed)
        fixed.label.clear();
    m_fixed->setScenario(fixed);
    {
        const QSignalBlocker blocker(m_hasFixed);
        m_hasFixed->setChecked(d.fixed.has_value());
    }
    m_fixed->setEnabled(d.fixed.has_value());
    refresh();
}

void LoadDiagramEditor::applyPreset(LoadDiagramPreset preset)
{
    LoadDiagram d = loadDiagramPreset(preset);
    d.id = m_id;
    setDiagram(d);
}

LoadDiagram LoadDiagramEditor::diagram() const
{
    LoadDiagram d;
    d.id = m_id;
    d.title = m_title->text().simplified();
    d.caption = m_caption->toPlainText().simplified();
    d.incident = m_incident->scenario();
    if (m_hasFixed->isChecked())
        d.fixed = m_fixed->scenario();
    return d;
}

void LoadDiagramEditor::refresh()
{
    const LoadDiagram d = diagram();
    m_view->setDiagram(d);
    QStringList stale;
    for (const CaptionShare &share : staleCaptionShares(d))
        stale << tr("“%1”").arg(share.text);
    m_captionWarning->setText(
        stale.isEmpty() ? QString()
                        : tr("The caption says %1, but no share in the diagram is near that any "
                             "more: check the caption against the numbers.")
                              .arg(stale.join(tr(", "))));
    m_captionWarning->setVisible(!stale.isEmpty());
}

} // namespace Hindsight
