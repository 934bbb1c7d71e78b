// SPDX-License-Identifier: GPL-3.0-or-later
// "Test account" against real servers on loopback: Dovecot over IMAP and an SMTP sink
// (tests/support/mailservers.sh). Each failure is named for what it is.
#include "models/mail/mailcheck.h"
#include "tests/support/mailservers.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

using Problem = MailCheckStep::Problem;

class TestMailCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void check_data();
    void check();

private:
    QTemporaryDir m_dir;
    Test::MailServers m_servers{QFINDTESTDATA(QStringLiteral("../../support/mailservers.sh")),
                                m_dir.filePath(QStringLiteral("servers"))};
    int m_imapPort = 0;
    int m_smtpPort = 0;
    int m_closedPort = 0;
};

void TestMailCheck::initTestCase()
{
    const QHash<QString, QString> env = m_servers.start();
    QVERIFY(!env.isEmpty());
    if (env.contains(u"unavailable"_s))
        QSKIP(qPrintable(env.value(u"unavailable"_s)));
    m_imapPort = env.value(u"imap_port"_s).toInt();
    m_smtpPort = env.value(u"smtp_port"_s).toInt();
    // A port nothing listens on: bound once, then let go.
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s, u"import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"_s});
    QVERIFY(python.waitForFinished());
    m_closedPort = python.readAllStandardOutput().trimmed().toInt();
    QVERIFY(m_closedPort > 0);
}

void TestMailCheck::cleanupTestCase()
{
    (void)m_servers.run(u"stop"_s);
}

void TestMailCheck::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("imapHost");
    QTest::addColumn<bool>("closedImap");
    QTest::addColumn<bool>("closedSmtp");
    QTest::addColumn<int>("imapSecurity");
    QTest::addColumn<int>("imapProblem");
    QTest::addColumn<int>("smtpProblem");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("smtpUser");
    QTest::addColumn<int>("smtpSecurity");

    const int none = int(MailSecurity::None);
    QTest::newRow("right password") << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false << none
                                    << int(Problem::None) << int(Problem::None) << u"IMAP ok: 0 message"_s << u"alice"_s
                                    << none;
    QTest::newRow("wrong password") << u"wrong"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false << none
                                    << int(Problem::Login) << int(Problem::Login)
                                    << u"IMAP: the server rejected the login of alice"_s << u"alice"_s << none;
    QTest::newRow("wrong folder") << u"secret"_s << u"Nowhere"_s << u"127.0.0.1"_s << false << false << none
                                  << int(Problem::Folder) << int(Problem::None) << u"the folder \"Nowhere\""_s
                                  << u"alice"_s << none;
    QTest::newRow("closed IMAP port") << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << true << false << none
                                      << int(Problem::Refused) << int(Problem::None) << u"refused the connection"_s
                                      << u"alice"_s << none;
    QTest::newRow("closed SMTP port") << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << true << none
                                      << int(Problem::None) << int(Problem::Refused) << u"SMTP: 127.0.0.1 refused"_s
                                      << u"alice"_s << none;
    QTest::newRow("TLS to a plain port") << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false
                                         << int(MailSecurity::Tls) << int(Problem::Tls) << int(Problem::None)
                                         << u"TLS handshake"_s << u"alice"_s << none;
    QTest::newRow("unknown name") << u"secret"_s << u"INBOX"_s << u"no-such-host.invalid"_s << false << false << none
                                  << int(Problem::NameLookup) << int(Problem::None) << u"name lookup failed"_s
                                  << u"alice"_s << none;
    QTest::newRow("STARTTLS where IMAP offers none")
        << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false << int(MailSecurity::StartTls)
        << int(Problem::Tls) << int(Problem::None) << u"IMAP: the server does not offer STARTTLS"_s << u"alice"_s
        << none;
    QTest::newRow("SMTP login rejected") << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false << none
                                         << int(Problem::None) << int(Problem::Login)
                                         << u"SMTP: the server rejected the login of bob"_s << u"bob"_s << none;
    QTest::newRow("STARTTLS where SMTP offers none")
        << u"secret"_s << u"INBOX"_s << u"127.0.0.1"_s << false << false << none << int(Problem::None)
        << int(Problem::Tls) << u"SMTP: the server does not offer STARTTLS"_s << u"alice"_s
        << int(MailSecurity::StartTls);
}

void TestMailCheck::check()
{
    QFETCH(QString, password);
    QFETCH(QString, folder);
    QFETCH(QString, imapHost);
    QFETCH(bool, closedImap);
    QFETCH(bool, closedSmtp);
    QFETCH(int, imapSecurity);
    QFETCH(int, imapProblem);
    QFETCH(int, smtpProblem);
    QFETCH(QString, words);
    QFETCH(QString, smtpUser);
    QFETCH(int, smtpSecurity);

    MailAccount account;
    account.address = u"support@casebook.example"_s;
    account.imapHost = imapHost;
    account.imapPort = closedImap ? m_closedPort : m_imapPort;
    account.imapSecurity = MailSecurity(imapSecurity);
    account.imapUser = u"alice"_s;
    account.imapFolder = folder;
    account.smtpHost = u"127.0.0.1"_s;
    account.smtpPort = closedSmtp ? m_closedPort : m_smtpPort;
    account.smtpSecurity = MailSecurity(smtpSecurity);
    account.smtpUser = smtpUser;

    MailCheck check;
    check.setTimeoutSeconds(5);
    QSignalSpy finished(&check, &MailCheck::finished);
    check.start(account, password);
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(30000));
    const MailCheckResult result = check.result();
    qInfo() << result.summary();
    QCOMPARE(int(result.imap.problem), imapProblem);
    QCOMPARE(int(result.smtp.problem), smtpProblem);
    QVERIFY2(result.summary().contains(words), qPrintable(result.summary()));
    QCOMPARE(result.ok(), imapProblem == int(Problem::None) && smtpProblem == int(Problem::None));
}

QTEST_GUILESS_MAIN(TestMailCheck)
#include "tst_mailcheck.moc"
