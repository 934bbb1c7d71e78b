// SPDX-License-Identifier: GPL-3.0-or-later
#include "detaildelegate.h"

#include "licencebadge.h"
#include "models/common/itemroles.h"

#include <QApplication>
#include <QPainter>

namespace Casebook {

namespace {
constexpr int margin = 4;
} // namespace

DetailDelegate::DetailDelegate(Layout layout, bool showLicence, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_layout(layout)
    , m_showLicence(showLicence)
{
}

QSize DetailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Fixed heights: the list never measures its rows one by one.
    const int line = option.fontMetrics.height();
    return {200, m_layout == Layout::DetailBelow ? 2 * line + 3 * margin : line + 2 * margin};
}

void DetailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : opt.palette.color(QPalette::PlaceholderText);
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    QRect r = opt.rect.adjusted(margin, margin, -margin, -margin);
    if (m_showLicence) {
        const auto state = LicenceState(index.data(LicenceStateRole).toInt());
        paintLicenceMark(painter, QRectF(r.left(), r.top() + (line - 10) / 2.0, 10, 10), state, opt.palette);
        r.setLeft(r.left() + 10 + margin + 2);
    }
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString detail = index.data(DetailRole).toString();
    painter->setFont(opt.font);
    if (m_layout == Layout::DetailBelow) {
        painter->setPen(text);
        const QRect first(r.left(), r.top(), r.width(), line);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(title, Qt::ElideRight, first.width()));
        painter->setPen(quiet);
        const QRect second(r.left(), first.bottom() + margin, r.width(), line);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(detail, Qt::ElideRight, second.width()));
    } else {
        // The detail keeps its full width; the title gives way.
        // A few pixels of slack: an exact advance can still elide after rounding.
        const int detailWidth = std::min(metrics.horizontalAdvance(detail) + 4, r.width() / 2);
        painter->setPen(quiet);
        const QRect right(r.right() - detailWidth, r.top(), detailWidth, line);
        painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(detail, Qt::ElideLeft, detailWidth));
        painter->setPen(text);
        const QRect left(r.left(), r.top(), std::max(0, r.width() - detailWidth - 2 * margin), line);
        painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(title, Qt::ElideRight, left.width()));
    }
    painter->restore();
}

} // namespace Casebook
