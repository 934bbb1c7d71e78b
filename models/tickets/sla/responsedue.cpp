// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsedue.h"

#include "models/tickets/ticket.h"

using namespace Qt::StringLiterals;

namespace Casebook::ResponseDue {

std::optional<qint64> owedAt(TicketStatus status, bool responded, std::optional<qint64> firstDue,
                             std::optional<qint64> nextDue)
{
    if (status == TicketStatus::Solved || status == TicketStatus::Closed)
        return std::nullopt;
    return responded ? nextDue : firstDue;
}

Breach breachOf(std::optional<qint64> due, qint64 now)
{
    if (!due)
        return Breach::None;
    if (*due < now)
        return Breach::Breached;
    return *due - now < breachingWindowMs ? Breach::Breaching : Breach::None;
}

QString owedAtSql(const QString &alias)
{
    const QString t = alias + u'.';
    return u"CASE WHEN "_s + t + u"status IN ('solved', 'closed') THEN NULL WHEN "_s + t
        + u"first_responded_at IS NULL THEN "_s + t + u"first_response_due_at ELSE "_s + t
        + u"next_response_due_at END"_s;
}

QString breachingSql(const QString &alias, qint64 now, QVariantList &binds)
{
    // Spelled out rather than owedAtSql() < ?, so that next_response_due_at's index serves.
    const QString t = alias + u'.';
    binds << now + breachingWindowMs << now + breachingWindowMs;
    return u"("_s + t + u"status NOT IN ('solved', 'closed') AND (("_s + t + u"first_responded_at IS NULL AND "_s + t
        + u"first_response_due_at < ?) OR "_s + t + u"next_response_due_at < ?))"_s;
}

} // namespace Casebook::ResponseDue
