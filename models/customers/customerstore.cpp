// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerstore.h"

#include "storage/clock.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

CustomerStore::CustomerStore(Database &database)
    : CustomerStore(database, Clock::system())
{
}

CustomerStore::CustomerStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<CustomerId> CustomerStore::create(const Customer &customer)
{
    if (customer.displayName.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::CustomerStore", "A customer needs a name."), {}};
    QStringList emails;
    for (const QString &email : customer.emails) {
        if (!email.trimmed().isEmpty() && !emails.contains(email.trimmed(), Qt::CaseInsensitive))
            emails.append(email.trimmed());
    }
    const QString primary = customer.primaryEmail.isEmpty() ? emails.value(0) : customer.primaryEmail;
    if (!primary.isEmpty() && !emails.contains(primary, Qt::CaseInsensitive))
        emails.prepend(primary);

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO customers (display_name, company, account_ref, primary_email, locale, licence_plan, "
                        "licence_key, licence_seats, licence_expires_at, tier, support_profile, success_owner_id, "
                        "first_contact_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {customer.displayName.trimmed(), orNull(customer.company), orNull(customer.accountRef),
                         orNull(primary), customer.locale, orNull(customer.licencePlan), orNull(customer.licenceKey),
                         customer.licenceSeats, customer.licenceExpiresAt ? QVariant(*customer.licenceExpiresAt) : orNull(0),
                         customerTierNames.name(customer.tier), orNull(customer.supportProfile),
                         orNull(customer.successOwner.value()), now, now, now});
    if (!id)
        return id.error();
    for (const QString &email : std::as_const(emails)) {
        auto added = tx.exec(u"INSERT INTO customer_emails (email, customer_id) VALUES (?, ?)"_s, {email, *id});
        if (!added) {
            Error error = added.error();
            if (error.kind == Error::Kind::Query)
                error.message = QCoreApplication::translate("Casebook::CustomerStore", "The address %1 already belongs to another customer.").arg(email);
            return error;
        }
    }
    if (auto recorded = tx.record(u"customer"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return CustomerId(*id);
}

Result<Customer> CustomerStore::customer(CustomerId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT display_name, company, account_ref, primary_email, locale, licence_plan, licence_key, "
              "licence_seats, licence_expires_at, tier, support_profile, success_owner_id, version "
              "FROM customers WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Casebook::CustomerStore", "Customer %1 does not exist.").arg(id.value()), {}};
    Customer c;
    c.id = id;
    c.displayName = q.value(0).toString();
    c.company = q.value(1).toString();
    c.accountRef = q.value(2).toString();
    c.primaryEmail = q.value(3).toString();
    c.locale = q.value(4).toString();
    c.licencePlan = q.value(5).toString();
    c.licenceKey = q.value(6).toString();
    c.licenceSeats = q.value(7).toInt();
    if (!q.value(8).isNull())
        c.licenceExpiresAt = q.value(8).toLongLong();
    c.tier = customerTierNames.parse(q.value(9).toString()).value_or(CustomerTier::Standard);
    c.supportProfile = q.value(10).toString();
    c.successOwner = AgentId(q.value(11).toLongLong());
    c.version = q.value(12).toLongLong();

    q.prepare(u"SELECT email FROM customer_emails WHERE customer_id = ? ORDER BY email"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next())
        c.emails.append(q.value(0).toString());
    return c;
}

Result<CustomerId> CustomerStore::byEmail(const QString &email) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT customer_id FROM customer_emails WHERE lower(email) = lower(?)"_s);
    q.addBindValue(email.trimmed());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next() ? CustomerId(q.value(0).toLongLong()) : CustomerId();
}

Result<NoteId> CustomerStore::addNote(CustomerId customer, AgentId author, const QString &body, NoteId supersedes)
{
    if (body.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::CustomerStore", "The note is empty."), {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO customer_notes (customer_id, author_id, body, supersedes_id, created_at) "
                        "VALUES (?, ?, ?, ?, ?)"_s,
                        {customer.value(), orNull(author.value()), body, orNull(supersedes.value()), m_clock.nowMs()});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"customer_note"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return NoteId(*id);
}

Result<QList<CustomerNote>> CustomerStore::notes(CustomerId customer) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT n.id, n.author_id, a.display_name, n.body, n.pinned, n.supersedes_id, n.created_at, n.version "
              "FROM customer_notes n LEFT JOIN agents a ON a.id = n.author_id "
              "WHERE n.customer_id = ? ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC"_s);
    q.addBindValue(customer.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<CustomerNote> result;
    while (q.next()) {
        CustomerNote n;
        n.id = NoteId(q.value(0).toLongLong());
        n.customer = customer;
        n.author = AgentId(q.value(1).toLongLong());
        n.authorName = q.value(2).toString();
        n.body = q.value(3).toString();
        n.pinned = q.value(4).toBool();
        n.supersedes = NoteId(q.value(5).toLongLong());
        n.createdAt = q.value(6).toLongLong();
        n.version = q.value(7).toLongLong();
        result.append(n);
    }
    return result;
}

Result<qint64> CustomerStore::setPinned(NoteId note, bool pinned, qint64 expectedVersion)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE customer_notes SET pinned = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                           {pinned, note.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict, QCoreApplication::translate("Casebook::CustomerStore", "Someone else changed this note first. Reload to see it."), {}};
    if (auto recorded = tx.record(u"customer_note"_s, note.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

} // namespace Casebook
