// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolours.h"

#include "statuspalette.h"

#include <QLabel>
#include <QPalette>

namespace Casebook {

QColor errorColour(const QPalette &palette)
{
    return StatusPalette(palette).error();
}

QColor warningColour(const QPalette &palette)
{
    return StatusPalette(palette).warning();
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
