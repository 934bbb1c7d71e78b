// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a ticket from everywhere: its number in the search box whatever the view, the
// search saying where it looks (and looking everywhere in one key), and the command
// palette finding tickets by number and subject and customers by name.
#include "fakeprompts.h"
#include "namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/windowfixture.h"
#include "views/customers/customersview.h"
#include "views/mainwindow.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketview.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestFindingTickets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void numberListsAndOpensTheTicketFromAnyView();
    void searchSaysWhereItLooksAndLooksEverywhereInOneKey();
    void paletteFindsTicketsByNumberAndSubject();
    void paletteFindsCustomersByName();

private:
    [[nodiscard]] InboxSection *inbox() const
    {
        return qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    }
    [[nodiscard]] QList<TicketId> listed() const;
    /// Opens the palette with Ctrl+K and types `text`; the palette's list once the tickets arrived.
    QTreeWidget *typeInPalette(const QString &text, bool waitForFound = true);

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    CustomerId m_northwind;
    TicketId m_printer, m_login, m_duplicate;
};

void TestFindingTickets::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    auto opened = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"test.casebook"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    // The window's agent: the team's first member.
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    anna.role = AgentRole::Admin;
    const AgentId me = AgentStore(*m_database).create(anna).value();
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get());
    QCOMPARE(m_app->services().session.agentId(), me);

    Customer northwind;
    northwind.displayName = u"Northwind Traders"_s;
    northwind.emails = {u"alice@northwind.example"_s};
    m_northwind = CustomerStore(*m_database).create(northwind).value();
    TicketStore tickets(*m_database);
    m_printer = tickets.create({u"Printer jams on page two"_s, m_northwind, Channel::Email, u"Paper stuck."_s}).value();
    m_login = tickets.create({u"Login loop after update"_s, {}, Channel::Chat, u"SSO redirects forever."_s}).value();
    // A subject that names the printer ticket's number as a word.
    m_duplicate = tickets.create({u"Same as %1"_s.arg(m_printer.value()), {}, Channel::Email, u"See there."_s}).value();
    QVERIFY(tickets.assign(m_login, me, tickets.ticket(m_login)->version, me).ok());
    QVERIFY(tickets.assign(m_duplicate, me, tickets.ticket(m_duplicate)->version, me).ok());

    m_window = m_app->makeWindow();
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFindingTickets::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

QList<TicketId> TestFindingTickets::listed() const
{
    QList<TicketId> tickets;
    const InboxModel *model = inbox()->inbox()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        tickets.append(model->ticketAt(model->index(row, 0)));
    return tickets;
}

void TestFindingTickets::numberListsAndOpensTheTicketFromAnyView()
{
    // "Mine" holds the login ticket and the duplicate; the printer ticket is nobody's.
    inbox()->inbox()->showView(u"mine"_s);
    QTRY_COMPARE(listed().size(), 2);
    auto *search = Test::namedChild<QLineEdit>(m_window.get(), u"inbox.search"_s);
    const QString number = QString::number(m_printer.value());
    for (const QString &typed : QStringList{number, QString(u"#"_s + number)}) {
        search->clear();
        search->setFocus();
        QTest::keyClicks(search, typed);
        QTest::keyClick(search, Qt::Key_Return);
        // The numbered ticket first, then the view's tickets holding the number as a word.
        QTRY_COMPARE(listed(), (QList<TicketId>{m_printer, m_duplicate}));
        // Enter opened it.
        QTRY_COMPARE(inbox()->ticketView()->ticket(), m_printer);
        inbox()->openTicket(m_login);
        QTRY_COMPARE(inbox()->ticketView()->ticket(), m_login);
    }
}

