// Date + time picker for the incident's start and end.
#pragma once

#include "core/postmortem.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;

namespace Hindsight {

/// Date + time picker for one Moment (incident start or end). Either part may be left empty:
/// the date shows "No date" at its minimum, the time field accepts "HH:MM" or nothing.
class MomentEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MomentEdit(QWidget *parent = nullptr);
    /// Shows `m` (only its date and time; the zone is the document's).
    void setMoment(const Moment &m);
    QDate date() const;
    QTime time() const; ///< invalid when empty or not a valid HH:MM
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *timeEdit() const { return m_time; }

Q_SIGNALS:
    /// The user changed the date or finished editing a valid time.
    void edited();

private:
    QDateEdit *m_date;
    QLineEdit *m_time;
};

} // namespace Hindsight
