// SPDX-License-Identifier: GPL-3.0-or-later
// ProposalStore's changes to a proposal after it exists: status, owner, texts, comments,
// merge and the answers that close the loop.
#include "proposalstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketwrite.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

Status ProposalStore::setStatus(ProposalId id, ProposalStatus status, qint64 expectedVersion, AgentId by,
                                const QString &reason)
{
    if (status == ProposalStatus::Merged)
        return Error{Error::Kind::Invalid, tr("A proposal is merged by naming the one it duplicates."), {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto old = tx.exec(u"SELECT status FROM proposals WHERE id = ?"_s, {id.value()});
    if (!old)
        return old.error();
    if (!old.value().next())
        return Error{Error::Kind::NotFound, tr("Proposal %1 does not exist.").arg(id.value()), {}};
    const QString oldStatus = old.value().value(0).toString();
    old.value().finish();
    const QString newStatus = proposalStatusNames.name(status);
    auto updated =
        tx.exec(u"UPDATE proposals SET status = ?, decline_reason = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?"_s,
                {newStatus, status == ProposalStatus::Declined ? Sql::text(reason) : Sql::null<QString>(), now,
                 id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return conflict(id);
    if (auto logged = event(tx, id, by, u"status"_s, oldStatus, newStatus, reason, now); !logged)
        return logged;
    if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ProposalStore::setOwner(ProposalId id, AgentId owner, AgentId by)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto updated = tx.exec(u"UPDATE proposals SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s,
                           {Sql::id(owner), now, id.value()});
    if (!updated)
        return updated.error();
    if (auto logged = event(tx, id, by, u"owner"_s, {}, QString::number(owner.value()), {}, now); !logged)
        return logged;
    if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ProposalStore::setTexts(ProposalId id, const QString &description, const QString &rfc, qint64 expectedVersion,
                               AgentId by)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto updated = tx.exec(u"UPDATE proposals SET description = ?, rfc = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {notNull(description), notNull(rfc), now, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return conflict(id);
    if (auto logged = event(tx, id, by, u"description"_s, {}, {}, {}, now); !logged)
        return logged;
    if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ProposalStore::comment(ProposalId id, const QString &text, AgentId by)
{
    if (text.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A comment needs some text."), {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto logged = event(tx, id, by, u"comment"_s, {}, {}, text.trimmed(), m_clock.nowMs()); !logged)
        return logged;
    if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ProposalStore::merge(ProposalId duplicate, ProposalId survivor, AgentId by)
{
    if (duplicate == survivor)
        return Error{Error::Kind::Invalid, tr("A proposal cannot be merged into itself."), {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto both = tx.exec(u"SELECT p.id, p.status, t.name FROM proposals p LEFT JOIN tags t ON t.id = p.tag_id "
                        "WHERE p.id IN (?, ?)"_s,
                        {duplicate.value(), survivor.value()});
    if (!both)
        return both.error();
    QString survivorTag;
    int found = 0;
    while (both.value().next()) {
        ++found;
        if (both.value().value(1).toString() == u"merged")
            return Error{Error::Kind::Conflict,
                         tr("Proposal %1 was merged already.").arg(both.value().value(0).toLongLong()),
                         {}};
        if (both.value().value(0).toLongLong() == survivor.value())
            survivorTag = both.value().value(2).toString();
    }
    both.value().finish();
    if (found != 2)
        return Error{Error::Kind::NotFound, tr("One of the proposals no longer exists."), {}};

    // The tickets that move, for the survivor's tag.
    auto moving =
        tx.exec(u"SELECT DISTINCT ticket_id FROM proposal_requests WHERE proposal_id = ? AND ticket_id IS NOT NULL"_s,
                {duplicate.value()});
    if (!moving)
        return moving.error();
    QList<TicketId> tickets;
    while (moving.value().next())
        tickets.append(TicketId(moving.value().value(0).toLongLong()));
    moving.value().finish();

    // Every vote moves; a ticket that counted for both stays one request of the survivor.
    auto moved =
        tx.exec(u"UPDATE proposal_requests SET proposal_id = ? WHERE proposal_id = ? AND (ticket_id IS NULL OR "
                "ticket_id NOT IN (SELECT s.ticket_id FROM proposal_requests s WHERE s.proposal_id = ? "
                "AND s.ticket_id IS NOT NULL))"_s,
                {survivor.value(), duplicate.value(), survivor.value()});
    if (!moved)
        return moved.error();
    auto twice = tx.exec(u"DELETE FROM proposal_requests WHERE proposal_id = ?"_s, {duplicate.value()});
    if (!twice)
        return twice.error();
    auto marked = tx.exec(u"UPDATE proposals SET status = 'merged', merged_into_id = ?, updated_at = ?, "
                          "version = version + 1 WHERE id = ?"_s,
                          {survivor.value(), now, duplicate.value()});
    if (!marked)
        return marked.error();
    for (ProposalId id : {duplicate, survivor}) {
        if (auto counted = recount(tx, id); !counted)
            return counted;
        if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
            return recorded;
    }
    if (!survivorTag.isEmpty()) {
        for (TicketId ticket : std::as_const(tickets)) {
            if (auto tagged = tagTicket(tx, ticket, survivorTag, by, now); !tagged)
                return tagged;
        }
    }
    if (auto logged = event(tx, duplicate, by, u"merged"_s, {}, QString::number(survivor.value()), {}, now); !logged)
        return logged;
    if (auto logged = event(tx, survivor, by, u"merged_in"_s, QString::number(duplicate.value()), {}, {}, now); !logged)
        return logged;
    return tx.commit();
}

Status ProposalStore::recordAnswer(qint64 requestId, MessageId sent)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto proposal = tx.exec(u"SELECT proposal_id FROM proposal_requests WHERE id = ?"_s, {requestId});
    if (!proposal)
        return proposal.error();
    if (!proposal.value().next())
        return Error{Error::Kind::NotFound, tr("The request no longer exists."), {}};
    const qint64 proposalId = proposal.value().value(0).toLongLong();
    proposal.value().finish();
    auto updated = tx.exec(u"UPDATE proposal_requests SET answered_at = ?, answered_message_id = ? WHERE id = ?"_s,
                           {m_clock.nowMs(), Sql::id(sent), requestId});
    if (!updated)
        return updated.error();
    if (auto recorded = tx.record(changeEntity(), proposalId, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace Casebook
