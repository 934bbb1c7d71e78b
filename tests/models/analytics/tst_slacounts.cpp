// SPDX-License-Identifier: GPL-3.0-or-later
// The Response view's breaches read the day counters of migration 037 and, for the tickets
// not answered yet, the tickets themselves: each figure is checked here against a recount
// of the rows the test wrote, after inserts, changes by plain SQL (answered, unanswered,
// a new severity or policy, merged, deleted; one row and many rows a statement) and on
// periods whose edges fall inside a UTC day, across a DST change.
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"
#include "tests/support/enginetest.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>
#include <ranges>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

struct Expected
{
    qint64 tickets = 0;
    qint64 answered = 0;
    qint64 firstLate = 0;
    qint64 reactionLate = 0;
};

// Late: answered after the due time, or not answered and the due time already past.
bool late(const std::optional<qint64> &due, const std::optional<qint64> &answered, qint64 now)
{
    return due && (answered ? *answered > *due : *due < now);
}

} // namespace

class TestSlaCounts final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void R12_R15_breachesMatchARecount_data();
    void R12_R15_breachesMatchARecount();

private:
    bool run(const QString &sql, const QVariantList &binds = {});
    void check(const Analytics &analytics, const AnalyticsPeriod &period, const QList<Test::PlainTicket> &tickets,
               const QHash<qint64, QString> &policyNames, qint64 now);
};

void TestSlaCounts::R12_R15_breachesMatchARecount_data()
{
    Test::addCounterPeriods(150);
}

bool TestSlaCounts::run(const QString &sql, const QVariantList &binds)
{
    return Test::runSql(*m_db, sql, binds);
}

void TestSlaCounts::check(const Analytics &analytics, const AnalyticsPeriod &period,
                          const QList<Test::PlainTicket> &tickets, const QHash<qint64, QString> &policyNames,
                          qint64 now)
{
    std::map<QString, Expected> perPolicy; // name ("" none) -> counts
    std::map<QString, Expected> perSeverity;
    for (const Test::PlainTicket &t : tickets) {
        if (t.mergedInto || t.createdAt < period.fromMs() || t.createdAt >= period.toMs())
            continue;
        for (Expected *e :
             {&perPolicy[t.slaPolicy ? policyNames.value(*t.slaPolicy) : QString()], &perSeverity[t.severity]}) {
            ++e->tickets;
            e->answered += t.firstRespondedAt ? 1 : 0;
            e->firstLate += late(t.firstResponseDue, t.firstRespondedAt, now) ? 1 : 0;
            e->reactionLate += late(t.reactionDue, t.firstRespondedAt, now) ? 1 : 0;
        }
    }

    // R15, R34: per policy, "No policy" first, then by name.
    const auto responses = analytics.firstResponses(period);
    QVERIFY2(responses.ok(), qPrintable(responses.ok() ? QString() : responses.error().detail));
    QCOMPARE(responses->rowCount(), int(perPolicy.size()));
    int row = 0;
    for (const auto &[name, e] : perPolicy) {
        QCOMPARE(responses->categories.at(row), name.isEmpty() ? u"No policy"_s : name);
        QCOMPARE(qint64(responses->value(row, 0)), e.tickets);
        QCOMPARE(qint64(responses->value(row, 1)), e.answered);
        QCOMPARE(qint64(responses->value(row, 2)), e.firstLate);
        ++row;
    }

    // R12, R28: per severity, the most severe first, not rated last.
    const auto severities = analytics.breachesBySeverity(period);
    QVERIFY2(severities.ok(), qPrintable(severities.ok() ? QString() : severities.error().detail));
    row = 0;
    auto expectRow = [&](const QString &category, const Expected &e) {
        QVERIFY(row < severities->rowCount());
        QCOMPARE(severities->categories.at(row), category);
        QCOMPARE(qint64(severities->value(row, 0)), e.tickets);
        QCOMPARE(qint64(severities->value(row, 1)), e.firstLate);
        QCOMPARE(qint64(severities->value(row, 2)), e.reactionLate);
        ++row;
    };
    for (const auto &[severity, latin1Name] : std::views::reverse(severityNames.items)) {
        if (const auto found = perSeverity.find(QString::fromLatin1(latin1Name)); found != perSeverity.end())
            expectRow(TicketTriage::severityText(severity), found->second);
        if (QTest::currentTestFailed())
            return;
    }
    if (const auto found = perSeverity.find(QString()); found != perSeverity.end())
        expectRow(Analytics::tr("Not rated"), found->second);
    QCOMPARE(severities->rowCount(), row);
}

