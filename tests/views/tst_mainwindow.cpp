// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprompts.h"
#include "namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customerstore.h"
#include "models/proposals/proposalstore.h"
#include "models/reminders/notificationmodel.h"
#include "models/reminders/reminderstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/support/windowfixture.h"
#include "views/analytics/analyticssection.h"
#include "views/bugreports/bugreportformdialog.h"
#include "views/bugreports/bugreportsview.h"
#include "views/customers/customersview.h"
#include "views/mainwindow.h"
#include "views/notifications/notificationlist.h"
#include "views/proposals/proposalssection.h"
#include "views/settings/settingsdialog.h"
#include "views/shifts/shiftsview.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void visitsEverySection_data();
    void visitsEverySection();
    void shortcutsSwitchSections();
    void sectionListSwitchesSections();
    void sectionsCountWhatTheDatabaseHolds();
    void statusBarNamesTheDatabase();
    void statusBarFollowsConnectionState();
    void notificationsShowEmptyStateUntilARowArrives();
    void aboutNamesVersionsAndLicence();
    void settingsOpenWithoutBlocking();
    void connectAMailboxOpensTheMailSettings();
    void savedLanguageAsksForTheSwitch();
    void savedDatabaseAsksBeforeReopening_data();
    void savedDatabaseAsksBeforeReopening();
    void remembersTheSection();
    void aNewLanguageReturnsToTheSamePlace();
    void R26_verdictUpdateLandsInTheTicketsComposer();
    void R12_criticalTicketOpensAPrefilledBugReport();
    void linksFromTheThreadOpenWhatTheyName();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return Test::namedChild<T>(m_window.get(), name);
    }
    QStackedWidget *sections() const { return child<QStackedWidget>(QStringLiteral("sections")); }
    SettingsDialog *openSettings();

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Result<std::unique_ptr<Database>> opened =
        Database::open(DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("test.casebook"))));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get());
    m_window = m_app->makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

void TestMainWindow::visitsEverySection_data()
{
    QTest::addColumn<MainWindow::Section>("section");
    for (const MainWindow::Section section : MainWindow::Sections)
        QTest::newRow(qPrintable(MainWindow::sectionKey(section))) << section;
}

void TestMainWindow::visitsEverySection()
{
    QFETCH(MainWindow::Section, section);
    const QString key = MainWindow::sectionKey(section);
    auto *action = child<QAction>(u"action.section." + key);
    QVERIFY(action);
    action->trigger();

    auto *page = child<QWidget>(u"section." + key);
    QVERIFY(page);
    QCOMPARE(sections()->currentWidget(), page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(m_window->currentSection(), section);
    QVERIFY(action->isChecked());
    if (section == MainWindow::Section::Inbox) {
        // The inbox lists tickets beside the open one; tst_inboxview and tst_ticketview test them.
        QVERIFY(qobject_cast<InboxSection *>(page));
        QVERIFY(page->findChild<InboxView *>());
        return;
    }
    if (section == MainWindow::Section::Customers) {
        QVERIFY(qobject_cast<CustomersView *>(page)); // list and card; tst_customersview tests it
        return;
    }
    if (section == MainWindow::Section::BugReports) {
        QVERIFY(qobject_cast<BugReportsView *>(page)); // tst_bugreportsview tests it
        return;
    }
    if (section == MainWindow::Section::Shifts) {
        QVERIFY(qobject_cast<ShiftsView *>(page)); // tst_shiftsview tests it
        return;
    }
    if (section == MainWindow::Section::Analytics) {
        QVERIFY(qobject_cast<AnalyticsSection *>(page)); // tst_analyticssection tests it
        return;
    }
    QCOMPARE(section, MainWindow::Section::Proposals);
    QVERIFY(qobject_cast<ProposalsSection *>(page)); // tst_proposalboard tests it
}

void TestMainWindow::shortcutsSwitchSections()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int i = int(MainWindow::Sections.size()) - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(int(m_window->currentSection()), i);
    }
}

