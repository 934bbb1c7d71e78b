// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "replymail.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

Outbox::Outbox(Database &database)
    : Outbox(database, Clock::system())
{
}

Outbox::Outbox(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<bool> Outbox::enqueueReply(TicketId ticket, MessageId message)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const auto reply = ReplyMail::compose(tx, ticket, message, m_clock.now());
    if (!reply)
        return reply.error();
    if (!reply->has_value())
        return false;
    const ReplyMail &mail = **reply;
    const qint64 now = m_clock.nowMs();
    // Keyed by the reply: a second enqueue of the same reply changes nothing.
    auto queued = tx.exec(u"INSERT INTO mail_outbox (account_id, ticket_id, message_id, rfc_message_id, mime, state, "
                          "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT DO NOTHING "
                          "RETURNING id"_s,
                          {mail.account.value(), ticket.value(), message.value(), QString::fromUtf8(mail.messageId),
                           mail.mime, now, now});
    if (!queued)
        return queued.error();
    if (!queued.value().next())
        return false;
    const qint64 row = queued.value().value(0).toLongLong();
    queued.value().finish();
    // The customer's answer names this Message-ID; it threads back into the ticket.
    auto threaded =
        tx.exec(u"INSERT INTO mail_messages (rfc_message_id, ticket_id, message_id, direction, state, created_at) "
                "VALUES (?, ?, ?, 'out', 'stored', ?)"_s,
                {QString::fromUtf8(mail.messageId), ticket.value(), message.value(), now});
    if (!threaded)
        return threaded.error();
    if (auto recorded = tx.record(u"mail_outbox"_s, row, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return true;
}

Result<QList<OutgoingMail>> Outbox::claimDue(MailAccountId account)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QList<OutgoingMail> due;
    {
        auto rows =
            tx.exec(u"SELECT o.id, o.account_id, o.ticket_id, o.message_id, o.mime, o.attempts, a.address "
                    "FROM mail_outbox o JOIN mail_accounts a ON a.id = o.account_id "
                    "WHERE o.state IN ('queued', 'failed') AND o.next_attempt_at <= ? AND (? = 0 OR o.account_id = ?) "
                    "ORDER BY o.id"_s,
                    {now, account.value(), account.value()});
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            OutgoingMail mail;
            mail.id = rows.value().value(0).toLongLong();
            mail.account = MailAccountId(rows.value().value(1).toLongLong());
            mail.ticket = TicketId(rows.value().value(2).toLongLong());
            mail.message = MessageId(rows.value().value(3).toLongLong());
            mail.mime = rows.value().value(4).toByteArray();
            mail.attempts = rows.value().value(5).toInt() + 1;
            mail.from = rows.value().value(6).toString().toUtf8();
            mail.recipients = ReplyMail::recipientsOf(mail.mime);
            due.append(mail);
        }
    }
    QList<OutgoingMail> claimed;
    for (const OutgoingMail &mail : std::as_const(due)) {
        // Only one sender wins a row: another desktop may be claiming it at the same moment.
        auto taken = tx.exec(u"UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1 "
                             "WHERE id = ? AND state IN ('queued', 'failed')"_s,
                             {mail.id});
        if (!taken)
            return taken.error();
        if (taken.value().numRowsAffected() == 1)
            claimed.append(mail);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return claimed;
}

Status Outbox::markSent(qint64 id)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto done = tx.exec(u"UPDATE mail_outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?"_s,
                            {m_clock.nowMs(), id});
        !done)
        return done.error();
    if (auto recorded = tx.record(u"mail_outbox"_s, id, Change::Op::Update); !recorded)
        return recorded.error();
    return tx.commit();
}

Status Outbox::markFailed(qint64 id, const QString &error)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto attempts = tx.exec(u"SELECT attempts FROM mail_outbox WHERE id = ?"_s, {id});
    if (!attempts)
        return attempts.error();
    const int tried = attempts.value().next() ? attempts.value().value(0).toInt() : 1;
    attempts.value().finish();
    constexpr int steps = int(std::size(backoffMs));
    const qint64 wait = backoffMs[std::clamp(tried - 1, 0, steps - 1)];
    if (auto failed =
            tx.exec(u"UPDATE mail_outbox SET state = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ?"_s,
                    {error, m_clock.nowMs() + wait, id});
        !failed)
        return failed.error();
    if (auto recorded = tx.record(u"mail_outbox"_s, id, Change::Op::Update); !recorded)
        return recorded.error();
    return tx.commit();
}

Result<Outbox::Row> Outbox::row(MessageId message) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT state, attempts, last_error, next_attempt_at FROM mail_outbox WHERE message_id = ?"_s);
    q.addBindValue(message.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound, {}, {}};
    return Row{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toLongLong()};
}

} // namespace Casebook
