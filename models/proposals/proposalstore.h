// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/result.h"

#include <QCoreApplication>

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;

/**
 * The proposal board's storage (R13): proposals, the requests that count for them, their
 * history, and the full-text index that finds duplicates as an agent types.
 *
 * A card's counts (frequency, distinct customers, premium and contract requests, last
 * requested) are kept on the proposal row, recounted in every transaction that adds or
 * moves requests, so the board reads 5,000 rows and no join. A request records whether its
 * customer was premium or under contract when they asked; the score weighs those classes
 * with the lead's weights. Every write is announced as `proposal` (and `ticket` for a
 * ticket it tags).
 */
class ProposalStore final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::ProposalStore)

public:
    explicit ProposalStore(Database &database);
    ProposalStore(Database &database, const Clock &clock);

    /// The ChangeFeed entity of every write.
    [[nodiscard]] static QString changeEntity();

    /** Every proposal on the board (not merged ones), by id. */
    Result<QList<ProposalSummary>> board() const;
    /** One card, also a merged one; NotFound when there is none. */
    Result<ProposalSummary> summary(ProposalId id) const;
    Result<Proposal> proposal(ProposalId id) const;
    /** Who asked, oldest first. */
    Result<QList<ProposalRequest>> requests(ProposalId id) const;
    /** Its history, oldest first. */
    Result<QList<ProposalEvent>> events(ProposalId id) const;
    /** The proposals a ticket counts for. */
    Result<QList<ProposalId>> proposalsOf(TicketId ticket) const;

    /**
     * Duplicate search as you type: proposals on the board whose title or description holds
     * every word of `text` (the last one as a prefix), best first. User text never carries
     * search syntax.
     */
    Result<QList<ProposalMatch>> search(const QString &text, int limit = 20) const;

    /** A new proposal with its tag `proposal-<slug>`; Invalid without a title. */
    Result<ProposalId> create(const QString &title, const QString &description, AgentId by);
    /**
     * R13: counts the ticket for the proposal, links its customer, quotes the words picked
     * and tags the ticket. False when the ticket counts for it already (nothing changes).
     */
    Result<bool> addRequest(ProposalId id, const NewProposalRequest &request);

    /** Moves a card, against the version shown; a conflict names who was first. */
    Status setStatus(ProposalId id, ProposalStatus status, qint64 expectedVersion, AgentId by,
                     const QString &reason = {});
    Status setOwner(ProposalId id, AgentId owner, AgentId by);
    /** Description and RFC (Markdown), against the version shown. */
    Status setTexts(ProposalId id, const QString &description, const QString &rfc, qint64 expectedVersion, AgentId by);
    Status comment(ProposalId id, const QString &text, AgentId by);
    /**
     * Merges `duplicate` into `survivor`: every request moves (a ticket both counted for stays
     * one request), the duplicate's tickets get the survivor's tag, and the duplicate points
     * to the survivor with the status Merged.
     */
    Status merge(ProposalId duplicate, ProposalId survivor, AgentId by);
    /** Close the loop: the reply sent to a request's customer. */
    Status recordAnswer(qint64 requestId, MessageId sent);

    /** Recounts a card from its requests inside `tx` (import and merge write many rows). */
    static Status recount(WriteTransaction &tx, ProposalId id);
    /// The recount of every card's counts from its requests (append a WHERE for some).
    [[nodiscard]] static QString recountStatement();
    /** Writes one request inside `tx`; false when the ticket counted already. */
    Result<bool> insertRequest(WriteTransaction &tx, ProposalId id, const NewProposalRequest &request,
                               const QString &link = {}, qint64 at = 0) const;
    /// `text`, never NULL: Qt binds a null QString as SQL NULL, and these columns are NOT NULL.
    [[nodiscard]] static QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
    static Status event(WriteTransaction &tx, ProposalId id, AgentId by, const QString &kind, const QVariant &oldValue,
                        const QVariant &newValue, const QVariant &note, qint64 now, qint64 review = 0);

private:
    Error conflict(ProposalId id) const;
    Status tagTicket(WriteTransaction &tx, TicketId ticket, const QString &tag, AgentId by, qint64 now) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
