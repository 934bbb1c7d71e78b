// SPDX-License-Identifier: GPL-3.0-or-later
// R15, R34: the stored waits of migration 033 give the Response view the figures a brute-force
// walk of every ticket's messages gives, in zones with DST and half-hour offsets, whatever
// order the messages were written in, after the facets change and after the team's hours do.
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/analytics/figuretablemodel.h"
#include "models/analytics/responsehistograms.h"
#include "models/analytics/responsewaits.h"
#include "models/imports/importwriter.h"
#include "models/shifts/shiftmath.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 86'400'000;

struct Said
{
    qint64 at = 0;
    qint64 id = 0;
    bool fromCustomer = false;
};

// Nearest rank, as the view promises: the smallest sample with `percent` % at or below it,
// in whole minutes rounded up (as SLA targets are set), given in hours.
double nearestRank(std::vector<qint64> samples, int percent)
{
    if (samples.empty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const auto n = qint64(samples.size());
    const qint64 rank = std::max<qint64>(1, (qint64(percent) * n + 99) / 100);
    constexpr qint64 minuteMs = 60'000;
    const qint64 minutes = (samples.at(std::size_t(rank - 1)) + minuteMs - 1) / minuteMs; // whole, rounded up
    return double(minutes) / 60.0;
}

// Every count ResponseHistograms::read() gives for days [from, to), by facet and minute.
using Counts = std::map<std::tuple<int, bool, QString, qint64, qint64>, qint64>;
Counts countsOf(const Database &db, qint64 fromDay, qint64 toDay, bool *ok)
{
    Counts counts;
    const Status read = ResponseHistograms::read(
        db, fromDay, toDay, [&counts](const ResponseHistograms::Facet &f, qint64 minute, qint64 n) {
            counts[{f.kind, f.premium, f.severity, f.policy, minute}] += n;
        });
    *ok = read.ok();
    std::erase_if(counts, [](const auto &entry) { return entry.second == 0; });
    return counts;
}

} // namespace

class TestResponseWaits final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void R15_storedWaitsMatchABruteForceRecount_data();
    void R15_storedWaitsMatchABruteForceRecount();
    void R15_anImportStoresTheWaitsOfOneByOneWrites();
    void R15_aDamagedHistogramIsRefused();

private:
    /// Each response's facets and wait, in order, for comparing tickets written differently.
    QList<QVariantList> waitsOf(qint64 ticket);
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    qint64 insertReturningId(const QString &sql, const QVariantList &binds);
    void exec(const QString &sql, const QVariantList &binds = {});
};

qint64 TestResponseWaits::insertReturningId(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql + u" RETURNING id"_s))
        return -1;
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestResponseWaits::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestResponseWaits::R15_storedWaitsMatchABruteForceRecount_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<quint32>("seed");
    // The end of summer time in October; half an hour off UTC; half an hour and DST (April).
    QTest::newRow("Berlin, DST ends") << QByteArray("Europe/Berlin") << 16u;
    QTest::newRow("Kolkata, half an hour") << QByteArray("Asia/Kolkata") << 17u;
    QTest::newRow("Adelaide, half an hour and DST") << QByteArray("Australia/Adelaide") << 18u;
}

