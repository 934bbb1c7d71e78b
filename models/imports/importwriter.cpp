// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "models/analytics/responsewaits.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString customerKind = u"customer"_s;
const QString ticketKind = u"ticket"_s;
const QString messageKind = u"message"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebook::ImportWriter", text);
}

} // namespace

/// What one record added: undone from the caches when its savepoint (or its batch) rolls back.
struct ImportWriter::Pending
{
    QStringList customers;
    QStringList tickets;
    QStringList messages;
    QStringList tags;
    QList<std::pair<QString, qint64>> inserted; ///< change_log entries: entity, id
    QList<qint64> updatedTickets;

    void append(const Pending &other)
    {
        customers += other.customers;
        tickets += other.tickets;
        messages += other.messages;
        tags += other.tags;
    }
};

ImportWriter::ImportWriter(Database &database, const QString &source, qint64 nowMs)
    : m_database(database)
    , m_source(source)
    , m_now(nowMs)
{
}

ImportWriter::~ImportWriter() = default;

Status ImportWriter::loadKeys()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT kind, external_id, local_id FROM import_keys WHERE source = ?"_s);
    q.addBindValue(m_source);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString external = q.value(1).toString();
        if (kind == customerKind)
            m_customers.insert(external, q.value(2).toLongLong());
        else if (kind == ticketKind)
            m_tickets.insert(external, q.value(2).toLongLong());
        else if (kind == messageKind)
            m_messages.insert(external);
    }
    return Done{};
}

