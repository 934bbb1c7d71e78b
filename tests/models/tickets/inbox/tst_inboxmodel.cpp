// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;

SearchQuery openView()
{
    SearchQuery::ParseError error;
    return SearchQuery::parse(u"-status:solved -status:closed"_s, QDate(2026, 11, 23), &error);
}

// Writes `count` tickets in one transaction, as a fixture (not through the store, for speed).
void bulkTickets(Database &db, int count, qint64 from)
{
    WriteTransaction tx(db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < count; ++i) {
        const auto id = tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
                                  {u"Ticket %1"_s.arg(i, 5, 10, QChar(u'0')), i % 7 == 0 ? u"solved"_s : u"open"_s, from + i,
                                   from + (i * 7919) % count});
        QVERIFY(id.ok());
    }
    QVERIFY(tx.commit().ok());
}

QList<qint64> expectedOrder(Database &db, const QString &order = u"updated_at DESC, id DESC"_s)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id FROM tickets WHERE status NOT IN ('solved', 'closed') ORDER BY "_s + order);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> modelOrder(const InboxModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row, 0), IdRole).toLongLong());
    return ids;
}

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

} // namespace

class TestInboxModel final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void firstPageAtOnceTotalLater();
    void deepRowsAndABoundedCache();
    void deepJumpsSeekFromLandmarks();
    void sortsInSql();
    void followsRandomChangesPrecisely();
    void selectionFollowsItsTicket();
    void followsThousandsOfChangesOutsideTheLoadedPages();
    void unloadedChangesCountOnTheWorker();
    void searchRanksHitsAndFollowsNewMessages();
    void searchHitsSortByAColumn();
    void R15_R34_breachingAndBreachedAreMarked();
    void heldTicketKeepsItsRowWhenAnEditMovesItOut();
    void heldRowSurvivesPageDropsAndRecounts();
    void heldTicketKeepsItsRowInASearch();
    void heldRowFollowsRandomChanges();

private:
    /// One ticket per subject, a second apart, each saying "lamp".
    QList<TicketId> createLampTickets(const QStringList &subjects);
};

QList<TicketId> TestInboxModel::createLampTickets(const QStringList &subjects)
{
    TicketStore store(*m_db, *m_clock);
    QList<TicketId> ids;
    for (const QString &subject : subjects) {
        m_clock->advanceMs(1000);
        ids.append(store.create({subject, {}, Channel::Email, u"lamp"_s}).value());
    }
    return ids;
}

void TestInboxModel::init()
{
    if (!openDatabase(start + 10'000'000))
        return;
}

void TestInboxModel::cleanup()
{
    closeDatabase();
}

void TestInboxModel::firstPageAtOnceTotalLater()
{
    bulkTickets(*m_db, 1000, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &InboxModel::countChanged);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QCOMPARE(model.rowCount(), InboxModel::pageSize); // painted before the total is known
    QTRY_COMPARE(model.rowCount(), int(expectedOrder(*m_db).size()));
    QVERIFY(model.isCountKnown());
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.headerData(InboxModel::SubjectColumn, Qt::Horizontal).toString(), u"Subject"_s);
}

void TestInboxModel::deepRowsAndABoundedCache()
{
    const int total = InboxModel::pageSize * (InboxModel::maxPages + 4);
    bulkTickets(*m_db, total, start);
    InboxModel model(*m_db, *m_clock);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const auto expected = expectedOrder(*m_db);
    // A jump deep down first, then every row top to bottom.
    const int deep = int(expected.size()) - 3;
    QCOMPARE(model.data(model.index(deep, 0), IdRole).toLongLong(), expected.at(deep));
    QCOMPARE(modelOrder(model), expected);
    QVERIFY(model.loadedPages() <= InboxModel::maxPages);
}

