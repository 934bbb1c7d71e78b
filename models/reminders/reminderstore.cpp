// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderstore.h"

#include "models/bugreports/bugreport.h"
#include "models/reminders/reminderinputs.h"
#include "models/reminders/reminderplanner.h"
#include "models/reminders/ticketclocks.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// A notification (its id bound twice) and the open ones on its line: the same rule, subject
// and recipient (NotificationRow::lineKey()); acknowledged ones keep their moment.
const QString lineOf = u"id = ? OR (acknowledged_at IS NULL AND id IN (SELECT n.id FROM notifications n "
                       "JOIN notifications o ON o.rule_key = n.rule_key AND o.subject_key = n.subject_key "
                       "AND coalesce(o.agent_id, 0) = coalesce(n.agent_id, 0) WHERE o.id = ?))"_s;

} // namespace

QString ReminderStore::notificationEntity()
{
    return u"notification"_s;
}

QString ReminderStore::ruleEntity()
{
    return u"reminder_rule"_s;
}

ReminderStore::ReminderStore(Database &database)
    : m_database(database)
{
}

Result<RuleSet> ReminderStore::rules() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT rule_key, enabled, urgent, params, version FROM reminder_rules"_s))
        return m_database.errorFrom(q.lastError());
    RuleSet set;
    while (q.next()) {
        const auto kind = ruleKindNames.parse(q.value(0).toString());
        if (!kind)
            continue; // a rule a newer version knows
        ReminderRule rule = ReminderRule::fromParams(*kind, q.value(3).toString().toUtf8());
        rule.enabled = q.value(1).toBool();
        rule.urgent = q.value(2).toBool();
        rule.version = q.value(4).toLongLong();
        set.rules.append(rule);
    }
    return set;
}

