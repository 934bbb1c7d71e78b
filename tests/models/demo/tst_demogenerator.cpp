// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bugreports/bugreportstore.h"
#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/templatestore.h"
#include "models/demo/demogenerator.h"
#include "models/demo/demotext.h"
#include "models/demo/demotimeshift.h"
#include "models/demo/vocabulary.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Casebook::DemoGenerator::Text)

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

DemoGenerator::Size smallSize()
{
    DemoGenerator::Size size;
    size.agents = 6;
    size.customers = 80;
    size.tickets = 400;
    size.messagesPerTicket = 4;
    return size;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (!query.exec() || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// Every generated table, each ordered by its key, hashed value by value.
QByteArray contentHash(const QSqlDatabase &db)
{
    static const QStringList tables{
        u"agents"_s,        u"team_settings"_s,     u"team_calendar"_s,   u"roster"_s,           u"tags"_s,
        u"product_areas"_s, u"customers"_s,         u"customer_emails"_s, u"customer_tags"_s,    u"customer_notes"_s,
        u"proposals"_s,     u"proposal_requests"_s, u"tickets"_s,         u"ticket_tags"_s,      u"messages"_s,
        u"ticket_events"_s, u"ticket_tasks"_s,      u"bug_reports"_s,     u"bug_report_events"_s};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s)) {
            qWarning() << table << query.lastError().text();
            return {};
        }
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int c = 0; c < query.record().count(); ++c) {
                hash.addData(query.isNull(c) ? QByteArrayView("\x01null") : QByteArrayView("\x02"));
                hash.addData(query.value(c).toString().toUtf8());
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void R26_R41_demoShowsEveryBugStatusAndStage();
    void R13_demoShipsAndDeclinesProposalsCustomersAskedFor();
    void demoMovesToToday();
    void R05_R08_R12_demoHasTheLastDaysDeliveries();
    void populatesAConsistentWorld_data() { Test::addEngineColumn(); }
    void populatesAConsistentWorld()
    {
        CASEBOOK_TEST_DATABASE(testDb);
        auto db = testDb.open();
        QVERIFY(db);
        QCOMPARE(DemoGenerator::isPopulated(*db).value(), false);
        qint64 lastDone = 0, lastTotal = 0;
        const auto status = DemoGenerator::populate(*db, smallSize(), 7, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail));
        QCOMPARE(lastDone, 400);
        QCOMPARE(lastTotal, 400);
        QCOMPARE(DemoGenerator::isPopulated(*db).value(), true);
        QVERIFY2(!DemoGenerator::populate(*db, smallSize(), 7).ok(), "a second populate must be refused");

        const QSqlDatabase c = db->connection();
        const qint64 now = DemoGenerator::Size{}.nowMs;
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets"_s), 400);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM customers"_s), 80);
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT role) FROM agents"_s), 3);

        // Every value the inbox can filter on occurs (R10, R28, R31, R32, R39).
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT status) FROM tickets"_s), 6);
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT complexity) FROM tickets"_s), 4);
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT severity) FROM tickets"_s), 4);
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT request_kind) FROM tickets"_s), 3);
        QVERIFY(scalar(c, u"SELECT COUNT(DISTINCT channel) FROM tickets"_s) >= 6);
        // Customer, agent and note; a hand-over is a ticket event with its reason, not a message.
        QCOMPARE(scalar(c, u"SELECT COUNT(DISTINCT kind) FROM messages"_s), 3);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM ticket_events WHERE kind = 'handoff' AND reason <> ''"_s) > 0);

        // R14: most tickets tagged, some not.
        const qint64 tagged = scalar(c, u"SELECT COUNT(DISTINCT ticket_id) FROM ticket_tags"_s);
        QVERIFY2(tagged >= 240 && tagged <= 340, qPrintable(QString::number(tagged)));
        QVERIFY(scalar(c,
                       u"SELECT COUNT(*) FROM ticket_tags t JOIN tags g ON g.id = t.tag_id "
                       "WHERE g.name LIKE 'proposal-%'"_s)
                > 0);

        // R09: licences valid, expiring within 14 days, expired and missing; some premium customers.
        const QVariantList soon{now, now + 14 * kDay};
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE licence_expires_at > ?"_s, {now + 14 * kDay}) > 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE licence_expires_at > ? AND licence_expires_at <= ?"_s,
                       soon)
                > 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE licence_expires_at <= ?"_s, {now}) > 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE licence_expires_at IS NULL"_s) > 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE tier = 'premium'"_s) > 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM customers WHERE tier = 'premium' "
                        "AND (support_profile IS NULL OR success_owner_id IS NULL)"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM customers c WHERE NOT EXISTS "
                        "(SELECT 1 FROM customer_emails e WHERE e.customer_id = c.id)"_s),
                 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customer_notes WHERE pinned = ?"_s, {true}) > 0);

        // Some Russian customers writing in Russian.
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM customers WHERE locale = 'ru'"_s) > 0);
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM messages WHERE body LIKE ?"_s, {u"%Здравствуйте%"_s}) > 0);

        // Lifecycle (R32): timestamps match the status.
        QCOMPARE(
            scalar(c, u"SELECT COUNT(*) FROM tickets WHERE status IN ('solved', 'closed') AND solved_at IS NULL"_s), 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets WHERE status NOT IN ('solved', 'closed') "
                        "AND (solved_at IS NOT NULL OR closed_at IS NOT NULL)"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets WHERE status = 'closed' "
                        "AND (closed_at IS NULL OR closed_at <> solved_at + 259200000)"_s),
                 0);
        QCOMPARE(
            scalar(c, u"SELECT COUNT(*) FROM tickets WHERE status = 'solved' AND solved_at <= ?"_s, {now - 3 * kDay}),
            0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets WHERE updated_at > ? OR closed_at > ?"_s, {now, now}), 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets WHERE status = 'pending' AND last_agent_message_at < ?"_s,
                        {now - 2 * kDay}),
                 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets WHERE status <> 'new' AND assignee_id IS NULL"_s), 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets WHERE status <> 'new' AND first_responded_at IS NULL"_s), 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets WHERE first_response_due_at IS NULL "
                        "OR first_response_due_at <= created_at"_s),
                 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM tickets WHERE complexity = 'critical' AND reaction_due_at IS NULL"_s),
                 0);

        // Threads: start with the customer at creation, never go back in time.
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets t JOIN messages m ON m.id = "
                        "(SELECT MIN(id) FROM messages WHERE ticket_id = t.id) "
                        "WHERE m.kind <> 'customer' OR m.created_at <> t.created_at"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM messages a JOIN messages b ON b.ticket_id = a.ticket_id "
                        "AND b.id > a.id AND b.created_at < a.created_at"_s),
                 0);
        // The last status event agrees with the ticket.
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets t JOIN ticket_events e ON e.id = "
                        "(SELECT MAX(id) FROM ticket_events WHERE ticket_id = t.id AND kind = 'status') "
                        "WHERE e.new_value <> t.status"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e "
                        "WHERE e.ticket_id = t.id AND e.kind = 'status' AND e.new_value = 'new' "
                        "AND e.created_at = t.created_at)"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM tickets t WHERE status <> 'new' AND NOT EXISTS "
                        "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'assignment')"_s),
                 0);

        // Bug reports, proposals with +1s, and a roster with Saturday duty and separate lunches (R02, R03, R05).
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM bug_reports"_s) > 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM bug_reports WHERE product_area_id IS NULL"_s), 0);
        // Reports carry their history (R26, R28, R29, R41); the full demo's coverage is checked below.
        QVERIFY(scalar(c, u"SELECT COUNT(DISTINCT status) FROM bug_reports"_s) >= 3);
        QVERIFY(scalar(c, u"SELECT COUNT(DISTINCT stage) FROM bug_reports"_s) >= 3);
        QVERIFY(scalar(c, u"SELECT COUNT(DISTINCT verdict_reason) FROM bug_reports WHERE status = 'declined'"_s) >= 1);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM bug_reports WHERE template_id IS NULL OR template_yaml IS NULL "
                        "OR owner_agent_id IS NULL OR escalation_route IS NULL"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM bug_reports b WHERE (SELECT COUNT(*) FROM bug_report_events e "
                        "WHERE e.bug_report_id = b.id) < 3"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM bug_reports b WHERE status IN ('accepted', 'declined') AND NOT EXISTS "
                        "(SELECT 1 FROM bug_report_events e WHERE e.bug_report_id = b.id AND e.kind = 'verdict')"_s),
                 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM bug_reports b JOIN bug_report_events e ON e.id = (SELECT MAX(id) "
                        "FROM bug_report_events WHERE bug_report_id = b.id AND kind = 'stage') "
                        "WHERE e.new_value <> b.stage"_s),
                 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM bug_templates WHERE builtin = ?"_s, {true}), 3);
        {
            // Opening the demo later finds the shipped forms current; its reports read back whole.
            const auto seeded = TemplateStore(*db).seedBuiltins();
            QVERIFY(seeded.ok());
            QVERIFY(seeded->added.isEmpty() && seeded->updated.isEmpty() && seeded->keptEdited.isEmpty());
            const auto reports = BugReportStore(*db).list({}, 1000).value();
            QVERIFY(!reports.isEmpty());
            for (const BugReport &listed : reports) {
                const BugReport report = BugReportStore(*db).report(listed.id).value();
                const IssueForm form = parseIssueForm(report.templateYaml.toUtf8(), u"tracker-bug.yml"_s).value();
                QVERIFY2(missingRequiredAnswers(form, answersFromJson(form, report.fields)).isEmpty(),
                         qPrintable(QString::number(report.id.value())));
                QCOMPARE(report.ownerName.isEmpty(), false);
                QVERIFY(!report.route.agents.isEmpty());
            }
        }
        QVERIFY(scalar(c, u"SELECT COUNT(*) FROM proposal_requests"_s) > 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM product_areas WHERE owner_agent_id IS NULL"_s), 0);
        QCOMPARE(scalar(c,
                        u"SELECT COUNT(*) FROM roster a JOIN roster b ON a.day = b.day AND a.id < b.id "
                        "AND a.lunch_start_minute = b.lunch_start_minute"_s),
                 0);
        QSqlQuery days(c);
        QVERIFY(
            days.exec(u"SELECT r.day, s.is_duty FROM roster r JOIN shift_templates s ON s.id = r.shift_template_id"_s));
        int saturdays = 0, rows = 0;
        while (days.next()) {
            const QDate day = days.value(0).toDate();
            QVERIFY(day.isValid());
            QVERIFY2(day.dayOfWeek() != 7, "R05: nobody works on Sunday");
            QCOMPARE(days.value(1).toBool(), day.dayOfWeek() == 6);
            saturdays += day.dayOfWeek() == 6;
            ++rows;
        }
        QVERIFY(rows > 100);
        QCOMPARE(saturdays, 8);

        // New rows after the demo get fresh ids (PostgreSQL sequences were moved on).
        QSqlQuery insert(c);
        QVERIFY(insert.prepare(u"INSERT INTO tags (name, created_at) VALUES (?, ?)"_s));
        insert.bindValue(0, u"after-demo"_s);
        insert.bindValue(1, now);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    void sameSeedSameContent_data()
    {
        QTest::addColumn<DatabaseUrl::Engine>("engine");
        QTest::addColumn<DemoGenerator::Text>("text");
        QTest::newRow("sqlite demo text") << DatabaseUrl::Engine::SQLite << DemoGenerator::Text::Demo;
        QTest::newRow("sqlite bulk text") << DatabaseUrl::Engine::SQLite << DemoGenerator::Text::Bulk;
        QTest::newRow("postgres demo text") << DatabaseUrl::Engine::PostgreSQL << DemoGenerator::Text::Demo;
        QTest::newRow("postgres bulk text") << DatabaseUrl::Engine::PostgreSQL << DemoGenerator::Text::Bulk;
    }
    void sameSeedSameContent()
    {
        QFETCH(DemoGenerator::Text, text);
        CASEBOOK_TEST_DATABASE(first);
        Test::TestDatabase second(engine);
        Test::TestDatabase other(engine);
        QVERIFY(second.isValid() && other.isValid());
        auto a = first.open();
        auto b = second.open();
        auto o = other.open();
        QVERIFY(a && b && o);
        DemoGenerator::Size size = smallSize();
        size.text = text;
        for (auto [db, seed] : {std::pair{a.get(), 42u}, std::pair{b.get(), 42u}, std::pair{o.get(), 43u}}) {
            const auto status = DemoGenerator::populate(*db, size, seed);
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail));
        }
        const QByteArray hashA = contentHash(a->connection());
        QVERIFY(!hashA.isEmpty());
        QCOMPARE(contentHash(b->connection()), hashA);
        QVERIFY(contentHash(o->connection()) != hashA);
    }

    void bulkVocabularyIsLarge();
    void bulkTextReadsLikeABusyInbox();
    void bulkTextKeepsTheWorldOfTheDemo();
};

