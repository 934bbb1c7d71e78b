// SPDX-License-Identifier: GPL-3.0-or-later
// What agents expect of a helpdesk's send and solve buttons: a reply sent and the ticket set
// pending or solved in one step, and a solve taken back for a short time after.
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestSolveFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void sendAndSetPendingInOneStep();
    void sendAndSolveInOneStep();
    void R36_aSolveIsUndoneForAShortTime();
    void noteModeOffersNoStatus();

private:
    template<typename T>
    T *child(QObject *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }
    Test::OnTicket<TicketView> makeView();
    void typeReply(TicketView &view, const QString &text);
    [[nodiscard]] Ticket stored() const { return TicketStore(*m_f->db).ticket(m_ticket).value(); }

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<Session> m_session;
    TicketId m_ticket;
};

void TestSolveFlow::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    Customer olga;
    olga.displayName = u"Olga Smirnova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const CustomerId customer = CustomerStore(*m_f->db, m_f->clock).create(olga).value();
    m_ticket = TicketStore(*m_f->db, m_f->clock)
                   .create({u"Export fails"_s, customer, Channel::Email, u"The export fails since this morning."_s})
                   .value();
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
    m_session->setAgent(m_f->anna);
}

void TestSolveFlow::cleanup()
{
    m_session.reset();
    m_f.reset();
}

Test::OnTicket<TicketView> TestSolveFlow::makeView()
{
    return Test::showOnTicket<TicketView>(*m_session, m_ticket);
}

void TestSolveFlow::typeReply(TicketView &view, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(&view, u"composer.reply"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void TestSolveFlow::sendAndSetPendingInOneStep()
{
    auto view = makeView();
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get())); // shortcuts work in the active window
    typeReply(*view, u"Could you send us the export file?"_s);
    // Ctrl+Shift+Enter, as the menu says.
    QTest::keyClick(child<QPlainTextEdit>(view.get(), u"composer.reply"_s), Qt::Key_Return,
                    Qt::ControlModifier | Qt::ShiftModifier);
    const Ticket ticket = stored();
    QCOMPARE(ticket.status, TicketStatus::Pending);
    const auto thread = TicketStore(*m_f->db).messages(m_ticket).value();
    QCOMPARE(thread.constLast().body, u"Could you send us the export file?"_s);
    QCOMPARE(thread.constLast().kind, MessageKind::Agent);
    QVERIFY(child<QPlainTextEdit>(view.get(), u"composer.reply"_s)->toPlainText().isEmpty());
    QTRY_VERIFY(child<QLabel>(view.get(), u"ticket.status"_s)->text().contains(u"Pending"_s));
}

void TestSolveFlow::sendAndSolveInOneStep()
{
    auto view = makeView();
    typeReply(*view, u"Fixed in 5.3; the export works again."_s);
    auto *menuButton = child<QToolButton>(view.get(), u"composer.sendAnd"_s);
    QVERIFY(menuButton && menuButton->isVisible());
    auto *fixed = child<QAction>(view.get(), u"composer.sendAnd.solve.defect_fixed"_s);
    QVERIFY(fixed);
    fixed->trigger();
    const Ticket ticket = stored();
    QCOMPARE(ticket.status, TicketStatus::Solved);
    QCOMPARE(ticket.resolution, Resolution::DefectFixed);
    QCOMPARE(TicketStore(*m_f->db).messages(m_ticket).value().constLast().body,
             u"Fixed in 5.3; the export works again."_s);
    // Solved from the composer, undone from the header all the same.
    QTRY_VERIFY(child<QToolButton>(view.get(), u"ticket.undoSolve"_s)->isVisible());
}

void TestSolveFlow::R36_aSolveIsUndoneForAShortTime()
{
    QVERIFY(TicketStore(*m_f->db, m_f->clock).setStatus(m_ticket, TicketStatus::Pending, stored().version, m_f->anna));
    auto view = makeView();
    auto *undo = child<QToolButton>(view.get(), u"ticket.undoSolve"_s);
    QVERIFY(undo && !undo->isVisible());
    child<QAction>(view.get(), u"ticket.solve.customer_confirmed"_s)->trigger();
    QCOMPARE(stored().status, TicketStatus::Solved);
    QTRY_VERIFY(undo->isVisible());
    undo->click();
    // Back where it was: pending, no resolution.
    QCOMPARE(stored().status, TicketStatus::Pending);
    QVERIFY(!stored().resolution);
    QTRY_VERIFY(!undo->isVisible());

    // Solved again; once the short time is over the offer is gone and undo is refused.
    child<QAction>(view.get(), u"ticket.solve.no_response"_s)->trigger();
    QTRY_VERIFY(undo->isVisible());
    m_f->clock.advanceMs(OpenTicket::undoSolveWindowMs + 1);
    QVERIFY(!view.ticket->canUndoSolve());
    QVERIFY(!view.ticket->undoSolve());
    QCOMPARE(stored().status, TicketStatus::Solved);

    // Another desk never undoes a solve it did not make.
    auto other = makeView();
    QVERIFY(!other.ticket->canUndoSolve());
}

void TestSolveFlow::noteModeOffersNoStatus()
{
    auto view = makeView();
    auto *menuButton = child<QToolButton>(view.get(), u"composer.sendAnd"_s);
    QVERIFY(menuButton->isVisible());
    child<QTabBar>(view.get(), u"composer.mode"_s)->setCurrentIndex(1);
    QVERIFY(!menuButton->isVisible());
}

QTEST_MAIN(TestSolveFlow)
#include "tst_solveflow.moc"