// Big enough for two landmarks: jumps land on the right rows from them, a change retires
// them at once, and they come back when the rows have settled.
void TestInboxModel::deepJumpsSeekFromLandmarks()
{
    bulkTickets(*m_db, InboxModel::landmarkSpacing * 3, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QTRY_VERIFY(model.hasLandmarks());
    auto expected = expectedOrder(*m_db);
    const auto jumpsMatch = [&] {
        for (const int row : {int(expected.size()) - 1, InboxModel::landmarkSpacing * 2 + 5, InboxModel::landmarkSpacing,
                              InboxModel::landmarkSpacing - 1, InboxModel::landmarkSpacing * 2 - 200}) {
            if (model.data(model.index(row, 0), IdRole).toLongLong() != expected.at(row))
                return false;
        }
        return true;
    };
    QVERIFY(jumpsMatch());

    // The last ticket becomes the newest: every row above its old place moves down one.
    TicketStore store(*m_db, *m_clock);
    m_clock->advanceMs(60'000);
    const TicketId last(expected.constLast());
    QVERIFY(store.setStatus(last, TicketStatus::Pending, store.ticket(last).value().version, {}).ok());
    QTRY_VERIFY(!model.hasLandmarks());
    QTRY_COMPARE(model.data(model.index(0, 0), IdRole).toLongLong(), last.value());
    expected = expectedOrder(*m_db);
    QTRY_VERIFY(model.hasLandmarks());
    QVERIFY(jumpsMatch());

    // An order no index serves gets none on SQLite (PostgreSQL sorts so few rows quickly
    // enough to keep them); its rows come right either way.
    model.sort(InboxModel::StatusColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QTest::qWait(300);
    if (!m_db->isPostgres())
        QVERIFY(!model.hasLandmarks());
    expected = expectedOrder(*m_db, u"(CASE status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                                    "WHEN 'on_hold' THEN 3 WHEN 'solved' THEN 4 ELSE 5 END) ASC, id ASC"_s);
    QVERIFY(jumpsMatch());
}

void TestInboxModel::sortsInSql()
{
    bulkTickets(*m_db, 300, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    model.sort(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db, u"lower(subject) ASC, id ASC"_s));
    model.sort(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db));

    // Tags sort by how many: untagged first (R14).
    TicketStore store(*m_db, *m_clock);
    const QList<qint64> ids = expectedOrder(*m_db);
    QVERIFY(store.addTag(TicketId(ids.at(7)), u"billing"_s, {}).ok());
    QVERIFY(store.addTag(TicketId(ids.at(7)), u"refund"_s, {}).ok());
    QVERIFY(store.addTag(TicketId(ids.at(3)), u"billing"_s, {}).ok());
    model.sort(InboxModel::TagsColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db, u"tag_count ASC, id ASC"_s));
    model.sort(InboxModel::TagsColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model).mid(0, 2), (QList<qint64>{ids.at(7), ids.at(3)}));

    // R10, R28: severity and complexity are two columns, each sorted on its own axis (and on
    // its own index, migration 015), not one "priority" that mixes them.
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE tickets SET severity = CASE id % 5 WHEN 0 THEN 'critical' WHEN 1 THEN 'low' "
                       "WHEN 2 THEN 'high' WHEN 3 THEN 'medium' END, complexity = CASE id % 3 WHEN 0 THEN 'proposal' "
                       "WHEN 1 THEN 'complex' END"_s));
    }
    const QString severityRank = u"(CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 "
                                 "WHEN 'low' THEN 1 ELSE 0 END)"_s;
    const QString complexityRank = u"(CASE complexity WHEN 'critical' THEN 4 WHEN 'complex' THEN 3 WHEN 'simple' THEN 2 "
                                   "WHEN 'proposal' THEN 1 ELSE 0 END)"_s;
    model.sort(InboxModel::SeverityColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db, severityRank + u" DESC, id DESC"_s));
    QCOMPARE(model.data(model.index(0, InboxModel::SeverityColumn)).toString(), u"Critical"_s);
    model.sort(InboxModel::ComplexityColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db, complexityRank + u" ASC, id ASC"_s));
    QCOMPARE(model.data(model.index(0, InboxModel::ComplexityColumn)).toString(), QString());
    if (!m_db->isPostgres()) {
        for (const QString &index : {u"tickets_severity_rank"_s, u"tickets_complexity_rank"_s}) {
            QSqlQuery plan(m_db->connection());
            const QString rank = index == u"tickets_severity_rank"_s ? severityRank : complexityRank;
            QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM tickets t ORDER BY "_s
                              + QString(rank).replace(u"CASE "_s, u"CASE t."_s) + u" DESC, id DESC LIMIT 50"_s));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + u'\n';
            QVERIFY2(steps.contains(index) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
        }
    }
}

