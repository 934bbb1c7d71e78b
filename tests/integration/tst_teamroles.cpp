// SPDX-License-Identifier: GPL-3.0-or-later
// A team starts on a real PostgreSQL server: the setup script an admin runs once, the first
// admin, people added with their own login roles, and the server refusing what a role may
// not do (a lead-only write, a schema upgrade, a private ticket of someone else: R40), not
// only the app hiding it. Each run makes its own database and login roles and drops them.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/mail/mailaccount.h"
#include "models/mail/mailintake.h"
#include "models/replies/cannedreplystore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "teamserver.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString &password = Test::TeamServer::password;
const QString setupScript = QStringLiteral(CASEBOOK_SOURCE_DIR "/packaging/postgresql/casebook-server-setup.sql");

} // namespace

class TestTeamRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void setupScriptPreparesTheServer();
    void agentCannotMigrate();
    void adminMigratesFromTheCommandLine();
    void firstPersonBecomesAdmin();
    void adminAddsPeopleWithTheirLoginRoles();
    void agentIsRefusedLeadOnlyWritesByTheServer();
    void R40_privateTicketHiddenFromOtherAgentsByTheServer();
    void R40_mailToPrivateTicketStoredByAnyDesktop();
    void deactivatedPersonCannotSignIn();

private:
    int runCasebook(const QString &login, const QStringList &arguments, QString *output) const;

    bool m_ready = false;
    Test::TeamServer m_server{QStringLiteral("team")};
    QString m_admin, m_lead, m_agent, m_other;
    FakeClock m_clock{1'780'000'000'000};
    QTemporaryDir m_home;
};

void TestTeamRoles::initTestCase()
{
    CASEBOOK_REQUIRE_POSTGRES();
    m_admin = m_server.login(u"admin"_s);
    m_lead = m_server.login(u"lead"_s);
    m_agent = m_server.login(u"agent"_s);
    m_other = m_server.login(u"other"_s);
    QVERIFY(m_home.isValid());
    QVERIFY2(!Test::TeamServer::serverBin().isEmpty(), "the test server's programs are unknown");
    m_ready = true;
}

void TestTeamRoles::cleanupTestCase()
{
    if (!m_ready)
        return;
    m_server.drop();
}

int TestTeamRoles::runCasebook(const QString &login, const QStringList &arguments, QString *output) const
{
    QProcess casebook;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CASEBOOK_PGPASSWORD"_s, password);
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    casebook.setProcessEnvironment(env);
    casebook.setProcessChannelMode(QProcess::MergedChannels);
    casebook.start(QStringLiteral(CASEBOOK_EXECUTABLE),
                   QStringList{u"--database"_s, m_server.urlFor(login).toString()} + arguments);
    if (!casebook.waitForFinished(120'000))
        return -1;
    *output = QString::fromUtf8(casebook.readAll());
    return casebook.exitStatus() == QProcess::NormalExit ? casebook.exitCode() : -1;
}

void TestTeamRoles::setupScriptPreparesTheServer()
{
    QVERIFY(m_ready);
    QString output;
    QCOMPARE(m_server.runSetupScript(setupScript, m_admin, &output), 0);
    // Once more: an admin who runs it again changes nothing and sees no error.
    QVERIFY2(m_server.runSetupScript(setupScript, m_admin, &output) == 0, qPrintable(output));
    // A server left at small shared buffers is told how to size them; a sized one is not.
    const bool small =
        m_server.superQuery(u"SELECT CAST(pg_size_bytes(current_setting('shared_buffers')) < 1073741824 AS INTEGER)"_s)
        == QStringList{u"1"_s};
    QCOMPARE(output.contains(u"ALTER SYSTEM SET shared_buffers"_s), small);

    QCOMPARE(m_server.superQuery(
                 u"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '%1'"_s.arg(m_server.database())),
             QStringList{u"casebook_owner"_s});
    // PUBLIC may neither connect nor create in the schema; only Casebook's roles may connect.
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM pg_database d, aclexplode(d.datacl) a WHERE d.datname = '%1' "
                                 "AND a.grantee = 0"_s.arg(m_server.database())),
             QStringList{u"0"_s});
    QCOMPARE(m_server.superQuery(
                 u"SELECT has_database_privilege('casebook_agent', '%1', 'CONNECT')"_s.arg(m_server.database())),
             QStringList{u"true"_s});
    QCOMPARE(
        m_server.superQuery(u"SELECT count(*) FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = 'public' "
                            "AND a.grantee = 0"_s,
                            m_server.database()),
        QStringList{u"0"_s});
    // The group roles, one inside the next, and the first admin in the admins' group.
    QCOMPARE(m_server.superQuery(u"SELECT pg_has_role('casebook_admin', 'casebook_agent', 'MEMBER') "
                                 "AND pg_has_role('casebook_lead', 'casebook_agent', 'MEMBER') "
                                 "AND NOT pg_has_role('casebook_agent', 'casebook_lead', 'MEMBER') "
                                 "AND pg_has_role('%1', 'casebook_admin', 'MEMBER')"_s.arg(m_admin)),
             QStringList{u"true"_s});
    // Admins may become the owner for an upgrade but do not work with its rights.
    QCOMPARE(
        m_server.superQuery(
            u"SELECT pg_has_role('%1', 'casebook_owner', 'SET') AND NOT pg_has_role('%1', 'casebook_owner', 'USAGE')"_s
                .arg(m_admin)),
        QStringList{u"true"_s});
    // Only admins may add people.
    QCOMPARE(
        m_server.superQuery(
            u"SELECT NOT has_function_privilege('casebook_agent', 'casebook_set_login(text,text,text,boolean)', "
            "'EXECUTE') AND has_function_privilege('casebook_admin', 'casebook_set_login(text,text,text,boolean)', "
            "'EXECUTE')"_s,
            m_server.database()),
        QStringList{u"true"_s});
}

