// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebook {

/// A file a mail carried.
struct MailAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

/// What Casebook reads from one RFC 822 mail.
struct ParsedMail
{
    /// False when the bytes are not a mail (no header Casebook knows); then only the raw
    /// bytes are worth keeping.
    bool readable = false;
    QByteArray messageId; ///< without angle brackets; empty when the mail had none
    /// Mails this one answers: In-Reply-To first, then References from the newest back.
    QList<QByteArray> answers;
    QString subject;
    QString fromAddress; ///< lower case
    QString fromName;
    QStringList to;
    QStringList cc;
    QString body; ///< plain text; HTML-only mail turned into text; forwards inlined
    QList<MailAttachment> attachments;

    /// A delivery-failure report (multipart/report, or a mailer daemon's plain notice).
    bool isBounce = false;
    /// The Message-IDs of the mail that could not be delivered, as far as the report says.
    QList<QByteArray> bouncedIds;
    QString bouncedSubject;
};

namespace MailParser {

/// Reads a raw RFC 822 message with KMime: every charset KMime and Qt know, encoded words,
/// quoted-printable and base64, multipart/alternative (plain text preferred), attachments,
/// message/rfc822 forwards and delivery reports.
[[nodiscard]] ParsedMail parse(const QByteArray &raw);

/// The ticket number of a `[#1234]` tag in a subject, or 0.
[[nodiscard]] qint64 ticketTag(const QString &subject);

} // namespace MailParser

} // namespace Casebook