void TestInboxModel::followsRandomChangesPrecisely()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    bulkTickets(*m_db, 200, start);
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
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET "_s
               + QString::number(random.bounded(200)));
        QVERIFY(q.next());
        const TicketId id(q.value(0).toLongLong());
        const qint64 version = q.value(1).toLongLong();
        const bool closed = q.value(2).toString() == u"closed";
        q.finish();
        switch (random.bounded(6)) {
        case 0: // a new ticket arrives on top
            QVERIFY(store.create({u"New %1"_s.arg(i), {}, Channel::Chat, u"hello"_s}).ok());
            break;
        case 1: // activity moves a ticket up
            if (!closed)
                QVERIFY(store.addMessage(id, MessageKind::Customer, {}, u"ping"_s).ok());
            break;
        case 2: // solved: it leaves the view
            if (!closed)
                QVERIFY(store.solve(id, Resolution::CustomerConfirmed, version, {}).ok());
            break;
        case 3: // reopened: it comes back
            if (!closed)
                QVERIFY(store.setStatus(id, TicketStatus::Open, version, {}).ok());
            break;
        case 4: // a note changes nothing in the order... but the activity time
            if (!closed)
                QVERIFY(store.addMessage(id, MessageKind::Note, {}, u"note"_s).ok());
            break;
        default: // touch only some loaded rows' data
            if (!closed)
                QVERIFY(store.addTag(id, u"tag%1"_s.arg(random.bounded(5)), {}).ok());
            break;
        }
        // Changes outside the loaded pages settle when the worker's count arrives.
        if (i % 50 == 0 || i == operations - 1)
            QTRY_COMPARE(modelOrder(model), expectedOrder(*m_db));
    }
    QCOMPARE(resets.count(), 0);
}

