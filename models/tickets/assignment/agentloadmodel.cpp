// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentloadmodel.h"

#include "longheld.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Casebook {

AgentLoadModel::AgentLoadModel(Database &database, const Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_recheck(new QTimer(this))
{
    connect(database.changeFeed(), &ChangeFeed::changed, this, &AgentLoadModel::onChanged);
    // A hold grows long (R24) without any write to announce it: with the feed alone the flag
    // waited for someone's next change, hours on a quiet evening.
    m_recheck->setInterval(std::chrono::minutes(1));
    connect(m_recheck, &QTimer::timeout, this, [this] { (void)refresh(); });
    m_recheck->start();
    (void)refresh();
}

void AgentLoadModel::setRecheckInterval(std::chrono::milliseconds interval)
{
    m_recheck->start(interval);
}

void AgentLoadModel::setBusinessHours(const BusinessHours &hours)
{
    m_hours = hours;
    (void)refresh();
}

Result<QList<AgentLoad>> AgentLoadModel::loads(const Database &database, qint64 longHeldThreshold)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Correlated counts: each is a range of tickets_assignee_updated for one agent and the
    // four open statuses, so the cost follows the open tickets, not the whole table.
    q.prepare(u"SELECT a.id, a.display_name, a.role, "
              "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id "
              " AND t.status IN ('new', 'open', 'pending', 'on_hold')), "
              "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id AND "_s
              + LongHeld::condition(u"t"_s)
              + u") FROM agents a WHERE a.active = ? ORDER BY 4 DESC, a.display_name, a.id"_s);
    q.addBindValue(longHeldThreshold);
    q.addBindValue(true);
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QList<AgentLoad> result;
    while (q.next()) {
        result.append({AgentId(q.value(0).toLongLong()), q.value(1).toString(),
                       agentRoleNames.parse(q.value(2).toString()).value_or(AgentRole::Agent), q.value(3).toInt(),
                       q.value(4).toInt()});
    }
    return result;
}

int AgentLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgentLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentLoad &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (row.longHeld > 0)
            return QString(tr("%1: %n open", nullptr, row.open).arg(row.name) + u", "_s
                           + tr("%n held long", nullptr, row.longHeld));
        return tr("%1: %n open", nullptr, row.open).arg(row.name);
    case Qt::ToolTipRole:
        return tr("%n ticket(s) held past the team's limit; offer help.", nullptr, row.longHeld);
    case RawValueRole:
        return row.open;
    case IdRole:
        return row.agent.value();
    case OverdueRole:
        return row.longHeld > 0;
    default:
        return {};
    }
}

AgentLoad AgentLoadModel::loadAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : AgentLoad{};
}

QModelIndex AgentLoadModel::indexOf(AgentId agent) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).agent == agent)
            return index(int(i));
    }
    return {};
}

Status AgentLoadModel::refresh()
{
    const auto days = LongHeld::businessDays(m_database);
    const int businessDays = days ? days.value() : LongHeld::defaultBusinessDays;
    auto fresh = loads(m_database, LongHeld::threshold(m_clock.nowMs(), m_hours, businessDays));
    if (!fresh) {
        m_lastError = fresh.error().message;
        return fresh.error();
    }
    m_lastError.clear();
    syncRows(
        m_rows, fresh.value(), [](const AgentLoad &l) { return l.agent; },
        [](const AgentLoad &a, const AgentLoad &b) { return a == b; });
    return Done{};
}

void AgentLoadModel::onChanged(const QList<Change> &changes)
{
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(),
                                      [](const Change &c) { return c.entity == u"ticket" || c.entity == u"agent"; });
    if (relevant)
        (void)refresh();
}

} // namespace Casebook
