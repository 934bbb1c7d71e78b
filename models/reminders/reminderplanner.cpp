// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderplanner.h"

#include "models/reminders/remindertexts.h"
#include "models/shifts/shiftmath.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

const PlanAgent *PlanSnapshot::agent(AgentId id) const
{
    const auto found = std::find_if(agents.cbegin(), agents.cend(), [id](const PlanAgent &a) { return a.id == id; });
    return found == agents.cend() ? nullptr : &*found;
}

namespace ReminderPlanner {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 24LL * 3600 * 1000;

class Planner
{
public:
    // `texts`: false when only the moments count (nextDue()), which skips making every title.
    Planner(const PlanSnapshot &snapshot, qint64 after, qint64 upTo, bool texts = true)
        : m_s(snapshot)
        , m_after(after)
        , m_upTo(upTo)
        , m_texts(texts)
    {
    }

    QList<Reminder> run()
    {
        shifts();
        saturdayDuty();
        tickets();
        reports();
        snoozed();
        std::sort(m_out.begin(), m_out.end(), [](const Reminder &a, const Reminder &b) {
            return std::tie(a.deliverAt, a.dueAt, a.subject) < std::tie(b.deliverAt, b.dueAt, b.subject);
        });
        return m_out;
    }

private:
    const Roster &roster() const { return m_s.roster; }
    bool enabled(RuleKind kind) const { return m_s.rules.rule(kind).enabled; }

    // When `agent` may be told what came due at `dueAt`; nothing when never (within the roster).
    std::optional<qint64> deliveryFor(AgentId agent, qint64 dueAt, bool urgent) const
    {
        // The moment a shift ends still belongs to it: the end-of-shift reminder is delivered.
        if (Shifts::isOnShift(roster(), agent, dueAt) || Shifts::isOnShift(roster(), agent, dueAt - 1))
            return dueAt;
        if (urgent && Shifts::shiftOn(roster(), agent, Shifts::teamDate(roster().hours, dueAt)))
            return dueAt;
        return Shifts::nextShiftStart(roster(), agent, dueAt);
    }

    // A reminder's title and body, made only for one that is delivered in the window: most
    // moments a plan looks at are outside it, and the texts are the dearest part of a plan.
    template<typename TextFn>
    ReminderTexts::Text textOf(TextFn &&text) const
    {
        return m_texts ? text() : ReminderTexts::Text();
    }

    template<typename TextFn>
    void personal(RuleKind kind, AgentId agent, const QString &subject, qint64 dueAt, TicketId ticket, TextFn &&text,
                  NotificationId notification = {})
    {
        if (dueAt > m_upTo)
            return;
        const auto at = deliveryFor(agent, dueAt, m_s.rules.rule(kind).urgent);
        if (!at || *at <= m_after || *at > m_upTo)
            return;
        const auto [title, body] = textOf(text);
        m_out.append({kind, subject, dueAt, *at, {agent}, ticket, notification, title, body});
    }

    // The first moment at or after `dueAt` when one of `targets` is on shift, and who is then.
    std::pair<qint64, QList<AgentId>> reachable(const QList<AgentId> &targets, qint64 dueAt, bool urgent) const
    {
        QList<AgentId> now;
        for (AgentId agent : targets) {
            if (Shifts::isOnShift(roster(), agent, dueAt)
                || (urgent && Shifts::shiftOn(roster(), agent, Shifts::teamDate(roster().hours, dueAt))))
                now.append(agent);
        }
        if (!now.isEmpty())
            return {dueAt, now};
        std::optional<qint64> first;
        for (AgentId agent : targets) {
            if (const auto start = Shifts::nextShiftStart(roster(), agent, dueAt); start && (!first || *start < *first))
                first = start;
        }
        if (!first)
            return {0, {}};
        QList<AgentId> then;
        for (AgentId agent : targets) {
            if (Shifts::isOnShift(roster(), agent, *first))
                then.append(agent);
        }
        return {*first, then};
    }

    template<typename TextFn>
    void team(RuleKind kind, const QList<AgentId> &targets, const QString &subject, qint64 dueAt, TicketId ticket,
              TextFn &&text)
    {
        if (dueAt > m_upTo)
            return;
        const auto [at, recipients] = reachable(targets, dueAt, m_s.rules.rule(kind).urgent);
        if (recipients.isEmpty() || at <= m_after || at > m_upTo)
            return;
        const auto [title, body] = textOf(text);
        m_out.append({kind, subject, dueAt, at, recipients, ticket, {}, title, body});
    }

