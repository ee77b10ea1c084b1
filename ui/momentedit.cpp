#include "ui/momentedit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace Hindsight {

namespace {

/// The date edit's minimum, shown as "No date": the moment has no date.
const QDate kNoDate(1970, 1, 1);

QTime parseTime(const QString &text)
{
    QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm:ss"));
    return t;
}

QString timeText(const QTime &t)
{
    if (!t.isValid())
        return {};
    return t.toString(t.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

MomentEdit::MomentEdit(QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(this))
    , m_time(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("No date"));
    m_date->setDate(kNoDate);
    m_time->setPlaceholderText(tr("HH:MM"));
    m_time->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$")), m_time));
    m_time->setMaximumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00"))
                            + 24);
    layout->addWidget(m_date, 2);
    layout->addWidget(m_time, 1);
    connect(m_date, &QDateEdit::dateChanged, this, &MomentEdit::edited);
    connect(m_time, &QLineEdit::editingFinished, this, [this] {
        if (m_time->text().isEmpty() || parseTime(m_time->text()).isValid())
            Q_EMIT edited();
    });
}

void MomentEdit::setMoment(const Moment &m)
{
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m.date.isValid() ? m.date : kNoDate);
    }
    // Not while the user is typing a time that already means this moment.
    const QString text = timeText(m.time);
    if ((!m_time->hasFocus() || parseTime(m_time->text()) != m.time) && m_time->text() != text)
        m_time->setText(text);
}

QDate MomentEdit::date() const
{
    return m_date->date() == kNoDate ? QDate() : m_date->date();
}

QTime MomentEdit::time() const
{
    return parseTime(m_time->text());
}

// --- PostmortemForm ------------------------------------------------------------------------

} // namespace Hindsight
