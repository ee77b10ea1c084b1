// The form that edits a postmortem: one editor per section, tables for timeline and actions.
#pragma once

#include "core/importer.h"
#include "core/postmortem.h"
#include "core/reviewchecks.h"
#include "core/templates.h"
#include "core/textsearch.h"
#include "ui/momentedit.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QImage;
class QModelIndex;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace Hindsight {

class ActionItemModel;
class Document;
class GuessMarks;
class EventDetailEditor;
class TimelineChartView;
class TimelineModel;

/// Edits the Document's postmortem. Every widget change becomes one Document::edit (one
/// undo step; typing in a text editor merges into one step per burst); every document
/// change (undo, redo, open) is shown without disturbing the widget being typed in.
class PostmortemForm : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemForm(Document *document, QWidget *parent = nullptr);

    QPlainTextEdit *summaryEditor() const { return m_summary; }
    QTableView *timelineView() const { return m_timelineView; }
    /// The chart above the timeline table; clicking a marker selects its row in the table.
    TimelineChartView *timelineChartView() const { return m_timelineChart; }
    QTableView *actionItemView() const { return m_actionView; }
    /// The tabs (Overview, Timeline, Root cause, Action items, Other sections).
    QTabWidget *tabWidget() const { return m_tabs; }
    /// Gives the keyboard focus to the first control of the current tab.
    void focusCurrentTab();

    /// A place in one of the document's Markdown prose fields.
    struct TextPosition
    {
        /// The field in a postmortem (nullptr when it no longer exists, e.g. a removed
        /// section); call it on the model being edited.
        std::function<QString *(Postmortem &)> field;
        int position = -1; ///< character index in the field's text
    };
    /// The prose editor (summary, impact, root cause, resolution, a section's text) that has
    /// the keyboard focus and its cursor position, or nullopt when none has it.
    std::optional<TextPosition> focusedTextPosition() const;

    /// Every prose editor (summary, impact, root cause, resolution, each additional section's
    /// text, and the detail editor while it shows an event) with the text it edits, in the
    /// form's order.
    QList<std::pair<QPlainTextEdit *, TextLocation>> textEditors() const;
    /// The widget that edits `where`: a text editor, the title or a section heading's line
    /// edit, or the timeline or action-item table (then `*cell` is the cell); nullptr when
    /// there is none (a removed row). An event's detail is edited by the detail editor, which
    /// shows the timeline's current row: selectEvent() first.
    QWidget *editorFor(const TextLocation &where, QModelIndex *cell = nullptr) const;
    /// Makes timeline row `row` the current one (its detail in the editor under the table)
    /// and scrolls it into view; does nothing for a row the timeline does not have.
    void selectEvent(int row);
    /// Shows the tab holding `widget` and scrolls it into view; the focus stays where it is.
    void reveal(QWidget *widget);
    /// Where the prose editors store a pasted or dropped picture (MarkdownEditor::ImageSaver).
    void setImageSaver(const std::function<QString(const QImage &, const QString &)> &saver);

    /// Common zones offered by the zone picker, label and UTC offset in minutes. Offsets from
    /// the IANA time zone database (tzdata 2024a) for the standard/daylight abbreviations.
    static QList<TimeZoneInfo> commonTimeZones();

    /// Shows the editor a review finding points at: switches to its tab and focuses the field,
    /// or selects the timeline row / action item (`where.index`, 0-based), or focuses the text of
    /// additional section `where.index`. The document as a whole shows the Overview tab.
    void showLocation(const FindingLocation &where);

    /// The editor of `field`: a text editor, the title, a moment editor, the zone or
    /// percentage control, or the timeline or action-item table; nullptr for the additional
    /// sections and the document as a whole.
    QWidget *fieldEditor(FieldId field) const;

    /// Marks the editor of each field `report` has guesses about (ImportReport::guessedFields)
    /// with those sentences, replacing the marks there were; an empty report only removes them.
    void markGuesses(const ImportReport &report);
    /// The marks on the editors of guessed fields (see GuessMarks).
    GuessMarks *guessMarks() const { return m_guessMarks; }

    /// The document's template, whose guidance becomes the placeholder text of the section
    /// editors it describes (the summary, impact, root cause and resolution editors, and
    /// each additional section by heading); nullopt restores the built-in placeholders.
    void setTemplate(const std::optional<PostmortemTemplate> &t);

private:
    /// What a table tab needs: button texts and the model's row operations.
    struct TablePage
    {
        QString addText, addTip, removeTip, moveTip, note;
        int editColumn = 0;             ///< column to edit after inserting a row
        std::function<int(int)> insert; ///< insert after a row (-1: at the end); new row or -1
        std::function<void(const QList<int> &)> remove;
        std::function<bool(int, int)> move; ///< row, delta
    };
    QWidget *buildTablePage(QTableView *view, const TablePage &spec);
    /// The tab page that contains `widget`, or nullptr.
    QWidget *tabPageOf(QWidget *widget) const;
    void buildOverviewTab();
    void addHeaderRows(QWidget *page, QFormLayout *form);
    void addListRows(QWidget *page, QFormLayout *form);
    void addFactRows(QWidget *page, QFormLayout *form);
    void buildTimelineTab();
    void buildCauseTab();
    void buildActionsTab();
    void buildSectionsTab();
    void updateFromDocument();
    void rebuildSections();
    void applyTemplatePlaceholders();
    /// Names every control after its label (for screen readers) where it has no name yet.
    void nameControlsAfterLabels(QWidget *page);
    QPlainTextEdit *addTextEditor(const QString &objectName, const QString &placeholder,
                                  QString Postmortem::*field, const QString &description);
    void setMomentFromEditor(Moment Postmortem::*field, const MomentEdit *editor,
                             const QString &description);
    void applyTimeZone(int index);

    Document *m_document;
    QTabWidget *m_tabs;
    QLineEdit *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_authors = nullptr;
    QLineEdit *m_services = nullptr;
    QLineEdit *m_tags = nullptr;
    MomentEdit *m_start = nullptr;
    MomentEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QDoubleSpinBox *m_usersPercent = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QList<std::pair<QPlainTextEdit *, QString Postmortem::*>> m_textEditors;
    QTableView *m_timelineView = nullptr;
    TimelineChartView *m_timelineChart = nullptr;
    EventDetailEditor *m_eventDetail = nullptr;
    QTableView *m_actionView = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    ActionItemModel *m_actionModel = nullptr;
    QWidget *m_sectionsHost = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    QList<std::pair<QLineEdit *, QPlainTextEdit *>> m_sectionEditors;
    QObject *m_undoFilter;
    GuessMarks *m_guessMarks = nullptr;
    std::optional<PostmortemTemplate> m_template;
    std::function<QString(const QImage &, const QString &)> m_imageSaver;
};

} // namespace Hindsight
