// SPDX-License-Identifier: GPL-3.0-or-later
// R15, R34: the response times of the Response view, against hand-computed business hours.
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/analytics/figuretablemodel.h"
#include "models/analytics/workingtimeline.h"
#include "models/shifts/shiftmath.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3'600'000;
const QTimeZone berlin("Europe/Berlin");

// A wall-clock time in Berlin; October 25th 2026 is the last Sunday, when summer time ends.
qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), berlin).toMSecsSinceEpoch();
}

BusinessHours berlinHours()
{
    BusinessHours hours;
    hours.zone = berlin;
    return hours;
}

} // namespace

class TestResponseTimes final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void timelineAgreesWithBusinessHours();
    void R15_mediansAndP90InBusinessHours();
    void R34_theSlaTargetIsThePolicysForTheSeverity();
    void emptyPeriodHasNoRows();

private:
    qint64 insertReturningId(const QString &sql, const QVariantList &binds);
    void addMessage(qint64 ticket, const QString &kind, qint64 createdAt);
};

qint64 TestResponseTimes::insertReturningId(const QString &sql, const QVariantList &binds)
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

void TestResponseTimes::addMessage(qint64 ticket, const QString &kind, qint64 createdAt)
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (?, ?, ?, ?)"_s));
    q.addBindValue(ticket);
    q.addBindValue(kind);
    q.addBindValue(u"Message"_s);
    q.addBindValue(createdAt);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestResponseTimes::timelineAgreesWithBusinessHours()
{
    // Across the end of summer time, a weekend and a holiday: the table and the day walk
    // of BusinessHours give the same milliseconds for any two instants.
    BusinessHours hours = berlinHours();
    hours.holidays.insert(QDate(2026, 10, 28));
    const qint64 from = at(10, 20, 0);
    const qint64 to = at(11, 3, 0);
    const WorkingTimeline timeline(hours, from, to);
    QCOMPARE(timeline.msBetween(at(10, 23, 18), at(10, 26, 10)), 2 * hourMs);
    QCOMPARE(timeline.msBetween(at(10, 27, 18), at(10, 29, 10)), 2 * hourMs); // the holiday counts nothing
    QRandomGenerator random(16);
    for (int i = 0; i < 2000; ++i) {
        const qint64 a = from + qint64(random.bounded(double(to - from)));
        const qint64 b = from + qint64(random.bounded(double(to - from)));
        QCOMPARE(timeline.msBetween(a, b), Shifts::businessMsBetween(hours, a, b));
    }
}

void TestResponseTimes::R15_mediansAndP90InBusinessHours()
{
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, berlin);
    const qint64 now = at(11, 20, 12);
    if (!openDatabase(now))
        return;
    // Two policies in business hours and one that runs round the clock (R34).
    const QString policySql = u"INSERT INTO sla_policies (name, first_response_minutes, next_response_minutes, "
                              "business_hours, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s;
    const qint64 gold = insertReturningId(policySql, {u"Gold"_s, 60, 120, true});
    const qint64 basic = insertReturningId(policySql, {u"Basic"_s, 240, 480, true});
    const qint64 always = insertReturningId(policySql, {u"Always"_s, 30, 60, false});
    const QString customerSql =
        u"INSERT INTO customers (display_name, tier, created_at, updated_at) VALUES (?, ?, 0, 0)"_s;
    const qint64 premium = insertReturningId(customerSql, {u"Premium Ltd"_s, u"premium"_s});
    const qint64 standard = insertReturningId(customerSql, {u"Standard Ltd"_s, u"standard"_s});
    QVERIFY(gold > 0 && basic > 0 && always > 0 && premium > 0 && standard > 0);

    QList<Test::PlainTicket> tickets;
    auto ticket = [&](qint64 id, qint64 created, std::optional<qint64> answered, const QString &severity,
                      std::optional<qint64> customer, qint64 policy) {
        Test::PlainTicket t;
        t.id = id;
        t.createdAt = created;
        t.firstRespondedAt = answered;
        t.severity = severity;
        t.customer = customer;
        t.slaPolicy = policy;
        t.status = answered ? u"open"_s : u"new"_s;
        tickets.append(t);
    };
    // 1: Friday 18:00 (summer time) to Monday 10:00 (winter time): 1 h + 1 h, not 65 h.
    ticket(1, at(10, 23, 18), at(10, 26, 10), u"high"_s, premium, gold);
    // 2: Tuesday 18:30 to Wednesday 09:30: the night does not count, 1 h.
    ticket(2, at(10, 6, 18, 30), at(10, 7, 9, 30), u"low"_s, std::nullopt, basic);
    // 3: round the clock, 22:00 to 01:00: 3 h of wall-clock time (none of them working).
    ticket(3, at(10, 6, 22), at(10, 7, 1), u"critical"_s, standard, always);
    // 4: never answered: counted nowhere.
    ticket(4, at(10, 8, 10), std::nullopt, u"high"_s, premium, gold);
    // 5: answered within the hour, then two next responses: 3 h and 1 h over a night.
    ticket(5, at(10, 14, 10), at(10, 14, 11), u"high"_s, premium, gold);
    // 6: November: another period.
    ticket(6, at(11, 2, 10), at(11, 2, 11), u"high"_s, premium, gold);
    Test::writeTickets(*m_db, tickets);
    addMessage(5, u"customer"_s, at(10, 14, 10));
    addMessage(5, u"agent"_s, at(10, 14, 11));
    addMessage(5, u"customer"_s, at(10, 14, 12));
    addMessage(5, u"note"_s, at(10, 14, 12, 10)); // an internal note answers nobody
    addMessage(5, u"customer"_s, at(10, 14, 12, 30)); // still waiting since 12:00
    addMessage(5, u"agent"_s, at(10, 14, 15));
    addMessage(5, u"customer"_s, at(10, 14, 18, 30));
    addMessage(5, u"agent"_s, at(10, 15, 9, 30));
    addMessage(2, u"customer"_s, at(10, 6, 18, 30));
    addMessage(2, u"agent"_s, at(10, 7, 9, 30)); // the first response, not a next one
    addMessage(4, u"customer"_s, at(10, 8, 10));

    const auto figure = Analytics(*m_db, berlinHours(), now).responseTimes(october);
    QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().detail));
    FigureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFigure(*figure);

    // Rows: category, answered, first median, first p90, first target, next count, next median, next p90, next target.
    const double none = std::nan("");
    struct Expected
    {
        QString category;
        QList<double> values;
    };
    const QList<Expected> expected{
        // First responses 1, 1, 2, 3 h: median (nearest rank 2 of 4) 1 h, p90 (rank 4) 3 h.
        {u"All"_s, {4, 1, 3, none, 2, 1, 3, none}},
        {u"Premium customers"_s, {2, 1, 2, 1, 2, 1, 3, 2}},
        // Two policies: no one target.
        {u"Standard customers"_s, {2, 1, 3, none, 0, none, none, none}},
        {u"Critical"_s, {1, 3, 3, 0.5, 0, none, none, 1}},
        {u"High"_s, {2, 1, 2, 1, 2, 1, 3, 2}},
        {u"Low"_s, {1, 1, 1, 4, 0, none, none, 8}},
    };
    QCOMPARE(figure->rowCount(), expected.size());
    for (int row = 0; row < figure->rowCount(); ++row) {
        QCOMPARE(figure->categories.at(row), expected.at(row).category);
        for (int column = 0; column < expected.at(row).values.size(); ++column) {
            const double want = expected.at(row).values.at(column);
            const double got = figure->value(row, column);
            if (std::isnan(want))
                QVERIFY2(std::isnan(got), qPrintable(u"row %1 column %2: %3"_s.arg(row).arg(column).arg(got)));
            else
                QVERIFY2(std::abs(got - want) < 1e-9,
                         qPrintable(u"row %1 column %2: %3, not %4"_s.arg(row).arg(column).arg(got).arg(want)));
        }
        // A click on the row lists exactly its answered tickets.
        const QString query = figure->query(row, 0);
        QVERIFY(!query.isEmpty());
        QCOMPARE(Test::countSearch(*m_db, query, now), qint64(figure->value(row, 0)));
    }
    QCOMPARE(model.index(0, 4).data().toString(), u"\u2013"_s); // no target for mixed policies
}

