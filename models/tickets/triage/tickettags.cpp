// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettags.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/ticketwrite.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketTags::TicketTags(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString TicketTags::normalised(const QString &tag)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return tag.trimmed().toLower().replace(spaces, u"-"_s);
}

Result<QList<TagUse>> TicketTags::teamTags() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, use_count FROM tags ORDER BY use_count DESC, name"_s))
        return m_database.errorFrom(q.lastError());
    QList<TagUse> result;
    while (q.next())
        result.append({TagId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}

Result<bool> TicketTags::isLocked() const
{
    const auto team = TeamSettingsStore(m_database).read();
    if (!team)
        return team.error();
    return team->tagsLocked;
}

Status TicketTags::setLocked(bool locked)
{
    TeamSettingsStore store(m_database);
    auto team = store.read();
    if (!team)
        return team.error();
    team.value().tagsLocked = locked;
    return store.write(team.value());
}

Status TicketTags::add(TicketId id, const QString &tag, AgentId by)
{
    const QString name = normalised(tag);
    if (name.isEmpty())
        return TicketWrite::invalid(tr("A tag needs a name."));
    const auto locked = isLocked();
    if (!locked)
        return locked.error();
    if (locked.value()) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT 1 FROM tags WHERE lower(name) = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        if (!q.next())
            return TicketWrite::invalid(
                tr("The team's tag list is locked; \"%1\" is not on it. Pick an existing tag or ask a lead.")
                    .arg(name));
    }
    return TicketStore(m_database, m_clock).addTag(id, name, by);
}

Status TicketTags::remove(TicketId id, const QString &tag, AgentId by)
{
    const QString name = normalised(tag);
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto removed = tx.exec(
        u"DELETE FROM ticket_tags WHERE ticket_id = ? AND tag_id IN (SELECT id FROM tags WHERE lower(name) = ?)"_s,
        {id.value(), name});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() == 0)
        return Done{}; // not tagged: nothing changed
    if (auto recorded =
            TicketWrite::event(tx, id, by, u"tag_removed"_s, name, Sql::null<QString>(), Sql::null<QString>(), now);
        !recorded)
        return recorded;
    return tx.commit();
}

Result<QStringList> TicketTags::tags(TicketId id) const
{
    return TicketStore(m_database, m_clock).tags(id);
}

Result<TagCoverage> TicketTags::coverage(qint64 fromMs, qint64 toMs) const
{
    TagCoverage result;
    if (const auto team = TeamSettingsStore(m_database).read())
        result.goalPercent = team->tagGoalPercent;
    // One range of tickets_created, which holds tag_count (kept by triggers, migration 004):
    // the index alone answers, never ticket_tags.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*), coalesce(sum(CASE WHEN t.tag_count > 0 THEN 1 ELSE 0 END), 0) FROM tickets t "
              "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL"_s);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    result.total = q.value(0).toLongLong();
    result.tagged = q.value(1).toLongLong();
    return result;
}

Result<TagCoverage> TicketTags::coverageThisMonth(const QTimeZone &zone) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone);
    const QDate first(now.date().year(), now.date().month(), 1);
    const QDateTime from(first, QTime(0, 0), zone);
    const QDateTime to(first.addMonths(1), QTime(0, 0), zone);
    return coverage(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

} // namespace Casebook
