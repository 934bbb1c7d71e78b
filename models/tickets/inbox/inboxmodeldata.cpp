// SPDX-License-Identifier: GPL-3.0-or-later
// What InboxModel shows: texts, marks and tooltips of a row, and the column titles.
#include "inboxmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/clock.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace Casebook {

namespace {

QString ago(qint64 then, qint64 now)
{
    const qint64 minutes = std::max<qint64>(0, (now - then) / 60000);
    if (minutes < 1)
        return InboxModel::tr("just now");
    if (minutes < 60)
        return InboxModel::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return InboxModel::tr("%n h ago", nullptr, int(minutes / 60));
    return InboxModel::tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

QString dueText(const InboxModel::Row &row, qint64 now)
{
    const std::optional<qint64> due = row.responseDueAt();
    if (!due)
        return row.responded ? InboxModel::tr("answered") : QString();
    const qint64 minutes = (*due - now) / 60000;
    const qint64 span = std::abs(minutes);
    if (minutes < 0) {
        if (span < 120)
            return InboxModel::tr("%n min late", nullptr, int(span));
        if (span < 48 * 60)
            return InboxModel::tr("%n h late", nullptr, int(span / 60));
        return InboxModel::tr("%n days late", nullptr, int(span / (24 * 60)));
    }
    if (span < 120)
        return InboxModel::tr("in %n min", nullptr, int(span));
    if (span < 48 * 60)
        return InboxModel::tr("in %n h", nullptr, int(span / 60));
    return InboxModel::tr("in %n days", nullptr, int(span / (24 * 60)));
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

QString markerText(const InboxModel::Row &row)
{
    if (row.severity) {
        switch (*row.severity) {
        case Severity::Critical:
            return InboxModel::tr("Critical");
        case Severity::High:
            return InboxModel::tr("High");
        case Severity::Medium:
            return InboxModel::tr("Medium");
        case Severity::Low:
            return InboxModel::tr("Low");
        }
    }
    if (row.complexity) {
        switch (*row.complexity) {
        case Complexity::Critical:
            return InboxModel::tr("Critical");
        case Complexity::Complex:
            return InboxModel::tr("Complex");
        case Complexity::Proposal:
            return InboxModel::tr("Proposal");
        case Complexity::Simple:
            return InboxModel::tr("Simple");
        }
    }
    return {};
}

using ResponseDue::Breach;

Breach breachOf(const InboxModel::Row &row, qint64 now)
{
    return ResponseDue::breachOf(row.responseDueAt(), now);
}

// Marks read at a glance: the same hues as the severity names suggest, muted enough to
// sit on either palette.
QVariant markerColour(const InboxModel::Row &row)
{
    const bool critical = row.severity == Severity::Critical || row.complexity == Complexity::Critical;
    if (critical)
        return QColor(0xd0, 0x3b, 0x3b);
    if (row.severity == Severity::High || row.complexity == Complexity::Complex)
        return QColor(0xe0, 0x8a, 0x1e);
    if (row.severity == Severity::Medium || row.complexity == Complexity::Proposal)
        return QColor(0xd4, 0xb1, 0x06);
    if (row.severity || row.complexity)
        return QColor(0x8a, 0x94, 0x9e);
    return {};
}

QVariant licenceColour(LicenceState state)
{
    switch (state) {
    case LicenceState::Valid:
        return QColor(0x3a, 0x9a, 0x5b);
    case LicenceState::Expiring:
        return QColor(0xe0, 0x8a, 0x1e);
    case LicenceState::Expired:
        return QColor(0xd0, 0x3b, 0x3b);
    case LicenceState::None:
        break;
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

std::optional<qint64> InboxModel::Row::responseDueAt() const
{
    return ResponseDue::owedAt(status, responded, firstResponseDueAt, nextResponseDueAt);
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id.value();
    if (role == LicenceStateRole)
        return int(row->licence);
    if (role == OverdueRole)
        return breachOf(*row, m_clock.nowMs()) == Breach::Breached;
    const auto column = Column(index.column());
    if (role == RawValueRole) {
        switch (column) {
        case LastActivityColumn:
            return row->updatedAt;
        case FirstResponseDueColumn:
            return row->responseDueAt() ? QVariant(*row->responseDueAt()) : QVariant();
        default:
            return row->sortKey;
        }
    }
    const qint64 now = m_clock.nowMs();
    switch (role) {
    case Qt::ToolTipRole:
        if (column == LastActivityColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row->updatedAt), QLocale::LongFormat);
        if (column == FirstResponseDueColumn && row->responseDueAt()) {
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row->responseDueAt()), QLocale::LongFormat);
            return row->responded ? tr("Next response due %1").arg(when) : tr("First response due %1").arg(when);
        }
        if (column == CustomerColumn && !row->customer.isEmpty())
            return licenceText(row->licence);
        if (column == SubjectColumn)
            return row->subject;
        return {};
    case Qt::DecorationRole:
        if (column == MarkerColumn)
            return markerColour(*row);
        if (column == CustomerColumn)
            return licenceColour(row->licence);
        return {};
    case Qt::ForegroundRole:
        if (column == FirstResponseDueColumn && breachOf(*row, now) == Breach::Breached)
            return QColor(0xc0, 0x30, 0x30);
        if (column == FirstResponseDueColumn && breachOf(*row, now) == Breach::Breaching)
            return QColor(0xc0, 0x70, 0x10);
        return {};
    case Qt::FontRole:
        if (column == FirstResponseDueColumn && breachOf(*row, now) != Breach::None) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BreachRole:
        return int(breachOf(*row, now));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case MarkerColumn:
        return markerText(*row);
    case SubjectColumn:
        return row->subject;
    case CustomerColumn:
        return row->customer;
    case StatusColumn:
        return statusText(row->status);
    case AssigneeColumn:
        return row->assignee;
    case TagsColumn:
        return row->tags;
    case ChannelColumn:
        return channelNames.name(row->channel);
    case LastActivityColumn:
        return ago(row->updatedAt, m_clock.nowMs());
    case FirstResponseDueColumn:
        return dueText(*row, m_clock.nowMs());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TagsColumn)
        return tr("Sorts by the number of tags: untagged tickets first");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case MarkerColumn:
        //: Inbox column: severity or complexity of the ticket
        return tr("Priority");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case TagsColumn:
        return tr("Tags");
    case ChannelColumn:
        return tr("Channel");
    case LastActivityColumn:
        return tr("Last activity");
    case FirstResponseDueColumn:
        //: Inbox column: when the customer must have the first (or, after it, the next) answer
        return tr("Response due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Casebook
