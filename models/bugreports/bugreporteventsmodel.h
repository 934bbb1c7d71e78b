// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "models/storage/result.h"

#include "models/common/listsync.h"

namespace Casebook {

class Database;
struct Change;

/**
 * One report's history, oldest first: submitted, owner, route, verdicts and stages
 * (R26, R28, R29, R41). DisplayRole is BugReportEvent::describe(); the event kind is in
 * RawValueRole. Follows the ChangeFeed with precise inserts.
 */
class BugReportEventsModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugReportEventsModel)

public:
    explicit BugReportEventsModel(Database &database, QObject *parent = nullptr);

    /// Shows this report's history (an invalid id empties the list).
    Status setReport(BugReportId report);
    [[nodiscard]] BugReportId report() const { return m_report; }
    [[nodiscard]] BugReportEvent eventAt(const QModelIndex &index) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Status refresh();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    Database &m_database;
    BugReportId m_report;
    QList<BugReportEvent> m_events;
    QString m_lastError;
};

} // namespace Casebook
