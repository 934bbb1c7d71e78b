// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Casebook::Test;
using namespace Qt::StringLiterals;

namespace {

// The row kept out of view, -1 when none; fails when more than one claims to be.
int keptRow(const InboxModel &model)
{
    int kept = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, InboxModel::SubjectColumn).data(OutOfViewRole).toBool()) {
            if (kept >= 0)
                return -2;
            kept = row;
        }
    }
    return kept;
}

// The view's order with the model's kept row where the model keeps it.
QList<qint64> expectedWithKept(Database &db, const InboxModel &model)
{
    QList<qint64> order = expectedOrder(db);
    const int kept = keptRow(model);
    if (kept >= 0)
        order.insert(kept, model.ticketAt(model.index(kept, 0)).value());
    return order;
}

// Three tickets saying "lamp", and `model` searching for them.
QList<TicketId> searchThreeLamps(Database &db, FakeClock &clock, InboxModel &model)
{
    const QList<TicketId> ids = createLampTickets(db, clock, {u"Lamp one"_s, u"Lamp two"_s, u"Lamp three"_s});
    SearchQuery::ParseError error;
    if (!model.setQuery(SearchQuery::parse(u"lamp -status:solved"_s, QDate(2026, 11, 23), &error), {}).ok())
        QTest::qFail("the search did not run", __FILE__, __LINE__);
    return ids;
}

} // namespace

// The inbox following changes as they are written: precise row moves instead of resets,
// changes to rows nobody has loaded counted on the worker, and the agent's held ticket
// keeping its row when an edit takes it out of the view.
class TestInboxModelUpdates final : public InboxModelTest
{
    Q_OBJECT

private Q_SLOTS:
    void followsRandomChangesPrecisely();
    void selectionFollowsItsTicket();
    void followsThousandsOfChangesOutsideTheLoadedPages();
    void unloadedChangesCountOnTheWorker();
    void aWideSelectionFollowsItsTickets();
    void heldTicketKeepsItsRowWhenAnEditMovesItOut();
    void heldRowSurvivesPageDropsAndRecounts();
    void heldTicketKeepsItsRowInASearch();
    void searchLosesARowWithItsRowsThere();
    void heldRowFollowsRandomChanges();
};

void TestInboxModelUpdates::followsRandomChangesPrecisely()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    bulkTickets(*m_db, 200, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    TicketStore store(*m_db, *m_clock);
    QRandomGenerator random(7);

    const int operations = engine == DatabaseUrl::Engine::SQLite ? 2000 : 600;
    for (int i = 0; i < operations; ++i) {
        m_clock->advanceMs(1000);
        const PickedTicket ticket = pickTicket(*m_db, random, 200);
        QVERIFY(ticket.id.isValid());
        QVERIFY(applyEdit(store, RandomEdit(random.bounded(6)), ticket, i));
        // Changes outside the loaded pages settle when the worker's count arrives.
        if (i % 50 == 0 || i == operations - 1)
            QTRY_COMPARE(modelOrder(model), expectedOrder(*m_db));
    }
    QCOMPARE(resets.count(), 0);
}

void TestInboxModelUpdates::selectionFollowsItsTicket()
{
    bulkTickets(*m_db, 50, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    const QPersistentModelIndex selected = model.index(10, InboxModel::SubjectColumn);
    const TicketId ticket = model.ticketAt(selected);
    TicketStore store(*m_db, *m_clock);
    for (int i = 0; i < 3; ++i) {
        m_clock->advanceMs(1000);
        QVERIFY(store.create({u"Arrives above"_s, {}, Channel::Email, u"x"_s}).ok());
    }
    QCOMPARE(selected.row(), 13);
    QCOMPARE(model.ticketAt(selected), ticket);
}

// Many more tickets than the model keeps: most changes touch rows nobody has loaded,
// so they take the worker's count path, interleaved with changes to loaded rows.
void TestInboxModelUpdates::followsThousandsOfChangesOutsideTheLoadedPages()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    const int tickets = InboxModel::pageSize * (InboxModel::maxPages + 8);
    bulkTickets(*m_db, tickets, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    TicketStore store(*m_db, *m_clock);
    QRandomGenerator random(11);
    const QPersistentModelIndex watched = model.index(5, InboxModel::SubjectColumn);
    const TicketId watchedTicket = model.ticketAt(watched);

    const int operations = engine == DatabaseUrl::Engine::SQLite ? 3000 : 400;
    for (int i = 0; i < operations; ++i) {
        m_clock->advanceMs(1000);
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET "_s
               + QString::number(random.bounded(tickets)));
        QVERIFY(q.next());
        const TicketId id(q.value(0).toLongLong());
        const qint64 version = q.value(1).toLongLong();
        const QString status = q.value(2).toString();
        q.finish();
        if (id == watchedTicket)
            continue; // the watched row must stay in the view
        switch (random.bounded(4)) {
        case 0:
            QVERIFY(store.create({u"New %1"_s.arg(i), {}, Channel::Chat, u"hello"_s}).ok());
            break;
        case 1:
            if (status == u"open")
                QVERIFY(store.solve(id, Resolution::CustomerConfirmed, version, {}).ok());
            break;
        case 2:
            if (status == u"solved")
                QVERIFY(store.setStatus(id, TicketStatus::Open, version, {}).ok());
            break;
        default:
            if (status != u"closed")
                QVERIFY(store.addTag(id, u"tag%1"_s.arg(random.bounded(5)), {}).ok());
            break;
        }
        // Now and then the view scrolls a little and lets the worker answer.
        if (i % 97 == 0) {
            QCoreApplication::processEvents();
            (void)model.data(model.index(std::min(model.rowCount() - 1, random.bounded(400)), 0));
        }
    }
    QTRY_COMPARE(modelOrder(model), expectedOrder(*m_db));
    QCOMPARE(resets.count(), 0);
    QVERIFY(watched.isValid());
    QCOMPARE(model.ticketAt(watched), watchedTicket);
}

