// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 start = 1'795'000'000'000; // a fixed instant in 2026
constexpr qint64 minute = 60'000;
} // namespace

class TestTicketStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<Change>>(); }
    void R39_createRecordsChannelAndFirstMessage_data() { Test::addEngineColumn(); }
    void R39_createRecordsChannelAndFirstMessage();
    void R39_everyChannelIsStoredAndNoOther_data() { Test::addEngineColumn(); }
    void R39_everyChannelIsStoredAndNoOther();
    void R15_firstResponseDueFollowsTheSlaPolicy_data() { Test::addEngineColumn(); }
    void R15_firstResponseDueFollowsTheSlaPolicy();
    void R15_R34_nextResponseAndBusinessHours_data() { Test::addEngineColumn(); }
    void R15_R34_nextResponseAndBusinessHours();
    void R32_closedTicketIsFinal_data() { Test::addEngineColumn(); }
    void R32_closedTicketIsFinal();
    void R33_secondTakeConflictsAndNamesTheWinner_data() { Test::addEngineColumn(); }
    void R33_secondTakeConflictsAndNamesTheWinner();
    void R14_tagsAreCreatedOnceAndAudited_data() { Test::addEngineColumn(); }
    void R14_tagsAreCreatedOnceAndAudited();
    void R38_notesAreKeptApartFromReplies_data() { Test::addEngineColumn(); }
    void R38_notesAreKeptApartFromReplies();
    void emptySubjectIsRefused_data() { Test::addEngineColumn(); }
    void emptySubjectIsRefused();
};

void TestTicketStore::R39_createRecordsChannelAndFirstMessage()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TicketStore store(*db, clock);
    QSignalSpy spy(db->changeFeed(), &ChangeFeed::changed);

    const auto id = store.create({u"Import stops at 50 %"_s, {}, Channel::Chat, u"Hello, the import hangs."_s});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    const auto ticket = store.ticket(*id);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->subject, u"Import stops at 50 %"_s);
    QCOMPARE(ticket->channel, Channel::Chat);
    QCOMPARE(ticket->status, TicketStatus::New);
    QCOMPARE(ticket->createdAt, start);
    QCOMPARE(ticket->version, 1);
    const auto thread = store.messages(*id);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 1);
    QCOMPARE(thread->first().kind, MessageKind::Customer);
    QCOMPARE(spy.count(), 1); // one transaction, one announcement
    QCOMPARE(spy.first().at(0).value<QList<Change>>().size(), 2); // the message and the ticket
}

void TestTicketStore::R39_everyChannelIsStoredAndNoOther()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TicketStore store(*db, clock);

    // Messenger and in person came later than the first schema: the upgrade widened the
    // database's own list, on this very connection.
    for (const auto &[channel, name] : channelNames.items) {
        const auto id = store.create({u"Came by "_s + QString::fromLatin1(name), {}, channel, u"Hello"_s});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QCOMPARE(store.ticket(*id)->channel, channel);
    }
    // The database still refuses what Casebook does not know.
    WriteTransaction tx(*db);
    QVERIFY(tx.begin().ok());
    QVERIFY(!tx.exec(u"UPDATE tickets SET channel = 'pigeon'"_s, {}).ok());
}

void TestTicketStore::R15_firstResponseDueFollowsTheSlaPolicy()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore customers(*db, clock);
    Customer premium;
    premium.displayName = u"Premium Ltd"_s;
    premium.tier = CustomerTier::Premium;
    const auto premiumId = customers.create(premium);
    QVERIFY(premiumId.ok());

    TicketStore store(*db, clock);
    const auto standardTicket = store.create({u"Question"_s, {}, Channel::Email, u"?"_s});
    const auto premiumTicket = store.create({u"Question"_s, *premiumId, Channel::Email, u"?"_s});
    QVERIFY(standardTicket.ok() && premiumTicket.ok());
    // The shipped policies: Standard answers within 240 minutes, Premium within 60.
    QCOMPARE(store.ticket(*standardTicket)->firstResponseDueAt.value_or(0), start + 240 * minute);
    QCOMPARE(store.ticket(*premiumTicket)->firstResponseDueAt.value_or(0), start + 60 * minute);

    clock.advanceMs(5 * minute);
    QVERIFY(store.addMessage(*premiumTicket, MessageKind::Note, {}, u"Looking"_s).ok());
    QVERIFY(!store.ticket(*premiumTicket)->firstRespondedAt); // a note is no answer
    QVERIFY(store.addMessage(*premiumTicket, MessageKind::Agent, {}, u"We are on it."_s).ok());
    QCOMPARE(store.ticket(*premiumTicket)->firstRespondedAt.value_or(0), start + 5 * minute);
}

