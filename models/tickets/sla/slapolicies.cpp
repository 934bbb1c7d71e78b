// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicies.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool sameTimes(const StoredSlaPolicy &a, const StoredSlaPolicy &b)
{
    return a.policy.firstResponseMinutes == b.policy.firstResponseMinutes
        && a.policy.nextResponseMinutes == b.policy.nextResponseMinutes
        && a.policy.businessHours == b.policy.businessHours && a.targets == b.targets;
}

// The most severe first, as the editor lists them.
int severityRank(const QString &severity)
{
    const auto known = severityNames.parse(severity);
    return known ? -int(*known) : 1;
}

void sortTargets(QList<SlaTarget> &targets)
{
    std::sort(targets.begin(), targets.end(), [](const SlaTarget &a, const SlaTarget &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
}

} // namespace

QString SlaPolicies::changeEntity()
{
    return u"sla_policy"_s;
}

SlaPolicies::SlaPolicies(Database &database)
    : m_database(database)
{
}

Result<QList<StoredSlaPolicy>> SlaPolicies::read() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT id, name, first_response_minutes, next_response_minutes, business_hours, version "
                "FROM sla_policies ORDER BY name"_s))
        return m_database.errorFrom(q.lastError());
    QList<StoredSlaPolicy> policies;
    while (q.next())
        policies.append({{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                          q.value(4).toBool()},
                         q.value(5).toLongLong(),
                         {}});
    if (!q.exec(u"SELECT policy_id, severity, first_response_minutes, next_response_minutes FROM sla_targets"_s))
        return m_database.errorFrom(q.lastError());
    while (q.next()) {
        const qint64 policy = q.value(0).toLongLong();
        for (StoredSlaPolicy &stored : policies) {
            if (stored.policy.id == policy)
                stored.targets.append({q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
        }
    }
    for (StoredSlaPolicy &stored : policies)
        sortTargets(stored.targets);
    return policies;
}

Status SlaPolicies::write(const QList<StoredSlaPolicy> &policies, qint64 nowMs)
{
    for (const StoredSlaPolicy &stored : policies) {
        if (stored.policy.firstResponseMinutes < 1 || stored.policy.nextResponseMinutes < 1)
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("Casebook::SlaPolicies", "A response time is at least one minute."),
                {}};
        for (const SlaTarget &target : stored.targets) {
            if (target.firstResponseMinutes < 1 || target.nextResponseMinutes < 1)
                return Error{
                    Error::Kind::Invalid,
                    QCoreApplication::translate("Casebook::SlaPolicies", "A response time is at least one minute."),
                    {}};
            if (!severityNames.parse(target.severity))
                return Error{
                    Error::Kind::Invalid,
                    QCoreApplication::translate("Casebook::SlaPolicies", "An SLA target names no known severity."),
                    target.severity};
        }
    }
    const auto stored = read();
    if (!stored)
        return stored.error();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    bool changed = false;
    for (StoredSlaPolicy edited : policies) {
        sortTargets(edited.targets);
        const SlaPolicy &policy = edited.policy;
        const qint64 version = edited.version;
        const auto before = std::find_if(stored->cbegin(), stored->cend(),
                                         [&policy](const StoredSlaPolicy &s) { return s.policy.id == policy.id; });
        // An untouched policy is not written: saving the page leaves everyone's feed alone.
        if (before != stored->cend() && before->version == version && sameTimes(*before, edited))
            continue;
        auto q = tx.exec(
            u"UPDATE sla_policies SET first_response_minutes = ?, next_response_minutes = ?, "
            "business_hours = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
            {policy.firstResponseMinutes, policy.nextResponseMinutes, policy.businessHours, nowMs, policy.id, version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            //: %1 is the name of an SLA policy
            return Error{
                Error::Kind::Conflict,
                QCoreApplication::translate("Casebook::SlaPolicies", "Someone changed the SLA policy \"%1\" first.")
                    .arg(policy.name),
                {}};
        // The targets are the policy's: written whole under the version just checked.
        if (auto cleared = tx.exec(u"DELETE FROM sla_targets WHERE policy_id = ?"_s, {policy.id}); !cleared)
            return cleared.error();
        for (const SlaTarget &target : std::as_const(edited.targets)) {
            if (auto inserted =
                    tx.exec(u"INSERT INTO sla_targets (policy_id, severity, first_response_minutes, "
                            "next_response_minutes) VALUES (?, ?, ?, ?)"_s,
                            {policy.id, target.severity, target.firstResponseMinutes, target.nextResponseMinutes});
                !inserted)
                return inserted.error();
        }
        if (auto recorded = tx.record(changeEntity(), policy.id, Change::Op::Update); !recorded)
            return recorded;
        changed = true;
    }
    if (!changed)
        return Done{};
    return tx.commit();
}

} // namespace Casebook