// A change to a ticket nobody has loaded must not count the whole view on the UI thread:
// the total arrives later from the worker, for all such changes at once.
void TestInboxModelUpdates::unloadedChangesCountOnTheWorker()
{
    const int tickets = InboxModel::pageSize * 3;
    bulkTickets(*m_db, tickets, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const int before = model.rowCount();
    // The oldest open tickets sit on the last page, which is not loaded: solve three.
    const QList<qint64> order = expectedOrder(*m_db);
    QVERIFY(!model.indexOf(TicketId(order.last())).isValid());
    TicketStore store(*m_db, *m_clock);
    QSignalSpy counted(&model, &InboxModel::countChanged);
    for (int i = 1; i <= 3; ++i) {
        const auto ticket = store.ticket(TicketId(order.at(order.size() - i)));
        QVERIFY(ticket.ok());
        QVERIFY(store.solve(ticket->id, Resolution::CustomerConfirmed, ticket->version, {}).ok());
    }
    QCOMPARE(model.rowCount(), before); // nothing counted synchronously
    QTRY_COMPARE(model.rowCount(), before - 3);
    QVERIFY(counted.count() <= 2); // the changes were answered together, not one count each
    QCOMPARE(modelOrder(model), expectedOrder(*m_db));
}

// A selection of many rows (persistent indexes on two columns of each) follows its tickets
// when changes outside the loaded pages move rows: the places are read for all of them at
// once, more than one statement's worth, and a ticket that left the view loses its index.
void TestInboxModelUpdates::aWideSelectionFollowsItsTickets()
{
    const int tickets = InboxModel::pageSize * 4;
    bulkTickets(*m_db, tickets, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const int selectedRows = std::min(model.rowCount() - 10, 160);
    QVERIFY(selectedRows > 100);
    QList<QPersistentModelIndex> selection;
    QList<TicketId> selected;
    for (int row = 0; row < selectedRows; ++row) {
        for (const int column : {int(InboxModel::SubjectColumn), int(InboxModel::StatusColumn)})
            selection.append(model.index(row, column));
        selected.append(model.ticketAt(model.index(row, 0)));
    }
    // The oldest open tickets are on the last page, not loaded: solving them recounts and
    // remaps; so does one selected ticket solved while its page is dropped.
    const QList<qint64> order = expectedOrder(*m_db);
    QVERIFY(!model.indexOf(TicketId(order.last())).isValid());
    TicketStore store(*m_db, *m_clock);
    const auto solve = [&](TicketId id) {
        const auto ticket = store.ticket(id);
        return ticket.ok() && store.solve(id, Resolution::CustomerConfirmed, ticket->version, {}).ok();
    };
    for (int i = 1; i <= 3; ++i)
        QVERIFY(solve(TicketId(order.at(order.size() - i))));
    QVERIFY(solve(selected.at(150)));
    QTRY_COMPARE(modelOrder(model), expectedOrder(*m_db));
    for (qsizetype i = 0; i < selection.size(); ++i) {
        const TicketId ticket = selected.at(i / 2);
        if (ticket == selected.at(150)) {
            QVERIFY(!selection.at(i).isValid());
            continue;
        }
        QVERIFY2(selection.at(i).isValid(), qPrintable(u"index %1 lost ticket %2"_s.arg(i).arg(ticket.value())));
        QCOMPARE(model.ticketAt(selection.at(i)), ticket);
    }
}

// The agent's ticket (held) leaves the view by an edit: its row stays, marked, where it was,
// while other rows come and go around it; back in the view it moves where it sorts; the
// agent moving on takes the kept row away with one precise removal.
void TestInboxModelUpdates::heldTicketKeepsItsRowWhenAnEditMovesItOut()
{
    bulkTickets(*m_db, 50, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const QPersistentModelIndex current = model.index(10, InboxModel::SubjectColumn);
    const TicketId held = model.ticketAt(current);
    model.setHeldTicket(held);
    const int rows = model.rowCount();
    TicketStore store(*m_db, *m_clock);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counted(&model, &InboxModel::countChanged);

    m_clock->advanceMs(1000);
    QVERIFY(store.solve(held, Resolution::CustomerConfirmed, store.ticket(held)->version, {}).ok());
    QCOMPARE(model.rowCount(), rows); // the row stays...
    QCOMPARE(current.row(), 10);
    QCOMPARE(model.ticketAt(current), held);
    QVERIFY(current.data(OutOfViewRole).toBool()); // ...marked
    QCOMPARE(model.index(10, InboxModel::StatusColumn).data().toString(), u"Solved"_s); // as it is now
    QCOMPARE(model.matchCount(), rows - 1);
    QCOMPARE(counted.last().first().toInt(), rows - 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.indexOf(held).row(), 10);

    // Others arrive above it and leave below it; it keeps its place among them.
    QVERIFY(store.create({u"Arrives above"_s, {}, Channel::Email, u"x"_s}).ok());
    QCOMPARE(current.row(), 11);
    const TicketId below(expectedOrder(*m_db).at(20));
    QVERIFY(store.solve(below, Resolution::CustomerConfirmed, store.ticket(below)->version, {}).ok());
    QCOMPARE(modelOrder(model), expectedWithKept(*m_db, model));
    QCOMPARE(keptRow(model), 11);

    // Reopened, it is in the view again: no longer marked, where it sorts now (on top).
    m_clock->advanceMs(1000);
    QVERIFY(store.setStatus(held, TicketStatus::Open, store.ticket(held)->version, {}).ok());
    QCOMPARE(keptRow(model), -1);
    QCOMPARE(current.row(), 0);
    QCOMPARE(model.ticketAt(current), held);
    QCOMPARE(modelOrder(model), expectedOrder(*m_db));

    // Out again, then the agent moves on: exactly that row leaves.
    m_clock->advanceMs(1000);
    QVERIFY(store.solve(held, Resolution::CustomerConfirmed, store.ticket(held)->version, {}).ok());
    QCOMPARE(keptRow(model), 0);
    const QPersistentModelIndex next = model.index(3, InboxModel::SubjectColumn);
    const TicketId nextTicket = model.ticketAt(next);
    removed.clear();
    model.setHeldTicket(nextTicket);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QVERIFY(!current.isValid());
    QCOMPARE(model.ticketAt(next), nextTicket);
    QCOMPARE(modelOrder(model), expectedOrder(*m_db));
}

// The held ticket's page is gone from memory when it leaves, and rows nobody has loaded
// change around it: it keeps its row through the worker's recounts and the remapping.
void TestInboxModelUpdates::heldRowSurvivesPageDropsAndRecounts()
{
    const int tickets = InboxModel::pageSize * (InboxModel::maxPages + 8);
    bulkTickets(*m_db, tickets, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const QPersistentModelIndex current = model.index(5, InboxModel::SubjectColumn);
    const TicketId held = model.ticketAt(current);
    model.setHeldTicket(held);
    // Scroll far down: the first page leaves memory.
    for (int row = 0; row < model.rowCount(); row += InboxModel::pageSize)
        (void)model.data(model.index(row, 0));
    QVERIFY(model.loadedPages() <= InboxModel::maxPages);
    TicketStore store(*m_db, *m_clock);
    QRandomGenerator random(5);
    for (int i = 0; i < 40; ++i) {
        const QList<qint64> order = expectedOrder(*m_db);
        const TicketId id(order.at(random.bounded(qsizetype(order.size()))));
        if (id == held)
            continue;
        QVERIFY(store.solve(id, Resolution::CustomerConfirmed, store.ticket(id)->version, {}).ok());
        if (i == 20)
            QVERIFY(store.solve(held, Resolution::CustomerConfirmed, store.ticket(held)->version, {}).ok());
    }
    QTRY_COMPARE(modelOrder(model), expectedWithKept(*m_db, model));
    QVERIFY(current.isValid());
    QCOMPARE(model.ticketAt(current), held);
    QVERIFY(current.data(OutOfViewRole).toBool());
    QCOMPARE(model.matchCount(), int(expectedOrder(*m_db).size()));
}

void TestInboxModelUpdates::heldTicketKeepsItsRowInASearch()
{
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<TicketId> ids = searchThreeLamps(*m_db, *m_clock, model);
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex current = model.indexOf(ids.at(1));
    const int row = current.row();
    model.setHeldTicket(ids.at(1));
    TicketStore store(*m_db, *m_clock);
    QVERIFY(store.solve(ids.at(1), Resolution::CustomerConfirmed, store.ticket(ids.at(1))->version, {}).ok());
    QTRY_VERIFY(current.data(OutOfViewRole).toBool());
    QCOMPARE(current.row(), row);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.matchCount(), 2);
    // Another change refreshes the search: still kept.
    m_clock->advanceMs(1000);
    QVERIFY(store.addMessage(ids.at(0), MessageKind::Customer, {}, u"the lamp again"_s).ok());
    QTRY_COMPARE(model.ticketAt(model.index(0, 0)), ids.at(0));
    QCOMPARE(model.ticketAt(current), ids.at(1));
    QVERIFY(current.data(OutOfViewRole).toBool());
    model.setHeldTicket(ids.at(0));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!current.isValid());
}

// Found by models.torture.inbox (issue 17): a search that lost a hit shrank its row count
// inside the layout change, so rowsAboutToBeRemoved came when the rows were already gone.
void TestInboxModelUpdates::searchLosesARowWithItsRowsThere()
{
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<TicketId> ids = searchThreeLamps(*m_db, *m_clock, model);
    QCOMPARE(model.rowCount(), 3);
    int countWhenAsked = -1;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { countWhenAsked = model.rowCount(); });
    TicketStore store(*m_db, *m_clock);
    QVERIFY(store.solve(ids.at(1), Resolution::CustomerConfirmed, store.ticket(ids.at(1))->version, {}).ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(countWhenAsked, 3);
    QCOMPARE(modelOrder(model).size(), 2);
    QVERIFY(!modelOrder(model).contains(ids.at(1).value()));
}

// Random edits, some to the held ticket, the agent now and then moving to another row:
// the list is always the view's order plus at most the one kept row, and the current
// index is always on the held ticket.
void TestInboxModelUpdates::heldRowFollowsRandomChanges()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    bulkTickets(*m_db, 200, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    TicketStore store(*m_db, *m_clock);
    QRandomGenerator random(23);
    QPersistentModelIndex current = model.index(7, InboxModel::SubjectColumn);
    model.setHeldTicket(model.ticketAt(current));

    const int operations = engine == DatabaseUrl::Engine::SQLite ? 1500 : 300;
    for (int i = 0; i < operations; ++i) {
        m_clock->advanceMs(1000);
        const TicketId held = model.heldTicket();
        const bool onHeld = random.bounded(4) == 0;
        const TicketId picked = pickTicket(*m_db, random, 200).id; // drawn either way: one sequence
        QVERIFY(picked.isValid());
        const TicketId id = onHeld ? held : picked;
        const auto row = store.ticket(id);
        QVERIFY(row.ok());
        const PickedTicket ticket{id, row->version, row->status == TicketStatus::Closed};
        // Solves twice as often as the other edits; a sixth of the steps the agent moves.
        constexpr RandomEdit edits[] = {RandomEdit::NewTicket, RandomEdit::CustomerMessage, RandomEdit::Solve,
                                        RandomEdit::Solve, RandomEdit::Reopen};
        const int draw = random.bounded(6);
        if (draw < 5) {
            QVERIFY(applyEdit(store, edits[draw], ticket, i));
        } else { // the agent moves to another row
            current = model.index(random.bounded(model.rowCount()), InboxModel::SubjectColumn);
            const TicketId next = model.ticketAt(current);
            model.setHeldTicket(next);
            QCOMPARE(model.ticketAt(current), next);
        }
        // A ticket arriving from rows nobody loaded is placed when the worker's count
        // arrives; until then pages read ahead of the rows.
        QVERIFY(current.isValid());
        QTRY_COMPARE(model.ticketAt(current), model.heldTicket());
        const int kept = keptRow(model);
        QVERIFY(kept >= -1);
        if (kept >= 0)
            QCOMPARE(kept, current.row());
        if (i % 50 == 0 || i == operations - 1)
            QTRY_COMPARE(modelOrder(model), expectedWithKept(*m_db, model));
    }
}

QTEST_GUILESS_MAIN(TestInboxModelUpdates)
#include "tst_inboxmodelupdates.moc"
