// SPDX-License-Identifier: GPL-3.0-or-later
// R40 on both engines: a request that reveals a security vulnerability is offered for
// privacy when it mentions the team's security words, is marked private by an agent, and
// the mark is on the audit trail. (The server's own refusal on PostgreSQL is in teamroles.)
#include "models/team/teamsettings.h"
#include "models/tickets/privacy.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

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
};

void TestPrivacy::R40_securityWordsAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    const QStringList none;
    QTest::newRow("a word, any case") << u"There is an xss in your login form"_s << QStringList{u"XSS"_s};
    QTest::newRow("a phrase across a line break") << u"looks like SQL\ninjection to me"_s
                                                  << QStringList{u"SQL injection"_s};
    QTest::newRow("inside another word is not it") << u"Where is the source code of the RCEiver?"_s << none;
    QTest::newRow("Cyrillic") << u"Нашёл уязвимость в API"_s << QStringList{u"уязвимость"_s};
    QTest::newRow("two, in the list's order") << u"A CVE for the exploit"_s << QStringList{u"exploit"_s, u"CVE"_s};
    QTest::newRow("nothing") << u"My invoice is wrong"_s << none;
}

void TestPrivacy::R40_securityWordsAreFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const QStringList words{u"vulnerability"_s, u"exploit"_s, u"CVE"_s, u"XSS"_s, u"SQL injection"_s, u"RCE"_s,
                            u"уязвимость"_s};
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

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
