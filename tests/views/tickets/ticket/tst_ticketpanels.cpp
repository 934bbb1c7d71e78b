// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/assignment/tickettasks.h"
#include "models/tickets/assignment/tickettasksmodel.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"
#include "models/tickets/triage/tickettriage.h"
#include "tests/models/tickets/ticket/statementcount.h"
#include "tests/support/testdatabase.h"
#include "tests/support/threadmessages.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/thread/composer.h"
#include "views/tickets/ticket/ticketview.h"
#include "views/tickets/triage/triagepanel.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

/// Statements that opening a ticket may cost with every panel beside it: the ticket row with
/// its names and flags, its tags, its links, the thread's newest page, the side tasks, the
/// reply and note drafts with their Cc lines and files (one statement) and the files the
/// customer's mail brought.
constexpr qint64 statementsToOpen = 7;
/// What the customer's card adds when the ticket belongs to another customer than the one
/// shown: the team's policy per tier, the customer with owner and policy, the lifecycle line,
/// history (tickets, bug reports, proposals), notes, the team's tag list once, and their
/// accesses.
constexpr qint64 statementsForAnotherCustomer = 10;
/// Statements that a change of the open ticket costs to follow: the ticket row, its tags and
/// links again, the changed message, the side tasks, the files (a new message may bring
/// some); and the team's tag list for autocompletion, which follows the tags of every ticket.
constexpr qint64 statementsToFollowAChange = 7;
/// What the customer's card adds to follow a change of one of their tickets: whether the
/// ticket is theirs, then the lifecycle line and the ticket history it shows.
constexpr qint64 statementsForTheCardToFollow = 4;

/// A team and a ticket with something for every panel: customer, a note, a related ticket.
struct Team
{
    FakeClock clock{1'795'000'000'000};
    AgentId anna;
    AgentId boris;
    CustomerId olga;
    TicketId ticket;
    TicketId related;

    explicit Team(Database &db)
    {
        Agent agent;
        agent.login = u"anna"_s;
        agent.displayName = u"Anna Berg"_s;
        anna = AgentStore(db, clock).create(agent).value();
        agent.login = u"boris"_s;
        agent.displayName = u"Boris Lang"_s;
        boris = AgentStore(db, clock).create(agent).value();
        Customer customer;
        customer.displayName = u"Olga Petrova"_s;
        olga = CustomerStore(db, clock).create(customer).value();
        TicketStore store(db, clock);
        related = store.create({u"Import is empty"_s, olga, Channel::Email, u"Nothing imported"_s}).value();
        ticket = store.create({u"Export is empty"_s, olga, Channel::Email, u"The CSV has no rows."_s}).value();
        clock.advanceMs(60'000);
        (void)store.addMessage(ticket, MessageKind::Note, boris, u"Legacy plan"_s);
        clock.advanceMs(60'000);
    }
};

/// Every panel of one open ticket, as the inbox shows them; the ticket goes last.
struct Panels
{
    explicit Panels(Session &session)
        : ticket(session)
        , view(ticket)
        , triage(ticket)
        , assignment(ticket)
    {
        view.resize(1000, 700);
        view.show();
        triage.show();
        assignment.show();
    }

    OpenTicket ticket;
    TicketView view;
    TriagePanel triage;
    AssignmentPanel assignment;
};

} // namespace

class TestTicketPanels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void remoteChangeReachesEveryPanelAtOnce_data() { Test::addEngineColumn(); }
    void remoteChangeReachesEveryPanelAtOnce();
    void openingATicketCostsAFixedNumberOfStatements();
    void R40_theHeaderOffersPrivacyAndShowsTheLock_data() { Test::addEngineColumn(); }
    void R40_theHeaderOffersPrivacyAndShowsTheLock();

private:
    template<typename T>
    T *child(QWidget *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }
};

