// SPDX-License-Identifier: GPL-3.0-or-later
// The mail service as the app runs it: quiet without an enabled account, started by one
// added later, fetching on its worker thread with the password from the keychain, and
// saying which account failed and why (tests/support/mailservers.sh).
#include "models/mail/mailservice.h"
#include "tests/support/enginetest.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/mailservers.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestMailService final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void anEnabledAccountIsFetchedWithItsKeychainPassword();
    void aWrongPasswordIsAProblemNamedByTheAccount();

private:
    [[nodiscard]] MailAccount saveAccount(bool enabled);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::MailServers> m_servers; ///< stopped when reset
    QHash<QString, QString> m_env;
    Test::FakeKeychain m_keychain;
};

void TestMailService::init()
{
    if (!openDatabase(1'795'435'200'000))
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    m_servers = std::make_unique<Test::MailServers>(QFINDTESTDATA(u"../../support/mailservers.sh"_s),
                                                    m_dir->filePath(u"servers"_s));
    m_env = m_servers->start();
    QVERIFY(!m_env.isEmpty());
    if (m_env.contains(u"unavailable"_s))
        QSKIP(qPrintable(m_env.value(u"unavailable"_s)));
    m_keychain.keys.clear();
}

void TestMailService::cleanup()
{
    m_servers.reset();
    m_dir.reset();
    closeDatabase();
}

MailAccount TestMailService::saveAccount(bool enabled)
{
    MailAccount account;
    account.name = u"Support"_s;
    account.address = u"support@casebook.example"_s;
    account.imapHost = u"127.0.0.1"_s;
    account.imapPort = m_env.value(u"imap_port"_s).toInt();
    account.imapSecurity = MailSecurity::None;
    account.imapUser = u"alice"_s;
    account.smtpHost = u"127.0.0.1"_s;
    account.smtpPort = m_env.value(u"smtp_port"_s).toInt();
    account.smtpSecurity = MailSecurity::None;
    account.enabled = enabled;
    const auto saved = MailAccountStore(*m_db, *m_clock).save(account);
    return saved ? *saved : MailAccount{};
}

void TestMailService::anEnabledAccountIsFetchedWithItsKeychainPassword()
{
    MailAccount account = saveAccount(false);
    QVERIFY(account.id.isValid());
    m_keychain.keys[account.keychainAccount()] = "secret";
    QFile mail(m_env.value(u"maildir"_s) + u"/new/1.eml"_s);
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("From: jan@example.org\nMessage-ID: <s1@example.org>\nSubject: Hello\n\nHi.\n");
    mail.close();

    MailService service(*m_db, *m_clock, m_keychain.borrow());
    QSignalSpy fetched(&service, &MailService::fetched);
    service.start();
    QVERIFY(!service.isRunning()); // nothing enabled: no rounds

    // Enabled in Settings (from this desktop or another): the rounds start by themselves.
    account.enabled = true;
    QVERIFY(MailAccountStore(*m_db, *m_clock).save(account));
    QTRY_VERIFY(service.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 20000);
    QCOMPARE(fetched.constFirst().at(0).toString(), u"Support"_s);
    QCOMPARE(fetched.constFirst().at(1).toInt(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM tickets"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestMailService::aWrongPasswordIsAProblemNamedByTheAccount()
{
    const MailAccount account = saveAccount(true);
    m_keychain.keys[account.keychainAccount()] = "wrong";
    MailService service(*m_db, *m_clock, m_keychain.borrow());
    QSignalSpy problem(&service, &MailService::problem);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 20000);
    QCOMPARE(problem.constFirst().at(0).toString(), u"Support"_s);
    QVERIFY(!problem.constFirst().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMailService)
#include "tst_mailservice.moc"
