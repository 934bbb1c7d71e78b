// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketclocks.h"

#include "models/reminders/reminderplanner.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

// An instant before every one whose R24 moment (ReminderPlanner::longHeldAt()) is after `ms`:
// a ticket taken on the day after the working day `businessDays` + 1 back (Friday, for
// Wednesday and three days) is held long on `ms`'s day; a day more for the time of day.
qint64 heldSinceBound(const BusinessHours &hours, qint64 ms, int businessDays)
{
    QDate day = QDateTime::fromMSecsSinceEpoch(ms, hours.zone).date();
    int walked = 0;
    for (int counted = 0; counted <= businessDays && walked < 366; ++walked) {
        if (hours.isWorkingDay(day))
            ++counted;
        day = day.addDays(-1);
    }
    return ms - qint64(std::max(walked, businessDays) + 1) * dayMs;
}

} // namespace

TicketClocks::TicketClocks(Database &database, const PlanSnapshot &snapshot)
    : m_database(database)
    , m_snapshot(snapshot)
{
}

qint64 TicketClocks::ladderSpanMs() const
{
    // As ReminderPlanner's ladder: the first wait, then 47 more steps, the last repeating.
    const ReminderRule rule = m_snapshot.rules.rule(RuleKind::CriticalReaction);
    const QList<LadderStep> steps = rule.ladder.isEmpty() ? QList<LadderStep>{{u"team"_s, 0}} : rule.ladder;
    qint64 span = steps.constFirst().waitMinutes * minuteMs;
    for (qsizetype i = 1; i < 48; ++i)
        span += std::max(5, steps.at(std::min(i, steps.size() - 1)).waitMinutes) * minuteMs;
    return span;
}

Result<TicketClocks::Read> TicketClocks::due(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart, int limit) const
{
    return read(dueAfter, dueUpTo, windowStart, limit, nullptr);
}

QList<TicketClocks::Statement> TicketClocks::statements(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart,
                                                        int limit) const
{
    QList<Statement> unrun;
    (void)read(dueAfter, dueUpTo, windowStart, limit, &unrun);
    return unrun;
}

