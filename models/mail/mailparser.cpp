// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailparser.h"

#include "htmltext.h"

#include <KMime/Message>
#include <KMime/Util>

#include <QCoreApplication>
#include <QRegularExpression>

#include <ranges>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/**
 * The header T of `content`, or nothing. KMime's typed accessors (from(), contentType(), ...)
 * find a header by name and cast it to the type they expect, checking the type only in debug
 * builds; a header the parser stored under another type but finds by that name (as it did for a
 * name with a NUL byte, found by fuzz_mime) would be read as the wrong object.
 */
template<typename T>
const T *typed(const KMime::Content *content)
{
    return dynamic_cast<const T *>(content->headerByType(T::staticType()));
}

/**
 * RFC 5322 allows no NUL byte anywhere in a mail. KMime reads a header name with one in it as
 * another header than the one it later finds by that name, and its own code then casts the wrong
 * object (found by fuzz_mime), so they go before parsing. The intake keeps the raw mail as it came.
 */
QByteArray withoutNul(const QByteArray &raw)
{
    if (!raw.contains('\0'))
        return raw;
    QByteArray clean = raw;
    clean.removeIf([](char c) { return c == '\0'; });
    return clean;
}

QStringList addressesOf(const KMime::Headers::Generics::AddressList *header)
{
    QStringList result;
    if (!header)
        return result;
    for (const QByteArray &address : header->addresses())
        result.append(QString::fromUtf8(address).toLower());
    return result;
}

QString fileNameOf(const KMime::Content *content, int number)
{
    QString name;
    if (const auto *disposition = typed<KMime::Headers::ContentDisposition>(content))
        name = disposition->filename();
    if (name.isEmpty()) {
        if (const auto *type = typed<KMime::Headers::ContentType>(content))
            name = type->name();
    }
    // A sender's path is not ours to follow.
    name = name.section(u'/', -1).section(u'\\', -1).trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("Casebook::MailParser", "attachment-%1").arg(number);
    return name;
}

QByteArray mimeTypeOf(const KMime::Content *content)
{
    const auto *type = typed<KMime::Headers::ContentType>(content);
    return type && !type->isEmpty() ? type->mimeType().toLower() : QByteArrayLiteral("text/plain");
}

/// The Message-IDs and subject a delivery report names for the mail that failed.
void readBouncedHeaders(const QByteArray &head, ParsedMail &mail)
{
    KMime::Message original;
    original.setHead(KMime::CRLFtoLF(withoutNul(head)));
    original.parse();
    if (const auto *id = typed<KMime::Headers::MessageID>(&original); id && !id->identifier().isEmpty())
        mail.bouncedIds.append(id->identifier());
    if (const auto *subject = typed<KMime::Headers::Subject>(&original); subject && mail.bouncedSubject.isEmpty())
        mail.bouncedSubject = subject->asUnicodeString();
}

/// The detached signature of a signed mail: how it was sent, not a file its sender attached.
bool isSignature(const QByteArray &type)
{
    return type == "application/pgp-signature" || type == "application/pkcs7-signature"
        || type == "application/x-pkcs7-signature";
}

/**
 * A file's bytes as the mail carried them. KMime drops the last line break of a
 * quoted-printable or 7/8-bit body, though its parser already left out the one that belongs
 * to the next boundary; for a file that line break is its own (a patch without it no longer
 * applies). A 7/8-bit body is the file itself; a quoted-printable one ends with a line break
 * exactly when its encoded form ends with a hard one.
 */
QByteArray fileBytes(const KMime::Content *content)
{
    const auto *header = typed<KMime::Headers::ContentTransferEncoding>(content);
    const auto encoding = header ? header->encoding() : KMime::Headers::CE7Bit;
    if (encoding == KMime::Headers::CE7Bit || encoding == KMime::Headers::CE8Bit)
        return content->body();
    QByteArray bytes = content->decodedContent();
    if (encoding == KMime::Headers::CEquPr) {
        const QByteArray raw = content->body();
        const bool softBreak = raw.endsWith("=\n") || raw.endsWith("=\r\n");
        if (raw.endsWith('\n') && !softBreak)
            bytes.append('\n');
    }
    return bytes;
}

class Walker
{
public:
    explicit Walker(ParsedMail &mail)
        : m_mail(mail)
    {
    }

    void visit(KMime::Content *content)
    {
        const QByteArray type = mimeTypeOf(content);
        if (type == "multipart/alternative") {
            visitAlternative(content);
        } else if (type.startsWith("multipart/")) {
            if (type == "multipart/report")
                m_mail.isBounce = m_mail.isBounce || isDeliveryReport(content);
            for (KMime::Content *child : content->contents()) {
                if (type == "multipart/signed" && isSignature(mimeTypeOf(child)))
                    continue;
                visit(child);
            }
        } else if (type == "message/rfc822" || content->bodyIsMessage()) {
            visitForward(content);
        } else if (type == "message/delivery-status") {
            m_mail.isBounce = true;
            appendText(QString::fromUtf8(content->decodedContent()).trimmed());
        } else if (type == "text/rfc822-headers") {
            readBouncedHeaders(content->decodedContent(), m_mail);
        } else if (KMime::isAttachment(content) || !type.startsWith("text/")) {
            addAttachment(content);
        } else if (type == "text/html") {
            appendText(htmlToText(content->decodedText()));
        } else {
            appendText(content->decodedText(KMime::Content::TrimNewlines));
        }
    }

private:
    static bool isDeliveryReport(const KMime::Content *content)
    {
        const auto *type = typed<KMime::Headers::ContentType>(content);
        return type && type->parameter("report-type").compare(u"delivery-status"_s, Qt::CaseInsensitive) == 0;
    }

