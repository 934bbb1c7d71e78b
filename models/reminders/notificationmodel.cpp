// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationmodel.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/reminders/reminderstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
// The list is a working view, not an archive: older ones stay in the database.
constexpr int rowLimit = 300;
} // namespace

NotificationModel::NotificationModel(Session &session, QObject *parent)
    : SyncedListModel(parent)
    , m_session(session)
{
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &NotificationModel::onChanges);
    connect(&session, &Session::agentChanged, this, [this] {
        m_loaded = false;
        (void)reload();
    });
    (void)reload();
}

NotificationModel::~NotificationModel() = default;

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (row.acknowledgedAt)
            //: A reminder in the history, dealt with; %1 is its title
            return tr("Acknowledged: %1").arg(row.title);
        if (row.snoozedUntil && *row.snoozedUntil > m_session.clock().nowMs())
            //: A reminder put off; %1 is the time it comes back, %2 its title
            return tr("Snoozed until %1: %2").arg(Dates::moment(*row.snoozedUntil), row.title);
        //: A reminder that came due while Casebook was closed; %1 is its title
        return row.missed ? tr("Missed: %1").arg(row.title) : row.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return row.body;
    case IdRole:
    case RawValueRole:
        return row.id.value();
    case CreatedAtRole:
        return row.createdAt;
    case TicketRole:
        return row.ticket.value();
    case MissedRole:
        return row.missed;
    case AcknowledgedRole:
        return row.acknowledgedAt.has_value();
    case SnoozedUntilRole:
        return row.snoozedUntil ? QVariant(*row.snoozedUntil) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    auto names = SyncedListModel::roleNames();
    names.insert(DetailRole, "detail");
    names.insert(TicketRole, "ticket");
    names.insert(MissedRole, "missed");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(SnoozedUntilRole, "snoozedUntil");
    return names;
}

NotificationRow NotificationModel::notificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : NotificationRow{};
}

int NotificationModel::indexOf(NotificationId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int NotificationModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const NotificationRow &row) { return !row.acknowledgedAt && !row.snoozedUntil; }));
}

void NotificationModel::setShowHistory(bool history)
{
    if (m_history == history)
        return;
    m_history = history;
    (void)reload();
}

Status NotificationModel::acknowledge(NotificationId id)
{
    if (auto done = ReminderStore(m_session.database()).acknowledge(id, m_session.clock().nowMs()); !done)
        return done;
    return reload();
}

Status NotificationModel::snooze(NotificationId id, int minutes)
{
    const qint64 until = m_session.clock().nowMs() + qint64(minutes) * 60'000;
    if (auto done = ReminderStore(m_session.database()).snooze(id, until); !done)
        return done;
    return reload();
}

Status NotificationModel::reload()
{
    Database &database = m_session.database();
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT id, title, body, ticket_id, created_at, missed, acknowledged_at, snoozed_until, rule_key "
              "FROM notifications WHERE (agent_id = ? OR agent_id IS NULL)"_s
              + (m_history ? QString() : u" AND acknowledged_at IS NULL"_s)
              + u" ORDER BY created_at DESC, id DESC LIMIT %1"_s.arg(rowLimit));
    q.addBindValue(m_session.agentId().value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QList<NotificationRow> fresh;
    while (q.next()) {
        NotificationRow row{NotificationId(q.value(0).toLongLong()),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            TicketId(q.value(3).toLongLong()),
                            q.value(4).toLongLong(),
                            q.value(5).toBool(),
                            std::nullopt,
                            std::nullopt,
                            q.value(8).toString()};
        if (!q.value(6).isNull())
            row.acknowledgedAt = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            row.snoozedUntil = q.value(7).toLongLong();
        fresh.append(row);
    }
    syncRows(
        m_rows, fresh, [](const NotificationRow &row) { return row.id; },
        [](const NotificationRow &a, const NotificationRow &b) { return a == b; });
    QList<NotificationRow> arrivals;
    for (const NotificationRow &row : std::as_const(m_rows)) {
        const std::pair key{row.id.value(), row.createdAt};
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        if (m_loaded && !row.missed && !row.acknowledgedAt && !row.snoozedUntil)
            arrivals.append(row);
    }
    m_loaded = true;
    // Oldest first, as they came due.
    for (auto it = arrivals.crbegin(); it != arrivals.crend(); ++it)
        Q_EMIT arrived(*it);
    if (const int pending = pendingCount(); pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
    return Done{};
}

void NotificationModel::onChanges(const QList<Change> &changes)
{
    const bool mine = std::any_of(changes.cbegin(), changes.cend(), [](const Change &change) {
        return change.entity == ReminderStore::notificationEntity();
    });
    if (mine)
        (void)reload();
}

} // namespace Casebook
