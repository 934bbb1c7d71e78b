// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;

/**
 * Customers, their e-mail addresses, tags, history and the team's private notes about them.
 * Notes are append-only: a correction is a new note that supersedes the old one (R38).
 */
class CustomerStore final
{
public:
    explicit CustomerStore(Database &database);
    CustomerStore(Database &database, const Clock &clock);

    /**
     * Creates the customer with `emails` (the first becomes the primary address). An address
     * another customer has (case-insensitively) is refused with a message naming that customer.
     * `by` is recorded in the customer's history.
     */
    Result<CustomerId> create(const Customer &customer, AgentId by = {});
    /**
     * Writes every editable field of `customer` (identity, addresses, phone and messenger,
     * tier and SLA policy, licence, success owner, support profile) over the version it was
     * read at; a newer record is a Conflict naming who changed it. Each changed field is one
     * line of the customer's history. Returns the new version.
     */
    Result<qint64> update(const Customer &customer, qint64 expectedVersion, AgentId by);
    /// The customer with this account id (exact, trimmed); an invalid id when none has it.
    Result<CustomerId> byAccountRef(const QString &accountRef) const;
    /// The team's SLA policies, by name (the editor's choice besides "as the tier says").
    Result<QList<SlaPolicy>> slaPolicies() const;
    /// Why these addresses cannot be this customer's: one already belongs to another
    /// customer (named) or is not an address. Empty when all are fine.
    Result<QString> emailProblem(const QStringList &emails, CustomerId self = {}) const;
    /// The name is there and the cleaned addresses are free (`self` may hold them): the addresses, or why not.
    Result<QStringList> checkedEmails(const Customer &customer, CustomerId self) const;
    /// The customer with addresses, tags, success owner and SLA policy.
    Result<Customer> customer(CustomerId id) const;
    /// The customer owning an address, case-insensitively; an invalid id when none does.
    Result<CustomerId> byEmail(const QString &email) const;

    /**
     * Appends a note. A correction names the note it supersedes: that note must belong to the
     * same customer and must not be corrected already (Conflict, naming who did). A correction
     * of a pinned note takes the pin over, so the corrected text stays on top.
     */
    Result<NoteId> addNote(CustomerId customer, AgentId author, const QString &body, NoteId supersedes = {});
    /// Pinned notes first, then newest first (R09: notes before history); superseded ones included.
    Result<QList<CustomerNote>> notes(CustomerId customer) const;
    /// Returns the note's new version.
    Result<qint64> setPinned(NoteId note, bool pinned, qint64 expectedVersion);

    /// R14: the customer's tags, by name.
    Result<QStringList> tags(CustomerId customer) const;
    /// R14: tags the customer, creating the tag in the team's list when it is new.
    Status addTag(CustomerId customer, const QString &tag, AgentId by);
    Status removeTag(CustomerId customer, const QString &tag, AgentId by);
    /// R14: the team's tags starting with `prefix` (all when empty), for autocomplete.
    Result<QStringList> tagNames(const QString &prefix = {}, int limit = 200) const;

    /// R35: first contact, tickets this quarter (UTC calendar quarter of `nowMs`), open now.
    Result<CustomerLifecycle> lifecycle(CustomerId customer, qint64 nowMs) const;
    /// R35: the newest tickets, bug reports and proposal requests, newest first.
    Result<QList<CustomerHistoryItem>> history(CustomerId customer, int ticketLimit = 50, int otherLimit = 10) const;
    /// Whether any of these tickets is the customer's: a card asks before reading itself again.
    Result<bool> ownsTickets(CustomerId customer, const QList<qint64> &tickets) const;
    /// Whether any of these notes is about the customer.
    Result<bool> ownsNotes(CustomerId customer, const QList<qint64> &notes) const;

    /**
     * Merges `duplicate` into `survivor`: addresses, tickets, notes, tags, bug reports and proposal
     * requests move (vault entries stay, bound to their record, and show on the survivor's card
     * through merged_into_id); empty identity and licence fields of the survivor are
     * filled from the duplicate; the duplicate is marked merged (merged_into_id) and leaves the
     * lists. Recorded as an event on both records and a note on the survivor. Both versions are
     * checked: a changed record is a Conflict and nothing moves.
     */
    Status merge(CustomerId survivor, qint64 survivorVersion, CustomerId duplicate, qint64 duplicateVersion,
                 AgentId by);

    /// The first active customer (by name) in this licence state, premium only if asked; for
    /// screenshots and demos. An invalid id when there is none.
    Result<CustomerId> findExample(LicenceState state, qint64 nowMs, bool premiumOnly = false) const;

private:
    Error conflict(CustomerId id, const QString &name) const;
    Status writeEmails(WriteTransaction &tx, CustomerId customer, const QStringList &emails) const;
    /// Whether any row of `table` (tickets, customer_notes) among `ids` has this customer.
    Result<bool> ownsAny(const QString &table, CustomerId customer, const QList<qint64> &ids) const;
    Status recordEvent(WriteTransaction &tx, CustomerId customer, AgentId by, const QString &kind,
                       const QVariant &oldValue, const QVariant &newValue) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
