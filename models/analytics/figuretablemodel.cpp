// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuretablemodel.h"

#include "models/common/itemroles.h"

#include <QLocale>

#include <cmath>

namespace Casebook {

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureTableModel::setFigure(const Figure &figure)
{
    beginResetModel();
    m_figure = figure;
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_figure.rowCount();
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figure.columns.size()) + 1;
}

QString FigureTableModel::formatted(const Figure &figure, int row, int column)
{
    const double value = figure.value(row, column);
    // No value, such as the median of no samples or the target of rows under several policies.
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    const bool fraction = figure.percent && figure.charted.contains(column);
    if (fraction || std::floor(value) != value)
        return QLocale().toString(value, 'f', 1);
    return QLocale().toString(qint64(value));
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = figureColumn(index.column());
    if (column < 0) {
        if (role == Qt::DisplayRole || role == RawValueRole)
            return m_figure.categories.at(index.row());
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return formatted(m_figure, index.row(), column);
    case RawValueRole:
        return m_figure.value(index.row(), column);
    case SearchRole:
        return m_figure.query(index.row(), column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return m_figure.query(index.row(), column).isEmpty()
            ? QVariant()
            : QVariant(tr("Double-click to list these tickets in the inbox"));
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? m_figure.categoryTitle : m_figure.columns.at(section - 1);
}

} // namespace Casebook
