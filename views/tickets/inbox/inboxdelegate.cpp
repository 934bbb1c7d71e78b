// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxdelegate.h"

#include "models/common/itemroles.h"
#include "models/presence/presence.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "views/common/lockicon.h"
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

QString InboxDelegate::presenceMark(TicketId ticket) const
{
    if (!m_presence)
        return {};
    const QList<PresenceEntry> others = m_presence->othersOn(ticket);
    if (others.isEmpty())
        return {};
    const bool typing = std::any_of(others.cbegin(), others.cend(), [](const PresenceEntry &e) { return e.typing; });
    // A pen while someone answers, an eye while someone reads; the count when several.
    const QString mark = typing ? u"\u270E"_s : u"\U0001F441"_s;
    return others.size() > 1 ? mark + QString::number(others.size()) : mark;
}

QString InboxDelegate::presenceText(TicketId ticket) const
{
    if (!m_presence)
        return {};
    QStringList lines;
    for (const PresenceEntry &entry : m_presence->othersOn(ticket)) {
        //: Inbox tooltip: an agent answering or reading a ticket now
        lines.append(entry.typing ? tr("%1 is typing a reply").arg(entry.agentName)
                                  : tr("%1 has it open").arg(entry.agentName));
    }
    lines.removeDuplicates();
    return lines.join(u'\n');
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
        const QColor mark = severity
            ? colours.priority(optionalEnum<Severity>(index.data(SeverityRole)), std::nullopt)
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
    case InboxModel::SubjectColumn:
        if (index.data(PrivateRole).toBool()) { // R40
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = lockIcon(option->palette, std::max(8, option->decorationSize.height()));
        }
        break;
    case InboxModel::AssigneeColumn:
        if (const QString mark = presenceMark(TicketId(index.data(IdRole).toLongLong())); !mark.isEmpty())
            option->text = mark + u"  "_s + option->text;
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
    if (event && event->type() == QEvent::ToolTip && index.column() == InboxModel::AssigneeColumn) {
        if (const QString text = presenceText(TicketId(index.data(IdRole).toLongLong())); !text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
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
