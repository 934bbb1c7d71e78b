// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/ids.h"
#include "models/tickets/sla/responsedue.h"

#include <QString>

#include <optional>

namespace Casebook {

/// R32: who acts next follows from the status.
enum class TicketStatus { New, Open, Pending, OnHold, Solved, Closed };
/// R10
enum class Complexity { Simple, Complex, Critical, Proposal };
/// R28
enum class Severity { Low, Medium, High, Critical };
/// R31
enum class RequestKind { Doing, Building, Fixing };
/// R39
enum class Channel { Email, Chat, Slack, Community, Form, Phone, Messenger, InPerson, Other };
/// R36: the recognised ways a ticket is resolved.
enum class Resolution {
    CustomerConfirmed,
    WorkaroundAndDefect,
    NoResponse,
    DefectFixed,
    FeatureRequested,
    QuestionAnswered
};
/// R38: notes are the team's own and never leave in anything meant for the customer.
enum class MessageKind { Customer, Agent, Note, System };

inline constexpr EnumNames<TicketStatus, 6> ticketStatusNames{{{
    {TicketStatus::New, "new"},
    {TicketStatus::Open, "open"},
    {TicketStatus::Pending, "pending"},
    {TicketStatus::OnHold, "on_hold"},
    {TicketStatus::Solved, "solved"},
    {TicketStatus::Closed, "closed"},
}}};
inline constexpr EnumNames<Complexity, 4> complexityNames{{{
    {Complexity::Simple, "simple"},
    {Complexity::Complex, "complex"},
    {Complexity::Critical, "critical"},
    {Complexity::Proposal, "proposal"},
}}};
inline constexpr EnumNames<Severity, 4> severityNames{{{
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}}};
inline constexpr EnumNames<RequestKind, 3> requestKindNames{{{
    {RequestKind::Doing, "doing"},
    {RequestKind::Building, "building"},
    {RequestKind::Fixing, "fixing"},
}}};
inline constexpr EnumNames<Channel, 9> channelNames{{{
    {Channel::Email, "email"},
    {Channel::Chat, "chat"},
    {Channel::Slack, "slack"},
    {Channel::Community, "community"},
    {Channel::Form, "form"},
    {Channel::Phone, "phone"},
    {Channel::Messenger, "messenger"},
    {Channel::InPerson, "in_person"},
    {Channel::Other, "other"},
}}};
/// In the order the Solve menus offer them: a plain question answered is the most common.
inline constexpr EnumNames<Resolution, 6> resolutionNames{{{
    {Resolution::QuestionAnswered, "question_answered"},
    {Resolution::CustomerConfirmed, "customer_confirmed"},
    {Resolution::WorkaroundAndDefect, "workaround_and_defect"},
    {Resolution::NoResponse, "no_response"},
    {Resolution::DefectFixed, "defect_fixed"},
    {Resolution::FeatureRequested, "feature_requested"},
}}};
inline constexpr EnumNames<MessageKind, 4> messageKindNames{{{
    {MessageKind::Customer, "customer"},
    {MessageKind::Agent, "agent"},
    {MessageKind::Note, "note"},
    {MessageKind::System, "system"},
}}};

struct Ticket
{
    TicketId id;
    QString subject;
    CustomerId customer;
    TicketStatus status = TicketStatus::New;
    std::optional<Complexity> complexity;
    std::optional<Severity> severity;
    std::optional<RequestKind> requestKind;
    Channel channel = Channel::Email;
    AgentId assignee;
    bool isPrivate = false;
    std::optional<Resolution> resolution;
    std::optional<qint64> firstResponseDueAt;
    std::optional<qint64> firstRespondedAt;
    /// Set by a customer message after the first answer, cleared by the next answer.
    std::optional<qint64> nextResponseDueAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;

    /// R15, R34: when the customer must have the team's answer (ResponseDue::owedAt).
    [[nodiscard]] std::optional<qint64> responseDueAt() const;
};

inline std::optional<qint64> Ticket::responseDueAt() const
{
    return ResponseDue::owedAt(status, firstRespondedAt.has_value(), firstResponseDueAt, nextResponseDueAt);
}

struct Message
{
    MessageId id;
    TicketId ticket;
    MessageKind kind = MessageKind::Customer;
    AgentId authorAgent;
    CustomerId authorCustomer;
    QString body;
    qint64 createdAt = 0;
};

/// R32: a closed ticket is final; everything else may move anywhere.
[[nodiscard]] bool isStatusChangeAllowed(TicketStatus from, TicketStatus to);

} // namespace Casebook
