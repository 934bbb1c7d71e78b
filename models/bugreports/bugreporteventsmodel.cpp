// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreporteventsmodel.h"

#include "bugreportstore.h"
#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QLocale>

namespace Casebook {

BugReportEventsModel::BugReportEventsModel(Database &database, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
{
    connect(database.changeFeed(), &ChangeFeed::changed, this, &BugReportEventsModel::onChanged);
}

Status BugReportEventsModel::setReport(BugReportId report)
{
    if (report == m_report)
        return refresh();
    // Another report is another list: the one place a reset is right.
    beginResetModel();
    m_report = report;
    m_events.clear();
    endResetModel();
    return refresh();
}

Status BugReportEventsModel::refresh()
{
    if (!m_report.isValid())
        return Done{};
    auto fresh = BugReportStore(m_database).events(m_report);
    if (!fresh) {
        m_lastError = fresh.error().message; // keep showing what we had
        return fresh.error();
    }
    m_lastError.clear();
    // Events are append-only: matching ids never change content.
    syncRows(
        m_events, fresh.value(), [](const BugReportEvent &e) { return e.id; },
        [](const BugReportEvent &, const BugReportEvent &) { return true; });
    return Done{};
}

void BugReportEventsModel::onChanged(const QList<Change> &changes)
{
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(), [this](const Change &c) {
        return c.entity == u"bug_report" && c.entityId == m_report.value();
    });
    if (relevant)
        (void)refresh();
}

BugReportEvent BugReportEventsModel::eventAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_events.at(index.row())
        : BugReportEvent{};
}

int BugReportEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant BugReportEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BugReportEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return event.describe();
    case Qt::ToolTipRole:
        return Dates::full(event.createdAt);
    case RawValueRole:
        return event.kind;
    case IdRole:
        return event.id;
    case AuthorRole:
        return event.agentName;
    case CreatedAtRole:
        return event.createdAt;
    default:
        return {};
    }
}

} // namespace Casebook
