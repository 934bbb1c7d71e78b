// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace Casebook {

class Clock;
class Database;

/// A tag of the team's list and how many tickets carry it.
struct TagUse
{
    TagId id;
    QString name;
    qint64 uses = 0;
    friend bool operator==(const TagUse &, const TagUse &) = default;
};

/// R14: how many of a period's tickets are tagged, against the team's goal.
struct TagCoverage
{
    qint64 tagged = 0;
    qint64 total = 0;
    int goalPercent = 70;

    /// 0..100; 100 for a period without tickets (nothing is missing a tag).
    [[nodiscard]] double percent() const { return total == 0 ? 100.0 : 100.0 * double(tagged) / double(total); }
    [[nodiscard]] bool meetsGoal() const { return percent() >= goalPercent; }
};

/**
 * R14: the team's tag list and the tags of a ticket. Tags are stored lower case. New tags
 * are created on first use unless the team locked its list (team setting `tags.locked`).
 * Each tag keeps its use count (migration 004), so the list by use costs nothing at 1M tickets.
 */
class TicketTags final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::TicketTags)

public:
    TicketTags(Database &database, const Clock &clock);

    /// The team's tags, most used first, then by name.
    Result<QList<TagUse>> teamTags() const;
    Result<bool> isLocked() const;
    /// Locks or unlocks the team's list (a lead's decision; the view checks the role).
    Status setLocked(bool locked);

    /// Tags a ticket; a tag the list does not have is refused while the list is locked.
    Status add(TicketId id, const QString &tag, AgentId by);
    /// Removes a tag from a ticket (recorded as tag_removed); the tag stays in the list.
    Status remove(TicketId id, const QString &tag, AgentId by);
    Result<QStringList> tags(TicketId id) const;

    /// Tickets created in [fromMs, toMs) and how many of them carry a tag.
    Result<TagCoverage> coverage(qint64 fromMs, qint64 toMs) const;
    /// R14: coverage of the calendar month that holds the clock's now, in `zone` (the team's).
    Result<TagCoverage> coverageThisMonth(const QTimeZone &zone) const;

    /// How a tag is written: trimmed, lower case, inner spaces as hyphens.
    static QString normalised(const QString &tag);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
