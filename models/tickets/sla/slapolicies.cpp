// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicies.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Casebook::SlaPolicies", text);
}

bool sameTimes(const SlaPolicy &a, const SlaPolicy &b)
{
    return a.firstResponseMinutes == b.firstResponseMinutes && a.nextResponseMinutes == b.nextResponseMinutes
        && a.businessHours == b.businessHours;
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
                         q.value(5).toLongLong()});
    return policies;
}

Status SlaPolicies::write(const QList<StoredSlaPolicy> &policies, qint64 nowMs)
{
    for (const auto &[policy, version] : policies) {
        if (policy.firstResponseMinutes < 1 || policy.nextResponseMinutes < 1)
            return Error{Error::Kind::Invalid, translate("A response time is at least one minute."), {}};
    }
    const auto stored = read();
    if (!stored)
        return stored.error();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    bool changed = false;
    for (const auto &[policy, version] : policies) {
        const auto before = std::find_if(stored->cbegin(), stored->cend(),
                                         [&policy](const StoredSlaPolicy &s) { return s.policy.id == policy.id; });
        // An untouched policy is not written: saving the page leaves everyone's feed alone.
        if (before != stored->cend() && before->version == version && sameTimes(before->policy, policy))
            continue;
        auto q = tx.exec(u"UPDATE sla_policies SET first_response_minutes = ?, next_response_minutes = ?, "
                         "business_hours = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                         {policy.firstResponseMinutes, policy.nextResponseMinutes, policy.businessHours, nowMs,
                          policy.id, version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            //: %1 is the name of an SLA policy
            return Error{Error::Kind::Conflict, translate("Someone changed the SLA policy \"%1\" first.").arg(policy.name), {}};
        if (auto recorded = tx.record(changeEntity(), policy.id, Change::Op::Update); !recorded)
            return recorded;
        changed = true;
    }
    if (!changed)
        return Done{};
    return tx.commit();
}

} // namespace Casebook
