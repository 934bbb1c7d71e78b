// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerhistorymodel.h"

#include "customerstore.h"
#include "models/common/dates.h"
#include "models/common/itemroles.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Kind and id in one key: a ticket and a bug report may share a number.
qint64 keyOf(const CustomerHistoryItem &item)
{
    return item.id * 4 + qint64(item.kind);
}

} // namespace

CustomerHistoryModel::CustomerHistoryModel(Database &database, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
{
}

Status CustomerHistoryModel::setCustomer(CustomerId customer)
{
    if (customer == m_customer)
        return refresh();
    m_customer = customer;
    auto fresh = customer.isValid() ? CustomerStore(m_database).history(customer) : QList<CustomerHistoryItem>();
    beginResetModel();
    m_items = fresh ? fresh.value() : QList<CustomerHistoryItem>();
    endResetModel();
    if (!fresh)
        return fresh.error();
    return Done{};
}

Status CustomerHistoryModel::refresh()
{
    if (!m_customer.isValid())
        return Done{};
    auto fresh = CustomerStore(m_database).history(m_customer);
    if (!fresh)
        return fresh.error();
    syncRows(m_items, fresh.value(), keyOf, [](const CustomerHistoryItem &a, const CustomerHistoryItem &b) {
        return a.title == b.title && a.status == b.status && a.at == b.at;
    });
    return Done{};
}

CustomerHistoryItem CustomerHistoryModel::itemAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_items.at(index.row())
        : CustomerHistoryItem{};
}

QModelIndex CustomerHistoryModel::indexOf(CustomerHistoryItem::Kind kind, qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).kind == kind && m_items.at(i).id == id)
            return index(int(i));
    }
    return {};
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString CustomerHistoryModel::statusText(CustomerHistoryItem::Kind kind, const QString &status)
{
    static const QHash<QString, const char *> words{
        {u"new"_s, QT_TR_NOOP("New")},
        {u"open"_s, QT_TR_NOOP("Open")},
        {u"pending"_s, QT_TR_NOOP("Pending")},
        {u"on_hold"_s, QT_TR_NOOP("On-hold")},
        {u"solved"_s, QT_TR_NOOP("Solved")},
        {u"closed"_s, QT_TR_NOOP("Closed")},
        {u"submitted"_s, QT_TR_NOOP("Submitted")},
        {u"accepted"_s, QT_TR_NOOP("Accepted")},
        {u"declined"_s, QT_TR_NOOP("Declined")},
        {u"in_progress"_s, QT_TR_NOOP("In progress")},
        {u"staging"_s, QT_TR_NOOP("Staging")},
        {u"canary_ga"_s, QT_TR_NOOP("Canary/GA")},
        {u"backlog"_s, QT_TR_NOOP("Backlog")},
        {u"blocked"_s, QT_TR_NOOP("Blocked")},
        {u"planned"_s, QT_TR_NOOP("Planned")},
        {u"done"_s, QT_TR_NOOP("Done")},
    };
    Q_UNUSED(kind) // one vocabulary today; "open" reads the same for a ticket and a proposal
    const auto found = words.constFind(status);
    return found == words.cend() ? status : tr(found.value());
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerHistoryItem &item = m_items.at(index.row());
    const QString date = Dates::day(item.at);
    switch (role) {
    case Qt::DisplayRole:
        switch (item.kind) {
        case CustomerHistoryItem::Kind::Ticket:
            //: History line on the customer card: %1 ticket number, %2 subject
            return tr("#%1 %2").arg(item.id).arg(item.title);
        case CustomerHistoryItem::Kind::BugReport:
            //: History line on the customer card: a bug report's title
            return tr("Bug: %1").arg(item.title);
        case CustomerHistoryItem::Kind::Proposal:
            //: History line on the customer card: a proposal the customer asked for
            return tr("Proposal: %1").arg(item.title);
        }
        return item.title;
    case DetailRole:
        //: %1 status, %2 date
        return tr("%1 · %2").arg(statusText(item.kind, item.status), date);
    case Qt::ToolTipRole:
        return QString(data(index, Qt::DisplayRole).toString() + u'\n' + data(index, DetailRole).toString());
    case RawValueRole:
    case CreatedAtRole:
        return item.at;
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

} // namespace Casebook
