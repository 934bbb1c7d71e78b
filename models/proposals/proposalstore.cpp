// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketwrite.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString summaryColumns =
    u"p.id, p.title, p.status, t.name, p.request_count, p.customer_count, p.premium_count, p.contract_count, "
    "p.last_requested_at, p.reviewed_at, p.owner_id, a.display_name, p.version"_s;
const QString summaryFrom = u" FROM proposals p LEFT JOIN tags t ON t.id = p.tag_id "
                            "LEFT JOIN agents a ON a.id = p.owner_id"_s;

ProposalSummary readSummary(const QSqlQuery &q)
{
    ProposalSummary s;
    s.id = ProposalId(q.value(0).toLongLong());
    s.title = q.value(1).toString();
    s.status = proposalStatusNames.parse(q.value(2).toString()).value_or(ProposalStatus::New);
    s.tag = q.value(3).toString();
    s.requests = q.value(4).toInt();
    s.customers = q.value(5).toInt();
    s.premiumRequests = q.value(6).toInt();
    s.contractRequests = q.value(7).toInt();
    s.lastRequestedAt = q.value(8).toLongLong();
    s.reviewedAt = q.value(9).toLongLong();
    s.owner = AgentId(q.value(10).toLongLong());
    s.ownerName = q.value(11).toString();
    s.version = q.value(12).toLongLong();
    return s;
}

} // namespace

ProposalStore::ProposalStore(Database &database)
    : ProposalStore(database, Clock::system())
{
}

ProposalStore::ProposalStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString ProposalStore::changeEntity()
{
    return u"proposal"_s;
}

Result<QList<ProposalSummary>> ProposalStore::board() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + summaryColumns + summaryFrom + u" WHERE p.status <> 'merged' ORDER BY p.id"_s))
        return m_database.errorFrom(q.lastError());
    QList<ProposalSummary> rows;
    while (q.next())
        rows.append(readSummary(q));
    return rows;
}

Result<ProposalSummary> ProposalStore::summary(ProposalId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + summaryColumns + summaryFrom + u" WHERE p.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("Proposal %1 does not exist.").arg(id.value()), {}};
    return readSummary(q);
}

Result<Proposal> ProposalStore::proposal(ProposalId id) const
{
    auto card = summary(id);
    if (!card)
        return card.error();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT description, rfc, decline_reason, merged_into_id, created_at FROM proposals WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    return Proposal{*card,
                    q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    ProposalId(q.value(3).toLongLong()),
                    q.value(4).toLongLong()};
}

Result<QList<ProposalRequest>> ProposalStore::requests(ProposalId id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.id, r.ticket_id, k.subject, r.customer_id, c.display_name, c.locale, c.tier, r.weight_class, "
              "r.note, r.source, r.link, r.created_at, r.answered_at FROM proposal_requests r "
              "LEFT JOIN tickets k ON k.id = r.ticket_id LEFT JOIN customers c ON c.id = r.customer_id "
              "WHERE r.proposal_id = ? ORDER BY r.created_at, r.id"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<ProposalRequest> rows;
    while (q.next()) {
        ProposalRequest r;
        r.id = q.value(0).toLongLong();
        r.ticket = TicketId(q.value(1).toLongLong());
        r.ticketSubject = q.value(2).toString();
        r.customer = CustomerId(q.value(3).toLongLong());
        r.customerName = q.value(4).toString();
        r.customerLocale = q.value(5).isNull() ? u"en"_s : q.value(5).toString();
        r.tier = customerTierNames.parse(q.value(6).toString()).value_or(CustomerTier::Standard);
        r.contract = q.value(7).toString() == u"contract";
        r.quote = q.value(8).toString();
        r.source = requestSourceNames.parse(q.value(9).toString()).value_or(RequestSource::Message);
        r.link = q.value(10).toString();
        r.createdAt = q.value(11).toLongLong();
        r.answeredAt = q.value(12).toLongLong();
        rows.append(r);
    }
    return rows;
}

Result<QList<ProposalEvent>> ProposalStore::events(ProposalId id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.kind, a.display_name, e.old_value, e.new_value, e.note, e.created_at FROM proposal_events e "
              "LEFT JOIN agents a ON a.id = e.agent_id WHERE e.proposal_id = ? ORDER BY e.created_at, e.id"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<ProposalEvent> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong()});
    }
    return rows;
}

