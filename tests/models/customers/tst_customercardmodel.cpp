// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerhistorymodel.h"
#include "models/customers/customernotesmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;
constexpr qint64 day = 24LL * 60 * 60 * 1000;

/// One agent's desktop: its own Database (connections and ChangeFeed) and Session.
struct Desktop
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

/**
 * The team's database on the row's engine, with Mira and Lena. Mira works at the first
 * desktop, and the test arranges its data through that desktop's database, so the changes are
 * announced at once; another desktop hears of them only as another machine would.
 */
struct Team
{
    explicit Team(const Test::TestDatabase &database)
        : testDb(database)
    {
    }

    const Test::TestDatabase &testDb;
    FakeClock clock{start};
    Desktop first;
    AgentId mira;
    AgentId lena;

    bool open()
    {
        first.db = testDb.open();
        if (!first.db)
            return false;
        for (const auto &[login, name, id] : {std::tuple{u"mira"_s, u"Mira"_s, &mira}, {u"lena"_s, u"Lena"_s, &lena}}) {
            Agent agent;
            agent.login = login;
            agent.displayName = name;
            auto created = AgentStore(*first.db, clock).create(agent);
            if (!created)
                return false;
            *id = *created;
        }
        first.session = std::make_unique<Session>(*first.db, clock, nullptr);
        first.session->setAgent(mira);
        return true;
    }

    [[nodiscard]] Session &session() const { return *first.session; }
    [[nodiscard]] Database &db() const { return *first.db; }

    /// Another desktop on the same database, with `agent` at it.
    [[nodiscard]] Desktop anotherDesktop(AgentId agent) const
    {
        Desktop desk{testDb.open(), nullptr};
        if (desk.db) {
            desk.session = std::make_unique<Session>(*desk.db, clock, nullptr);
            desk.session->setAgent(agent);
        }
        return desk;
    }

    CustomerId customer(const QString &name, bool premium = false) const
    {
        Customer c;
        c.displayName = name;
        c.company = name + u" Ltd"_s;
        c.emails = {name.toLower().remove(u' ') + u"@example.org"_s};
        c.licencePlan = u"Business"_s;
        c.licenceExpiresAt = start + 30 * day;
        if (premium) {
            c.tier = CustomerTier::Premium;
            SupportProfile profile;
            profile.exceptions = u"No calls on Fridays"_s;
            c.supportProfile = profile.toJson();
            c.successOwner = lena;
        }
        return CustomerStore(*first.db, clock).create(c).value();
    }
};

} // namespace

class TestCustomerCardModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R09_loadsTheCardOnce_data() { Test::addEngineColumn(); }
    void R09_loadsTheCardOnce();
    void R35_followsTheFeedWithPreciseSignals_data() { Test::addEngineColumn(); }
    void R35_followsTheFeedWithPreciseSignals();
    void anotherCustomersChangesCostNoReread_data() { Test::addEngineColumn(); }
    void anotherCustomersChangesCostNoReread();
    void anotherDesktopsChangesReachTheModel_data() { Test::addEngineColumn(); }
    void anotherDesktopsChangesReachTheModel();
    void conflictsNameWhoWasFirst_data() { Test::addEngineColumn(); }
    void conflictsNameWhoWasFirst();
    void actionsReturnErrorsAsValues_data() { Test::addEngineColumn(); }
    void actionsReturnErrorsAsValues();
};

