// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/drafts/draftstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/thread/replysender.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestReplySender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void guardHoldsWhenOthersWrote_data();
    void guardHoldsWhenOthersWrote();
    void sendAnywaySendsAndDropsTheDraft_data() { Test::addEngineColumn(); }
    void sendAnywaySendsAndDropsTheDraft();
    void R38_replyRepeatingANoteIsRefused_data() { Test::addEngineColumn(); }
    void R38_replyRepeatingANoteIsRefused();
    void R38_notesCannotBeQuoted();
    void R32_closedTicketTakesNoReply_data() { Test::addEngineColumn(); }
    void R32_closedTicketTakesNoReply();

private:
    std::unique_ptr<FakeClock> m_clock;
};

namespace {

struct Fixture
{
    AgentId anna;
    AgentId boris;
    TicketId ticket;
    MessageId seen; ///< what Anna saw when she opened the ticket
};

Fixture makeFixture(Database &db, const Clock &clock)
{
    Fixture f;
    Agent a;
    a.login = u"anna"_s;
    a.displayName = u"Anna Berg"_s;
    f.anna = AgentStore(db, clock).create(a).value();
    a.login = u"boris"_s;
    a.displayName = u"Boris Lang"_s;
    f.boris = AgentStore(db, clock).create(a).value();
    TicketStore store(db, clock);
    f.ticket = store.create({u"Export broken"_s, {}, Channel::Email, u"The export is empty"_s}).value();
    f.seen = store.messages(f.ticket).value().constLast().id;
    return f;
}

} // namespace

void TestReplySender::init()
{
    m_clock = std::make_unique<FakeClock>(1'795'000'000'000);
}

void TestReplySender::guardHoldsWhenOthersWrote_data()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QString>("writer"); // who writes between opening and sending
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("held");
    for (const auto &[engine, name] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, std::pair{DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        QTest::addRow("%s: the customer wrote", name) << engine << u"customer"_s << int(MessageKind::Customer) << true;
        QTest::addRow("%s: another agent replied", name) << engine << u"boris"_s << int(MessageKind::Agent) << true;
        QTest::addRow("%s: another agent left a note", name) << engine << u"boris"_s << int(MessageKind::Note) << true;
        QTest::addRow("%s: my own note does not hold me", name)
            << engine << u"anna"_s << int(MessageKind::Note) << false;
        QTest::addRow("%s: a system event does not hold", name)
            << engine << u"system"_s << int(MessageKind::System) << false;
    }
}

void TestReplySender::guardHoldsWhenOthersWrote()
{
    QFETCH(QString, writer);
    QFETCH(int, kind);
    QFETCH(bool, held);
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const Fixture f = makeFixture(*db, *m_clock);
    m_clock->advanceMs(60'000);
    const AgentId author = writer == u"boris" ? f.boris : (writer == u"anna" ? f.anna : AgentId());
    const auto written = TicketStore(*db, *m_clock).addMessage(f.ticket, MessageKind(kind), author, u"Meanwhile…"_s);
    QVERIFY(written.ok());

    ReplySender sender(*db, *m_clock);
    const auto outcome = sender.send({f.ticket, MessageKind::Agent, u"Here is the fix"_s, f.anna, f.seen});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->isHeld(), held);
    const int count = int(TicketStore(*db).messages(f.ticket)->size());
    if (held) {
        QCOMPARE(outcome->held.size(), 1);
        QCOMPARE(outcome->held.constFirst().id, written.value());
        QCOMPARE(outcome->held.constFirst().body, u"Meanwhile…"_s);
        QCOMPARE(count, 2); // nothing was sent
    } else {
        QCOMPARE(count, 3);
    }
}