Status ImportWriter::prepare(WriteTransaction &tx)
{
    if (m_prepared)
        return Done{};
    const auto prepareOne = [&](QSqlQuery &query, const QString &sql) -> Status {
        query = tx.query();
        if (!query.prepare(sql))
            return m_database.errorFrom(query.lastError());
        return Done{};
    };
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insertTicket,
         u"INSERT INTO tickets (subject, customer_id, status, channel, severity, first_responded_at, solved_at, "
         "closed_at, last_customer_message_at, last_agent_message_at, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s},
        {&m_insertMessage,
         u"INSERT INTO messages (ticket_id, kind, author_customer_id, author_agent_id, body, created_at) "
         "VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&m_insertCustomer,
         u"INSERT INTO customers (display_name, company, primary_email, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?) RETURNING id"_s},
        {&m_insertEmail, u"INSERT INTO customer_emails (email, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s},
        {&m_findEmail,
         u"SELECT customer_id FROM customer_emails WHERE "_s + m_database.dialect().caselessColumn(u"email"_s)
             + u" = ?"_s},
        // agents.email has no NOCASE collation (and the table is small): lower() on both engines.
        {&m_findAgent, u"SELECT id FROM agents WHERE lower(email) = ?"_s},
        {&m_insertKey, u"INSERT INTO import_keys (source, kind, external_id, local_id) VALUES (?, ?, ?, ?)"_s},
        {&m_insertTicketTag, u"INSERT INTO ticket_tags (ticket_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s},
    };
    for (const auto &[query, sql] : statements) {
        if (auto prepared = prepareOne(*query, sql); !prepared)
            return prepared;
    }
    m_prepared = true;
    return Done{};
}

Status ImportWriter::run(QSqlQuery &query, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return Done{};
}

Status ImportWriter::direct(WriteTransaction &tx, const QString &sql) const
{
    // PostgreSQL cannot prepare a SAVEPOINT: it is sent as it is (a constant, never user text).
    QSqlQuery query = tx.query();
    if (!query.exec(sql))
        return m_database.errorFrom(query.lastError());
    return Done{};
}

Result<qint64> ImportWriter::insertReturningId(QSqlQuery &query, const QVariantList &values) const
{
    if (auto ran = run(query, values); !ran)
        return ran.error();
    if (!query.next())
        return m_database.errorFrom(query.lastError());
    const qint64 id = query.value(0).toLongLong();
    // SQLite refuses to COMMIT while a statement is still open.
    query.finish();
    return id;
}

Status ImportWriter::write(const QList<ImportRecord> &records, ImportSummary &summary)
{
    QElapsedTimer batchTimer;
    batchTimer.start();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto prepared = prepare(tx); !prepared)
        return prepared;
    // Each message would work its ticket's response waits out anew; the batch does it once a
    // ticket at the end (issue 15's import speed).
    if (auto deferred = ResponseWaits::deferRefresh(tx); !deferred)
        return deferred;

    Pending batch;
    ImportSummary counted;
    const auto undo = [this](const Pending &pending) {
        for (const QString &key : pending.customers)
            m_customers.remove(key);
        for (const QString &key : pending.tickets)
            m_tickets.remove(key);
        for (const QString &key : pending.messages)
            m_messages.remove(key);
        for (const QString &key : pending.tags)
            m_tags.remove(key);
    };
    for (const ImportRecord &record : records) {
        if (const auto *problem = std::get_if<ImportProblem>(&record)) {
            counted.skipped.append(*problem);
            continue;
        }
        if (auto saved = direct(tx, u"SAVEPOINT import_record"_s); !saved) {
            undo(batch);
            return saved.error();
        }
        Pending pending;
        ImportSummary one;
        Status written = std::holds_alternative<ImportPerson>(record)
            ? writePerson(std::get<ImportPerson>(record), pending, one)
            : writeTicket(tx, std::get<ImportTicket>(record), pending, one);
        if (!written) {
            undo(pending);
            if (auto back = direct(tx, u"ROLLBACK TO SAVEPOINT import_record"_s); !back) {
                undo(batch);
                return back.error();
            }
            const QString position = std::holds_alternative<ImportTicket>(record)
                ? tr("ticket %1").arg(std::get<ImportTicket>(record).externalId)
                : tr("person %1").arg(std::get<ImportPerson>(record).externalId);
            counted.skipped.append({position, written.error().message});
            continue;
        }
        if (auto released = direct(tx, u"RELEASE SAVEPOINT import_record"_s); !released) {
            undo(batch);
            undo(pending);
            return released.error();
        }
        // Recorded only now: a change rolled back with its savepoint must not be announced.
        for (const auto &[entity, id] : pending.inserted) {
            if (auto recorded = tx.record(entity, id, Change::Op::Insert); !recorded) {
                undo(batch);
                undo(pending);
                return recorded;
            }
        }
        for (qint64 id : pending.updatedTickets) {
            if (auto recorded = tx.record(ticketKind, id, Change::Op::Update); !recorded) {
                undo(batch);
                undo(pending);
                return recorded;
            }
        }
        batch.append(pending);
        counted.tickets += one.tickets;
        counted.messages += one.messages;
        counted.customers += one.customers;
        counted.alreadyThere += one.alreadyThere;
    }
    if (auto refreshed = ResponseWaits::refreshDeferred(tx); !refreshed) {
        undo(batch);
        return refreshed;
    }
    if (auto committed = tx.commit(); !committed) {
        undo(batch);
        return committed;
    }
    summary.tickets += counted.tickets;
    summary.messages += counted.messages;
    summary.customers += counted.customers;
    summary.alreadyThere += counted.alreadyThere;
    summary.skipped += counted.skipped;
    ++summary.batches;
    summary.batchCommitMs.append(double(batchTimer.nsecsElapsed()) / 1e6);
    return Done{};
}

