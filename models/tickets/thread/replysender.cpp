// SPDX-License-Identifier: GPL-3.0-or-later
#include "replysender.h"

#include "draftextras.h"
#include "messagerow.h"
#include "models/drafts/draftstore.h"
#include "models/mail/outbox.h"
#include "models/mail/replymail.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReplies, "casebook.replies")

namespace Casebook {

namespace {

/// Lines shorter than this ("Thanks!", "Hi Anna,") are too common to mean a note was copied.
constexpr qsizetype minimumNoteLine = 16;

QString translate(const char *text)
{
    return QCoreApplication::translate("Casebook::ReplySender", text);
}

} // namespace

ReplySender::ReplySender(Database &database)
    : ReplySender(database, Clock::system())
{
}

ReplySender::ReplySender(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<AuthoredMessage>> ReplySender::changesSince(TicketId ticket, MessageId base, AgentId me) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(MessageRow::select()
              + u"WHERE m.ticket_id = ? AND m.id > ? AND m.kind <> 'system' "
                "AND (m.kind = 'customer' OR m.author_agent_id IS NULL OR m.author_agent_id <> ?) "
                "ORDER BY m.created_at, m.id"_s);
    q.addBindValue(ticket.value());
    q.addBindValue(base.value());
    q.addBindValue(me.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<AuthoredMessage> result;
    while (q.next())
        result.append(MessageRow::read(q));
    return result;
}

Result<ReplySender::Outcome> ReplySender::send(const Outgoing &message, Guard guard, const Extras &extras)
{
    if (message.kind != MessageKind::Agent && message.kind != MessageKind::Note)
        return Error{Error::Kind::Invalid, translate("Only a reply or an internal note can be sent from here."), {}};
    if (message.body.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, translate("There is nothing to send yet."), {}};

    if (guard == Guard::Check) {
        auto changed = changesSince(message.ticket, message.base, message.author);
        if (!changed)
            return changed.error();
        if (!changed->isEmpty())
            return Outcome{{}, changed.value()};
    }

    TicketStore tickets(m_database, m_clock);
    if (message.kind == MessageKind::Agent) {
        auto thread = tickets.messages(message.ticket);
        if (!thread)
            return thread.error();
        QList<Message> notes;
        for (const Message &m : std::as_const(thread.value())) {
            if (m.kind == MessageKind::Note)
                notes.append(m);
        }
        const QStringList copied = noteLinesIn(message.body, notes);
        if (!copied.isEmpty()) {
            //: %1 is the first line of an internal note that the reply repeats
            return Error{Error::Kind::Invalid,
                         translate("This reply repeats an internal note (\"%1\"). Internal notes are for the team "
                                   "only; take that text out before sending.")
                             .arg(copied.constFirst()),
                         {}};
        }
    }

    for (const MailAttachment &file : extras.files) {
        if (file.data.size() > ReplyMail::maxAttachmentBytes)
            return Error{Error::Kind::Invalid, tooLarge(file.fileName), {}};
    }
    if (message.kind == MessageKind::Agent) {
        if (const AddressLine cc = ReplyMail::readAddresses(extras.cc.join(u", "_s)); !cc.invalid.isEmpty())
            return Error{Error::Kind::Invalid, notAnAddress(cc.invalid.constFirst()), {}};
    }

    auto sent = store(tickets, message, extras);
    if (!sent)
        return sent.error();
    if (message.kind == MessageKind::Agent) {
        // An email ticket's reply leaves by mail; the outbox keeps it until the server took it.
        if (auto queued = Outbox(m_database, m_clock).enqueueReply(message.ticket, *sent); !queued)
            qCWarning(lcReplies) << "sent, but not queued for mail:" << queued.error().detail;
    }
    const QString scope = message.kind == MessageKind::Note ? DraftStore::noteScope(message.ticket)
                                                            : DraftStore::replyScope(message.ticket);
    DraftStore drafts(m_database, m_clock);
    for (const QString &dropping : {scope, DraftExtras::scopeFor(scope)}) {
        if (auto dropped = drafts.remove(message.author, dropping); !dropped) {
            // The message is out; a stale draft is a nuisance the author can discard, not a failure.
            qCWarning(lcReplies) << "sent, but the draft stayed:" << dropped.error().detail;
        }
    }
    return Outcome{sent.value(), {}};
}

Result<MessageId> ReplySender::store(TicketStore &tickets, const Outgoing &message, const Extras &extras)
{
    if (extras.files.isEmpty() && (message.kind != MessageKind::Agent || extras.cc.isEmpty()))
        return tickets.addMessage(message.ticket, message.kind, message.author, message.body);
    const auto current = tickets.ticket(message.ticket);
    if (!current)
        return current.error();
    if (current->status == TicketStatus::Closed)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::ReplySender", "This ticket is closed; it takes no more messages."),
            {}};
    // One step: the outbox composes the mail from what is stored, so a retry sends the same.
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const auto added = tickets.addMessage(tx, *current, message.kind, message.author, message.body);
    if (!added)
        return added.error();
    if (message.kind == MessageKind::Agent && !extras.cc.isEmpty()) {
        if (auto copied = tx.exec(u"INSERT INTO message_cc (message_id, addresses) VALUES (?, ?)"_s,
                                  {added->value(), extras.cc.join(u'\n')});
            !copied)
            return copied.error();
    }
    for (const MailAttachment &file : extras.files) {
        const QString type = file.mimeType.isEmpty()
            ? QMimeDatabase().mimeTypeForFileNameAndData(file.fileName, file.data).name()
            : file.mimeType;
        if (auto saved = tx.exec(u"INSERT INTO mail_attachments (message_id, file_name, mime_type, size, data) "
                                 "VALUES (?, ?, ?, ?, ?)"_s,
                                 {added->value(), file.fileName, type, qint64(file.data.size()),
                                  // A 0-byte file is a file, not a missing one: never NULL.
                                  file.data.isNull() ? QByteArray("") : file.data});
            !saved)
            return saved.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *added;
}

QString ReplySender::tooLarge(const QString &fileName)
{
    //: %1 file name, %2 the largest size allowed, such as "25 MB"
    return QCoreApplication::translate("Casebook::ReplySender", "%1 is too large to send: a file may have at most %2.")
        .arg(fileName, QLocale().formattedDataSize(ReplyMail::maxAttachmentBytes, 0));
}

QString ReplySender::notAnAddress(const QString &typed)
{
    //: %1 is what the agent typed in the Cc line
    return QCoreApplication::translate("Casebook::ReplySender",
                                       "\"%1\" is not a mail address; write it as name@example.com.")
        .arg(typed);
}

QStringList ReplySender::noteLinesIn(const QString &reply, const QList<Message> &notes)
{
    const QString haystack = reply.simplified();
    QStringList found;
    for (const Message &note : notes) {
        if (note.kind != MessageKind::Note)
            continue;
        for (const QString &line : note.body.split(u'\n')) {
            const QString needle = line.simplified();
            if (needle.size() >= minimumNoteLine && haystack.contains(needle, Qt::CaseInsensitive)
                && !found.contains(needle))
                found.append(needle);
        }
    }
    return found;
}

Result<QString> ReplySender::quoteForCustomer(MessageKind kind, const QString &author, const QString &body)
{
    if (kind == MessageKind::Note)
        return Error{Error::Kind::Invalid,
                     translate("Internal notes are for the team only and cannot be quoted in a reply."),
                     {}};
    if (kind == MessageKind::System)
        return Error{Error::Kind::Invalid, translate("System events cannot be quoted in a reply."), {}};
    QStringList lines;
    //: The line above a quoted message in a reply; %1 is who wrote it
    lines.append(translate("%1 wrote:").arg(author));
    for (const QString &line : body.split(u'\n'))
        lines.append(line.isEmpty() ? u">"_s : u"> "_s + line);
    return QString(lines.join(u'\n') + u'\n');
}

} // namespace Casebook
