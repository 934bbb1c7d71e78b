// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > People: an admin adds, edits and deactivates people on the page itself (no
// modal dialog); deactivating someone who holds open tickets offers to hand them on (R45)
// and history keeps their name. Others see the list only.
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/peoplemodel.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "views/settings/peoplepage.h"
#include "views/settings/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestPeoplePage final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void anAdminAddsAPerson();
    void anAdminEditsAPerson();
    void R45_deactivatingOffersTheOpenTicketsForHandOff();
    void deactivatingSomeoneWithoutTicketsAsksNothing();
    void othersSeeTheListOnly();
    void theSettingsDialogHasAPeoplePage();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return Test::namedChild<T>(m_page.get(), name);
    }
    void select(AgentId id);
    TicketId openTicketFor(AgentId agent, const QString &subject);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<PeopleModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<PeoplePage> m_page;
    AgentId m_admin, m_zoe, m_bob;
};

void TestPeoplePage::init()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    m_admin = addAgent(u"ada"_s, u"Ada Admin"_s, AgentRole::Admin);
    m_zoe = addAgent(u"zoe"_s, u"Zoe Agent"_s);
    m_bob = addAgent(u"bob"_s, u"Bob Agent"_s);
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_session->setAgent(m_admin);
    m_model = std::make_unique<PeopleModel>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<PeoplePage>(*m_model);
    m_page->resize(560, 640);
    m_page->show();
}

void TestPeoplePage::cleanup()
{
    m_page.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    closeDatabase();
}

void TestPeoplePage::select(AgentId id)
{
    auto *list = child<QListView>(u"people.list"_s);
    list->setCurrentIndex(m_model->indexOf(id));
}

TicketId TestPeoplePage::openTicketFor(AgentId agent, const QString &subject)
{
    TicketStore tickets(*m_db, *m_clock);
    const TicketId id = tickets.create({subject, {}, Channel::Email, u"Help"_s}).value();
    if (!tickets.assign(id, agent, tickets.ticket(id).value().version, m_admin).ok())
        return {}; // the caller's checks then fail on an invalid id
    return id;
}

