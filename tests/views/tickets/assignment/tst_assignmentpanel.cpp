// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/tickets/assignment/agentloadmodel.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/assignment/tickettasks.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/assignment/agentloadpanel.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/assignment/handoffdialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestAssignmentPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R33_takeRaceTheSecondTakeNamesTheFirstTaker();
    void R45_handOffRecordsAndOffersTheNotice();
    void R23_escalationShowsCarpAndGoesToALead();
    void R37_sideTasksAreAddedAndChecked();
    void mergeAndLinkAskForTheOtherTicket();
    void R43_R44_copyAsInternalMessageAndCopyLink();
    void R19_R24_agentLoadPanel();

private:
    Test::OnTicket<AssignmentPanel> makePanel(Session &session);
    template<typename T>
    T *child(QObject *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<FakePrompts> m_prompts;
    TicketId m_ticket;
};

void TestAssignmentPanel::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    m_prompts = std::make_unique<FakePrompts>();
    m_ticket = TicketStore(*m_f->db, m_f->clock)
                   .create({u"Import stops at 50 %"_s, {}, Channel::Chat, u"The import hangs at 50 %.\nPlease help."_s})
                   .value();
}

void TestAssignmentPanel::cleanup()
{
    m_prompts.reset();
    m_f.reset();
}

Test::OnTicket<AssignmentPanel> TestAssignmentPanel::makePanel(Session &session)
{
    Test::OnTicket<AssignmentPanel> desk;
    desk.ticket = std::make_unique<OpenTicket>(session);
    desk.view = std::make_unique<AssignmentPanel>(*desk.ticket);
    desk->resize(560, 560);
    (void)desk.ticket->open(m_ticket);
    desk->show();
    return desk;
}

void TestAssignmentPanel::R33_takeRaceTheSecondTakeNamesTheFirstTaker()
{
    // Two desktops on one database file: each has its own connection and change feed.
    auto ivanDb = m_f->testDb->open();
    QVERIFY(ivanDb);
    Session annaSession(*m_f->db, m_f->clock, nullptr);
    annaSession.setAgent(m_f->anna);
    Session ivanSession(*ivanDb, m_f->clock, nullptr);
    ivanSession.setAgent(m_f->ivan);
    auto anna = makePanel(annaSession);
    auto ivan = makePanel(ivanSession);
    auto *annaTake = child<QPushButton>(anna.get(), u"assignment.take"_s);
    auto *ivanTake = child<QPushButton>(ivan.get(), u"assignment.take"_s);
    QVERIFY(annaTake->isEnabled() && ivanTake->isEnabled());

    // Both see an unassigned ticket; Anna clicks first, Ivan before his desktop heard of it.
    annaTake->click();
    ivanTake->click();
    auto *status = child<QLabel>(ivan.get(), u"assignment.status"_s);
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"Anna Berg took ticket"_s), qPrintable(status->text()));
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->assignee, m_f->anna);
    QVERIFY2(child<QLabel>(ivan.get(), u"assignment.holder"_s)->text().contains(u"Anna Berg"_s),
             qPrintable(child<QLabel>(ivan.get(), u"assignment.holder"_s)->text()));
    QVERIFY(!ivanTake->isEnabled());
    QCOMPARE(child<QLabel>(anna.get(), u"assignment.holder"_s)->text(), u"You hold this ticket."_s);
    Test::saveShot(ivan.get(), u"assignmentpanel-take-race"_s);
}

