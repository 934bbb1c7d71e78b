// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmodel.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// A change's ids are looked up in chunks, so the statement stays within every engine's limits.
constexpr qsizetype idsPerQuery = 400;

QString idList(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

} // namespace

ThreadModel::ThreadModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
}

ThreadModel::~ThreadModel() = default;

Status ThreadModel::setTicket(TicketId ticket)
{
    // Another ticket is another list: the one place a reset is right.
    m_changing = true;
    beginResetModel();
    m_ticket = ticket;
    m_rows.clear();
    m_hasEarlier = false;
    m_lastError.clear();
    Status result = Done{};
    if (ticket.isValid()) {
        auto page = readPage(nullptr, m_pageSize + 1);
        if (page) {
            m_hasEarlier = page->size() > m_pageSize;
            QList<Row> rows = page.value().mid(0, m_pageSize);
            std::reverse(rows.begin(), rows.end());
            m_rows = rows;
        } else {
            m_lastError = page.error().message;
            result = page.error();
        }
    }
    endResetModel();
    m_changing = false;
    return result;
}

Result<QList<ThreadModel::Row>> ThreadModel::readPage(const Row *before, int limit) const
{
    // Messages seek messages_ticket (ticket_id, created_at, id), events ticket_events_ticket
    // (ticket_id, created_at); each half brings at most a page and the union keeps the newest.
    const Dialect &dialect = m_database.dialect();
    QVariantList binds{m_ticket.value()};
    QString messagesBefore;
    QString eventsBefore;
    if (before && before->isEvent()) {
        // A message of the boundary's moment sorts before the event, so it is still to come.
        messagesBefore = u"AND m.created_at <= ? "_s;
        binds.append(before->createdAt);
    } else if (before) {
        messagesBefore = u"AND "_s
            + keysetCondition(u"m.created_at"_s, u"m.id"_s, u"<", dialect, before->createdAt, before->id.value(), binds)
            + u' ';
    }
    binds.append(limit);
    binds.append(m_ticket.value());
    if (before && before->isEvent()) {
        eventsBefore = u"AND "_s
            + keysetCondition(u"e.created_at"_s, u"e.id"_s, u"<", dialect, before->createdAt, before->eventId, binds)
            + u' ';
    } else if (before) {
        eventsBefore = u"AND e.created_at < ? "_s;
        binds.append(before->createdAt);
    }
    binds.append(limit);
    binds.append(limit);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM ("_s + ThreadRows::selectMessages() + u"WHERE m.ticket_id = ? "_s + messagesBefore
              + u"ORDER BY m.created_at DESC, m.id DESC LIMIT ?) page_messages UNION ALL SELECT * FROM ("_s
              + ThreadRows::selectEvents() + u"AND e.ticket_id = ? "_s + eventsBefore
              + u"ORDER BY e.created_at DESC, e.id DESC LIMIT ?) page_events "_s
              + u"ORDER BY %1 DESC, 1 DESC, 2 DESC LIMIT ?"_s.arg(ThreadRows::createdAtColumn));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Row> rows;
    while (q.next())
        rows.append(ThreadRows::read(q));
    return rows;
}

Result<QList<ThreadModel::Row>> ThreadModel::readRows(const QList<qint64> &messages, const QList<qint64> &events) const
{
    QList<Row> result;
    for (qsizetype from = 0; from < messages.size() || from < events.size(); from += idsPerQuery) {
        const QList<qint64> someMessages = messages.mid(from, idsPerQuery);
        const QList<qint64> someEvents = events.mid(from, idsPerQuery);
        QStringList parts;
        if (!someMessages.isEmpty())
            parts.append(ThreadRows::selectMessages() + u"WHERE m.id IN ("_s + idList(someMessages.size()) + u')');
        if (!someEvents.isEmpty())
            parts.append(ThreadRows::selectEvents() + u"AND e.id IN ("_s + idList(someEvents.size()) + u')');
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(parts.join(u" UNION ALL "_s));
        for (const qint64 id : someMessages + someEvents)
            q.addBindValue(id);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next())
            result.append(ThreadRows::read(q));
    }
    return result;
}

bool ThreadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasEarlier;
}

void ThreadModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasEarlier || m_rows.isEmpty())
        return;
    if (m_changing) {
        // Asked from a slot of our own change signal (a view, a model tester): a nested
        // insert would break the change in flight, so the page comes right after it.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fetchQueued = false;
                    fetchMore({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    auto page = readPage(&m_rows.constFirst(), m_pageSize + 1);
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    m_lastError.clear();
    QList<Row> rows = page.value().mid(0, m_pageSize);
    std::reverse(rows.begin(), rows.end());
    m_hasEarlier = page->size() > m_pageSize;
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    m_changing = false;
}

void ThreadModel::applyChanges(const QList<Change> &changes)
{
    if (!m_ticket.isValid())
        return;
    QList<qint64> messages;
    QList<qint64> events;
    for (const Change &change : changes) {
        if (change.entity == u"message")
            messages.append(change.entityId);
        else if (change.entity == u"ticket_event")
            events.append(change.entityId);
    }
    if (messages.isEmpty() && events.isEmpty())
        return;
    for (QList<qint64> *ids : {&messages, &events}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    auto found = readRows(messages, events);
    if (!found) {
        m_lastError = found.error().message;
        return;
    }
    QSet<qint64> seenMessages;
    QSet<qint64> seenEvents;
    for (const Row &row : std::as_const(found.value())) {
        if (row.isEvent())
            seenEvents.insert(row.eventId);
        else
            seenMessages.insert(row.id.value());
        applyRow(row);
    }
    // Gone from the table (or moved by a merge, handled above): the row goes too.
    for (const qint64 id : std::as_const(messages)) {
        if (!seenMessages.contains(id))
            removeRow(rowOf(MessageId(id)));
    }
    for (const qint64 id : std::as_const(events)) {
        if (!seenEvents.contains(id))
            removeRow(rowOfEvent(id));
    }
}

void ThreadModel::applyRow(const Row &row)
{
    const int at = row.isEvent() ? rowOfEvent(row.eventId) : rowOf(row.id);
    if (row.ticket != m_ticket) {
        removeRow(at); // merged away into another ticket
        return;
    }
    if (at >= 0) {
        Row &current = m_rows[at];
        if (current.body != row.body || current.author != row.author || current.kind != row.kind) {
            current = row;
            Q_EMIT dataChanged(index(at), index(at));
        }
        return;
    }
    // Before the loaded pages: fetchMore() will bring it in its turn.
    if (m_hasEarlier && !m_rows.isEmpty() && ThreadRows::earlier(row, m_rows.constFirst()))
        return;
    const auto place = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, ThreadRows::earlier);
    const int position = int(place - m_rows.cbegin());
    m_changing = true;
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
    m_changing = false;
}

void ThreadModel::removeRow(int at)
{
    if (at < 0)
        return;
    m_changing = true;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
    m_changing = false;
}

int ThreadModel::rowOf(MessageId id) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) { // new messages sit at the end
        if (!m_rows.at(i).isEvent() && m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ThreadModel::rowOfEvent(qint64 event) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).eventId == event)
            return int(i);
    }
    return -1;
}

ThreadModel::Row ThreadModel::rowAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_rows.at(index.row())
        : Row{};
}

QModelIndex ThreadModel::indexOf(MessageId message) const
{
    const int at = rowOf(message);
    return at >= 0 ? index(at) : QModelIndex();
}

MessageId ThreadModel::newestMessage() const
{
    MessageId newest;
    for (const Row &row : m_rows)
        newest = std::max(newest, row.id);
    return newest;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.body;
    case Qt::ToolTipRole:
        return Dates::full(row.createdAt);
    case RawValueRole:
    case CreatedAtRole:
        return row.createdAt;
    case IdRole:
        return row.id.value();
    case AuthorRole:
        return row.author;
    case MessageKindRole:
        return int(row.kind);
    case EventIdRole:
        return row.eventId;
    case LinkRole:
        return row.link;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(AuthorRole, "author");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(MessageKindRole, "kind");
    names.insert(EventIdRole, "eventId");
    names.insert(LinkRole, "link");
    return names;
}

} // namespace Casebook
