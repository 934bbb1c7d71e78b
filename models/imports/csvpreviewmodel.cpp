// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreviewmodel.h"

using namespace Qt::StringLiterals;

namespace Casebook {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Status CsvPreviewModel::load(const QByteArray &csv)
{
    auto table = readTicketCsv(csv);
    if (!table)
        return table.error();
    // A new file is a new query: the only reset.
    beginResetModel();
    m_table = std::move(table).value();
    m_mapping = TicketCsvMapping::guessed(m_table);
    endResetModel();
    return Done{};
}

void CsvPreviewModel::setField(int column, TicketField field)
{
    if (column < 0 || column >= m_mapping.fields.size() || m_mapping.fields.at(column) == field)
        return;
    m_mapping.fields[column] = field;
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

std::unique_ptr<ImportReader> CsvPreviewModel::reader() const
{
    return std::make_unique<CsvTicketReader>(m_table, m_mapping);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_table.rows.size(), previewRows));
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString cell = m_table.rows.at(index.row()).value(index.column());
    // A multi-line cell shows its first line; the tooltip has all of it.
    return role == Qt::DisplayRole ? cell.section(u'\n', 0, 0) : cell;
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 2; // the spreadsheet's row number: the header is row 1
    if (section < 0 || section >= m_table.header.size())
        return {};
    //: A CSV column's header over the ticket field it fills, e.g. "Тема" over "Subject"
    return tr("%1\n→ %2").arg(m_table.header.at(section), TicketCsvMapping::text(m_mapping.fields.value(section)));
}

} // namespace Casebook
