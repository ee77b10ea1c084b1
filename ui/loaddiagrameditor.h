// The load-distribution diagram editor: a form beside a live picture, with presets.
#pragma once

#include "core/loaddiagram.h"
#include "render/loaddiagramrenderer.h"

#include <QDialog>
#include <QDoubleSpinBox>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Hindsight {

/// The live picture: paints a diagram with paintLoadDiagram at the widget's size.
class LoadDiagramView : public QWidget
{
    Q_OBJECT
public:
    explicit LoadDiagramView(QWidget *parent = nullptr);
    void setDiagram(const LoadDiagram &diagram);
    const LoadDiagram &diagram() const { return m_diagram; }
    /// What the picture shows: computeLoad() of the incident state and, when there is one, of
    /// the state after the fix (the same values the picture is drawn from).
    QList<ScenarioLoad> loads() const;
    void setTheme(DiagramTheme theme);
    QSize sizeHint() const override { return {620, 420}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LoadDiagram m_diagram;
    DiagramTheme m_theme = DiagramTheme::Light;
};

/// A spin box for request rates and weights: any non-negative number, shown without trailing
/// zeros ("10", "0.5") in the user's locale.
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);
    QString textFromValue(double value) const override;
};

/// Edits one LoadScenario: traffic, balancer settings and the backend rows. Every change
/// emits edited(); scenario() returns the state the widgets show.
class ScenarioEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);
    void setScenario(const LoadScenario &scenario);
    LoadScenario scenario() const;
    /// Shown in the empty state label, e.g. "During the incident" (the picture's default).
    void setLabelPlaceholder(const QString &text);

    int backendCount() const { return int(m_rows.size()); }
    /// The widgets of backend row `row` (for tests and focus handling).
    QLineEdit *nameEdit(int row) const { return m_rows.value(row).name; }
    NumberSpinBox *capacityEdit(int row) const { return m_rows.value(row).capacity; }
    NumberSpinBox *weightEdit(int row) const { return m_rows.value(row).weight; }
    QComboBox *healthEdit(int row) const { return m_rows.value(row).health; }
    QCheckBox *inPoolEdit(int row) const { return m_rows.value(row).inPool; }
    QComboBox *algorithmEdit() const { return m_algorithm; }
    NumberSpinBox *requestRateEdit() const { return m_rate; }
    QPushButton *addBackendButton() const { return m_add; }

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        QLineEdit *name = nullptr;
        NumberSpinBox *capacity = nullptr;
        NumberSpinBox *weight = nullptr;
        QComboBox *health = nullptr;
        QCheckBox *inPool = nullptr;
        QWidget *remove = nullptr;
    };
    void rebuildRows(const QList<Backend> &backends);
    void updatePinnedChoices(const QString &current);
    void updateEnabled();
    void emitEdited();

    QLineEdit *m_label;
    NumberSpinBox *m_rate;
    QComboBox *m_algorithm;
    QDoubleSpinBox *m_pinnedPercent;
    QComboBox *m_pinnedBackend;
    QSpinBox *m_servingPort;
    QSpinBox *m_checkPort;
    QCheckBox *m_checkAnswers;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
    bool m_updating = false;
};

/// The dialog behind Insert > Load-distribution diagram and double-click on a diagram in the
/// preview. It never touches the document: diagram() is the result, which the caller applies
/// with Document::edit (one undo step). Presets replace both states but keep the id.
class LoadDiagramEditor : public QDialog
{
    Q_OBJECT
public:
    /// `inserting` names the accept button "Insert" (new diagram) instead of "Apply".
    explicit LoadDiagramEditor(const LoadDiagram &diagram, bool inserting,
                               QWidget *parent = nullptr);

    /// The diagram as the form shows it (id unchanged).
    LoadDiagram diagram() const;
    void applyPreset(LoadDiagramPreset preset);

    LoadDiagramView *view() const { return m_view; }
    ScenarioEditor *incidentEditor() const { return m_incident; }
    ScenarioEditor *fixedEditor() const { return m_fixed; }
    QCheckBox *fixedEnabled() const { return m_hasFixed; }
    QComboBox *presetBox() const { return m_presets; }
    QPushButton *usePresetButton() const { return m_usePreset; }
    QLineEdit *titleEdit() const { return m_title; }
    /// Under the caption: shown when a share the caption states no longer fits the numbers.
    QLabel *captionWarning() const { return m_captionWarning; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QWidget *buildFormSide();
    QWidget *buildPreviewSide();
    void setDiagram(const LoadDiagram &diagram);
    void refresh();

    QString m_id;
    QLineEdit *m_title;
    QPlainTextEdit *m_caption;
    QLabel *m_captionWarning = nullptr;
    QComboBox *m_presets;
    QPushButton *m_usePreset = nullptr;
    QTabWidget *m_tabs;
    ScenarioEditor *m_incident;
    ScenarioEditor *m_fixed;
    QCheckBox *m_hasFixed;
    QComboBox *m_theme;
    LoadDiagramView *m_view;
    QPushButton *m_accept;
};

} // namespace Hindsight
