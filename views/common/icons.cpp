// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Casebook {

namespace {
// The stroke colour the SVG files are drawn with; replaced by a palette colour.
constexpr QByteArrayView DrawnColour = "#5b6b7f";

QColor mixed(const QColor &a, const QColor &b, float share)
{
    return QColor::fromRgbF(a.redF() * share + b.redF() * (1 - share), a.greenF() * share + b.greenF() * (1 - share),
                            a.blueF() * share + b.blueF() * (1 - share));
}
} // namespace

QIcon paletteIcon(const QString &name, const QPalette &palette)
{
    QFile file(u":/casebook/icons/" + name + u".svg");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();

    QIcon icon;
    const auto add = [&](const QColor &colour, QIcon::Mode mode) {
        QByteArray data = svg;
        data.replace(DrawnColour, colour.name().toLatin1());
        QSvgRenderer renderer(data);
        for (const int size : {16, 24, 32, 48, 96, 192}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    };
    add(mixed(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.7F), QIcon::Normal);
    add(palette.color(QPalette::HighlightedText), QIcon::Selected);
    return icon;
}

} // namespace Casebook
