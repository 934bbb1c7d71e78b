// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/drafts/draftstore.h"
#include "models/tickets/newticket/logcontactform.h"
#include "models/tickets/newticket/newticketform.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/newticket/logcontactdialog.h"
#include "views/tickets/newticket/newticketdialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

class TestNewTicketDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R39_phoneTicketForAnInlineNewCustomer();
    void requesterIsPickedAsYouType();
    void problemsShowUnderTheirFields();
    void addressOfAnotherCustomerIsNamedAtOnce();
    void draftSurvivesAClosedDialog();
    void outboundFirstMessageOwesNoResponse();
    void R39_callLoggedOnAnOpenTicketIsTheCustomersMessage();

private:
    NewTicketDialog *open();

    std::unique_ptr<Test::PanelFixture> m_fx;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<NewTicketDialog> m_dialog;
    CustomerId m_boris;
};

void TestNewTicketDialog::init()
{
    m_fx = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_fx->db);
    Customer boris;
    boris.displayName = u"Boris Kim"_s;
    boris.company = u"Kim Logistics"_s;
    boris.emails = {u"boris@kim.example"_s};
    m_boris = CustomerStore(*m_fx->db, m_fx->clock).create(boris).value();
    m_session = std::make_unique<Session>(*m_fx->db, m_fx->clock, nullptr);
    m_session->setAgent(m_fx->anna);
}

void TestNewTicketDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_fx.reset();
}

NewTicketDialog *TestNewTicketDialog::open()
{
    m_dialog = std::make_unique<NewTicketDialog>(new NewTicketForm(*m_session));
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

void TestNewTicketDialog::R39_phoneTicketForAnInlineNewCustomer()
{
    NewTicketDialog *dialog = open();
    QVERIFY(dialog);
    QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);

    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.requester"_s), u"Clara Diaz"_s);
    QTest::mouseClick(namedChild<QPushButton>(dialog, u"newTicket.newCustomer"_s), Qt::LeftButton);
    auto *name = namedChild<QLineEdit>(dialog, u"newTicket.newCustomerName"_s);
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), u"Clara Diaz"_s); // what was typed is taken as the name
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.newCustomerEmail"_s), u"clara@diaz.example"_s);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.subject"_s), u"Cannot log in after the update"_s);
    QTest::keyClicks(namedChild<QPlainTextEdit>(dialog, u"newTicket.body"_s),
                     u"She called: the login page says 500."_s);
    auto *channel = namedChild<QComboBox>(dialog, u"newTicket.channel"_s);
    QCOMPARE(Channel(channel->currentData().toInt()), Channel::Phone); // typed in by hand: a call, most often
    auto *severity = namedChild<QComboBox>(dialog, u"newTicket.severity"_s);
    severity->setCurrentIndex(severity->findData(int(Severity::Medium)));
    auto *complexity = namedChild<QComboBox>(dialog, u"newTicket.complexity"_s);
    complexity->setCurrentIndex(complexity->findData(int(Complexity::Simple)));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.tags"_s), u"login, Update"_s);
    auto *assignee = namedChild<QComboBox>(dialog, u"newTicket.assignee"_s);
    QCOMPARE(AgentId(assignee->currentData().toLongLong()), m_fx->anna); // the one who takes the call
    Test::saveShot(dialog, u"newticket-filled"_s);

    QTest::mouseClick(namedChild<QPushButton>(dialog, u"newTicket.create"_s), Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    const TicketId id = created.at(0).at(0).value<TicketId>();
    QVERIFY(id.isValid());
    QVERIFY(!dialog->isVisible());

    const Ticket ticket = TicketStore(*m_fx->db, m_fx->clock).ticket(id).value();
    QCOMPARE(ticket.subject, u"Cannot log in after the update"_s);
    QCOMPARE(ticket.channel, Channel::Phone);
    QCOMPARE(ticket.severity, std::optional(Severity::Medium));
    QCOMPARE(ticket.complexity, std::optional(Complexity::Simple));
    QCOMPARE(ticket.assignee, m_fx->anna);
    QVERIFY(ticket.firstResponseDueAt.has_value()); // R15: the SLA runs from now
    QVERIFY(*ticket.firstResponseDueAt > m_fx->clock.nowMs());
    QCOMPARE(TicketStore(*m_fx->db, m_fx->clock).tags(id).value(), (QStringList{u"login"_s, u"update"_s}));
    const auto messages = TicketStore(*m_fx->db, m_fx->clock).messages(id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).kind, MessageKind::Customer);

    const Customer clara = CustomerStore(*m_fx->db, m_fx->clock).customer(ticket.customer).value();
    QCOMPARE(clara.displayName, u"Clara Diaz"_s);
    QCOMPARE(clara.emails, QStringList{u"clara@diaz.example"_s});
    // Created: nothing is left to restore next time.
    QVERIFY(!DraftStore(*m_fx->db, m_fx->clock).draft(m_fx->anna, NewTicketForm::draftScope()).value());
}

