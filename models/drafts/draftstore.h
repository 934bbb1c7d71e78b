// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebook {

class Clock;
class Database;

/// Text someone is writing and has not sent yet: one per agent and scope.
struct Draft
{
    AgentId agent;
    QString scope; ///< what it belongs to: "ticket/42/reply", "ticket/42/note", ...
    TicketId ticket; ///< invalid for drafts that belong to no ticket
    QString body;
    MessageId baseMessage; ///< the newest message the author had seen (the send guard's mark)
    qint64 updatedAt = 0;
    qint64 version = 0; ///< 0: not saved yet
};

/**
 * Keeps drafts in the database as they are typed, so they survive a crash or a restart,
 * and drops them when they are sent.
 *
 * When the database cannot take a draft (the server is away), the text is kept on this
 * computer (LocalDrafts) and the save still reports what did not reach the database; a
 * newer local copy wins when the draft is read, and saveLocalDrafts() hands the copies to
 * the database once it is back.
 *
 * Drafts are private to their author and change several times a minute while someone
 * types, so their writes are not announced on the ChangeFeed: nobody else shows them,
 * and a NOTIFY to every desktop per keystroke pause would be noise.
 */
class DraftStore final
{
public:
    explicit DraftStore(Database &database);
    DraftStore(Database &database, const Clock &clock);

    /// "ticket/<id>/reply"
    [[nodiscard]] static QString replyScope(TicketId ticket);
    /// "ticket/<id>/note"
    [[nodiscard]] static QString noteScope(TicketId ticket);

    /// The agent's draft for `scope`, or nothing.
    Result<std::optional<Draft>> draft(AgentId agent, const QString &scope) const;
    /// The agent's drafts for each of `scopes` that has one, read in one statement (opening
    /// a ticket reads its reply, its note and what each carries at once).
    Result<QList<Draft>> drafts(AgentId agent, const QStringList &scopes) const;

    /**
     * Saves `draft` (agent, scope, ticket, body, base message) and returns its new version.
     * `draft.version` is the version it was read at (0 for a new one); when another window of
     * the same agent saved in between, the result is Error::Kind::Conflict and nothing changes.
     */
    Result<qint64> save(const Draft &draft);

    /// Drops the agent's draft for `scope` (sent or discarded). Dropping none is not an error.
    Status remove(AgentId agent, const QString &scope);

    /// Saves the drafts kept on this computer to the database; returns how many it saved.
    /// A copy that meets a newer save in the database stays local and is not counted.
    Result<int> saveLocalDrafts(AgentId agent);

private:
    Result<qint64> saveToDatabase(const Draft &draft);
    /// The database's copies alone.
    Result<QList<Draft>> storedDrafts(AgentId agent, const QStringList &scopes) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
