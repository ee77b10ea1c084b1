// A dismissable panel above the form saying how a foreign postmortem was imported.
#pragma once

#include "core/importer.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Hindsight {

/// Shows an ImportReport after a foreign file was opened: what was recognised, what was
/// guessed (the things to check first) and what was kept as it was. Hidden until showReport()
/// is given a non-empty report; the close button hides it again (and emits dismissed()).
class ImportReportPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ImportReportPanel(QWidget *parent = nullptr);

    /// Shows `report` for the file named `fileName` (a name for the heading, not a path).
    /// An empty report hides the panel.
    void showReport(const QString &fileName, const ImportReport &report);

    /// The report as shown, as plain text (heading and every finding).
    QString text() const;

    /// `widget` with `panel` stacked above it, in a container without margins: the shape the
    /// main window puts in its splitter. Ownership of both passes to the returned widget.
    static QWidget *stackedAbove(ImportReportPanel *panel, QWidget *widget);

Q_SIGNALS:
    /// The user closed the panel.
    void dismissed();
    /// The user clicked (or pressed Enter on) a guessed finding that is about `field`.
    void fieldActivated(FieldId field);

private:
    QLabel *m_heading;
    QLabel *m_body;
    QToolButton *m_close;
};

} // namespace Hindsight
