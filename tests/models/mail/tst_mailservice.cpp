// SPDX-License-Identifier: GPL-3.0-or-later
// The mail service as the app runs it: quiet without an enabled account, started by one
// added later, fetching on its worker thread with the password from the keychain, and
// saying which account failed and why (tests/support/mailservers.sh).
#include "models/mail/mailservice.h"
#include "tests/support/enginetest.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/mailservers.h"

#include <QDir>
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
    void newMailArrivesAtOnceWhereTheServerIdles();
    void eachAccountIsFetchedAtItsOwnInterval();

private:
    [[nodiscard]] MailAccount saveAccount(bool enabled, const QString &name = QStringLiteral("Support"),
                                          const QString &folder = QStringLiteral("INBOX"), int pollSeconds = 300);
    void deliver(const QString &folderDir, const QString &name, const QByteArray &mail);
    [[nodiscard]] static int fetchesOf(const QSignalSpy &fetched, const QString &account);

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
    if (QTest::currentTestFailed() && m_servers)
        qInfo().noquote() << "the IMAP server's log:\n" << m_servers->imapLog();
    m_servers.reset();
    m_dir.reset();
    closeDatabase();
}

MailAccount TestMailService::saveAccount(bool enabled, const QString &name, const QString &folder, int pollSeconds)
{
    MailAccount account;
    account.name = name;
    account.imapFolder = folder;
    account.pollSeconds = pollSeconds;
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

void TestMailService::deliver(const QString &folderDir, const QString &name, const QByteArray &mail)
{
    const QString dir = m_env.value(u"maildir"_s) + folderDir;
    for (const char *sub : {"/new", "/cur", "/tmp"})
        QVERIFY(QDir().mkpath(dir + QLatin1StringView(sub)));
    QFile file(dir + u"/new/"_s + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mail);
}

int TestMailService::fetchesOf(const QSignalSpy &fetched, const QString &account)
{
    return int(std::count_if(fetched.cbegin(), fetched.cend(),
                             [&](const QList<QVariant> &args) { return args.at(0).toString() == account; }));
}

void TestMailService::newMailArrivesAtOnceWhereTheServerIdles()
{
    // Polled once an hour: only IDLE can bring the second mail in during this test.
    const MailAccount account = saveAccount(true, u"Support"_s, u"INBOX"_s, 3600);
    m_keychain.keys[account.keychainAccount()] = "secret";
    MailService service(*m_db, *m_clock, m_keychain.borrow());
    service.setTickInterval(100);
    service.setRetryInterval(200);
    service.setNoAnswerSeconds(5);
    QSignalSpy fetched(&service, &MailService::fetched);
    QSignalSpy watching(&service, &MailService::watching);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!watching.isEmpty(), 20000);
    QCOMPARE(watching.constLast().at(0).value<MailAccountId>(), account.id);
    QCOMPARE(watching.constLast().at(1).toBool(), true);
    QCOMPARE(service.liveAccounts(), QList<MailAccountId>{account.id});
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 20000);
    QCOMPARE(fetched.constFirst().at(1).toInt(), 0);

    deliver({}, u"1.eml"_s, "From: jan@example.org\nMessage-ID: <i1@example.org>\nSubject: Right now\n\nHi.\n");
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 20000);
    QCOMPARE(fetched.constLast().at(1).toInt(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM tickets"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestMailService::eachAccountIsFetchedAtItsOwnInterval()
{
    const MailAccount support = saveAccount(true, u"Support"_s, u"INBOX"_s, 60);
    deliver(u"/.Sales"_s, u"1.eml"_s,
            "From: buyer@example.org\nMessage-ID: <b1@example.org>\nSubject: Quote\n\n10 seats.\n");
    const MailAccount sales = saveAccount(true, u"Sales"_s, u"Sales"_s, 300);
    m_keychain.keys[support.keychainAccount()] = "secret";
    m_keychain.keys[sales.keychainAccount()] = "secret";
    MailService service(*m_db, *m_clock, m_keychain.borrow());
    service.setTickInterval(100);
    service.setRetryInterval(200);
    service.setNoAnswerSeconds(5);
    QSignalSpy fetched(&service, &MailService::fetched);
    QSignalSpy problem(&service, &MailService::problem);
    service.start();
    // What the service said, for a failure's message.
    const auto said = [&] {
        QStringList lines;
        for (const QList<QVariant> &args : fetched)
            lines << u"fetched %1: %2"_s.arg(args.at(0).toString(), args.at(1).toString());
        for (const QList<QVariant> &args : problem)
            lines << u"problem %1: %2"_s.arg(args.at(0).toString(), args.at(1).toString());
        return lines.join(u"; "_s);
    };
    // Both accounts in the first round, each with its own folder.
    QTRY_VERIFY2_WITH_TIMEOUT(fetchesOf(fetched, u"Support"_s) == 1 && fetchesOf(fetched, u"Sales"_s) == 1,
                              qPrintable(said()), 20000);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM tickets"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    m_clock->advanceMs(61'000);
    QTRY_COMPARE_WITH_TIMEOUT(fetchesOf(fetched, u"Support"_s), 2, 20000);
    QTest::qWait(500);
    QCOMPARE(fetchesOf(fetched, u"Sales"_s), 1);
    m_clock->advanceMs(240'000);
    QTRY_VERIFY2_WITH_TIMEOUT(fetchesOf(fetched, u"Support"_s) == 3 && fetchesOf(fetched, u"Sales"_s) == 2,
                              qPrintable(said()), 20000);
}

QTEST_GUILESS_MAIN(TestMailService)
#include "tst_mailservice.moc"