void TestMainWindow::sectionListSwitchesSections()
{
    auto *list = child<QListWidget>(QStringLiteral("sectionList"));
    QVERIFY(list);
    QCOMPARE(list->count(), int(MainWindow::Sections.size()));
    list->setCurrentRow(int(MainWindow::Section::Proposals));
    QCOMPARE(sections()->currentWidget()->objectName(), QStringLiteral("section.proposals"));
    m_window->showSection(MainWindow::Section::Shifts);
    QCOMPARE(list->currentRow(), int(MainWindow::Section::Shifts));
}

void TestMainWindow::sectionsCountWhatTheDatabaseHolds()
{
    // The roster grid has a row per active agent.
    auto *shifts = child<QTableView>(QStringLiteral("shifts.grid"));
    QVERIFY(shifts);
    QCOMPARE(shifts->model()->rowCount(), 0);

    Agent agent;
    agent.login = QStringLiteral("anna");
    agent.displayName = QStringLiteral("Anna Petrova");
    agent.email = QStringLiteral("anna@example.com");
    const Result<AgentId> created = AgentStore(*m_database).create(agent);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    // The change feed announces the commit; the window counts again.
    QTRY_COMPARE(shifts->model()->rowCount(), 1);
}

void TestMainWindow::statusBarNamesTheDatabase()
{
    auto *label = child<QLabel>(QStringLiteral("status.database"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(m_database->url().displayName()), qPrintable(label->text()));
    QVERIFY(label->isVisible());
    auto *connection = child<QLabel>(QStringLiteral("status.connection"));
    QVERIFY(connection);
    QCOMPARE(connection->text(), QStringLiteral("Connected"));
}

void TestMainWindow::statusBarFollowsConnectionState()
{
    auto *connection = child<QLabel>(QStringLiteral("status.connection"));
    QVERIFY(connection);
    m_database->setState(Database::State::Disconnected, QStringLiteral("server closed the connection"));
    QVERIFY2(connection->text().contains(QStringLiteral("server closed the connection")),
             qPrintable(connection->text()));
    m_database->setState(Database::State::Connected);
    QCOMPARE(connection->text(), QStringLiteral("Connected"));
}

void TestMainWindow::notificationsShowEmptyStateUntilARowArrives()
{
    auto *list = child<NotificationList>(QStringLiteral("notifications"));
    QVERIFY(list);
    QVERIFY(list->isShowingEmptyState());
    auto *view = child<QListView>(QStringLiteral("notifications.list"));
    QVERIFY(view);
    auto *model = qobject_cast<NotificationModel *>(view->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 0);
    Reminder due;
    due.kind = RuleKind::SlaDue;
    due.subject = QStringLiteral("ticket/12/first");
    due.recipients = {m_window->session().agentId()};
    due.title = QStringLiteral("Ticket 12 is due in 10 minutes");
    const auto delivered = ReminderStore(m_window->session().database()).deliver(due, 0, false);
    QVERIFY2(delivered, delivered ? "" : qPrintable(delivered.error().detail));
    QVERIFY(model->reload());
    QVERIFY(!list->isShowingEmptyState());
    QVERIFY(model->acknowledge(model->notificationAt(0).id));
    QVERIFY(list->isShowingEmptyState());
}

void TestMainWindow::aboutNamesVersionsAndLicence()
{
    auto *about = child<QAction>(QStringLiteral("action.about"));
    QVERIFY(about);
    about->trigger();
    QCOMPARE(m_prompts->shown.size(), 1);
    const QString text = m_prompts->shown.constFirst();
    QVERIFY2(text.contains(QStringLiteral(CASEBOOK_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("General Public License")), qPrintable(text));
}

void TestMainWindow::settingsOpenWithoutBlocking()
{
    auto *action = child<QAction>(QStringLiteral("action.settings"));
    QVERIFY(action);
    action->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
    dialog->reject();
    QVERIFY(m_prompts->shown.isEmpty());
}

void TestMainWindow::connectAMailboxOpensTheMailSettings()
{
    // The empty first day offers the mailbox; Settings open on the Mail page.
    auto *connectMailbox = child<QPushButton>(QStringLiteral("firstDay.connectMailbox"));
    QVERIFY(connectMailbox);
    connectMailbox->click();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *tabs = Test::namedChild<QTabWidget>(dialog, QStringLiteral("settings.pages"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("settings.page.mail"));
    dialog->reject();
    // Check Mail Now is a named action, so the command palette lists it; with no account it does nothing.
    auto *check = child<QAction>(QStringLiteral("mail.checkNow"));
    QVERIFY(check);
    check->trigger();
    QVERIFY(m_prompts->shown.isEmpty());
}

SettingsDialog *TestMainWindow::openSettings()
{
    auto *action = child<QAction>(QStringLiteral("action.settings"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestMainWindow::savedLanguageAsksForTheSwitch()
{
    QSignalSpy languageRequests(m_window.get(), &MainWindow::languageChangeRequested);
    QSignalSpy databaseRequests(m_window.get(), &MainWindow::databaseChangeRequested);
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settings.language"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    dialog->accept();
    QCOMPARE(languageRequests.size(), 1);
    QCOMPARE(languageRequests.constFirst().constFirst().toString(), QStringLiteral("ru"));
    QCOMPARE(databaseRequests.size(), 0);
    QVERIFY(m_prompts->shown.isEmpty());
}

void TestMainWindow::savedDatabaseAsksBeforeReopening_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("yes, open it now") << true;
    QTest::newRow("no, later") << false;
}

void TestMainWindow::savedDatabaseAsksBeforeReopening()
{
    QFETCH(bool, answer);
    m_prompts->confirmAnswer = answer;
    QSignalSpy databaseRequests(m_window.get(), &MainWindow::databaseChangeRequested);
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("settings.sqlite.path"));
    QVERIFY(path);
    const QString other = m_dir->filePath(QStringLiteral("other.casebook"));
    path->setText(other);
    dialog->accept();
    QCOMPARE(m_prompts->shown.size(), 1); // the question
    QCOMPARE(databaseRequests.size(), answer ? 1 : 0);
    if (answer)
        QCOMPARE(databaseRequests.constFirst().constFirst().value<DatabaseUrl>().path, other);
    // Saved either way: the next start uses it.
    QCOMPARE(m_settings->value(SettingsDialog::databaseUrlKey()).toString(), DatabaseUrl::sqlite(other).toString());
}

void TestMainWindow::remembersTheSection()
{
    m_window->showSection(MainWindow::Section::BugReports);
    m_window->close();
    m_window = m_app->makeWindow();
    QCOMPARE(m_window->currentSection(), MainWindow::Section::BugReports);
}

void TestMainWindow::aNewLanguageReturnsToTheSamePlace()
{
    // Issue 18: switching language builds a new window; it comes back with the same section,
    // the same open ticket and the same search, as the application hands them over.
    Customer olga;
    olga.displayName = u"Olga Petrova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const auto customer = CustomerStore(*m_database, m_app->clock()).create(olga);
    QVERIFY(customer.ok());
    TicketStore tickets(*m_database, m_app->clock());
    const TicketId open = tickets.create({u"Import fails"_s, *customer, Channel::Email, u"help"_s}).value();
    const TicketId found = tickets.create({u"Export is empty"_s, *customer, Channel::Email, u"help"_s}).value();
    m_window = m_app->makeWindow();
    auto *inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QVERIFY(inbox);
    inbox->inbox()->restoreSearch(u"export"_s, true);
    inbox->openTicket(open); // not among the matches: opened from elsewhere
    m_window->showSection(MainWindow::Section::Proposals);

    m_window->saveWindowState();
    const MainWindow::Place place = m_window->place();
    m_window.reset();
    m_window = m_app->makeWindow();
    m_window->returnTo(place);

    QCOMPARE(m_window->currentSection(), MainWindow::Section::Proposals);
    inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QCOMPARE(inbox->shownTicket(), open);
    QCOMPARE(inbox->inbox()->searchText(), u"export"_s);
    QVERIFY(inbox->inbox()->searchesEverywhere());
    QTRY_COMPARE(inbox->inbox()->model()->rowCount(), 1);
    QCOMPARE(inbox->inbox()->model()->index(0, 0).data(IdRole).toLongLong(), found.value());
}

void TestMainWindow::R26_verdictUpdateLandsInTheTicketsComposer()
{
    // A QA verdict in the Bug reports section drafts the customer's update on the linked
    // ticket: the window opens the ticket in the Inbox and puts the reply in its composer.
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    QVERIFY(AgentStore(*m_database).create(anna).ok());
    m_window->session().reload();
    Customer olga;
    olga.displayName = u"Olga Petrova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const auto customer = CustomerStore(*m_database, m_app->clock()).create(olga);
    QVERIFY(customer.ok());
    const auto ticket =
        TicketStore(*m_database, m_app->clock()).create({u"Import fails"_s, *customer, Channel::Email, u"help"_s});
    QVERIFY(ticket.ok());

    auto *reports = qobject_cast<BugReportsView *>(m_window->sectionWidget(MainWindow::Section::BugReports));
    QVERIFY(reports);
    Q_EMIT reports->replyOffered(*ticket, u"qa-accepted"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Inbox);
    auto *inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QVERIFY(inbox);
    QCOMPARE(inbox->ticketView()->ticket(), *ticket);
    auto *reply = Test::namedChild<QPlainTextEdit>(inbox->ticketView(), u"composer.reply"_s);
    QTRY_VERIFY(reply->toPlainText().contains(u"Hello Olga"_s));
    QVERIFY(reply->toPlainText().contains(u"Anna"_s));
}

void TestMainWindow::R12_criticalTicketOpensAPrefilledBugReport()
{
    const auto ticket = TicketStore(*m_database).create({u"Platform offline"_s, {}, Channel::Chat, u"down"_s});
    QVERIFY(ticket.ok());
    auto *inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QVERIFY(inbox);
    QVERIFY(!m_window->findChild<BugReportFormDialog *>());
    // The triage panel's "open a bug report" step for a critical ticket reaches the window.
    Q_EMIT inbox->sidebar()->bugReportRequested(*ticket);
    BugReportFormDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BugReportFormDialog *>()) && dialog->isVisible());
    dialog->close();
}

void TestMainWindow::linksFromTheThreadOpenWhatTheyName()
{
    // Issue 18: a thread's event links to the ticket, bug report or proposal it names.
    const Test::BugTeam team = Test::makeBugTeam(*m_database, m_app->clock());
    const BugReportId report = BugReportStore(*m_database, m_app->clock())
                                   .submit(Test::newTrackerBug(team, u"Campaign cannot be saved"_s))
                                   .value();
    ProposalStore proposals(*m_database, m_app->clock());
    const ProposalId proposal = proposals.create(u"Export to Excel"_s, {}, team.lead).value();
    auto *inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QVERIFY(inbox);

    Q_EMIT inbox->linkActivated(QUrl(u"casebook://bug/%1"_s.arg(report.value())));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::BugReports);
    auto *table =
        Test::namedChild<QTableView>(m_window->sectionWidget(MainWindow::Section::BugReports), u"bugreports.table"_s);
    QVERIFY(table);
    QCOMPARE(table->currentIndex().data(IdRole).toLongLong(), report.value());

    Q_EMIT inbox->linkActivated(QUrl(u"casebook://proposal/%1"_s.arg(proposal.value())));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Proposals);
    auto *title =
        Test::namedChild<QLabel>(m_window->sectionWidget(MainWindow::Section::Proposals), u"proposal.title"_s);
    QVERIFY(title);
    QTRY_VERIFY(title->text().contains(u"Export to Excel"_s));

    m_window->openLink(QUrl(u"casebook://ticket/%1"_s.arg(team.ticket.value())));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Inbox);
    QCOMPARE(inbox->ticketView()->ticket(), team.ticket);

    // Anything else is not ours to follow.
    m_window->openLink(QUrl(u"https://example.org/bug/1"_s));
    m_window->openLink(QUrl(u"casebook://bug/abc"_s));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Inbox);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