namespace {

// Distinct words the full-text index holds for the messages, and how many messages hold the
// most frequent one.
std::pair<qint64, qint64> indexedWords(const QSqlDatabase &db)
{
    return {scalar(db, u"SELECT COUNT(*) FROM messages_vocab"_s), scalar(db, u"SELECT MAX(doc) FROM messages_vocab"_s)};
}

std::unique_ptr<Database> populated(const Test::TestDatabase &testDb, DemoGenerator::Text text)
{
    auto db = testDb.open();
    if (!db)
        return {};
    DemoGenerator::Size size = smallSize();
    size.tickets = 2000;
    size.customers = 400;
    size.text = text;
    if (!DemoGenerator::populate(*db, size, 11).ok())
        return {};
    return db;
}

} // namespace

// What benchmark text is drawn from: more than 20,000 distinct words, ranked as a language
// ranks them (function words first), in English, Russian and other languages.
void TestDemoGenerator::bulkVocabularyIsLarge()
{
    QVERIFY2(DemoText::distinctWordCount() >= 20'000, qPrintable(QString::number(DemoText::distinctWordCount())));
    const auto &english = DemoText::vocabulary(DemoText::Language::English);
    QCOMPARE(english.at(0), u"the"_s);
    QVERIFY(english.words().contains(u"postback"_s));
    QVERIFY(DemoText::vocabulary(DemoText::Language::Russian).size() >= 4'000);
    QVERIFY(DemoText::vocabulary(DemoText::Language::Russian).words().contains(u"здравствуйте"_s));
    for (DemoText::Language other : DemoText::otherLanguages())
        QVERIFY(DemoText::vocabulary(other).size() >= 100);
    // Zipf: the head is drawn far more often than the tail, and the tail is drawn too.
    DemoText::Dice dice(5);
    QHash<QString, int> drawn;
    for (int i = 0; i < 100'000; ++i)
        ++drawn[english.draw(dice)];
    QVERIFY2(drawn.value(u"the"_s) > 3'000, qPrintable(QString::number(drawn.value(u"the"_s))));
    QVERIFY2(drawn.size() > 10'000, qPrintable(QString::number(drawn.size())));
}

// Bulk text: a wide vocabulary with a skewed distribution, several languages, typos,
// errors, logs and traces; the demo keeps its few hand-written phrases.
void TestDemoGenerator::bulkTextReadsLikeABusyInbox()
{
    Test::TestDatabase bulkDb(DatabaseUrl::Engine::SQLite);
    Test::TestDatabase demoDb(DatabaseUrl::Engine::SQLite);
    QVERIFY(bulkDb.isValid() && demoDb.isValid());
    const auto bulk = populated(bulkDb, DemoGenerator::Text::Bulk);
    const auto demo = populated(demoDb, DemoGenerator::Text::Demo);
    QVERIFY(bulk && demo);
    const QSqlDatabase b = bulk->connection();
    const auto [bulkWords, bulkTop] = indexedWords(b);
    const auto [demoWords, demoTop] = indexedWords(demo->connection());
    QVERIFY2(demoWords < 1'000, qPrintable(QString::number(demoWords)));
    QVERIFY2(bulkWords > 15 * demoWords, qPrintable(QString::number(bulkWords)));
    const qint64 messages = scalar(b, u"SELECT COUNT(*) FROM messages"_s);
    QVERIFY2(bulkTop > messages / 3, "the most common word is in a large share of the messages");
    // Words held by a single message: typos, identifiers and the rarest terms.
    QVERIFY(scalar(b, u"SELECT COUNT(*) FROM messages_vocab WHERE doc = 1"_s) > bulkWords / 4);
    QVERIFY(scalar(b, u"SELECT COUNT(*) FROM messages WHERE body LIKE ?"_s, {u"%Здравствуйте%"_s}) > 0);
    QVERIFY(scalar(b, u"SELECT COUNT(*) FROM messages WHERE body LIKE ?"_s, {u"%Traceback%"_s}) > 0);
    QVERIFY(scalar(b, u"SELECT COUNT(*) FROM messages WHERE body LIKE ?"_s, {u"% WARN %"_s}) > 0);
    QVERIFY(scalar(b, u"SELECT COUNT(*) FROM messages WHERE body LIKE ? OR body LIKE ?"_s, {u"%Error%"_s, u"%error%"_s})
            > 0);
    for (const QString &greeting : {u"Hallo"_s, u"Hola"_s, u"Bonjour"_s})
        QVERIFY2(scalar(b, u"SELECT COUNT(*) FROM messages WHERE body LIKE ?"_s, {QString(greeting + u'%')}) > 0,
                 qPrintable(greeting));
    QVERIFY(scalar(b, u"SELECT COUNT(DISTINCT subject) FROM tickets"_s) > 1'000);
    // The demo's subjects stay its readable ones.
    QVERIFY(scalar(demo->connection(), u"SELECT COUNT(DISTINCT subject) FROM tickets"_s) < 60);
}

// Same seed, other text: the same tickets, people, times and statuses.
void TestDemoGenerator::bulkTextKeepsTheWorldOfTheDemo()
{
    Test::TestDatabase bulkDb(DatabaseUrl::Engine::SQLite);
    Test::TestDatabase demoDb(DatabaseUrl::Engine::SQLite);
    QVERIFY(bulkDb.isValid() && demoDb.isValid());
    const auto bulk = populated(bulkDb, DemoGenerator::Text::Bulk);
    const auto demo = populated(demoDb, DemoGenerator::Text::Demo);
    QVERIFY(bulk && demo);
    const QString structure =
        u"SELECT group_concat(id || status || customer_id || COALESCE(assignee_id, '') || created_at "
        "|| updated_at, ',') FROM (SELECT * FROM tickets ORDER BY id)"_s;
    const QString threads =
        u"SELECT group_concat(id || kind || created_at, ',') FROM (SELECT * FROM messages ORDER BY id)"_s;
    for (const QString &sql : {structure, threads}) {
        QSqlQuery left(bulk->connection());
        QSqlQuery right(demo->connection());
        QVERIFY(left.exec(sql) && left.next() && right.exec(sql) && right.next());
        QCOMPARE(left.value(0).toString(), right.value(0).toString());
    }
}

void TestDemoGenerator::demoMovesToToday()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(DemoGenerator::populate(*db, smallSize(), 7).ok());
    const QSqlDatabase c = db->connection();
    const qint64 world = DemoTimeShift::worldNow(*db).value().value();
    QVERIFY(world <= DemoGenerator::Size{}.nowMs);
    const qint64 newestTicket = scalar(c, u"SELECT max(created_at) FROM tickets"_s);
    const qint64 dueCount = scalar(c, u"SELECT count(*) FROM tickets WHERE first_response_due_at IS NOT NULL"_s);
    QSqlQuery days(u"SELECT min(day), count(*) FROM roster"_s, c);
    QVERIFY(days.next());
    const QDate rosterFrom = QDate::fromString(days.value(0).toString(), Qt::ISODate);
    const int rosterRows = days.value(1).toInt();

    // Opened 40 days and 5 hours later: 40 whole days forward, so today holds the newest work.
    const qint64 later = world + 40 * kDay + 5LL * 3600 * 1000;
    QCOMPARE(DemoTimeShift::shiftToToday(*db, later).value(), 40);
    QCOMPARE(scalar(c, u"SELECT max(created_at) FROM tickets"_s), newestTicket + 40 * kDay);
    QCOMPARE(DemoTimeShift::worldNow(*db).value().value(), world + 40 * kDay);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM tickets WHERE first_response_due_at IS NOT NULL"_s), dueCount);
    QSqlQuery moved(u"SELECT min(day), count(*) FROM roster"_s, c);
    QVERIFY(moved.next());
    // R01 R03 R05: the roster moves by whole weeks (40 days: six weeks), so a weekday shift
    // stays on a weekday and Saturday duty on a Saturday; holidays keep their dates.
    QCOMPARE(QDate::fromString(moved.value(0).toString(), Qt::ISODate), rosterFrom.addDays(42));
    QCOMPARE(moved.value(1).toInt(), rosterRows);
    QCOMPARE(scalar(c,
                    u"SELECT count(*) FROM team_calendar WHERE day IN (SELECT day FROM team_calendar WHERE "
                    "substr(day, 6) IN ('12-31', '01-01'))"_s),
             scalar(c, u"SELECT count(*) FROM team_calendar"_s));
    // Current now: a second opening the same day moves nothing.
    QCOMPARE(DemoTimeShift::shiftToToday(*db, later).value(), 0);
}

void TestDemoGenerator::R05_R08_R12_demoHasTheLastDaysDeliveries()
{
    // The notification list of `casebook --demo` holds what the scheduler delivered over the
    // demo: missed overnight, on time since, acknowledged and snoozed; moved to today with it.
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(DemoGenerator::populate(*db, DemoGenerator::demoSize()).ok());
    const QSqlDatabase c = db->connection();
    const qint64 now = DemoGenerator::demoSize().nowMs;
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE missed"_s) > 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE NOT missed"_s) > 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE rule_key = 'mail_check'"_s) > 0); // R08
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE rule_key = 'critical_reaction'"_s) > 0); // R12
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE acknowledged_at IS NOT NULL"_s) > 0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM notifications WHERE snoozed_until > ?"_s, {now}),
             scalar(c, u"SELECT count(*) FROM notifications WHERE snoozed_until IS NOT NULL"_s));
    QVERIFY(scalar(c, u"SELECT count(*) FROM notifications WHERE snoozed_until IS NOT NULL"_s) > 0);
    // R05: nobody off the roster is told; the admin has no shift in the demo.
    QCOMPARE(scalar(c,
                    u"SELECT count(*) FROM notifications n JOIN agents a ON a.id = n.agent_id "
                    "WHERE a.id NOT IN (SELECT agent_id FROM roster)"_s),
             0);
    QCOMPARE(scalar(c, u"SELECT checked_until FROM reminder_watermark"_s), now);
    const qint64 snoozed = scalar(c, u"SELECT min(snoozed_until) FROM notifications"_s);
    QVERIFY(DemoTimeShift::shiftToToday(*db, now + 3 * kDay).value() == 3);
    QCOMPARE(scalar(c, u"SELECT min(snoozed_until) FROM notifications"_s), snoozed + 3 * kDay);
    QCOMPARE(scalar(c, u"SELECT checked_until FROM reminder_watermark"_s), now + 3 * kDay);
}

void TestDemoGenerator::R26_R41_demoShowsEveryBugStatusAndStage()
{
    // The size `casebook --demo` uses: the Bug reports section shows something real.
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(DemoGenerator::populate(*db, DemoGenerator::demoSize()).ok());
    const QSqlDatabase c = db->connection();
    for (const QString &status : {u"draft"_s, u"submitted"_s, u"accepted"_s, u"declined"_s})
        QVERIFY2(scalar(c, u"SELECT COUNT(*) FROM bug_reports WHERE status = ?"_s, {status}) >= 2, qPrintable(status));
    for (const QString &stage : {u"in_progress"_s, u"staging"_s, u"canary_ga"_s, u"backlog"_s, u"blocked"_s})
        QVERIFY2(scalar(c, u"SELECT COUNT(*) FROM bug_reports WHERE stage = ?"_s, {stage}) >= 2, qPrintable(stage));
    for (const QString &reason :
         {u"steps"_s, u"as_designed"_s, u"update_version"_s, u"cannot_reproduce"_s, u"duplicate"_s})
        QVERIFY2(scalar(c, u"SELECT COUNT(*) FROM bug_reports WHERE verdict_reason = ?"_s, {reason}) >= 1,
                 qPrintable(reason));
    QCOMPARE(
        scalar(c, u"SELECT COUNT(*) FROM bug_reports WHERE verdict_reason = 'duplicate' AND duplicate_of_id IS NULL"_s),
        0);
}

void TestDemoGenerator::R13_demoShipsAndDeclinesProposalsCustomersAskedFor()
{
    // Closing the loop is shown on the demo: a shipped and a declined proposal each have
    // customers waiting for the answer, and the declined one says why.
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(DemoGenerator::populate(*db, DemoGenerator::demoSize()).ok());
    const QSqlDatabase c = db->connection();
    for (const QString &status : {u"under_review"_s, u"shipped"_s, u"declined"_s}) {
        QVERIFY2(scalar(c, u"SELECT COALESCE(MAX(request_count), 0) FROM proposals WHERE status = ?"_s, {status}) >= 2,
                 qPrintable(status));
    }
    QCOMPARE(
        scalar(c, u"SELECT COUNT(*) FROM proposals WHERE status = 'declined' AND COALESCE(decline_reason, '') = ''"_s),
        0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
