// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/figure.h"

#include <QPalette>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Casebook {

/// Draws a figure as a Qt Charts chart in the palette's colours (light or dark).
namespace FigureChart {

/// Called with a figure's row and column when a bar or a point is clicked.
using Clicked = std::function<void(int row, int column)>;

/**
 * A new chart of `figure`'s charted columns: bars, stacked bars or lines over the
 * categories, the goal as a line, the value axis from zero (0..100 for percentages).
 * The caller owns it. An empty figure gives a chart without series: show "no data" instead.
 */
[[nodiscard]] QChart *build(const Figure &figure, const QPalette &palette, const Clicked &clicked = {});

} // namespace FigureChart

} // namespace Casebook
