// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderinputs.h"

#include "models/reminders/reminderstore.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

} // namespace

void ReminderInputs::changed(const QList<Change> &changes)
{
    for (const Change &change : changes) {
        const QString &entity = change.entity;
        // The roster carries the team's hours and holidays too (RosterStore::roster()).
        if (entity == TeamSettingsStore::changeEntity() || entity == RosterStore::calendarEntity())
            m_stale |= Team | RosterPart;
        else if (entity == RosterStore::rosterEntity())
            m_stale |= RosterPart;
        else if (entity == ReminderStore::ruleEntity())
            m_stale |= Rules;
        else if (entity == u"agent")
            m_stale |= Agents;
        else if (entity == ReminderStore::notificationEntity())
            m_stale |= Notifications;
    }
}

Status ReminderInputs::fill(Database &database, PlanSnapshot &snapshot, qint64 fromMs, qint64 toMs)
{
    if (m_stale & Team) {
        if (auto read = readTeam(database); !read)
            return read;
    }
    // Reminders wait for a shift up to two weeks: the roster around the window, both ways.
    const QDate first = Shifts::teamDate(m_hours, fromMs - 15 * dayMs);
    const QDate last = Shifts::teamDate(m_hours, toMs + 15 * dayMs);
    if ((m_stale & RosterPart) || first != m_first || last != m_last) {
        auto roster = RosterStore(database).roster(first, last);
        if (!roster)
            return roster.error();
        m_kept.roster = std::move(roster).value();
        // The roster's lookup index is built on first use; built here, every plan's copy shares it.
        (void)m_kept.roster.entry(AgentId(), first);
        m_first = first;
        m_last = last;
        m_stale &= ~RosterPart;
    }
    if (m_stale & Rules) {
        auto rules = ReminderStore(database).rules();
        if (!rules)
            return rules.error();
        m_kept.rules = std::move(rules).value();
        m_stale &= ~Rules;
    }
    if (m_stale & Agents) {
        if (auto read = readAgents(database); !read)
            return read;
    }
    if (m_stale & Notifications) {
        if (auto read = readNotifications(database); !read)
            return read;
    }
    snapshot.roster = m_kept.roster;
    snapshot.rules = m_kept.rules;
    snapshot.agents = m_kept.agents;
    snapshot.snoozed = m_kept.snoozed;
    snapshot.acknowledged = m_kept.acknowledged;
    snapshot.longHeldBusinessDays = m_kept.longHeldBusinessDays;
    return Done{};
}

Status ReminderInputs::readTeam(Database &database)
{
    const auto team = TeamSettingsStore(database).read();
    if (!team)
        return team.error();
    auto hours = withTeamHolidays(database, team->hours);
    if (!hours)
        return hours.error();
    m_hours = std::move(hours).value();
    m_kept.longHeldBusinessDays = team->longHeldBusinessDays;
    m_stale &= ~Team;
    return Done{};
}

Status ReminderInputs::readAgents(Database &database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, display_name, role, mail_check_minutes FROM agents WHERE active ORDER BY id"_s))
        return database.errorFrom(q.lastError());
    m_kept.agents.clear();
    while (q.next())
        m_kept.agents.append({AgentId(q.value(0).toLongLong()), q.value(1).toString(),
                              q.value(2).toString() != u"agent", q.value(3).toInt()});
    m_stale &= ~Agents;
    return Done{};
}

Status ReminderInputs::readNotifications(Database &database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, agent_id, snoozed_until, ticket_id, title FROM notifications "
                "WHERE snoozed_until IS NOT NULL AND agent_id IS NOT NULL"_s))
        return database.errorFrom(q.lastError());
    m_kept.snoozed.clear();
    while (q.next())
        m_kept.snoozed.append({NotificationId(q.value(0).toLongLong()), AgentId(q.value(1).toLongLong()),
                               q.value(2).toLongLong(), TicketId(q.value(3).toLongLong()), q.value(4).toString()});
    if (!q.exec(u"SELECT DISTINCT rule_key, subject_key FROM notifications "
                "WHERE acknowledged_at IS NOT NULL AND rule_key = 'critical_reaction'"_s))
        return database.errorFrom(q.lastError());
    m_kept.acknowledged.clear();
    while (q.next())
        m_kept.acknowledged.insert(q.value(0).toString() + u'|' + q.value(1).toString());
    m_stale &= ~Notifications;
    return Done{};
}

} // namespace Casebook