void TestPeoplePage::anAdminAddsAPerson()
{
    QCOMPARE(m_model->rowCount(), 3);
    QTest::mouseClick(child<QPushButton>(u"people.add"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(u"people.login"_s)->isEnabled());
    child<QLineEdit>(u"people.name"_s)->setText(u"Nina New"_s);
    child<QLineEdit>(u"people.login"_s)->setText(u"nina"_s);
    child<QLineEdit>(u"people.email"_s)->setText(u"nina@example.org"_s);
    child<QLineEdit>(u"people.languages"_s)->setText(u"EN, ru"_s);
    auto *role = child<QComboBox>(u"people.role"_s);
    role->setCurrentIndex(role->findData(int(AgentRole::Lead)));
    QTest::mouseClick(child<QPushButton>(u"people.save"_s), Qt::LeftButton);

    QCOMPARE(m_model->rowCount(), 4);
    const AgentId nina = AgentStore(*m_db, *m_clock).byLogin(u"nina"_s).value();
    QVERIFY(nina.isValid());
    const Agent stored = AgentStore(*m_db, *m_clock).agent(nina).value();
    QCOMPARE(stored.role, AgentRole::Lead);
    QCOMPARE(stored.email, u"nina@example.org"_s);
    QCOMPARE(stored.languages, (QStringList{u"en"_s, u"ru"_s}));
    QCOMPARE(child<QListView>(u"people.list"_s)->currentIndex(), m_model->indexOf(nina));
    QVERIFY2(child<QLabel>(u"people.message"_s)->text().contains(u"Nina New"_s),
             qPrintable(child<QLabel>(u"people.message"_s)->text()));
    // The row says who they are at a glance.
    const QString detail = m_model->indexOf(nina).data(DetailRole).toString();
    QVERIFY2(detail.contains(u"nina@example.org"_s) && detail.contains(u"Lead"_s), qPrintable(detail));
}

void TestPeoplePage::anAdminEditsAPerson()
{
    select(m_zoe);
    QCOMPARE(child<QLineEdit>(u"people.name"_s)->text(), u"Zoe Agent"_s);
    QVERIFY(!child<QLineEdit>(u"people.login"_s)->isEnabled()); // chosen once
    child<QLineEdit>(u"people.name"_s)->setText(u"Zoe Senior"_s);
    auto *role = child<QComboBox>(u"people.role"_s);
    role->setCurrentIndex(role->findData(int(AgentRole::Lead)));
    QTest::mouseClick(child<QPushButton>(u"people.save"_s), Qt::LeftButton);

    const Agent stored = AgentStore(*m_db, *m_clock).agent(m_zoe).value();
    QCOMPARE(stored.displayName, u"Zoe Senior"_s);
    QCOMPARE(stored.role, AgentRole::Lead);
    QCOMPARE(m_model->indexOf(m_zoe).data().toString(), u"Zoe Senior"_s);
    // The selection stayed on her through the update.
    QCOMPARE(child<QListView>(u"people.list"_s)->currentIndex(), m_model->indexOf(m_zoe));
}

void TestPeoplePage::R45_deactivatingOffersTheOpenTicketsForHandOff()
{
    const TicketId first = openTicketFor(m_zoe, u"Printer jams"_s);
    const TicketId second = openTicketFor(m_zoe, u"Invoice missing"_s);
    select(m_zoe);
    auto *handOff = child<QFrame>(u"people.handOff"_s);
    QVERIFY(!handOff->isVisible());
    QTest::mouseClick(child<QPushButton>(u"people.deactivate"_s), Qt::LeftButton);
    QVERIFY(handOff->isVisible());
    QVERIFY(AgentStore(*m_db, *m_clock).agent(m_zoe).value().active); // nothing happened yet
    auto *to = child<QComboBox>(u"people.handOff.to"_s);
    QCOMPARE(to->count(), 2); // the other active people, not Zoe herself
    to->setCurrentIndex(to->findData(m_bob.value()));
    QTest::mouseClick(child<QPushButton>(u"people.handOff.confirm"_s), Qt::LeftButton);

    QVERIFY(!handOff->isVisible());
    const Agent zoe = AgentStore(*m_db, *m_clock).agent(m_zoe).value();
    QVERIFY(!zoe.active);
    QCOMPARE(zoe.displayName, u"Zoe Agent"_s); // history keeps her name
    TicketStore tickets(*m_db, *m_clock);
    QCOMPARE(tickets.ticket(first).value().assignee, m_bob);
    QCOMPARE(tickets.ticket(second).value().assignee, m_bob);
    // Each hand-off is on the audit trail with the reason.
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM ticket_events WHERE kind = 'handoff' AND reason LIKE ?"_s);
    q.addBindValue(u"%Zoe Agent%"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // Still listed, marked, and offered back.
    QVERIFY(!m_model->indexOf(m_zoe).data(PeopleModel::ActiveRole).toBool());
    select(m_zoe);
    QCOMPARE(child<QPushButton>(u"people.deactivate"_s)->text(), u"&Reactivate"_s);
}

void TestPeoplePage::deactivatingSomeoneWithoutTicketsAsksNothing()
{
    select(m_bob);
    QTest::mouseClick(child<QPushButton>(u"people.deactivate"_s), Qt::LeftButton);
    QVERIFY(!child<QFrame>(u"people.handOff"_s)->isVisible());
    QVERIFY(!AgentStore(*m_db, *m_clock).agent(m_bob).value().active);
    // Admins cannot lock themselves out.
    select(m_admin);
    QTest::mouseClick(child<QPushButton>(u"people.deactivate"_s), Qt::LeftButton);
    QVERIFY(AgentStore(*m_db, *m_clock).agent(m_admin).value().active);
}

void TestPeoplePage::othersSeeTheListOnly()
{
    m_page.reset();
    m_session->setAgent(m_zoe);
    m_page = std::make_unique<PeoplePage>(*m_model);
    m_page->show();
    QCOMPARE(m_model->rowCount(), 3);
    for (const QString &name : {u"people.add"_s, u"people.save"_s, u"people.deactivate"_s})
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!child<QLineEdit>(u"people.name"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"people.message"_s)->text().contains(u"Only an admin"_s));
    // The check is the model's, not only the page's.
    Agent eve{{}, u"eve"_s, u"Eve"_s};
    QCOMPARE(m_model->add(eve, {}).error().kind, Error::Kind::ReadOnly);
    QVERIFY(!AgentStore(*m_db, *m_clock).byLogin(u"eve"_s).value().isValid());
}

void TestPeoplePage::theSettingsDialogHasAPeoplePage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    SettingsDialog dialog(&settings, m_db->url());
    dialog.addPeoplePage(*m_model);
    dialog.showPage(SettingsDialog::Page::People);
    auto *tabs = Test::namedChild<QTabWidget>(&dialog, u"settings.pages"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"settings.page.people"_s);
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