void TestResponseWaits::R15_storedWaitsMatchABruteForceRecount()
{
    QFETCH(QByteArray, zone);
    QFETCH(quint32, seed);
    const QTimeZone tz(zone);
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, tz);
    const qint64 now = october.toMs() + 40 * dayMs;
    if (!openDatabase(now))
        return;
    BusinessHours hours;
    hours.zone = tz;
    hours.holidays.insert(QDate(2026, 10, 14));
    // The team's days laid out first, so that the first round reads what the triggers
    // stored as the rows went in, not a recomputation.
    const Status laidOut = ResponseWaits::ensure(*m_db, hours);
    QVERIFY2(laidOut.ok(), qPrintable(laidOut.ok() ? QString() : laidOut.error().detail));

    const QString policySql = u"INSERT INTO sla_policies (name, first_response_minutes, next_response_minutes, "
                              "business_hours, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s;
    const qint64 gold = insertReturningId(policySql, {u"Gold"_s, 60, 120, true});
    const qint64 always = insertReturningId(policySql, {u"Always"_s, 30, 60, false});
    const QString customerSql =
        u"INSERT INTO customers (display_name, tier, created_at, updated_at) VALUES (?, ?, 0, 0)"_s;
    const qint64 premium = insertReturningId(customerSql, {u"Premium Ltd"_s, u"premium"_s});
    const qint64 standard = insertReturningId(customerSql, {u"Standard Ltd"_s, u"standard"_s});
    const qint64 upgraded = insertReturningId(customerSql, {u"Upgraded Ltd"_s, u"standard"_s});
    QVERIFY(gold > 0 && always > 0 && premium > 0 && standard > 0 && upgraded > 0);

    // Tickets from a week before the period to a week after: its edges in the team zone fall
    // inside UTC days, so both the counters and the edge rows are read.
    QRandomGenerator random(seed);
    const qint64 from = october.fromMs() - 7 * dayMs;
    const qint64 span = october.toMs() + 7 * dayMs - from;
    const QStringList severities{QString(), u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
    QList<Test::PlainTicket> tickets;
    for (qint64 id = 1; id <= 240; ++id) {
        Test::PlainTicket t;
        t.id = id;
        // Whole and odd milliseconds alike: the stored waits are exact; the figures round each
        // up to its whole minute.
        t.createdAt = from + qint64(random.bounded(double(span)));
        if (random.bounded(10) < 8)
            t.firstRespondedAt = t.createdAt + qint64(random.bounded(double(3 * dayMs)));
        t.status = t.firstRespondedAt ? u"open"_s : u"new"_s;
        t.severity = severities.at(random.bounded(int(severities.size())));
        const std::array<std::optional<qint64>, 4> customers{std::nullopt, premium, standard, upgraded};
        t.customer = customers.at(std::size_t(random.bounded(4)));
        const std::array<std::optional<qint64>, 3> policies{std::nullopt, gold, always};
        t.slaPolicy = policies.at(std::size_t(random.bounded(3)));
        if (id > 10 && random.bounded(20) == 0)
            t.mergedInto = id - 1;
        tickets.append(t);
    }
    Test::writeTickets(*m_db, tickets);

    // Each answered ticket's conversation, written in a shuffled order as an import might:
    // the opening, the first reply, then exchanges (a customer writing once or twice, and
    // sometimes at the same instant as the reply before).
    struct Planned
    {
        qint64 ticket;
        qint64 at;
        bool fromCustomer;
    };
    QList<Planned> planned;
    for (const Test::PlainTicket &t : std::as_const(tickets)) {
        if (!t.firstRespondedAt)
            continue;
        planned.append({t.id, t.createdAt, true});
        planned.append({t.id, *t.firstRespondedAt, false});
        qint64 at = *t.firstRespondedAt;
        for (int exchange = random.bounded(4); exchange > 0; --exchange) {
            for (int said = 1 + random.bounded(2); said > 0; --said) {
                at += random.bounded(3) == 0 ? 0 : qint64(random.bounded(double(2 * dayMs)));
                planned.append({t.id, at, true});
            }
            at += qint64(random.bounded(double(30 * hourMs)));
            planned.append({t.id, at, random.bounded(8) == 0}); // now and then no reply yet
        }
    }
    for (qsizetype i = planned.size() - 1; i > 0; --i)
        planned.swapItemsAt(i, random.bounded(i + 1));
    QHash<qint64, QList<Said>> conversations;
    for (const Planned &p : std::as_const(planned)) {
        const qint64 id =
            insertReturningId(u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (?, ?, 'Message', ?)"_s,
                              {p.ticket, p.fromCustomer ? u"customer"_s : u"agent"_s, p.at});
        QVERIFY(id > 0);
        conversations[p.ticket].append({p.at, id, p.fromCustomer});
    }
    // The facets change after the waits were stored: a customer's tier, a ticket's severity.
    exec(u"UPDATE customers SET tier = 'premium' WHERE id = ?"_s, {upgraded});
    exec(u"UPDATE tickets SET severity = 'critical' WHERE id % 7 = 0"_s);
    for (Test::PlainTicket &t : tickets) {
        if (t.id % 7 == 0)
            t.severity = u"critical"_s;
    }

    // Twice: with the team's hours, then after the team changed them (a later start and one
    // more holiday), which the next read lays out anew.
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            hours.startMinute = 10 * 60 + 30;
            hours.holidays.insert(QDate(2026, 10, 20));
            // The recompute in slices of seven tickets, newest first, and writes between its
            // slices, to tickets it has passed and to tickets it has not reached.
            for (int slice = 0; slice < 12; ++slice) {
                const auto done = ResponseWaits::step(*m_db, hours, 7);
                QVERIFY2(done.ok() && !*done, qPrintable(done.ok() ? QString() : done.error().detail));
                if (slice == 6) {
                    exec(u"UPDATE tickets SET severity = 'high' WHERE id % 5 = 0"_s);
                    for (Test::PlainTicket &t : tickets) {
                        if (t.id % 5 == 0)
                            t.severity = u"high"_s;
                    }
                }
            }
        }
        QMap<QString, std::pair<std::vector<qint64>, std::vector<qint64>>> expected; // category -> first, next
        for (const Test::PlainTicket &t : std::as_const(tickets)) {
            if (!t.firstRespondedAt || t.mergedInto || t.createdAt < october.fromMs() || t.createdAt >= october.toMs())
                continue;
            const bool roundTheClock = t.slaPolicy == always;
            auto span = [&](qint64 a, qint64 b) {
                return roundTheClock ? std::max<qint64>(0, b - a) : Shifts::businessMsBetween(hours, a, b);
            };
            QList<Said> said = conversations.value(t.id);
            std::sort(said.begin(), said.end(),
                      [](const Said &a, const Said &b) { return std::tie(a.at, a.id) < std::tie(b.at, b.id); });
            std::vector<qint64> next;
            bool agentSpoke = false;
            std::optional<qint64> waitingSince;
            for (const Said &s : std::as_const(said)) {
                if (s.fromCustomer) {
                    if (!waitingSince)
                        waitingSince = s.at;
                    continue;
                }
                if (waitingSince && agentSpoke)
                    next.push_back(span(*waitingSince, s.at));
                waitingSince.reset();
                agentSpoke = true;
            }
            const qint64 first = span(t.createdAt, *t.firstRespondedAt);
            const bool isPremium = t.customer == premium || t.customer == upgraded;
            const QString severity = t.severity.isEmpty() ? u"Severity not rated"_s : t.severity;
            for (const QString &category :
                 {u"All"_s, isPremium ? u"Premium customers"_s : u"Standard customers"_s, severity}) {
                expected[category].first.push_back(first);
                expected[category].second.insert(expected[category].second.end(), next.cbegin(), next.cend());
            }
        }
        // The days' histograms (migration 038): the round's writes left days stale, read from
        // the counters; the figure rewrites the period's ones; both reads give the counters.
        const qint64 firstDay = october.fromMs() / dayMs - 1;
        const qint64 endDay = october.toMs() / dayMs + 2;
        const Status ensured = ResponseWaits::ensure(*m_db, hours); // what the figure does first
        QVERIFY2(ensured.ok(), qPrintable(ensured.ok() ? QString() : ensured.error().detail));
        bool read = false;
        const Counts before = countsOf(*m_db, firstDay, endDay, &read);
        QVERIFY(read);
        QVERIFY(!rows(u"SELECT day FROM response_stale_days"_s).isEmpty());
        const auto figure = Analytics(*m_db, hours, now).responseTimes(october);
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().detail));
        QCOMPARE(rows(u"SELECT day FROM response_stale_days WHERE day >= ? AND day < ?"_s,
                      {october.fromMs() / dayMs + 1, october.toMs() / dayMs}),
                 QList<QVariantList>());
        QCOMPARE(countsOf(*m_db, firstDay, endDay, &read), before);
        Counts counted;
        for (const QVariantList &r : rows(u"SELECT kind, premium, severity, policy_id, minute, n FROM response_counts "
                                          "WHERE n <> 0 AND day >= ? AND day < ?"_s,
                                          {firstDay, endDay}))
            counted[{r.at(0).toInt(), r.at(1).toInt() != 0, r.at(2).toString(), r.at(3).toLongLong(),
                     r.at(4).toLongLong()}] += r.at(5).toLongLong();
        QCOMPARE(before, counted);
        FigureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigure(*figure);
        QCOMPARE(figure->rowCount(), expected.size());
        const QHash<QString, QString> severityTitles{
            {u"Critical"_s, u"critical"_s}, {u"High"_s, u"high"_s}, {u"Medium"_s, u"medium"_s}, {u"Low"_s, u"low"_s}};
        for (int row = 0; row < figure->rowCount(); ++row) {
            const QString category = severityTitles.value(figure->categories.at(row), figure->categories.at(row));
            QVERIFY2(expected.contains(category), qPrintable(category));
            const auto &[first, next] = expected.value(category);
            const QList<double> want{double(first.size()), nearestRank(first, 50), nearestRank(first, 90),
                                     double(next.size()),  nearestRank(next, 50),  nearestRank(next, 90)};
            const QList<int> columns{0, 1, 2, 4, 5, 6};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const double got = figure->value(row, columns.at(i));
                const bool same = std::isnan(want.at(i)) ? std::isnan(got) : got == want.at(i);
                QVERIFY2(same,
                         qPrintable(u"round %1, %2, column %3: %4, not %5"_s.arg(round)
                                        .arg(category)
                                        .arg(columns.at(i))
                                        .arg(got)
                                        .arg(want.at(i))));
            }
        }
    }
    // The key names the hours last laid out.
    QSqlQuery key(m_db->connection());
    QVERIFY(key.exec(u"SELECT hours_key FROM response_state"_s) && key.next());
    QCOMPARE(key.value(0).toString(), ResponseWaits::hoursKey(hours));
}

