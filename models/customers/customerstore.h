// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "storage/result.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;

/**
 * Customers, their e-mail addresses and the team's private notes about them.
 * Notes are append-only: a correction is a new note that supersedes the old one (R38).
 */
class CustomerStore final
{
public:
    explicit CustomerStore(Database &database);
    CustomerStore(Database &database, const Clock &clock);

    /// Creates the customer with `emails` (the first becomes the primary address).
    Result<CustomerId> create(const Customer &customer);
    Result<Customer> customer(CustomerId id) const;
    /// The customer owning an address, case-insensitively; an invalid id when none does.
    Result<CustomerId> byEmail(const QString &email) const;

    Result<NoteId> addNote(CustomerId customer, AgentId author, const QString &body, NoteId supersedes = {});
    /// Pinned notes first, then newest first (R09: notes before history).
    Result<QList<CustomerNote>> notes(CustomerId customer) const;
    /// Returns the note's new version.
    Result<qint64> setPinned(NoteId note, bool pinned, qint64 expectedVersion);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
