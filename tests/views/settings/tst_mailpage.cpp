// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > Mail: a lead adds a mailbox on the page, the password goes to the keychain,
// problems show beside their field, a conflicting edit keeps what was typed, and "Test
// Account" reaches the real Dovecot and SMTP servers of tests/support/mailservers.sh.
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/mail/mailaccountsmodel.h"
#include "models/mail/mailcheck.h"
#include "models/team/teamsettings.h"
#include "tests/support/enginetest.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/mailservers.h"
#include "views/settings/mailpage.h"
#include "views/settings/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestMailPage final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void aLeadAddsAnAccountAndItIsThereAgain();
    void aBadPortIsRefusedBesideTheField();
    void aConflictingEditKeepsWhatWasTyped();
    void testAccountReachesTheRealServers();
    void agentsSeeTheAccountsOnly();
    void aLeadChoosesHtmlReplies();
    void theSettingsDialogHasAMailPage();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return Test::namedChild<T>(m_page.get(), name);
    }
    void makePage();
    void type(const QString &name, const QString &text) const;
    void fill(int imapPort, int smtpPort) const;

    std::unique_ptr<Session> m_session;
    Test::FakeKeychain m_keychain;
    std::unique_ptr<MailAccountsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MailPage> m_page;
    AgentId m_lead;
    AgentId m_agent;
};

void TestMailPage::init()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    m_lead = addAgent(u"lea"_s, u"Lea Lead"_s, AgentRole::Lead);
    m_agent = addAgent(u"zoe"_s, u"Zoe Agent"_s);
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_session->setAgent(m_lead);
    m_keychain.keys.clear();
    makePage();
}

void TestMailPage::makePage()
{
    m_page.reset();
    m_tester.reset();
    m_model = std::make_unique<MailAccountsModel>(*m_session, m_keychain);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<MailPage>(*m_model);
    m_page->resize(640, 720);
    m_page->show();
}

void TestMailPage::cleanup()
{
    m_page.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    closeDatabase();
}

void TestMailPage::type(const QString &name, const QString &text) const
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestMailPage::fill(int imapPort, int smtpPort) const
{
    type(u"mail.name"_s, u"Support"_s);
    type(u"mail.address"_s, u"support@casebook.example"_s);
    type(u"mail.password"_s, u"secret"_s);
    type(u"mail.imap.host"_s, u"127.0.0.1"_s);
    child<QComboBox>(u"mail.imap.security"_s)->setCurrentIndex(2); // none
    type(u"mail.imap.port"_s, QString::number(imapPort));
    type(u"mail.imap.user"_s, u"alice"_s);
    type(u"mail.imap.folder"_s, u"INBOX"_s);
    type(u"mail.smtp.host"_s, u"127.0.0.1"_s);
    child<QComboBox>(u"mail.smtp.security"_s)->setCurrentIndex(2);
    type(u"mail.smtp.port"_s, QString::number(smtpPort));
    type(u"mail.smtp.user"_s, u"alice"_s);
}

