// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the proposal board and one of its columns through thousands of random
// requests, moves, undos and merges on both engines, compared with SQL along the way.

#include "models/agents/session.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalcolumnmodel.h"
#include "models/proposals/proposalstore.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestProposalsTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'435'200'000); }
    void cleanup() { closeDatabase(); }

    void newColumnByFrequency();
};

// The New column by frequency: requests move cards up, moves take them out and bring them
// back (by the store as another desktop does, and by the board with undo as this one does).
void TestProposalsTorture::newColumnByFrequency()
{
    QVERIFY(m_db);
    const AgentId lead = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(lead);
    ProposalStore store(*m_db, *m_clock);
    TicketStore tickets(*m_db, *m_clock);
    QList<TicketId> ticketPool;
    for (int i = 0; i < 30; ++i)
        ticketPool.append(tickets.create({u"Ask %1"_s.arg(i), {}, Channel::Email, u"please"_s}).value());
    QList<ProposalId> live;

    ProposalBoardModel board(session);
    QVERIFY(board.load().ok());
    QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ProposalColumnModel column(&board, ProposalStatus::New);
    ModelTorture torture(u"proposals new column"_s, &column);
    int serial = 0;
    torture.addOperation(u"create"_s, 2, [&](QRandomGenerator &, QString *why) {
        if (live.size() > 40)
            return true;
        const auto id = store.create(u"Idea %1"_s.arg(++serial), {}, lead);
        if (!id)
            return ModelTorture::failed(id.error(), why);
        live.append(*id);
        return true;
    });
    torture.addOperation(u"request"_s, 6, [&](QRandomGenerator &random, QString *why) {
        if (live.isEmpty())
            return true;
        m_clock->advanceMs(random.bounded(2) * 1000);
        const auto added =
            store.addRequest(live.at(random.bounded(int(live.size()))),
                             {ticketPool.at(random.bounded(int(ticketPool.size()))), {}, {}, false, lead});
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    auto randomStatus = [](QRandomGenerator &random) {
        // New twice as often: cards come back to the column under test.
        constexpr ProposalStatus statuses[] = {ProposalStatus::New, ProposalStatus::New, ProposalStatus::UnderReview,
                                               ProposalStatus::Planned, ProposalStatus::Declined};
        return statuses[random.bounded(5)];
    };
    torture.addOperation(u"status"_s, 3, [&](QRandomGenerator &random, QString *why) {
        if (live.isEmpty())
            return true;
        const ProposalId id = live.at(random.bounded(int(live.size())));
        const auto summary = store.summary(id);
        const ProposalStatus status = randomStatus(random);
        if (!summary || summary->status == status)
            return true;
        const Status done = store.setStatus(id, status, summary->version, lead, u"Not now"_s);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"board move"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (live.isEmpty())
            return true;
        const ProposalId id = live.at(random.bounded(int(live.size())));
        const ProposalStatus status = randomStatus(random);
        if (board.summary(id) && board.summary(id)->status == status)
            return true;
        const Status done = board.moveTo(id, status, u"Not now"_s);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"undo"_s, 1, [&](QRandomGenerator &, QString *) {
        // A move undone after another desktop moved the card too fails with a message; fine.
        if (board.undoStack()->canUndo())
            board.undoStack()->undo();
        return true;
    });
    torture.addOperation(u"merge"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (live.size() < 5)
            return true;
        const ProposalId duplicate = live.takeAt(random.bounded(int(live.size())));
        const Status done = store.merge(duplicate, live.at(random.bounded(int(live.size()))), lead);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(
                *m_db,
                u"SELECT p.id, (SELECT count(*) FROM proposal_requests r WHERE r.proposal_id = p.id) AS requests "
                "FROM proposals p WHERE p.status = 'new' ORDER BY requests DESC, p.id"_s);
        },
        [&] {
            return ModelTorture::modelRows(
                column, {{0, ProposalBoardModel::ProposalIdRole}, {0, ProposalBoardModel::RequestsRole}});
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(5000, 1500)));
}

QTEST_MAIN(TestProposalsTorture)
#include "tst_proposals.moc"
