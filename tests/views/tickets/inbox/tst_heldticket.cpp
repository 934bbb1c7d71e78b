// SPDX-License-Identifier: GPL-3.0-or-later
// The open ticket stays the agent's ticket: an edit that moves it out of the inbox's view
// keeps its row (marked) and keeps the ticket beside the list, so what the agent does next
// lands on the same ticket; moving to another row lets the kept row go.
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "models/vault/vaultsession.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"
#include "views/tickets/inbox/inboxdelegate.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestHeldTicket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void takingTheTicketInUnassigned();
    void changingSeverityInASeverityView();
    void changingComplexityInAComplexityView();
    void solvingTheTicketInOpen();

private:
    /// Shows `view` with `search` typed, puts the current row on the third ticket and
    /// returns it (the ticket beside the list follows).
    TicketId openThird(InboxSection &section, const QString &view, const QString &search);
    /// The edit has happened: the row, the current index and the ticket view stay; the next
    /// note and tag land on that ticket; moving to another row lets the kept row go.
    void checkHeldThroughNextSteps(InboxSection &section, TicketId held, int rowsBefore);
    void choose(QComboBox *combo, const QString &value);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Session> m_session;
    Test::FakeKeychain m_keychain;
    std::unique_ptr<VaultSession> m_vault;
};

void TestHeldTicket::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(1'795'000'000'000);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_settingsDir->filePath(u"casebook.ini"_s), QSettings::IniFormat);
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    QVERIFY(AgentStore(*m_db, *m_clock).create(anna).ok());
    TicketStore store(*m_db, *m_clock);
    for (int i = 0; i < 6; ++i) {
        m_clock->advanceMs(60'000);
        const auto id = store.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"hello"_s});
        QVERIFY(id.ok());
        // Triaged already: high and complex, as the severity and complexity views ask.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(u"UPDATE tickets SET severity = 'high', complexity = 'complex' WHERE id = ?"_s));
        q.addBindValue(id->value());
        QVERIFY(q.exec());
    }
    m_session = std::make_unique<Session>(*m_db, *m_clock, m_settings.get());
    m_vault = std::make_unique<VaultSession>(*m_db, *m_clock, m_keychain.borrow(), KdfParams::minimum());
}

void TestHeldTicket::cleanup()
{
    m_vault.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
    m_settings.reset();
}

TicketId TestHeldTicket::openThird(InboxSection &section, const QString &view, const QString &search)
{
    section.resize(1500, 800);
    section.show();
    section.inbox()->showView(view);
    auto *box = Test::namedChild<QLineEdit>(&section, u"inbox.search"_s);
    box->setText(search);
    QTest::keyClick(box, Qt::Key_Return);
    auto *table = Test::namedChild<QTableView>(&section, u"inbox.table"_s);
    table->selectRow(2);
    const TicketId ticket = section.inbox()->model()->ticketAt(table->currentIndex());
    [&] { QTRY_COMPARE(section.ticketView()->ticket(), ticket); }();
    section.sidebar()->setCurrentIndex(1); // the ticket's triage and work
    return ticket;
}

