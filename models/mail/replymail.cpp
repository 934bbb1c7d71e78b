// SPDX-License-Identifier: GPL-3.0-or-later
#include "replymail.h"

#include "mailparser.h"
#include "models/storage/writetransaction.h"

#include <KMime/Message>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// The customer's mails in the ticket, oldest first; the newest is the one answered.
Result<QList<QByteArray>> threadIds(WriteTransaction &tx, TicketId ticket)
{
    auto rows = tx.exec(u"SELECT rfc_message_id FROM mail_messages WHERE ticket_id = ? AND rfc_message_id IS NOT NULL "
                        "AND state = 'stored' ORDER BY id"_s,
                        {ticket.value()});
    if (!rows)
        return rows.error();
    QList<QByteArray> ids;
    while (rows.value().next())
        ids.append(rows.value().value(0).toString().toUtf8());
    return ids;
}

QByteArray domainOf(const QString &address)
{
    const QString domain = address.section(u'@', 1).trimmed();
    return domain.isEmpty() ? QByteArrayLiteral("casebook.invalid") : domain.toUtf8();
}

QByteArray bracketed(const QList<QByteArray> &ids)
{
    QByteArrayList out;
    for (const QByteArray &id : ids)
        out.append('<' + id + '>');
    return out.join(' ');
}

} // namespace

Result<std::optional<ReplyMail>> ReplyMail::compose(WriteTransaction &tx, TicketId ticket, MessageId message, const QDateTime &now)
{
    auto found = tx.exec(u"SELECT t.subject, t.channel, m.kind, m.body, c.display_name, "
                         "coalesce(c.primary_email, (SELECT min(e.email) FROM customer_emails e WHERE e.customer_id = c.id)) "
                         "FROM messages m JOIN tickets t ON t.id = m.ticket_id LEFT JOIN customers c ON c.id = t.customer_id "
                         "WHERE m.id = ? AND t.id = ?"_s,
                         {message.value(), ticket.value()});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<ReplyMail>();
    const QString subject = found.value().value(0).toString();
    const QString channel = found.value().value(1).toString();
    const QString kind = found.value().value(2).toString();
    const QString body = found.value().value(3).toString();
    const QString customerName = found.value().value(4).toString();
    const QString customerAddress = found.value().value(5).toString();
    found.value().finish();
    // R38: only an agent's reply is for the customer.
    if (channel != u"email"_s || kind != u"agent"_s || customerAddress.isEmpty())
        return std::optional<ReplyMail>();

    auto account = tx.exec(u"SELECT id, name, address FROM mail_accounts WHERE enabled = ? ORDER BY id"_s, {true});
    if (!account)
        return account.error();
    if (!account.value().next())
        return std::optional<ReplyMail>();
    ReplyMail reply;
    reply.account = MailAccountId(account.value().value(0).toLongLong());
    const QString teamName = account.value().value(1).toString();
    const QString teamAddress = account.value().value(2).toString();
    account.value().finish();

    const auto ids = threadIds(tx, ticket);
    if (!ids)
        return ids.error();

    reply.messageId = "casebook." + QByteArray::number(ticket.value()) + '.' + QByteArray::number(message.value()) + '.'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '@' + domainOf(teamAddress);
    const QString tag = u"[#%1]"_s.arg(ticket.value());
    QString mailSubject = subject;
    if (MailParser::ticketTag(subject) != ticket.value())
        mailSubject = tag + u' ' + mailSubject;
    if (!mailSubject.startsWith(u"Re:"_s, Qt::CaseInsensitive))
        mailSubject = u"Re: "_s + mailSubject;

    KMime::Message mail;
    mail.from()->fromUnicodeString(teamName.isEmpty() || teamName == teamAddress ? teamAddress
                                                                                 : teamName + u" <"_s + teamAddress + u'>');
    mail.to()->fromUnicodeString(customerName.isEmpty() ? customerAddress : customerName + u" <"_s + customerAddress + u'>');
    mail.subject()->fromUnicodeString(mailSubject);
    mail.date()->setDateTime(now);
    mail.messageID()->setIdentifier(reply.messageId);
    if (!ids->isEmpty()) {
        mail.inReplyTo()->from7BitString(QByteArray('<' + ids->constLast() + '>'));
        // RFC 5322 keeps the first and the latest; a long thread needs no more.
        QList<QByteArray> references = *ids;
        if (references.size() > 10)
            references = references.mid(0, 1) + references.mid(references.size() - 9);
        mail.references()->from7BitString(bracketed(references));
    }
    mail.contentType()->setMimeType("text/plain");
    mail.contentType()->setCharset("utf-8");
    mail.contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    mail.fromUnicodeString(body);
    mail.assemble();
    reply.mime = mail.encodedContent(true);
    return std::optional<ReplyMail>(reply);
}

QList<QByteArray> ReplyMail::recipientsOf(const QByteArray &mime)
{
    const ParsedMail mail = MailParser::parse(mime);
    QList<QByteArray> recipients;
    for (const QString &address : mail.to + mail.cc)
        recipients.append(address.toUtf8());
    return recipients;
}

} // namespace Casebook
