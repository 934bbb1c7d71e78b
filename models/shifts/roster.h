// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/ids.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Casebook {

using ShiftTemplateId = Id<struct ShiftTemplateTag>;

/// A shift as the team plans it, in the team's time zone: First 09:00-18:00 and Second
/// 10:00-19:00 on weekdays (R01), Saturday duty (R03); editable by a lead.
struct ShiftTemplate
{
    ShiftTemplateId id;
    QString name;
    int startMinute = 9 * 60;
    int endMinute = 18 * 60; ///< up to 1440 (midnight)
    int weekdays = 0b0011111; ///< bit 0 = Monday ... bit 6 = Sunday: the days it is offered on
    bool isDuty = false; ///< R03: the Saturday duty
    qint64 version = 0;

    bool operator==(const ShiftTemplate &) const = default;
};

/// One agent's shift on one date; no entry means a day off (R05).
struct RosterEntry
{
    AgentId agent;
    QDate day;
    ShiftTemplateId shift;
    std::optional<int> lunchStartMinute; ///< R02: a one-hour lunch, team time
    qint64 version = 0;

    bool operator==(const RosterEntry &) const = default;
};

/// Who works when: the templates, the entries of some dates, and the team's hours (zone and
/// holidays), everything shift arithmetic needs. A value: tests build one by hand.
struct Roster
{
    BusinessHours hours;
    QList<ShiftTemplate> templates;
    QList<RosterEntry> entries;

    [[nodiscard]] const ShiftTemplate *shiftTemplate(ShiftTemplateId id) const;
    [[nodiscard]] const RosterEntry *entry(AgentId agent, QDate day) const;

private:
    // Built on first lookup after the entries changed: the planner asks thousands of times.
    mutable QHash<qint64, qsizetype> m_index;
    mutable qsizetype m_indexed = -1;
};

/// R02: every lunch lasts an hour.
inline constexpr int lunchMinutes = 60;

} // namespace Casebook
