// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/clock.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/inbox/inboxcounts.h"
#include "models/tickets/inbox/savedviews.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
// 2026-11-23 10:00 UTC: the month began on 2026-11-01.
const qint64 now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC).toMSecsSinceEpoch();
} // namespace

class TestSavedViews final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void teamViewsAreStoredEditedAndRemoved();
    void badViewsAreRefused();
    void liveCountsFollowChanges();
    void countsFollowAnActionAtOnce();
    void R14_taggedShareCountsThisMonthOnly();

private:
};

void TestSavedViews::init()
{
    if (!openDatabase(now))
        return;
}

void TestSavedViews::cleanup()
{
    closeDatabase();
}

void TestSavedViews::teamViewsAreStoredEditedAndRemoved()
{
    SavedViewStore store(*m_db, *m_clock);
    QSignalSpy changes(m_db->changeFeed(), &ChangeFeed::changed);
    const auto billing = store.add(u"  Billing  "_s, u"tag:billing -status:closed"_s, {});
    QVERIFY2(billing.ok(), qPrintable(billing.ok() ? QString() : billing.error().detail));
    QCOMPARE(billing->title, u"Billing"_s);
    QVERIFY(billing->isCustom());
    QCOMPARE(billing->key, u"custom:"_s + QString::number(billing->id));
    QVERIFY(store.add(u"Anna's"_s, u"assignee:anna"_s, {}).ok());
    QCOMPARE(changes.count(), 2); // every desktop hears of it

    auto list = store.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).title, u"Anna's"_s); // by name
    QCOMPARE(list->at(1).query, u"tag:billing -status:closed"_s);

    SavedView changed = *billing;
    changed.title = u"Billing, open"_s;
    const auto updated = store.update(changed);
    QVERIFY(updated.ok());
    QCOMPARE(updated->version, billing->version + 1);
    // A second desktop still holding the old version loses, and is told so.
    changed.title = u"Stale"_s;
    const auto stale = store.update(changed);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    QVERIFY(store.remove(billing->id).ok());
    QCOMPARE(store.list()->size(), 1);
    QCOMPARE(builtInSavedViews().size(), 12); // the built-in ones stay
}

void TestSavedViews::badViewsAreRefused()
{
    SavedViewStore store(*m_db, *m_clock);
    QCOMPARE(store.add(u"   "_s, u"tag:x"_s, {}).error().kind, Error::Kind::Invalid);
    const auto broken = store.add(u"Broken"_s, u"status:wontfix"_s, {});
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(u"status"_s), qPrintable(broken.error().message));
    QVERIFY(store.add(u"Billing"_s, u"tag:billing"_s, {}).ok());
    const auto twin = store.add(u"BILLING"_s, u"tag:invoice"_s, {});
    QVERIFY(!twin.ok());
    QVERIFY2(twin.error().message.contains(u"already"_s), qPrintable(twin.error().message));
    QCOMPARE(store.list()->size(), 1);
}

void TestSavedViews::liveCountsFollowChanges()
{
    TicketStore tickets(*m_db, *m_clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"hello"_s}).ok());
    InboxCounts counts(*m_db, *m_clock);
    counts.setThrottle(10);
    QSignalSpy arrived(&counts, &InboxCounts::countsChanged);
    QList<SavedView> views = builtInSavedViews();
    views.append({u"custom:1"_s, u"Email"_s, u"channel:email"_s, 1, 1});
    views.append({u"custom:2"_s, u"Words"_s, u"hello"_s, 2, 1}); // words: no count
    counts.setViews(views, {});
    QVERIFY(counts.isCounting()); // off the UI thread
    QTRY_COMPARE(counts.count(u"open"_s), 3);
    QCOMPARE(counts.count(u"new"_s), 3);
    QCOMPARE(counts.count(u"solved"_s), 0);
    QCOMPARE(counts.count(u"custom:1"_s), 3);
    QCOMPARE(counts.count(u"custom:2"_s), -1);

    // A burst of changes: counted again, once the throttle lets it.
    const auto first = tickets.ticket(TicketId(1));
    QVERIFY(first.ok());
    QVERIFY(tickets.solve(first->id, Resolution::CustomerConfirmed, first->version, {}).ok());
    QVERIFY(tickets.create({u"Chat"_s, {}, Channel::Chat, u"hi"_s}).ok());
    QTRY_COMPARE(counts.count(u"solved"_s), 1);
    QTRY_COMPARE(counts.count(u"open"_s), 3);
    QCOMPARE(counts.count(u"custom:1"_s), 3); // the solved one is still an email
    QCOMPARE(counts.count(u"unassigned"_s), 3);
}

void TestSavedViews::countsFollowAnActionAtOnce()
{
    // The picker's numbers change with the list right after a solve, not seconds later.
    TicketStore tickets(*m_db, *m_clock);
    const TicketId id = tickets.create({u"Ticket"_s, {}, Channel::Email, u"hello"_s}).value();
    InboxCounts counts(*m_db, *m_clock);
    counts.setThrottle(60'000); // only a count at once can pass this test
    counts.setViews(builtInSavedViews(), {});
    QTRY_COMPARE(counts.count(u"open"_s), 1);
    const auto ticket = tickets.ticket(id);
    QVERIFY(ticket.ok());
    QVERIFY(tickets.solve(id, Resolution::CustomerConfirmed, ticket->version, {}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(counts.count(u"solved"_s), 1, 3000);
    QCOMPARE(counts.count(u"open"_s), 0);
}

void TestSavedViews::R14_taggedShareCountsThisMonthOnly()
{
    TicketStore tickets(*m_db, *m_clock);
    // Last month: untagged, must not count.
    {
        FakeClock october(now - 40LL * 24 * 3600 * 1000);
        QVERIFY(TicketStore(*m_db, october).create({u"Old"_s, {}, Channel::Email, u"x"_s}).ok());
    }
    QList<TicketId> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(tickets.create({u"Now %1"_s.arg(i), {}, Channel::Email, u"x"_s}).value());
    for (int i = 0; i < 7; ++i)
        QVERIFY(tickets.addTag(ids.at(i), i % 2 ? u"billing"_s : u"login"_s, {}).ok());
    QVERIFY(tickets.addTag(ids.at(0), u"urgent"_s, {}).ok()); // two tags still count once

    const qint64 from = monthStartMs(now);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::UTC).date(), QDate(2026, 11, 1));
    const auto share = countTaggedShare(*m_db, from, now + 1);
    QVERIFY(share.ok());
    QCOMPARE(share->tickets, 10);
    QCOMPARE(share->tagged, 7);
    QVERIFY(share->share() >= taggedShareGoal); // 70 % meets the goal

    InboxCounts counts(*m_db, *m_clock);
    counts.setViews({}, {});
    QTRY_VERIFY(counts.taggedShare().has_value());
    QCOMPARE(counts.taggedShare()->tagged, 7);
    QCOMPARE(TaggedShare{}.share(), 1.0); // no tickets: nothing is missing
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
