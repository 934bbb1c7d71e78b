// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QPalette;

namespace Casebook {

/**
 * One of Casebook's own line icons (views/icons/NAME.svg) drawn in the palette's
 * colours: muted text colour normally, the highlighted-text colour when selected,
 * so that it reads on light and dark themes and on a selection alike.
 */
[[nodiscard]] QIcon paletteIcon(const QString &name, const QPalette &palette);

} // namespace Casebook
