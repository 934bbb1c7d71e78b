// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationmodel.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/reminders/reminderstore.h"
#include "models/reminders/remindertexts.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <ranges>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The list is a working view, not an archive: older ones stay in the database.
constexpr int rowLimit = 300;
// The steps a line lists: a ladder left alone all day fires every few minutes.
constexpr int stepLimit = 200;

const QStringList columns{u"id"_s,      u"title"_s,           u"body"_s,          u"ticket_id"_s, u"created_at"_s,
                          u"missed"_s,  u"acknowledged_at"_s, u"snoozed_until"_s, u"rule_key"_s,  u"subject_key"_s,
                          u"agent_id"_s};

QString columnsOf(const QString &table)
{
    QStringList named;
    for (const QString &column : columns)
        named.append(table + u'.' + column);
    return named.join(u", "_s);
}

NotificationRow rowFrom(const QSqlQuery &q)
{
    NotificationRow row;
    row.id = NotificationId(q.value(0).toLongLong());
    row.title = q.value(1).toString();
    row.body = q.value(2).toString();
    row.ticket = TicketId(q.value(3).toLongLong());
    row.createdAt = q.value(4).toLongLong();
    row.missed = q.value(5).toBool();
    row.rule = q.value(8).toString();
    row.subject = q.value(9).toString();
    row.agent = AgentId(q.value(10).toLongLong());
    if (!q.value(6).isNull())
        row.acknowledgedAt = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        row.snoozedUntil = q.value(7).toLongLong();
    row.since = row.createdAt;
    return row;
}

} // namespace

QString NotificationRow::lineKey() const
{
    // A notification from before subjects were recorded is a line of its own.
    if (subject.isEmpty())
        return u"id/"_s + QString::number(id.value());
    return rule + u'\n' + subject + u'\n' + QString::number(agent.value());
}

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
    case Qt::DisplayRole: {
        // The title, then what it is about and, for a line that came more than once (an
        // escalation ladder), how often since when: lines of one rule tell apart by ticket.
        QStringList about;
        if (row.ticket.isValid())
            about.append(ReminderTexts::ticketName(row.ticket, row.ticketSubject));
        if (row.fired > 1)
            //: A notification line that came more than once; %1 when the first came, %n how often
            about.append(tr("%n time(s) since %1", nullptr, row.fired).arg(Dates::moment(row.since)));
        const QString title = about.isEmpty() ? row.title : row.title + u'\n' + about.join(u" · "_s);
        if (row.acknowledgedAt)
            //: A reminder in the history, dealt with; %1 is its title
            return tr("Acknowledged: %1").arg(title);
        if (row.snoozedUntil && *row.snoozedUntil > m_session.clock().nowMs())
            //: A reminder put off; %1 is the time it comes back, %2 its title
            return tr("Snoozed until %1: %2").arg(Dates::moment(*row.snoozedUntil), title);
        //: A reminder that came due while Casebook was closed; %1 is its title
        return row.missed ? tr("Missed: %1").arg(title) : title;
    }
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
    case FiredRole:
        return row.fired;
    case SinceRole:
        return row.since;
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
    names.insert(FiredRole, "fired");
    names.insert(SinceRole, "since");
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

Result<QList<NotificationRow>> NotificationModel::stepsOf(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QList<NotificationRow>();
    const NotificationRow &line = m_rows.at(row);
    if (line.subject.isEmpty())
        return QList<NotificationRow>{line};
    Database &database = m_session.database();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + columns.join(u", "_s)
              + u" FROM notifications WHERE rule_key = ? AND subject_key = ? AND "_s
              + (line.agent.isValid() ? u"agent_id = ?"_s : u"agent_id IS NULL"_s)
              + u" ORDER BY created_at DESC, id DESC LIMIT %1"_s.arg(stepLimit));
    q.addBindValue(line.rule);
    q.addBindValue(line.subject);
    if (line.agent.isValid())
        q.addBindValue(line.agent.value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QList<NotificationRow> steps;
    while (q.next())
        steps.append(rowFrom(q));
    return steps;
}

Status NotificationModel::reload()
{
    Database &database = m_session.database();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // One line per rule, subject and recipient: its newest notification, how many and since when.
    const QString line = u"PARTITION BY rule_key, coalesce(subject_key, 'id/' || CAST(id AS TEXT)), "
                         "coalesce(agent_id, 0)"_s;
    q.prepare(u"SELECT "_s + columnsOf(u"lines"_s) + u", fired, since, t.subject FROM (SELECT "_s
              + columns.join(u", "_s) + u", row_number() OVER ("_s + line
              + u" ORDER BY created_at DESC, id DESC) AS place, "_s + u"count(*) OVER ("_s + line
              + u") AS fired, min(created_at) OVER ("_s + line + u") AS since "_s
              + u"FROM notifications WHERE (agent_id = ? OR agent_id IS NULL)"_s
              + (m_history ? QString() : u" AND acknowledged_at IS NULL"_s)
              + u") lines LEFT JOIN tickets t ON t.id = lines.ticket_id WHERE place = 1 "_s
              + u"ORDER BY lines.created_at DESC, lines.id DESC LIMIT %1"_s.arg(rowLimit));
    q.addBindValue(m_session.agentId().value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QList<NotificationRow> fresh;
    while (q.next()) {
        NotificationRow row = rowFrom(q);
        row.fired = q.value(11).toInt();
        row.since = q.value(12).toLongLong();
        row.ticketSubject = q.value(13).toString();
        fresh.append(row);
    }
    // Lines keep their place in the view while new steps come: matched by what makes them one.
    syncRows(
        m_rows, fresh, [](const NotificationRow &row) { return row.lineKey(); },
        [](const NotificationRow &a, const NotificationRow &b) { return a == b; });
    QList<NotificationRow> arrivals;
    for (const NotificationRow &row : std::as_const(m_rows)) {
        // A line is announced when something newer than it showed came on it: a new step, or
        // its snoozed notifications back (all at one moment: announced once).
        const QString key = row.lineKey();
        const auto seen = m_seen.constFind(key);
        if (seen != m_seen.cend() && *seen >= row.createdAt)
            continue;
        m_seen.insert(key, row.createdAt);
        if (m_loaded && !row.missed && !row.acknowledgedAt && !row.snoozedUntil)
            arrivals.append(row);
    }
    m_loaded = true;
    // Oldest first, as they came due.
    for (const auto &arrival : std::views::reverse(arrivals))
        Q_EMIT arrived(arrival);
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