void TestHeldTicket::choose(QComboBox *combo, const QString &value)
{
    // As a person does it: the item above, then one step down with the keyboard.
    const int target = combo->findData(value);
    QVERIFY(target > 0);
    combo->setCurrentIndex(target - 1);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

void TestHeldTicket::checkHeldThroughNextSteps(InboxSection &section, TicketId held, int rowsBefore)
{
    auto *table = Test::namedChild<QTableView>(&section, u"inbox.table"_s);
    const InboxModel *model = section.inbox()->model();
    // The list keeps the row, marked no longer in this view; nothing moved to another ticket.
    QCOMPARE(model->rowCount(), rowsBefore);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(model->ticketAt(table->currentIndex()), held);
    QVERIFY(table->currentIndex().data(OutOfViewRole).toBool());
    QCOMPARE(model->matchCount(), rowsBefore - 1);
    QCOMPARE(section.ticketView()->ticket(), held);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
    // The delegate shows it dimmed and in italic, and says why.
    auto *delegate = qobject_cast<InboxDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem base;
    base.initFrom(table);
    QVERIFY(delegate->cellOption(base, table->currentIndex()).font.italic());
    QVERIFY(!delegate->cellOption(base, model->index(0, InboxModel::SubjectColumn)).font.italic());
    QCOMPARE(InboxDelegate::outOfViewText(), u"No longer in this view"_s);

    // The next note and tag go onto the same ticket.
    TicketStore store(*m_db, *m_clock);
    auto *tabs = Test::namedChild<QTabBar>(&section, u"composer.mode"_s);
    tabs->setCurrentIndex(1);
    auto *note = Test::namedChild<QPlainTextEdit>(&section, u"composer.note"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Took it, looking at the logs"_s);
    Test::namedChild<QPushButton>(&section, u"composer.send"_s)->click();
    QTRY_COMPARE(store.messages(held)->constLast().body, u"Took it, looking at the logs"_s);
    QCOMPARE(store.messages(held)->constLast().kind, MessageKind::Note);
    auto *tag = Test::namedChild<QLineEdit>(&section, u"triage.tagEdit"_s);
    tag->setFocus();
    QTest::keyClicks(tag, u"billing"_s);
    QTest::keyClick(tag, Qt::Key_Return);
    QTRY_VERIFY(store.tags(held)->contains(u"billing"_s));
    // Still held through those edits.
    QCOMPARE(model->ticketAt(table->currentIndex()), held);
    QCOMPARE(section.ticketView()->ticket(), held);

    // Moving to another row: the kept row leaves, exactly it.
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    table->selectRow(0);
    const TicketId next = model->ticketAt(table->currentIndex());
    QVERIFY(next != held);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(model->rowCount(), rowsBefore - 1);
    QVERIFY(!model->indexOf(held).isValid());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(OutOfViewRole).toBool());
    QTRY_COMPARE(section.ticketView()->ticket(), next);
}

void TestHeldTicket::takingTheTicketInUnassigned()
{
    InboxSection section(*m_session, *m_vault);
    const TicketId held = openThird(section, u"unassigned"_s, {});
    const int rows = section.inbox()->model()->rowCount();
    auto *take = Test::namedChild<QPushButton>(&section, u"assignment.take"_s);
    QVERIFY(take && take->isEnabled());
    take->click();
    QCOMPARE(TicketStore(*m_db).ticket(held)->assignee, m_session->agentId());
    checkHeldThroughNextSteps(section, held, rows);
}

void TestHeldTicket::changingSeverityInASeverityView()
{
    InboxSection section(*m_session, *m_vault);
    const TicketId held = openThird(section, u"open"_s, u"severity:high"_s);
    const int rows = section.inbox()->model()->rowCount();
    choose(Test::namedChild<QComboBox>(&section, u"triage.severity"_s), u"low"_s);
    QCOMPARE(TicketStore(*m_db).ticket(held)->severity, Severity::Low);
    checkHeldThroughNextSteps(section, held, rows);
}

void TestHeldTicket::changingComplexityInAComplexityView()
{
    InboxSection section(*m_session, *m_vault);
    const TicketId held = openThird(section, u"open"_s, u"complexity:complex"_s);
    const int rows = section.inbox()->model()->rowCount();
    choose(Test::namedChild<QComboBox>(&section, u"triage.complexity"_s), u"simple"_s);
    QCOMPARE(TicketStore(*m_db).ticket(held)->complexity, Complexity::Simple);
    checkHeldThroughNextSteps(section, held, rows);
}

void TestHeldTicket::solvingTheTicketInOpen()
{
    InboxSection section(*m_session, *m_vault);
    const TicketId held = openThird(section, u"open"_s, {});
    const int rows = section.inbox()->model()->rowCount();
    auto *solve = Test::namedChild<QAction>(&section, u"ticket.solve.customer_confirmed"_s);
    QVERIFY(solve);
    solve->trigger();
    QCOMPARE(TicketStore(*m_db).ticket(held)->status, TicketStatus::Solved);
    checkHeldThroughNextSteps(section, held, rows);
}

QTEST_MAIN(TestHeldTicket)
#include "tst_heldticket.moc"
