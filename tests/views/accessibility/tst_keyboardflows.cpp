// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/windowfixture.h"
#include "views/bugreports/bugreportformdialog.h"
#include "views/mainwindow.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketview.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

/**
 * The agent's everyday flows with the keyboard alone, from the inbox list: every step is
 * a key event sent to the widget that has the focus, never a click or a direct call.
 */
class TestKeyboardFlows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R33_takeTheTicket();
    void replyToTheCustomer();
    void triageWithATag();
    void R32_solveTheTicket();
    void R12_fileABugReport();
    void tabLeavesTheListForTheTicket();

private:
    [[nodiscard]] InboxSection *inbox() const
    {
        return qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    }
    [[nodiscard]] QTableView *table() const { return inbox()->inbox()->table(); }
    [[nodiscard]] TicketId ticket() const { return inbox()->ticketView()->ticket(); }
    /// The widget with the keyboard focus, where a person's next key goes.
    [[nodiscard]] static QWidget *focused() { return QApplication::focusWidget(); }
    [[nodiscard]] Ticket stored() const { return TicketStore(*m_database).ticket(ticket()).value(); }

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    AgentId m_agent;
};

void TestKeyboardFlows::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    auto opened = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"keys.casebook"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    Agent agent;
    agent.login = u"anna"_s;
    agent.displayName = u"Anna Petrova"_s;
    agent.email = u"anna@example.com"_s;
    const Result<AgentId> created = AgentStore(*m_database).create(agent);
    QVERIFY(created.ok());
    m_agent = created.value();
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get());
    TicketStore tickets(*m_database);
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"Body %1"_s.arg(i)}).ok());
    m_window = m_app->makeWindow();
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    // J moves down the list and opens the ticket under the cursor.
    QTest::keyClick(focused(), Qt::Key_J);
    QTRY_VERIFY(ticket().isValid());
}

void TestKeyboardFlows::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

void TestKeyboardFlows::R33_takeTheTicket()
{
    QVERIFY(!stored().assignee.isValid());
    QTest::keyClick(focused(), Qt::Key_T, Qt::ShiftModifier);
    QTRY_COMPARE(stored().assignee, m_agent);
}

void TestKeyboardFlows::replyToTheCustomer()
{
    const qsizetype before = TicketStore(*m_database).messages(ticket()).value().size();
    QTest::keyClick(focused(), Qt::Key_R);
    QTRY_COMPARE(focused() ? focused()->objectName() : QString(), u"composer.reply"_s);
    QTest::keyClicks(focused(), u"Thank you, it is fixed now."_s);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(TicketStore(*m_database).messages(ticket()).value().size(), before + 1);
    const QList<Message> messages = TicketStore(*m_database).messages(ticket()).value();
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                        [](const Message &m) { return m.body == u"Thank you, it is fixed now."_s; }));
}

void TestKeyboardFlows::triageWithATag()
{
    QTest::keyClick(focused(), Qt::Key_T);
    QTRY_COMPARE(focused() ? focused()->objectName() : QString(), u"triage.tagEdit"_s);
    QTest::keyClicks(focused(), u"billing"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(TicketStore(*m_database).tags(ticket()).value().contains(u"billing"_s));
}

void TestKeyboardFlows::R32_solveTheTicket()
{
    // Shift+S opens the resolutions menu (its own event loop): Return picks the first.
    bool menuShown = false;
    QTimer::singleShot(0, this, [&menuShown] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        menuShown = true;
        QWidget *menu = QApplication::activePopupWidget();
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(focused(), Qt::Key_S, Qt::ShiftModifier);
    QTRY_VERIFY(menuShown);
    QTRY_COMPARE(stored().status, TicketStatus::Solved);
}

void TestKeyboardFlows::R12_fileABugReport()
{
    // No key of its own: the command palette finds it by name.
    QTest::keyClick(focused(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    QTest::keyClicks(focused(), u"File a Bug Report"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    BugReportFormDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BugReportFormDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QString::number(ticket().value())));
    dialog->reject();
}

void TestKeyboardFlows::tabLeavesTheListForTheTicket()
{
    // From the list, Tab goes on into the open ticket, never back to the window's chrome.
    QWidget *list = focused();
    QCOMPARE(list, static_cast<QWidget *>(table()));
    QTest::keyClick(list, Qt::Key_Tab);
    QTRY_VERIFY(focused() != list);
    QVERIFY2(inbox()->isAncestorOf(focused()), qPrintable(focused()->objectName()));
}

QTEST_MAIN(TestKeyboardFlows)
#include "tst_keyboardflows.moc"