void TestReplySender::sendAnywaySendsAndDropsTheDraft()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const Fixture f = makeFixture(*db, *m_clock);
    DraftStore drafts(*db, *m_clock);
    QVERIFY(drafts.save({f.anna, DraftStore::replyScope(f.ticket), f.ticket, u"Here is the fix"_s, f.seen, 0, 0}).ok());
    QVERIFY(drafts.save({f.anna, DraftStore::noteScope(f.ticket), f.ticket, u"half a note"_s, f.seen, 0, 0}).ok());
    QVERIFY(TicketStore(*db, *m_clock).addMessage(f.ticket, MessageKind::Customer, {}, u"Any news?"_s).ok());

    ReplySender sender(*db, *m_clock);
    const ReplySender::Outgoing reply{f.ticket, MessageKind::Agent, u"Here is the fix"_s, f.anna, f.seen};
    QVERIFY(sender.send(reply)->isHeld());
    QVERIFY(drafts.draft(f.anna, DraftStore::replyScope(f.ticket))->has_value()); // held: the draft stays
    const auto sent = sender.send(reply, ReplySender::Guard::SendAnyway);
    QVERIFY(sent.ok());
    QVERIFY(!sent->isHeld());
    QCOMPARE(TicketStore(*db).messages(f.ticket)->constLast().body, u"Here is the fix"_s);
    QVERIFY(!drafts.draft(f.anna, DraftStore::replyScope(f.ticket))->has_value());
    QVERIFY(drafts.draft(f.anna, DraftStore::noteScope(f.ticket))->has_value()); // the note draft is another one

    QCOMPARE(sender.send({f.ticket, MessageKind::Agent, u"   "_s, f.anna, sent->sent}).error().kind,
             Error::Kind::Invalid);
    QCOMPARE(sender.send({f.ticket, MessageKind::Customer, u"x"_s, f.anna, sent->sent}).error().kind,
             Error::Kind::Invalid);
}

void TestReplySender::R38_replyRepeatingANoteIsRefused()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const Fixture f = makeFixture(*db, *m_clock);
    ReplySender sender(*db, *m_clock);
    const auto note =
        sender.send({f.ticket, MessageKind::Note, u"Customer is on the old plan.\nDo not promise the fix before 5.2"_s,
                     f.anna, f.seen});
    QVERIFY(note.ok());
    const auto leak =
        sender.send({f.ticket, MessageKind::Agent,
                     u"Hello,\n\nwe found it. do not promise   the fix before 5.2\n\nAnna"_s, f.anna, note->sent});
    QVERIFY(!leak.ok());
    QCOMPARE(leak.error().kind, Error::Kind::Invalid);
    QVERIFY(leak.error().message.contains(u"Do not promise the fix before 5.2"_s));
    QCOMPARE(TicketStore(*db).messages(f.ticket)->size(), 2); // the reply did not go out

    // A note may repeat a note; a reply with short common lines ("Thanks!") is fine.
    QVERIFY(sender.send({f.ticket, MessageKind::Agent, u"Thanks!\nWe are on it."_s, f.anna, note->sent}).ok());
    QVERIFY(
        ReplySender::noteLinesIn(u"the customer is on the old plan."_s,
                                 {Message{{}, {}, MessageKind::Agent, {}, {}, u"Customer is on the old plan."_s, 0}})
            .isEmpty()); // only notes count
}

void TestReplySender::R38_notesCannotBeQuoted()
{
    const auto quoted = ReplySender::quoteForCustomer(MessageKind::Customer, u"Acme"_s, u"line one\n\nline two"_s);
    QVERIFY(quoted.ok());
    QCOMPARE(quoted.value(), u"Acme wrote:\n> line one\n>\n> line two\n"_s);
    QVERIFY(ReplySender::quoteForCustomer(MessageKind::Agent, u"Anna"_s, u"sent"_s).ok());
    QCOMPARE(ReplySender::quoteForCustomer(MessageKind::Note, u"Anna"_s, u"secret"_s).error().kind,
             Error::Kind::Invalid);
    QVERIFY(!ReplySender::quoteForCustomer(MessageKind::System, {}, u"handed over"_s).ok());
}

void TestReplySender::R32_closedTicketTakesNoReply()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const Fixture f = makeFixture(*db, *m_clock);
    TicketStore store(*db, *m_clock);
    const qint64 version = store.ticket(f.ticket)->version;
    QVERIFY(store.setStatus(f.ticket, TicketStatus::Closed, version, f.anna).ok());
    const auto sent = ReplySender(*db, *m_clock).send({f.ticket, MessageKind::Agent, u"late"_s, f.anna, f.seen});
    QVERIFY(!sent.ok());
    QVERIFY(sent.error().message.contains(u"closed"_s));
}

QTEST_GUILESS_MAIN(TestReplySender)
#include "tst_replysender.moc"
