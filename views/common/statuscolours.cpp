// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolours.h"

#include <QLabel>
#include <QPalette>

namespace Casebook {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

QColor warningColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xc6, 0x74) : QColor(0xb0, 0x6b, 0x00);
}

void setStatusText(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, errorColour(palette));
    label->setPalette(palette);
}

} // namespace Casebook