    // The leads when any works today; otherwise everyone, so that somebody acts (R12, R24).
    QList<AgentId> leadsElseEveryone() const
    {
        QList<AgentId> leads;
        QList<AgentId> everyone;
        for (const PlanAgent &agent : m_s.agents) {
            everyone.append(agent.id);
            if (agent.lead)
                leads.append(agent.id);
        }
        return leads.isEmpty() ? everyone : leads;
    }

    void shifts()
    {
        const ReminderRule endSoon = m_s.rules.rule(RuleKind::ShiftEndSoon);
        // A shift's own reminders are delivered within it, so a shift that ended before the
        // window has none to give: the days before yesterday (a shift may run past midnight)
        // are skipped before their shifts are worked out, the dearest step of a plan.
        const QDate first = Shifts::teamDate(roster().hours, m_after).addDays(-1);
        const QDate last = Shifts::teamDate(roster().hours, m_upTo);
        for (const RosterEntry &entry : roster().entries) {
            if (entry.day < first || entry.day > last)
                continue;
            const auto shift = Shifts::shiftOn(roster(), entry.agent, entry.day);
            const PlanAgent *agent = m_s.agent(entry.agent);
            if (!shift || !agent || shift->end <= m_after)
                continue;
            const QString day = entry.day.toString(Qt::ISODate);
            const auto subject = [&](const QString &what) {
                return u"agent/%1/%2/%3"_s.arg(agent->id.value()).arg(day, what);
            };
            if (enabled(RuleKind::ShiftStart))
                personal(RuleKind::ShiftStart, agent->id, subject(u"start"_s), shift->start, {},
                         [&] { return ReminderTexts::shiftStart(roster().hours, *shift); });
            if (enabled(RuleKind::ShiftEndSoon)) {
                const qint64 at = shift->end - endSoon.minutesBefore * minuteMs;
                personal(RuleKind::ShiftEndSoon, agent->id, subject(u"end_soon"_s), at, {}, [&] {
                    return ReminderTexts::shiftEndSoon(roster().hours, shift->end,
                                                       Shifts::nextWorkingTime(roster().hours, shift->end));
                });
            }
            if (enabled(RuleKind::ShiftEnd))
                personal(RuleKind::ShiftEnd, agent->id, subject(u"end"_s), shift->end, {},
                         [] { return ReminderTexts::shiftEnd(); });
            const auto lunch = Shifts::lunchOn(roster(), agent->id, entry.day);
            if (lunch && enabled(RuleKind::Lunch))
                personal(RuleKind::Lunch, agent->id, subject(u"lunch"_s), lunch->start, {},
                         [&] { return ReminderTexts::lunch(roster().hours, *lunch); });
            if (enabled(RuleKind::MailCheck) && agent->mailCheckMinutes > 0) {
                const qint64 step = agent->mailCheckMinutes * minuteMs;
                for (qint64 at = shift->start + step; at < shift->end; at += step) {
                    if (at <= m_after || (lunch && lunch->contains(at)))
                        continue;
                    if (at > m_upTo)
                        break;
                    personal(RuleKind::MailCheck, agent->id, subject(u"mail/%1"_s.arg((at - shift->start) / minuteMs)),
                             at, {}, [&] { return ReminderTexts::mailCheck(agent->mailCheckMinutes); });
                }
            }
        }
    }

    void saturdayDuty()
    {
        const ReminderRule rule = m_s.rules.rule(RuleKind::SaturdayDuty);
        if (!rule.enabled)
            return;
        QList<AgentId> everyone;
        for (const PlanAgent &agent : m_s.agents)
            everyone.append(agent.id);
        const BusinessHours &hours = roster().hours;
        for (QDate day = Shifts::teamDate(hours, m_after - 7 * dayMs); day <= Shifts::teamDate(hours, m_upTo);
             day = day.addDays(1)) {
            if (day.dayOfWeek() != rule.weekday)
                continue;
            const QDate saturday = day.addDays((6 - day.dayOfWeek() + 7) % 7);
            const QList<AgentId> duty = Shifts::dutyOn(roster(), saturday);
            if (duty.isEmpty())
                continue;
            QStringList names;
            for (AgentId id : duty) {
                if (const PlanAgent *agent = m_s.agent(id))
                    names.append(agent->name);
            }
            team(RuleKind::SaturdayDuty, everyone, u"day/"_s + saturday.toString(Qt::ISODate),
                 Shifts::instantOf(hours.zone, day, rule.minute), {},
                 [&] { return ReminderTexts::saturdayDuty(saturday, names); });
        }
    }