    void visitAlternative(KMime::Content *content)
    {
        KMime::Content *chosen = nullptr;
        for (KMime::Content *child : content->contents()) {
            const QByteArray type = mimeTypeOf(child);
            if (type == "text/plain") {
                chosen = child;
                break;
            }
            // A nested multipart (HTML with its images) is a fallback like HTML itself.
            if (!chosen)
                chosen = child;
        }
        if (chosen)
            visit(chosen);
    }

    void visitForward(KMime::Content *content)
    {
        const auto inner = content->bodyAsMessage();
        if (!inner) {
            addAttachment(content);
            return;
        }
        const KMime::Message &message = *inner;
        // In a delivery report the enclosed mail is the one that bounced, not a forward.
        if (m_mail.isBounce) {
            readBouncedHeaders(inner->head(), m_mail);
            return;
        }
        QStringList header{
            QCoreApplication::translate("Casebook::MailParser", "---------- Forwarded message ----------")};
        if (const auto *from = typed<KMime::Headers::From>(&message))
            header.append(QCoreApplication::translate("Casebook::MailParser", "From: %1").arg(from->asUnicodeString()));
        if (const auto *date = typed<KMime::Headers::Date>(&message); date && date->dateTime().isValid())
            header.append(QCoreApplication::translate("Casebook::MailParser", "Date: %1").arg(date->asUnicodeString()));
        if (const auto *subject = typed<KMime::Headers::Subject>(&message))
            header.append(
                QCoreApplication::translate("Casebook::MailParser", "Subject: %1").arg(subject->asUnicodeString()));
        appendText(header.join(u'\n'));
        visit(inner.data());
    }

    void addAttachment(KMime::Content *content)
    {
        m_mail.attachments.append({fileNameOf(content, int(m_mail.attachments.size()) + 1),
                                   QString::fromLatin1(mimeTypeOf(content)), fileBytes(content)});
    }

    void appendText(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        if (!m_mail.body.isEmpty())
            m_mail.body += u"\n\n"_s;
        m_mail.body += text;
    }

    ParsedMail &m_mail;
};

/// A mailer daemon's notice without a machine-readable report: the Message-ID it quotes.
void readPlainBounce(ParsedMail &mail)
{
    static const QRegularExpression daemon(u"^(mailer-daemon|postmaster)@"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (mail.isBounce || !daemon.match(mail.fromAddress).hasMatch())
        return;
    mail.isBounce = true;
    static const QRegularExpression quoted(u"^\\s*Message-ID:\\s*<([^>\\s]+)>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::MultilineOption);
    auto it = quoted.globalMatch(mail.body);
    while (it.hasNext())
        mail.bouncedIds.append(it.next().captured(1).toUtf8());
    static const QRegularExpression subject(
        u"^\\s*Subject:\\s*(.+)$"_s, QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    if (const auto m = subject.match(mail.body); m.hasMatch() && mail.bouncedSubject.isEmpty())
        mail.bouncedSubject = m.captured(1).trimmed();
}

} // namespace

namespace MailParser {

ParsedMail parse(const QByteArray &raw)
{
    ParsedMail mail;
    KMime::Message message;
    message.setContent(KMime::CRLFtoLF(withoutNul(raw)));
    message.parse();

    const auto *from = typed<KMime::Headers::From>(&message);
    const auto *id = typed<KMime::Headers::MessageID>(&message);
    const auto *subject = typed<KMime::Headers::Subject>(&message);
    const auto *date = typed<KMime::Headers::Date>(&message);
    mail.readable =
        !raw.isEmpty() && ((from && !from->isEmpty()) || (id && !id->isEmpty()) || (date && !date->isEmpty()));
    if (!mail.readable)
        return mail;

    if (id)
        mail.messageId = id->identifier();
    if (const auto *inReplyTo = typed<KMime::Headers::InReplyTo>(&message))
        mail.answers += inReplyTo->identifiers();
    if (const auto *references = typed<KMime::Headers::References>(&message)) {
        const QList<QByteArray> ids = references->identifiers();
        for (const QByteArray &reference : std::views::reverse(ids)) {
            if (!mail.answers.contains(reference))
                mail.answers.append(reference);
        }
    }
    if (subject)
        mail.subject = subject->asUnicodeString().simplified();
    if (from && !from->mailboxes().isEmpty()) {
        const auto mailbox = from->mailboxes().constFirst();
        mail.fromAddress = QString::fromUtf8(mailbox.address()).toLower();
        mail.fromName = mailbox.name().simplified();
    }
    mail.to = addressesOf(typed<KMime::Headers::To>(&message));
    mail.cc = addressesOf(typed<KMime::Headers::Cc>(&message));

    Walker(mail).visit(&message);
    readPlainBounce(mail);
    return mail;
}

qint64 ticketTag(const QString &subject)
{
    static const QRegularExpression tag(u"\\[#(\\d{1,18})\\]"_s);
    const auto match = tag.match(subject);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace MailParser

} // namespace Casebook