Status ReminderStore::writeRule(const ReminderRule &rule)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = tx.exec(
        u"UPDATE reminder_rules SET enabled = ?, urgent = ?, params = ?, version = version + 1 "
        "WHERE rule_key = ? AND version = ?"_s,
        {rule.enabled, rule.urgent, QString::fromUtf8(rule.params()), ruleKindNames.name(rule.kind), rule.version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::ReminderStore", "Someone changed this reminder first."),
                     {}};
    if (auto recorded = tx.record(ruleEntity(), 0, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Result<PlanSnapshot> ReminderStore::snapshot(qint64 fromMs, qint64 toMs) const
{
    ReminderInputs fresh;
    return snapshot(fromMs, toMs, fresh);
}

Result<PlanSnapshot> ReminderStore::snapshot(qint64 fromMs, qint64 toMs, ReminderInputs &inputs) const
{
    PlanSnapshot snapshot;
    if (auto filled = inputs.fill(m_database, snapshot, fromMs, toMs); !filled)
        return filled.error();
    // What came due before the lookback was delivered before `fromMs`, or never is.
    const qint64 lookback = ReminderPlanner::dueLookback(snapshot, fromMs, toMs);
    auto clocks = TicketClocks(m_database, snapshot).due(lookback, toMs, fromMs);
    if (!clocks)
        return clocks.error();
    snapshot.tickets = std::move(clocks.value().tickets);
    if (auto read = readReports(snapshot, lookback); !read)
        return read.error();
    return snapshot;
}

Status ReminderStore::readReports(PlanSnapshot &snapshot, qint64 submittedAfter) const
{
    // R28: a report is due when submitted; its route reaches the people on their next shift.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, ticket_id, title, escalation_route, created_at FROM bug_reports "
              "WHERE escalation_route IS NOT NULL AND created_at > ?"_s);
    q.addBindValue(submittedAfter);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    snapshot.reports.clear();
    while (q.next()) {
        const auto route = RecordedRoute::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        snapshot.reports.append({q.value(0).toLongLong(), TicketId(q.value(1).toLongLong()), q.value(2).toString(),
                                 route.agents, q.value(4).toLongLong()});
    }
    return Done{};
}

Result<std::optional<qint64>> ReminderStore::nextDue(PlanSnapshot snapshot, qint64 after, qint64 horizonMs,
                                                     int limit) const
{
    const qint64 upTo = after + horizonMs;
    const qint64 lookback = ReminderPlanner::dueLookback(snapshot, after, upTo);
    if (auto read = readReports(snapshot, lookback); !read)
        return read.error();
    const TicketClocks clocks(m_database, snapshot);
    // Few clocks come due before the next shift's reminders; a limit that leaves out one that
    // could be delivered before what the planner found grows until none can.
    for (limit = std::max(1, limit);; limit *= 4) {
        auto read = clocks.due(lookback, upTo, after, limit);
        if (!read)
            return read.error();
        snapshot.tickets = std::move(read.value().tickets);
        const auto next = ReminderPlanner::nextDue(snapshot, after, horizonMs);
        const bool whole = std::all_of(read->cuts.cbegin(), read->cuts.cend(), [&](const TicketClocks::Read::Cut &cut) {
            const auto earliest = ReminderPlanner::earliestDelivery(snapshot, cut.dueFrom, cut.urgent);
            return !earliest || *earliest > upTo || (next && *next <= *earliest);
        });
        if (whole)
            return next;
    }
}

Result<bool> ReminderStore::deliver(const Reminder &reminder, qint64 nowMs, bool missed)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto inserted = tx.exec(u"INSERT INTO reminder_deliveries (rule_key, subject_key, due_at, delivered_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (rule_key, subject_key, due_at) DO NOTHING"_s,
                            {ruleKindNames.name(reminder.kind), reminder.subject, reminder.dueAt, nowMs});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() != 1)
        return false; // another desktop, or this one before a restart, delivered it
    if (reminder.kind == RuleKind::Snoozed) {
        // The snoozed notification itself comes back, unread, as new; with it the others on
        // its line put off as long or less (a line is snoozed whole), so the line comes back
        // once, with its latest step on top.
        const QVariant id = Sql::id(reminder.notification);
        auto back = tx.exec(u"UPDATE notifications SET snoozed_until = NULL, read_at = NULL, created_at = ?, "
                            "missed = ? WHERE ("_s
                                + lineOf + u") AND (id = ? OR (snoozed_until IS NOT NULL AND snoozed_until <= ?))"_s,
                            {nowMs, missed, id, id, id, reminder.dueAt});
        if (!back)
            return back.error();
        if (auto recorded = tx.record(notificationEntity(), reminder.notification.value(), Change::Op::Update);
            !recorded)
            return recorded.error();
    }
    for (const AgentId agent : reminder.recipients) {
        if (reminder.kind == RuleKind::Snoozed)
            break;
        auto id = tx.insert(
            u"INSERT INTO notifications (agent_id, title, body, created_at, rule_key, subject_key, "
            "ticket_id, due_at, missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            // NOT NULL columns: a null QString would bind as NULL.
            {Sql::id(agent), reminder.title.isNull() ? u""_s : reminder.title,
             reminder.body.isNull() ? u""_s : reminder.body, nowMs, ruleKindNames.name(reminder.kind), reminder.subject,
             reminder.ticket.isValid() ? Sql::id(reminder.ticket) : Sql::null<qint64>(), reminder.dueAt, missed});
        if (!id)
            return id.error();
        if (auto recorded = tx.record(notificationEntity(), *id, Change::Op::Insert); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return true;
}

Result<std::optional<qint64>> ReminderStore::watermark() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT checked_until FROM reminder_watermark WHERE id = 1"_s))
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional(q.value(0).toLongLong());
}

Status ReminderStore::setWatermark(qint64 ms)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    // Only forward: two desktops with slightly different clocks never move it back.
    auto q = tx.exec(
        u"INSERT INTO reminder_watermark (id, checked_until) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
        "SET checked_until = excluded.checked_until WHERE reminder_watermark.checked_until < excluded.checked_until"_s,
        {ms});
    if (!q)
        return q.error();
    return tx.commit();
}

Status ReminderStore::acknowledge(NotificationId id, qint64 nowMs)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = tx.exec(u"UPDATE notifications SET acknowledged_at = ?, read_at = coalesce(read_at, ?), "
                     "snoozed_until = NULL WHERE "_s
                         + lineOf,
                     {nowMs, nowMs, Sql::id(id), Sql::id(id)});
    if (!q)
        return q.error();
    if (auto recorded = tx.record(notificationEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ReminderStore::snooze(NotificationId id, qint64 untilMs)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = tx.exec(u"UPDATE notifications SET snoozed_until = ?, read_at = ? WHERE "_s + lineOf,
                     {untilMs, untilMs, Sql::id(id), Sql::id(id)});
    if (!q)
        return q.error();
    if (auto recorded = tx.record(notificationEntity(), id.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace Casebook