void TestResponseTimes::R34_theSlaTargetIsThePolicysForTheSeverity()
{
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, berlin);
    const qint64 now = at(11, 20, 12);
    if (!openDatabase(now))
        return;
    // Gold answers a critical ticket within 15 minutes, anything else within the hour.
    const qint64 gold =
        insertReturningId(u"INSERT INTO sla_policies (name, first_response_minutes, next_response_minutes, "
                          "business_hours, created_at, updated_at) VALUES ('Gold', 60, 120, ?, 0, 0)"_s,
                          {true});
    const qint64 premium = insertReturningId(u"INSERT INTO customers (display_name, tier, created_at, updated_at) "
                                             "VALUES ('Premium Ltd', 'premium', 0, 0)"_s,
                                             {});
    QVERIFY(gold > 0 && premium > 0);
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO sla_targets (policy_id, severity, first_response_minutes, next_response_minutes) "
              "VALUES (?, 'critical', 15, 45)"_s);
    q.addBindValue(gold);
    QVERIFY(q.exec());
    QList<Test::PlainTicket> tickets;
    for (const auto &[id, severity] :
         {std::pair{1, u"critical"_s}, std::pair{2, u"high"_s}, std::pair{3, u"critical"_s}}) {
        Test::PlainTicket t;
        t.id = id;
        t.createdAt = at(10, 6 + id, 10);
        t.firstRespondedAt = at(10, 6 + id, 10, 30);
        t.severity = severity;
        t.customer = premium;
        t.slaPolicy = gold;
        t.status = u"open"_s;
        tickets.append(t);
    }
    Test::writeTickets(*m_db, tickets);
    const auto figure = Analytics(*m_db, berlinHours(), now).responseTimes(october);
    QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().detail));
    // Column 3: the first response's target, column 7: the next one's; in hours.
    const QHash<QString, std::pair<double, double>> targets{
        {u"Critical"_s, {0.25, 0.75}},
        {u"High"_s, {1, 2}},
    };
    int checked = 0;
    for (int row = 0; row < figure->rowCount(); ++row) {
        const QString category = figure->categories.at(row);
        if (category == u"Premium customers"_s) {
            // One policy, two targets: no one target to show.
            QVERIFY(std::isnan(figure->value(row, 3)));
            QVERIFY(std::isnan(figure->value(row, 7)));
            ++checked;
        } else if (targets.contains(category)) {
            QCOMPARE(figure->value(row, 3), targets.value(category).first);
            QCOMPARE(figure->value(row, 7), targets.value(category).second);
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
}

void TestResponseTimes::emptyPeriodHasNoRows()
{
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, berlin);
    if (!openDatabase(october.toMs()))
        return;
    Test::PlainTicket unanswered;
    unanswered.id = 1;
    unanswered.createdAt = at(10, 5, 10);
    Test::writeTickets(*m_db, {unanswered});
    const auto figure = Analytics(*m_db, berlinHours(), october.toMs()).responseTimes(october);
    QVERIFY(figure.ok());
    QCOMPARE(figure->rowCount(), 0);
    QVERIFY(figure->isEmpty());
}

QTEST_GUILESS_MAIN(TestResponseTimes)
#include "tst_responsetimes.moc"
