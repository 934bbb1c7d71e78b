// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsql.h"

#include "inboxmodel.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"
#include "models/tickets/search/ticketfilter.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString fromSql = u" FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
                        "LEFT JOIN agents a ON a.id = t.assignee_id"_s;

} // namespace

InboxSql::InboxSql(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_column(InboxModel::LastActivityColumn)
{
}

void InboxSql::setQuery(const SearchQuery &view, AgentId me)
{
    m_view = view;
    m_me = me;
}

void InboxSql::setOrder(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

InboxSql::Statement InboxSql::where() const
{
    Statement where;
    where.sql = ticketConditionsSql(m_view, m_me, m_clock.nowMs(), m_database.dialect(), where.binds);
    return where;
}

QString InboxSql::sortKey() const
{
    switch (InboxModel::Column(m_column)) {
    // Each spelled exactly as its index (migration 015), so the order reads off the index.
    case InboxModel::SeverityColumn:
        return u"(CASE t.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 "
               "ELSE 0 END)"_s;
    case InboxModel::ComplexityColumn:
        return u"(CASE t.complexity WHEN 'critical' THEN 4 WHEN 'complex' THEN 3 WHEN 'simple' THEN 2 "
               "WHEN 'proposal' THEN 1 ELSE 0 END)"_s;
    case InboxModel::SubjectColumn:
        return u"lower(t.subject)"_s;
    case InboxModel::CustomerColumn:
        return u"lower(coalesce(c.display_name, ''))"_s;
    case InboxModel::StatusColumn:
        return u"(CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 WHEN 'on_hold' THEN 3 "
               "WHEN 'solved' THEN 4 ELSE 5 END)"_s;
    case InboxModel::AssigneeColumn:
        return u"lower(coalesce(a.display_name, ''))"_s;
    case InboxModel::ChannelColumn:
        return u"t.channel"_s;
    case InboxModel::FirstResponseDueColumn:
        // The answer awaited now; tickets awaiting none sort last.
        return u"coalesce("_s + ResponseDue::owedAtSql(u"t"_s) + u", 9000000000000000)"_s;
    case InboxModel::TagsColumn:
        // By how many: untagged first (R14 asks for every ticket to be tagged); the names
        // themselves would need every ticket's tag list joined before the first page.
        return u"t.tag_count"_s;
    case InboxModel::ReceivedColumn:
        return u"t.created_at"_s;
    case InboxModel::LastActivityColumn:
    case InboxModel::ColumnCount:
        break;
    }
    return u"t.updated_at"_s;
}

bool InboxSql::isKeyNumeric() const
{
    return m_column != InboxModel::SubjectColumn && m_column != InboxModel::CustomerColumn
        && m_column != InboxModel::AssigneeColumn && m_column != InboxModel::ChannelColumn;
}

QString InboxSql::onward() const
{
    return m_order == Qt::DescendingOrder ? u"<"_s : u">"_s;
}

QString InboxSql::keyset(const QString &op, const QVariant &key, TicketId id, QVariantList &binds) const
{
    return keysetCondition(sortKey(), u"t.id"_s, op, m_database.dialect(), key, id.value(), binds);
}

QString InboxSql::pageSql(const QString &where, const QString &extra) const
{
    const QString direction = m_order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    QString page = u"SELECT t.id AS id, "_s + sortKey() + u" AS sort_key"_s + fromSql + u" WHERE "_s + where;
    if (!extra.isEmpty())
        page += u" AND "_s + extra;
    return page + u" ORDER BY sort_key"_s + direction + u", t.id"_s + direction + u" LIMIT ? OFFSET ?"_s;
}

InboxSql::Statement InboxSql::countAll() const
{
    // Filters read only `t` (their subqueries bring their own aliases), so the count needs
    // no joins; with them SQLite walked every row instead of the smallest index.
    Statement count;
    count.sql = ticketCountSql(m_view, m_me, m_clock.nowMs(), m_database.dialect(), count.binds);
    return count;
}

InboxSql::Statement InboxSql::countBefore(const InboxRow &row) const
{
    Statement base = where();
    const QString before = keyset(m_order == Qt::DescendingOrder ? u">"_s : u"<"_s, row.sortKey, row.id, base.binds);
    return {u"SELECT count(*)"_s + fromSql + u" WHERE "_s + base.sql + u" AND "_s + before, base.binds};
}

Result<QList<InboxRow>> InboxSql::read(const QString &extra, const QVariantList &binds, int limit, int offset,
                                       Scope scope) const
{
    const QString direction = m_order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    const Statement base = scope == Scope::View ? where() : Statement{u"1 = 1"_s, {}};
    const QString tags = m_database.dialect().joinedList(
        u"g.name"_s, u"ticket_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.ticket_id = t.id"_s, u", "_s);
    // Two steps: the page's ids and keys first (index work only, also for the rows an
    // OFFSET skips), then the joined columns and tag lists for just those rows.
    const QString sql = u"SELECT t.id, t.subject, c.display_name, c.licence_plan, c.licence_key, c.licence_expires_at, "
                        "t.status, a.display_name, "_s
        + tags
        + u", t.channel, t.updated_at, t.first_response_due_at, t.first_responded_at, t.complexity, t.severity, "
          "p.sort_key, t.next_response_due_at, t.created_at, t.is_private FROM ("_s
        + pageSql(base.sql, extra)
        + u") AS p JOIN tickets t ON t.id = p.id LEFT JOIN customers c ON c.id = t.customer_id "
          "LEFT JOIN agents a ON a.id = t.assignee_id ORDER BY p.sort_key"_s
        + direction + u", t.id"_s + direction;

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : base.binds + binds)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    const qint64 now = m_clock.nowMs();
    const bool numericKey = isKeyNumeric();
    QList<InboxRow> rows;
    while (q.next()) {
        InboxRow r;
        r.id = TicketId(q.value(0).toLongLong());
        r.subject = q.value(1).toString();
        r.customer = q.value(2).toString();
        Customer licence;
        licence.licencePlan = q.value(3).toString();
        licence.licenceKey = q.value(4).toString();
        if (!q.value(5).isNull())
            licence.licenceExpiresAt = q.value(5).toLongLong();
        r.licence = q.value(2).isNull() ? LicenceState::None : licenceState(licence, now);
        r.status = ticketStatusNames.parse(q.value(6).toString()).value_or(TicketStatus::New);
        r.assignee = q.value(7).toString();
        r.tags = q.value(8).toString();
        r.channel = channelNames.parse(q.value(9).toString()).value_or(Channel::Other);
        r.updatedAt = q.value(10).toLongLong();
        if (!q.value(11).isNull())
            r.firstResponseDueAt = q.value(11).toLongLong();
        r.responded = !q.value(12).isNull();
        r.complexity = complexityNames.parse(q.value(13).toString());
        r.severity = severityNames.parse(q.value(14).toString());
        // SQLite gives a subquery's computed column no declared type and returns it as
        // text; bound back as text it still compares right, but no index range can use it.
        r.sortKey = numericKey ? QVariant(q.value(15).toLongLong()) : q.value(15);
        if (!q.value(16).isNull())
            r.nextResponseDueAt = q.value(16).toLongLong();
        r.createdAt = q.value(17).toLongLong();
        r.isPrivate = q.value(18).toBool();
        rows.append(r);
    }
    return rows;
}

Result<std::optional<InboxRow>> InboxSql::readTicket(TicketId ticket, Scope scope) const
{
    const auto found = read(u"t.id = ?"_s, {ticket.value()}, 1, 0, scope);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<InboxRow>> InboxSql::readTickets(const QList<TicketId> &tickets) const
{
    if (tickets.isEmpty())
        return QList<InboxRow>();
    QVariantList binds;
    QStringList marks;
    for (const TicketId id : tickets) {
        binds << id.value();
        marks << u"?"_s;
    }
    auto rows = read(u"t.id IN ("_s + marks.join(u',') + u')', binds, int(tickets.size()), 0);
    if (!rows)
        return rows;
    QHash<TicketId, InboxRow> byId;
    for (const InboxRow &row : rows.value())
        byId.insert(row.id, row);
    QList<InboxRow> ordered;
    for (const TicketId id : tickets) {
        InboxRow gone; // changed so that it no longer matches; the list's next refresh drops it
        gone.id = id;
        gone.responded = true;
        ordered.append(byId.value(id, gone));
    }
    return ordered;
}

Result<QHash<TicketId, int>> InboxSql::placesOf(const QList<TicketId> &tickets) const
{
    QHash<TicketId, int> places;
    if (tickets.isEmpty())
        return places;
    QVariantList binds;
    QStringList marks;
    for (const TicketId id : tickets) {
        binds << id.value();
        marks << u"?"_s;
    }
    const auto rows = read(u"t.id IN ("_s + marks.join(u',') + u')', binds, int(tickets.size()), 0);
    if (!rows)
        return rows.error();
    QList<Statement> before;
    before.reserve(rows->size());
    for (const InboxRow &row : rows.value())
        before.append(countBefore(row));
    const auto counted = counts(m_database, before);
    if (!counted)
        return counted.error();
    for (qsizetype i = 0; i < rows->size(); ++i)
        places.insert(rows->at(i).id, counted->at(i));
    return places;
}

Result<int> InboxSql::count(Database &database, const Statement &statement)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(statement.sql))
        return database.errorFrom(q.lastError());
    for (const QVariant &value : statement.binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return database.errorFrom(q.lastError());
    return q.value(0).toInt();
}

Result<QList<int>> InboxSql::counts(Database &database, const QList<Statement> &statements)
{
    // A hundred at a time in one statement: after a burst of changes the worker places dozens
    // of tickets, and on a server each count of its own cost a prepare and an execute.
    constexpr qsizetype chunk = 100;
    QList<int> result(statements.size(), -1);
    QList<qsizetype> places;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!statements.at(i).isEmpty())
            places.append(i);
    }
    for (qsizetype from = 0; from < places.size(); from += chunk) {
        const QList<qsizetype> these = places.mid(from, chunk);
        QStringList columns;
        QVariantList binds;
        for (const qsizetype i : these) {
            columns.append(u"("_s + statements.at(i).sql + u")"_s);
            binds += statements.at(i).binds;
        }
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT "_s + columns.join(u", "_s)))
            return database.errorFrom(q.lastError());
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        if (!q.exec() || !q.next())
            return database.errorFrom(q.lastError());
        for (qsizetype column = 0; column < these.size(); ++column)
            result[these.at(column)] = q.value(int(column)).toInt();
    }
    return result;
}

} // namespace Casebook
