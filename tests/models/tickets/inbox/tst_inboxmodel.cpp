// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodelfixture.h"

#include "models/tickets/search/ticketsearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Casebook::Test;
using namespace Qt::StringLiterals;

// What the inbox shows for a query: the first page at once, deep rows from a bounded cache,
// the order chosen in SQL, search hits and the breach marks. Live updates are in
// tst_inboxmodelupdates.cpp.
class TestInboxModel final : public InboxModelTest
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageAtOnceTotalLater();
    void deepRowsAndABoundedCache();
    void deepJumpsSeekFromLandmarks();
    void sortsInSql();
    void searchRanksHitsAndFollowsNewMessages();
    void searchHitsSortByAColumn();
    void searchHitsAPageFirstTheRestFromTheWorker();
    void R15_R34_breachingAndBreachedAreMarked();
};

void TestInboxModel::firstPageAtOnceTotalLater()
{
    bulkTickets(*m_db, 1000, inboxStart);
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
    bulkTickets(*m_db, total, inboxStart);
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
    bulkTickets(*m_db, InboxModel::landmarkSpacing * 3, inboxStart);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QTRY_VERIFY(model.hasLandmarks());
    auto expected = expectedOrder(*m_db);
    const auto jumpsMatch = [&] {
        for (const int row :
             {int(expected.size()) - 1, InboxModel::landmarkSpacing * 2 + 5, InboxModel::landmarkSpacing,
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
    expected = expectedOrder(*m_db,
                             u"(CASE status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                             "WHEN 'on_hold' THEN 3 WHEN 'solved' THEN 4 ELSE 5 END) ASC, id ASC"_s);
    QVERIFY(jumpsMatch());
}

void TestInboxModel::sortsInSql()
{
    bulkTickets(*m_db, 300, inboxStart);
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
    const QString complexityRank =
        u"(CASE complexity WHEN 'critical' THEN 4 WHEN 'complex' THEN 3 WHEN 'simple' THEN 2 "
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
    const QList<TicketId> ids =
        createLampTickets(*m_db, *m_clock, {u"Beta lamp lamp lamp"_s, u"Alpha lamp"_s, u"Gamma lamp lamp"_s});
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

// Issue 13: a search paints its first page before the rest are ranked. The best
// `searchFirst` hits come at once; the worker reads the rest, which arrive as rows at the
// end, in TicketSearch's order, the selection staying on its ticket. A change while the
// worker reads starts it over, and the list ends as the search says then.
void TestInboxModel::searchHitsAPageFirstTheRestFromTheWorker()
{
    bulkTickets(*m_db, 1000, inboxStart); // every subject says "Ticket"
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchQuery::ParseError error;
    const SearchQuery tickets = SearchQuery::parse(u"ticket -status:solved"_s, QDate(2026, 11, 23), &error);
    const auto ranked = [&] {
        const auto hits = TicketSearch(*m_db, *m_clock).search(tickets, {}, InboxModel::searchLimit);
        QList<qint64> ids;
        for (const TicketSearch::Hit &hit : hits.value())
            ids.append(hit.ticket.value());
        return ids;
    };
    const QList<qint64> all = ranked();
    QVERIFY(all.size() > InboxModel::searchFirst);
    QSignalSpy counted(&model, &InboxModel::countChanged);

    QVERIFY(model.setQuery(tickets, {}).ok());
    QCOMPARE(model.rowCount(), InboxModel::searchFirst); // painted before the rest are read
    QVERIFY(!model.isCountKnown());
    QCOMPARE(modelOrder(model), all.mid(0, InboxModel::searchFirst));
    const QPersistentModelIndex selected(model.index(5, InboxModel::SubjectColumn));
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), all);
    QCOMPARE(model.matchCount(), int(all.size()));
    QCOMPARE(selected.row(), 5);
    QCOMPARE(model.ticketAt(selected).value(), all.at(5));
    QVERIFY(!counted.isEmpty());
    QCOMPARE(counted.constLast().at(0).toInt(), int(all.size()));

    // Again, and a ticket of the first page solved while the worker reads the rest.
    QVERIFY(model.setQuery(tickets, {}).ok());
    QVERIFY(!model.isCountKnown());
    TicketStore store(*m_db, *m_clock);
    const TicketId solved(all.at(2));
    QSqlQuery version(m_db->connection());
    QVERIFY(version.exec(u"SELECT version FROM tickets WHERE id = "_s + QString::number(solved.value())));
    QVERIFY(version.next());
    m_clock->advanceMs(1000);
    QVERIFY(store.solve(solved, Resolution::CustomerConfirmed, version.value(0).toLongLong(), {}).ok());
    QTRY_VERIFY(model.isCountKnown() && !model.indexOf(solved).isValid());
    QCOMPARE(modelOrder(model), ranked());
    QCOMPARE(model.rowCount(), int(all.size()) - 1);
}

void TestInboxModel::R15_R34_breachingAndBreachedAreMarked()
{
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    const qint64 now = m_clock->nowMs();
    for (const qint64 due : {now - 60'000, now + 10LL * 60'000, now + 5LL * 3600'000}) {
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
    const auto breach = [&](int row) {
        return model.index(row, InboxModel::FirstResponseDueColumn).data(BreachRole).toInt();
    };
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
    const auto add = [&](const QString &subject, const QString &status, const QVariant &responded,
                         const QVariant &nextDue) {
        QVERIFY(tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at, first_response_due_at, "
                          "first_responded_at, next_response_due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {subject, status, now - 1000, now - 500, now - 3600'000, responded, nextDue})
                    .ok());
    };
    const QVariant none(QMetaType::fromType<qint64>());
    add(u"Customer wrote again"_s, u"open"_s, now - 7200'000, now - 5LL * 60'000);
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
    QCOMPARE(
        breaching,
        (QStringList{u"Customer wrote again"_s, u"Due %1"_s.arg(now - 60'000), u"Due %1"_s.arg(now + 10LL * 60'000)}));
    model.sort(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(breach(0), 2);
    QCOMPARE(model.index(0, InboxModel::FirstResponseDueColumn).data().toString(), u"5 min late"_s);
    QVERIFY(model.index(0, InboxModel::FirstResponseDueColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Next response due"_s));
    QVERIFY(model.setQuery({}, {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString subject = model.index(row, InboxModel::SubjectColumn).data().toString();
        if (subject == u"Answered" || subject == u"Solved unanswered")
            QCOMPARE(breach(row), 0);
    }
}

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