void TestFindingTickets::searchSaysWhereItLooksAndLooksEverywhereInOneKey()
{
    inbox()->inbox()->showView(u"mine"_s);
    auto *search = Test::namedChild<QLineEdit>(m_window.get(), u"inbox.search"_s);
    auto *all = Test::namedChild<QToolButton>(m_window.get(), u"inbox.searchAll"_s);
    auto *count = Test::namedChild<QLabel>(m_window.get(), u"inbox.count"_s);
    QVERIFY(search->placeholderText().startsWith(u"Search in Mine"_s));
    QVERIFY(!all->isVisible()); // nothing to widen yet
    search->setFocus();
    QTest::keyClicks(search, u"printer"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(count->text(), u"0 match(es) in Mine"_s);
    QVERIFY(all->isVisible());
    QVERIFY(all->toolTip().contains(u"Alt+A"_s));
    QTest::keyClick(search, Qt::Key_A, Qt::AltModifier);
    QVERIFY(all->isChecked());
    QTRY_COMPARE(listed(), QList<TicketId>{m_printer});
    QCOMPARE(count->text(), u"1 match(es) in all tickets"_s);
    QVERIFY(search->placeholderText().startsWith(u"Search in all tickets"_s));
    QTest::keyClick(search, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(listed().isEmpty());
    QCOMPARE(count->text(), u"0 match(es) in Mine"_s);
    // The view's title follows the picker.
    inbox()->inbox()->showView(u"unassigned"_s);
    QVERIFY(search->placeholderText().startsWith(u"Search in Unassigned"_s));
}

QTreeWidget *TestFindingTickets::typeInPalette(const QString &text, bool waitForFound)
{
    auto *list = Test::namedChild<QTreeWidget>(m_window.get(), u"palette.list"_s);
    auto *filter = Test::namedChild<QLineEdit>(m_window.get(), u"palette.filter"_s);
    if (!list || !filter)
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    if (!QTest::qWaitFor([filter] { return filter->isVisible() && filter->hasFocus(); }))
        return nullptr;
    QTest::keyClicks(filter, text);
    // The look-up runs on a worker: wait for a ticket or customer row.
    if (waitForFound)
        (void)QTest::qWaitFor([list] {
            const QTreeWidgetItem *first = list->topLevelItem(0);
            return first && (first->text(1) == u"Ticket" || first->text(1) == u"Customer");
        });
    return list;
}

void TestFindingTickets::paletteFindsTicketsByNumberAndSubject()
{
    m_window->showSection(MainWindow::Section::Proposals); // from another section
    QTreeWidget *list = typeInPalette(QString::number(m_login.value()));
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(0), u"#%1 Login loop after update"_s.arg(m_login.value()));
    QTest::keyClick(Test::namedChild<QLineEdit>(m_window.get(), u"palette.filter"_s), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentSection(), MainWindow::Section::Inbox);
    QTRY_COMPARE(inbox()->ticketView()->ticket(), m_login);

    // A word of the subject, typed in part.
    list = typeInPalette(u"print"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(0), u"#%1 Printer jams on page two"_s.arg(m_printer.value()));
    QTest::keyClick(Test::namedChild<QLineEdit>(m_window.get(), u"palette.filter"_s), Qt::Key_Return);
    QTRY_COMPARE(inbox()->ticketView()->ticket(), m_printer);

    // A command's name still comes before the tickets that mention it.
    list = typeInPalette(u"new ticket"_s, false);
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(0), u"New Ticket…"_s);
    QTest::keyClick(Test::namedChild<QLineEdit>(m_window.get(), u"palette.filter"_s), Qt::Key_Escape);
}

void TestFindingTickets::paletteFindsCustomersByName()
{
    QTreeWidget *list = typeInPalette(u"northw"_s);
    QVERIFY(list);
    QTreeWidgetItem *customer = nullptr;
    for (int row = 0; row < list->topLevelItemCount() && !customer; ++row) {
        if (list->topLevelItem(row)->text(1) == u"Customer")
            customer = list->topLevelItem(row);
    }
    QVERIFY(customer);
    QVERIFY(customer->text(0).startsWith(u"Northwind Traders"_s));
    list->setCurrentItem(customer);
    QTest::keyClick(Test::namedChild<QLineEdit>(m_window.get(), u"palette.filter"_s), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentSection(), MainWindow::Section::Customers);
    auto *customers = qobject_cast<CustomersView *>(m_window->sectionWidget(MainWindow::Section::Customers));
    QTRY_COMPARE(customers->cardModel()->customer(), m_northwind);
}

QTEST_MAIN(TestFindingTickets)
#include "tst_findingtickets.moc"
