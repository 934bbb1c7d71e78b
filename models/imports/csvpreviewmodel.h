// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvticketreader.h"

#include <QAbstractTableModel>

namespace Casebook {

/**
 * The first rows of a ticket CSV as they will be read: one column per file column, its
 * header naming the column and the ticket field it fills. The mapping is changed here,
 * column by column, and a reader is made from the file and the mapping as they stand.
 */
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewModel)

public:
    static constexpr int previewRows = 50;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    /// The file's text; the mapping starts as the header's guess.
    Status load(const QByteArray &csv);
    [[nodiscard]] const CsvTable &table() const { return m_table; }
    [[nodiscard]] const TicketCsvMapping &mapping() const { return m_mapping; }
    void setField(int column, TicketField field);
    /// A reader of the whole file with the mapping as it stands.
    [[nodiscard]] std::unique_ptr<ImportReader> reader() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
    TicketCsvMapping m_mapping;
};

} // namespace Casebook