QList<QVariantList> TestResponseWaits::rows(const QString &sql, const QVariantList &binds)
{
    QList<QVariantList> out;
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql))
        return {{q.lastError().text()}};
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return {{q.lastError().text()}};
    while (q.next()) {
        QVariantList row;
        // Numbers as one type: the engines give INTEGER columns as int or qlonglong.
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).typeId() == QMetaType::QString ? q.value(i) : QVariant(q.value(i).toLongLong()));
        out.append(row);
    }
    return out;
}

QList<QVariantList> TestResponseWaits::waitsOf(qint64 ticket)
{
    return rows(u"SELECT kind, wait_ms, ticket_created, premium, severity, policy_id FROM response_waits "
                "WHERE ticket_id = ? ORDER BY kind, wait_ms"_s,
                {ticket});
}

// An import (and a mail fetch: the same two calls) sets the per-message refresh aside and
// works each ticket out once at the end of the batch; the waits and counters must be the
// ones a write of the same rows one at a time keeps.
void TestResponseWaits::R15_anImportStoresTheWaitsOfOneByOneWrites()
{
    const QTimeZone tz("Europe/Berlin");
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, tz);
    const qint64 now = october.toMs() + 40 * dayMs;
    if (!openDatabase(now))
        return;
    BusinessHours hours;
    hours.zone = tz;
    const Status laidOut = ResponseWaits::ensure(*m_db, hours);
    QVERIFY2(laidOut.ok(), qPrintable(laidOut.ok() ? QString() : laidOut.error().detail));

    // Two batches: the second brings later messages of the first one's tickets, as the next
    // page of an incremental export does, and tickets of its own. Messages come in shuffled.
    QRandomGenerator random(19);
    const std::array<std::optional<Severity>, 3> severities{std::nullopt, Severity::High, Severity::Low};
    std::array<QList<ImportRecord>, 2> batches;
    for (int t = 0; t < 60; ++t) {
        ImportTicket ticket;
        ticket.externalId = u"t%1"_s.arg(t);
        ticket.subject = u"Ticket %1"_s.arg(t);
        ticket.status = TicketStatus::Open;
        ticket.severity = severities.at(std::size_t(t % 3));
        ticket.requester = ImportPerson{
            u"c%1"_s.arg(t % 7), u"Customer %1"_s.arg(t % 7), {u"c%1@example.com"_s.arg(t % 7)}, {}, false};
        ticket.createdAt = october.fromMs() + qint64(random.bounded(double(25 * dayMs)));
        ticket.updatedAt = ticket.createdAt;
        QList<ImportMessage> said;
        qint64 at = ticket.createdAt;
        for (int m = 0; m < 3 + random.bounded(8); ++m) {
            const bool fromCustomer = m == 0 || random.bounded(2) == 0;
            said.append({u"t%1-m%2"_s.arg(t).arg(m),
                         fromCustomer ? MessageKind::Customer : MessageKind::Agent,
                         {},
                         u"Message"_s,
                         at});
            at += random.bounded(3) == 0 ? 0 : qint64(random.bounded(double(2 * dayMs)));
        }
        for (qsizetype i = said.size() - 1; i > 0; --i)
            said.swapItemsAt(i, random.bounded(i + 1));
        const qsizetype early = t < 30 ? said.size() / 2 : said.size();
        ticket.messages = said.mid(0, early);
        batches[t < 30 ? 0 : 1].append(ticket);
        if (early < said.size()) {
            ticket.messages = said.mid(early);
            batches[1].append(ticket);
        }
    }
    ImportWriter writer(*m_db, u"zendesk"_s, now);
    QVERIFY(writer.loadKeys().ok());
    ImportSummary summary;
    for (const QList<ImportRecord> &batch : batches) {
        const Status written = writer.write(batch, summary);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    }
    QVERIFY(summary.skipped.isEmpty());
    QCOMPARE(rows(u"SELECT count(*) FROM response_refresh"_s), (QList<QVariantList>{{qlonglong(0)}}));
    QCOMPARE(rows(u"SELECT deferring FROM response_state"_s), (QList<QVariantList>{{qlonglong(0)}}));

    // The same tickets again, each row in its own statement with the refresh on: the
    // messages in the order the import wrote them.
    const QList<QVariantList> imported = rows(u"SELECT id FROM tickets ORDER BY id"_s);
    QCOMPARE(imported.size(), 60);
    int responses = 0;
    for (const QVariantList &row : imported) {
        const qint64 id = row.at(0).toLongLong();
        const qint64 copy = insertReturningId(
            u"INSERT INTO tickets (subject, customer_id, status, channel, severity, first_responded_at, created_at, "
            "updated_at) SELECT subject, customer_id, status, channel, severity, first_responded_at, created_at, "
            "updated_at FROM tickets WHERE id = ?"_s,
            {id});
        QVERIFY(copy > 0);
        for (const QVariantList &message : rows(u"SELECT id FROM messages WHERE ticket_id = ? ORDER BY id"_s, {id}))
            exec(u"INSERT INTO messages (ticket_id, kind, body, created_at) "
                 "SELECT ?, kind, body, created_at FROM messages WHERE id = ?"_s,
                 {copy, message.at(0)});
        const QList<QVariantList> waits = waitsOf(id);
        QCOMPARE(waits, waitsOf(copy));
        responses += int(waits.size());
    }
    QVERIFY2(responses > 45, qPrintable(QString::number(responses)));
    // The counters hold exactly the stored waits.
    QCOMPARE(rows(u"SELECT day, kind, premium, severity, policy_id, minute, n FROM response_counts WHERE n <> 0 "
                  "ORDER BY 1, 2, 3, 4, 5, 6"_s),
             rows(u"SELECT ticket_created / 86400000, kind, premium, severity, policy_id, (wait_ms + 59999) / 60000, "
                  "count(*) FROM response_waits GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"_s));
}

// A day's minutes are "minute:count,..."; anything else is a damaged row, refused whole
// rather than read in part (the reader then says the stored times disagree with their counts).
void TestResponseWaits::R15_aDamagedHistogramIsRefused()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine != DatabaseUrl::Engine::SQLite)
        QSKIP("text only: one engine is enough");
    QList<std::pair<qint64, qint64>> read;
    const auto add = [&read](const ResponseHistograms::Facet &, qint64 minute, qint64 n) { read.append({minute, n}); };
    QVERIFY(ResponseHistograms::parse(u"0:3,17:1,2400:12"_s, {}, add));
    QCOMPARE(read, (QList<std::pair<qint64, qint64>>{{0, 3}, {17, 1}, {2400, 12}}));
    for (const QString &damaged : {u"17"_s, u"17:"_s, u":3"_s, u"17:3;18:1"_s, u"17:-3"_s, u"1x:3"_s,
                                   u"99999999999999999999:1"_s, u"1:99999999999999999999"_s})
        QVERIFY2(!ResponseHistograms::parse(damaged, {}, add), qPrintable(damaged));
}

QTEST_GUILESS_MAIN(TestResponseWaits)
#include "tst_responsewaits.moc"
