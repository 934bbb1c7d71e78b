// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/presence/presence.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

AgentId makeAgent(Database &db, const QString &login, const QString &name)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    return AgentStore(db).create(agent).value();
}

} // namespace

class TestPresence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void othersSeeWhoHasATicketOpenAndWhoTypes_data() { Test::addEngineColumn(); }
    void othersSeeWhoHasATicketOpenAndWhoTypes();
    void aDesktopThatGoesAwayExpiresByItself_data() { Test::addEngineColumn(); }
    void aDesktopThatGoesAwayExpiresByItself();
    void presenceIsNotAChange();
};

void TestPresence::othersSeeWhoHasATicketOpenAndWhoTypes()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock(1'795'000'000'000);
    // Two desktops: their own Database objects, sessions and presence.
    auto annaDb = testDb.open();
    auto ivanDb = testDb.open();
    QVERIFY(annaDb && ivanDb);
    const AgentId anna = makeAgent(*annaDb, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = makeAgent(*annaDb, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId ticket = TicketStore(*annaDb, clock).create({u"Export"_s, {}, Channel::Email, u"hi"_s}).value();
    Session annaSession(*annaDb, clock, nullptr);
    annaSession.setAgent(anna);
    Session ivanSession(*ivanDb, clock, nullptr);
    ivanSession.setAgent(ivan);
    Presence annaHere(annaSession);
    Presence ivanHere(ivanSession);

    annaHere.setTicket(ticket);
    ivanHere.setTicket(ticket);
    annaHere.refresh();
    QCOMPARE(annaHere.othersOn(ticket).size(), 1);
    QCOMPARE(annaHere.othersOn(ticket).first().agentName, u"Ivan Petrov"_s);
    QVERIFY(annaHere.typingOn(ticket).isEmpty());

    QSignalSpy changed(&annaHere, &Presence::changed);
    ivanHere.noteTyping();
    annaHere.refresh();
    QCOMPARE(annaHere.typingOn(ticket), QStringList{u"Ivan Petrov"_s});
    QVERIFY(changed.count() >= 1);
    // Ivan sees Anna, never himself.
    ivanHere.refresh();
    QCOMPARE(ivanHere.othersOn(ticket).size(), 1);
    QCOMPARE(ivanHere.othersOn(ticket).first().agent, anna);

    // He moves on to no ticket: gone from this one.
    ivanHere.setTicket({});
    annaHere.refresh();
    QVERIFY(annaHere.othersOn(ticket).isEmpty());
    QCOMPARE(annaHere.others().size(), 1); // still at his desk
}

void TestPresence::aDesktopThatGoesAwayExpiresByItself()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock(1'795'000'000'000);
    auto annaDb = testDb.open();
    auto ivanDb = testDb.open();
    QVERIFY(annaDb && ivanDb);
    const AgentId anna = makeAgent(*annaDb, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = makeAgent(*annaDb, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId ticket = TicketStore(*annaDb, clock).create({u"Export"_s, {}, Channel::Email, u"hi"_s}).value();
    Session annaSession(*annaDb, clock, nullptr);
    annaSession.setAgent(anna);
    Session ivanSession(*ivanDb, clock, nullptr);
    ivanSession.setAgent(ivan);
    Presence annaHere(annaSession);
    {
        Presence ivanHere(ivanSession);
        ivanHere.setTicket(ticket);
        ivanHere.noteTyping();
        annaHere.refresh();
        QCOMPARE(annaHere.typingOn(ticket), QStringList{u"Ivan Petrov"_s});
        // His desktop vanishes without a word (no leave(): the server went with it, say).
        ivanDb->setState(Database::State::Disconnected);
    }
    annaHere.refresh();
    QCOMPARE(annaHere.othersOn(ticket).size(), 1); // not yet: his row is valid a while
    clock.advanceMs(qint64(Presence::defaultBeatMs) * Presence::expiryBeats + 1);
    annaHere.refresh();
    QVERIFY(annaHere.othersOn(ticket).isEmpty());
}

void TestPresence::presenceIsNotAChange()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    auto annaDb = testDb.open();
    auto ivanDb = testDb.open();
    QVERIFY(annaDb && ivanDb);
    const AgentId ivan = makeAgent(*annaDb, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId ticket = TicketStore(*annaDb).create({u"Export"_s, {}, Channel::Email, u"hi"_s}).value();
    QSignalSpy notified(annaDb->changeFeed(), &ChangeFeed::presenceNotified);
    QSignalSpy changes(annaDb->changeFeed(), &ChangeFeed::changed);
    const auto logRows = [&ivanDb] {
        QSqlQuery q(ivanDb->connection());
        return q.exec(u"SELECT count(*) FROM change_log"_s) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 before = logRows();
    QVERIFY(PresenceStore(*ivanDb).announce({u"desk-1"_s, ivan, {}, ticket, true}, 1'795'000'100'000).ok());
    // A nudge by NOTIFY at once, and no row in the change log: presence is not history.
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
    QCOMPARE(notified.first().first().toLongLong(), ticket.value());
    QTest::qWait(100);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(logRows(), before);
}

QTEST_MAIN(TestPresence)
#include "tst_presence.moc"
