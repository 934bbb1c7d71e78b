// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailintake.h"

#include "hiddenticketintake.h"
#include "mailparser.h"
#include "models/analytics/responsewaits.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// The readable part of bytes that are not a mail, for the agent who has to look at them.
QString lossyText(const QByteArray &raw)
{
    constexpr qsizetype shown = qsizetype(64) * 1024;
    QString text = QString::fromUtf8(raw.left(shown));
    text.replace(QChar(0), QChar(0xFFFD));
    return text;
}

} // namespace

MailIntake::Summary &MailIntake::Summary::operator+=(const Summary &other)
{
    newTickets += other.newTickets;
    joined += other.joined;
    bounces += other.bounces;
    unreadable += other.unreadable;
    duplicates += other.duplicates;
    return *this;
}

MailIntake::MailIntake(Database &database)
    : MailIntake(database, Clock::system())
{
}

MailIntake::MailIntake(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<MailIntake::Summary> MailIntake::store(const QList<QByteArray> &mails)
{
    Summary summary;
    if (mails.isEmpty())
        return summary;
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = store(tx, mails);
    if (!stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<MailIntake::Summary> MailIntake::store(WriteTransaction &tx, const QList<QByteArray> &mails)
{
    Summary summary;
    // Each message would work its ticket's response waits out anew; the batch does it once a
    // ticket at the end (issue 15's import speed).
    if (auto deferred = ResponseWaits::deferRefresh(tx); !deferred)
        return deferred.error();
    for (const QByteArray &raw : mails) {
        if (auto stored = storeOne(tx, raw, summary); !stored)
            return stored.error();
    }
    if (auto refreshed = ResponseWaits::refreshDeferred(tx); !refreshed)
        return refreshed.error();
    return summary;
}

Result<TicketId> MailIntake::ticketOf(const QByteArray &messageId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT ticket_id FROM mail_messages WHERE rfc_message_id = ?"_s);
    q.addBindValue(QString::fromUtf8(messageId));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next() || q.value(0).isNull())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::MailIntake", "No ticket holds this mail."),
                     {}};
    return TicketId(q.value(0).toLongLong());
}

Status MailIntake::storeOne(WriteTransaction &tx, const QByteArray &raw, Summary &summary)
{
    const ParsedMail mail = MailParser::parse(raw);
    if (!mail.readable)
        return storeUnreadable(tx, raw, summary);
    if (!mail.messageId.isEmpty()) {
        auto known =
            tx.exec(u"SELECT 1 FROM mail_messages WHERE rfc_message_id = ?"_s, {QString::fromUtf8(mail.messageId)});
        if (!known)
            return known.error();
        if (known.value().next()) {
            ++summary.duplicates;
            return Done{};
        }
    }
    if (mail.isBounce)
        return storeBounce(tx, mail, raw, summary);

    const auto customer = customerFor(tx, mail);
    if (!customer)
        return customer.error();
    const auto thread = threadOf(tx, mail);
    if (!thread)
        return thread.error();
    TicketStore tickets(m_database, m_clock);
    QString body = mail.body.trimmed().isEmpty()
        ? QCoreApplication::translate("Casebook::MailIntake", "(This mail has no text.)")
        : mail.body;
    MessageId message;
    TicketId ticket = *thread;
    bool hidden = false;
    if (ticket.isValid()) {
        const auto added = addMessage(tx, ticket, MessageKind::Customer, body, hidden, *customer);
        if (!added)
            return added.error();
        message = *added;
        ++summary.joined;
    } else {
        TicketStore::NewTicket opened;
        opened.subject =
            mail.subject.isEmpty() ? QCoreApplication::translate("Casebook::MailIntake", "(no subject)") : mail.subject;
        opened.customer = *customer;
        opened.channel = Channel::Email;
        opened.body = body;
        const auto created = tickets.create(tx, opened);
        if (!created)
            return created.error();
        ticket = *created;
        auto first = tx.exec(u"SELECT min(id) FROM messages WHERE ticket_id = ?"_s, {ticket.value()});
        if (!first)
            return first.error();
        if (first.value().next())
            message = MessageId(first.value().value(0).toLongLong());
        ++summary.newTickets;
    }
    // Recorded first: a hidden ticket's Cc and files are taken only for a message that came by mail.
    if (auto recorded = record(tx, mail.messageId, ticket, message, u"stored"_s, {}); !recorded)
        return recorded;
    for (const MailAttachment &attachment : mail.attachments) {
        if (hidden) {
            if (auto saved = HiddenTicketIntake::addFile(tx, message, attachment); !saved)
                return saved;
            continue;
        }
        auto saved = tx.write(
            u"INSERT INTO mail_attachments (message_id, file_name, mime_type, size, data) VALUES (?, ?, ?, ?, ?)"_s,
            {message.value(), attachment.fileName, attachment.mimeType, qint64(attachment.data.size()),
             attachment.data});
        if (!saved)
            return saved.error();
    }
    if (!mail.cc.isEmpty()) {
        // Kept so the reply can copy the same people (less the team and the customer).
        const QString addresses = mail.cc.join(u'\n');
        if (hidden)
            return HiddenTicketIntake::addCc(tx, message, addresses);
        auto copied =
            tx.write(u"INSERT INTO message_cc (message_id, addresses) VALUES (?, ?)"_s, {message.value(), addresses});
        if (!copied)
            return copied.error();
    }
    return Done{};
}

Result<MessageId> MailIntake::addMessage(WriteTransaction &tx, TicketId ticket, MessageKind kind, const QString &body,
                                         bool &hidden, CustomerId sender) const
{
    TicketStore tickets(m_database, m_clock);
    const auto current = tickets.ticket(ticket);
    if (current) {
        hidden = false;
        // The mail is its sender's, who may be someone the customer copied or another
        // person of their company, not always the one who opened the ticket.
        Ticket writtenTo = *current;
        if (sender.isValid())
            writtenTo.customer = sender;
        return tickets.addMessage(tx, writtenTo, kind, {}, body, Channel::Email);
    }
    // R40: the row rules hide a private ticket from this desktop's person, yet the mail
    // threads to it and must be stored here, or this desktop's fetch stops on it.
    if (current.error().kind != Error::Kind::NotFound || !m_database.isPostgres())
        return current.error();
    hidden = true;
    return HiddenTicketIntake::addMessage(tx, m_clock, ticket, kind, body, sender);
}

Status MailIntake::storeUnreadable(WriteTransaction &tx, const QByteArray &raw, Summary &summary)
{
    TicketStore::NewTicket opened;
    opened.subject = QCoreApplication::translate("Casebook::MailIntake", "Unreadable mail");
    opened.channel = Channel::Email;
    opened.body = QCoreApplication::translate("Casebook::MailIntake",
                                              "Casebook could not read this mail; it is kept as it arrived.")
        + u"\n\n"_s + lossyText(raw);
    TicketStore tickets(m_database, m_clock);
    const auto created = tickets.create(tx, opened);
    if (!created)
        return created.error();
    ++summary.unreadable;
    return record(tx, {}, *created, {}, u"unreadable"_s, raw);
}

Status MailIntake::storeBounce(WriteTransaction &tx, const ParsedMail &mail, const QByteArray &raw, Summary &summary)
{
    ++summary.bounces;
    const auto ticket = knownTicket(tx, mail.bouncedIds, mail.bouncedSubject);
    if (!ticket)
        return ticket.error();
    if (!ticket->isValid()) {
        // Nobody to attach it to: kept, never a ticket of its own.
        return record(tx, mail.messageId, {}, {}, u"bounce"_s, raw);
    }
    const QString text =
        QCoreApplication::translate("Casebook::MailIntake", "A mail to the customer could not be delivered.")
        + u"\n\n"_s + mail.body;
    bool hidden = false;
    const auto added = addMessage(tx, *ticket, MessageKind::System, text, hidden);
    if (!added)
        return added.error();
    return record(tx, mail.messageId, *ticket, *added, u"bounce"_s, {});
}

Result<TicketId> MailIntake::threadOf(WriteTransaction &tx, const ParsedMail &mail) const
{
    return knownTicket(tx, mail.answers, mail.subject);
}

Result<TicketId> MailIntake::knownTicket(WriteTransaction &tx, const QList<QByteArray> &messageIds,
                                         const QString &subject) const
{
    // On a team server the row rules may hide the ticket (R40): the server function answers
    // for every ticket, so an answer to a private ticket never opens a new one.
    const bool server = m_database.isPostgres();
    for (const QByteArray &id : messageIds) {
        auto found = tx.exec(server ? u"SELECT ticket_id FROM mail_messages WHERE rfc_message_id = ? "
                                      "AND casebook_mail_open_ticket(ticket_id)"_s
                                    : u"SELECT m.ticket_id FROM mail_messages m JOIN tickets t ON t.id = m.ticket_id "
                                      "WHERE m.rfc_message_id = ? AND t.status <> 'closed'"_s,
                             {QString::fromUtf8(id)});
        if (!found)
            return found.error();
        if (found.value().next())
            return TicketId(found.value().value(0).toLongLong());
    }
    if (const qint64 tagged = MailParser::ticketTag(subject); tagged > 0) {
        // R32: a closed ticket takes no more messages; the answer opens a new one.
        if (server) {
            const auto open = HiddenTicketIntake::isOpen(tx, TicketId(tagged));
            if (!open)
                return open.error();
            return *open ? TicketId(tagged) : TicketId();
        }
        auto found = tx.exec(u"SELECT id FROM tickets WHERE id = ? AND status <> 'closed'"_s, {tagged});
        if (!found)
            return found.error();
        if (found.value().next())
            return TicketId(tagged);
    }
    return TicketId();
}

Result<CustomerId> MailIntake::customerFor(WriteTransaction &tx, const ParsedMail &mail) const
{
    if (mail.fromAddress.isEmpty())
        return CustomerId();
    // Through the address's index: lower(email) read every address on SQLite, once a mail.
    auto found = tx.exec(u"SELECT customer_id FROM customer_emails WHERE "_s
                             + m_database.dialect().caselessColumn(u"email"_s) + u" = ?"_s,
                         {mail.fromAddress});
    if (!found)
        return found.error();
    if (found.value().next())
        return CustomerId(found.value().value(0).toLongLong());
    const qint64 now = m_clock.nowMs();
    const QString name = mail.fromName.isEmpty() ? mail.fromAddress : mail.fromName;
    auto id =
        tx.insert(u"INSERT INTO customers (display_name, primary_email, first_contact_at, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  {name, mail.fromAddress, now, now, now});
    if (!id)
        return id.error();
    if (auto email =
            tx.write(u"INSERT INTO customer_emails (email, customer_id) VALUES (?, ?)"_s, {mail.fromAddress, *id});
        !email)
        return email.error();
    if (auto recorded = tx.record(u"customer"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    return CustomerId(*id);
}

Status MailIntake::record(WriteTransaction &tx, const QByteArray &messageId, TicketId ticket, MessageId message,
                          const QString &state, const QByteArray &raw) const
{
    auto recorded = tx.write(
        u"INSERT INTO mail_messages (rfc_message_id, ticket_id, message_id, direction, state, raw, created_at, "
        "account_id) VALUES (?, ?, ?, 'in', ?, ?, ?, ?)"_s,
        {messageId.isEmpty() ? Sql::null<QString>() : QVariant(QString::fromUtf8(messageId)), Sql::id(ticket),
         Sql::id(message), state, raw.isNull() ? Sql::null<QByteArray>() : QVariant(raw), m_clock.nowMs(),
         Sql::id(m_account)});
    if (!recorded)
        return recorded.error();
    return Done{};
}

} // namespace Casebook