void TestTeamRoles::agentCannotMigrate()
{
    QVERIFY(m_ready);
    // An agent login made the way Settings > People makes one, before any schema exists.
    // A void function: one row whatever the driver makes of it, and no error.
    const QStringList made = m_server.superQuery(
        u"SELECT casebook_set_login('%1', '%2', 'casebook_agent', true)"_s.arg(m_agent, password), m_server.database());
    QCOMPARE(made.size(), 1);
    QVERIFY2(!made.first().startsWith(u"error:"), qPrintable(made.first()));
    const auto opened = Database::open(m_server.urlFor(m_agent));
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Migration);
    QVERIFY2(opened.error().message.contains(u"Only a Casebook admin"), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"--migrate"), qPrintable(opened.error().message));

    QString output;
    QCOMPARE(runCasebook(m_agent, {u"--migrate"_s}, &output), 1);
    QVERIFY2(output.contains(u"Only a Casebook admin"), qPrintable(output));
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s, m_server.database()),
             QStringList{u"0"_s});

    // Test connection says the same before anyone tries.
    const auto tested = Database::testConnection(m_server.urlFor(m_agent));
    QVERIFY(!tested);
    QVERIFY2(tested.error().message.contains(u"Only a Casebook admin"), qPrintable(tested.error().message));
}

void TestTeamRoles::adminMigratesFromTheCommandLine()
{
    QVERIFY(m_ready);
    const auto tested = Database::testConnection(m_server.urlFor(m_admin));
    QVERIFY2(tested && tested->contains(u"empty"), qPrintable(tested ? *tested : tested.error().message));

    QString output;
    QVERIFY2(runCasebook(m_admin, {u"--migrate"_s}, &output) == 0, qPrintable(output));
    QVERIFY2(output.contains(u"has schema %1"_s.arg(Database::latestSchemaVersion())), qPrintable(output));
    // The tables belong to the owner, not to the admin who happened to run the upgrade.
    QCOMPARE(m_server.superQuery(u"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"_s,
                                 m_server.database()),
             QStringList{u"casebook_owner"_s});
    // An agent now opens the current schema, read and write through the grants.
    auto agentDb = m_server.openAs(m_agent);
    QVERIFY(agentDb);
    QCOMPARE(agentDb->serverUser(), m_agent);
}

