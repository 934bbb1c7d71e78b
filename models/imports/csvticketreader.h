// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"
#include "models/customers/customerimport.h"
#include "models/storage/result.h"

namespace Casebook {

/// What a CSV column fills in a ticket.
enum class TicketField {
    Ignore,
    Id,
    Subject,
    Body,
    Email,
    Name,
    Company,
    Created,
    Updated,
    Status,
    Priority,
    Tags,
    Channel
};

/// The column mapping of a ticket CSV: one field per column, by column.
struct TicketCsvMapping
{
    QList<TicketField> fields;

    /// The field a header names, in English or Russian ("Subject", "Тема", "E-mail", "Дата", ...).
    [[nodiscard]] static TicketField guess(const QString &header);
    [[nodiscard]] static TicketCsvMapping guessed(const QStringList &header);
    /**
     * The header's guess, then the first rows': when no header names the e-mail, a column whose
     * cells are addresses holds it. Exports often call it "Requester", "Reporter" or "Customer",
     * words that otherwise name a person.
     */
    [[nodiscard]] static TicketCsvMapping guessed(const CsvTable &table);
    [[nodiscard]] static QString name(TicketField field); ///< "subject": the saved mapping's word
    [[nodiscard]] static std::optional<TicketField> fromName(const QString &name);
    [[nodiscard]] static QString text(TicketField field); ///< for people
    /**
     * A saved mapping (`--mapping FILE`): `{"columns": {"Header": "subject", ...}}`; the
     * columns it does not name keep their guess. Unknown field names are refused.
     */
    [[nodiscard]] static Result<TicketCsvMapping> fromJson(const QByteArray &json, const QStringList &header);
    [[nodiscard]] QByteArray toJson(const QStringList &header) const;
};

/// Reads the bytes of a CSV file as text: UTF-8 (with or without a byte order mark), else
/// Windows-1251, as Russian Excel saves "CSV" without "UTF-8".
[[nodiscard]] Result<CsvTable> readTicketCsv(const QByteArray &data);

/**
 * A ticket CSV as import records: each row a ticket asked by the person of its address;
 * rows with the same id (an export with a row per comment) add their text to one ticket.
 * A row without an id is known by a digest of its cells, so importing the file again adds
 * nothing twice.
 */
class CsvTicketReader final : public ImportReader
{
public:
    CsvTicketReader(CsvTable table, TicketCsvMapping mapping);

    [[nodiscard]] QString source() const override { return QStringLiteral("csv"); }
    std::optional<ImportRecord> next() override;
    [[nodiscard]] qint64 position() const override { return m_next; }
    [[nodiscard]] qint64 total() const override { return m_table.rows.size(); }

    /// The ticket row `row` becomes, or why it cannot become one.
    [[nodiscard]] std::variant<ImportTicket, ImportProblem> ticketAt(int row) const;

private:
    CsvTable m_table;
    TicketCsvMapping m_mapping;
    qint64 m_next = 0;
};

} // namespace Casebook
