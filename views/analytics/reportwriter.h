// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QImage>
#include <QPalette>
#include <QStringList>

namespace Casebook {

struct Figure;
struct MonthlyReport;

/// Writes the monthly review (R14, R42) as files a team channel takes: Markdown and PNG charts.
namespace ReportWriter {

/// `figure`'s chart drawn at `size` in `palette`'s colours; a "no data" card when it is empty.
[[nodiscard]] QImage render(const Figure &figure, const QPalette &palette, QSize size = QSize(960, 540));

/// Writes the report's Markdown file and one PNG per figure with rows into `folder`
/// (created when missing) and returns the paths written, the Markdown first.
Result<QStringList> write(const MonthlyReport &report, const QString &folder, const QPalette &palette);

} // namespace ReportWriter

} // namespace Casebook
