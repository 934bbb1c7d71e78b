// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QAbstractTableModel>

namespace Casebook {

/**
 * A figure's numbers as the table beside its chart: the category first, then one column
 * per measure. DisplayRole is the localised number, RawValueRole the number itself and
 * SearchRole the inbox search of the tickets behind it. A new figure resets the model:
 * the query changed.
 */
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTableModel)

public:
    explicit FigureTableModel(QObject *parent = nullptr);

    void setFigure(const Figure &figure);
    [[nodiscard]] const Figure &figure() const { return m_figure; }
    /// The figure's column behind a table column (-1 for the category).
    [[nodiscard]] static int figureColumn(int tableColumn) { return tableColumn - 1; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// How a figure's number reads: a percentage with one decimal, a count whole.
    [[nodiscard]] static QString formatted(const Figure &figure, int row, int column);

private:
    Figure m_figure;
};

} // namespace Casebook
