// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' PostgreSQL fill sets the triggers aside and counts once at the end
// (benchsupport.h): the counters it leaves must be the ones the triggers would have kept, or
// the figures measure a database the app could never have made.
#include "benchsupport.h"

#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestPostgresFill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recountedFillEqualsTheTriggers_R14();
    void recountAfterEditsEqualsTheTriggers_R14();

private:
    static QMap<QString, QStringList> counters(Database &db);
    static void compare(const QMap<QString, QStringList> &actual, const QMap<QString, QStringList> &expected);
};

namespace {

constexpr int tickets = 3'000;
constexpr qint64 now = 1'795'000'000'000;

} // namespace

// Every counter the triggers keep, each table's rows as text: the tables named *_counts (the
// response waits' counts are worked out again by the app at their first read, not by the
// triggers' fill), the tags' use counts and the tickets' tag counts. A counter row at 0 is
// no row: the triggers leave one where a count went back to nothing, a count from the rows
// has none.
QMap<QString, QStringList> TestPostgresFill::counters(Database &db)
{
    QMap<QString, QStringList> result;
    QSqlQuery tables(db.connection());
    if (!tables.exec(u"SELECT c.table_name, string_agg(c.column_name, ',') FILTER (WHERE c.data_type = 'bigint' "
                     "AND c.column_name IN ('n', 'taken', 'handed')) FROM information_schema.columns c "
                     "WHERE c.table_schema = current_schema() AND c.table_name LIKE '%\\_counts' "
                     "AND c.table_name <> 'response_counts' GROUP BY c.table_name ORDER BY c.table_name"_s))
        return {{u"unreadable"_s, {tables.lastError().text()}}};
    QMap<QString, QString> sources;
    while (tables.next()) {
        const QStringList counts = tables.value(1).toString().split(u',', Qt::SkipEmptyParts);
        QStringList nonZero;
        for (const QString &count : counts)
            nonZero.append(u"x."_s + count + u" <> 0"_s);
        sources.insert(tables.value(0).toString(),
                       tables.value(0).toString() + u" x"_s
                           + (nonZero.isEmpty() ? QString() : u" WHERE "_s + nonZero.join(u" OR "_s)));
    }
    sources.insert(u"tags.use_count"_s, u"(SELECT id, use_count FROM tags) x"_s);
    sources.insert(u"tickets.tag_count"_s, u"(SELECT id, tag_count FROM tickets) x"_s);
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(u"SELECT CAST(x AS TEXT) FROM "_s + it.value() + u" ORDER BY 1"_s))
            return {{u"unreadable "_s + it.key(), {rows.lastError().text()}}};
        QStringList &list = result[it.key()];
        while (rows.next())
            list.append(rows.value(0).toString());
    }
    return result;
}

// Table by table, with the first rows that differ named.
void TestPostgresFill::compare(const QMap<QString, QStringList> &actual, const QMap<QString, QStringList> &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList &have = actual.value(it.key());
        if (have == it.value())
            continue;
        const auto missing = QSet<QString>(it.value().cbegin(), it.value().cend()) - QSet(have.cbegin(), have.cend());
        const auto extra = QSet<QString>(have.cbegin(), have.cend()) - QSet(it.value().cbegin(), it.value().cend());
        QFAIL(qPrintable(u"%1: %2 rows, expected %3; missing %4; extra %5"_s.arg(it.key())
                             .arg(have.size())
                             .arg(it.value().size())
                             .arg(QStringList(missing.cbegin(), missing.cend()).mid(0, 5).join(u' '),
                                  QStringList(extra.cbegin(), extra.cend()).mid(0, 5).join(u' '))));
    }
}

void TestPostgresFill::recountedFillEqualsTheTriggers_R14()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase triggered(DatabaseUrl::Engine::PostgreSQL);
    Test::TestDatabase recounted(DatabaseUrl::Engine::PostgreSQL);
    auto byTriggers = triggered.open();
    auto byRecount = recounted.open();
    QVERIFY(byTriggers && byRecount);
    QVERIFY(Bench::fillPostgres(*byTriggers, tickets, now, true, Bench::PostgresCounting::Triggers));
    QVERIFY(Bench::fillPostgres(*byRecount, tickets, now, true, Bench::PostgresCounting::Recount));
    const auto expected = counters(*byTriggers);
    QCOMPARE(expected.value(u"ticket_status_counts"_s).size(), 6);
    QVERIFY(!expected.value(u"tag_counts"_s).isEmpty());
    // The Load and Bug reports views' counters have rows to compare.
    for (const QString &table : {u"agent_event_counts"_s, u"held_counts"_s, u"bug_report_counts"_s})
        QVERIFY2(!expected.value(table).isEmpty(), qPrintable(table));
    compare(counters(*byRecount), expected);

    // The triggers are back afterwards: a tag added now is counted at once.
    QVERIFY(!Bench::triggersAside(*byRecount));
    QVERIFY(Bench::exec(*byRecount, u"DELETE FROM ticket_tags WHERE ticket_id = 10"_s));
    QVERIFY(Bench::exec(*byTriggers, u"DELETE FROM ticket_tags WHERE ticket_id = 10"_s));
    compare(counters(*byRecount), counters(*byTriggers));
}

// Counting again after the triggers kept the counters through updates, merges, private
// tickets and deletions changes nothing: the recount is what the triggers add up to.
void TestPostgresFill::recountAfterEditsEqualsTheTriggers_R14()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase database(DatabaseUrl::Engine::PostgreSQL);
    auto db = database.open();
    QVERIFY(db);
    QVERIFY(Bench::fillPostgres(*db, tickets, now, false, Bench::PostgresCounting::Triggers));
    QVERIFY(Bench::exec(*db,
                        u"INSERT INTO agents (login, display_name, email, created_at, updated_at) "
                        "VALUES ('ada', 'Ada', 'ada@example.com', 0, 0)"_s));
    for (const QString &sql : {
             u"UPDATE tickets SET assignee_id = (SELECT min(id) FROM agents), assigned_at = created_at "
             "WHERE id % 4 = 0"_s,
             u"UPDATE tickets SET status = 'open', solved_at = NULL WHERE id % 13 = 0"_s,
             u"UPDATE tickets SET is_private = TRUE WHERE id % 29 = 0"_s,
             u"DELETE FROM ticket_tags WHERE ticket_id % 17 = 0"_s,
             u"UPDATE tickets SET merged_into_id = id - 1 WHERE id % 101 = 0"_s,
             u"DELETE FROM tickets WHERE id % 199 = 0"_s,
         })
        QVERIFY2(Bench::exec(*db, sql), qPrintable(sql));
    const auto kept = counters(*db);
    QVERIFY(Bench::recountPostgres(*db));
    compare(counters(*db), kept);
    QVERIFY(!Bench::triggersAside(*db));
}

QTEST_GUILESS_MAIN(TestPostgresFill)
#include "tst_postgresfill.moc"
