#include "ui/timelinemodel.h"

#include "core/displaynames.h"

#include "core/document.h"
#include "core/timeline.h"
#include "ui/localization.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace Hindsight {

QString eventKindLabel(EventKind kind)
{
    return eventKindTitle(kind);
}

namespace detail {

std::optional<QDate> dateFromEditValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return QDate();
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(s).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QTime> timeFromEditValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QTime)
        return value.toTime();
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return QTime();
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime t(m.captured(1).toInt(), m.captured(2).toInt(),
                  m.hasCaptured(3) ? m.captured(3).toInt() : 0);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString timeToEditText(const QTime &time)
{
    if (!time.isValid())
        return {};
    return time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace detail

TimelineModel::TimelineModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_events(doc->postmortem().timeline)
{
    m_effectiveDates = effectiveDates(m_events);
    connect(m_doc, &Document::changed, this, &TimelineModel::onDocumentChanged);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events[index.row()];
    const QDate effective = m_effectiveDates.value(index.row());
    if (role == EffectiveDateRole)
        return effective;

    switch (index.column()) {
    case DateColumn:
        // The file and the editor keep ISO 8601; the table shows the user's locale.
        if (role == Qt::DisplayRole)
            return displayDate(e.at.date);
        if (role == Qt::EditRole)
            return e.at.date.isValid() ? e.at.date.toString(QStringLiteral("yyyy-MM-dd"))
                                       : QString();
        if (role == Qt::ToolTipRole && !e.at.date.isValid() && e.at.time.isValid())
            return effective.isValid()
                       ? tr("No date given: read as %1, carried from the rows above.")
                             .arg(displayDate(effective))
                       : tr("No date given.");
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return displayTime(e.at.time);
        if (role == Qt::EditRole)
            return detail::timeToEditText(e.at.time);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return eventKindLabel(e.kind);
        if (role == Qt::EditRole)
            return int(e.kind);
        if (role == Qt::DecorationRole)
            return eventKindColor(e.kind);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.text;
        // An event with a detail (output, log, quote) shows a page icon; the tip starts it.
        if (role == Qt::DecorationRole && !e.detail.trimmed().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        if (role == Qt::ToolTipRole && !e.detail.trimmed().isEmpty()) {
            // The detail's words, without the fences around its code (markup, not content).
            QStringList lines;
            for (const QString &line : e.detail.trimmed().split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("```"))
                    && !line.trimmed().startsWith(QLatin1String("~~~")))
                    lines.append(line);
            QString shown = lines.mid(0, 6).join(QLatin1Char('\n'));
            if (lines.size() > 6)
                shown += QStringLiteral("\n…");
            return tr("%1\n\nDetail (edit it under the table):\n%2").arg(e.text, shown);
        }
        if (role == Qt::ToolTipRole && !e.text.isEmpty())
            return e.text;
        break;
    default:
        break;
    }
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_doc->isReadOnly() || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    switch (index.column()) {
    case DateColumn:
    case TimeColumn:
        return setMoment(row, index.column(), value);
    case KindColumn: {
        std::optional<EventKind> kind;
        if (value.typeId() == QMetaType::QString) {
            kind = eventKindFromName(value.toString());
        } else {
            bool ok = false;
            const int k = value.toInt(&ok);
            if (ok && allEventKinds().contains(EventKind(k)))
                kind = EventKind(k);
        }
        if (!kind)
            return false;
        m_doc->edit(tr("Change event kind"), [row, k = *kind](Postmortem &pm) {
            if (row < pm.timeline.size())
                pm.timeline[row].kind = k;
        });
        return true;
    }
    case TextColumn: {
        const QString text = value.toString();
        m_doc->edit(
            tr("Edit event text"),
            [row, text](Postmortem &pm) {
                if (row < pm.timeline.size())
                    pm.timeline[row].text = text;
            },
            QStringLiteral("timeline:%1:text").arg(row));
        return true;
    }
    default:
        return false;
    }
}

bool TimelineModel::setMoment(int row, int column, const QVariant &value)
{
    Moment at = m_events[row].at;
    QString description;
    if (column == DateColumn) {
        const std::optional<QDate> date = detail::dateFromEditValue(value);
        if (!date)
            return false;
        at.date = *date;
        description = tr("Edit event date");
    } else {
        const std::optional<QTime> time = detail::timeFromEditValue(value);
        if (!time)
            return false;
        at.time = *time;
        description = tr("Edit event time");
    }
    if (at == m_events[row].at)
        return true; // same instant as written: nothing to do (and no re-sort)
    at.text.clear(); // the source's words no longer describe this moment
    if (at.isNull())
        at.utcOffsetMinutes.reset();
    else if (!at.utcOffsetMinutes && m_doc->postmortem().timezone)
        at.utcOffsetMinutes = m_doc->postmortem().timezone->utcOffsetMinutes;
    m_doc->edit(description, [row, at](Postmortem &pm) {
        if (row >= pm.timeline.size())
            return;
        pm.timeline[row].at = at;
        sortTimeline(pm.timeline, pm.start);
    });
    return true;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case TimeColumn:
            return tr("Time");
        case KindColumn:
            return tr("Kind");
        case TextColumn:
            return tr("Event");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case DateColumn:
            return tr("YYYY-MM-DD. Leave empty to carry the date from the rows above; a time "
                      "more than six hours earlier than the row above is read as the next day.");
        case TimeColumn:
            return tr("HH:MM, in the document's time zone.");
        case KindColumn:
            return tr("What kind of step this was.");
        case TextColumn:
            return tr("What happened (Markdown).");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

int TimelineModel::insertEvent(int row)
{
    if (m_doc->isReadOnly())
        return -1;
    const int at = (row < 0 || row >= rowCount()) ? rowCount() : row + 1;
    TimelineEvent e;
    if (at > 0) {
        e.at = m_events[at - 1].at;
        e.at.text.clear();
    }
    m_doc->edit(tr("Add timeline event"), [at, e](Postmortem &pm) {
        pm.timeline.insert(std::min<qsizetype>(at, pm.timeline.size()), e);
    });
    return at;
}

void TimelineModel::removeEvents(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= rowCount(); });
    if (rows.isEmpty())
        return;
    m_doc->edit(tr("Remove %n timeline event(s)", nullptr, int(rows.size())),
                [rows](Postmortem &pm) {
                    for (int r : rows)
                        if (r < pm.timeline.size())
                            pm.timeline.removeAt(r);
                });
}

