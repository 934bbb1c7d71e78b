// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalcolumnmodel.h"
#include "models/proposals/proposalstore.h"
#include "models/storage/changefeed.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
} // namespace

class TestProposalBoardModel final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R13_columnsSplitTheBoardByStatus();
    void aDropMovesTheCardAndUndoMovesItBack();
    void sortAndFilter();
    void changesFromAnotherDesktopArrive();

private:
    ProposalId create(const QString &title, int requests);

    AgentId m_agent;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProposalBoardModel> m_board;
    std::vector<std::unique_ptr<ProposalColumnModel>> m_columns;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestProposalBoardModel::init()
{
    if (!openDatabase(monday))
        return;
    m_agent = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_session->setAgent(m_agent);
    m_board = std::make_unique<ProposalBoardModel>(*m_session);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_board.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (const ProposalStatus status : boardStatuses) {
        m_columns.push_back(std::make_unique<ProposalColumnModel>(m_board.get(), status));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_columns.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void TestProposalBoardModel::cleanup()
{
    m_testers.clear();
    m_columns.clear();
    m_board.reset();
    m_session.reset();
    closeDatabase();
}

ProposalId TestProposalBoardModel::create(const QString &title, int requests)
{
    ProposalStore store(*m_db, *m_clock);
    const ProposalId id = store.create(title, {}, m_agent).value();
    Customer c;
    c.displayName = title + u" customer"_s;
    const CustomerId customer = CustomerStore(*m_db, *m_clock).create(c).value();
    for (int i = 0; i < requests; ++i) {
        m_clock->advanceMs(1000);
        const TicketId t = TicketStore(*m_db, *m_clock).create({title, customer, Channel::Email, u"please"_s}).value();
        (void)store.addRequest(id, {t, {}, {}, false, m_agent});
    }
    return id;
}

void TestProposalBoardModel::R13_columnsSplitTheBoardByStatus()
{
    const ProposalId a = create(u"Alpha"_s, 2);
    const ProposalId b = create(u"Beta"_s, 1);
    ProposalStore store(*m_db, *m_clock);
    QVERIFY(store.setStatus(b, ProposalStatus::Planned, store.summary(b)->version, m_agent).ok());
    QVERIFY(m_board->load().ok());
    QCOMPARE(m_board->rowCount(), 2);
    QCOMPARE(m_columns.at(0)->rowCount(), 1); // New
    QCOMPARE(m_columns.at(0)->proposalAt(m_columns.at(0)->index(0, 0)), a);
    QCOMPARE(m_columns.at(3)->rowCount(), 1); // Planned
    const QModelIndex alpha = m_board->indexOf(a);
    QCOMPARE(alpha.data(ProposalBoardModel::RequestsRole).toInt(), 2);
    QCOMPARE(alpha.data(ProposalBoardModel::CustomersRole).toInt(), 1);
    QCOMPARE(alpha.data(ProposalBoardModel::ScoreRole).toDouble(), 2.0);
    QCOMPARE(alpha.data(ProposalBoardModel::TagRole).toString(), u"proposal-alpha"_s);
}

void TestProposalBoardModel::aDropMovesTheCardAndUndoMovesItBack()
{
    const ProposalId a = create(u"Alpha"_s, 1);
    QVERIFY(m_board->load().ok());
    ProposalColumnModel &newColumn = *m_columns.at(0);
    ProposalColumnModel &shipped = *m_columns.at(5);
    QSignalSpy loop(m_board.get(), &ProposalBoardModel::loopToClose);
    std::unique_ptr<QMimeData> drag(newColumn.mimeData({newColumn.index(0, 0)}));
    QVERIFY(shipped.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
    shipped.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(newColumn.rowCount(), 0);
    QCOMPARE(shipped.rowCount(), 1);
    QCOMPARE(ProposalStore(*m_db, *m_clock).summary(a)->status, ProposalStatus::Shipped);
    QCOMPARE(loop.size(), 1); // the customers who asked are to be told
    QVERIFY(m_board->undoStack()->canUndo());
    m_board->undoStack()->undo();
    QCOMPARE(newColumn.rowCount(), 1);
    QCOMPARE(ProposalStore(*m_db, *m_clock).summary(a)->status, ProposalStatus::New);
    m_board->undoStack()->redo();
    QCOMPARE(shipped.rowCount(), 1);
    // By keyboard or menu: the same move.
    QVERIFY(m_board->moveTo(a, ProposalStatus::Rfc).ok());
    QCOMPARE(m_columns.at(2)->rowCount(), 1);
}

void TestProposalBoardModel::sortAndFilter()
{
    create(u"Alpha"_s, 1);
    const ProposalId b = create(u"Beta"_s, 3);
    const ProposalId c = create(u"Gamma"_s, 2);
    QVERIFY(m_board->load().ok());
    ProposalColumnModel &column = *m_columns.at(0);
    QCOMPARE(column.proposalAt(column.index(0, 0)), b); // most requested first
    column.setOrder(ProposalColumnModel::Order::Recency);
    QCOMPARE(column.proposalAt(column.index(0, 0)), c); // Gamma's requests came last
    m_board->setFilter({u"gam"_s, {}, {}, ProposalBoardModel::Filter::Tier::Any});
    QCOMPARE(column.rowCount(), 1);
    m_board->setFilter({{}, {}, u"beta cust"_s, ProposalBoardModel::Filter::Tier::Any});
    QCOMPARE(column.rowCount(), 1);
    QCOMPARE(column.proposalAt(column.index(0, 0)), b);
    m_board->setFilter({{}, {}, {}, ProposalBoardModel::Filter::Tier::Premium});
    QCOMPARE(column.rowCount(), 0);
    m_board->setFilter({});
    QCOMPARE(column.rowCount(), 3);
}

void TestProposalBoardModel::changesFromAnotherDesktopArrive()
{
    const ProposalId a = create(u"Alpha"_s, 1);
    QVERIFY(m_board->load().ok());
    m_db->changeFeed()->setHeartbeatInterval(50);
    const std::unique_ptr<Database> other = m_testDb->open();
    QVERIFY(other);
    ProposalStore theirs(*other, *m_clock);
    const ProposalId b = theirs.create(u"Beta"_s, {}, m_agent).value();
    QTRY_COMPARE(m_board->rowCount(), 2);
    QVERIFY(theirs.setStatus(a, ProposalStatus::InProgress, theirs.summary(a)->version, m_agent).ok());
    QTRY_COMPARE(m_columns.at(4)->rowCount(), 1);
    QCOMPARE(m_columns.at(0)->rowCount(), 1);
    QCOMPARE(m_columns.at(0)->proposalAt(m_columns.at(0)->index(0, 0)), b);
    QVERIFY(theirs.merge(b, a, m_agent).ok());
    QTRY_COMPARE(m_board->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestProposalBoardModel)
#include "tst_proposalboardmodel.moc"
