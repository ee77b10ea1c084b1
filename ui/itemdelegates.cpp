#include "ui/itemdelegates.h"

#include "core/postmortem.h"
#include "ui/timelinemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>

namespace Hindsight {

namespace {

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(color.darker(150));
    p.setBrush(color);
    p.drawRect(0, 0, size - 1, size - 1);
    return QIcon(pixmap);
}

} // namespace

// --- EventKindDelegate ----------------------------------------------------------------------

QWidget *EventKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    const int size = combo->fontMetrics().height() * 3 / 4;
    for (const EventKind kind : allEventKinds())
        combo->addItem(swatch(eventKindColor(kind), size), eventKindLabel(kind), int(kind));
    // Choosing an entry is the whole edit: commit and close without waiting for Enter.
    auto *self
        = const_cast<EventKindDelegate *>(this); // createEditor is const; the signals are not
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void EventKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(i >= 0 ? i : combo->count() - 1);
}

void EventKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

// --- CategoryDelegate -----------------------------------------------------------------------

QWidget *CategoryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems({QStringLiteral("improvement"), QStringLiteral("task")});
    combo->setToolTip(tr("Choose a category or type your own."));
    // Choosing an entry is the whole edit: commit and close without waiting for Enter.
    auto *self = const_cast<CategoryDelegate *>(this); // createEditor is const; the signals are not
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void CategoryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentText(index.data(Qt::EditRole).toString());
    if (combo->lineEdit())
        combo->lineEdit()->selectAll();
}

void CategoryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentText(), Qt::EditRole);
}

// --- DateTimeTextDelegate -------------------------------------------------------------------

DateTimeTextDelegate::DateTimeTextDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

QWidget *DateTimeTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    QRegularExpression re;
    if (m_kind == Kind::Date) {
        re.setPattern(QStringLiteral("^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))?$"));
        //: Placeholder of an empty date cell; keep the shape, translate the letters if needed.
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
    } else {
        re.setPattern(QStringLiteral("^(([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?)?$"));
        //: Placeholder of an empty time cell.
        edit->setPlaceholderText(tr("HH:MM"));
    }
    edit->setValidator(new QRegularExpressionValidator(re, edit));
    return edit;
}

} // namespace Hindsight