void TestSlaCounts::R12_R15_breachesMatchARecount()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, rows);
    BusinessHours hours;
    hours.zone = QTimeZone(zone);
    const AnalyticsPeriod period = AnalyticsPeriod::custom(first, last, hours.zone);
    // "Now" inside the period, off an hour's edge: of the unanswered tickets, some are past
    // their due time and some not yet; tickets after it are not late at all.
    const qint64 now = period.fromMs() + (period.toMs() - period.fromMs()) / 2 + 17 * minuteMs;
    if (!openDatabase(now))
        return;
    QHash<qint64, QString> policyNames;
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, name FROM sla_policies"_s));
        while (q.next())
            policyNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QVERIFY(!policyNames.isEmpty());
    const QList<qint64> policies = policyNames.keys();

    QList<Test::PlainTicket> tickets;
    if (rows > 0) {
        const qint64 spread = 10 * dayMs;
        tickets = Test::randomTickets(rows, period.fromMs() - spread, period.toMs() + spread, {}, 37);
        // On the period's first and last milliseconds and just outside them.
        for (const qint64 at : {period.fromMs() - 1, period.fromMs(), period.toMs() - 1, period.toMs()}) {
            if (rows > 1)
                tickets.append(Test::randomTickets(1, at, at + 1, {}, quint32(at % 1000), tickets.size() + 1));
        }
        QRandomGenerator random{quint32(rows)};
        for (Test::PlainTicket &t : tickets) {
            if (random.bounded(4) > 0)
                t.slaPolicy = policies.at(random.bounded(int(policies.size())));
            if (t.reactionDue && random.bounded(3) == 0) // answered before the reaction was due
                t.firstRespondedAt = t.createdAt + 30 * minuteMs;
        }
    }
    Test::writeTickets(*m_db, tickets);
    if (QTest::currentTestFailed())
        return;
    const Analytics analytics(*m_db, hours, now);
    check(analytics, period, tickets, policyNames, now);
    if (QTest::currentTestFailed() || tickets.isEmpty())
        return;

    // Changes by plain statements, one row each: the counters follow every counted column.
    QRandomGenerator random(quint32(rows) + 11);
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        Test::PlainTicket &t = tickets[i];
        switch (random.bounded(7)) {
        case 0: // answered now, late or in time
            t.firstRespondedAt = t.createdAt + qint64(random.bounded(6 * hourMs));
            QVERIFY(run(u"UPDATE tickets SET first_responded_at = ? WHERE id = ?"_s, {*t.firstRespondedAt, t.id}));
            break;
        case 1: // the answer taken back (a hand edit): unanswered again
            t.firstRespondedAt.reset();
            QVERIFY(run(u"UPDATE tickets SET first_responded_at = NULL WHERE id = ?"_s, {t.id}));
            break;
        case 2: // rated critical: a reaction is due
            t.severity = u"critical"_s;
            t.reactionDue = t.createdAt + hourMs;
            QVERIFY(run(u"UPDATE tickets SET severity = ?, reaction_due_at = ? WHERE id = ?"_s,
                        {t.severity, *t.reactionDue, t.id}));
            break;
        case 3: // another policy, or none
            t.slaPolicy = random.bounded(3) == 0
                ? std::nullopt
                : std::optional<qint64>(policies.at(random.bounded(int(policies.size()))));
            QVERIFY(run(u"UPDATE tickets SET sla_policy_id = ? WHERE id = ?"_s, {optional(t.slaPolicy), t.id}));
            break;
        case 4: // merged into the first ticket, or taken out of a merge
            if (t.mergedInto) {
                t.mergedInto.reset();
                QVERIFY(run(u"UPDATE tickets SET merged_into_id = NULL WHERE id = ?"_s, {t.id}));
            } else if (t.id != tickets.first().id) {
                t.mergedInto = tickets.first().id;
                QVERIFY(run(u"UPDATE tickets SET merged_into_id = ? WHERE id = ?"_s, {*t.mergedInto, t.id}));
            }
            break;
        default:
            break;
        }
    }
    // Deleted by hand (nothing merged into them), and one statement over many rows:
    // PostgreSQL's statement triggers see them together.
    for (qsizetype i = tickets.size() - 1; i > 0; i -= 5) {
        const qint64 id = tickets.at(i).id;
        if (std::ranges::any_of(tickets, [id](const auto &t) { return t.mergedInto == id; }))
            continue;
        QVERIFY(run(u"DELETE FROM tickets WHERE id = ?"_s, {id}));
        tickets.removeAt(i);
    }
    QVERIFY(
        run(u"UPDATE tickets SET first_response_due_at = first_response_due_at + ? WHERE id % 3 = 0"_s, {2 * hourMs}));
    for (Test::PlainTicket &t : tickets) {
        if (t.id % 3 == 0 && t.firstResponseDue)
            *t.firstResponseDue += 2 * hourMs;
    }
    check(analytics, period, tickets, policyNames, now);
}

QTEST_GUILESS_MAIN(TestSlaCounts)
#include "tst_slacounts.moc"