void TestTeamRoles::firstPersonBecomesAdmin()
{
    QVERIFY(m_ready);
    auto db = m_server.openAs(m_admin);
    QVERIFY(db);
    Session session(*db, m_clock, nullptr);
    QVERIFY(session.needsFirstPerson());
    QVERIFY(!session.agentId().isValid());
    QVERIFY(!session.can(Permission::ManageTeamRules));

    QVERIFY(session.becomeFirstAdmin(u"ignored-on-a-server"_s, u"Alice Admin"_s, u"alice@example.com"_s).ok());
    QVERIFY(!session.needsFirstPerson());
    QCOMPARE(session.agent().login, m_admin); // the server role, not what was typed
    QCOMPARE(session.agent().role, AgentRole::Admin);
    QVERIFY(session.can(Permission::ManagePeople));
    QVERIFY(session.can(Permission::ManageTeamRules));
    // Only the first person: the second is added by an admin.
    QCOMPARE(session.becomeFirstAdmin(u"x"_s, u"Someone Else"_s, {}).error().kind, Error::Kind::Conflict);
}

void TestTeamRoles::adminAddsPeopleWithTheirLoginRoles()
{
    QVERIFY(m_ready);
    auto db = m_server.openAs(m_admin);
    QVERIFY(db);
    AgentStore people(*db, m_clock);
    Agent lead;
    lead.login = m_lead;
    lead.displayName = u"Lena Lead"_s;
    lead.role = AgentRole::Lead;
    lead.languages = {u"en"_s, u"ru"_s};
    QVERIFY(people.create(lead, password).ok());
    Agent agent;
    agent.login = m_agent; // the login role exists already: it is put in its group again
    agent.displayName = u"Artem Agent"_s;
    QVERIFY(people.create(agent, password).ok());
    Agent other;
    other.login = m_other;
    other.displayName = u"Olga Other"_s;
    QVERIFY(people.create(other, password).ok());

    QCOMPARE(
        m_server.superQuery(
            u"SELECT pg_has_role('%1', 'casebook_lead', 'MEMBER') AND NOT pg_has_role('%1', 'casebook_admin', 'MEMBER')"_s
                .arg(m_lead)),
        QStringList{u"true"_s});
    QCOMPARE(
        m_server.superQuery(
            u"SELECT pg_has_role('%1', 'casebook_agent', 'MEMBER') AND NOT pg_has_role('%1', 'casebook_lead', 'MEMBER')"_s
                .arg(m_other)),
        QStringList{u"true"_s});
    const auto stored = people.agent(people.byLogin(m_lead).value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->languages, (QStringList{u"en"_s, u"ru"_s}));

    // Each signs in as their own role, and Casebook knows them by it.
    auto leadDb = m_server.openAs(m_lead);
    QVERIFY(leadDb);
    Session leadSession(*leadDb, m_clock, nullptr);
    QCOMPARE(leadSession.agent().login, m_lead);
    QVERIFY(leadSession.can(Permission::ManageTeamRules));
    QVERIFY(!leadSession.can(Permission::ManagePeople));
}

void TestTeamRoles::agentIsRefusedLeadOnlyWritesByTheServer()
{
    QVERIFY(m_ready);
    auto db = m_server.openAs(m_agent);
    QVERIFY(db);
    Session session(*db, m_clock, nullptr);
    QCOMPARE(session.agent().login, m_agent);
    QVERIFY(!session.can(Permission::ManageTeamRules));

    // The day's work is theirs to write.
    TicketStore tickets(*db, m_clock);
    QVERIFY(tickets.create({u"Printer on fire"_s, {}, Channel::Email, u"It smokes."_s}).ok());

    // The app would not offer these; the server refuses them even when asked directly.
    CannedReply reply;
    reply.key = u"agent-wrote-this"_s;
    reply.title = u"Sneaky"_s;
    reply.body = u"Not allowed"_s;
    const auto added = CannedReplyStore(*db, m_clock).add(reply);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::ReadOnly);
    TeamSettings settings = TeamSettingsStore(*db).read().value();
    settings.tagGoalPercent = 99;
    const auto written = TeamSettingsStore(*db).write(settings);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::ReadOnly);
    Agent intruder;
    intruder.login = u"cb_intruder_"_s + m_server.suffix();
    intruder.displayName = u"Intruder"_s;
    intruder.role = AgentRole::Admin;
    QCOMPARE(AgentStore(*db, m_clock).create(intruder, password).error().kind, Error::Kind::ReadOnly);
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(intruder.login)),
             QStringList{u"0"_s});

    // A lead may.
    auto leadDb = m_server.openAs(m_lead);
    QVERIFY(leadDb);
    reply.key = u"lead-wrote-this"_s;
    QVERIFY(CannedReplyStore(*leadDb, m_clock).add(reply).ok());
}