void TestAssignmentPanel::R45_handOffRecordsAndOffersTheNotice()
{
    Session annaSession(*m_f->db, m_f->clock, nullptr);
    annaSession.setAgent(m_f->anna);
    QVERIFY(TicketAssignment(*m_f->db, m_f->clock).take(m_ticket, 1, m_f->anna).ok());
    auto panel = makePanel(annaSession);
    QSignalSpy offered(panel.get(), &AssignmentPanel::replyOffered);

    child<QPushButton>(panel.get(), u"assignment.handOff"_s)->click();
    auto *dialog = child<HandOffDialog>(panel.get(), u"handoff.dialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *agent = child<QComboBox>(dialog, u"handoff.agent"_s);
    QCOMPARE(agent->count(), 2); // Ivan and Vera; not Anna, who holds it
    agent->setCurrentIndex(agent->findData(m_f->ivan.value()));
    auto *ok = child<QDialogButtonBox>(dialog, u"handoff.buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a reason first
    child<QPlainTextEdit>(dialog, u"handoff.reason"_s)->setPlainText(u"My shift ends; Ivan knows imports"_s);
    QVERIFY(ok->isEnabled());
    Test::saveShot(dialog, u"handoff-dialog"_s);
    ok->click();

    QTRY_COMPARE(offered.count(), 1);
    QCOMPARE(offered.first().first().toString(), u"handoff"_s);
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->assignee, m_f->ivan);
    QVERIFY(child<QLabel>(panel.get(), u"assignment.holder"_s)->text().contains(u"Ivan Petrov"_s));

    // Ivan's desktop: the ticket is handed to him; Take Over records the takeover.
    Session ivanSession(*m_f->db, m_f->clock, nullptr);
    ivanSession.setAgent(m_f->ivan);
    auto ivan = makePanel(ivanSession);
    auto *take = child<QPushButton>(ivan.get(), u"assignment.take"_s);
    QVERIFY(take->isEnabled());
    QCOMPARE(take->text(), u"&Take Over"_s);
    take->click();
    QTRY_COMPARE(*TicketAssignment(*m_f->db, m_f->clock).isHandedTo(m_ticket, m_f->ivan), false);
    QVERIFY(!take->isEnabled());
}

void TestAssignmentPanel::R23_escalationShowsCarpAndGoesToALead()
{
    Session annaSession(*m_f->db, m_f->clock, nullptr);
    annaSession.setAgent(m_f->anna);
    QVERIFY(TicketAssignment(*m_f->db, m_f->clock).take(m_ticket, 1, m_f->anna).ok());
    auto panel = makePanel(annaSession);
    QSignalSpy offered(panel.get(), &AssignmentPanel::replyOffered);
    QVERIFY(child<QPushButton>(panel.get(), u"assignment.escalate"_s)->toolTip().contains(u"Refocus"_s));

    child<QPushButton>(panel.get(), u"assignment.escalate"_s)->click();
    auto *dialog = child<HandOffDialog>(panel.get(), u"escalate.dialog"_s);
    QVERIFY(dialog);
    auto *carp = child<QLabel>(dialog, u"handoff.carp"_s);
    QVERIFY(carp && carp->text().contains(u"Control"_s) && carp->text().contains(u"Problem-solve"_s));
    auto *agent = child<QComboBox>(dialog, u"handoff.agent"_s);
    QCOMPARE(agent->count(), 1); // leads only
    QCOMPARE(agent->currentData().toLongLong(), m_f->vera.value());
    child<QPlainTextEdit>(dialog, u"handoff.reason"_s)->setPlainText(u"Customer demands a refund, getting angry"_s);
    Test::saveShot(dialog, u"escalate-dialog"_s);
    child<QDialogButtonBox>(dialog, u"handoff.buttons"_s)->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(offered.count(), 1);
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->assignee, m_f->vera);
}