void TestInboxModel::selectionFollowsItsTicket()
{
    bulkTickets(*m_db, 50, start);
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
void TestInboxModel::followsThousandsOfChangesOutsideTheLoadedPages()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    const int tickets = InboxModel::pageSize * (InboxModel::maxPages + 8);
    bulkTickets(*m_db, tickets, start);
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
        q.exec(u"SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET "_s + QString::number(random.bounded(tickets)));
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
void TestInboxModel::unloadedChangesCountOnTheWorker()
{
    const int tickets = InboxModel::pageSize * 3;
    bulkTickets(*m_db, tickets, start);
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

void TestInboxModel::searchRanksHitsAndFollowsNewMessages()
{
    TicketStore store(*m_db, *m_clock);
    const auto printer = store.create({u"Printer jams on page two"_s, {}, Channel::Email, u"the printer jams"_s});
    const auto other = store.create({u"Invoice question"_s, {}, Channel::Email, u"about the invoice"_s});
    QVERIFY(printer.ok() && other.ok());
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchQuery::ParseError error;
    QVERIFY(model.setQuery(SearchQuery::parse(u"printer -status:closed"_s, QDate(2026, 11, 23), &error), {}).ok());
    QVERIFY(model.isSearch());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketAt(model.index(0, 0)), *printer);
    QCOMPARE(model.highlightTerms(), QStringList{u"printer"_s});
    // The moment a message is saved, the search finds its ticket.
    m_clock->advanceMs(1000);
    QVERIFY(store.addMessage(*other, MessageKind::Customer, {}, u"and my printer is broken too"_s).ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(model.indexOf(*other).isValid());
}

// Best first until a column is chosen; then the same hits in its order, kept through
// refreshes, with the selection on its ticket. A new search is ranked again.
void TestInboxModel::searchHitsSortByAColumn()
{
    const QList<TicketId> ids = createLampTickets({u"Beta lamp lamp lamp"_s, u"Alpha lamp"_s, u"Gamma lamp lamp"_s});
    TicketStore store(*m_db, *m_clock);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchQuery::ParseError error;
    const SearchQuery lamp = SearchQuery::parse(u"lamp"_s, QDate(2026, 11, 23), &error);
    QVERIFY(model.setQuery(lamp, {}).ok());
    QVERIFY(model.isRanked());
    const auto order = [&] {
        QList<TicketId> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.ticketAt(model.index(row, 0)));
        return shown;
    };
    QCOMPARE(order().first(), ids.at(0)); // the subject holding the word most often
    QPersistentModelIndex selected(model.index(order().indexOf(ids.at(2)), InboxModel::SubjectColumn));

    model.sort(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QVERIFY(!model.isRanked());
    QCOMPARE(order(), (QList<TicketId>{ids.at(1), ids.at(0), ids.at(2)}));
    QCOMPARE(model.ticketAt(selected), ids.at(2));
    model.sort(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    QCOMPARE(order(), (QList<TicketId>{ids.at(2), ids.at(1), ids.at(0)}));
    QCOMPARE(model.ticketAt(selected), ids.at(2));
    // A new message refreshes the hits in the chosen order.
    m_clock->advanceMs(1000);
    QVERIFY(store.addMessage(ids.at(0), MessageKind::Customer, {}, u"the lamp again"_s).ok());
    QTRY_COMPARE(order(), (QList<TicketId>{ids.at(0), ids.at(2), ids.at(1)}));

    QVERIFY(model.setQuery(lamp, {}).ok());
    QVERIFY(model.isRanked());
}

void TestInboxModel::R15_R34_breachingAndBreachedAreMarked()
{
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    const qint64 now = m_clock->nowMs();
    for (const qint64 due : {now - 60'000, now + 10 * 60'000, now + 5 * 3600'000}) {
        QVERIFY(tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at, first_response_due_at) "
                          "VALUES (?, 'open', ?, ?, ?)"_s,
                          {u"Due %1"_s.arg(due), now - 1000, due, due})
                    .ok());
    }
    QVERIFY(tx.commit().ok());
    InboxModel model(*m_db, *m_clock);
    QVERIFY(model.setQuery(openView(), {}).ok());
    model.sort(InboxModel::FirstResponseDueColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 3);
    const auto breach = [&](int row) { return model.index(row, InboxModel::FirstResponseDueColumn).data(BreachRole).toInt(); };
    QCOMPARE(breach(0), 2); // breached
    QCOMPARE(breach(1), 1); // breaching: due within 30 minutes
    QCOMPARE(breach(2), 0);
    QCOMPARE(model.index(0, InboxModel::FirstResponseDueColumn).data().toString(), u"1 min late"_s);
    QCOMPARE(model.index(2, InboxModel::FirstResponseDueColumn).data().toString(), u"in 5 h"_s);
    // States, not looks: InboxDelegate colours the due time from BreachRole.
    QVERIFY(!model.index(0, InboxModel::FirstResponseDueColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, InboxModel::FirstResponseDueColumn).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(0, InboxModel::LastActivityColumn).data(Qt::ToolTipRole).toString().isEmpty());

    // After the first answer the next response counts; solved tickets owe nothing.
    QVERIFY(tx.begin().ok());
    const auto add = [&](const QString &subject, const QString &status, const QVariant &responded, const QVariant &nextDue) {
        QVERIFY(tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at, first_response_due_at, "
                          "first_responded_at, next_response_due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {subject, status, now - 1000, now - 500, now - 3600'000, responded, nextDue})
                    .ok());
    };
    const QVariant none(QMetaType::fromType<qint64>());
    add(u"Customer wrote again"_s, u"open"_s, now - 7200'000, now - 5 * 60'000);
    add(u"Answered"_s, u"open"_s, now - 7200'000, none);
    add(u"Solved unanswered"_s, u"solved"_s, none, none);
    QVERIFY(tx.commit().ok());
    SearchQuery::ParseError error;
    QVERIFY(model.setQuery(SearchQuery::parse(u"is:breaching"_s, QDate(2026, 11, 23), &error), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QStringList breaching;
    for (int row = 0; row < model.rowCount(); ++row)
        breaching.append(model.index(row, InboxModel::SubjectColumn).data().toString());
    breaching.sort();
    QCOMPARE(breaching, (QStringList{u"Customer wrote again"_s, u"Due %1"_s.arg(now - 60'000), u"Due %1"_s.arg(now + 10 * 60'000)}));
    model.sort(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(breach(0), 2);
    QCOMPARE(model.index(0, InboxModel::FirstResponseDueColumn).data().toString(), u"5 min late"_s);
    QVERIFY(model.index(0, InboxModel::FirstResponseDueColumn).data(Qt::ToolTipRole).toString().startsWith(u"Next response due"_s));
    QVERIFY(model.setQuery({}, {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString subject = model.index(row, InboxModel::SubjectColumn).data().toString();
        if (subject == u"Answered" || subject == u"Solved unanswered")
            QCOMPARE(breach(row), 0);
    }
}

// The agent's ticket (held) leaves the view by an edit: its row stays, marked, where it was,
// while other rows come and go around it; back in the view it moves where it sorts; the
// agent moving on takes the kept row away with one precise removal.
void TestInboxModel::heldTicketKeepsItsRowWhenAnEditMovesItOut()
{
    bulkTickets(*m_db, 50, start);
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
void TestInboxModel::heldRowSurvivesPageDropsAndRecounts()
{
    const int tickets = InboxModel::pageSize * (InboxModel::maxPages + 8);
    bulkTickets(*m_db, tickets, start);
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

void TestInboxModel::heldTicketKeepsItsRowInASearch()
{
    const QList<TicketId> ids = createLampTickets({u"Lamp one"_s, u"Lamp two"_s, u"Lamp three"_s});
    TicketStore store(*m_db, *m_clock);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchQuery::ParseError error;
    QVERIFY(model.setQuery(SearchQuery::parse(u"lamp -status:solved"_s, QDate(2026, 11, 23), &error), {}).ok());
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex current = model.indexOf(ids.at(1));
    const int row = current.row();
    model.setHeldTicket(ids.at(1));
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

// Random edits, some to the held ticket, the agent now and then moving to another row:
// the list is always the view's order plus at most the one kept row, and the current
// index is always on the held ticket.
void TestInboxModel::heldRowFollowsRandomChanges()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    bulkTickets(*m_db, 200, start);
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
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET "_s + QString::number(random.bounded(200)));
        QVERIFY(q.next());
        TicketId id(q.value(0).toLongLong());
        q.finish();
        if (onHeld)
            id = held;
        const auto ticket = store.ticket(id);
        QVERIFY(ticket.ok());
        const bool closed = ticket->status == TicketStatus::Closed;
        switch (random.bounded(6)) {
        case 0:
            QVERIFY(store.create({u"New %1"_s.arg(i), {}, Channel::Chat, u"hello"_s}).ok());
            break;
        case 1:
            if (!closed)
                QVERIFY(store.addMessage(id, MessageKind::Customer, {}, u"ping"_s).ok());
            break;
        case 2:
        case 3:
            if (!closed)
                QVERIFY(store.solve(id, Resolution::CustomerConfirmed, ticket->version, {}).ok());
            break;
        case 4:
            if (!closed)
                QVERIFY(store.setStatus(id, TicketStatus::Open, ticket->version, {}).ok());
            break;
        default: { // the agent moves to another row
            const int row = random.bounded(model.rowCount());
            current = model.index(row, InboxModel::SubjectColumn);
            const TicketId next = model.ticketAt(current);
            model.setHeldTicket(next);
            QCOMPARE(model.ticketAt(current), next);
            break;
        }
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

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
