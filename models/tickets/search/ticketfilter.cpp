// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfilter.h"

#include "models/storage/dialect.h"
#include "models/tickets/sla/responsedue.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// A LIKE pattern that matches `text` literally anywhere.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

qint64 dayStartMs(const QString &isoDate)
{
    // A date is a UTC day; an instant (with its offset) is taken as written.
    if (isoDate.contains(u'T'))
        return QDateTime::fromString(isoDate, Qt::ISODate).toMSecsSinceEpoch();
    return QDate::fromString(isoDate, Qt::ISODate).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace

QString ticketFilterSql(const SearchQuery::Filter &filter, AgentId me, qint64 now, const Dialect &dialect,
                        QVariantList &binds)
{
    using Field = SearchQuery::Field;
    switch (filter.field) {
    case Field::Status:
    case Field::Channel:
    case Field::Severity:
    case Field::Complexity:
        // Values were checked against the closed lists; the column is the field's own name.
        binds << filter.value;
        return u"t."_s + SearchQuery::fieldName(filter.field) + u" = ?"_s;
    case Field::Tag:
        binds << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id "
               "WHERE tt.ticket_id = t.id AND lower(g.name) = ?)"_s;
    case Field::Assignee:
        if (filter.value.compare(u"me", Qt::CaseInsensitive) == 0) {
            binds << me.value();
            return u"t.assignee_id = ?"_s;
        }
        binds << filter.value.toLower() << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM agents a WHERE a.id = t.assignee_id "
               "AND (lower(a.login) = ? OR lower(a.display_name) = ?))"_s;
    case Field::Customer:
        binds << containsPattern(filter.value) << containsPattern(filter.value);
        return u"EXISTS (SELECT 1 FROM customers c WHERE c.id = t.customer_id "
               "AND (lower(c.display_name) LIKE ? ESCAPE '\\' OR lower(coalesce(c.company, '')) LIKE ? ESCAPE '\\'))"_s;
    case Field::From:
        binds << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = t.customer_id AND lower(e.email) = ?)"_s;
    case Field::Before:
        binds << dayStartMs(filter.value);
        return u"t.created_at < ?"_s;
    case Field::After:
        binds << dayStartMs(filter.value);
        return u"t.created_at >= ?"_s;
    case Field::Is:
        if (filter.value == u"unassigned")
            return u"t.assignee_id IS NULL"_s;
        if (filter.value == u"assigned")
            return u"t.assignee_id IS NOT NULL"_s;
        if (filter.value == u"untagged")
            return u"NOT EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticket_id = t.id)"_s;
        if (filter.value == u"unanswered") // R15: nobody has answered yet
            return u"(t.first_responded_at IS NULL AND t.status NOT IN ('solved', 'closed'))"_s;
        if (filter.value == u"answered") // R15: the team has replied (analytics' response times)
            return u"t.first_responded_at IS NOT NULL"_s;
        if (filter.value == u"premium") // R34: the customer's tier; no customer reads as standard
            return u"EXISTS (SELECT 1 FROM customers c WHERE c.id = t.customer_id AND c.tier = 'premium')"_s;
        if (filter.value == u"critical") // R12, R28
            return u"(t.severity = 'critical' OR t.complexity = 'critical')"_s;
        if (filter.value == u"merged") // folded into another ticket: analytics count them out
            return u"t.merged_into_id IS NOT NULL"_s;
        if (filter.value == u"private")
            return dialect.isTrue(u"t.is_private"_s);
        // Breaching or breached (R15, R34): the answer awaited now is due within the window.
        return ResponseDue::breachingSql(u"t"_s, now, binds);
    }
    return u"1 = 1"_s;
}

QString ticketConditionsSql(const SearchQuery &query, AgentId me, qint64 now, const Dialect &dialect,
                            QVariantList &binds)
{
    QStringList conditions;
    for (const auto &filter : query.filters) {
        const QString condition = ticketFilterSql(filter, me, now, dialect, binds);
        conditions.append(filter.negated ? u"NOT ("_s + condition + u')' : condition);
    }
    return conditions.isEmpty() ? u"1 = 1"_s : conditions.join(u" AND "_s);
}

QString ticketCountSql(const SearchQuery &query, AgentId me, qint64 now, const Dialect &dialect, QVariantList &binds)
{
    const bool statusOnly = std::all_of(query.filters.cbegin(), query.filters.cend(),
                                        [](const auto &filter) { return filter.field == SearchQuery::Field::Status; });
    // Only PostgreSQL keeps them (migration 034): SQLite counts a status's index quickly.
    if (dialect.engine() != DatabaseUrl::Engine::PostgreSQL || !statusOnly)
        return u"SELECT count(*) FROM tickets t WHERE "_s + ticketConditionsSql(query, me, now, dialect, binds);
    // The status filters read `t.status`, which the counters' table has too: the same
    // conditions, bound twice, select its rows and the private tickets.
    const QString counted = ticketConditionsSql(query, me, now, dialect, binds);
    const QString privateOnes = ticketConditionsSql(query, me, now, dialect, binds);
    return u"SELECT (SELECT coalesce(sum(t.n), 0) FROM ticket_status_counts t WHERE "_s + counted
        + u") + (SELECT count(*) FROM tickets t WHERE "_s + dialect.isTrue(u"t.is_private"_s) + u" AND "_s + privateOnes
        + u")"_s;
}

} // namespace Casebook