bool TimelineModel::moveEvent(int row, int delta)
{
    const int to = row + delta;
    if (delta == 0 || m_doc->isReadOnly() || row < 0 || row >= rowCount() || to < 0
        || to >= rowCount())
        return false;
    m_doc->edit(tr("Move timeline event"), [row, to](Postmortem &pm) {
        if (row < pm.timeline.size() && to < pm.timeline.size())
            pm.timeline.move(row, to);
    });
    return true;
}

QList<QDate> TimelineModel::effectiveDates(const QList<TimelineEvent> &events) const
{
    const QList<TimelineEvent> carried = withCarriedDates(events, m_doc->postmortem().start);
    QList<QDate> dates;
    dates.reserve(carried.size());
    for (const TimelineEvent &e : carried)
        dates.append(e.at.date);
    return dates;
}

void TimelineModel::onDocumentChanged()
{
    const QList<TimelineEvent> &fresh = m_doc->postmortem().timeline;
    const detail::RowChange c = detail::diffRows(m_events, fresh);
    const QList<QDate> freshDates = effectiveDates(fresh);
    if (c.kind == detail::RowChange::Reset) {
        beginResetModel();
        m_events = fresh;
        m_effectiveDates = freshDates;
        endResetModel();
        return;
    }

    // Row signals first, keeping m_effectiveDates aligned with the rows but holding the old
    // values; then a Date-column dataChanged for every carried date that changed.
    const QList<TimelineEvent> old = m_events;
    const auto rowChanged = [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    };
    switch (c.kind) {
    case detail::RowChange::None:
    case detail::RowChange::Reset:
        break;
    case detail::RowChange::Changed: {
        m_events = fresh;
        // One signal per run of differing rows.
        int runStart = -1;
        for (int r = c.first; r <= c.last + 1; ++r) {
            const bool differs = r <= c.last && !(old[r] == m_events[r]);
            if (differs && runStart < 0) {
                runStart = r;
            } else if (!differs && runStart >= 0) {
                rowChanged(runStart, r - 1);
                runStart = -1;
            }
        }
        break;
    }
    case detail::RowChange::Moved:
        beginMoveRows({}, c.from, c.from, {}, c.to > c.from ? c.to + 1 : c.to);
        m_events = fresh;
        m_effectiveDates.move(c.from, c.to);
        endMoveRows();
        if (!(old[c.from] == m_events[c.to]))
            rowChanged(c.to, c.to);
        break;
    case detail::RowChange::Inserted:
        for (const auto &[first, last] : c.blocks) {
            // A block at a time: thousands of rows one by one would move the rest each time.
            const qsizetype n = last - first + 1;
            beginInsertRows({}, first, last);
            if (m_events.isEmpty()) { // a document opened over an empty one: share its rows
                m_events = fresh;
                m_effectiveDates = freshDates;
            } else {
                m_events = m_events.first(first) + fresh.mid(first, n) + m_events.sliced(first);
                m_effectiveDates = m_effectiveDates.first(first) + freshDates.mid(first, n)
                                   + m_effectiveDates.sliced(first);
            }
            endInsertRows();
        }
        break;
    case detail::RowChange::Removed:
        for (const auto &[first, last] : c.blocks) {
            beginRemoveRows({}, first, last);
            m_events.remove(first, last - first + 1);
            m_effectiveDates.remove(first, last - first + 1);
            endRemoveRows();
        }
        break;
    }
    Q_ASSERT(m_events == fresh);

    // Carried dates depend on the rows above and on the incident start.
    for (int r = 0; r < int(freshDates.size()); ++r) {
        if (m_effectiveDates[r] != freshDates[r]) {
            m_effectiveDates[r] = freshDates[r];
            const QModelIndex i = index(r, DateColumn);
            Q_EMIT dataChanged(i, i, {Qt::ToolTipRole, EffectiveDateRole});
        }
    }
}

} // namespace Hindsight
