// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockicon.h"

#include "models/common/itemroles.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Casebook {

QIcon lockIcon(const QPalette &palette, int size)
{
    const int side = std::max(8, size);
    QPixmap pixmap(side * 2, side * 2); // drawn at twice the size for high-DPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The text colour, not a signal colour: private is a fact about the request, not an alarm.
    const QColor colour = palette.color(QPalette::Text);
    const qreal s = side;
    const qreal stroke = std::max(1.2, s / 9);
    // Shackle: an arch over the upper half, its legs ending inside the body.
    QPainterPath shackle;
    const QRectF arch(s * 0.28, s * 0.06, s * 0.44, s * 0.5);
    shackle.moveTo(arch.left(), s * 0.5);
    shackle.lineTo(arch.left(), arch.center().y());
    shackle.arcTo(arch, 180, -180);
    shackle.lineTo(arch.right(), s * 0.5);
    painter.setPen(QPen(colour, stroke, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shackle);
    // Body.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.08, s * 0.08);
    painter.end();
    return QIcon(pixmap);
}

void LockDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PrivateRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = lockIcon(option->palette, std::max(8, option->decorationSize.height()));
    }
}

} // namespace Casebook