// A policy in business hours skips the weekend; after the first answer each customer
// message owes the next one (timed from the first unanswered message), which an answer or
// solving clears; the customer's answer reopens a pending ticket (R32).
void TestTicketStore::R15_R34_nextResponseAndBusinessHours()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const auto at = [](int day, int hour, int minutes = 0) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minutes), QTimeZone::UTC).toMSecsSinceEpoch();
    };
    FakeClock clock(at(20, 18)); // Friday 18:00; the team works 09:00-19:00 UTC by default
    TicketStore store(*db, clock);
    const auto id = store.create({u"Friday evening"_s, {}, Channel::Email, u"Help"_s});
    QVERIFY(id.ok());
    // Standard: 240 working minutes, one hour on Friday and three on Monday.
    QCOMPARE(store.ticket(*id)->firstResponseDueAt.value_or(0), at(23, 12));
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), at(23, 12));

    clock.setNowMs(at(23, 9, 30));
    QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"Looking"_s).ok());
    QVERIFY(!store.ticket(*id)->responseDueAt()); // answered, nothing owed
    clock.setNowMs(at(23, 10));
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Any news?"_s).ok());
    QCOMPARE(store.ticket(*id)->nextResponseDueAt.value_or(0), at(23, 18)); // next: 480 working minutes
    clock.setNowMs(at(23, 11));
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Hello?"_s).ok());
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), at(23, 18)); // still from the first one
    QVERIFY(store.addMessage(*id, MessageKind::Note, {}, u"Asked QA"_s).ok());
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), at(23, 18)); // a note is no answer
    QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"Fixed, please check"_s).ok());
    QVERIFY(!store.ticket(*id)->nextResponseDueAt);

    QVERIFY(store.setStatus(*id, TicketStatus::Pending, store.ticket(*id)->version, {}).ok());
    clock.setNowMs(at(23, 17));
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Still broken"_s).ok());
    QCOMPARE(store.ticket(*id)->status, TicketStatus::Open); // their answer: the team acts next
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), at(24, 15)); // two hours today, six tomorrow
    QVERIFY(store.solve(*id, Resolution::CustomerConfirmed, store.ticket(*id)->version, {}).ok());
    QVERIFY(!store.ticket(*id)->nextResponseDueAt);
    QVERIFY(!store.ticket(*id)->responseDueAt());

    // A round-the-clock policy counts every minute.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"UPDATE sla_policies SET business_hours = "_s + (db->isPostgres() ? u"false"_s : u"0"_s)));
    clock.setNowMs(at(20, 18));
    const auto weekend = store.create({u"Friday evening, 24/7"_s, {}, Channel::Email, u"Help"_s});
    QVERIFY(weekend.ok());
    QCOMPARE(store.ticket(*weekend)->firstResponseDueAt.value_or(0), at(20, 22));
}

void TestTicketStore::R32_closedTicketIsFinal()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    TicketStore store(*db);
    const auto id = store.create({u"Done soon"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(id.ok());
    QVERIFY(!store.setStatus(*id, TicketStatus::Solved, 1, {}).ok()); // R36: solving says how
    auto version = store.solve(*id, Resolution::CustomerConfirmed, 1, {});
    QVERIFY(version.ok());
    QCOMPARE(store.ticket(*id)->resolution, Resolution::CustomerConfirmed);
    QVERIFY(version.ok());
    version = store.setStatus(*id, TicketStatus::Closed, *version, {});
    QVERIFY(version.ok());
    QCOMPARE(store.ticket(*id)->status, TicketStatus::Closed);

    const auto reopened = store.setStatus(*id, TicketStatus::Open, *version, {});
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, Error::Kind::Invalid);
    QVERIFY(reopened.error().message.contains(u"cannot be reopened"));
    const auto written = store.addMessage(*id, MessageKind::Customer, {}, u"one more thing"_s);
    QVERIFY(!written.ok());
    QVERIFY(isStatusChangeAllowed(TicketStatus::Solved, TicketStatus::Open));
    QVERIFY(!isStatusChangeAllowed(TicketStatus::Closed, TicketStatus::Solved));
}

void TestTicketStore::R33_secondTakeConflictsAndNamesTheWinner()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    AgentStore agents(*db);
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    Agent ivan;
    ivan.login = u"ivan"_s;
    ivan.displayName = u"Ivan Petrov"_s;
    const auto annaId = agents.create(anna);
    const auto ivanId = agents.create(ivan);
    QVERIFY(annaId.ok() && ivanId.ok());

    TicketStore store(*db);
    const auto id = store.create({u"Who takes it?"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(id.ok());
    // Both loaded version 1; Anna is first.
    QVERIFY(store.assign(*id, *annaId, 1, *annaId).ok());
    const auto late = store.assign(*id, *ivanId, 1, *ivanId);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QVERIFY2(late.error().message.contains(u"Anna Berg"), qPrintable(late.error().message));
    QCOMPARE(store.ticket(*id)->assignee, *annaId);
}

void TestTicketStore::R14_tagsAreCreatedOnceAndAudited()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    TicketStore store(*db);
    const auto first = store.create({u"Billing question"_s, {}, Channel::Email, u"x"_s});
    const auto second = store.create({u"Billing again"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(first.ok() && second.ok());
    QVERIFY(store.addTag(*first, u"Billing"_s, {}).ok());
    QVERIFY(store.addTag(*first, u"billing "_s, {}).ok()); // the same tag, no second link
    QVERIFY(store.addTag(*second, u"billing"_s, {}).ok());
    QVERIFY(!store.addTag(*second, u"  "_s, {}).ok());
    QCOMPARE(store.tags(*first).value(), QStringList{u"billing"_s});
    QCOMPARE(store.tags(*second).value(), QStringList{u"billing"_s});
}

void TestTicketStore::R38_notesAreKeptApartFromReplies()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    TicketStore store(*db);
    const auto id = store.create({u"Thread"_s, {}, Channel::Email, u"Customer text"_s});
    QVERIFY(id.ok());
    QVERIFY(store.addMessage(*id, MessageKind::Note, {}, u"Team only: refund was refused last year"_s).ok());
    QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"Reply"_s).ok());
    const auto thread = store.messages(*id).value();
    QCOMPARE(thread.size(), 3);
    QCOMPARE(thread.at(1).kind, MessageKind::Note);
    QCOMPARE(thread.at(2).kind, MessageKind::Agent);
    const auto counts = store.countByStatus().value();
    QCOMPARE(counts.value(TicketStatus::New), 1);
}

void TestTicketStore::emptySubjectIsRefused()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    TicketStore store(*db);
    const auto id = store.create({u"   "_s, {}, Channel::Email, u"x"_s});
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, Error::Kind::Invalid);
    QCOMPARE(store.countByStatus()->value(TicketStatus::New), 0);
}

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