Result<QList<ProposalId>> ProposalStore::proposalsOf(TicketId ticket) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT proposal_id FROM proposal_requests WHERE ticket_id = ? ORDER BY proposal_id"_s);
    q.addBindValue(ticket.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<ProposalId> ids;
    while (q.next())
        ids.append(ProposalId(q.value(0).toLongLong()));
    return ids;
}

Result<QList<ProposalMatch>> ProposalStore::search(const QString &text, int limit) const
{
    // Letters and digits only: what the index holds, and nothing an engine reads as syntax.
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    if (words.size() > 12)
        words.resize(12);
    if (words.isEmpty() || limit <= 0)
        return QList<ProposalMatch>();
    const Dialect dialect = m_database.dialect();
    QStringList terms;
    // The word being typed is a prefix; the ones before it are whole.
    const bool typing = !text.isEmpty() && text.back().isLetterOrNumber();
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(dialect.textTerm({words.at(i)}, typing && i == words.size() - 1));
    const QString query = dialect.textAll(terms);
    const Dialect::TextIndex index = dialect.textIndex(u"proposals"_s, u"p"_s);
    QVariantList binds;
    const QString score = index.score(query, binds, {2.0, 1.0});
    const QString match = index.match(query, binds);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.title, p.status, p.request_count, "_s + score + u" AS score FROM "_s + index.withRows()
              + u" WHERE "_s + match
              + u" AND p.status <> 'merged' ORDER BY score DESC, p.request_count DESC, p.id LIMIT ?"_s);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<ProposalMatch> hits;
    while (q.next()) {
        hits.append({ProposalId(q.value(0).toLongLong()), q.value(1).toString(),
                     proposalStatusNames.parse(q.value(2).toString()).value_or(ProposalStatus::New),
                     q.value(3).toInt()});
    }
    return hits;
}

