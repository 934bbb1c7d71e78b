// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminderrule.h"
#include "models/shifts/roster.h"
#include "models/storage/ids.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Casebook {

using NotificationId = Id<struct NotificationTag>;

/// An agent as the reminders see them.
struct PlanAgent
{
    AgentId id;
    QString name;
    bool lead = false;
    int mailCheckMinutes = 60; ///< R08: the agent's choice, 30 or 60
};

/// A ticket with a clock running: a critical reaction (R12), a response due (R15, R34) or a holder (R24).
struct TicketClock
{
    TicketId id;
    QString subject;
    AgentId assignee;
    std::optional<qint64> reactionDueAt; ///< R12: set by triage when it became critical
    qint64 lastReactionAt = 0; ///< the latest reply, note or take (0: none)
    std::optional<qint64> firstResponseDueAt; ///< only while unanswered
    std::optional<qint64> nextResponseDueAt;
    std::optional<qint64> assignedAt; ///< R24: held since, while open
};

/// A bug report and the people its severity route named at submit (R28).
struct RoutedReport
{
    qint64 id = 0;
    TicketId ticket;
    QString title;
    QList<AgentId> agents;
    qint64 submittedAt = 0;
};

/// A notification an agent snoozed until a moment.
struct SnoozedNotification
{
    NotificationId id;
    AgentId agent;
    qint64 until = 0;
    TicketId ticket;
    QString title;
};

/// Everything the planner reads: the rules, the roster and the data with clocks.
struct PlanSnapshot
{
    Roster roster;
    RuleSet rules;
    QList<PlanAgent> agents;
    QList<TicketClock> tickets;
    QList<RoutedReport> reports;
    QList<SnoozedNotification> snoozed;
    QSet<QString> acknowledged; ///< "rule|subject" of acknowledged escalations
    int longHeldBusinessDays = 3;

    [[nodiscard]] const PlanAgent *agent(AgentId id) const;
};

/// One reminder to deliver: what, about what, when it came due and when it may be delivered.
struct Reminder
{
    RuleKind kind = RuleKind::ShiftEndSoon;
    QString subject; ///< "agent/3/2026-11-20", "ticket/42", ...: with kind and dueAt, the delivery's key
    qint64 dueAt = 0;
    qint64 deliverAt = 0; ///< later than dueAt while the recipients are off shift (do not disturb)
    QList<AgentId> recipients;
    TicketId ticket;
    NotificationId notification; ///< Snoozed: the notification due again
    QString title;
    QString body;

    bool operator==(const Reminder &) const = default;
};

} // namespace Casebook
