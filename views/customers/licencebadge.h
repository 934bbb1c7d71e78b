// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QPalette;
class QRectF;

namespace Casebook {

/// R09: one colour per licence state, the same on the card and in the list.
[[nodiscard]] QColor licenceColour(LicenceState state, const QPalette &palette);
/// A round mark in the state's colour, `size` pixels across.
[[nodiscard]] QIcon licenceIcon(LicenceState state, const QPalette &palette, int size = 12);
/// Paints the mark into `rect` (centred, as large as fits).
void paintLicenceMark(QPainter *painter, const QRectF &rect, LicenceState state, const QPalette &palette);

} // namespace Casebook