void TestTicketPanels::remoteChangeReachesEveryPanelAtOnce()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    Team team(*db);
    Session session(*db, team.clock, nullptr);
    QCOMPARE(session.agentId(), team.anna);
    Panels panels(session);
    panels.view.setTicket(team.ticket);
    auto *assignee = child<QLabel>(&panels.view, u"ticket.assignee"_s);
    QCOMPARE(assignee->text(), u"Unassigned"_s);

    // Boris works on the same database from his desktop: his own connection and change feed.
    auto borisDb = testDb.open();
    QVERIFY(borisDb);
    const qint64 version = TicketStore(*borisDb).ticket(team.ticket)->version;
    QVERIFY(TicketAssignment(*borisDb, team.clock).take(team.ticket, version, team.boris).ok());
    QVERIFY(TicketTriage(*borisDb, team.clock).setSeverity(team.ticket, Severity::High, version + 1, team.boris).ok());
    QVERIFY(TicketTags(*borisDb, team.clock).add(team.ticket, u"export"_s, team.boris).ok());
    team.clock.advanceMs(60'000);
    QVERIFY(TicketStore(*borisDb, team.clock)
                .addMessage(team.ticket, MessageKind::Agent, team.boris, u"Looking into it"_s)
                .ok());
    QCOMPARE(assignee->text(), u"Unassigned"_s); // this desktop has not heard yet

    QSignalSpy overview(&panels.ticket, &OpenTicket::overviewChanged);
    QSignalSpy triaged(&panels.ticket, &OpenTicket::triageChanged);
    QSignalSpy assigned(&panels.ticket, &OpenTicket::assignmentChanged);
    const auto heard = db->changeFeed()->catchUp();
    QVERIFY(heard && heard.value() > 0);
    // One read, one signal for each part, every panel up to date.
    QCOMPARE(overview.count(), 1);
    QCOMPARE(triaged.count(), 1);
    QCOMPARE(assigned.count(), 1);
    QCOMPARE(assignee->text(), u"Boris Lang"_s);
    QCOMPARE(panels.view.findChildren<QFrame *>(u"thread.message"_s).size(), 3);
    QCOMPARE(Test::threadMessages(*panels.view.threadModel()).at(2).data().toString(), u"Looking into it"_s);
    QCOMPARE(child<QComboBox>(&panels.triage, u"triage.severity"_s)->currentData().toString(), u"high"_s);
    QTRY_VERIFY(panels.triage.findChild<QToolButton *>(u"triage.tag.export"_s));
    QCOMPARE(child<QLabel>(&panels.assignment, u"assignment.holder"_s)->text(), u"Held by Boris Lang."_s);
    QVERIFY(!child<QPushButton>(&panels.assignment, u"assignment.take"_s)->isEnabled());
}