void TestCustomerCardModel::R09_loadsTheCardOnce()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId anna = team.customer(u"Anna"_s, true);
    CustomerStore store(team.db(), team.clock);
    TicketStore tickets(team.db(), team.clock);
    QVERIFY(store.addTag(anna, u"reseller"_s, team.lena).ok());
    QVERIFY(store.addNote(anna, team.lena, u"Prefers chat"_s).ok());
    QVERIFY(tickets.create({u"Import stops"_s, anna, Channel::Email, u"hi"_s}).ok());

    CustomerCardModel model(team.session());
    QVERIFY(!model.accesses()); // no vault given
    QSignalSpy ids(&model, &CustomerCardModel::customerIdChanged);
    QSignalSpy customers(&model, &CustomerCardModel::customerChanged);
    QSignalSpy lifecycles(&model, &CustomerCardModel::lifecycleChanged);
    QSignalSpy tagNames(&model, &CustomerCardModel::tagNamesChanged);
    QSignalSpy failures(&model, &CustomerCardModel::loadFailed);
    QVERIFY(model.setCustomer(anna).ok());

    QCOMPARE(ids.count(), 1);
    QCOMPARE(ids.first().first().value<CustomerId>(), anna);
    QCOMPARE(customers.count(), 1);
    QCOMPARE(lifecycles.count(), 1);
    QCOMPARE(tagNames.count(), 1);
    QCOMPARE(failures.count(), 0);
    const Customer &c = model.customerData();
    QCOMPARE(c.displayName, u"Anna"_s);
    QCOMPARE(c.successOwnerName, u"Lena"_s); // R41
    QCOMPARE(c.sla.name, u"Premium"_s);
    QCOMPARE(c.tags, QStringList{u"reseller"_s});
    QCOMPARE(licenceState(c, model.nowMs()), LicenceState::Valid); // R09
    QVERIFY(model.lifecycle().has_value());
    QCOMPARE(model.lifecycle()->openNow, 1); // R35
    QCOMPARE(model.notes()->rowCount(), 1);
    QCOMPARE(model.history()->rowCount(), 1);
    QCOMPARE(model.tagNames(), QStringList{u"reseller"_s});
    QVERIFY(model.customerFacingText().contains(u"Anna Ltd"_s));
    QVERIFY(!model.customerFacingText().contains(u"Prefers chat"_s)); // R38

    // The team's tag list is read with the first customer only; the feed keeps it current.
    QVERIFY(model.setCustomer(team.customer(u"Boris"_s)).ok());
    QCOMPARE(tagNames.count(), 1);
    QCOMPARE(model.notes()->rowCount(), 0);
    QVERIFY(model.setCustomer({}).ok());
    QVERIFY(!model.customer().isValid());
    QVERIFY(model.customerFacingText().isEmpty());
    QCOMPARE(model.history()->rowCount(), 0);
}

