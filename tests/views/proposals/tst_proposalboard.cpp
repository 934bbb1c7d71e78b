// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalcolumnmodel.h"
#include "models/proposals/proposalpicker.h"
#include "models/proposals/proposalstore.h"
#include "models/replies/cannedreplystore.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"
#include "views/proposals/addtoproposaldialog.h"
#include "views/proposals/closeloopdialog.h"
#include "views/proposals/proposalboard.h"
#include "views/proposals/proposalpage.h"
#include "views/proposals/proposalssection.h"
#include "views/proposals/reviewdialog.h"
#include "views/tickets/triage/triagepanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestProposalBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R13_dragACardToAnotherColumn();
    void R13_moveByKeyboardAndUndo();
    void R13_addingFromTwoTicketsOfTwoCustomers();
    void reviewModeDecidesOneAtATime();
    void R13_closeTheLoopSendsOneReplyPerTicket();

private:
    ProposalId create(const QString &title);
    TicketId ticket(const QString &customerName, const QString &body);

    std::unique_ptr<Test::PanelFixture> m_fixture;
    std::unique_ptr<Session> m_session;
};

void TestProposalBoard::init()
{
    m_fixture = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_fixture->db);
    m_session = std::make_unique<Session>(*m_fixture->db, m_fixture->clock, nullptr);
    m_session->setAgent(m_fixture->vera);
}

void TestProposalBoard::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

ProposalId TestProposalBoard::create(const QString &title)
{
    return ProposalStore(*m_fixture->db, m_fixture->clock).create(title, {}, m_fixture->vera).value();
}

TicketId TestProposalBoard::ticket(const QString &customerName, const QString &body)
{
    Customer c;
    c.displayName = customerName;
    const CustomerId customer = CustomerStore(*m_fixture->db, m_fixture->clock).create(c).value();
    return TicketStore(*m_fixture->db, m_fixture->clock).create({body, customer, Channel::Email, body}).value();
}

