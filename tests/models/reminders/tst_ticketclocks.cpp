// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler reads only the ticket clocks that can come due soon (TicketClocks, a few at a
// time for the next due moment); planning over them must give what planning over every open
// ticket's clock gives, at every moment of a week with a weekend and a holiday.
#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderstore.h"
#include "models/reminders/ticketclocks.h"
#include "models/shifts/rosterstore.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");
constexpr qint64 minute = 60'000;
qint64 msk(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}
} // namespace

class TestTicketClocks final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup() { closeDatabase(); }

    void R12_R15_R24_R34_theEarliestClocksPlanAsEveryClock_data();
    void R12_R15_R24_R34_theEarliestClocksPlanAsEveryClock();

private:
    /// Every open ticket's clock, read without ranges: what the planner read before.
    [[nodiscard]] QList<TicketClock> everyClock() const;
};

void TestTicketClocks::init()
{
    if (!openDatabase(msk(2026, 11, 2, 8)))
        return;
    TeamSettingsStore settings(*m_db);
    TeamSettings team = settings.read().value();
    team.hours.zone = moscow;
    QVERIFY(settings.write(team));
    const AgentId anna = addAgent(u"anna"_s, u"Anna"_s);
    const AgentId boris = addAgent(u"boris"_s, u"Boris"_s, AgentRole::Lead);
    const AgentId vera = addAgent(u"vera"_s, u"Vera"_s);
    RosterStore roster(*m_db);
    const auto shifts = roster.templates().value();
    QList<RosterEntry> entries;
    for (QDate day(2026, 11, 2); day <= QDate(2026, 12, 4); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        entries.append({anna, day, shifts.at(0).id, 12 * 60, 0});
        entries.append({boris, day, shifts.at(1).id, 13 * 60, 0});
        if (day.dayOfWeek() != 3)
            entries.append({vera, day, shifts.at(1).id, 14 * 60, 0});
    }
    QVERIFY(roster.assign(entries));
    QVERIFY(roster.setHoliday({QDate(2026, 11, 19), u"Holiday"_s}));

    // Two hundred tickets with clocks scattered over three weeks, answered or not, held or not.
    const QList<AgentId> agents{anna, boris, vera, {}};
    const QStringList statuses{u"open"_s, u"new"_s, u"pending"_s, u"on_hold"_s, u"solved"_s, u"closed"_s};
    quint32 seed = 20261118;
    const auto random = [&seed](quint32 below) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % below;
    };
    const auto moment = [&] { return QVariant(msk(2026, 11, 2, 0) + qint64(random(21 * 24 * 60)) * minute); };
    const auto maybe = [&](int percent) {
        return int(random(100)) < percent ? moment() : QVariant(QMetaType(QMetaType::LongLong));
    };
    TicketStore tickets(*m_db, *m_clock);
    QSqlQuery q(m_db->connection());
    for (int i = 0; i < 200; ++i) {
        const TicketId id = tickets.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"Help"_s}).value();
        const AgentId holder = agents.at(random(4));
        q.prepare(u"UPDATE tickets SET status = ?, assignee_id = ?, assigned_at = ?, reaction_due_at = ?, "
                  "first_response_due_at = ?, first_responded_at = ?, next_response_due_at = ?, "
                  "last_agent_message_at = ? WHERE id = ?"_s);
        q.addBindValue(statuses.at(random(6)));
        q.addBindValue(holder.isValid() ? QVariant(holder.value()) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(holder.isValid() ? moment() : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(maybe(20));
        q.addBindValue(moment());
        q.addBindValue(maybe(50));
        q.addBindValue(maybe(40));
        q.addBindValue(maybe(30));
        q.addBindValue(id.value());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        if (random(10) == 0) {
            q.prepare(u"INSERT INTO messages (created_at, ticket_id, kind, body) VALUES (?, ?, 'note', 'on it')"_s);
            q.addBindValue(moment());
            q.addBindValue(id.value());
            QVERIFY(q.exec());
        }
    }
}

QList<TicketClock> TestTicketClocks::everyClock() const
{
    QSqlQuery q(m_db->connection());
    const bool read =
        q.exec(u"SELECT id, subject, assignee_id, reaction_due_at, CASE WHEN first_responded_at IS NULL THEN "
               u"first_response_due_at END, "
               "next_response_due_at, assigned_at, last_agent_message_at, "
               "(SELECT max(m.created_at) FROM messages m WHERE m.ticket_id = tickets.id AND m.kind = 'note') "
               "FROM tickets WHERE status NOT IN ('solved', 'closed') ORDER BY id"_s);
    if (!read)
        qWarning() << q.lastError().text();
    const auto ms = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional(v.toLongLong()); };
    QList<TicketClock> clocks;
    while (q.next()) {
        TicketClock clock{TicketId(q.value(0).toLongLong()),
                          q.value(1).toString(),
                          AgentId(q.value(2).toLongLong()),
                          ms(q.value(3)),
                          0,
                          ms(q.value(4)),
                          ms(q.value(5)),
                          q.value(2).isNull() ? std::nullopt : ms(q.value(6))};
        clock.lastReactionAt = std::max({q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()});
        clocks.append(clock);
    }
    return clocks;
}

void TestTicketClocks::R12_R15_R24_R34_theEarliestClocksPlanAsEveryClock_data()
{
    QTest::addColumn<bool>("urgentSla");
    QTest::newRow("playbook rules") << false;
    QTest::newRow("R05 urgent SLA and long-held") << true;
}

void TestTicketClocks::R12_R15_R24_R34_theEarliestClocksPlanAsEveryClock()
{
    QFETCH(bool, urgentSla);
    ReminderStore store(*m_db);
    if (urgentSla) {
        for (const RuleKind kind : {RuleKind::SlaDue, RuleKind::LongHeld}) {
            ReminderRule rule = store.rules().value().rule(kind);
            rule.urgent = true;
            QVERIFY(store.writeRule(rule));
        }
    }
    const QList<TicketClock> every = everyClock();
    QVERIFY(every.size() > 50);
    // Every 47 minutes over a week from Monday: shift starts and ends, nights, the weekend and
    // Thursday's holiday; each moment plans the last 47 minutes' deliveries and the next one.
    const qint64 step = 47 * minute;
    int deliveries = 0;
    for (qint64 now = msk(2026, 11, 16, 0, 5); now < msk(2026, 11, 24, 0); now += step) {
        auto windowed = store.snapshot(now - step, now);
        QVERIFY(windowed);
        PlanSnapshot full = *windowed;
        full.tickets = every;
        const auto due = ReminderPlanner::between(*windowed, now - step, now);
        QCOMPARE(due, ReminderPlanner::between(full, now - step, now));
        deliveries += int(due.size());
        QVERIFY(windowed->tickets.size() <= every.size());
        const auto expected = ReminderPlanner::nextDue(full, now);
        const auto next = store.nextDue(*windowed, now);
        QVERIFY(next);
        QCOMPARE(*next, expected);
        // Reading one clock at a time, the limit grows until nothing left out could come first.
        QCOMPARE(store.nextDue(*windowed, now, ReminderPlanner::defaultHorizonMs, 1).value(), expected);
    }
    QVERIFY(deliveries > 100);
}

QTEST_GUILESS_MAIN(TestTicketClocks)
#include "tst_ticketclocks.moc"
