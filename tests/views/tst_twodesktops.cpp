// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: two desktops on one team server, each a whole window with its own connections and
// change feed, as two people at their desks see them. What Anna does in her window shows in
// Ivan's without either of them reloading. Both windows are saved as PNGs after the change
// (in CASEBOOK_SCREENSHOT_DIR when set, otherwise in the test's own folder, which it names), so
// a person can look at the two side by side.
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/windowfixture.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketview.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Casebook;
using Casebook::Test::TestDatabase;
using namespace Qt::StringLiterals;

namespace {

/// One person at their desk: their own settings (which say who they are), database
/// connections, application services and window.
struct Desk
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Database> db;
    std::unique_ptr<Test::WindowFixture> app;
    std::unique_ptr<MainWindow> window;

    Desk(const TestDatabase &server, const QString &folder, AgentId person)
    {
        settings = std::make_unique<QSettings>(folder + u"/settings.ini"_s, QSettings::IniFormat);
        db = server.open();
        if (!db)
            return;
        db->changeFeed()->setHeartbeatInterval(100);
        app = std::make_unique<Test::WindowFixture>(*db, settings.get());
        window = app->makeWindow();
        window->session().setAgent(person);
        window->resize(1400, 860);
        window->show();
    }

    [[nodiscard]] InboxSection *inbox() const
    {
        return qobject_cast<InboxSection *>(window->sectionWidget(MainWindow::Section::Inbox));
    }
    /// What the inbox shows in `column` for `ticket`'s row.
    [[nodiscard]] QString shown(TicketId ticket, int column) const
    {
        const auto *table = Test::namedChild<QTableView>(inbox(), u"inbox.table"_s);
        const auto *model = qobject_cast<const InboxModel *>(table->model());
        const QModelIndex row = model ? model->indexOf(ticket) : QModelIndex();
        return row.isValid() ? row.siblingAtColumn(column).data(Qt::DisplayRole).toString() : QString();
    }
};

} // namespace

class TestTwoDesktops final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aTakeAndATagAtOneDeskShowAtTheOther();
};

void TestTwoDesktops::aTakeAndATagAtOneDeskShowAtTheOther()
{
    TestDatabase server(DatabaseUrl::Engine::PostgreSQL);
    if (!server.isValid())
        QFAIL(qPrintable(server.error()));
    const auto seed = server.open();
    QVERIFY(seed);
    const auto person = [&](const QString &login, const QString &name, AgentRole role) {
        Agent agent;
        agent.login = login;
        agent.displayName = name;
        agent.role = role;
        return AgentStore(*seed).create(agent).value();
    };
    const AgentId anna = person(u"anna"_s, u"Anna Berg"_s, AgentRole::Lead);
    const AgentId ivan = person(u"ivan"_s, u"Ivan Petrov"_s, AgentRole::Agent);
    Customer olga;
    olga.displayName = u"Olga Petrova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const CustomerId customer = CustomerStore(*seed).create(olga).value();
    TicketStore tickets(*seed);
    TicketId asked;
    for (const QString &subject :
         {u"Export to CSV is empty"_s, u"Cannot sign in after the update"_s, u"Invoice shows the old address"_s,
          u"Sync stops at 99 %"_s, u"How do I add a second admin?"_s}) {
        asked = tickets.create({subject, customer, Channel::Email, u"Hello, "_s + subject.toLower()}).value();
    }

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkpath(u"anna"_s) && QDir(folder.path()).mkpath(u"ivan"_s));
    Desk annaDesk(server, folder.filePath(u"anna"_s), anna);
    Desk ivanDesk(server, folder.filePath(u"ivan"_s), ivan);
    QVERIFY(annaDesk.window && ivanDesk.window);
    QVERIFY(QTest::qWaitForWindowExposed(annaDesk.window.get()));
    QVERIFY(QTest::qWaitForWindowExposed(ivanDesk.window.get()));
    QCOMPARE(annaDesk.window->session().agent().id, anna);
    QCOMPARE(ivanDesk.window->session().agent().id, ivan);

    // Both look at the same ticket; Anna takes it and tags it in her window.
    ivanDesk.window->openTicket(asked);
    annaDesk.window->openTicket(asked);
    TicketView *annaTicket = annaDesk.inbox()->ticketView();
    QTRY_COMPARE(annaTicket->ticket(), asked);
    QTRY_COMPARE(ivanDesk.inbox()->ticketView()->ticket(), asked);
    QTRY_COMPARE(ivanDesk.shown(asked, InboxModel::AssigneeColumn), QString());
    auto *take = Test::namedChild<QPushButton>(annaTicket, u"assignment.take"_s);
    QTRY_VERIFY(take->isEnabled());
    take->click();
    auto *tagEdit = Test::namedChild<QLineEdit>(annaTicket, u"triage.tagEdit"_s);
    QTest::keyClicks(tagEdit, u"export"_s);
    QTest::keyClick(tagEdit, Qt::Key_Return);

    // Ivan's inbox row and open ticket follow, with nobody reloading.
    QTRY_COMPARE_WITH_TIMEOUT(ivanDesk.shown(asked, InboxModel::AssigneeColumn), u"Anna Berg"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(ivanDesk.shown(asked, InboxModel::TagsColumn).contains(u"export"_s), 5000);
    auto *holder = Test::namedChild<QLabel>(ivanDesk.inbox()->ticketView(), u"assignment.holder"_s);
    QTRY_VERIFY_WITH_TIMEOUT(holder->text().contains(u"Anna Berg"_s), 5000);

    // The pictures show the ticket's side (assignee and tags) in both windows.
    for (const Desk *desk : {&annaDesk, &ivanDesk}) {
        for (auto *tabs : desk->inbox()->ticketView()->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(u'&') == u"Ticket")
                    tabs->setCurrentIndex(i);
            }
        }
    }
    // Ivan's ticket shows the tag and, in its thread, what Anna did.
    const auto ivanSees = [&](const QString &name) {
        const auto widgets = ivanDesk.inbox()->ticketView()->findChildren<QWidget *>(name);
        return std::count_if(widgets.cbegin(), widgets.cend(), [](const QWidget *w) { return w->isVisible(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(ivanSees(u"triage.tag.export"_s), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ivanSees(u"thread.event"_s), 2, 5000);
    QString shots = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (shots.isEmpty())
        shots = folder.path();
    QVERIFY(QDir().mkpath(shots));
    QVERIFY(annaDesk.window->grab().save(shots + u"/two-desktops-anna.png"_s));
    QVERIFY(ivanDesk.window->grab().save(shots + u"/two-desktops-ivan.png"_s));
    if (qEnvironmentVariableIsEmpty("CASEBOOK_SCREENSHOT_DIR"))
        folder.setAutoRemove(true);
    else
        qInfo("two desktops saved in %s", qPrintable(shots));
}

QTEST_MAIN(TestTwoDesktops)
#include "tst_twodesktops.moc"
