// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterstore.h"

#include "models/shifts/businesshours.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The changed row's id for the feed: the roster is announced per agent (one "reload" is enough).
Status upsert(WriteTransaction &tx, const RosterEntry &entry)
{
    const auto done = tx.exec(
        u"INSERT INTO roster (agent_id, day, shift_template_id, lunch_start_minute) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (agent_id, day) DO UPDATE SET "
        "shift_template_id = excluded.shift_template_id, "
        "lunch_start_minute = excluded.lunch_start_minute, version = roster.version + 1"_s,
        {Sql::id(entry.agent), dayText(entry.day), Sql::id(entry.shift), Sql::optional(entry.lunchStartMinute)});
    if (!done)
        return done.error();
    return tx.record(RosterStore::rosterEntity(), entry.agent.value(), Change::Op::Update);
}

} // namespace

QString RosterStore::rosterEntity()
{
    return u"roster"_s;
}

QString RosterStore::calendarEntity()
{
    return u"team_calendar"_s;
}

RosterStore::RosterStore(Database &database)
    : m_database(database)
{
}

Result<QList<ShiftTemplate>> RosterStore::templates() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT id, name, start_minute, end_minute, weekdays, is_duty, version FROM shift_templates "
                "ORDER BY is_duty, start_minute, id"_s))
        return m_database.errorFrom(q.lastError());
    QList<ShiftTemplate> shifts;
    while (q.next()) {
        shifts.append({ShiftTemplateId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toInt(), q.value(4).toInt(), q.value(5).toBool(), q.value(6).toLongLong()});
    }
    return shifts;
}

Status RosterStore::updateTemplate(const ShiftTemplate &shift)
{
    if (shift.name.trimmed().isEmpty() || shift.startMinute < 0 || shift.endMinute > 24 * 60
        || shift.startMinute >= shift.endMinute)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::RosterStore", "A shift needs a name and must end after it starts."),
            {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto q = tx.exec(u"UPDATE shift_templates SET name = ?, start_minute = ?, end_minute = ?, weekdays = ?, "
                     "is_duty = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                     {shift.name.trimmed(), shift.startMinute, shift.endMinute, shift.weekdays, shift.isDuty,
                      Sql::id(shift.id), shift.version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::RosterStore", "Someone changed this shift first."),
                     {}};
    if (auto recorded = tx.record(rosterEntity(), 0, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Result<Roster> RosterStore::roster(QDate from, QDate to) const
{
    Roster roster;
    auto hours = teamBusinessHours(m_database);
    if (!hours)
        return hours.error();
    roster.hours = std::move(hours).value();
    auto shifts = templates();
    if (!shifts)
        return shifts.error();
    roster.templates = std::move(shifts).value();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT agent_id, day, shift_template_id, lunch_start_minute, version FROM roster "
              "WHERE day >= ? AND day <= ? ORDER BY day, agent_id"_s);
    q.addBindValue(dayText(from));
    q.addBindValue(dayText(to));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next()) {
        RosterEntry entry{AgentId(q.value(0).toLongLong()), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                          ShiftTemplateId(q.value(2).toLongLong()), std::nullopt, q.value(4).toLongLong()};
        if (!q.value(3).isNull())
            entry.lunchStartMinute = q.value(3).toInt();
        roster.entries.append(entry);
    }
    return roster;
}

Status RosterStore::assign(const RosterEntry &entry)
{
    return assign(QList<RosterEntry>{entry});
}

Status RosterStore::assign(const QList<RosterEntry> &entries)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    for (const RosterEntry &entry : entries) {
        if (auto done = upsert(tx, entry); !done)
            return done;
    }
    return tx.commit();
}

Status RosterStore::clear(AgentId agent, QDate day)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto done = tx.exec(u"DELETE FROM roster WHERE agent_id = ? AND day = ?"_s, {Sql::id(agent), dayText(day)});
        !done)
        return done.error();
    if (auto recorded = tx.record(rosterEntity(), agent.value(), Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

Result<QList<CalendarDay>> RosterStore::holidays() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT day, note FROM team_calendar WHERE kind = 'holiday' ORDER BY day"_s))
        return m_database.errorFrom(q.lastError());
    QList<CalendarDay> days;
    while (q.next())
        days.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
    return days;
}

Status RosterStore::setHoliday(const CalendarDay &day)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto done = tx.exec(u"INSERT INTO team_calendar (day, kind, note) VALUES (?, 'holiday', ?) "
                            "ON CONFLICT (day) DO UPDATE SET kind = 'holiday', note = excluded.note, "
                            "version = team_calendar.version + 1"_s,
                            {dayText(day.day), Sql::text(day.note)});
        !done)
        return done.error();
    if (auto recorded = tx.record(calendarEntity(), day.day.toJulianDay(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status RosterStore::removeHoliday(QDate day)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto done = tx.exec(u"DELETE FROM team_calendar WHERE day = ?"_s, {dayText(day)}); !done)
        return done.error();
    if (auto recorded = tx.record(calendarEntity(), day.toJulianDay(), Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

Result<int> RosterStore::importHolidays(const QByteArray &icalendar)
{
    const QList<CalendarDay> days = holidaysFromICalendar(icalendar);
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    int added = 0;
    for (const CalendarDay &day : days) {
        // A date the team already marked keeps its own note.
        auto q = tx.exec(u"INSERT INTO team_calendar (day, kind, note) VALUES (?, 'holiday', ?) "
                         "ON CONFLICT (day) DO NOTHING"_s,
                         {dayText(day.day), Sql::text(day.note)});
        if (!q)
            return q.error();
        added += q->numRowsAffected() > 0 ? 1 : 0;
    }
    if (added > 0) {
        if (auto recorded = tx.record(calendarEntity(), 0, Change::Op::Insert); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

} // namespace Casebook