Status ImportWriter::writePerson(const ImportPerson &person, Pending &pending, ImportSummary &summary)
{
    if (person.agent) {
        // The source's agents are the team, not customers: only their comments come along,
        // signed by the team's agent of the same address where there is one.
        m_agents.insert(person.externalId);
        for (const QString &email : person.emails) {
            if (auto found = run(m_findAgent, {email.trimmed().toLower()}); !found)
                return found;
            const bool known = m_findAgent.next();
            if (known)
                m_teamAgents.insert(person.externalId, m_findAgent.value(0).toLongLong());
            m_findAgent.finish();
            if (known)
                break;
        }
        return Done{};
    }
    if (!person.externalId.isEmpty() && m_customers.contains(person.externalId)) {
        ++summary.alreadyThere;
        return Done{};
    }
    const qint64 before = pending.inserted.size();
    if (auto customer = customerFor(person, pending); !customer)
        return customer.error();
    if (pending.inserted.size() > before)
        ++summary.customers;
    else
        ++summary.alreadyThere;
    return Done{};
}

Result<qint64> ImportWriter::customerFor(const ImportPerson &person, Pending &pending)
{
    if (!person.externalId.isEmpty()) {
        if (const auto known = m_customers.constFind(person.externalId); known != m_customers.cend())
            return *known;
    }
    QStringList emails;
    for (const QString &email : person.emails) {
        const QString address = email.trimmed().toLower();
        if (!address.isEmpty() && !emails.contains(address))
            emails.append(address);
    }
    qint64 id = 0;
    // Someone the team knows already (an earlier import, a ticket typed in) stays one customer.
    for (const QString &email : std::as_const(emails)) {
        if (auto found = run(m_findEmail, {email}); !found)
            return found.error();
        if (m_findEmail.next())
            id = m_findEmail.value(0).toLongLong();
        m_findEmail.finish();
        if (id != 0)
            break;
    }
    if (id == 0) {
        QString name = person.name.trimmed();
        if (name.isEmpty())
            name = emails.value(0);
        if (name.isEmpty())
            return Error{Error::Kind::Invalid, tr("A person with neither a name nor an address."), {}};
        auto inserted = insertReturningId(
            m_insertCustomer, {name, Sql::text(person.company.trimmed()), Sql::text(emails.value(0)), m_now, m_now});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (const QString &email : std::as_const(emails)) {
            if (auto added = run(m_insertEmail, {email, id}); !added)
                return added.error();
        }
        pending.inserted.append({customerKind, id});
    }
    if (!person.externalId.isEmpty()) {
        if (auto keyed = run(m_insertKey, {m_source, customerKind, person.externalId, id}); !keyed)
            return keyed.error();
        m_customers.insert(person.externalId, id);
        pending.customers.append(person.externalId);
    }
    return id;
}

Result<qint64> ImportWriter::tagId(WriteTransaction &tx, const QString &name)
{
    if (const auto known = m_tags.constFind(name); known != m_tags.cend())
        return *known;
    auto id = findOrCreateTag(tx, name, m_now);
    if (id)
        m_tags.insert(name, *id);
    return id;
}