Result<ProposalId> ProposalStore::create(const QString &title, const QString &description, AgentId by)
{
    const QString name = title.simplified();
    if (name.isEmpty())
        return Error{Error::Kind::Invalid, tr("A proposal needs a title."), {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO proposals (title, description, status, created_by, created_at, updated_at) "
                        "VALUES (?, ?, 'new', ?, ?, ?)"_s,
                        {name, notNull(description), Sql::id(by), now, now});
    if (!id)
        return id.error();
    // Two proposals of the same title keep their requests apart: the second tag names its id.
    QString tag = proposalTag(name);
    auto taken = tx.exec(u"SELECT 1 FROM proposals p JOIN tags t ON t.id = p.tag_id WHERE lower(t.name) = ?"_s, {tag});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        tag += u'-' + QString::number(*id);
    taken.value().finish();
    auto tagId = findOrCreateTag(tx, tag, now);
    if (!tagId)
        return tagId.error();
    if (auto set = tx.exec(u"UPDATE proposals SET tag_id = ? WHERE id = ?"_s, {*tagId, *id}); !set)
        return set.error();
    if (auto logged = event(tx, ProposalId(*id), by, u"created"_s, {}, {}, {}, now); !logged)
        return logged.error();
    if (auto recorded = tx.record(changeEntity(), *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ProposalId(*id);
}

Result<bool> ProposalStore::addRequest(ProposalId id, const NewProposalRequest &request)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto tag = tx.exec(u"SELECT t.name, p.title FROM proposals p LEFT JOIN tags t ON t.id = p.tag_id WHERE p.id = ?"_s,
                       {id.value()});
    if (!tag)
        return tag.error();
    if (!tag.value().next())
        return Error{Error::Kind::NotFound, tr("Proposal %1 does not exist.").arg(id.value()), {}};
    const QString tagName = tag.value().value(0).toString();
    const QString title = tag.value().value(1).toString();
    tag.value().finish();
    auto added = insertRequest(tx, id, request, {}, now);
    if (!added)
        return added.error();
    if (!added.value())
        return false; // R13: the ticket counts once
    if (auto counted = recount(tx, id); !counted)
        return counted.error();
    if (request.ticket.isValid() && !tagName.isEmpty()) {
        if (auto tagged = tagTicket(tx, request.ticket, tagName, request.by, now); !tagged)
            return tagged.error();
    }
    // The ticket's thread tells that this request counts for the proposal, with a link to it.
    if (request.ticket.isValid()) {
        if (auto told = TicketWrite::event(tx, request.ticket, request.by, u"proposal"_s, Sql::null<QString>(),
                                           QString::number(id.value()), title, now);
            !told)
            return told.error();
    }
    if (auto recorded = tx.record(changeEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return true;
}

Result<bool> ProposalStore::insertRequest(WriteTransaction &tx, ProposalId id, const NewProposalRequest &request,
                                          const QString &link, qint64 at) const
{
    QVariant customer = Sql::null<qint64>();
    QString weightClass = u"standard"_s;
    const qint64 now = at > 0 ? at : m_clock.nowMs();
    if (request.ticket.isValid()) {
        auto seen = tx.exec(u"SELECT 1 FROM proposal_requests WHERE proposal_id = ? AND ticket_id = ?"_s,
                            {id.value(), request.ticket.value()});
        if (!seen)
            return seen.error();
        if (seen.value().next())
            return false;
        seen.value().finish();
        auto owner = tx.exec(u"SELECT c.id, c.tier, c.licence_plan, c.licence_expires_at FROM tickets k "
                             "JOIN customers c ON c.id = k.customer_id WHERE k.id = ?"_s,
                             {request.ticket.value()});
        if (!owner)
            return owner.error();
        if (owner.value().next()) {
            const QSqlQuery &q = owner.value();
            customer = q.value(0);
            // A request is weighed by who the customer was when they asked.
            if (q.value(1).toString() == u"premium")
                weightClass = u"premium"_s;
            else if (!q.value(2).isNull() && !q.value(3).isNull() && q.value(3).toLongLong() > now)
                weightClass = u"contract"_s;
        }
        owner.value().finish();
    }
    const RequestSource source = !request.ticket.isValid() ? RequestSource::Import
        : request.fromNote                                 ? RequestSource::Note
                                                           : RequestSource::Message;
    auto inserted =
        tx.exec(u"INSERT INTO proposal_requests (proposal_id, ticket_id, customer_id, agent_id, note, "
                "message_id, source, link, weight_class, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {id.value(), Sql::id(request.ticket), customer, Sql::id(request.by), Sql::text(request.quote),
                 Sql::id(request.message), requestSourceNames.name(source), Sql::text(link), weightClass, now});
    if (!inserted)
        return inserted.error();
    return true;
}

QString ProposalStore::recountStatement()
{
    return u"UPDATE proposals SET "
           "request_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id), "
           "customer_count = (SELECT count(DISTINCT r.customer_id) FROM proposal_requests r WHERE r.proposal_id = "
           "proposals.id), "
           "premium_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id AND "
           "r.weight_class = 'premium'), "
           "contract_count = (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = proposals.id AND "
           "r.weight_class = 'contract'), "
           "last_requested_at = (SELECT max(r.created_at) FROM proposal_requests r WHERE r.proposal_id = proposals.id)"_s;
}

Status ProposalStore::recount(WriteTransaction &tx, ProposalId id)
{
    auto counted = tx.exec(recountStatement() + u" WHERE id = ?"_s, {id.value()});
    if (!counted)
        return counted.error();
    return Done{};
}

Status ProposalStore::event(WriteTransaction &tx, ProposalId id, AgentId by, const QString &kind,
                            const QVariant &oldValue, const QVariant &newValue, const QVariant &note, qint64 now,
                            qint64 review)
{
    auto inserted = tx.exec(u"INSERT INTO proposal_events (proposal_id, agent_id, kind, old_value, new_value, note, "
                            "review_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {id.value(), Sql::id(by), kind, Sql::text(oldValue.toString()),
                             Sql::text(newValue.toString()), Sql::text(note.toString()), Sql::id(review), now});
    if (!inserted)
        return inserted.error();
    return Done{};
}

Status ProposalStore::tagTicket(WriteTransaction &tx, TicketId ticket, const QString &tag, AgentId by, qint64 now) const
{
    auto linked = linkTag(tx, u"ticket_tags"_s, u"ticket_id"_s, ticket.value(), tag, now);
    if (!linked)
        return linked.error();
    if (!linked.value())
        return Done{};
    return TicketWrite::event(tx, ticket, by, u"tag_added"_s, Sql::null<QString>(), tag, Sql::null<QString>(), now);
}

Error ProposalStore::conflict(ProposalId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT a.display_name FROM proposal_events e LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.proposal_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(id.value());
    QString who = tr("someone else");
    if (q.exec() && q.next() && !q.value(0).isNull())
        who = q.value(0).toString();
    return {Error::Kind::Conflict,
            tr("%1 changed proposal %2 first. Your change was not applied; the board shows theirs.")
                .arg(who)
                .arg(id.value()),
            {}};
}

} // namespace Casebook
