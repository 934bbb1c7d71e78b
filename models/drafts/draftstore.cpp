// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "localdrafts.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

Error keptLocally(const Error &cause)
{
    return Error{cause.kind,
                 QCoreApplication::translate("Casebook::DraftStore",
                                             "The draft did not reach the database (%1). It is kept on this computer "
                                             "and saved there when the connection returns.")
                     .arg(cause.message),
                 cause.detail};
}

Error invalidAgent()
{
    return Error{
        Error::Kind::Invalid,
        QCoreApplication::translate("Casebook::DraftStore", "Drafts belong to an agent; sign in as one first."),
        {}};
}

} // namespace

DraftStore::DraftStore(Database &database)
    : DraftStore(database, Clock::system())
{
}

DraftStore::DraftStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString DraftStore::replyScope(TicketId ticket)
{
    return u"ticket/%1/reply"_s.arg(ticket.value());
}

QString DraftStore::noteScope(TicketId ticket)
{
    return u"ticket/%1/note"_s.arg(ticket.value());
}

Result<std::optional<Draft>> DraftStore::draft(AgentId agent, const QString &scope) const
{
    const auto found = drafts(agent, {scope});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Draft>() : std::optional<Draft>(found->constFirst());
}

Result<QList<Draft>> DraftStore::drafts(AgentId agent, const QStringList &scopes) const
{
    const LocalDrafts local(m_database.url());
    const auto stored = storedDrafts(agent, scopes);
    QList<Draft> found;
    for (const QString &scope : scopes) {
        const std::optional<Draft> copy = local.find(agent, scope);
        std::optional<Draft> kept;
        if (stored) {
            for (const Draft &d : *stored) {
                if (d.scope == scope)
                    kept = d;
            }
        }
        if (!kept) {
            // None in the database, or the server is away: what was typed here, if anything.
            if (copy)
                found.append(*copy);
            continue;
        }
        Draft d = *kept;
        if (copy && copy->updatedAt > d.updatedAt) {
            // Typed here while the database was away: the text is the local one, written
            // against the version the database has, so the next save replaces it.
            d.body = copy->body;
            d.baseMessage = std::max(d.baseMessage, copy->baseMessage);
            d.updatedAt = copy->updatedAt;
        }
        found.append(d);
    }
    if (!stored && found.isEmpty())
        return stored.error();
    return found;
}

Result<QList<Draft>> DraftStore::storedDrafts(AgentId agent, const QStringList &scopes) const
{
    QList<Draft> found;
    if (scopes.isEmpty())
        return found;
    QSqlQuery q(m_database.connection());
    QStringList marks(scopes.size(), u"?"_s);
    q.prepare(u"SELECT scope, ticket_id, body, base_message_id, updated_at, version FROM drafts "
              "WHERE agent_id = ? AND scope IN ("_s
              + marks.join(u", "_s) + u")"_s);
    q.addBindValue(agent.value());
    for (const QString &scope : scopes)
        q.addBindValue(scope);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next()) {
        Draft d;
        d.agent = agent;
        d.scope = q.value(0).toString();
        d.ticket = TicketId(q.value(1).toLongLong());
        d.body = q.value(2).toString();
        d.baseMessage = MessageId(q.value(3).toLongLong());
        d.updatedAt = q.value(4).toLongLong();
        d.version = q.value(5).toLongLong();
        found.append(d);
    }
    return found;
}

Result<qint64> DraftStore::save(const Draft &draft)
{
    if (!draft.agent.isValid())
        return invalidAgent();
    auto saved = saveToDatabase(draft);
    const LocalDrafts local(m_database.url());
    if (saved) {
        local.remove(draft.agent, draft.scope);
        return saved;
    }
    if (saved.error().kind == Error::Kind::Conflict)
        return saved;
    Draft kept = draft;
    kept.updatedAt = m_clock.nowMs();
    if (!local.store(kept))
        return saved.error();
    return keptLocally(saved.error());
}

Result<int> DraftStore::saveLocalDrafts(AgentId agent)
{
    const LocalDrafts local(m_database.url());
    int saved = 0;
    for (const Draft &kept : local.all(agent)) {
        const auto stored = storedDrafts(agent, {kept.scope});
        if (!stored)
            return stored.error();
        Draft merged = kept;
        merged.version = 0;
        if (!stored->isEmpty()) {
            if (stored->constFirst().updatedAt >= kept.updatedAt) {
                local.remove(agent, kept.scope); // saved later from another window
                continue;
            }
            merged.version = stored->constFirst().version;
        }
        auto written = saveToDatabase(merged);
        if (!written) {
            if (written.error().kind == Error::Kind::Conflict)
                continue; // another window saved just now; the copy waits for the next try
            return written.error();
        }
        local.remove(agent, kept.scope);
        ++saved;
    }
    return saved;
}

Result<qint64> DraftStore::saveToDatabase(const Draft &draft)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QVariantList common{Sql::id(draft.ticket), draft.body, Sql::id(draft.baseMessage), now};
    auto written = draft.version == 0
        ? tx.exec(u"INSERT INTO drafts (ticket_id, body, base_message_id, updated_at, agent_id, scope) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (agent_id, scope) DO NOTHING"_s,
                  common + QVariantList{draft.agent.value(), draft.scope})
        : tx.exec(u"UPDATE drafts SET ticket_id = ?, body = ?, base_message_id = ?, updated_at = ?, "
                  "version = version + 1 WHERE agent_id = ? AND scope = ? AND version = ?"_s,
                  common + QVariantList{draft.agent.value(), draft.scope, draft.version});
    if (!written)
        return written.error();
    if (written.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::DraftStore",
                                                 "This draft was changed in another window. Your text is still here; "
                                                 "save again to keep it."),
                     {}};
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return draft.version + 1;
}

Status DraftStore::remove(AgentId agent, const QString &scope)
{
    // Sent or discarded: a copy kept here must not come back.
    LocalDrafts(m_database.url()).remove(agent, scope);
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto removed = tx.exec(u"DELETE FROM drafts WHERE agent_id = ? AND scope = ?"_s, {agent.value(), scope});
        !removed)
        return removed.error();
    return tx.commit();
}

} // namespace Casebook