Status ImportWriter::writeTicket(WriteTransaction &tx, const ImportTicket &ticket, Pending &pending,
                                 ImportSummary &summary)
{
    if (ticket.externalId.isEmpty())
        return Error{Error::Kind::Invalid, tr("The ticket has no id."), {}};
    if (const auto known = m_tickets.constFind(ticket.externalId); known != m_tickets.cend()) {
        // Seen before: only comments made since come along (the next page of an export).
        const int before = summary.messages;
        if (auto added =
                addMessages(*known, m_customers.value(ticket.requesterExternalId), false, ticket, pending, summary);
            !added)
            return added;
        if (summary.messages > before)
            pending.updatedTickets.append(*known);
        else
            ++summary.alreadyThere;
        return Done{};
    }

    qint64 customer = 0;
    if (!ticket.requesterExternalId.isEmpty())
        customer = m_customers.value(ticket.requesterExternalId);
    if (customer == 0 && ticket.requester) {
        const int before = int(pending.inserted.size());
        auto found = customerFor(*ticket.requester, pending);
        if (!found)
            return found.error();
        customer = *found;
        if (pending.inserted.size() > before)
            ++summary.customers;
    }

    std::optional<qint64> lastCustomer;
    std::optional<qint64> lastAgent;
    std::optional<qint64> firstAgent;
    qint64 updated = std::max(ticket.updatedAt, ticket.createdAt);
    for (const ImportMessage &message : ticket.messages) {
        updated = std::max(updated, message.createdAt);
        if (message.kind == MessageKind::Customer)
            lastCustomer = std::max(lastCustomer.value_or(0), message.createdAt);
        else if (message.kind == MessageKind::Agent) {
            lastAgent = std::max(lastAgent.value_or(0), message.createdAt);
            firstAgent = std::min(firstAgent.value_or(message.createdAt), message.createdAt);
        }
    }
    const qint64 created = ticket.createdAt > 0 ? ticket.createdAt : m_now;
    if (updated <= 0)
        updated = created;
    const QVariant none = Sql::null<qint64>();
    const auto when = [&](std::optional<qint64> at) { return at ? QVariant(*at) : none; };
    const bool solved = ticket.status == TicketStatus::Solved || ticket.status == TicketStatus::Closed;
    QString subject = ticket.subject.simplified();
    if (subject.isEmpty())
        subject = tr("(no subject)");
    auto id = insertReturningId(
        m_insertTicket,
        {subject, Sql::id(customer), ticketStatusNames.name(ticket.status), channelNames.name(ticket.channel),
         ticket.severity ? QVariant(severityNames.name(*ticket.severity)) : Sql::null<QString>(), when(firstAgent),
         solved ? QVariant(updated) : none, ticket.status == TicketStatus::Closed ? QVariant(updated) : none,
         when(lastCustomer), when(lastAgent), created, updated});
    if (!id)
        return id.error();
    if (auto keyed = run(m_insertKey, {m_source, ticketKind, ticket.externalId, *id}); !keyed)
        return keyed;
    m_tickets.insert(ticket.externalId, *id);
    pending.tickets.append(ticket.externalId);
    pending.inserted.append({ticketKind, *id});
    ++summary.tickets;

    for (const QString &tag : ticket.tags) {
        const QString name = tag.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const bool known = m_tags.contains(name);
        auto tagged = tagId(tx, name);
        if (!tagged)
            return tagged.error();
        if (!known)
            pending.tags.append(name);
        if (auto linked = run(m_insertTicketTag, {*id, *tagged}); !linked)
            return linked;
    }
    return addMessages(*id, customer, true, ticket, pending, summary);
}

Status ImportWriter::addMessages(qint64 ticket, qint64 customer, bool newTicket, const ImportTicket &source,
                                 Pending &pending, ImportSummary &summary)
{
    for (const ImportMessage &message : source.messages) {
        if (!message.externalId.isEmpty()) {
            if (m_messages.contains(message.externalId))
                continue;
        } else if (!newTicket) {
            // A message without an id of a ticket imported before cannot be told from one we have.
            continue;
        }
        if (message.body.trimmed().isEmpty())
            continue;
        QVariant author = Sql::null<qint64>();
        QVariant agent = Sql::null<qint64>();
        if (message.kind == MessageKind::Customer) {
            const qint64 byId = m_customers.value(message.authorExternalId);
            author = Sql::id(byId != 0 ? byId : customer);
        } else if (const qint64 teamAgent = m_teamAgents.value(message.authorExternalId); teamAgent != 0) {
            agent = Sql::id(teamAgent);
        }
        if (auto added = run(m_insertMessage,
                             {ticket, messageKindNames.name(message.kind), author, agent, message.body,
                              message.createdAt > 0 ? message.createdAt : m_now});
            !added)
            return added;
        if (!message.externalId.isEmpty()) {
            if (auto keyed = run(m_insertKey, {m_source, messageKind, message.externalId, ticket}); !keyed)
                return keyed;
            m_messages.insert(message.externalId);
            pending.messages.append(message.externalId);
        }
        ++summary.messages;
    }
    return Done{};
}

} // namespace Casebook