void TestProposalBoard::R13_dragACardToAnotherColumn()
{
    const ProposalId id = create(u"Dark mode for the admin panel"_s);
    ProposalsSection section(*m_session);
    QAbstractItemModelTester boardTester(section.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester columnTester(section.board()->column(ProposalStatus::Planned),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    section.resize(1400, 700);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    auto *from = Test::namedChild<QListView>(&section, u"proposals.column.new"_s);
    auto *to = Test::namedChild<QListView>(&section, u"proposals.column.planned"_s);
    QVERIFY(from && to);
    QCOMPARE(from->model()->rowCount(), 1);

    // What QDrag delivers to the target column: enter, move, drop.
    std::unique_ptr<QMimeData> data(from->model()->mimeData({from->model()->index(0, 0)}));
    const QPoint at = to->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);

    QCOMPARE(to->model()->rowCount(), 1);
    QCOMPARE(from->model()->rowCount(), 0);
    QCOMPARE(ProposalStore(*m_fixture->db, m_fixture->clock).summary(id)->status, ProposalStatus::Planned);
    auto *title = Test::namedChild<QLabel>(&section, u"proposals.columnTitle.planned"_s);
    QVERIFY(title && title->text().contains(u"(1)"_s));
    Test::saveShot(&section, u"proposalboard-after-drop"_s);
}

void TestProposalBoard::R13_moveByKeyboardAndUndo()
{
    const ProposalId id = create(u"Webhooks for conversions"_s);
    ProposalsSection section(*m_session);
    section.resize(1400, 700);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    section.board()->selectProposal(id);
    auto *column = Test::namedChild<QListView>(&section, u"proposals.column.new"_s);
    QTest::keyClick(column, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(ProposalStore(*m_fixture->db, m_fixture->clock).summary(id)->status, ProposalStatus::UnderReview);
    auto *next = Test::namedChild<QListView>(&section, u"proposals.column.under_review"_s);
    QTest::keyClick(next, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(ProposalStore(*m_fixture->db, m_fixture->clock).summary(id)->status, ProposalStatus::Rfc);
    section.model()->undoStack()->undo();
    QCOMPARE(ProposalStore(*m_fixture->db, m_fixture->clock).summary(id)->status, ProposalStatus::UnderReview);
    QCOMPARE(next->model()->rowCount(), 1);
}

void TestProposalBoard::R13_addingFromTwoTicketsOfTwoCustomers()
{
    const TicketId first = ticket(u"Anna Smith"_s, u"Could the admin panel have a dark mode?"_s);
    const TicketId second = ticket(u"Boris Ivanov"_s, u"Dark theme please, my eyes hurt at night"_s);
    OpenTicket open(*m_session);
    TriagePanel panel(open);
    QSignalSpy offered(&panel, &TriagePanel::replyOffered);

    QVERIFY(open.open(first).ok());
    auto *dialog = qobject_cast<AddToProposalDialog *>(panel.addToProposals());
    QVERIFY(dialog);
    dialog->setSearchText(u"Dark mode for the admin panel"_s);
    QCOMPARE(dialog->matchCount(), 0);
    dialog->createNew();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.at(0).at(0).toString(), u"proposal-thanks"_s);

    QVERIFY(open.open(second).ok());
    dialog = qobject_cast<AddToProposalDialog *>(panel.addToProposals());
    QVERIFY(dialog);
    dialog->setSearchText(u"dark mo"_s); // found as the agent types
    QCOMPARE(dialog->matchCount(), 1);
    dialog->addToSelected();
    QCOMPARE(offered.size(), 2);

    const auto board = ProposalStore(*m_fixture->db, m_fixture->clock).board().value();
    QCOMPARE(board.size(), 1);
    QCOMPARE(board.first().requests, 2);
    QCOMPARE(board.first().customers, 2);
    QVERIFY(open.tags().contains(board.first().tag));
    const auto requests = ProposalStore(*m_fixture->db, m_fixture->clock).requests(board.first().id).value();
    QCOMPARE(requests.at(1).quote, u"Dark theme please, my eyes hurt at night"_s); // the customer's words

    // The same ticket again does not count twice.
    dialog = qobject_cast<AddToProposalDialog *>(panel.addToProposals());
    dialog->setSearchText(u"dark"_s);
    dialog->addToSelected();
    QCOMPARE(ProposalStore(*m_fixture->db, m_fixture->clock).summary(board.first().id)->requests, 2);
    QCOMPARE(offered.size(), 2);

    ProposalsSection section(*m_session);
    section.resize(1500, 800);
    section.show();
    section.openProposal(board.first().id);
    auto *table = Test::namedChild<QTableWidget>(section.page(), u"proposal.requests"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"Anna Smith"_s);
    Test::saveShot(&section, u"proposalpage"_s);
}

void TestProposalBoard::reviewModeDecidesOneAtATime()
{
    create(u"Alpha"_s);
    create(u"Beta"_s);
    ProposalsSection section(*m_session);
    section.show();
    auto *dialog = section.startReview();
    QVERIFY(dialog);
    auto *progress = Test::namedChild<QLabel>(dialog, u"review.progress"_s);
    QVERIFY(progress->text().contains(u"2"_s));
    Test::namedChild<QPushButton>(dialog, u"review.keep"_s)->click();
    QVERIFY(progress->text().contains(u"1 proposal"_s));
    Test::namedChild<QPushButton>(dialog, u"review.decline"_s)->click(); // no reason: refused
    QVERIFY(!Test::namedChild<QLabel>(dialog, u"review.message"_s)->text().isEmpty());
    Test::saveShot(dialog, u"proposalreview"_s);
    dialog->reject(); // continue later

    auto *resumed = section.startReview();
    QVERIFY(resumed);
    QVERIFY(Test::namedChild<QLabel>(resumed, u"review.progress"_s)->text().contains(u"resumed"_s));
    QVERIFY(resumed->summary().contains(u"Kept"_s));
}

void TestProposalBoard::R13_closeTheLoopSendsOneReplyPerTicket()
{
    QVERIFY(CannedReplyStore(*m_fixture->db, m_fixture->clock).seedShipped().ok());
    const TicketId asked = ticket(u"Anna Smith"_s, u"Bulk export please"_s);
    const TicketId noted = ticket(u"Nora North"_s, u"Unrelated"_s);
    ProposalStore store(*m_fixture->db, m_fixture->clock);
    const ProposalId id = create(u"Bulk export of campaigns"_s);
    QVERIFY(store.addRequest(id, {asked, {}, {}, false, m_fixture->vera}).value());
    QVERIFY(store.addRequest(id, {noted, {}, u"mentioned on a call"_s, true, m_fixture->vera}).value());
    ProposalsSection section(*m_session);
    QVERIFY(section.model()->moveTo(id, ProposalStatus::Shipped).ok());
    auto *dialog = section.closeLoop(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->draftCount(), 1);
    Test::namedChild<QPushButton>(dialog, u"closeLoop.sendAll"_s)->click();
    QCOMPARE(dialog->draftCount(), 0);
    const auto thread = TicketStore(*m_fixture->db, m_fixture->clock).messages(asked).value();
    QCOMPARE(thread.last().kind, MessageKind::Agent);
    QVERIFY(thread.last().body.startsWith(u"Hello Anna"_s));
    QCOMPARE(TicketStore(*m_fixture->db, m_fixture->clock).messages(noted)->size(), 1);
    QVERIFY(store.requests(id)->first().answeredAt > 0);
}

QTEST_MAIN(TestProposalBoard)
#include "tst_proposalboard.moc"
