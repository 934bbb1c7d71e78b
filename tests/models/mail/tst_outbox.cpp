// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/mailintake.h"
#include "models/mail/mailparser.h"
#include "models/mail/outbox.h"
#include "models/tickets/thread/replysender.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
const QByteArray question = "From: Jan Novak <jan@example.org>\nTo: support@casebook.example\n"
                            "Message-ID: <question@example.org>\nSubject: Crash on export\n\nIt crashes.\n";
} // namespace

class TestOutbox final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void replyIsQueuedWithThreadingHeaders();
    void R38_notesAreNeverQueued();
    void customerAnswerThreadsBack();
    void noAccountNothingQueued();
    void aClaimedMailIsNotClaimedTwice();
    void failedSendRetriesWithBackoff();

private:
    void addAccount();
    [[nodiscard]] TicketId receiveQuestion();
    [[nodiscard]] MessageId reply(TicketId ticket, MessageKind kind, const QString &body);
    AgentId m_agent;
};

void TestOutbox::init()
{
    if (!openDatabase(monday))
        return;
    m_agent = addAgent(u"mia"_s, u"Mia"_s);
}

void TestOutbox::cleanup()
{
    closeDatabase();
}

void TestOutbox::addAccount()
{
    MailAccount account;
    account.name = u"Casebook Support"_s;
    account.address = u"support@casebook.example"_s;
    account.imapHost = u"imap.casebook.example"_s;
    account.imapUser = u"support"_s;
    account.smtpHost = u"smtp.casebook.example"_s;
    const auto saved = MailAccountStore(*m_db, *m_clock).save(account);
    QVERIFY(saved);
    QVERIFY(saved->id.isValid());
}

TicketId TestOutbox::receiveQuestion()
{
    MailIntake intake(*m_db, *m_clock);
    if (!intake.store({question}))
        return {};
    const auto ticket = intake.ticketOf("question@example.org");
    return ticket ? *ticket : TicketId();
}

MessageId TestOutbox::reply(TicketId ticket, MessageKind kind, const QString &body)
{
    ReplySender sender(*m_db, *m_clock);
    const auto sent = sender.send({ticket, kind, body, m_agent, {}}, ReplySender::Guard::SendAnyway);
    return sent ? sent->sent : MessageId();
}

void TestOutbox::replyIsQueuedWithThreadingHeaders()
{
    addAccount();
    const TicketId ticket = receiveQuestion();
    QVERIFY(ticket.isValid());
    const MessageId sent = reply(ticket, MessageKind::Agent, u"Please try version 2.1 – it fixes the export."_s);
    QVERIFY(sent.isValid());
    const auto row = Outbox(*m_db, *m_clock).row(sent);
    QVERIFY(row);
    QCOMPARE(row->state, u"queued"_s);

    const auto due = Outbox(*m_db, *m_clock).claimDue();
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    const OutgoingMail &mail = due->constFirst();
    QCOMPARE(mail.from, "support@casebook.example");
    QCOMPARE(mail.recipients, QList<QByteArray>{"jan@example.org"});
    const ParsedMail parsed = MailParser::parse(mail.mime);
    QCOMPARE(parsed.subject, u"Re: [#%1] Crash on export"_s.arg(ticket.value()));
    QCOMPARE(parsed.answers, QList<QByteArray>{"question@example.org"});
    QCOMPARE(parsed.fromAddress, u"support@casebook.example"_s);
    QCOMPARE(parsed.body, u"Please try version 2.1 – it fixes the export."_s);
    QVERIFY(parsed.messageId.endsWith("@casebook.example"));
    QVERIFY(mail.mime.contains("In-Reply-To: <question@example.org>"));
}

void TestOutbox::R38_notesAreNeverQueued()
{
    addAccount();
    const TicketId ticket = receiveQuestion();
    const MessageId note = reply(ticket, MessageKind::Note, u"Customer is on the old licence."_s);
    QVERIFY(note.isValid());
    QVERIFY(!Outbox(*m_db, *m_clock).row(note));
    const auto due = Outbox(*m_db, *m_clock).claimDue();
    QVERIFY(due);
    QVERIFY(due->isEmpty());
}

void TestOutbox::customerAnswerThreadsBack()
{
    addAccount();
    const TicketId ticket = receiveQuestion();
    const MessageId sent = reply(ticket, MessageKind::Agent, u"Which version?"_s);
    const auto due = Outbox(*m_db, *m_clock).claimDue();
    QVERIFY(due && due->size() == 1);
    const ParsedMail ours = MailParser::parse(due->constFirst().mime);
    // The customer's client answers our mail without the tag in the subject.
    const QByteArray answer = "From: jan@example.org\nMessage-ID: <answer@example.org>\nIn-Reply-To: <" + ours.messageId
        + ">\nSubject: Re: Crash\n\nVersion 2.0.\n";
    const auto stored = MailIntake(*m_db, *m_clock).store({answer});
    QVERIFY(stored);
    QCOMPARE(stored->joined, 1);
    QCOMPARE(MailIntake(*m_db).ticketOf("answer@example.org").value(), ticket);
    QVERIFY(sent.isValid());
}

void TestOutbox::noAccountNothingQueued()
{
    const TicketId ticket = receiveQuestion();
    const MessageId sent = reply(ticket, MessageKind::Agent, u"Hello"_s);
    QVERIFY(sent.isValid());
    QVERIFY(!Outbox(*m_db, *m_clock).row(sent));
}

void TestOutbox::aClaimedMailIsNotClaimedTwice()
{
    addAccount();
    const TicketId ticket = receiveQuestion();
    const MessageId sent = reply(ticket, MessageKind::Agent, u"Hello"_s);
    QVERIFY(!Outbox(*m_db, *m_clock).enqueueReply(ticket, sent).value()); // already queued
    Outbox outbox(*m_db, *m_clock);
    const auto first = outbox.claimDue();
    QVERIFY(first && first->size() == 1);
    const auto second = outbox.claimDue();
    QVERIFY(second && second->isEmpty());
    QVERIFY(outbox.markSent(first->constFirst().id).ok());
    m_clock->advanceMs(24LL * 60 * 60 * 1000);
    QVERIFY(outbox.claimDue()->isEmpty());
    QCOMPARE(outbox.row(sent)->state, u"sent"_s);
}

void TestOutbox::failedSendRetriesWithBackoff()
{
    addAccount();
    const TicketId ticket = receiveQuestion();
    const MessageId sent = reply(ticket, MessageKind::Agent, u"Hello"_s);
    Outbox outbox(*m_db, *m_clock);
    auto claimed = outbox.claimDue();
    QVERIFY(claimed && claimed->size() == 1);
    QVERIFY(outbox.markFailed(claimed->constFirst().id, u"Connection refused"_s).ok());
    auto row = outbox.row(sent);
    QCOMPARE(row->state, u"failed"_s);
    QCOMPARE(row->lastError, u"Connection refused"_s);
    QCOMPARE(row->nextAttemptAt, monday + Outbox::backoffMs[0]);
    QVERIFY(outbox.claimDue()->isEmpty()); // not before its time
    m_clock->advanceMs(Outbox::backoffMs[0]);
    claimed = outbox.claimDue();
    QVERIFY(claimed && claimed->size() == 1);
    QCOMPARE(claimed->constFirst().attempts, 2);
    QVERIFY(outbox.markFailed(claimed->constFirst().id, u"Connection refused"_s).ok());
    QCOMPARE(outbox.row(sent)->nextAttemptAt, m_clock->nowMs() + Outbox::backoffMs[1]);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
