// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxtexts.h"

#include "inboxmodel.h"
#include "models/common/dates.h"

#include <QDateTime>
#include <QLocale>

namespace Casebook {

namespace {

constexpr qint64 dayMinutes = 1440;

QString ago(qint64 then, qint64 now)
{
    const qint64 minutes = std::max<qint64>(0, (now - then) / 60000);
    if (minutes < 1)
        return InboxModel::tr("just now");
    if (minutes < 60)
        return InboxModel::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 2 * dayMinutes)
        return InboxModel::tr("%n h ago", nullptr, int(minutes / 60));
    return InboxModel::tr("%n days ago", nullptr, int(minutes / dayMinutes));
}

QString dueText(const InboxRow &row, qint64 now)
{
    const std::optional<qint64> due = row.responseDueAt();
    if (!due)
        return row.responded ? InboxModel::tr("answered") : QString();
    const qint64 minutes = (*due - now) / 60000;
    const qint64 span = std::abs(minutes);
    if (minutes < 0) {
        if (span < 120)
            return InboxModel::tr("%n min late", nullptr, int(span));
        if (span < 2 * dayMinutes)
            return InboxModel::tr("%n h late", nullptr, int(span / 60));
        return InboxModel::tr("%n days late", nullptr, int(span / dayMinutes));
    }
    if (span < 120)
        return InboxModel::tr("in %n min", nullptr, int(span));
    if (span < 2 * dayMinutes)
        return InboxModel::tr("in %n h", nullptr, int(span / 60));
    return InboxModel::tr("in %n days", nullptr, int(span / dayMinutes));
}

QString statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return InboxModel::tr("New");
    case TicketStatus::Open:
        return InboxModel::tr("Open");
    case TicketStatus::Pending:
        return InboxModel::tr("Pending");
    case TicketStatus::OnHold:
        return InboxModel::tr("On-hold");
    case TicketStatus::Solved:
        return InboxModel::tr("Solved");
    case TicketStatus::Closed:
        break;
    }
    return InboxModel::tr("Closed");
}

QString severityText(const std::optional<Severity> &severity)
{
    if (!severity)
        return {};
    switch (*severity) {
    case Severity::Critical:
        return InboxModel::tr("Critical");
    case Severity::High:
        return InboxModel::tr("High");
    case Severity::Medium:
        return InboxModel::tr("Medium");
    case Severity::Low:
        return InboxModel::tr("Low");
    }
    return {};
}

QString complexityText(const std::optional<Complexity> &complexity)
{
    if (!complexity)
        return {};
    switch (*complexity) {
    // Support words, as the triage panel's (short: the column is narrow).
    case Complexity::Critical:
        return InboxModel::tr("Blocking");
    case Complexity::Complex:
        return InboxModel::tr("Investigation");
    case Complexity::Proposal:
        return InboxModel::tr("Feature request");
    case Complexity::Simple:
        return InboxModel::tr("Quick answer");
    }
    return {};
}

QString licenceText(LicenceState state)
{
    switch (state) {
    case LicenceState::Valid:
        return InboxModel::tr("Licence valid");
    case LicenceState::Expiring:
        return InboxModel::tr("Licence expires soon");
    case LicenceState::Expired:
        return InboxModel::tr("Licence expired");
    case LicenceState::None:
        break;
    }
    return InboxModel::tr("No licence");
}

} // namespace

QString InboxTexts::display(const InboxRow &row, int column, qint64 now)
{
    switch (InboxModel::Column(column)) {
    case InboxModel::SeverityColumn:
        return severityText(row.severity);
    case InboxModel::ComplexityColumn:
        return complexityText(row.complexity);
    case InboxModel::SubjectColumn:
        return row.subject;
    case InboxModel::CustomerColumn:
        return row.customer;
    case InboxModel::StatusColumn:
        return statusText(row.status);
    case InboxModel::AssigneeColumn:
        return row.assignee;
    case InboxModel::TagsColumn:
        return row.tags;
    case InboxModel::ChannelColumn:
        return channelNames.name(row.channel);
    case InboxModel::LastActivityColumn:
        return ago(row.updatedAt, now);
    case InboxModel::ReceivedColumn:
        return ago(row.createdAt, now);
    case InboxModel::FirstResponseDueColumn:
        return dueText(row, now);
    case InboxModel::ColumnCount:
        break;
    }
    return {};
}

QString InboxTexts::toolTip(const InboxRow &row, int column)
{
    if (column == InboxModel::LastActivityColumn)
        return Dates::full(row.updatedAt);
    if (column == InboxModel::ReceivedColumn)
        return Dates::full(row.createdAt);
    if (column == InboxModel::FirstResponseDueColumn && row.responseDueAt()) {
        const QString when = Dates::full(*row.responseDueAt());
        return row.responded ? InboxModel::tr("Next response due %1").arg(when)
                             : InboxModel::tr("First response due %1").arg(when);
    }
    if (column == InboxModel::CustomerColumn && !row.customer.isEmpty())
        return licenceText(row.licence);
    if (column == InboxModel::SubjectColumn && row.isPrivate)
        //: %1 is the ticket's subject (R40)
        return InboxModel::tr("Private: a security report, seen only by leads and its assignee\n%1").arg(row.subject);
    if (column == InboxModel::SubjectColumn)
        return row.subject;
    return {};
}

QString InboxTexts::title(int column)
{
    switch (InboxModel::Column(column)) {
    case InboxModel::SeverityColumn:
        //: Inbox column (R28): how badly the customer is hit, low to critical
        return InboxModel::tr("Severity");
    case InboxModel::ComplexityColumn:
        //: Inbox column (R10): how much work the request is, simple to critical, or a proposal
        return InboxModel::tr("Complexity");
    case InboxModel::SubjectColumn:
        return InboxModel::tr("Subject");
    case InboxModel::CustomerColumn:
        return InboxModel::tr("Customer");
    case InboxModel::StatusColumn:
        return InboxModel::tr("Status");
    case InboxModel::AssigneeColumn:
        return InboxModel::tr("Assignee");
    case InboxModel::TagsColumn:
        return InboxModel::tr("Tags");
    case InboxModel::ChannelColumn:
        return InboxModel::tr("Channel");
    case InboxModel::LastActivityColumn:
        return InboxModel::tr("Last activity");
    case InboxModel::ReceivedColumn:
        //: Inbox column (R34): when the customer's request arrived
        return InboxModel::tr("Received");
    case InboxModel::FirstResponseDueColumn:
        //: Inbox column: when the customer must have the first (or, after it, the next) answer
        return InboxModel::tr("Response due");
    case InboxModel::ColumnCount:
        break;
    }
    return {};
}

} // namespace Casebook
