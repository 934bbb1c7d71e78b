// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerStore: customers typed in by hand (create, update) and the checks they need.
#include "customerstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// Trimmed, without repeats (case-insensitively), the primary address first.
QStringList cleanEmails(const Customer &customer)
{
    QStringList emails;
    for (const QString &email : customer.emails) {
        if (!email.trimmed().isEmpty() && !emails.contains(email.trimmed(), Qt::CaseInsensitive))
            emails.append(email.trimmed());
    }
    const QString primary = customer.primaryEmail.trimmed();
    if (!primary.isEmpty()) {
        const qsizetype at = emails.indexOf(primary, 0, Qt::CaseInsensitive);
        if (at > 0)
            emails.move(at, 0);
        else if (at < 0)
            emails.prepend(primary);
    }
    return emails;
}

QString day(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC).date().toString(Qt::ISODate) : QString();
}

/// Each field of the record as the history writes it: (key, value).
QList<std::pair<QString, QString>> fieldsOf(const Customer &c)
{
    return {
        {u"name"_s, c.displayName.trimmed()},
        {u"company"_s, c.company.trimmed()},
        {u"account"_s, c.accountRef.trimmed()},
        {u"emails"_s, cleanEmails(c).join(u", "_s)},
        {u"phone"_s, c.phone.trimmed()},
        {u"messenger"_s, c.messenger.trimmed()},
        {u"tier"_s, customerTierNames.name(c.tier)},
        {u"sla_policy"_s, c.slaPolicy > 0 ? QString::number(c.slaPolicy) : QString()},
        {u"licence_plan"_s, c.licencePlan.trimmed()},
        // The key itself stays out of the history: the change is enough to know.
        {u"licence_key"_s, c.licenceKey.trimmed().isEmpty() ? QString() : u"•"_s + c.licenceKey.trimmed().right(4)},
        {u"licence_seats"_s, c.licenceSeats > 0 ? QString::number(c.licenceSeats) : QString()},
        {u"licence_expires"_s, day(c.licenceExpiresAt)},
        {u"success_owner"_s, c.successOwner.isValid() ? QString::number(c.successOwner.value()) : QString()},
        {u"support_profile"_s, c.supportProfile},
    };
}

} // namespace

Result<QStringList> CustomerStore::checkedEmails(const Customer &customer, CustomerId self) const
{
    if (customer.displayName.trimmed().isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::CustomerStore", "A customer needs a name."),
                     {}};
    QStringList emails = cleanEmails(customer);
    const auto problem = emailProblem(emails, self);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error{Error::Kind::Invalid, *problem, {}};
    return emails;
}

Result<QString> CustomerStore::emailProblem(const QStringList &emails, CustomerId self) const
{
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+$"_s);
    QSqlQuery q(m_database.connection());
    for (const QString &raw : emails) {
        const QString email = raw.trimmed();
        if (email.isEmpty())
            continue;
        if (!address.match(email).hasMatch())
            //: %1 is what was typed as an e-mail address
            return QCoreApplication::translate("Casebook::CustomerStore", "\"%1\" is not an e-mail address.")
                .arg(email);
        q.prepare(u"SELECT c.id, c.display_name FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
                  "WHERE lower(e.email) = lower(?) AND c.id <> ?"_s);
        q.addBindValue(email);
        q.addBindValue(self.value());
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        if (q.next())
            //: %1 an e-mail address, %2 the name of the customer who has it
            return QCoreApplication::translate("Casebook::CustomerStore", "%1 already belongs to %2.")
                .arg(email, q.value(1).toString());
    }
    return QString();
}

Status CustomerStore::writeEmails(WriteTransaction &tx, CustomerId customer, const QStringList &emails) const
{
    if (auto cleared = tx.exec(u"DELETE FROM customer_emails WHERE customer_id = ?"_s, {customer.value()}); !cleared)
        return cleared.error();
    for (const QString &email : emails) {
        auto added =
            tx.exec(u"INSERT INTO customer_emails (email, customer_id) VALUES (?, ?)"_s, {email, customer.value()});
        if (!added) {
            // Another desktop took the address between the check and this write.
            Error error = added.error();
            if (error.kind == Error::Kind::Query)
                error.message = QCoreApplication::translate("Casebook::CustomerStore",
                                                            "The address %1 already belongs to another customer.")
                                    .arg(email);
            return error;
        }
    }
    return Done{};
}

