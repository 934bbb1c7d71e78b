// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

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

Result<Customer> CustomerStore::customer(CustomerId id) const
{
    // The SLA policy follows from the tier (the team's choice per tier) unless the customer
    // has one of their own; the same rule as TicketSla::forCustomer.
    const auto team = TeamSettingsStore(m_database).read();
    if (!team)
        return team.error();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT c.display_name, c.company, c.account_ref, c.primary_email, c.locale, c.licence_plan, "
              "c.licence_key, c.licence_seats, c.licence_expires_at, c.tier, c.support_profile, c.success_owner_id, "
              "c.version, a.display_name, c.merged_into_id, c.first_contact_at, "
              "s.id, s.name, s.first_response_minutes, s.next_response_minutes, s.business_hours, "
              "c.sla_policy_id, c.phone, c.messenger "
              "FROM customers c LEFT JOIN agents a ON a.id = c.success_owner_id "
              "LEFT JOIN sla_policies s ON s.id = coalesce(c.sla_policy_id, "
              "(SELECT p.id FROM sla_policies p WHERE p.name = CASE WHEN c.tier = 'premium' THEN ? ELSE ? END "
              "ORDER BY p.id LIMIT 1)) "
              "WHERE c.id = ?"_s);
    q.addBindValue(team->premiumSlaPolicy);
    q.addBindValue(team->standardSlaPolicy);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::CustomerStore", "Customer %1 does not exist.").arg(id.value()),
            {}};
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
    c.successOwnerName = q.value(13).toString();
    c.mergedInto = CustomerId(q.value(14).toLongLong());
    if (!q.value(15).isNull())
        c.firstContactAt = q.value(15).toLongLong();
    c.sla.id = q.value(16).toLongLong();
    c.sla.name = q.value(17).toString();
    c.sla.firstResponseMinutes = q.value(18).toInt();
    c.sla.nextResponseMinutes = q.value(19).toInt();
    c.sla.businessHours = q.value(20).toBool();
    c.slaPolicy = q.value(21).toLongLong();
    c.phone = q.value(22).toString();
    c.messenger = q.value(23).toString();

    q.prepare(u"SELECT email FROM customer_emails WHERE customer_id = ? ORDER BY email"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next())
        c.emails.append(q.value(0).toString());
    // The primary address first: it is the one replies go to.
    if (const qsizetype at = c.emails.indexOf(c.primaryEmail); at > 0)
        c.emails.move(at, 0);
    auto tagged = tags(id);
    if (!tagged)
        return tagged.error();
    c.tags = tagged.value();
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
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::CustomerStore", "The note is empty."), {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    bool pinned = false;
    if (supersedes.isValid()) {
        // Checked inside the transaction: two agents correcting the same note at once must
        // not both succeed, or the card would show two "current" versions.
        auto old = tx.exec(u"SELECT n.customer_id, n.pinned, n.version, "
                           "(SELECT a.display_name FROM customer_notes s LEFT JOIN agents a ON a.id = s.author_id "
                           " WHERE s.supersedes_id = n.id ORDER BY s.id LIMIT 1), "
                           "(SELECT count(*) FROM customer_notes s WHERE s.supersedes_id = n.id) "
                           "FROM customer_notes n WHERE n.id = ?"_s,
                           {supersedes.value()});
        if (!old)
            return old.error();
        QSqlQuery &q = old.value();
        if (!q.next() || q.value(0).toLongLong() != customer.value())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::CustomerStore",
                                                     "The corrected note is not one of this customer's notes."),
                         {}};
        if (q.value(4).toLongLong() > 0) {
            const QString who = q.value(3).toString().isEmpty()
                ? QCoreApplication::translate("Casebook::CustomerStore", "Someone else")
                : q.value(3).toString();
            return Error{Error::Kind::Conflict,
                         //: %1 is an agent's name
                         QCoreApplication::translate(
                             "Casebook::CustomerStore",
                             "%1 corrected this note first. Read their correction and correct that one if needed.")
                             .arg(who),
                         {}};
        }
        pinned = q.value(1).toBool();
        const qint64 version = q.value(2).toLongLong();
        q.finish();
        if (pinned) {
            auto unpinned =
                tx.exec(u"UPDATE customer_notes SET pinned = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                        {false, supersedes.value(), version});
            if (!unpinned)
                return unpinned.error();
            if (auto recorded = tx.record(u"customer_note"_s, supersedes.value(), Change::Op::Update); !recorded)
                return recorded.error();
        }
    }
    auto id = tx.insert(u"INSERT INTO customer_notes (customer_id, author_id, body, pinned, supersedes_id, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {customer.value(), Sql::id(author), body, pinned, Sql::id(supersedes), m_clock.nowMs()});
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
    q.prepare(u"SELECT n.id, n.author_id, a.display_name, n.body, n.pinned, n.supersedes_id, n.created_at, n.version, "
              "(SELECT min(s.id) FROM customer_notes s WHERE s.supersedes_id = n.id) "
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
        n.supersededBy = NoteId(q.value(8).toLongLong());
        result.append(n);
    }
    return result;
}

