// SPDX-License-Identifier: GPL-3.0-or-later
#include "replymail.h"

#include "htmltext.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <KMime/Message>

#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

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

QString mailbox(const QString &name, const QString &address)
{
    return name.isEmpty() || name == address ? address : name + u" <"_s + address + u'>';
}

/// The address of a mailbox as typed: "Name <a@b>" gives a@b.
QString addressOf(const QString &mailbox)
{
    static const QRegularExpression angled(u"<([^<>]*)>\\s*$"_s);
    const QRegularExpressionMatch match = angled.match(mailbox);
    return (match.hasMatch() ? match.captured(1) : mailbox).trimmed();
}

/// The account a reply leaves from: the one the ticket's newest mail came in on, while it
/// is enabled; else the first enabled one.
Result<QSqlQuery> sendingAccount(WriteTransaction &tx, TicketId ticket)
{
    auto own =
        tx.exec(u"SELECT a.id, a.name, a.address FROM mail_messages mm JOIN mail_accounts a ON a.id = mm.account_id "
                "WHERE mm.ticket_id = ? AND mm.direction = 'in' AND a.enabled = ? ORDER BY mm.id DESC LIMIT 1"_s,
                {ticket.value(), true});
    if (!own || own.value().next())
        return own;
    return tx.exec(u"SELECT id, name, address FROM mail_accounts WHERE enabled = ? ORDER BY id"_s, {true});
}

void fillText(KMime::Content &part, const QString &text, const QByteArray &type)
{
    part.contentType()->setMimeType(type);
    part.contentType()->setCharset("utf-8");
    part.contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    part.setBody(text.toUtf8());
}

/// The reply's words: plain text, or plain text and its HTML as alternatives.
void fillWords(KMime::Content &part, const QString &body, bool html)
{
    if (!html) {
        fillText(part, body, "text/plain");
        return;
    }
    part.contentType()->setMimeType("multipart/alternative");
    part.contentType()->setBoundary(KMime::multiPartBoundary());
    // Plain text first: RFC 2046 puts the preferred (richest) alternative last.
    for (const auto &[text, type] : {std::pair{body, QByteArrayLiteral("text/plain")},
                                     std::pair{textToHtml(body), QByteArrayLiteral("text/html")}}) {
        auto *alternative = new KMime::Content;
        fillText(*alternative, text, type);
        part.appendContent(alternative);
    }
}

std::unique_ptr<KMime::Content> filePart(const MailAttachment &file)
{
    auto part = std::make_unique<KMime::Content>();
    // The stored type when there is one, else what the name and the bytes say.
    const QMimeDatabase types;
    QMimeType type = types.mimeTypeForName(file.mimeType);
    if (!type.isValid())
        type = types.mimeTypeForFileNameAndData(file.fileName, file.data);
    part->contentType()->setMimeType(type.name().toLatin1());
    part->contentType()->setName(file.fileName);
    part->contentDisposition()->setDisposition(KMime::Headers::CDattachment);
    // KMime writes a name that is not plain ASCII as RFC 2231 (filename*=utf-8''...).
    part->contentDisposition()->setFilename(file.fileName);
    part->contentTransferEncoding()->setEncoding(KMime::Headers::CEbase64);
    part->setBody(file.data);
    return part;
}

/// The body of the mail into `mail`: the words, then the files.
void fillBody(KMime::Message &mail, const QString &body, bool html, const QList<MailAttachment> &files)
{
    if (files.isEmpty()) {
        fillWords(mail, body, html);
        return;
    }
    mail.contentType()->setMimeType("multipart/mixed");
    mail.contentType()->setBoundary(KMime::multiPartBoundary());
    auto *words = new KMime::Content;
    fillWords(*words, body, html);
    mail.appendContent(words);
    for (const MailAttachment &file : files)
        mail.appendContent(filePart(file).release());
}

} // namespace

