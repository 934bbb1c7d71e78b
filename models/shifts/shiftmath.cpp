// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftmath.h"

#include <QDateTime>

#include <algorithm>

namespace Casebook {

const ShiftTemplate *Roster::shiftTemplate(ShiftTemplateId id) const
{
    const auto found =
        std::find_if(templates.cbegin(), templates.cend(), [id](const ShiftTemplate &shift) { return shift.id == id; });
    return found == templates.cend() ? nullptr : &*found;
}

const RosterEntry *Roster::entry(AgentId agent, QDate day) const
{
    const auto key = [](AgentId a, QDate d) { return (a.value() << 32) ^ d.toJulianDay(); };
    if (m_indexed != entries.size()) {
        m_index.clear();
        for (qsizetype i = 0; i < entries.size(); ++i)
            m_index.insert(key(entries.at(i).agent, entries.at(i).day), i);
        m_indexed = entries.size();
    }
    const auto found = m_index.constFind(key(agent, day));
    if (found == m_index.cend() || entries.at(*found).agent != agent || entries.at(*found).day != day)
        return nullptr;
    return &entries.at(*found);
}

namespace Shifts {

qint64 instantOf(const QTimeZone &zone, QDate day, int minute)
{
    if (minute >= 24 * 60)
        return day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    // A wall-clock time the spring change skips reads as the instant after the gap.
    return QDateTime(day, QTime(0, 0).addSecs(qint64(minute) * 60), zone).toMSecsSinceEpoch();
}

QDate teamDate(const BusinessHours &hours, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, hours.zone).date();
}

std::optional<Interval> shiftOn(const Roster &roster, AgentId agent, QDate day)
{
    if (roster.hours.holidays.contains(day))
        return std::nullopt;
    const RosterEntry *entry = roster.entry(agent, day);
    const ShiftTemplate *shift = entry ? roster.shiftTemplate(entry->shift) : nullptr;
    if (!shift)
        return std::nullopt;
    return Interval{instantOf(roster.hours.zone, day, shift->startMinute),
                    instantOf(roster.hours.zone, day, shift->endMinute)};
}

std::optional<Interval> lunchOn(const Roster &roster, AgentId agent, QDate day)
{
    const RosterEntry *entry = roster.entry(agent, day);
    if (!entry || !entry->lunchStartMinute || !shiftOn(roster, agent, day))
        return std::nullopt;
    const int start = *entry->lunchStartMinute;
    return Interval{instantOf(roster.hours.zone, day, start),
                    instantOf(roster.hours.zone, day, std::min(start + lunchMinutes, 24 * 60))};
}

namespace {

// The shift containing `ms`: today's, or yesterday's when a shift runs to midnight.
std::optional<Interval> shiftAt(const Roster &roster, AgentId agent, qint64 ms)
{
    const QDate day = teamDate(roster.hours, ms);
    for (const QDate candidate : {day, day.addDays(-1)}) {
        if (const auto shift = shiftOn(roster, agent, candidate); shift && shift->contains(ms))
            return shift;
    }
    return std::nullopt;
}

QList<AgentId> rosteredAgents(const Roster &roster)
{
    QList<AgentId> agents;
    for (const RosterEntry &entry : roster.entries) {
        if (!agents.contains(entry.agent))
            agents.append(entry.agent);
    }
    return agents;
}

} // namespace

bool isOnShift(const Roster &roster, AgentId agent, qint64 ms)
{
    return shiftAt(roster, agent, ms).has_value();
}

bool isAtLunch(const Roster &roster, AgentId agent, qint64 ms)
{
    const auto lunch = lunchOn(roster, agent, teamDate(roster.hours, ms));
    return lunch && lunch->contains(ms);
}

std::optional<qint64> shiftEnd(const Roster &roster, AgentId agent, qint64 ms)
{
    if (const auto shift = shiftAt(roster, agent, ms))
        return shift->end;
    return std::nullopt;
}

std::optional<qint64> nextShiftStart(const Roster &roster, AgentId agent, qint64 ms, int days)
{
    const QDate first = teamDate(roster.hours, ms);
    for (int d = 0; d <= days; ++d) {
        if (const auto shift = shiftOn(roster, agent, first.addDays(d)); shift && shift->start >= ms)
            return shift->start;
    }
    return std::nullopt;
}

bool isInLastMinutes(const Roster &roster, AgentId agent, qint64 ms, int minutes)
{
    const auto end = shiftEnd(roster, agent, ms);
    return end && *end - ms <= qint64(minutes) * 60'000;
}

QList<AgentId> onShiftAt(const Roster &roster, qint64 ms)
{
    QList<AgentId> agents;
    for (const AgentId agent : rosteredAgents(roster)) {
        if (isOnShift(roster, agent, ms))
            agents.append(agent);
    }
    return agents;
}

QList<AgentId> dutyOn(const Roster &roster, QDate day)
{
    QList<AgentId> agents;
    for (const RosterEntry &entry : roster.entries) {
        const ShiftTemplate *shift = roster.shiftTemplate(entry.shift);
        if (entry.day == day && shift && shift->isDuty && !agents.contains(entry.agent))
            agents.append(entry.agent);
    }
    return agents;
}

qint64 nextWorkingTime(const BusinessHours &hours, qint64 ms)
{
    QDate day = teamDate(hours, ms);
    if (hours.isWorkingDay(day) && ms < instantOf(hours.zone, day, hours.startMinute))
        return instantOf(hours.zone, day, hours.startMinute);
    // A calendar without a working day in three years is broken; stop rather than spin.
    for (int guard = 0; guard < 366 * 3; ++guard) {
        day = day.addDays(1);
        if (hours.isWorkingDay(day))
            return instantOf(hours.zone, day, hours.startMinute);
    }
    return ms;
}

qint64 businessMsBetween(const BusinessHours &hours, qint64 fromMs, qint64 toMs)
{
    return hours.workingMsBetween(fromMs, toMs);
}

QList<LunchOverlap> lunchOverlaps(const Roster &roster, QDate day)
{
    QList<std::pair<AgentId, Interval>> lunches;
    for (const RosterEntry &entry : roster.entries) {
        if (entry.day != day)
            continue;
        if (const auto lunch = lunchOn(roster, entry.agent, day))
            lunches.append({entry.agent, *lunch});
    }
    QList<LunchOverlap> overlaps;
    for (qsizetype i = 0; i < lunches.size(); ++i) {
        for (qsizetype j = i + 1; j < lunches.size(); ++j) {
            const Interval &a = lunches.at(i).second;
            const Interval &b = lunches.at(j).second;
            if (a.start < b.end && b.start < a.end)
                overlaps.append({day, lunches.at(i).first, lunches.at(j).first});
        }
    }
    return overlaps;
}

QList<RosterEntry> rotateDuty(const Roster &roster, const QList<AgentId> &agents, QDate firstSaturday, int weeks,
                              ShiftTemplateId duty, int lunchMinute)
{
    if (agents.isEmpty())
        return {};
    qsizetype next = 0;
    // Whoever had the last duty before goes to the back of the turn.
    for (int back = 1; back <= 8; ++back) {
        const QList<AgentId> before = dutyOn(roster, firstSaturday.addDays(-7LL * back));
        if (!before.isEmpty() && agents.contains(before.constFirst())) {
            next = (agents.indexOf(before.constFirst()) + 1) % agents.size();
            break;
        }
    }
    QList<RosterEntry> entries;
    for (int week = 0; week < weeks; ++week) {
        const QDate saturday = firstSaturday.addDays(7LL * week);
        entries.append({agents.at((next + week) % agents.size()), saturday, duty, lunchMinute, 0});
    }
    return entries;
}

} // namespace Shifts

} // namespace Casebook
