// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"

#include <QList>
#include <QString>

#include <optional>

namespace Casebook {

/// The reminders the playbook asks for; each is one row of `reminder_rules`.
enum class RuleKind {
    ShiftEndSoon, ///< R06: 30 minutes before one's shift ends
    SaturdayDuty, ///< R04: on Friday, who is on duty on Saturday
    MailCheck, ///< R08: every 30 or 60 minutes of one's shift
    CriticalReaction, ///< R12: a critical ticket nobody reacted to, then the ladder (R28)
    BugRoute, ///< R28: a bug report's severity route
    SlaDue, ///< R15, R34: a response due in 15 minutes
    SlaBreached, ///< R15, R34: a response overdue
    LongHeld, ///< R24
    ShiftStart,
    ShiftEnd,
    Lunch, ///< R02
    Snoozed, ///< a notification the agent snoozed, due again
};

inline constexpr EnumNames<RuleKind, 12> ruleKindNames{{{
    {RuleKind::ShiftEndSoon, "shift_end_soon"},
    {RuleKind::SaturdayDuty, "saturday_duty"},
    {RuleKind::MailCheck, "mail_check"},
    {RuleKind::CriticalReaction, "critical_reaction"},
    {RuleKind::BugRoute, "bug_route"},
    {RuleKind::SlaDue, "sla_due"},
    {RuleKind::SlaBreached, "sla_breached"},
    {RuleKind::LongHeld, "long_held"},
    {RuleKind::ShiftStart, "shift_start"},
    {RuleKind::ShiftEnd, "shift_end"},
    {RuleKind::Lunch, "lunch"},
    {RuleKind::Snoozed, "snoozed"},
}}};

/// One step of the R12 ladder: how the escalation is made and how long after the step before.
struct LadderStep
{
    QString channel; ///< "team", "mention", "direct", "phone": words for people, not routing
    int waitMinutes = 0;
    bool operator==(const LadderStep &) const = default;
};

/**
 * A reminder rule as data: whether it runs, whether it is urgent (reaches people outside
 * their shift hours on a day they work; never on a day off, R05) and its numbers. The
 * shipped values are the playbook's (migration 013); a lead edits them.
 */
struct ReminderRule
{
    RuleKind kind = RuleKind::ShiftEndSoon;
    bool enabled = true;
    bool urgent = false;
    int minutesBefore = 30; ///< ShiftEndSoon: 30 (R06); SlaDue: 15
    int weekday = 5; ///< SaturdayDuty: ISO weekday the team is told (Friday)
    int minute = 16 * 60; ///< SaturdayDuty: at this team time
    QList<LadderStep> ladder; ///< CriticalReaction (R12, R28)
    qint64 version = 0;

    bool operator==(const ReminderRule &) const = default;

    /// The playbook's rule of `kind`.
    [[nodiscard]] static ReminderRule playbook(RuleKind kind);
    /// Reads the params column over the playbook's defaults; what is missing keeps its default.
    [[nodiscard]] static ReminderRule fromParams(RuleKind kind, const QByteArray &json);
    [[nodiscard]] QByteArray params() const;
};

/// The rules by kind; a kind missing from `rules` runs with the playbook's values.
struct RuleSet
{
    QList<ReminderRule> rules;
    [[nodiscard]] ReminderRule rule(RuleKind kind) const;
};

} // namespace Casebook
