// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxdelegate.h"

#include "models/common/itemroles.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "views/common/statuspalette.h"
#include "views/customers/licencebadge.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

template<typename Enum>
std::optional<Enum> optionalEnum(const QVariant &value)
{
    return value.isValid() ? std::optional(Enum(value.toInt())) : std::nullopt;
}

} // namespace

InboxDelegate::InboxDelegate(QObject *parent)
    : HighlightDelegate(parent)
{
}

InboxDelegate::~InboxDelegate() = default;

QString InboxDelegate::outOfViewText()
{
    //: Tooltip of an inbox row the agent is on whose ticket no longer matches the view (after their edit)
    return tr("No longer in this view");
}

QStyleOptionViewItem InboxDelegate::cellOption(const QStyleOptionViewItem &base, const QModelIndex &index) const
{
    QStyleOptionViewItem option = base;
    initStyleOption(&option, index);
    return option;
}

void InboxDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    HighlightDelegate::initStyleOption(option, index);
    const StatusPalette colours(option->palette);
    switch (index.column()) {
    case InboxModel::SeverityColumn:
    case InboxModel::ComplexityColumn: {
        // Each column marks its own axis only.
        const bool severity = index.column() == InboxModel::SeverityColumn;
        const QColor mark = severity ? colours.priority(optionalEnum<Severity>(index.data(SeverityRole)), std::nullopt)
                                     : colours.priority(std::nullopt, optionalEnum<Complexity>(index.data(ComplexityRole)));
        if (mark.isValid()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = swatch(mark, option->decorationSize);
        }
        break;
    }
    case InboxModel::CustomerColumn:
        // No mark for no licence here: in a long list "nothing" should not catch the eye.
        if (const auto state = LicenceState(index.data(LicenceStateRole).toInt()); state != LicenceState::None) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = licenceIcon(state, option->palette, std::max(6, option->decorationSize.height()));
        }
        break;
    case InboxModel::FirstResponseDueColumn:
        if (const QColor due = colours.breach(ResponseDue::Breach(index.data(BreachRole).toInt())); due.isValid()) {
            option->palette.setColor(QPalette::Text, due);
            option->font.setBold(true);
        }
        break;
    default:
        break;
    }
    if (index.data(OutOfViewRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, colours.muted());
    }
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == InboxModel::SubjectColumn)
        HighlightDelegate::paint(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

bool InboxDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.data(OutOfViewRole).toBool()) {
        QToolTip::showText(event->globalPos(), outOfViewText(), view);
        return true;
    }
    return HighlightDelegate::helpEvent(event, view, option, index);
}

QIcon InboxDelegate::swatch(const QColor &colour, const QSize &size) const
{
    const QString key = colour.name() + u'/' + QString::number(size.width()) + u'x' + QString::number(size.height());
    if (const auto found = m_swatches.constFind(key); found != m_swatches.cend())
        return *found;
    const QSize side = size.isValid() && !size.isEmpty() ? size : QSize(8, 8);
    QPixmap pixmap(side * 2); // drawn at twice the size for high-DPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(side)), 1.5, 1.5);
    painter.end();
    const QIcon icon(pixmap);
    m_swatches.insert(key, icon);
    return icon;
}

} // namespace Casebook
