// SPDX-License-Identifier: GPL-3.0-or-later
// R40 on both engines: a request that reveals a security vulnerability is offered for
// privacy when it mentions the team's security words, is marked private by an agent, and
// the mark is on the audit trail; the lock follows it into the inbox, and a bug report filed
// from it is private too. (The server's own refusal on PostgreSQL is in teamroles.)
#include "models/bugreports/bugreportlistmodel.h"
#include "models/common/itemroles.h"
#include "models/team/teamsettings.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/privacy.h"
#include "models/tickets/search/searchquery.h"
#include "models/tickets/ticketstore.h"
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestPrivacy final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }
    void R40_securityWordsAreFound_data();
    void R40_securityWordsAreFound();
    void R40_theTeamsWordsAreASetting();
    void R40_anAgentMarksARequestPrivate();
    void R40_theLockFollowsIntoTheInboxAndTheReport();
};

void TestPrivacy::R40_securityWordsAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    const QStringList none;
    QTest::newRow("a word, any case") << u"There is an xss in your login form"_s << QStringList{u"XSS"_s};
    QTest::newRow("a phrase across a line break")
        << u"looks like SQL\ninjection to me"_s << QStringList{u"SQL injection"_s};
    QTest::newRow("inside another word is not it") << u"Where is the source code of the RCEiver?"_s << none;
    QTest::newRow("Cyrillic") << u"Нашёл уязвимость в API"_s << QStringList{u"уязвимость"_s};
    QTest::newRow("two, in the list's order") << u"A CVE for the exploit"_s << QStringList{u"exploit"_s, u"CVE"_s};
    QTest::newRow("nothing") << u"My invoice is wrong"_s << none;
}

void TestPrivacy::R40_securityWordsAreFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const QStringList words{u"vulnerability"_s, u"exploit"_s, u"CVE"_s,       u"XSS"_s,
                            u"SQL injection"_s, u"RCE"_s,     u"уязвимость"_s};
    QCOMPARE(securityWordsIn(text, words), found);
}

void TestPrivacy::R40_theTeamsWordsAreASetting()
{
    if (!openDatabase())
        return;
    TeamSettingsStore settings(*m_db);
    // A new database starts with the playbook's list.
    const QStringList shipped = settings.securityWords().value();
    QVERIFY2(shipped.contains(u"XSS"_s) && shipped.contains(u"SQL injection"_s), qPrintable(shipped.join(u'|')));
    QVERIFY(settings.setSecurityWords({u" leak "_s, u""_s, u"token exposed"_s}).ok());
    QCOMPARE(settings.securityWords().value(), (QStringList{u"leak"_s, u"token exposed"_s}));
    closeDatabase();
}

void TestPrivacy::R40_anAgentMarksARequestPrivate()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    const AgentId zoe = addAgent(u"zoe"_s, u"Zoe"_s);
    TicketStore tickets(*m_db, *m_clock);
    const TicketId id = tickets.create({u"Login form"_s, {}, Channel::Email, u"There is an XSS in it"_s}).value();
    const qint64 version = tickets.ticket(id).value().version;
    QVERIFY(!tickets.ticket(id).value().isPrivate);
    const auto marked = tickets.setPrivate(id, true, version, zoe);
    QVERIFY(marked.ok());
    QVERIFY(tickets.ticket(id).value().isPrivate);
    // A stale version is a conflict, as for every other edit.
    QCOMPARE(tickets.setPrivate(id, false, version, zoe).error().kind, Error::Kind::Conflict);
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT agent_id, new_value FROM ticket_events WHERE ticket_id = ? AND kind = 'privacy'"_s);
    q.addBindValue(id.value());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), zoe.value());
    QCOMPARE(q.value(1).toString(), u"private"_s);
    closeDatabase();
}

void TestPrivacy::R40_theLockFollowsIntoTheInboxAndTheReport()
{
    if (!openDatabase(Test::saturdayNoon))
        return;
    const Test::BugTeam team = Test::makeBugTeam(*m_db, *m_clock);
    TicketStore tickets(*m_db, *m_clock);
    const TicketId plainTicket =
        tickets.create({u"Typo on the pricing page"_s, {}, Channel::Email, u"Prise"_s}).value();
    QVERIFY(tickets.setPrivate(team.ticket, true, tickets.ticket(team.ticket)->version, team.lead).ok());

    SearchQuery::ParseError error;
    InboxModel inbox(*m_db, *m_clock);
    QAbstractItemModelTester inboxTester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(inbox.setQuery(SearchQuery::parse(u"-status:closed"_s, QDate(2026, 11, 28), &error), {}).ok());
    QTRY_COMPARE(inbox.rowCount(), 2);
    for (int row = 0; row < inbox.rowCount(); ++row) {
        const QModelIndex subject = inbox.index(row, InboxModel::SubjectColumn);
        const bool isTeamTicket = subject.data(IdRole).toLongLong() == team.ticket.value();
        QCOMPARE(subject.data(PrivateRole).toBool(), isTeamTicket);
        QCOMPARE(subject.data(Qt::ToolTipRole).toString().startsWith(u"Private"_s), isTeamTicket);
    }

    // A report filed from the private request is private; one from an ordinary request is not.
    BugReportStore reports(*m_db, *m_clock);
    const auto secret = reports.submit(Test::newTrackerBug(team, u"Session token in the URL"_s));
    QVERIFY2(secret.ok(), qPrintable(secret.ok() ? QString() : secret.error().detail));
    QVERIFY(reports.report(*secret)->isPrivate);
    auto ordinary = Test::newTrackerBug(team, u"Pricing typo"_s);
    ordinary.ticket = plainTicket;
    const auto plain = reports.submit(ordinary);
    QVERIFY(plain.ok());
    QVERIFY(!reports.report(*plain)->isPrivate);

    BugReportListModel list(*m_db);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list.setFilter({}).ok());
    QCOMPARE(list.rowCount(), 2);
    for (int row = 0; row < list.rowCount(); ++row) {
        const QModelIndex title = list.index(row, BugReportListModel::TitleColumn);
        QCOMPARE(title.data(PrivateRole).toBool(), title.data(IdRole).toLongLong() == secret->value());
    }
    closeDatabase();
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
