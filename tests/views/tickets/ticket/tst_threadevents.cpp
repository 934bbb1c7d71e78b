// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the thread tells the ticket's whole story. A colleague who gets a ticket reads
// why it was handed over; a bug report or proposal filed from it is one click away; a solve
// is undone from its own line in the thread.
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/proposals/proposalstore.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/ticket/ticketview.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestThreadEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void R45_theColleagueReadsWhyItWasHandedOver();
    void R13_aProposalFiledFromTheTicketIsOneClickAway();
    void R36_aSolveIsUndoneFromItsLineInTheThread();

private:
    /// The thread's line that starts with `text`, or null.
    static QLabel *line(QWidget *view, const QString &text);
    [[nodiscard]] qint64 version() const { return TicketStore(*m_f->db).ticket(m_ticket).value().version; }

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<Session> m_session;
    TicketId m_ticket;
};

void TestThreadEvents::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    m_ticket = TicketStore(*m_f->db, m_f->clock)
                   .create({u"Export fails"_s, {}, Channel::Email, u"The export stops at 50 %."_s})
                   .value();
    m_f->clock.advanceMs(60'000);
    QVERIFY(TicketAssignment(*m_f->db, m_f->clock).take(m_ticket, version(), m_f->anna));
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
}

void TestThreadEvents::cleanup()
{
    m_session.reset();
    m_f.reset();
}

QLabel *TestThreadEvents::line(QWidget *view, const QString &text)
{
    const QList<QLabel *> labels = view->findChildren<QLabel *>(u"thread.message.body"_s);
    for (QLabel *label : labels) {
        if (label->text().startsWith(text) || label->text().startsWith(text.toHtmlEscaped()))
            return label;
    }
    return nullptr;
}

void TestThreadEvents::R45_theColleagueReadsWhyItWasHandedOver()
{
    m_f->clock.advanceMs(60'000);
    QVERIFY(
        TicketAssignment(*m_f->db, m_f->clock)
            .handOff(m_ticket, m_f->ivan, u"On holiday from Monday; the log is in my note"_s, version(), m_f->anna));
    m_session->setAgent(m_f->ivan);
    const auto desk = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    QLabel *handOff = line(desk.get(), u"Anna Berg handed the ticket over to Ivan Petrov: On holiday from Monday"_s);
    QVERIFY(handOff);
    QVERIFY(handOff->isVisible());
    // In its place: after the customer's message and Anna's take.
    QVERIFY(line(desk.get(), u"Anna Berg took the ticket"_s));
    QVERIFY(handOff->mapTo(desk.get(), QPoint()).y()
            > line(desk.get(), u"Anna Berg took the ticket"_s)->mapTo(desk.get(), QPoint()).y());
    Test::saveShot(desk.get(), u"thread-events"_s);

    // A hand-off written on another desktop arrives while the ticket is open.
    m_f->clock.advanceMs(60'000);
    QVERIFY(TicketAssignment(*m_f->db, m_f->clock)
                .escalate(m_ticket, m_f->vera, u"The customer asks for a refund"_s, version(), m_f->ivan));
    QTRY_VERIFY(line(desk.get(), u"Ivan Petrov escalated the ticket to Vera Lead: The customer asks for a refund"_s));
}

void TestThreadEvents::R13_aProposalFiledFromTheTicketIsOneClickAway()
{
    m_session->setAgent(m_f->anna);
    const auto desk = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    ProposalStore proposals(*m_f->db, m_f->clock);
    const ProposalId proposal = proposals.create(u"Export to Excel"_s, {}, m_f->anna).value();
    QVERIFY(proposals.addRequest(proposal, {m_ticket, {}, {}, false, m_f->anna}).value());

    QLabel *filed = nullptr;
    QTRY_VERIFY((filed = line(desk.get(), u"Anna Berg added this request to the proposal “Export to Excel”"_s)));
    QCOMPARE(filed->textFormat(), Qt::RichText);
    const QString url = u"casebook://proposal/%1"_s.arg(proposal.value());
    QVERIFY2(filed->text().contains(u"href=\"%1\""_s.arg(url)), qPrintable(filed->text()));
    QSignalSpy followed(desk.get(), &TicketView::linkActivated);
    Q_EMIT filed->linkActivated(url);
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.at(0).at(0).toUrl(), QUrl(url));
}

void TestThreadEvents::R36_aSolveIsUndoneFromItsLineInTheThread()
{
    m_session->setAgent(m_f->anna);
    const auto desk = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    QVERIFY(desk.ticket->solve(Resolution::CustomerConfirmed));
    QLabel *solved = nullptr;
    QTRY_VERIFY((solved = line(desk.get(), u"Anna Berg solved the ticket: The customer confirmed it works"_s)));
    QTRY_VERIFY(line(desk.get(), u"Anna Berg solved the ticket"_s)->text().contains(u">Undo</a>"_s));
    solved = line(desk.get(), u"Anna Berg solved the ticket"_s);
    Q_EMIT solved->linkActivated(u"undo-solve"_s);
    // A ticket solved while new comes back open, not new: someone has worked on it.
    QTRY_COMPARE(TicketStore(*m_f->db).ticket(m_ticket).value().status, TicketStatus::Open);
    // Undone: the thread says so, and the solve's line no longer offers it.
    QTRY_VERIFY(line(desk.get(), u"Anna Berg reopened the ticket"_s));
    QTRY_VERIFY(!line(desk.get(), u"Anna Berg solved the ticket"_s)->text().contains(u"Undo"_s));
}

QTEST_MAIN(TestThreadEvents)
#include "tst_threadevents.moc"
