// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/mailintake.h"
#include "models/storage/changefeed.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
} // namespace

class TestMailIntake final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R39_newMailOpensAnEmailTicketWithItsCustomer();
    void knownAddressFindsTheCustomer();
    void replyJoinsByInReplyToAndReferences();
    void replyJoinsByTicketTag();
    void answerFromSomeoneElseIsTheirs();
    void R32_answerToAClosedTicketOpensANewOne();
    void attachmentsAreStored();
    void bounceJoinsTheTicketItBouncedFrom();
    void bounceWithoutTicketOpensNone();
    void unreadableMailIsKeptRawAndFlagged();
    void sameMailTwiceIsStoredOnce();
    void aBatchIsOneTransactionAnnouncedOnce();

private:
    [[nodiscard]] QByteArray corpus(const QString &name) const;
    [[nodiscard]] qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    [[nodiscard]] MailIntake::Summary store(const QList<QByteArray> &mails);
};

void TestMailIntake::init()
{
    if (!openDatabase(monday))
        return;
}

void TestMailIntake::cleanup()
{
    closeDatabase();
}

QByteArray TestMailIntake::corpus(const QString &name) const
{
    QFile file(QFINDTESTDATA(u"corpus/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 TestMailIntake::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

MailIntake::Summary TestMailIntake::store(const QList<QByteArray> &mails)
{
    MailIntake intake(*m_db, *m_clock);
    const auto stored = intake.store(mails);
    if (!stored)
        qWarning() << stored.error().message << stored.error().detail;
    return stored ? *stored : MailIntake::Summary{-1};
}

void TestMailIntake::R39_newMailOpensAnEmailTicketWithItsCustomer()
{
    const auto summary = store({corpus(u"russian-cp1251.eml"_s)});
    QCOMPARE(summary.newTickets, 1);
    const auto ticket = MailIntake(*m_db).ticketOf("20261106110000.1234@example.ru");
    QVERIFY(ticket);
    TicketStore tickets(*m_db, *m_clock);
    const auto read = tickets.ticket(*ticket);
    QVERIFY(read);
    QCOMPARE(read->subject, u"Не работает выгрузка"_s);
    QCOMPARE(read->channel, Channel::Email);
    QCOMPARE(read->status, TicketStatus::New);
    QVERIFY(read->customer.isValid());
    QCOMPARE(scalar(u"SELECT count(*) FROM customers WHERE display_name = ? AND primary_email = ?"_s,
                    {u"Иван Петров"_s, u"ivan@example.ru"_s}),
             1);
    QCOMPARE(scalar(u"SELECT customer_id FROM customer_emails WHERE email = 'ivan@example.ru'"_s),
             read->customer.value());
    const auto messages = tickets.messages(*ticket);
    QVERIFY(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->constFirst().kind, MessageKind::Customer);
    QVERIFY(messages->constFirst().body.contains(u"С уважением"_s));
}

void TestMailIntake::knownAddressFindsTheCustomer()
{
    QVERIFY(store({corpus(u"outlook.eml"_s)}).newTickets == 1);
    // Same person, other mail, address in another case: one customer.
    const QByteArray again =
        "From: RENEE.MUELLER@corp.example\nMessage-ID: <again@corp.example>\nSubject: Other topic\n\nHi\n";
    QCOMPARE(store({again}).newTickets, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 1);
}

void TestMailIntake::replyJoinsByInReplyToAndReferences()
{
    // Gmail's answer names Outlook's mail in In-Reply-To; a third one only in References.
    const QByteArray third = "From: anna.schmidt@gmail.com\nMessage-ID: <third@gmail.com>\n"
                             "References: <AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com> <unknown@x>\n"
                             "Subject: Re: Invoice\n\nAny news?\n";
    const auto summary = store({corpus(u"outlook.eml"_s), corpus(u"reply-gmail.eml"_s), third});
    QCOMPARE(summary.newTickets, 1);
    QCOMPARE(summary.joined, 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 3);
    QCOMPARE(scalar(u"SELECT count(DISTINCT ticket_id) FROM mail_messages"_s), 1);
}

void TestMailIntake::replyJoinsByTicketTag()
{
    QCOMPARE(store({corpus(u"thunderbird.eml"_s)}).newTickets, 1);
    const qint64 ticket = scalar(u"SELECT id FROM tickets"_s);
    const QByteArray tagged = "From: jan@example.org\nMessage-ID: <tagged@example.org>\nSubject: Re: [#"
        + QByteArray::number(ticket) + "] Crash when exporting the report\n\nStill crashing.\n";
    const QByteArray unknownTag = "From: jan@example.org\nMessage-ID: <tagged2@example.org>\nSubject: [#"
        + QByteArray::number(ticket + 1000) + "] Something else\n\nNew topic.\n";
    const auto summary = store({tagged, unknownTag});
    QCOMPARE(summary.joined, 1);
    QCOMPARE(summary.newTickets, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ?"_s, {ticket}), 2);
}

// Found importing an LKML thread (tests/models/mail/public): every answer in a ticket was
// shown as its first sender's, whoever wrote it.
void TestMailIntake::answerFromSomeoneElseIsTheirs()
{
    const QByteArray colleague = "From: Paul Colleague <paul@corp.example>\nMessage-ID: <paul-1@corp.example>\n"
                                 "In-Reply-To: <AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com>\n"
                                 "Subject: Re: Invoice\n\nI sent it again.\n";
    const auto summary = store({corpus(u"outlook.eml"_s), colleague});
    QCOMPARE(summary.newTickets, 1);
    QCOMPARE(summary.joined, 1);
    const qint64 paul = scalar(u"SELECT customer_id FROM customer_emails WHERE email = 'paul@corp.example'"_s);
    QVERIFY(paul > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE author_customer_id = ?"_s, {paul}), 1);
    // The ticket stays the one who opened it, and so does its first message.
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE customer_id = ?"_s, {paul}), 0);
    QCOMPARE(scalar(u"SELECT count(DISTINCT author_customer_id) FROM messages"_s), 2);
}

void TestMailIntake::R32_answerToAClosedTicketOpensANewOne()
{
    QCOMPARE(store({corpus(u"thunderbird.eml"_s)}).newTickets, 1);
    const qint64 ticket = scalar(u"SELECT id FROM tickets"_s);
    TicketStore tickets(*m_db, *m_clock);
    const auto current = tickets.ticket(TicketId(ticket));
    QVERIFY(current);
    QVERIFY(tickets.setStatus(TicketId(ticket), TicketStatus::Closed, current->version, {}).ok());
    const QByteArray answer = "From: jan@example.org\nMessage-ID: <late@example.org>\n"
                              "In-Reply-To: <5b7c2f0e-1d2a-4c1e-9a55-0b6d2a7e9f10@example.org>\n"
                              "Subject: Re: [#"
        + QByteArray::number(ticket) + "] Crash\n\nOne more thing.\n";
    QCOMPARE(store({answer}).newTickets, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ?"_s, {ticket}), 1);
}

void TestMailIntake::attachmentsAreStored()
{
    QCOMPARE(store({corpus(u"outlook.eml"_s), corpus(u"thunderbird.eml"_s)}).newTickets, 2);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT a.file_name, a.mime_type, a.size, a.data, m.kind FROM mail_attachments a "
                   "JOIN messages m ON m.id = a.message_id ORDER BY a.file_name"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"invoice-1042.pdf"_s);
    QCOMPARE(q.value(1).toString(), u"application/pdf"_s);
    QVERIFY(q.value(3).toByteArray().startsWith("%PDF-1.4"));
    QCOMPARE(q.value(2).toLongLong(), q.value(3).toByteArray().size());
    QCOMPARE(q.value(4).toString(), u"customer"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"screenshot.png"_s);
    QVERIFY(q.value(3).toByteArray().startsWith("\x89PNG"));
    QVERIFY(!q.next());
}

void TestMailIntake::bounceJoinsTheTicketItBouncedFrom()
{
    QCOMPARE(store({corpus(u"thunderbird.eml"_s)}).newTickets, 1);
    const qint64 ticket = scalar(u"SELECT id FROM tickets"_s);
    const auto summary = store({corpus(u"bounce.eml"_s)});
    QCOMPARE(summary.bounces, 1);
    QCOMPARE(summary.newTickets, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'system'"_s, {ticket}), 1);
    // The mailer daemon is nobody's customer.
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 1);
}

void TestMailIntake::bounceWithoutTicketOpensNone()
{
    const auto summary = store({corpus(u"bounce.eml"_s)});
    QCOMPARE(summary.bounces, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM mail_messages WHERE state = 'bounce' AND raw IS NOT NULL"_s), 1);
}

void TestMailIntake::unreadableMailIsKeptRawAndFlagged()
{
    const QByteArray garbage = corpus(u"garbage.eml"_s);
    const auto summary = store({garbage, corpus(u"reply-gmail.eml"_s)});
    QCOMPARE(summary.unreadable, 1);
    QCOMPARE(summary.newTickets, 1); // the rest of the batch goes on
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT raw, ticket_id FROM mail_messages WHERE state = 'unreadable'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), garbage);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ?"_s, {q.value(1)}), 1);
}

void TestMailIntake::sameMailTwiceIsStoredOnce()
{
    const QList<QByteArray> mails{corpus(u"outlook.eml"_s), corpus(u"japanese-iso2022jp.eml"_s),
                                  corpus(u"bounce.eml"_s)};
    const auto first = store(mails);
    QCOMPARE(first.newTickets, 2);
    const qint64 messages = scalar(u"SELECT count(*) FROM messages"_s);
    const auto second = store(mails);
    QCOMPARE(second.stored(), 0);
    QCOMPARE(second.duplicates, 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), messages);
}

void TestMailIntake::aBatchIsOneTransactionAnnouncedOnce()
{
    QSignalSpy changed(m_db->changeFeed(), &ChangeFeed::changed);
    const auto summary = store({corpus(u"outlook.eml"_s), corpus(u"reply-gmail.eml"_s), corpus(u"applemail.eml"_s),
                                corpus(u"japanese-shiftjis.eml"_s), corpus(u"russian-koi8r.eml"_s)});
    QCOMPARE(summary.newTickets, 4);
    QCOMPARE(summary.joined, 1);
    QCOMPARE(changed.size(), 1);
    const auto changes = changed.constFirst().constFirst().value<QList<Change>>();
    QVERIFY(changes.size() >= 9); // tickets, messages and customers of the whole batch
}

QTEST_GUILESS_MAIN(TestMailIntake)
#include "tst_mailintake.moc"
