// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebook {

/// One number of a figure and the inbox search that lists exactly the tickets behind it
/// (empty when the number is not a set of tickets, such as a median or a bug report count).
struct FigureCell
{
    double value = 0; ///< NaN when there is none (a median of no samples): the table shows a dash
    QString query;
    friend bool operator==(const FigureCell &, const FigureCell &) = default;
};

/**
 * One chart and the table beside it: rows are the categories along the axis (days, weeks,
 * agents, tags), columns the measures. The chart draws the `charted` columns; the table
 * shows them all. Plain data, made on a worker and handed to the UI thread.
 */
struct Figure
{
    enum class Chart { Bars, StackedBars, Lines };

    QString key; ///< stable, untranslated: screenshot and report file names
    QString title;
    QString categoryTitle;
    QStringList columns;
    QStringList categories;
    QList<QList<FigureCell>> cells; ///< [row][column]
    QList<int> charted;
    Chart chart = Chart::Bars;
    /// A value the team aims for, drawn as a line (R14's 70 %).
    std::optional<double> goal;
    /// Whether values are percentages (the axis then runs 0..100).
    bool percent = false;

    [[nodiscard]] int rowCount() const { return int(categories.size()); }
    [[nodiscard]] double value(int row, int column) const { return cells.at(row).at(column).value; }
    [[nodiscard]] QString query(int row, int column) const { return cells.at(row).at(column).query; }
    /// Nothing to draw: no rows, or every charted number is zero.
    [[nodiscard]] bool isEmpty() const;
    /// Appends a row; `row` holds one cell per column.
    void addRow(const QString &category, const QList<FigureCell> &row);
    void clearRows();
};

} // namespace Casebook
