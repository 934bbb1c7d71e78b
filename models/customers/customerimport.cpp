// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerimport.h"

#include "customerstore.h"
#include "models/agents/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The delimiter the header uses most outside quotes.
QChar guessDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

QStringList splitAddresses(const QString &cell)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return cell.split(separators, Qt::SkipEmptyParts);
}

std::optional<qint64> readDate(const QString &cell)
{
    QDate date = QDate::fromString(cell.trimmed(), Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(cell.trimmed(), QLocale::ShortFormat);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<CsvTable> readCsv(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data); // drops a UTF-8 byte order mark
    if (decoder.hasError())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::CustomerImport",
                                        "The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"."),
            {}};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    CsvTable table;
    table.delimiter = guessDelimiter(text);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record (spreadsheets end files with one).
        if (!(record.size() == 1 && record.constFirst().isEmpty()))
            records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::CustomerImport",
                                                 "A quoted field is not closed: the file ends inside quotes."),
                     {}};
    if (fieldStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    if (records.isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::CustomerImport", "The file is empty."), {}};
    table.header = records.takeFirst();
    table.rows = records;
    return table;
}

QString customerFieldText(CustomerField field)
{
    switch (field) {
    case CustomerField::Ignore:
        return QCoreApplication::translate("Casebook::CustomerImport", "(not imported)");
    case CustomerField::Name:
        return QCoreApplication::translate("Casebook::CustomerImport", "Name");
    case CustomerField::Company:
        return QCoreApplication::translate("Casebook::CustomerImport", "Company");
    case CustomerField::AccountId:
        return QCoreApplication::translate("Casebook::CustomerImport", "Account id");
    case CustomerField::Email:
        return QCoreApplication::translate("Casebook::CustomerImport", "E-mail addresses");
    case CustomerField::Phone:
        return QCoreApplication::translate("Casebook::CustomerImport", "Phone");
    case CustomerField::Messenger:
        return QCoreApplication::translate("Casebook::CustomerImport", "Messenger");
    case CustomerField::Tier:
        return QCoreApplication::translate("Casebook::CustomerImport", "Tier");
    case CustomerField::LicencePlan:
        return QCoreApplication::translate("Casebook::CustomerImport", "Licence plan");
    case CustomerField::LicenceKey:
        return QCoreApplication::translate("Casebook::CustomerImport", "Licence key");
    case CustomerField::LicenceSeats:
        return QCoreApplication::translate("Casebook::CustomerImport", "Seats");
    case CustomerField::LicenceExpires:
        return QCoreApplication::translate("Casebook::CustomerImport", "Licence expires");
    }
    return {};
}

CustomerField guessCustomerField(const QString &header)
{
    const QString h = header.trimmed().toLower();
    const auto has = [&h](std::initializer_list<const char16_t *> words) {
        return std::any_of(words.begin(), words.end(), [&h](const char16_t *w) { return h.contains(QStringView(w)); });
    };
    if (has({u"mail", u"почт"}))
        return CustomerField::Email;
    if (has({u"account", u"аккаунт", u"счёт", u"счет"}))
        return CustomerField::AccountId;
    if (has({u"company", u"organi", u"компан", u"организац"}))
        return CustomerField::Company;
    if (has({u"phone", u"тел"}))
        return CustomerField::Phone;
    if (has({u"telegram", u"whatsapp", u"messenger", u"мессенджер"}))
        return CustomerField::Messenger;
    if (has({u"tier", u"уровень"}))
        return CustomerField::Tier;
    if (has({u"seat", u"мест"}))
        return CustomerField::LicenceSeats;
    if (has({u"expir", u"valid until", u"истека", u"действует до"}))
        return CustomerField::LicenceExpires;
    if (has({u"key", u"ключ"}))
        return CustomerField::LicenceKey;
    if (has({u"plan", u"licen", u"тариф", u"лиценз"}))
        return CustomerField::LicencePlan;
    if (has({u"name", u"имя", u"фио", u"контакт"}))
        return CustomerField::Name;
    return CustomerField::Ignore;
}

CustomerImport::CustomerImport(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

CustomerImport::~CustomerImport() = default;

Status CustomerImport::load(const QByteArray &csv)
{
    auto read = readCsv(csv);
    if (!read)
        return read.error();
    beginResetModel(); // a new file is a new table
    m_table = read.value();
    m_mapping.clear();
    for (const QString &header : std::as_const(m_table.header)) {
        CustomerField field = guessCustomerField(header);
        // One column per field, except addresses, which may come from several.
        if (field != CustomerField::Email && m_mapping.contains(field))
            field = CustomerField::Ignore;
        m_mapping.append(field);
    }
    endResetModel();
    return Done{};
}

void CustomerImport::setMapping(int column, CustomerField field)
{
    if (column < 0 || column >= m_mapping.size() || m_mapping.at(column) == field)
        return;
    m_mapping[column] = field;
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

Result<Customer> CustomerImport::customerAt(int row) const
{
    const QStringList &cells = m_table.rows.at(row);
    Customer c;
    for (qsizetype column = 0; column < m_mapping.size(); ++column) {
        const QString cell = cells.value(column).trimmed();
        if (cell.isEmpty())
            continue;
        switch (m_mapping.at(column)) {
        case CustomerField::Ignore:
            break;
        case CustomerField::Name:
            c.displayName = cell;
            break;
        case CustomerField::Company:
            c.company = cell;
            break;
        case CustomerField::AccountId:
            c.accountRef = cell;
            break;
        case CustomerField::Email:
            c.emails += splitAddresses(cell);
            break;
        case CustomerField::Phone:
            c.phone = cell;
            break;
        case CustomerField::Messenger:
            c.messenger = cell;
            break;
        case CustomerField::Tier:
            c.tier = cell.toLower().startsWith(u"prem") || cell.toLower().startsWith(u"прем") ? CustomerTier::Premium
                                                                                              : CustomerTier::Standard;
            break;
        case CustomerField::LicencePlan:
            c.licencePlan = cell;
            break;
        case CustomerField::LicenceKey:
            c.licenceKey = cell;
            break;
        case CustomerField::LicenceSeats:
            c.licenceSeats = cell.toInt();
            break;
        case CustomerField::LicenceExpires:
            c.licenceExpiresAt = readDate(cell);
            if (!c.licenceExpiresAt)
                //: %1 is a cell of the CSV file that should be a date
                return Error{Error::Kind::Invalid,
                             QCoreApplication::translate("Casebook::CustomerImport", "\"%1\" is not a date.").arg(cell),
                             {}};
            break;
        }
    }
    // A company without a contact name is still a customer, known by the company.
    if (c.displayName.isEmpty())
        c.displayName = !c.company.isEmpty() ? c.company : c.emails.value(0);
    if (c.displayName.isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::CustomerImport", "No name, company or address."),
                     {}};
    return c;
}

Result<CustomerImport::Summary> CustomerImport::run()
{
    CustomerStore store(m_session.database(), m_session.clock());
    Summary summary;
    for (int row = 0; row < m_table.rows.size(); ++row) {
        //: %1 is the row's number in the file (the header is row 1)
        const QString where = QCoreApplication::translate("Casebook::CustomerImport", "Row %1: ").arg(row + 2);
        const auto imported = customerAt(row);
        if (!imported) {
            summary.problems.append(where + imported.error().message);
            continue;
        }
        // The same person again: by any address, else by account id.
        CustomerId existing;
        for (const QString &email : imported->emails) {
            const auto owner = store.byEmail(email);
            if (!owner)
                return owner.error();
            if (owner->isValid()) {
                existing = *owner;
                break;
            }
        }
        if (!existing.isValid()) {
            const auto byAccount = store.byAccountRef(imported->accountRef);
            if (!byAccount)
                return byAccount.error();
            existing = *byAccount;
        }
        if (!existing.isValid()) {
            if (const auto made = store.create(*imported, m_session.agentId()); !made)
                summary.problems.append(where + made.error().message);
            else
                ++summary.created;
            continue;
        }
        auto current = store.customer(existing);
        if (!current)
            return current.error();
        Customer merged = current.value();
        const Customer &in = imported.value();
        const auto take = [](QString &field, const QString &value) {
            if (!value.isEmpty())
                field = value;
        };
        // A name guessed from the company or an address never renames someone.
        if (in.displayName != in.company && in.displayName != in.emails.value(0))
            take(merged.displayName, in.displayName);
        take(merged.company, in.company);
        take(merged.accountRef, in.accountRef);
        take(merged.phone, in.phone);
        take(merged.messenger, in.messenger);
        take(merged.licencePlan, in.licencePlan);
        take(merged.licenceKey, in.licenceKey);
        if (in.licenceSeats > 0)
            merged.licenceSeats = in.licenceSeats;
        if (in.licenceExpiresAt)
            merged.licenceExpiresAt = in.licenceExpiresAt;
        if (m_mapping.contains(CustomerField::Tier))
            merged.tier = in.tier;
        for (const QString &email : in.emails) {
            if (!merged.emails.contains(email, Qt::CaseInsensitive))
                merged.emails.append(email);
        }
        if (const auto saved = store.update(merged, merged.version, m_session.agentId()); !saved)
            summary.problems.append(where + saved.error().message);
        else
            ++summary.updated;
    }
    return summary;
}

int CustomerImport::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_table.rows.size(), previewRows));
}

int CustomerImport::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant CustomerImport::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_table.rows.at(index.row()).value(index.column());
    // Columns left out read dimmed in the delegate's hands; here only the fact.
    if (role == Qt::ToolTipRole && m_mapping.value(index.column()) == CustomerField::Ignore)
        return QCoreApplication::translate("Casebook::CustomerImport", "This column is not imported.");
    return {};
}

QVariant CustomerImport::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.header.size()) {
        //: A CSV column's header and the customer field it fills
        return QCoreApplication::translate("Casebook::CustomerImport", "%1 → %2")
            .arg(m_table.header.at(section), customerFieldText(m_mapping.value(section)));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Casebook
