// SPDX-License-Identifier: GPL-3.0-or-later
#include "licencebadge.h"

#include "views/common/statuspalette.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Casebook {

QColor licenceColour(LicenceState state, const QPalette &palette)
{
    return StatusPalette(palette).licence(state);
}

void paintLicenceMark(QPainter *painter, const QRectF &rect, LicenceState state, const QPalette &palette)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF dot(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = licenceColour(state, palette);
    if (state == LicenceState::None) {
        // A ring, not a dot: "nothing" should not look like a state of its own.
        painter->setPen(QPen(colour, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(1, 1, -1, -1));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(dot);
    }
    painter->restore();
}

QIcon licenceIcon(LicenceState state, const QPalette &palette, int size)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size for high-DPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintLicenceMark(&painter, QRectF(0, 0, size, size), state, palette);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Casebook