void TestNewTicketDialog::requesterIsPickedAsYouType()
{
    NewTicketDialog *dialog = open();
    QVERIFY(dialog);
    auto *requester = namedChild<QLineEdit>(dialog, u"newTicket.requester"_s);
    auto *completer = dialog->findChild<QCompleter *>();
    QVERIFY(completer);
    QAbstractItemModelTester tester(completer->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(requester, u"kim"_s); // the company matches too
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(requester->text(), u"Boris Kim"_s);
    QCOMPARE(dialog->fields().requester, m_boris);

    // Typing again un-picks: a name alone is not a customer.
    QTest::keyClick(requester, Qt::Key_Backspace);
    QVERIFY(!dialog->fields().requester.isValid());
}

void TestNewTicketDialog::problemsShowUnderTheirFields()
{
    NewTicketDialog *dialog = open();
    QVERIFY(dialog);
    auto *subjectProblem = namedChild<QLabel>(dialog, u"newTicket.problem.subject"_s);
    QVERIFY(!subjectProblem->isVisible()); // nothing is said before the first try
    QTest::mouseClick(namedChild<QPushButton>(dialog, u"newTicket.create"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(subjectProblem->isVisible());
    QVERIFY(namedChild<QLabel>(dialog, u"newTicket.problem.requester"_s)->isVisible());
    QVERIFY(namedChild<QLabel>(dialog, u"newTicket.problem.body"_s)->isVisible());
    Test::saveShot(dialog, u"newticket-problems"_s);
    // Each problem goes as its field is filled.
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.subject"_s), u"Invoice"_s);
    QVERIFY(!subjectProblem->isVisible());
    QCOMPARE(TicketStore(*m_fx->db, m_fx->clock).countByStatus().value().value(TicketStatus::New), 0);
}

void TestNewTicketDialog::addressOfAnotherCustomerIsNamedAtOnce()
{
    NewTicketDialog *dialog = open();
    QVERIFY(dialog);
    QTest::mouseClick(namedChild<QPushButton>(dialog, u"newTicket.newCustomer"_s), Qt::LeftButton);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.newCustomerEmail"_s), u"BORIS@kim.example"_s);
    auto *problem = namedChild<QLabel>(dialog, u"newTicket.problem.newCustomerEmail"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Boris Kim"_s), qPrintable(problem->text()));
}

void TestNewTicketDialog::draftSurvivesAClosedDialog()
{
    NewTicketDialog *dialog = open();
    QVERIFY(dialog);
    QTest::keyClicks(namedChild<QLineEdit>(dialog, u"newTicket.subject"_s), u"Refund for March"_s);
    QTest::keyClicks(namedChild<QPlainTextEdit>(dialog, u"newTicket.body"_s), u"Charged twice."_s);
    // Saved as typed, without closing: a crash now loses nothing.
    QTRY_VERIFY(DraftStore(*m_fx->db, m_fx->clock).draft(m_fx->anna, NewTicketForm::draftScope()).value().has_value());
    m_dialog.reset();

    dialog = open();
    QVERIFY(dialog);
    QCOMPARE(namedChild<QLineEdit>(dialog, u"newTicket.subject"_s)->text(), u"Refund for March"_s);
    QCOMPARE(namedChild<QPlainTextEdit>(dialog, u"newTicket.body"_s)->toPlainText(), u"Charged twice."_s);

    QTest::mouseClick(namedChild<QPushButton>(dialog, u"newTicket.discard"_s), Qt::LeftButton);
    QVERIFY(!DraftStore(*m_fx->db, m_fx->clock).draft(m_fx->anna, NewTicketForm::draftScope()).value());
}

void TestNewTicketDialog::outboundFirstMessageOwesNoResponse()
{
    NewTicketForm form(*m_session);
    NewTicketForm::Fields fields;
    fields.requester = m_boris;
    fields.subject = u"Your licence renews next week"_s;
    fields.body = u"Hello Boris, a reminder that …"_s;
    fields.outbound = true;
    fields.channel = Channel::Email;
    const auto made = form.create(fields);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    const Ticket ticket = TicketStore(*m_fx->db, m_fx->clock).ticket(*made).value();
    QCOMPARE(ticket.status, TicketStatus::Pending); // the customer acts next
    QVERIFY(!ticket.firstResponseDueAt.has_value());
    const auto messages = TicketStore(*m_fx->db, m_fx->clock).messages(*made).value();
    QCOMPARE(messages.at(0).kind, MessageKind::Agent);
}

void TestNewTicketDialog::R39_callLoggedOnAnOpenTicketIsTheCustomersMessage()
{
    TicketStore store(*m_fx->db, m_fx->clock);
    const TicketId id = store.create({u"Invoice question"_s, m_boris, Channel::Email, u"Hello"_s}).value();
    QVERIFY(store.addMessage(id, MessageKind::Agent, m_fx->anna, u"Answered"_s).ok());
    QVERIFY(store.setStatus(id, TicketStatus::Pending, store.ticket(id)->version, m_fx->anna).ok());

    LogContactDialog dialog(new LogContactForm(*m_session, id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *channel = namedChild<QComboBox>(&dialog, u"logContact.channel"_s);
    channel->setCurrentIndex(channel->findData(int(Channel::Chat)));
    QTest::keyClicks(namedChild<QPlainTextEdit>(&dialog, u"logContact.body"_s),
                     u"Asked in chat whether VAT is included."_s);
    Test::saveShot(&dialog, u"logcontact"_s);
    QTest::mouseClick(namedChild<QPushButton>(&dialog, u"logContact.log"_s), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());

    const Ticket ticket = store.ticket(id).value();
    QCOMPARE(ticket.status, TicketStatus::Open); // the customer spoke: the team acts next (R32)
    QVERIFY(ticket.nextResponseDueAt.has_value());
    const auto messages = store.messages(id).value();
    QCOMPARE(messages.constLast().kind, MessageKind::Customer);
    QSqlQuery q(m_fx->db->connection());
    QVERIFY(q.exec(u"SELECT channel FROM messages ORDER BY id DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"chat"_s);
}

QTEST_MAIN(TestNewTicketDialog)
#include "tst_newticketdialog.moc"
