// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/drafts/draftstore.h"
#include "models/drafts/localdrafts.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestDraftStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void savedDraftComesBackAfterReopening_data() { Test::addEngineColumn(); }
    void savedDraftComesBackAfterReopening();
    void secondWindowConflictsInsteadOfOverwriting_data() { Test::addEngineColumn(); }
    void secondWindowConflictsInsteadOfOverwriting();
    void draftsArePerAgentAndScope_data() { Test::addEngineColumn(); }
    void draftsArePerAgentAndScope();
    void keptOnThisComputerWhileTheDatabaseCannotTakeIt_data() { Test::addEngineColumn(); }
    void keptOnThisComputerWhileTheDatabaseCannotTakeIt();
};

namespace {

AgentId makeAgent(Database &db, const QString &login)
{
    Agent agent;
    agent.login = login;
    agent.displayName = login;
    return AgentStore(db).create(agent).value();
}

} // namespace

void TestDraftStore::savedDraftComesBackAfterReopening()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock(1'795'000'000'000);
    AgentId anna;
    TicketId ticket;
    {
        auto db = testDb.open();
        QVERIFY(db);
        anna = makeAgent(*db, u"anna"_s);
        ticket = TicketStore(*db, clock).create({u"Subject"_s, {}, Channel::Email, u"hi"_s}).value();
        DraftStore drafts(*db, clock);
        Draft draft{anna, DraftStore::replyScope(ticket), ticket, u"Hello, I am l"_s, MessageId(1), 0, 0};
        const auto first = drafts.save(draft);
        QVERIFY(first.ok());
        draft.version = first.value();
        draft.body = u"Hello, I am looking into it"_s;
        QCOMPARE(drafts.save(draft).value(), 2);
    } // the "crash": the database is closed with the draft unsent

    auto db = testDb.open();
    QVERIFY(db);
    const auto back = DraftStore(*db, clock).draft(anna, u"ticket/%1/reply"_s.arg(ticket.value()));
    QVERIFY(back.ok());
    QVERIFY(back->has_value());
    QCOMPARE(back.value()->body, u"Hello, I am looking into it"_s);
    QCOMPARE(back.value()->baseMessage, MessageId(1));
    QCOMPARE(back.value()->ticket, ticket);
    QCOMPARE(back.value()->version, 2);

    QVERIFY(DraftStore(*db, clock).remove(anna, DraftStore::replyScope(ticket)).ok());
    QVERIFY(!DraftStore(*db, clock).draft(anna, DraftStore::replyScope(ticket))->has_value());
    QVERIFY(DraftStore(*db, clock).remove(anna, DraftStore::replyScope(ticket)).ok()); // none left: fine
}

void TestDraftStore::secondWindowConflictsInsteadOfOverwriting()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const AgentId anna = makeAgent(*db, u"anna"_s);
    DraftStore drafts(*db);
    Draft mine{anna, u"ticket/9/note"_s, {}, u"first window"_s, {}, 0, 0};
    Draft theirs = mine;
    theirs.body = u"second window"_s;
    QCOMPARE(drafts.save(mine).value(), 1);
    const auto clash = drafts.save(theirs); // also believes it is new
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind, Error::Kind::Conflict);
    QCOMPARE(drafts.draft(anna, u"ticket/9/note"_s).value()->body, u"first window"_s);

    const auto noAgent = drafts.save(Draft{{}, u"ticket/9/note"_s, {}, u"x"_s, {}, 0, 0});
    QCOMPARE(noAgent.error().kind, Error::Kind::Invalid);
}

void TestDraftStore::draftsArePerAgentAndScope()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const AgentId anna = makeAgent(*db, u"anna"_s);
    const AgentId boris = makeAgent(*db, u"boris"_s);
    DraftStore drafts(*db);
    QVERIFY(drafts.save({anna, DraftStore::replyScope(TicketId(5)), {}, u"anna's reply"_s, {}, 0, 0}).ok());
    QVERIFY(drafts.save({anna, DraftStore::noteScope(TicketId(5)), {}, u"anna's note"_s, {}, 0, 0}).ok());
    QVERIFY(drafts.save({boris, DraftStore::replyScope(TicketId(5)), {}, u"boris' reply"_s, {}, 0, 0}).ok());
    QCOMPARE(drafts.draft(anna, u"ticket/5/reply"_s).value()->body, u"anna's reply"_s);
    QCOMPARE(drafts.draft(anna, u"ticket/5/note"_s).value()->body, u"anna's note"_s);
    QCOMPARE(drafts.draft(boris, u"ticket/5/reply"_s).value()->body, u"boris' reply"_s);
    QVERIFY(!drafts.draft(boris, u"ticket/5/note"_s).value().has_value());
}

void TestDraftStore::keptOnThisComputerWhileTheDatabaseCannotTakeIt()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock(1'795'000'000'000);
    auto db = testDb.open();
    QVERIFY(db);
    const AgentId anna = makeAgent(*db, u"anna"_s);
    const TicketId ticket = TicketStore(*db, clock).create({u"Subject"_s, {}, Channel::Email, u"hi"_s}).value();
    DraftStore drafts(*db, clock);
    const QString scope = DraftStore::replyScope(ticket);
    Draft draft{anna, scope, ticket, u"Hello"_s, MessageId(1), 0, 0};
    draft.version = drafts.save(draft).value();

    // The database stops taking drafts (here their table is gone for a moment: for this
    // store as good as a server that went away).
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"ALTER TABLE drafts RENAME TO drafts_away"_s));
    clock.advanceMs(1000);
    draft.body = u"Hello, the export works again."_s;
    const auto saved = drafts.save(draft);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(u"kept on this computer"_s), qPrintable(saved.error().message));
    // Read back while the database is still away: the text typed here.
    const auto whileAway = drafts.draft(anna, scope);
    QVERIFY(whileAway && whileAway->has_value());
    QCOMPARE((*whileAway)->body, u"Hello, the export works again."_s);

    QVERIFY(q.exec(u"ALTER TABLE drafts_away RENAME TO drafts"_s));
    // Back: the newer local copy wins over the database's older text until it is saved there.
    const auto back = drafts.draft(anna, scope);
    QVERIFY(back && back->has_value());
    QCOMPARE((*back)->body, u"Hello, the export works again."_s);
    const auto rescued = drafts.saveLocalDrafts(anna);
    QVERIFY(rescued.ok());
    QCOMPARE(rescued.value(), 1);
    QVERIFY(LocalDrafts(db->url()).all(anna).isEmpty());
    QCOMPARE((*drafts.draft(anna, scope))->body, u"Hello, the export works again."_s);
    QCOMPARE(drafts.saveLocalDrafts(anna).value(), 0);

    // Sent (dropped) while a copy is kept: the copy goes too, nothing comes back.
    draft = **drafts.draft(anna, scope);
    QVERIFY(q.exec(u"ALTER TABLE drafts RENAME TO drafts_away"_s));
    draft.body = u"One more line"_s;
    QVERIFY(!drafts.save(draft).ok());
    QVERIFY(q.exec(u"ALTER TABLE drafts_away RENAME TO drafts"_s));
    QVERIFY(drafts.remove(anna, scope).ok());
    QVERIFY(!drafts.draft(anna, scope)->has_value());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