void TestTeamRoles::R40_privateTicketHiddenFromOtherAgentsByTheServer()
{
    QVERIFY(m_ready);
    auto leadDb = m_server.openAs(m_lead);
    QVERIFY(leadDb);
    Session lead(*leadDb, m_clock, nullptr);
    TicketStore leadTickets(*leadDb, m_clock);
    const auto id = leadTickets.create({u"XSS in the login form"_s, {}, Channel::Email, u"PRIVATE-CANARY <script>"_s});
    QVERIFY(id.ok());
    const AgentId assignee = AgentStore(*leadDb, m_clock).byLogin(m_agent).value();
    qint64 version = leadTickets.ticket(*id).value().version;
    version = leadTickets.assign(*id, assignee, version, lead.agentId()).value();
    QVERIFY(leadTickets.setPrivate(*id, true, version, lead.agentId()).ok());

    const auto visibleMessages = [](Database &db, TicketId ticket) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT count(*) FROM messages WHERE ticket_id = ? OR body LIKE '%PRIVATE-CANARY%'"_s);
        q.addBindValue(ticket.value());
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };

    // Neither lead nor assignee: the server shows neither the ticket nor its messages.
    auto otherDb = m_server.openAs(m_other);
    QVERIFY(otherDb);
    const auto hidden = TicketStore(*otherDb, m_clock).ticket(*id);
    QVERIFY(!hidden);
    QCOMPARE(hidden.error().kind, Error::Kind::NotFound);
    QCOMPARE(visibleMessages(*otherDb, *id), 0);
    // Nor can they change it.
    QVERIFY(!TicketStore(*otherDb, m_clock).setStatus(*id, TicketStatus::Open, version + 1, AgentId()).ok());

    // The assignee and the lead see it.
    auto agentDb = m_server.openAs(m_agent);
    QVERIFY(agentDb);
    QVERIFY(TicketStore(*agentDb, m_clock).ticket(*id).value().isPrivate);
    QCOMPARE(visibleMessages(*agentDb, *id), 1);
    QCOMPARE(visibleMessages(*leadDb, *id), 1);

    // What its mail carries follows it (migration 029): the Cc line, a file, the outgoing copy.
    {
        QSqlQuery q(leadDb->connection());
        QVERIFY(q.exec(u"SELECT id FROM messages WHERE ticket_id = "_s + QString::number(id->value())) && q.next());
        const QString message = q.value(0).toString();
        QVERIFY2(
            q.exec(u"INSERT INTO message_cc (message_id, addresses) VALUES (%1, 'cfo@example.com')"_s.arg(message)),
            qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO mail_attachments (message_id, file_name, mime_type, size, data) "
                        "VALUES (%1, 'PRIVATE-CANARY.log', 'text/plain', 1, 'x')"_s.arg(message)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(
            q.exec(
                u"INSERT INTO mail_outbox (ticket_id, message_id, rfc_message_id, mime, next_attempt_at, created_at) "
                "VALUES (%1, %2, 'canary@example.com', 'PRIVATE-CANARY', 0, 0)"_s.arg(id->value())
                    .arg(message)),
            qPrintable(q.lastError().text()));
    }
    const auto visibleMail = [](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT (SELECT count(*) FROM message_cc) + (SELECT count(*) FROM mail_attachments) "
                      "+ (SELECT count(*) FROM mail_outbox)"_s)
                && q.next()
            ? q.value(0).toInt()
            : -1;
    };
    QCOMPARE(visibleMail(*otherDb), 0);
    QCOMPARE(visibleMail(*agentDb), 3);
    QCOMPARE(visibleMail(*leadDb), 3);
}