Result<std::optional<ReplyMail>> ReplyMail::compose(WriteTransaction &tx, TicketId ticket, MessageId message,
                                                    const QDateTime &now)
{
    auto found =
        tx.exec(u"SELECT t.subject, t.channel, m.kind, m.body, c.display_name, "
                "coalesce(c.primary_email, (SELECT min(e.email) FROM customer_emails e WHERE e.customer_id = c.id)), "
                "(SELECT cc.addresses FROM message_cc cc WHERE cc.message_id = m.id) "
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
    const QString ccLine = found.value().value(6).toString();
    found.value().finish();
    // R38: only an agent's reply is for the customer.
    if (channel != u"email"_s || kind != u"agent"_s || customerAddress.isEmpty())
        return std::optional<ReplyMail>();

    auto account = sendingAccount(tx, ticket);
    if (!account)
        return account.error();
    if (!account.value().isValid() && !account.value().next())
        return std::optional<ReplyMail>();
    ReplyMail reply;
    reply.account = MailAccountId(account.value().value(0).toLongLong());
    const QString teamName = account.value().value(1).toString();
    const QString teamAddress = account.value().value(2).toString();
    account.value().finish();

    const auto ids = threadIds(tx, ticket);
    if (!ids)
        return ids.error();
    QList<MailAttachment> files;
    {
        auto stored =
            tx.exec(u"SELECT file_name, mime_type, data FROM mail_attachments WHERE message_id = ? ORDER BY id"_s,
                    {message.value()});
        if (!stored)
            return stored.error();
        while (stored.value().next())
            files.append({stored.value().value(0).toString(), stored.value().value(1).toString(),
                          stored.value().value(2).toByteArray()});
    }
    const auto html = TeamSettingsStore(tx.database()).repliesAsHtml();
    if (!html)
        return html.error();

    reply.messageId = "casebook." + QByteArray::number(ticket.value()) + '.' + QByteArray::number(message.value()) + '.'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '@' + domainOf(teamAddress);
    const QString tag = u"[#%1]"_s.arg(ticket.value());
    QString mailSubject = subject;
    if (MailParser::ticketTag(subject) != ticket.value())
        mailSubject = tag + u' ' + mailSubject;
    if (!mailSubject.startsWith(u"Re:"_s, Qt::CaseInsensitive))
        mailSubject = u"Re: "_s + mailSubject;

    KMime::Message mail;
    mail.from()->fromUnicodeString(mailbox(teamName, teamAddress));
    mail.to()->fromUnicodeString(mailbox(customerName, customerAddress));
    if (const QStringList cc = ccLine.split(u'\n', Qt::SkipEmptyParts); !cc.isEmpty())
        mail.cc()->fromUnicodeString(cc.join(u", "_s));
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
    fillBody(mail, body, *html, files);
    mail.assemble();
    reply.mime = mail.encodedContent(true);
    return std::optional<ReplyMail>(reply);
}

Result<std::optional<ReplyRecipients>> ReplyMail::recipientsFor(Database &database, TicketId ticket)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.channel, t.customer_id, c.display_name, "
              "coalesce(c.primary_email, (SELECT min(e.email) FROM customer_emails e WHERE e.customer_id = c.id)), "
              "(SELECT cc.addresses FROM messages m LEFT JOIN message_cc cc ON cc.message_id = m.id "
              " WHERE m.ticket_id = t.id AND m.kind = 'customer' ORDER BY m.created_at DESC, m.id DESC LIMIT 1) "
              "FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id = ?"_s);
    q.addBindValue(ticket.value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    if (!q.next() || q.value(0).toString() != u"email"_s || q.value(3).toString().isEmpty())
        return std::optional<ReplyRecipients>();
    const CustomerId customer(q.value(1).toLongLong());
    const QString name = q.value(2).toString();
    const QString address = q.value(3).toString();
    const QStringList copied = q.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
    q.finish();
    auto read = recipients(database, customer, name, address, copied);
    if (!read)
        return read.error();
    return std::optional<ReplyRecipients>(*read);
}

Result<ReplyRecipients> ReplyMail::recipients(Database &database, CustomerId customer, const QString &name,
                                              const QString &address, const QStringList &copied)
{
    ReplyRecipients recipients;
    recipients.toAddress = address;
    recipients.to = mailbox(name, address);
    if (copied.isEmpty())
        return recipients;

    // Never the team itself (its mail would come back as a new ticket) nor the customer twice.
    QSet<QString> skip{address.toLower()};
    QSqlQuery own(database.connection());
    own.setForwardOnly(true);
    own.prepare(
        u"SELECT address FROM mail_accounts UNION ALL SELECT email FROM customer_emails WHERE customer_id = ?"_s);
    own.addBindValue(customer.value());
    if (!own.exec())
        return database.errorFrom(own.lastError());
    while (own.next())
        skip.insert(own.value(0).toString().trimmed().toLower());
    for (const QString &copy : copied) {
        if (!skip.contains(addressOf(copy).toLower()) && !recipients.cc.contains(copy, Qt::CaseInsensitive))
            recipients.cc.append(copy);
    }
    return recipients;
}

AddressLine ReplyMail::readAddresses(const QString &line)
{
    // Deliberately plain: a local part, an @ and a domain with a dot; what a person types.
    static const QRegularExpression address(u"^[^\\s@<>(),;:\"\\[\\]\\\\]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$"_s);
    static const QRegularExpression separators(u"[,;]"_s);
    AddressLine read;
    for (const QString &part : line.split(separators, Qt::SkipEmptyParts)) {
        const QString typed = part.trimmed();
        if (typed.isEmpty())
            continue;
        const bool angled = typed.contains(u'<') || typed.contains(u'>');
        const bool wellFormed = !angled || (typed.count(u'<') == 1 && typed.endsWith(u'>'));
        if (wellFormed && address.match(addressOf(typed)).hasMatch())
            read.addresses.append(typed);
        else
            read.invalid.append(typed);
    }
    return read;
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
