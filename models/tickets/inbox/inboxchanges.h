// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxsql.h"

#include <QList>
#include <QSet>

namespace Casebook {

struct Change;

/**
 * How the inbox batches live changes. The ChangeFeed's changes become the tickets they
 * touch; a ticket changed outside the loaded pages waits here for the worker, whose one
 * count answers for every such change that arrived meanwhile, with one more round when
 * rows changed while it ran (its total may or may not include them). The list settles
 * once a count ran undisturbed.
 */
class InboxChanges final
{
public:
    /// The tickets a set of changes touched, in order, and which of them are new.
    struct Tickets
    {
        QList<TicketId> changed;
        QSet<TicketId> created;
    };
    static Tickets ticketsIn(const QList<Change> &changes);

    /// A changed ticket nobody has loaded: whether it came or left shows in the total.
    struct Unloaded
    {
        TicketId id;
        InboxSql::Statement before; ///< counts the rows before it; empty when it left the view
    };

    void clear();
    /// Rows changed: a count under way may be outdated by them.
    void rowsChanged();
    /// Waits for the worker; true when a count should start now, for counting().
    [[nodiscard]] bool wait(Unloaded change);
    /// The changes the count under way answers for.
    [[nodiscard]] const QList<Unloaded> &counting() const { return m_counting; }
    [[nodiscard]] bool isCounting() const { return m_recounting; }
    /**
     * The count for counting() arrived and was applied: returns true when another count
     * must follow (for the changes waiting, or because rows changed meanwhile); then
     * counting() holds its changes. Otherwise nothing waits: call settle() once the pages
     * read meanwhile are dropped.
     */
    [[nodiscard]] bool counted();
    /// Whether this batch took more than one round: then rows moved while counts ran, and
    /// places counted in one round may be off by the next one's changes.
    [[nodiscard]] bool raced() const { return m_raced; }
    /// The pages agree with the rows again; the batch is over.
    void settle();
    /// Pages read now may be ahead of the model's rows (changes wait for the worker).
    [[nodiscard]] bool pagesAhead() const { return m_pagesAhead; }

private:
    void startRound();

    QList<Unloaded> m_waiting;
    QList<Unloaded> m_counting;
    bool m_recounting = false;
    bool m_changedWhileCounting = false;
    bool m_pagesAhead = false;
    bool m_raced = false;
};

} // namespace Casebook
