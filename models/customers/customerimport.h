// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Casebook {

class Session;

/// A CSV file as rows of text: RFC 4180 quoting, a UTF-8 byte order mark, `,` `;` or tab.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QChar delimiter = u',';
};

/**
 * Reads CSV as spreadsheets write it (RFC 4180): fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes; CRLF or LF ends a record; a UTF-8 byte order
 * mark is dropped; the delimiter (`,`, `;` as German and Russian Excel write, or tab) is the
 * one the header line uses most outside quotes. The first record is the header.
 * Qt has no CSV reader, so this small state machine is ours; it is tested against the
 * RFC's cases.
 */
[[nodiscard]] Result<CsvTable> readCsv(const QByteArray &data);

/// What a CSV column fills in a customer.
enum class CustomerField {
    Ignore,
    Name,
    Company,
    AccountId,
    Email, ///< one address, or several separated by spaces, commas or semicolons
    Phone,
    Messenger,
    Tier,
    LicencePlan,
    LicenceKey,
    LicenceSeats,
    LicenceExpires, ///< an ISO date (2027-03-31) or the locale's short date
};

[[nodiscard]] QString customerFieldText(CustomerField field);
/// The field a header names, in English or Russian ("E-mail", "Почта", "Account ID", ...).
[[nodiscard]] CustomerField guessCustomerField(const QString &header);

/**
 * Import customers from CSV: the file, a column mapping guessed from the header and changed
 * by the agent, a preview (the model: the first rows as they will be read, each field under
 * the column it comes from), and the import itself. Importing the same file again updates
 * the customers it made instead of making them twice: a row finds its customer by any of
 * its addresses, else by account id. Only non-empty cells change a field.
 */
class CustomerImport final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerImport)

public:
    struct Summary
    {
        int created = 0;
        int updated = 0;
        QStringList problems; ///< "Row 7: …", one for each row left out
    };

    explicit CustomerImport(Session &session, QObject *parent = nullptr);
    ~CustomerImport() override;

    /// Reads the file's text; the mapping starts from the header.
    Status load(const QByteArray &csv);
    [[nodiscard]] const CsvTable &table() const { return m_table; }
    [[nodiscard]] QList<CustomerField> mapping() const { return m_mapping; }
    void setMapping(int column, CustomerField field);

    /// The customer a row becomes; a problem in words when it cannot become one.
    [[nodiscard]] Result<Customer> customerAt(int row) const;
    Result<Summary> run();

    static constexpr int previewRows = 50;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session &m_session;
    CsvTable m_table;
    QList<CustomerField> m_mapping;
};

} // namespace Casebook
