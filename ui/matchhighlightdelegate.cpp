#include "ui/matchhighlightdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace Hindsight {

QColor MatchHighlightDelegate::matchColor()
{
    return QColor(255, 232, 120);
}

QColor MatchHighlightDelegate::currentColor()
{
    return QColor(255, 160, 50);
}

void MatchHighlightDelegate::setSearch(const QString &needle, const SearchOptions &options,
                                       const QModelIndex &current, int currentStart)
{
    m_needle = needle;
    m_options = options;
    m_current = current;
    m_currentStart = currentStart;
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QList<int> starts
        = m_needle.isEmpty() || index.data(Qt::DisplayRole).typeId() != QMetaType::QString
              ? QList<int>()
              : findInText(text, m_needle, m_options);
    if (starts.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);

    // The cell without its text (background, selection, focus), then the text laid out the
    // way the style lays it out, with the matches' backgrounds as format ranges.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString shown = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(opt.features & QStyleOptionViewItem::WrapText
                               ? QTextOption::WrapAtWordBoundaryOrAnywhere
                               : QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QString laidOut = shown;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laidOut, opt.font);
    layout.setTextOption(textOption);
    QList<QTextLayout::FormatRange> ranges;
    for (const int start : starts) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = int(m_needle.size());
        const bool current
            = m_current.isValid() && QModelIndex(m_current) == index && start == m_currentStart;
        range.format.setBackground(current ? currentColor() : matchColor());
        range.format.setForeground(QColor(Qt::black));
        ranges.append(range);
    }
    layout.setFormats(ranges);
    layout.beginLayout();
    qreal height = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled
              ? (opt.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive)
              : QPalette::Disabled;
    painter->save();
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    // Vertically where the style puts one-line text: centred, or from the top when it wraps.
    const qreal top = height < textRect.height() && (opt.displayAlignment & Qt::AlignVCenter)
                          ? textRect.top() + (textRect.height() - height) / 2
                          : textRect.top();
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

} // namespace Hindsight
