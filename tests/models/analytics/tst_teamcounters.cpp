// SPDX-License-Identifier: GPL-3.0-or-later
// The Load and Bug reports figures read the day counters of migration 036: each is checked
// here against a recount of the rows the test wrote, after bulk inserts, changes and
// deletions by plain SQL (as a hand edit or another build would make them), on periods
// whose edges fall inside a UTC day, across a DST change.
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/bugreports/bugreport.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/ticket.h"
#include "tests/support/enginetest.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <map>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

struct PlainEvent
{
    qint64 ticket = 0;
    std::optional<qint64> agent;
    QString kind;
    QString newValue;
    qint64 createdAt = 0;
};

struct PlainBugReport
{
    qint64 id = 0;
    QString status;
    QString reason; ///< the whole verdict text
    std::optional<qint64> area;
    QString severity;
    qint64 createdAt = 0;
};

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

bool inPeriod(qint64 at, const AnalyticsPeriod &period)
{
    return at >= period.fromMs() && at < period.toMs();
}

} // namespace

class TestTeamCounters final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void periods_data();
    void R19_R24_loadMatchesARecount_data() { periods_data(); }
    void R19_R24_loadMatchesARecount();
    void R26_bugReportsMatchARecount_data() { periods_data(); }
    void R26_bugReportsMatchARecount();

private:
    bool run(const QString &sql, const QVariantList &binds = {});
    /// Several rows in one statement: PostgreSQL's statement triggers see them together.
    bool insertEvents(const QList<PlainEvent> &events);
    bool insertBugReports(const QList<PlainBugReport> &reports);
    [[nodiscard]] AnalyticsPeriod period(BusinessHours &hours) const;
};

void TestTeamCounters::periods_data()
{
    Test::addCounterPeriods(120);
}

AnalyticsPeriod TestTeamCounters::period(BusinessHours &hours) const
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    hours.zone = QTimeZone(zone);
    return AnalyticsPeriod::custom(first, last, hours.zone);
}

bool TestTeamCounters::run(const QString &sql, const QVariantList &binds)
{
    return Test::runSql(*m_db, sql, binds);
}

bool TestTeamCounters::insertEvents(const QList<PlainEvent> &events)
{
    if (events.isEmpty())
        return true;
    QStringList rows;
    QVariantList binds;
    for (const PlainEvent &e : events) {
        rows.append(u"(?, ?, ?, ?, ?)"_s);
        binds << e.ticket << optional(e.agent) << e.kind << optionalText(e.newValue) << e.createdAt;
    }
    return run(u"INSERT INTO ticket_events (ticket_id, agent_id, kind, new_value, created_at) VALUES "_s
                   + rows.join(u", "_s),
               binds);
}

bool TestTeamCounters::insertBugReports(const QList<PlainBugReport> &reports)
{
    if (reports.isEmpty())
        return true;
    QStringList rows;
    QVariantList binds;
    for (const PlainBugReport &b : reports) {
        rows.append(u"(?, ?, ?, ?, ?, ?, ?, ?)"_s);
        binds << b.id << u"Report %1"_s.arg(b.id) << b.status << optionalText(b.reason) << optional(b.area)
              << optionalText(b.severity) << b.createdAt << b.createdAt;
    }
    return run(u"INSERT INTO bug_reports (id, title, status, verdict_reason, product_area_id, severity, created_at, "
               "updated_at) VALUES "_s
                   + rows.join(u", "_s),
               binds);
}