Result<qint64> CustomerStore::setPinned(NoteId note, bool pinned, qint64 expectedVersion)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated =
        tx.exec(u"UPDATE customer_notes SET pinned = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                {pinned, note.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::CustomerStore",
                                                 "Someone else changed this note first. Reload to see it."),
                     {}};
    if (auto recorded = tx.record(u"customer_note"_s, note.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status CustomerStore::recordEvent(WriteTransaction &tx, CustomerId customer, AgentId by, const QString &kind,
                                  const QVariant &oldValue, const QVariant &newValue) const
{
    const auto text = [](const QVariant &value) {
        return value.isValid() ? QVariant(value.toString()) : Sql::null<QString>();
    };
    auto added = tx.exec(u"INSERT INTO customer_events (customer_id, agent_id, kind, old_value, new_value, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {customer.value(), Sql::id(by), kind, text(oldValue), text(newValue), m_clock.nowMs()});
    if (!added)
        return added.error();
    return tx.record(u"customer"_s, customer.value(), Change::Op::Update);
}

Error CustomerStore::conflict(CustomerId id, const QString &name) const
{
    // The last agent who changed the record is the best guess at who was first.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT a.display_name FROM customer_events e JOIN agents a ON a.id = e.agent_id "
              "WHERE e.customer_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(id.value());
    QString who = QCoreApplication::translate("Casebook::CustomerStore", "Someone else");
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        who = q.value(0).toString();
    //: %1 is an agent's name (or "Someone else"), %2 the customer's name
    return {Error::Kind::Conflict,
            QCoreApplication::translate("Casebook::CustomerStore",
                                        "%1 changed %2 first. Nothing was changed; look at the card again and retry.")
                .arg(who, name),
            {}};
}

Result<QStringList> CustomerStore::tags(CustomerId customer) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name"_s);
    q.addBindValue(customer.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Status CustomerStore::addTag(CustomerId customer, const QString &tag, AgentId by)
{
    // Tags are lower case everywhere, as TicketStore writes them: one "billing", not three.
    const QString name = tag.trimmed().toLower();
    if (name.isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::CustomerStore", "A tag needs a name."), {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const auto linked = linkTag(tx, u"customer_tags"_s, u"customer_id"_s, customer.value(), name, now);
    if (!linked)
        return linked.error();
    if (!linked.value())
        return Done{}; // already tagged
    if (auto recorded = recordEvent(tx, customer, by, u"tag_added"_s, {}, name); !recorded)
        return recorded;
    return tx.commit();
}

Status CustomerStore::removeTag(CustomerId customer, const QString &tag, AgentId by)
{
    const QString name = tag.trimmed().toLower();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto removed = tx.exec(u"DELETE FROM customer_tags WHERE customer_id = ? "
                           "AND tag_id IN (SELECT id FROM tags WHERE lower(name) = ?)"_s,
                           {customer.value(), name});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() == 0)
        return Done{};
    if (auto recorded = recordEvent(tx, customer, by, u"tag_removed"_s, name, {}); !recorded)
        return recorded;
    return tx.commit();
}

Result<QStringList> CustomerStore::tagNames(const QString &prefix, int limit) const
{
    QString pattern = prefix.trimmed().toLower();
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name FROM tags WHERE lower(name) LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?"_s);
    q.addBindValue(QString(pattern + u'%'));
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

} // namespace Casebook