void TestCustomerCardModel::R35_followsTheFeedWithPreciseSignals()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId anna = team.customer(u"Anna"_s);
    CustomerCardModel model(team.session());
    QAbstractItemModelTester notesTester(model.notes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(model.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(anna).ok());
    QSignalSpy notesReset(model.notes(), &QAbstractItemModel::modelReset);
    QSignalSpy historyReset(model.history(), &QAbstractItemModel::modelReset);
    QSignalSpy customers(&model, &CustomerCardModel::customerChanged);
    QSignalSpy lifecycles(&model, &CustomerCardModel::lifecycleChanged);
    QSignalSpy tagNames(&model, &CustomerCardModel::tagNamesChanged);

    // The card's own actions come back through the feed like anyone else's.
    QList<NoteId> notes;
    for (int i = 0; i < 6; ++i) {
        team.clock.advanceMs(60'000);
        notes.append(model.addNote(u"  Note %1  "_s.arg(i)).value());
        QCOMPARE(model.notes()->rowCount(), i + 1);
        QCOMPARE(model.notes()->index(0).data().toString(), u"Note %1"_s.arg(i)); // trimmed, newest first
    }
    QCOMPARE(model.notes()->index(0).data(AuthorRole).toString(), u"Mira"_s);
    const QPersistentModelIndex oldest = model.notes()->indexOf(notes.first());
    QVERIFY(model.setPinned(notes.first(), true).ok());
    QCOMPARE(model.notes()->indexOf(notes.first()).row(), 0);
    QVERIFY(oldest.isValid() && oldest.row() == 0); // moved, not reset: a selection follows it
    QVERIFY(model.notes()->index(0).data(PinnedRole).toBool());
    team.clock.advanceMs(60'000);
    const NoteId fix = model.addNote(u"Note 3, corrected"_s, notes.at(3)).value();
    QCOMPARE(model.notes()->rowCount(), 6); // the corrected note hides (R38: never edited)
    QVERIFY(!model.notes()->indexOf(notes.at(3)).isValid());
    QCOMPARE(model.notes()->supersededCount(), 1);
    model.notes()->setShowSuperseded(true);
    QCOMPARE(model.notes()->rowCount(), 7);
    QVERIFY(model.notes()->indexOf(fix).isValid());

    // Tickets of this customer move the lifecycle line and the history.
    TicketStore tickets(team.db(), team.clock);
    QList<TicketId> opened;
    for (int i = 0; i < 3; ++i) {
        team.clock.advanceMs(60'000);
        opened.append(tickets.create({u"Ticket %1"_s.arg(i), anna, Channel::Chat, u"hi"_s}).value());
    }
    QCOMPARE(model.history()->rowCount(), 3);
    QCOMPARE(model.lifecycle()->openNow, 3);
    QVERIFY(tickets.setStatus(opened.first(), TicketStatus::Closed, tickets.ticket(opened.first())->version, team.mira)
                .ok());
    QCOMPARE(model.lifecycle()->openNow, 2);
    QVERIFY(model.history()
                ->indexOf(CustomerHistoryItem::Kind::Ticket, opened.first().value())
                .data(DetailRole)
                .toString()
                .startsWith(u"Closed"_s));
    QVERIFY(lifecycles.count() >= 4);

    // Tags: the customer's record, and the team's list for completion (R14).
    QVERIFY(model.addTag(u" Billing "_s).ok());
    QCOMPARE(model.customerData().tags, QStringList{u"billing"_s});
    QVERIFY(customers.count() >= 1);
    QCOMPARE(tagNames.count(), 1);
    QVERIFY(model.tagNames().contains(u"billing"_s));
    QVERIFY(model.removeTag(u"billing"_s).ok());
    QVERIFY(model.customerData().tags.isEmpty());
    QVERIFY(model.tagNames().contains(u"billing"_s)); // the team's list keeps it

    QCOMPARE(notesReset.count(), 0); // precise signals only
    QCOMPARE(historyReset.count(), 0);
}

void TestCustomerCardModel::anotherCustomersChangesCostNoReread()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId anna = team.customer(u"Anna"_s);
    const CustomerId other = team.customer(u"Other"_s);
    TicketStore tickets(team.db(), team.clock);
    CustomerStore store(team.db(), team.clock);
    const TicketId theirs = tickets.create({u"Not Anna's"_s, other, Channel::Email, u"hi"_s}).value();
    CustomerCardModel model(team.session());
    QVERIFY(model.setCustomer(anna).ok());
    QSignalSpy customers(&model, &CustomerCardModel::customerChanged);
    QSignalSpy lifecycles(&model, &CustomerCardModel::lifecycleChanged);

    QVERIFY(tickets.create({u"Also not Anna's"_s, other, Channel::Email, u"hi"_s}).ok());
    QVERIFY(tickets.setStatus(theirs, TicketStatus::Pending, tickets.ticket(theirs)->version, team.mira).ok());
    QVERIFY(store.addNote(other, team.mira, u"About someone else"_s).ok());
    QVERIFY(store.addTag(other, u"vip"_s, team.mira).ok());
    QCOMPARE(customers.count(), 0);
    QCOMPARE(lifecycles.count(), 0);
    QCOMPARE(model.history()->rowCount(), 0);
    QCOMPARE(model.notes()->rowCount(), 0);

    // A ticket older than the history shows is still known to be hers, and counts.
    team.clock.advanceMs(60'000);
    QVERIFY(tickets.create({u"Anna's"_s, anna, Channel::Email, u"hi"_s}).ok());
    QCOMPARE(lifecycles.count(), 1);
    QCOMPARE(model.lifecycle()->openNow, 1);
}

void TestCustomerCardModel::anotherDesktopsChangesReachTheModel()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const Desktop theirs = team.anotherDesktop(team.lena);
    QVERIFY(theirs.db);
    team.db().changeFeed()->setHeartbeatInterval(50);
    const CustomerId anna = team.customer(u"Anna"_s);
    CustomerCardModel model(team.session());
    QAbstractItemModelTester notesTester(model.notes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(model.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(anna).ok());
    QSignalSpy notesReset(model.notes(), &QAbstractItemModel::modelReset);

    // Lena works on Anna at her own desk: only the database connects the two.
    CustomerCardModel hers(*theirs.session);
    QVERIFY(hers.setCustomer(anna).ok());
    const NoteId note = hers.addNote(u"Server moved to Helsinki"_s).value();
    QVERIFY(hers.addTag(u"migration"_s).ok());
    const TicketId ticket =
        TicketStore(*theirs.db, team.clock).create({u"Helsinki is slow"_s, anna, Channel::Email, u"hi"_s}).value();

    QTRY_COMPARE_WITH_TIMEOUT(model.notes()->rowCount(), 1, 5000);
    QCOMPARE(model.notes()->index(0).data(AuthorRole).toString(), u"Lena"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.customerData().tags, QStringList{u"migration"_s}, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model.tagNames().contains(u"migration"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model.history()->indexOf(CustomerHistoryItem::Kind::Ticket, ticket.value()).isValid(),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(model.lifecycle()->openNow, 1, 5000);

    QVERIFY(hers.setPinned(note, true).ok());
    QTRY_VERIFY_WITH_TIMEOUT(model.notes()->index(0).data(PinnedRole).toBool(), 5000);
    QCOMPARE(notesReset.count(), 0);
}

void TestCustomerCardModel::conflictsNameWhoWasFirst()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const Desktop theirs = team.anotherDesktop(team.lena);
    QVERIFY(theirs.db);
    const CustomerId anna = team.customer(u"Anna"_s);
    const CustomerId duplicate = team.customer(u"Anna B"_s);
    const NoteId note = CustomerStore(team.db(), team.clock).addNote(anna, team.mira, u"Server in Frankfurt"_s).value();
    CustomerCardModel model(team.session());
    QVERIFY(model.setCustomer(anna).ok());
    CustomerCardModel hers(*theirs.session);
    QVERIFY(hers.setCustomer(anna).ok());

    // Both correct the same note; Lena saves first, and this desktop has not heard of it yet.
    const NoteId herFix = hers.addNote(u"Server in Helsinki"_s, note).value();
    const auto refused = model.addNote(u"Server in Stockholm"_s, note);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(u"Lena"_s), qPrintable(refused.error().message));
    QVERIFY(model.notes()->indexOf(herFix).isValid()); // her correction shows at once

    // Lena merges another record into Anna; a merge from the stale card is refused by name.
    const CustomerId third = team.customer(u"Third"_s);
    QVERIFY(hers.merge(hers.planMerge(third).value()).ok());
    const auto plan = model.planMerge(duplicate);
    QCOMPARE(plan->survivor.id, anna);
    QCOMPARE(plan->duplicate.displayName, u"Anna B"_s);
    const Status merged = model.merge(plan.value());
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().kind, Error::Kind::Conflict);
    QVERIFY2(merged.error().message.contains(u"Lena"_s), qPrintable(merged.error().message));
    QVERIFY(!CustomerStore(team.db()).customer(duplicate)->mergedInto.isValid()); // nothing moved
    QCOMPARE(model.merge(plan.value()).error().kind, Error::Kind::Conflict); // the old plan stays refused
    // The refusal read the card again: a new plan sees Lena's merge and goes through.
    QVERIFY(model.merge(model.planMerge(duplicate).value()).ok());
    QCOMPARE(CustomerStore(team.db()).customer(duplicate)->mergedInto, anna);
}

void TestCustomerCardModel::actionsReturnErrorsAsValues()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId anna = team.customer(u"Anna"_s);
    CustomerCardModel model(team.session());
    QVERIFY(model.setCustomer(anna).ok());
    QCOMPARE(model.addNote(u"   "_s).error().kind, Error::Kind::Invalid);
    QCOMPARE(model.addTag(u" "_s).error().kind, Error::Kind::Invalid);
    QCOMPARE(model.setPinned(NoteId(4711), true).error().kind, Error::Kind::NotFound);
    QCOMPARE(model.planMerge(CustomerId(4711)).error().kind, Error::Kind::NotFound);
    QCOMPARE(model.merge(model.planMerge(anna).value()).error().kind, Error::Kind::Invalid); // not with itself

    QSignalSpy failures(&model, &CustomerCardModel::loadFailed);
    QVERIFY(!model.setCustomer(CustomerId(4711)).ok());
    QCOMPARE(failures.count(), 1);
    QCOMPARE(model.customer(), CustomerId(4711));
}

QTEST_GUILESS_MAIN(TestCustomerCardModel)
#include "tst_customercardmodel.moc"