void TestTeamCounters::R19_R24_loadMatchesARecount()
{
    QFETCH(int, rows);
    BusinessHours hours;
    const AnalyticsPeriod period = this->period(hours);
    // "Now" inside the tickets' time, off a day's edge: some are held long, some not yet.
    const qint64 now = period.toMs() + 2 * dayMs + 5 * hourMs + 17 * minuteMs;
    if (!openDatabase(now))
        return;
    const QList<qint64> agents{addAgent(u"anna"_s, u"Anna Berg"_s).value(),
                               addAgent(u"boris"_s, u"Boris Ivanov"_s).value(),
                               addAgent(u"vera"_s, u"Vera Sokolova"_s).value()};
    QVERIFY(run(u"UPDATE agents SET active = ? WHERE id = ?"_s, {false, agents.at(2)})); // not listed

    // Tickets (held now, reopened, merged) with their holders since a random time.
    const qint64 spread = 10 * dayMs;
    QList<Test::PlainTicket> tickets =
        Test::randomTickets(std::max(rows, 4), period.fromMs() - spread, period.toMs() + spread, agents, 36);
    Test::writeTickets(*m_db, tickets);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        run(u"UPDATE tickets SET assigned_at = created_at + (id % 9) * ? WHERE assignee_id IS NOT NULL"_s, {dayMs}));

    // Events: taken (assignment or takeover to the agent who made it), assigned to another
    // (not taken), handed off, escalated, and kinds that do not count; on the period's edges too.
    QRandomGenerator random(rows + 7);
    static const QStringList kinds{u"assignment"_s, u"takeover"_s, u"handoff"_s, u"escalation"_s, u"status"_s};
    QList<PlainEvent> events;
    auto randomEvent = [&](qint64 at) {
        PlainEvent e;
        e.ticket = tickets.at(random.bounded(int(tickets.size()))).id;
        e.kind = kinds.at(random.bounded(int(kinds.size())));
        if (random.bounded(8) > 0)
            e.agent = agents.at(random.bounded(int(agents.size())));
        const qint64 to = random.bounded(3) == 0 ? agents.at(random.bounded(int(agents.size()))) : e.agent.value_or(0);
        e.newValue = QString::number(to);
        e.createdAt = at;
        return e;
    };
    for (int i = 0; i < rows * 3; ++i)
        events.append(randomEvent(period.fromMs() - spread
                                  + qint64(random.bounded(double(period.toMs() - period.fromMs() + 2 * spread)))));
    if (rows > 0) {
        for (const qint64 at : {period.fromMs() - 1, period.fromMs(), period.toMs() - 1, period.toMs()}) {
            PlainEvent e = randomEvent(at);
            e.agent = agents.at(0);
            e.kind = u"takeover"_s;
            e.newValue = QString::number(agents.at(0));
            events.append(e);
        }
    }
    // Half in one statement, the rest one by one.
    QVERIFY(insertEvents(events.mid(0, events.size() / 2)));
    for (const PlainEvent &e : events.mid(events.size() / 2))
        QVERIFY(insertEvents({e}));

    // Changed and deleted by hand: an event moved over a day's edge, one given to another
    // agent, one of another kind; every tenth deleted; one ticket deleted, its events by the
    // foreign key's cascade.
    QVERIFY(run(u"UPDATE ticket_events SET created_at = created_at + ? WHERE id % 7 = 1"_s, {13 * hourMs}));
    QVERIFY(run(u"UPDATE ticket_events SET agent_id = ? WHERE id % 11 = 2"_s, {agents.at(1)}));
    QVERIFY(run(u"UPDATE ticket_events SET kind = 'handoff' WHERE id % 13 = 3"_s));
    QVERIFY(run(u"DELETE FROM ticket_events WHERE id % 10 = 4"_s));
    // Handed to another, assigned again later, reopened and solved: held now follows the tickets.
    QVERIFY(run(u"UPDATE tickets SET assignee_id = ? WHERE id % 6 = 2 AND assignee_id IS NOT NULL"_s, {agents.at(1)}));
    QVERIFY(run(u"UPDATE tickets SET assigned_at = assigned_at + ? WHERE id % 4 = 1"_s, {30 * hourMs}));
    QVERIFY(run(u"UPDATE tickets SET assigned_at = NULL WHERE id % 17 = 3"_s));
    QVERIFY(run(u"UPDATE tickets SET status = CASE WHEN status = 'solved' THEN 'open' ELSE 'solved' END "
                "WHERE id % 5 = 0 AND merged_into_id IS NULL"_s));
    const qint64 gone = tickets.constLast().id;
    QVERIFY(run(u"UPDATE tickets SET merged_into_id = NULL WHERE merged_into_id = ?"_s, {gone}));
    QVERIFY(run(u"DELETE FROM ticket_tags WHERE ticket_id = ?"_s, {gone}));
    QVERIFY(run(u"DELETE FROM tickets WHERE id = ?"_s, {gone}));

    // The recount, from every row as it now is.
    const qint64 threshold = LongHeld::threshold(now, hours, 3);
    std::map<qint64, std::array<qint64, 4>> expected;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT assignee_id, status, assigned_at FROM tickets WHERE assignee_id IS NOT NULL"_s));
    while (q.next()) {
        const QString status = q.value(1).toString();
        if (status == u"solved" || status == u"closed")
            continue;
        auto &row = expected[q.value(0).toLongLong()];
        ++row[0];
        row[1] += !q.value(2).isNull() && q.value(2).toLongLong() < threshold ? 1 : 0;
    }
    QVERIFY(q.exec(u"SELECT agent_id, kind, new_value, created_at FROM ticket_events WHERE agent_id IS NOT NULL"_s));
    while (q.next()) {
        const qint64 agent = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        if (!inPeriod(q.value(3).toLongLong(), period))
            continue;
        if ((kind == u"assignment" || kind == u"takeover") && q.value(2).toString() == QString::number(agent))
            ++expected[agent][2];
        else if (kind == u"handoff" || kind == u"escalation")
            ++expected[agent][3];
    }
    q.finish();

    const auto load = Analytics(*m_db, hours, now).load(period, 3);
    QVERIFY2(load.ok(), qPrintable(load.ok() ? QString() : load.error().detail));
    bool any = false;
    for (const qint64 agent : agents.mid(0, 2)) {
        for (const qint64 n : expected[agent])
            any = any || n > 0;
    }
    QCOMPARE(load->rowCount(), any ? 2 : 0); // the inactive agent is not listed
    for (int i = 0; i < load->rowCount(); ++i) {
        const qint64 agent = load->categories.at(i) == u"Anna Berg" ? agents.at(0) : agents.at(1);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(qint64(load->value(i, c)), expected[agent].at(std::size_t(c)));
    }
}

