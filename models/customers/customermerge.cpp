// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerStore::merge: two records that turned out to be one person become one.
#include "customerstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebook {

Status CustomerStore::merge(CustomerId survivor, qint64 survivorVersion, CustomerId duplicate, qint64 duplicateVersion,
                            AgentId by)
{
    if (survivor == duplicate || !survivor.isValid() || !duplicate.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::CustomerStore", "Pick two different customers to merge."),
                     {}};
    const auto kept = customer(survivor);
    if (!kept)
        return kept.error();
    const auto gone = customer(duplicate);
    if (!gone)
        return gone.error();
    if (kept->mergedInto.isValid() || gone->mergedInto.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::CustomerStore",
                                                 "One of these customers was already merged into another."),
                     {}};

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;

    // Both versions first: if either record moved on, nothing below may run.
    const std::pair<CustomerId, qint64> checks[] = {{survivor, survivorVersion}, {duplicate, duplicateVersion}};
    for (const auto &[id, version] : checks) {
        auto bumped = tx.exec(u"UPDATE customers SET version = version + 1, updated_at = ? "
                              "WHERE id = ? AND version = ? AND merged_into_id IS NULL"_s,
                              {now, id.value(), version});
        if (!bumped)
            return bumped.error();
        if (bumped.value().numRowsAffected() != 1)
            return conflict(id, id == survivor ? kept->displayName : gone->displayName);
    }

    // Vault accesses stay with the record they were filed under: their secret is bound to it
    // (changing it needs the team key, which a merge does not have, and on a team server a
    // non-holder would not even see them), and the survivor's card lists the accesses of every
    // record merged into it (VaultStore::entries).

    // Tickets change owner: each is announced so open inboxes show the new customer.
    QList<qint64> tickets;
    {
        auto found = tx.exec(u"SELECT id FROM tickets WHERE customer_id = ?"_s, {duplicate.value()});
        if (!found)
            return found.error();
        while (found.value().next())
            tickets.append(found.value().value(0).toLongLong());
    }
    int notesMoved = 0;
    int emailsMoved = 0;
    const QVariantList ids{survivor.value(), duplicate.value()};
    const std::pair<QString, int *> moves[] = {
        {u"UPDATE customer_emails SET customer_id = ? WHERE customer_id = ?"_s, &emailsMoved},
        {u"UPDATE customer_notes SET customer_id = ? WHERE customer_id = ?"_s, &notesMoved},
        {u"UPDATE tickets SET customer_id = ?, version = version + 1 WHERE customer_id = ?"_s, nullptr},
        {u"UPDATE messages SET author_customer_id = ? WHERE author_customer_id = ?"_s, nullptr},
        {u"UPDATE bug_reports SET customer_id = ? WHERE customer_id = ?"_s, nullptr},
        {u"UPDATE proposal_requests SET customer_id = ? WHERE customer_id = ?"_s, nullptr},
        // Tags: the union; the duplicate's own links go with the ON CONFLICT rows below.
        {u"INSERT INTO customer_tags (customer_id, tag_id) SELECT ?, tag_id FROM customer_tags "
         "WHERE customer_id = ? ON CONFLICT DO NOTHING"_s,
         nullptr},
    };
    for (const auto &[sql, counter] : moves) {
        auto moved = tx.exec(sql, ids);
        if (!moved)
            return moved.error();
        if (counter)
            *counter = moved.value().numRowsAffected();
    }
    if (auto dropped = tx.exec(u"DELETE FROM customer_tags WHERE customer_id = ?"_s, {duplicate.value()}); !dropped)
        return dropped.error();

    // What the survivor does not know yet, it learns from the duplicate; it never loses a value.
    const bool survivorHasLicence =
        !kept->licencePlan.isEmpty() || !kept->licenceKey.isEmpty() || kept->licenceExpiresAt;
    auto filled = tx.exec(
        u"UPDATE customers SET "
        "company = coalesce(company, (SELECT d.company FROM customers d WHERE d.id = ?)), "
        "account_ref = coalesce(account_ref, (SELECT d.account_ref FROM customers d WHERE d.id = ?)), "
        "primary_email = coalesce(primary_email, (SELECT d.primary_email FROM customers d WHERE d.id = ?)), "
        "success_owner_id = coalesce(success_owner_id, (SELECT d.success_owner_id FROM customers d WHERE d.id = ?)), "
        "support_profile = coalesce(support_profile, (SELECT d.support_profile FROM customers d WHERE d.id = ?)), "
        "first_contact_at = (SELECT min(x.first_contact_at) FROM customers x WHERE x.id IN (?, ?)) "
        "WHERE id = ?"_s,
        {duplicate.value(), duplicate.value(), duplicate.value(), duplicate.value(), duplicate.value(),
         survivor.value(), duplicate.value(), survivor.value()});
    if (!filled)
        return filled.error();
    if (gone->tier == CustomerTier::Premium) {
        auto tier = tx.exec(u"UPDATE customers SET tier = 'premium' WHERE id = ?"_s, {survivor.value()});
        if (!tier)
            return tier.error();
    }
    if (!survivorHasLicence) {
        auto licence = tx.exec(u"UPDATE customers SET (licence_plan, licence_key, licence_seats, licence_expires_at) = "
                               "(SELECT d.licence_plan, d.licence_key, d.licence_seats, d.licence_expires_at "
                               " FROM customers d WHERE d.id = ?) WHERE id = ?"_s,
                               {duplicate.value(), survivor.value()});
        if (!licence)
            return licence.error();
    }
    auto marked =
        tx.exec(u"UPDATE customers SET merged_into_id = ? WHERE id = ?"_s, {survivor.value(), duplicate.value()});
    if (!marked)
        return marked.error();

    // The record of the merge: an event on each side for the audit trail, and a note on the
    // survivor so the team reads on the card why two names became one.
    //: Recorded on the survivor; %1 the duplicate's name, %2 its number
    const QString what = QCoreApplication::translate("Casebook::CustomerStore", "%1 (#%2)")
                             .arg(gone->displayName)
                             .arg(duplicate.value());
    if (auto recorded = recordEvent(tx, survivor, by, u"merged"_s, what, survivor.value()); !recorded)
        return recorded;
    if (auto recorded = recordEvent(tx, duplicate, by, u"merged_into"_s, duplicate.value(), survivor.value());
        !recorded)
        return recorded;
    //: A note written by Casebook on the surviving record; %1 is "Name (#id)", then counts of what moved
    const QString body =
        QCoreApplication::translate("Casebook::CustomerStore", "Merged %1 into this customer: %n address(es), ",
                                    nullptr, emailsMoved)
            .arg(what)
        + QCoreApplication::translate("Casebook::CustomerStore", "%n ticket(s), ", nullptr, int(tickets.size()))
        + QCoreApplication::translate("Casebook::CustomerStore", "%n note(s) moved here.", nullptr, notesMoved);
    auto note = tx.insert(
        u"INSERT INTO customer_notes (customer_id, author_id, body, pinned, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {survivor.value(), Sql::id(by), body, false, now});
    if (!note)
        return note.error();
    if (auto recorded = tx.record(u"customer_note"_s, *note, Change::Op::Insert); !recorded)
        return recorded;
    for (const qint64 ticket : std::as_const(tickets)) {
        if (auto recorded = tx.record(u"ticket"_s, ticket, Change::Op::Update); !recorded)
            return recorded;
    }
    return tx.commit();
}

} // namespace Casebook