    void tickets()
    {
        const ReminderRule critical = m_s.rules.rule(RuleKind::CriticalReaction);
        const ReminderRule slaDue = m_s.rules.rule(RuleKind::SlaDue);
        const QList<AgentId> escalate = leadsElseEveryone();
        QList<AgentId> everyone;
        for (const PlanAgent &agent : m_s.agents)
            everyone.append(agent.id);
        for (const TicketClock &ticket : m_s.tickets) {
            const QString subject = u"ticket/%1"_s.arg(ticket.id.value());
            if (ticket.reactionDueAt && critical.enabled
                && !m_s.acknowledged.contains(u"critical_reaction|"_s + subject)
                && ticket.lastReactionAt < *ticket.reactionDueAt - reactionWindowMs)
                ladder(critical, ticket, subject, escalate);
            // The assignee hears of their own ticket; an unassigned one, whoever is on shift.
            const auto sla = [&](RuleKind kind, const QString &what, qint64 at, const auto &text) {
                if (!enabled(kind) || at <= m_after - 14 * dayMs)
                    return;
                if (ticket.assignee.isValid())
                    personal(kind, ticket.assignee, subject + what, at, ticket.id, text);
                else
                    team(kind, everyone, subject + what, at, ticket.id, text);
            };
            for (const auto &[due, name] :
                 {std::pair{ticket.firstResponseDueAt, u"/first"_s}, std::pair{ticket.nextResponseDueAt, u"/next"_s}}) {
                if (!due)
                    continue;
                sla(RuleKind::SlaDue, name, *due - slaDue.minutesBefore * minuteMs,
                    [&] { return ReminderTexts::slaDue(roster().hours, ticket.id, ticket.subject, *due); });
                sla(RuleKind::SlaBreached, name, *due,
                    [&] { return ReminderTexts::slaBreached(ticket.id, ticket.subject); });
            }
            if (ticket.assignee.isValid() && ticket.assignedAt && enabled(RuleKind::LongHeld)) {
                const qint64 at = longHeldAt(roster().hours, *ticket.assignedAt, m_s.longHeldBusinessDays);
                const PlanAgent *holder = m_s.agent(ticket.assignee);
                team(RuleKind::LongHeld, escalate, subject, at, ticket.id, [&] {
                    return ReminderTexts::longHeld(ticket.id, ticket.subject, holder ? holder->name : QString(),
                                                   m_s.longHeldBusinessDays);
                });
            }
        }
    }

    // R12, R28: the escalation, then each step after its wait; the last step repeats until
    // someone acknowledges or reacts.
    void ladder(const ReminderRule &rule, const TicketClock &ticket, const QString &subject, const QList<AgentId> &to)
    {
        const QList<LadderStep> steps = rule.ladder.isEmpty() ? QList<LadderStep>{{u"team"_s, 0}} : rule.ladder;
        qint64 at = *ticket.reactionDueAt;
        for (int i = 0; i < 48 && at <= m_upTo; ++i) {
            const LadderStep &step = steps.at(std::min<qsizetype>(i, steps.size() - 1));
            at += (i == 0 ? steps.constFirst().waitMinutes : std::max(5, step.waitMinutes)) * minuteMs;
            team(RuleKind::CriticalReaction, to, subject, at, ticket.id,
                 [&] { return ReminderTexts::criticalReaction(ticket.id, ticket.subject, step.channel, i); });
        }
    }

    void reports()
    {
        if (!enabled(RuleKind::BugRoute))
            return;
        for (const RoutedReport &report : m_s.reports) {
            for (AgentId agent : report.agents)
                personal(RuleKind::BugRoute, agent, u"bug_report/%1/agent/%2"_s.arg(report.id).arg(agent.value()),
                         report.submittedAt, report.ticket, [&] { return ReminderTexts::bugRoute(report.title); });
        }
    }

    void snoozed()
    {
        for (const SnoozedNotification &n : m_s.snoozed)
            personal(
                RuleKind::Snoozed, n.agent, u"notification/%1"_s.arg(n.id.value()), n.until, n.ticket,
                [&] { return ReminderTexts::Text{n.title, {}}; }, n.id);
    }