void TestAssignmentPanel::R37_sideTasksAreAddedAndChecked()
{
    Session session(*m_f->db, m_f->clock, nullptr);
    session.setAgent(m_f->anna);
    auto panel = makePanel(session);
    auto *edit = child<QLineEdit>(panel.get(), u"assignment.newTask"_s);
    edit->setText(u"Update the import docs"_s);
    child<QPushButton>(panel.get(), u"assignment.addTask"_s)->click();
    auto *list = child<QListView>(panel.get(), u"assignment.tasks"_s);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(TicketTasks(*m_f->db, m_f->clock).tasks(m_ticket)->first().done, true);
    // The open task does not hold the ticket: solving works.
    edit->setText(u"Test on staging"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QVERIFY(
        TicketStore(*m_f->db, m_f->clock)
            .solve(m_ticket, Resolution::CustomerConfirmed, TicketStore(*m_f->db).ticket(m_ticket)->version, m_f->anna)
            .ok());
    Test::saveShot(panel.get(), u"assignmentpanel-tasks"_s);
}

void TestAssignmentPanel::mergeAndLinkAskForTheOtherTicket()
{
    Session session(*m_f->db, m_f->clock, nullptr);
    session.setAgent(m_f->anna);
    const TicketId survivor =
        TicketStore(*m_f->db, m_f->clock).create({u"Import broken"_s, {}, Channel::Email, u"x"_s}).value();
    const TicketId related =
        TicketStore(*m_f->db, m_f->clock).create({u"Export broken"_s, {}, Channel::Email, u"y"_s}).value();
    auto panel = makePanel(session);

    child<QPushButton>(panel.get(), u"assignment.link"_s)->click();
    auto *linkDialog = child<QInputDialog>(panel.get(), u"assignment.linkDialog"_s);
    QVERIFY(linkDialog);
    linkDialog->setIntValue(int(related.value()));
    linkDialog->accept();
    auto *links = child<QListWidget>(panel.get(), u"assignment.links"_s);
    QTRY_COMPARE(links->count(), 1);
    QVERIFY(links->item(0)->text().contains(u"Export broken"_s));
    QSignalSpy open(panel.get(), &AssignmentPanel::ticketOpenRequested);
    Q_EMIT links->itemActivated(links->item(0));
    QCOMPARE(open.first().first().value<TicketId>(), related);

    m_prompts->confirmAnswer = false; // asked first; "no" changes nothing
    child<QPushButton>(panel.get(), u"assignment.merge"_s)->click();
    auto *mergeDialog = child<QInputDialog>(panel.get(), u"assignment.mergeDialog"_s);
    mergeDialog->setIntValue(int(survivor.value()));
    mergeDialog->accept();
    QTRY_COMPARE(m_prompts->shown.size(), 1);
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->status, TicketStatus::New);
    QTRY_VERIFY(!panel->findChild<QInputDialog *>(u"assignment.mergeDialog"_s)); // closed and gone

    m_prompts->confirmAnswer = true;
    child<QPushButton>(panel.get(), u"assignment.merge"_s)->click();
    mergeDialog = child<QInputDialog>(panel.get(), u"assignment.mergeDialog"_s);
    QTRY_VERIFY(mergeDialog && mergeDialog->isVisible());
    mergeDialog->setIntValue(int(survivor.value()));
    mergeDialog->accept();
    QTRY_COMPARE(TicketStore(*m_f->db).ticket(m_ticket)->status, TicketStatus::Closed);
    QCOMPARE(TicketStore(*m_f->db).messages(survivor)->size(), 2);
    QTRY_COMPARE(links->count(), 2);
    QVERIFY(!child<QPushButton>(panel.get(), u"assignment.take"_s)->isEnabled()); // closed is final
    Test::saveShot(panel.get(), u"assignmentpanel-merged"_s);
}

void TestAssignmentPanel::R43_R44_copyAsInternalMessageAndCopyLink()
{
    Session session(*m_f->db, m_f->clock, nullptr);
    session.setAgent(m_f->anna);
    QVERIFY(
        TicketStore(*m_f->db, m_f->clock).addMessage(m_ticket, MessageKind::Note, m_f->anna, u"NOTE-CANARY"_s).ok());
    auto panel = makePanel(session);
    child<QPushButton>(panel.get(), u"assignment.copyMessage"_s)->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(u"> The import hangs at 50 %.\n> Please help."_s), qPrintable(text));
    QVERIFY(text.contains(u"casebook://ticket/%1"_s.arg(m_ticket.value())));
    QVERIFY(!text.contains(u"NOTE-CANARY"_s));

    child<QPushButton>(panel.get(), u"assignment.copyLink"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"casebook://ticket/%1"_s.arg(m_ticket.value()));
}

void TestAssignmentPanel::R19_R24_agentLoadPanel()
{
    Session session(*m_f->db, m_f->clock, nullptr);
    session.setAgent(m_f->anna);
    TicketAssignment assignment(*m_f->db, m_f->clock);
    QVERIFY(assignment.take(m_ticket, 1, m_f->ivan).ok());
    AgentLoadPanel panel(session);
    panel.resize(320, 200);
    panel.show();
    auto *list = child<QListView>(&panel, u"agentLoad.list"_s);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(u"Ivan Petrov: 1 open"_s));

    const TicketId second = TicketStore(*m_f->db, m_f->clock).create({u"Second"_s, {}, Channel::Email, u"x"_s}).value();
    QVERIFY(assignment.take(second, 1, m_f->anna).ok());
    QTRY_COMPARE(panel.model()->loadAt(panel.model()->indexOf(m_f->anna)).open, 1);

    // A week later both are held too long (R24); the panel on a ticket says so.
    m_f->clock.advanceMs(7LL * 24 * 3600 * 1000);
    QVERIFY(panel.model()->refresh().ok());
    QCOMPARE(list->model()->index(0, 0).data(OverdueRole).toBool(), true);
    Test::saveShot(&panel, u"agentloadpanel"_s);
    auto ticketPanel = makePanel(session);
    QVERIFY(child<QLabel>(ticketPanel.get(), u"assignment.longHeld"_s)->isVisible());
}

QTEST_MAIN(TestAssignmentPanel)
#include "tst_assignmentpanel.moc"
