// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace Casebook {

// Shorthands for labels; every state colour comes from StatusPalette.

/// The red of errors, readable on the palette's light or dark window.
[[nodiscard]] QColor errorColour(const QPalette &palette);
/// The amber of warnings, readable on the palette's light or dark window.
[[nodiscard]] QColor warningColour(const QPalette &palette);
/// Shows `text` in `label`, red when it is a problem, else in the palette's own colour.
void setStatusText(QLabel *label, const QString &text, bool problem);

} // namespace Casebook