Result<TicketClocks::Read> TicketClocks::read(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart, int limit,
                                              QList<Statement> *unrun) const
{
    const BusinessHours &hours = m_snapshot.roster.hours;
    const RuleSet &rules = m_snapshot.rules;
    const int heldDays = m_snapshot.longHeldBusinessDays;
    const qint64 fortnight = windowStart - 15 * dayMs;
    const qint64 firstWait = rules.rule(RuleKind::CriticalReaction).ladder.value(0).waitMinutes * minuteMs;
    const qint64 slaBefore = rules.rule(RuleKind::SlaDue).minutesBefore * minuteMs;
    const bool slaUrgent = rules.rule(RuleKind::SlaDue).urgent || rules.rule(RuleKind::SlaBreached).urgent;

    // Each clock: its range, and from a left-out row's value the earliest reminder it can give.
    struct Clock
    {
        QString sql;
        qint64 from;
        qint64 upTo;
        bool urgent;
        std::function<qint64(qint64)> dueFrom;
    };
    const QString open = u" AND status NOT IN ('solved', 'closed')"_s;
    const QString columns = u"SELECT id, subject, assignee_id, reaction_due_at, "
                            "CASE WHEN first_responded_at IS NULL THEN first_response_due_at END, "
                            "next_response_due_at, assigned_at, last_agent_message_at, "_s;
    const QList<Clock> clocks{
        {columns
             + u"(SELECT max(m.created_at) FROM messages m WHERE m.ticket_id = tickets.id AND m.kind = 'note') "
               "FROM tickets WHERE reaction_due_at IS NOT NULL"_s
             + open + u" AND reaction_due_at > ? AND reaction_due_at <= ? ORDER BY reaction_due_at"_s,
         std::max(fortnight, dueAfter - ladderSpanMs()), dueUpTo, rules.rule(RuleKind::CriticalReaction).urgent,
         [&](qint64 due) { return due + firstWait; }},
        {columns + u"CAST(NULL AS BIGINT) FROM tickets WHERE first_responded_at IS NULL"_s + open
             + u" AND first_response_due_at > ? AND first_response_due_at <= ? ORDER BY first_response_due_at"_s,
         std::max(fortnight, dueAfter), dueUpTo + slaBefore, slaUrgent, [&](qint64 due) { return due - slaBefore; }},
        {columns + u"CAST(NULL AS BIGINT) FROM tickets WHERE next_response_due_at IS NOT NULL"_s + open
             + u" AND next_response_due_at > ? AND next_response_due_at <= ? ORDER BY next_response_due_at"_s,
         std::max(fortnight, dueAfter), dueUpTo + slaBefore, slaUrgent, [&](qint64 due) { return due - slaBefore; }},
        // R24 counts working days at the same time of day: taken on Friday evening is held long
        // on Wednesday evening, taken on Saturday morning on Wednesday morning; so what is left
        // out comes due on that day at the earliest (an hour before, for a clock change).
        {columns + u"CAST(NULL AS BIGINT) FROM tickets WHERE assignee_id IS NOT NULL"_s + open
             + u" AND assigned_at > ? AND assigned_at <= ? ORDER BY assigned_at"_s,
         std::max(fortnight - (3LL * heldDays + 14) * dayMs, heldSinceBound(hours, dueAfter, heldDays)),
         dueUpTo - qint64(std::max(0, heldDays - 1)) * dayMs, rules.rule(RuleKind::LongHeld).urgent,
         [&](qint64 assigned) {
             const QDate day = Shifts::teamDate(hours, ReminderPlanner::longHeldAt(hours, assigned, heldDays));
             return Shifts::instantOf(hours.zone, day, 0) - hourMs;
         }},
    };

    // The clocks in one statement, each a branch with its own order and limit: on a server
    // every statement is a few round trips, and a plan reads the clocks twice.
    QStringList branches;
    QVariantList values;
    QList<qsizetype> ran; ///< the clock of each branch
    for (qsizetype c = 0; c < clocks.size(); ++c) {
        const Clock &clock = clocks.at(c);
        if (clock.from >= clock.upTo)
            continue;
        branches.append(u"SELECT %1 AS clock, c%1.* FROM ("_s.arg(c) + clock.sql
                        + (limit > 0 ? u" LIMIT ?"_s : QString()) + u") c%1"_s.arg(c));
        values << clock.from << clock.upTo;
        if (limit > 0)
            values << limit;
        ran.append(c);
    }
    Read found;
    if (branches.isEmpty())
        return found;
    const QString sql = branches.join(u" UNION ALL "_s);
    if (unrun) {
        unrun->append({sql, values});
        return found;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    // Per clock, in its order: the first clock read (the reaction, with the notes) wins a
    // ticket that two give, as when each was read alone.
    QList<QList<TicketClock>> rows(clocks.size());
    QList<int> counts(clocks.size(), 0);
    QList<qint64> lasts(clocks.size(), 0);
    while (q.next()) {
        const qsizetype c = q.value(0).toInt();
        if (c < 0 || c >= clocks.size())
            continue;
        ++counts[c];
        lasts[c] = std::max(lasts.at(c), q.value(4 + int(c)).toLongLong()); // the clock's own column
        TicketClock ticket{TicketId(q.value(1).toLongLong()),
                           q.value(2).toString(),
                           AgentId(q.value(3).toLongLong()),
                           optionalMs(q.value(4)),
                           0,
                           optionalMs(q.value(5)),
                           optionalMs(q.value(6)),
                           optionalMs(q.value(7))};
        if (c == 0) {
            ticket.lastReactionAt =
                std::max({q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong()});
        } else {
            // Its reaction clock, when it has one, is outside the range or past the limit,
            // and its notes were not read: the ladder is not this read's to plan.
            ticket.reactionDueAt.reset();
        }
        rows[c].append(ticket);
    }
    QSet<qint64> seen;
    for (const qsizetype c : std::as_const(ran)) {
        for (const TicketClock &ticket : std::as_const(rows.at(c))) {
            if (seen.contains(ticket.id.value()))
                continue;
            seen.insert(ticket.id.value());
            found.tickets.append(ticket);
        }
        if (limit > 0 && counts.at(c) == limit)
            found.cuts.append({clocks.at(c).dueFrom(lasts.at(c)), clocks.at(c).urgent});
    }
    return found;
}

} // namespace Casebook