void TestTicketPanels::openingATicketCostsAFixedNumberOfStatements()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase pg(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    auto db = pg.open();
    QVERIFY(db);
    // Something in every panel: a holder, triage with a reaction clock, a tag, a task, a link.
    Team team(*db);
    TicketStore store(*db, team.clock);
    QVERIFY(TicketAssignment(*db, team.clock).take(team.ticket, store.ticket(team.ticket)->version, team.boris).ok());
    QVERIFY(TicketTriage(*db, team.clock)
                .setComplexity(team.ticket, Complexity::Critical, store.ticket(team.ticket)->version, team.boris)
                .ok());
    QVERIFY(TicketTags(*db, team.clock).add(team.ticket, u"export"_s, team.boris).ok());
    QVERIFY(
        TicketTasks(*db, team.clock).add(team.ticket, u"Check the logs"_s, TicketTaskKind::Bug, {}, team.boris).ok());
    QVERIFY(TicketMerge(*db, team.clock).link(team.ticket, team.related, team.boris).ok());

    Session session(*db, team.clock, nullptr);
    Panels panels(session);
    Test::StatementCount count(*db);
    QVERIFY2(count.error().isEmpty(), qPrintable(count.error()));
    for (const TicketId open : {team.related, team.ticket}) {
        const qint64 before = count.total();
        QVERIFY(before >= 0);
        const CustomerId shown = panels.ticket.customer();
        panels.view.setTicket(open);
        const qint64 cost = count.total() - before;
        const bool newCustomer = panels.ticket.customer() != shown;
        qInfo("opening ticket %lld with every panel: %lld statements%s", open.value(), cost,
              newCustomer ? " (with another customer's card)" : "");
        QVERIFY2(cost <= statementsToOpen + (newCustomer ? statementsForAnotherCustomer : 0),
                 qPrintable(u"%1 statements"_s.arg(cost)));
    }
    QCOMPARE(child<QLabel>(&panels.view, u"ticket.assignee"_s)->text(), u"Boris Lang"_s);
    QVERIFY(child<QLabel>(&panels.triage, u"triage.reactionClock"_s)->isVisible());
    QCOMPARE(child<QListWidget>(&panels.assignment, u"assignment.links"_s)->count(), 1);
    QCOMPARE(panels.ticket.tasks()->rowCount(), 1);

    // A message from another desktop: one read of the ticket for every panel, and the message.
    auto otherDb = pg.open();
    QVERIFY(otherDb);
    QVERIFY(TicketStore(*otherDb, team.clock).addMessage(team.ticket, MessageKind::Customer, {}, u"Any news?"_s).ok());
    const qint64 before = count.total();
    const auto heard = db->changeFeed()->catchUp();
    QVERIFY(heard && heard.value() > 0);
    const qint64 cost = count.total() - before - 1; // less the feed's own read of the change log
    qInfo("a change of the open ticket from another desktop: %lld statements", cost);
    QVERIFY2(cost <= statementsToFollowAChange + statementsForTheCardToFollow,
             qPrintable(u"%1 statements"_s.arg(cost)));
    QCOMPARE(Test::threadMessages(*panels.view.threadModel()).size(), 3);
}

void TestTicketPanels::R40_theHeaderOffersPrivacyAndShowsTheLock()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    Team team(*db);
    QVERIFY(TicketStore(*db, team.clock)
                .addMessage(team.ticket, MessageKind::Customer, {},
                            u"By the way, the export page has an xss in its filter."_s)
                .ok());
    Session session(*db, team.clock, nullptr);
    Panels panels(session);
    panels.view.setTicket(team.ticket);
    auto *offer = child<QWidget>(&panels.view, u"ticket.privacyOffer"_s);
    auto *lock = child<QToolButton>(&panels.view, u"ticket.private"_s);
    // The team's word as the team wrote it, found whole in the customer's own words.
    QVERIFY(offer->isVisible());
    QVERIFY(child<QLabel>(&panels.view, u"ticket.privacyWords"_s)->text().contains(u"“XSS”"_s));
    QVERIFY(!lock->isChecked());

    QTest::mouseClick(child<QPushButton>(&panels.view, u"ticket.privacyOffer.mark"_s), Qt::LeftButton);
    QVERIFY(TicketStore(*db).ticket(team.ticket)->isPrivate);
    QVERIFY(lock->isChecked());
    QVERIFY(!offer->isVisible());

    // Made public again on another desktop: the lock follows, and the offer is back.
    auto otherDb = testDb.open();
    QVERIFY(otherDb);
    TicketStore other(*otherDb, team.clock);
    QVERIFY(other.setPrivate(team.ticket, false, other.ticket(team.ticket)->version, team.boris).ok());
    QVERIFY(db->changeFeed()->catchUp().ok());
    QVERIFY(!lock->isChecked());
    QVERIFY(offer->isVisible());

    // A click on the lock marks it too, against the version shown.
    lock->click();
    QVERIFY(TicketStore(*db).ticket(team.ticket)->isPrivate);
}

QTEST_MAIN(TestTicketPanels)
#include "tst_ticketpanels.moc"
