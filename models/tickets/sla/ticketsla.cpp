// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsla.h"

#include "models/shifts/businesshours.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::TicketSla {

namespace {

Result<std::optional<Policy>> readPolicy(const WriteTransaction &tx, const QString &sql, const QVariantList &values)
{
    auto q = tx.exec(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Policy>();
    Policy policy;
    policy.id = q.value().value(0).toLongLong();
    policy.firstResponseMinutes = q.value().value(1).toInt();
    policy.nextResponseMinutes = q.value().value(2).toInt();
    policy.businessHours = q.value().value(3).toInt() != 0;
    q.value().finish();
    return std::optional(policy);
}

// The policy's times, or its severity target's where one matches (the join `s`).
constexpr auto policyColumns = "SELECT p.id, coalesce(s.first_response_minutes, p.first_response_minutes), "
                               "coalesce(s.next_response_minutes, p.next_response_minutes), p.business_hours ";

} // namespace

Result<std::optional<Policy>> forCustomer(const WriteTransaction &tx, CustomerId customer, const QString &severity)
{
    const auto team = TeamSettingsStore(tx.database()).read();
    if (!team)
        return team.error();
    return readPolicy(tx,
                      QLatin1StringView(policyColumns)
                          + u"FROM sla_policies p LEFT JOIN customers c ON c.id = ? "
                            "LEFT JOIN sla_targets s ON s.policy_id = p.id AND s.severity = ? "
                            "WHERE p.id = c.sla_policy_id OR (c.sla_policy_id IS NULL AND p.name = "
                            "CASE WHEN c.tier = 'premium' THEN ? ELSE ? END) "
                            "ORDER BY p.id LIMIT 1"_s,
                      {Sql::id(customer), severity.isEmpty() ? Sql::null<QString>() : QVariant(severity),
                       team->premiumSlaPolicy, team->standardSlaPolicy});
}

Result<std::optional<Policy>> forTicket(const WriteTransaction &tx, TicketId ticket)
{
    return readPolicy(
        tx,
        QLatin1StringView(policyColumns)
            + u"FROM tickets t JOIN sla_policies p ON p.id = t.sla_policy_id "
              "LEFT JOIN sla_targets s ON s.policy_id = p.id AND s.severity = t.severity WHERE t.id = ?"_s,
        {ticket.value()});
}

Status retime(WriteTransaction &tx, TicketId ticket)
{
    const auto policy = forTicket(tx, ticket);
    if (!policy)
        return policy.error();
    if (!policy.value())
        return Done{};
    // The first answer is owed since the ticket came; the next one since the customer's
    // first message after the team's last word.
    auto q = tx.exec(u"SELECT t.created_at, t.first_responded_at, t.first_response_due_at, t.next_response_due_at, "
                     "(SELECT min(m.created_at) FROM messages m WHERE m.ticket_id = t.id AND m.kind = 'customer' "
                     "AND m.created_at >= coalesce(t.last_agent_message_at, t.first_responded_at, 0)) "
                     "FROM tickets t WHERE t.id = ?"_s,
                     {ticket.value()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Done{};
    const QSqlQuery &row = q.value();
    const bool firstOwed = row.value(1).isNull() && !row.value(2).isNull();
    const bool nextOwed = !row.value(1).isNull() && !row.value(3).isNull() && !row.value(4).isNull();
    const qint64 since = firstOwed ? row.value(0).toLongLong() : row.value(4).toLongLong();
    q.value().finish();
    if (!firstOwed && !nextOwed)
        return Done{};
    const auto due = dueAt(tx.database(), **policy, since,
                           firstOwed ? (*policy)->firstResponseMinutes : (*policy)->nextResponseMinutes);
    if (!due)
        return due.error();
    auto updated = tx.exec(firstOwed ? u"UPDATE tickets SET first_response_due_at = ? WHERE id = ?"_s
                                     : u"UPDATE tickets SET next_response_due_at = ? WHERE id = ?"_s,
                           {*due, ticket.value()});
    if (!updated)
        return updated.error();
    return Done{};
}

Result<qint64> dueAt(Database &database, const Policy &policy, qint64 fromMs, int minutes)
{
    const qint64 span = qint64(minutes) * 60 * 1000;
    if (!policy.businessHours)
        return fromMs + span;
    const auto hours = teamBusinessHours(database);
    if (!hours)
        return hours.error();
    return hours->addWorkingMs(fromMs, span);
}

} // namespace Casebook::TicketSla
