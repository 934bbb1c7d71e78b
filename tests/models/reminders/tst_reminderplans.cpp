// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler plans after every change, so its reads of the ticket clocks must follow what
// comes due, not the size of the tables: on PostgreSQL, with a few thousand tickets (most of
// them solved or closed, as a team's are) and their messages, analysed, no statement the
// scheduler's planning runs may scan `tickets` or `messages` whole. The plans are asked of
// the server with EXPLAIN for exactly the statements TicketClocks runs.
#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderstore.h"
#include "models/reminders/ticketclocks.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr int ticketCount = 4'000;

// The statement with its values written in: EXPLAIN cannot be prepared, and every value
// the clocks bind is a number.
QString withValues(const TicketClocks::Statement &statement)
{
    QString sql;
    qsizetype next = 0;
    for (const QChar c : statement.sql) {
        if (c == u'?' && next < statement.values.size())
            sql += QString::number(statement.values.at(next++).toLongLong());
        else
            sql += c;
    }
    return sql;
}

} // namespace

class TestReminderPlans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R12_R15_R24_theClocksAreReadThroughIndexes();
};

void TestReminderPlans::R12_R15_R24_theClocksAreReadThroughIndexes()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY(db);
    const qint64 now = QDateTime(QDate(2026, 11, 18), QTime(11, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    QSqlQuery q(db->connection());
    QVERIFY2(
        q.exec(u"INSERT INTO agents (login, display_name, created_at, updated_at) VALUES ('anna', 'Anna', 0, 0)"_s),
        qPrintable(q.lastError().text()));
    // The values are cast: the server would take them for the integers beside them.
    // Nine in ten solved or closed; of the open ones, each clock on some of them, due over
    // the next two days; a few taken long ago (R24).
    q.prepare(
        u"INSERT INTO tickets (subject, status, assignee_id, assigned_at, reaction_due_at, first_response_due_at, "
        "first_responded_at, next_response_due_at, created_at, updated_at) "
        "SELECT 'Ticket ' || g, CASE WHEN g % 10 = 0 THEN 'open' WHEN g % 10 < 5 THEN 'solved' ELSE 'closed' END, "
        "CASE WHEN g % 3 = 0 THEN (SELECT min(id) FROM agents) END, "
        "CASE WHEN g % 3 = 0 THEN CAST(? AS BIGINT) - (g % 97) * 3600000 END, "
        "CASE WHEN g % 40 = 0 THEN CAST(? AS BIGINT) + (g % 48) * 3600000 END, "
        "CAST(? AS BIGINT) + (g % 2880) * 60000, "
        "CASE WHEN g % 20 = 0 THEN NULL ELSE CAST(? AS BIGINT) - g * 60000 END, "
        "CASE WHEN g % 30 = 0 THEN CAST(? AS BIGINT) + (g % 2880) * 60000 END, "
        "CAST(? AS BIGINT) - g * 60000, CAST(? AS BIGINT) - g * 60000 FROM generate_series(1, ?) g"_s);
    for (int i = 0; i < 7; ++i)
        q.addBindValue(now);
    q.addBindValue(ticketCount);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"INSERT INTO messages (ticket_id, kind, body, created_at) "
                    "SELECT t.id, CASE WHEN k = 2 THEN 'note' WHEN k = 1 THEN 'agent' ELSE 'customer' END, 'Words', "
                    "t.created_at + k * 60000 FROM tickets t, generate_series(0, 4) k"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"ANALYZE tickets"_s));
    QVERIFY(q.exec(u"ANALYZE messages"_s));

    // The reads ReminderScheduler::runDue() makes: what is due since the last run (the
    // lookback, whole), then the earliest clocks ahead with the limits nextDue() starts at.
    ReminderStore store(*db);
    const auto snapshot = store.snapshot(now - minuteMs, now);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().detail));
    const TicketClocks clocks(*db, *snapshot);
    const qint64 upTo = now + ReminderPlanner::defaultHorizonMs;
    QList<TicketClocks::Statement> statements =
        clocks.statements(ReminderPlanner::dueLookback(*snapshot, now - minuteMs, now), now, now - minuteMs);
    for (const int limit : {32, 128})
        statements += clocks.statements(ReminderPlanner::dueLookback(*snapshot, now, upTo), upTo, now, limit);
    QVERIFY(statements.size() >= 3); // the four clocks as one statement, read three times

    for (const TicketClocks::Statement &statement : std::as_const(statements)) {
        QVERIFY2(q.exec(u"EXPLAIN "_s + withValues(statement)), qPrintable(q.lastError().text()));
        QString plan;
        while (q.next())
            plan += q.value(0).toString() + u'\n';
        const bool scansATable = plan.contains(u"Seq Scan on tickets"_s) || plan.contains(u"Seq Scan on messages"_s);
        QVERIFY2(!scansATable, qPrintable(u"%1\n%2"_s.arg(withValues(statement), plan)));
        // And it reads one of the clocks' indexes (an index scan, or a bitmap of one).
        QVERIFY2(plan.contains(u" using tickets_"_s) || plan.contains(u" on tickets_"_s),
                 qPrintable(u"%1\n%2"_s.arg(withValues(statement), plan)));
    }
}

QTEST_GUILESS_MAIN(TestReminderPlans)
#include "tst_reminderplans.moc"