Result<CustomerId> CustomerStore::create(const Customer &customer, AgentId by)
{
    const auto checked = checkedEmails(customer, {});
    if (!checked)
        return checked.error();
    const QStringList &emails = *checked;

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(
        u"INSERT INTO customers (display_name, company, account_ref, primary_email, locale, licence_plan, "
        "licence_key, licence_seats, licence_expires_at, tier, sla_policy_id, support_profile, "
        "success_owner_id, phone, messenger, first_contact_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {customer.displayName.trimmed(), Sql::text(customer.company.trimmed()),
         Sql::text(customer.accountRef.trimmed()), Sql::text(emails.value(0)), customer.locale,
         Sql::text(customer.licencePlan.trimmed()), Sql::text(customer.licenceKey.trimmed()), customer.licenceSeats,
         Sql::optional(customer.licenceExpiresAt), customerTierNames.name(customer.tier), Sql::id(customer.slaPolicy),
         Sql::text(customer.supportProfile), Sql::id(customer.successOwner), Sql::text(customer.phone.trimmed()),
         Sql::text(customer.messenger.trimmed()), now, now, now});
    if (!id)
        return id.error();
    if (auto written = writeEmails(tx, CustomerId(*id), emails); !written)
        return written.error();
    if (auto recorded = tx.record(u"customer"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (by.isValid()) {
        if (auto event = recordEvent(tx, CustomerId(*id), by, u"created"_s, {}, customer.displayName.trimmed()); !event)
            return event.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return CustomerId(*id);
}

Result<qint64> CustomerStore::update(const Customer &customer, qint64 expectedVersion, AgentId by)
{
    const auto checked = checkedEmails(customer, customer.id);
    if (!checked)
        return checked.error();
    const QStringList &emails = *checked;
    const auto before = this->customer(customer.id);
    if (!before)
        return before.error();

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(
        u"UPDATE customers SET display_name = ?, company = ?, account_ref = ?, primary_email = ?, "
        "licence_plan = ?, licence_key = ?, licence_seats = ?, licence_expires_at = ?, tier = ?, "
        "sla_policy_id = ?, support_profile = ?, success_owner_id = ?, phone = ?, messenger = ?, "
        "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
        {customer.displayName.trimmed(), Sql::text(customer.company.trimmed()),
         Sql::text(customer.accountRef.trimmed()), Sql::text(emails.value(0)),
         Sql::text(customer.licencePlan.trimmed()), Sql::text(customer.licenceKey.trimmed()), customer.licenceSeats,
         Sql::optional(customer.licenceExpiresAt), customerTierNames.name(customer.tier), Sql::id(customer.slaPolicy),
         Sql::text(customer.supportProfile), Sql::id(customer.successOwner), Sql::text(customer.phone.trimmed()),
         Sql::text(customer.messenger.trimmed()), now, customer.id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(customer.id, before->displayName);
    if (cleanEmails(*before) != emails) {
        if (auto written = writeEmails(tx, customer.id, emails); !written)
            return written.error();
    }
    const auto oldFields = fieldsOf(*before);
    const auto newFields = fieldsOf(customer);
    bool changed = false;
    for (qsizetype i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second == newFields.at(i).second)
            continue;
        changed = true;
        const auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
        if (auto event = recordEvent(tx, customer.id, by, u"changed:"_s + newFields.at(i).first,
                                     text(oldFields.at(i).second), text(newFields.at(i).second));
            !event)
            return event.error();
    }
    if (!changed) {
        // A save without changes still moved the version: the change is announced all the same.
        if (auto recorded = tx.record(u"customer"_s, customer.id.value(), Change::Op::Update); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<CustomerId> CustomerStore::byAccountRef(const QString &accountRef) const
{
    if (accountRef.trimmed().isEmpty())
        return CustomerId();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM customers WHERE account_ref = ? AND merged_into_id IS NULL ORDER BY id LIMIT 1"_s);
    q.addBindValue(accountRef.trimmed());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next() ? CustomerId(q.value(0).toLongLong()) : CustomerId();
}

Result<QList<SlaPolicy>> CustomerStore::slaPolicies() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT id, name, first_response_minutes, next_response_minutes, business_hours "
                "FROM sla_policies ORDER BY name, id"_s))
        return m_database.errorFrom(q.lastError());
    QList<SlaPolicy> policies;
    while (q.next()) {
        SlaPolicy p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.firstResponseMinutes = q.value(2).toInt();
        p.nextResponseMinutes = q.value(3).toInt();
        p.businessHours = q.value(4).toBool();
        policies.append(p);
    }
    return policies;
}

} // namespace Casebook