void TestMailPage::aLeadAddsAnAccountAndItIsThereAgain()
{
    fill(1143, 1025);
    QTest::mouseClick(child<QPushButton>(u"mail.save"_s), Qt::LeftButton);
    QTRY_COMPARE(m_model->rowCount(), 1);
    const MailAccount saved = m_model->accountAt(m_model->index(0, 0));
    QCOMPARE(saved.address, u"support@casebook.example"_s);
    QCOMPARE(saved.imapPort, 1143);
    QCOMPARE(saved.imapSecurity, MailSecurity::None);
    // The password is in the keychain, not in the database.
    QTRY_COMPARE(m_keychain.keys[saved.keychainAccount()], QByteArray("secret"));

    // The account's line says how its mail comes in: polled, or at once where the server idles.
    const QModelIndex row = m_model->index(0, 0);
    QVERIFY(row.data(Casebook::DetailRole).toString().contains(u"checked every 5 min"_s));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLive(saved.id, true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(row.data(Casebook::DetailRole).toString().contains(u"new mail at once"_s));
    m_model->setLive(saved.id, false);
    QVERIFY(row.data(Casebook::DetailRole).toString().contains(u"checked every 5 min"_s));

    makePage();
    QCOMPARE(child<QLineEdit>(u"mail.address"_s)->text(), u"support@casebook.example"_s);
    QCOMPARE(child<QLineEdit>(u"mail.imap.port"_s)->text(), u"1143"_s);
    QCOMPARE(child<QLineEdit>(u"mail.smtp.port"_s)->text(), u"1025"_s);
    QCOMPARE(child<QLineEdit>(u"mail.smtp.user"_s)->text(), u"alice"_s);
    QVERIFY(child<QLineEdit>(u"mail.password"_s)->text().isEmpty());
}

void TestMailPage::aBadPortIsRefusedBesideTheField()
{
    fill(70000, 25);
    QTest::mouseClick(child<QPushButton>(u"mail.save"_s), Qt::LeftButton);
    auto *problem = child<QLabel>(u"mail.imap.port.problem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"65535"_s));
    QVERIFY(!child<QLabel>(u"mail.smtp.port.problem"_s)->isVisible());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMailPage::aConflictingEditKeepsWhatWasTyped()
{
    fill(1143, 1025);
    QTest::mouseClick(child<QPushButton>(u"mail.save"_s), Qt::LeftButton);
    QTRY_COMPARE(m_model->rowCount(), 1);
    // Another desktop renames it first.
    MailAccount theirs = m_model->accountAt(m_model->index(0, 0));
    theirs.name = u"Theirs"_s;
    QVERIFY(MailAccountStore(*m_db, *m_clock).save(theirs));

    type(u"mail.name"_s, u"Mine"_s);
    QTest::mouseClick(child<QPushButton>(u"mail.save"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"mail.message"_s)->text().contains(u"changed this account first"_s));
    QCOMPARE(child<QLineEdit>(u"mail.name"_s)->text(), u"Mine"_s);
    // A second save puts it over theirs.
    QTest::mouseClick(child<QPushButton>(u"mail.save"_s), Qt::LeftButton);
    QTRY_COMPARE(MailAccountStore(*m_db, *m_clock).accounts()->constFirst().name, u"Mine"_s);
}

void TestMailPage::testAccountReachesTheRealServers()
{
    QTemporaryDir dir;
    const Test::MailServers servers(QFINDTESTDATA(u"../../support/mailservers.sh"_s), dir.filePath(u"servers"_s));
    const QHash<QString, QString> env = servers.start();
    QVERIFY(!env.isEmpty());
    if (env.contains(u"unavailable"_s))
        QSKIP(qPrintable(env.value(u"unavailable"_s)));
    m_model->check().setTimeoutSeconds(5);
    fill(env.value(u"imap_port"_s).toInt(), env.value(u"smtp_port"_s).toInt());
    auto *result = child<QLabel>(u"mail.testResult"_s);
    QTest::mouseClick(child<QPushButton>(u"mail.test"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"IMAP"_s), 20000); // "Connecting…" until the check ends
    // Under a loaded test run Dovecot has dropped the connection before the greeting; a
    // person presses Test Account again, and so does the test, once.
    if (!result->text().startsWith(u"IMAP ok"_s)) {
        qWarning() << "the first test failed:" << result->text();
        QTest::mouseClick(child<QPushButton>(u"mail.test"_s), Qt::LeftButton);
        QVERIFY(!result->text().contains(u"IMAP"_s));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"IMAP"_s), 20000);
    }
    QVERIFY2(result->text().startsWith(u"IMAP ok: 0 message"_s), qPrintable(result->text()));
    QVERIFY2(result->text().endsWith(u"in INBOX; SMTP ok"_s), qPrintable(result->text()));

    type(u"mail.password"_s, u"wrong"_s);
    QTest::mouseClick(child<QPushButton>(u"mail.test"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().contains(u"rejected the login of alice"_s) || result->text().contains(u"no answer"_s), 30000);
    // A login that never went out (seen with KIMAP under a loaded test run) ends as "no
    // answer"; a person presses Test Account again, and so does the test, once.
    if (result->text().contains(u"no answer"_s)) {
        qWarning() << "the first test went unanswered:" << result->text();
        QTest::mouseClick(child<QPushButton>(u"mail.test"_s), Qt::LeftButton);
        QVERIFY(!result->text().contains(u"IMAP"_s)); // "Connecting…" until the check ends
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"IMAP"_s), 30000);
    }
    QVERIFY2(result->text().contains(u"rejected the login of alice"_s), qPrintable(result->text()));
}

void TestMailPage::agentsSeeTheAccountsOnly()
{
    m_session->setAgent(m_agent);
    makePage();
    QVERIFY(!child<QLineEdit>(u"mail.address"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"mail.save"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"mail.message"_s)->text().contains(u"Only a lead"_s));
    MailAccount account;
    account.address = u"a@example.org"_s;
    account.imapHost = u"imap.example.org"_s;
    account.imapUser = u"a"_s;
    account.smtpHost = u"smtp.example.org"_s;
    QCOMPARE(m_model->save(account, {}).error().kind, Error::Kind::ReadOnly);
}

void TestMailPage::aLeadChoosesHtmlReplies()
{
    makePage();
    auto *format = child<QComboBox>(u"mail.replyFormat"_s);
    QVERIFY(format);
    QVERIFY(format->isEnabled());
    QCOMPARE(format->currentIndex(), 0); // plain text unless the team chooses otherwise
    format->setCurrentIndex(1);
    QVERIFY(QMetaObject::invokeMethod(format, "activated", Q_ARG(int, 1)));
    QCOMPARE(TeamSettingsStore(*m_db).repliesAsHtml().value(), true);
    makePage();
    QCOMPARE(child<QComboBox>(u"mail.replyFormat"_s)->currentIndex(), 1);

    m_session->setAgent(m_agent);
    makePage();
    QVERIFY(!child<QComboBox>(u"mail.replyFormat"_s)->isEnabled());
    QCOMPARE(m_model->setRepliesAsHtml(false).error().kind, Error::Kind::ReadOnly);
    QCOMPARE(TeamSettingsStore(*m_db).repliesAsHtml().value(), true);
}

void TestMailPage::theSettingsDialogHasAMailPage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    SettingsDialog dialog(&settings, m_db->url());
    dialog.addMailPage(*m_model);
    dialog.showPage(SettingsDialog::Page::Mail);
    auto *tabs = Test::namedChild<QTabWidget>(&dialog, u"settings.pages"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"settings.page.mail"_s);
    // The page as a person sees it, for a look at the layout.
    dialog.show();
    dialog.adjustSize();
    QCoreApplication::processEvents();
    const QString png = QCoreApplication::applicationDirPath() + u"/mailpage-"_s
        + QString::fromLatin1(m_db->isPostgres() ? "postgres" : "sqlite") + u".png"_s;
    QVERIFY(dialog.grab().save(png));
}

QTEST_MAIN(TestMailPage)
#include "tst_mailpage.moc"
