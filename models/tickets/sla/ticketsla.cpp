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

} // namespace

Result<std::optional<Policy>> forCustomer(const WriteTransaction &tx, CustomerId customer)
{
    const auto team = TeamSettingsStore(tx.database()).read();
    if (!team)
        return team.error();
    return readPolicy(tx,
                      u"SELECT p.id, p.first_response_minutes, p.next_response_minutes, p.business_hours "
                      "FROM sla_policies p LEFT JOIN customers c ON c.id = ? "
                      "WHERE p.id = c.sla_policy_id OR (c.sla_policy_id IS NULL AND p.name = "
                      "CASE WHEN c.tier = 'premium' THEN ? ELSE ? END) "
                      "ORDER BY p.id LIMIT 1"_s,
                      {Sql::id(customer), team->premiumSlaPolicy, team->standardSlaPolicy});
}

Result<std::optional<Policy>> forTicket(const WriteTransaction &tx, TicketId ticket)
{
    return readPolicy(tx,
                      u"SELECT p.id, p.first_response_minutes, p.next_response_minutes, p.business_hours "
                      "FROM tickets t JOIN sla_policies p ON p.id = t.sla_policy_id WHERE t.id = ?"_s,
                      {ticket.value()});
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