void TestTeamRoles::R40_mailToPrivateTicketStoredByAnyDesktop()
{
    QVERIFY(m_ready);
    auto leadDb = m_server.openAs(m_lead);
    auto agentDb = m_server.openAs(m_agent);
    auto otherDb = m_server.openAs(m_other);
    QVERIFY(leadDb && agentDb && otherDb);
    Session lead(*leadDb, m_clock, nullptr);
    MailAccountId account;
    {
        QSqlQuery q(leadDb->connection());
        QVERIFY2(q.exec(u"INSERT INTO mail_accounts (name, address, imap_host, imap_port, imap_user, smtp_host, "
                        "smtp_port, created_at, updated_at) VALUES ('Support', 'support@team.example', 'localhost', "
                        "993, 'support', 'localhost', 465, 0, 0) RETURNING id"_s)
                     && q.next(),
                 qPrintable(q.lastError().text()));
        account = MailAccountId(q.value(0).toLongLong());
    }

    // The customer's first mail, fetched by the lead's desktop; the lead makes it private,
    // hands it to the agent, answers it and waits for the customer (pending).
    const QByteArray first = "From: Mallory Customer <mallory@customer.example>\r\n"
                             "To: support@team.example\r\nMessage-ID: <xss-1@customer.example>\r\n"
                             "Subject: MAIL-CANARY XSS in your login form\r\n\r\nMAIL-CANARY first words\r\n";
    QVERIFY(MailAccountStore(*leadDb, m_clock).storeFetched(account, u"INBOX"_s, 7, {{1, first}}).ok());
    const TicketId id = MailIntake(*leadDb, m_clock).ticketOf("xss-1@customer.example").value();
    TicketStore leadTickets(*leadDb, m_clock);
    const AgentId assignee = AgentStore(*leadDb, m_clock).byLogin(m_agent).value();
    qint64 version = leadTickets.ticket(id).value().version;
    version = leadTickets.assign(id, assignee, version, lead.agentId()).value();
    QVERIFY(leadTickets.setPrivate(id, true, version, lead.agentId()).ok());
    QVERIFY(leadTickets.addMessage(id, MessageKind::Agent, lead.agentId(), u"Looking into it."_s).ok());
    version = leadTickets.ticket(id).value().version;
    QVERIFY(leadTickets.setStatus(id, TicketStatus::Pending, version, lead.agentId()).ok());
    const auto ticketCount = [this] {
        return m_server.superQuery(u"SELECT count(*) FROM tickets"_s, m_server.database());
    };
    const QStringList ticketsBefore = ticketCount();

    // The customer answers with a Cc and a file; the desktop of someone who may not see the
    // ticket fetches it first. It is stored (the fetch goes on) and joins the private ticket.
    const QByteArray answer = "From: Mallory Customer <mallory@customer.example>\r\n"
                              "To: support@team.example\r\nCc: MAIL-CANARY-cc@customer.example\r\n"
                              "Message-ID: <xss-2@customer.example>\r\nIn-Reply-To: <xss-1@customer.example>\r\n"
                              "Subject: Re: MAIL-CANARY XSS in your login form\r\nMIME-Version: 1.0\r\n"
                              "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                              "--b\r\nContent-Type: text/plain\r\n\r\nMAIL-CANARY the exploit\r\n"
                              "--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; "
                              "filename=\"MAIL-CANARY.txt\"\r\n\r\nproof\r\n--b--\r\n";
    MailAccountStore otherMail(*otherDb, m_clock);
    const auto stored = otherMail.storeFetched(account, u"INBOX"_s, 7, {{2, answer}});
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(ticketCount(), ticketsBefore);
    QCOMPARE(otherMail.fetchedUids(account, u"INBOX"_s, 7).value(), (QList<qint64>{1, 2}));

    // That desktop is shown nothing of it: no ticket, subject, words, Cc or file.
    const auto canaries = [](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT (SELECT count(*) FROM tickets WHERE subject LIKE '%MAIL-CANARY%') "
                      "+ (SELECT count(*) FROM messages WHERE body LIKE '%MAIL-CANARY%') "
                      "+ (SELECT count(*) FROM message_cc WHERE lower(addresses) LIKE '%mail-canary%') "
                      "+ (SELECT count(*) FROM mail_attachments WHERE file_name LIKE '%MAIL-CANARY%')"_s)
                && q.next()
            ? q.value(0).toInt()
            : -1;
    };
    QCOMPARE(canaries(*otherDb), 0);
    QVERIFY(!TicketStore(*otherDb, m_clock).ticket(id));

    // The assignee sees the answer with its Cc and file; the customer's answer opened the
    // ticket again and the next answer is owed (R32, R34), as on a desktop that sees it.
    QCOMPARE(canaries(*agentDb), 5);
    const Ticket seen = TicketStore(*agentDb, m_clock).ticket(id).value();
    QCOMPARE(seen.status, TicketStatus::Open);
    QVERIFY(seen.nextResponseDueAt.has_value());
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM ticket_events WHERE ticket_id = %1 AND kind = 'status' "
                                 "AND old_value = 'pending' AND new_value = 'open'"_s.arg(id.value()),
                                 m_server.database()),
             QStringList{u"1"_s});

    // Nothing twice: the same UID again, or the same mail fetched by another desktop.
    QVERIFY(otherMail.storeFetched(account, u"INBOX"_s, 7, {{2, answer}}).ok());
    QVERIFY(MailAccountStore(*leadDb, m_clock).storeFetched(account, u"INBOX"_s, 8, {{1, answer}}).ok());
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM messages WHERE ticket_id = %1"_s.arg(id.value()),
                                 m_server.database()),
             QStringList{u"3"_s});
    QCOMPARE(ticketCount(), ticketsBefore);

    // A bounce of the team's answer to that ticket joins it too, as a system message.
    const QByteArray bounce = "From: MAILER-DAEMON@customer.example\r\nTo: support@team.example\r\n"
                              "Message-ID: <bounce-1@customer.example>\r\n"
                              "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
                              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
                              "--r\r\nContent-Type: text/plain\r\n\r\nMailbox full.\r\n"
                              "--r\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n\r\n"
                              "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <xss-1@customer.example>\r\n"
                              "Subject: Re: MAIL-CANARY XSS in your login form\r\n--r--\r\n";
    QVERIFY(otherMail.storeFetched(account, u"INBOX"_s, 7, {{3, bounce}}).ok());
    QCOMPARE(
        m_server.superQuery(u"SELECT count(*) FROM messages WHERE ticket_id = %1 AND kind = 'system'"_s.arg(id.value()),
                            m_server.database()),
        QStringList{u"1"_s});
    QCOMPARE(ticketCount(), ticketsBefore);
    QCOMPARE(canaries(*otherDb), 0);

    // A colleague of the customer answers too: the message is theirs, as on a desktop that sees it.
    const QByteArray colleague = "From: Trent Colleague <trent@customer.example>\r\nTo: support@team.example\r\n"
                                 "Message-ID: <xss-3@customer.example>\r\nIn-Reply-To: <xss-2@customer.example>\r\n"
                                 "Subject: Re: MAIL-CANARY XSS in your login form\r\n\r\nMAIL-CANARY seen here too\r\n";
    QVERIFY(otherMail.storeFetched(account, u"INBOX"_s, 7, {{4, colleague}}).ok());
    QCOMPARE(m_server.superQuery(
                 u"SELECT count(*) FROM messages m JOIN customer_emails e ON e.customer_id = m.author_customer_id "
                 "WHERE m.ticket_id = %1 AND e.email = 'trent@customer.example'"_s.arg(id.value()),
                 m_server.database()),
             QStringList{u"1"_s});
    QCOMPARE(canaries(*otherDb), 0);

    // The server functions add a Cc or a file only to a message that came in by mail.
    QSqlQuery q(otherDb->connection());
    QVERIFY(!q.exec(u"SELECT casebook_mail_add_file(%1, 'x.txt', 'text/plain', 'x')"_s.arg(
        m_server
            .superQuery(u"SELECT id FROM messages WHERE ticket_id = %1 AND kind = 'agent'"_s.arg(id.value()),
                        m_server.database())
            .value(0))));
}

void TestTeamRoles::deactivatedPersonCannotSignIn()
{
    QVERIFY(m_ready);
    auto db = m_server.openAs(m_admin);
    QVERIFY(db);
    AgentStore people(*db, m_clock);
    Agent other = people.agent(people.byLogin(m_other).value()).value();
    other.active = false;
    QVERIFY(people.update(other, other.version).ok());
    QCOMPARE(m_server.superQuery(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'"_s.arg(m_other)),
             QStringList{u"false"_s});
    const auto refused = Database::open(m_server.urlFor(m_other));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Authentication);
    // History keeps their name.
    QCOMPARE(people.agent(other.id).value().displayName, u"Olga Other"_s);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