void TestTeamCounters::R26_bugReportsMatchARecount()
{
    QFETCH(int, rows);
    if (!openDatabase())
        return;
    BusinessHours hours;
    const AnalyticsPeriod period = this->period(hours);
    QVERIFY(run(u"INSERT INTO product_areas (id, name) VALUES (1, 'Billing'), (2, 'API')"_s));

    static const QStringList statuses{u"draft"_s, u"submitted"_s, u"accepted"_s, u"declined"_s};
    // Known reasons, one with a second line, and free text (shown as it is).
    static const QStringList reasons{u"duplicate"_s, u"as_designed\nsee the manual"_s, u"cannot_reproduce"_s,
                                     u"Not ours: the host's mail server"_s, QString()};
    static const QStringList severities{QString(), u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
    QRandomGenerator random(rows + 26);
    const qint64 spread = 10 * dayMs;
    QList<PlainBugReport> reports;
    auto randomReport = [&](qint64 at) {
        PlainBugReport b;
        b.id = reports.size() + 1;
        b.status = statuses.at(random.bounded(int(statuses.size())));
        b.reason = reasons.at(random.bounded(int(reasons.size())));
        if (random.bounded(3) > 0)
            b.area = 1 + random.bounded(2);
        b.severity = severities.at(random.bounded(int(severities.size())));
        b.createdAt = at;
        return b;
    };
    for (int i = 0; i < rows; ++i)
        reports.append(randomReport(period.fromMs() - spread
                                    + qint64(random.bounded(double(period.toMs() - period.fromMs() + 2 * spread)))));
    if (rows > 1) {
        for (const qint64 at : {period.fromMs() - 1, period.fromMs(), period.toMs() - 1, period.toMs()}) {
            PlainBugReport b = randomReport(at);
            b.status = u"declined"_s;
            b.reason = u"duplicate"_s;
            reports.append(b);
        }
    }
    QVERIFY(insertBugReports(reports.mid(0, reports.size() / 2)));
    for (const PlainBugReport &b : reports.mid(reports.size() / 2))
        QVERIFY(insertBugReports({b}));

    // The verdict, area, severity and time change by hand; some are deleted; a version-only
    // write changes nothing counted.
    QVERIFY(run(u"UPDATE bug_reports SET status = 'declined', verdict_reason = 'update_version' WHERE id % 6 = 1"_s));
    QVERIFY(run(u"UPDATE bug_reports SET status = 'submitted' WHERE id % 9 = 2"_s));
    QVERIFY(run(u"UPDATE bug_reports SET product_area_id = NULL, severity = 'high' WHERE id % 5 = 3"_s));
    QVERIFY(run(u"UPDATE bug_reports SET created_at = created_at + ? WHERE id % 7 = 4"_s, {20 * hourMs}));
    QVERIFY(run(u"UPDATE bug_reports SET version = version + 1, updated_at = updated_at + 1"_s));
    QVERIFY(run(u"DELETE FROM bug_reports WHERE id % 8 = 5"_s));

    std::map<QString, qint64> expectedVerdicts;
    std::map<QString, std::array<qint64, 5>> expectedAreas;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT b.status, b.verdict_reason, p.name, b.severity, b.created_at FROM bug_reports b "
                   "LEFT JOIN product_areas p ON p.id = b.product_area_id"_s));
    while (q.next()) {
        const QString status = q.value(0).toString();
        if (status == u"draft" || !inPeriod(q.value(4).toLongLong(), period))
            continue;
        if (status == u"declined") {
            const QString reason = q.value(1).toString().section(u'\n', 0, 0);
            const auto known = declineReasonNames.parse(reason);
            ++expectedVerdicts[Analytics::tr("Declined: %1").arg(known ? declineReasonText(*known) : reason)];
        } else {
            ++expectedVerdicts[bugReportStatusText(*bugReportStatusNames.parse(status))];
        }
        const QString area = q.value(2).isNull() ? Analytics::tr("No area") : q.value(2).toString();
        const auto severity = severityNames.parse(q.value(3).toString());
        ++expectedAreas[area][severity ? std::size_t(*severity) : 4];
    }
    q.finish();

    const Analytics analytics(*m_db, hours, 0);
    const auto verdicts = analytics.bugVerdicts(period);
    QVERIFY2(verdicts.ok(), qPrintable(verdicts.ok() ? QString() : verdicts.error().detail));
    std::map<QString, qint64> actualVerdicts;
    for (int i = 0; i < verdicts->rowCount(); ++i) {
        QVERIFY(!actualVerdicts.contains(verdicts->categories.at(i))); // one row per reason
        actualVerdicts[verdicts->categories.at(i)] = qint64(verdicts->value(i, 0));
    }
    QCOMPARE(actualVerdicts, expectedVerdicts);

    const auto areas = analytics.bugAreas(period);
    QVERIFY2(areas.ok(), qPrintable(areas.ok() ? QString() : areas.error().detail));
    std::map<QString, std::array<qint64, 5>> actualAreas;
    for (int i = 0; i < areas->rowCount(); ++i) {
        for (int c = 0; c < 5; ++c)
            actualAreas[areas->categories.at(i)][std::size_t(c)] = qint64(areas->value(i, c));
    }
    QCOMPARE(actualAreas, expectedAreas);
    // Named areas in order, the reports of no area last.
    if (areas->rowCount() > 0 && expectedAreas.contains(Analytics::tr("No area")))
        QCOMPARE(areas->categories.constLast(), Analytics::tr("No area"));
}

QTEST_GUILESS_MAIN(TestTeamCounters)
#include "tst_teamcounters.moc"