    const PlanSnapshot &m_s;
    qint64 m_after;
    qint64 m_upTo;
    bool m_texts = true;
    QList<Reminder> m_out;
};

} // namespace

QList<Reminder> between(const PlanSnapshot &snapshot, qint64 after, qint64 upTo)
{
    if (upTo <= after)
        return {};
    return Planner(snapshot, after, upTo).run();
}

std::optional<qint64> nextDue(const PlanSnapshot &snapshot, qint64 after, qint64 horizonMs)
{
    // Near first: the next reminder is usually minutes away, and a short window plans fewer.
    // Nothing is delivered before someone rostered can be told (a Sunday night waits for
    // Monday), so the windows are measured from then; the last is the whole horizon.
    const qint64 upTo = after + horizonMs;
    const qint64 from = std::max(after, earliestDelivery(snapshot, after + 1, true).value_or(after));
    qint64 planned = after;
    for (const qint64 window : {20 * minuteMs, 60 * minuteMs, 4LL * 60 * minuteMs, 12LL * 60 * minuteMs, horizonMs}) {
        const qint64 end = window == horizonMs ? upTo : std::min(upTo, from + window);
        if (end <= planned)
            continue;
        planned = end;
        const QList<Reminder> ahead = Planner(snapshot, after, end, false).run();
        if (!ahead.isEmpty())
            return ahead.constFirst().deliverAt;
    }
    return std::nullopt;
}

qint64 dueLookback(const PlanSnapshot &snapshot, qint64 after, qint64 upTo)
{
    const Roster &roster = snapshot.roster;
    const qint64 fortnight = after - 15 * dayMs;
    qint64 lookback = after;
    QList<AgentId> agents;
    for (const RosterEntry &entry : roster.entries) {
        if (agents.contains(entry.agent))
            continue;
        agents.append(entry.agent);
        const auto start = Shifts::nextShiftStart(roster, entry.agent, after + 1);
        if (!start || *start > upTo)
            continue;
        // What came due since this agent's shift before waited for this start.
        qint64 waitedFrom = fortnight;
        const QDate day = Shifts::teamDate(roster.hours, *start);
        for (int back = 0; back <= 15 && waitedFrom == fortnight; ++back) {
            if (const auto shift = Shifts::shiftOn(roster, entry.agent, day.addDays(-back));
                shift && shift->end <= *start)
                waitedFrom = std::max(fortnight, shift->end - 1);
        }
        lookback = std::min(lookback, waitedFrom);
    }
    return lookback;
}

std::optional<qint64> earliestDelivery(const PlanSnapshot &snapshot, qint64 dueAt, bool urgent)
{
    const Roster &roster = snapshot.roster;
    const QDate day = Shifts::teamDate(roster.hours, dueAt);
    std::optional<qint64> earliest;
    QList<AgentId> agents;
    for (const RosterEntry &entry : roster.entries) {
        if (agents.contains(entry.agent))
            continue;
        agents.append(entry.agent);
        // The cases of deliveryFor() and reachable(), for any agent.
        if (Shifts::isOnShift(roster, entry.agent, dueAt) || Shifts::isOnShift(roster, entry.agent, dueAt - 1)
            || (urgent && Shifts::shiftOn(roster, entry.agent, day)))
            return dueAt;
        auto start = Shifts::nextShiftStart(roster, entry.agent, dueAt, 31);
        if (!start)
            continue;
        // An urgent reminder reaches an agent anywhen on a day they work.
        if (urgent)
            start = std::max(dueAt, Shifts::instantOf(roster.hours.zone, Shifts::teamDate(roster.hours, *start), 0));
        if (!earliest || *start < *earliest)
            earliest = start;
    }
    return earliest;
}

qint64 longHeldAt(const BusinessHours &hours, qint64 assignedAt, int businessDays)
{
    const QDateTime held = QDateTime::fromMSecsSinceEpoch(assignedAt, hours.zone);
    QDate day = held.date();
    int counted = 0;
    // The inverse of LongHeld::threshold(): working days forward, same time of day.
    for (int guard = 0; counted < businessDays && guard < 366; ++guard) {
        day = day.addDays(1);
        if (hours.isWorkingDay(day))
            ++counted;
    }
    if (counted < businessDays)
        day = held.date().addDays(businessDays);
    return QDateTime(day, held.time(), hours.zone).toMSecsSinceEpoch();
}

} // namespace ReminderPlanner

} // namespace Casebook
