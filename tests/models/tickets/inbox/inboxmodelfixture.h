// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inbox a test reads: generated tickets, the open view, and the order the model must show,
// shared by the inbox model's query tests and its live-update tests.

#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/testdatabase.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace Casebook::Test {

inline constexpr qint64 inboxStart = 1'795'000'000'000;
/// The fake clock's time when a test starts: after every generated ticket.
inline constexpr qint64 inboxNow = inboxStart + 10'000'000;

inline SearchQuery openView()
{
    SearchQuery::ParseError error;
    return SearchQuery::parse(QStringLiteral("-status:solved -status:closed"), QDate(2026, 11, 23), &error);
}

// Writes `count` tickets in one transaction, as a fixture (not through the store, for speed).
inline void bulkTickets(Database &db, int count, qint64 from)
{
    WriteTransaction tx(db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < count; ++i) {
        const auto id = tx.insert(
            QStringLiteral("INSERT INTO tickets (subject, status, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("Ticket %1").arg(i, 5, 10, QChar(u'0')),
             i % 7 == 0 ? QStringLiteral("solved") : QStringLiteral("open"), from + i, from + (i * 7919) % count});
        QVERIFY(id.ok());
    }
    QVERIFY(tx.commit().ok());
}

inline QList<qint64> expectedOrder(Database &db, const QString &order = QStringLiteral("updated_at DESC, id DESC"))
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM tickets WHERE status NOT IN ('solved', 'closed') ORDER BY ") + order);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

/// One of the first `count` tickets, at random, as the random-change tests edit them.
struct PickedTicket
{
    TicketId id;
    qint64 version = 0;
    bool closed = false;
};

inline PickedTicket pickTicket(Database &db, QRandomGenerator &random, int count)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET ")
           + QString::number(random.bounded(count)));
    if (!q.next())
        return {};
    return {TicketId(q.value(0).toLongLong()), q.value(1).toLongLong(),
            q.value(2).toString() == QStringLiteral("closed")};
}

/// The edits the random-change tests make; a closed ticket takes none but a new one.
enum class RandomEdit { NewTicket, CustomerMessage, Solve, Reopen, Note, Tag };

inline bool applyEdit(TicketStore &store, RandomEdit edit, const PickedTicket &ticket, int step)
{
    if (edit == RandomEdit::NewTicket)
        return store.create({QStringLiteral("New %1").arg(step), {}, Channel::Chat, QStringLiteral("hello")}).ok();
    if (ticket.closed)
        return true;
    switch (edit) {
    case RandomEdit::CustomerMessage: // activity moves a ticket up
        return store.addMessage(ticket.id, MessageKind::Customer, {}, QStringLiteral("ping")).ok();
    case RandomEdit::Solve: // it leaves the view
        return store.solve(ticket.id, Resolution::CustomerConfirmed, ticket.version, {}).ok();
    case RandomEdit::Reopen: // it comes back
        return store.setStatus(ticket.id, TicketStatus::Open, ticket.version, {}).ok();
    case RandomEdit::Note: // only the activity time changes
        return store.addMessage(ticket.id, MessageKind::Note, {}, QStringLiteral("note")).ok();
    case RandomEdit::Tag: // only some loaded rows' data changes
        return store.addTag(ticket.id, QStringLiteral("tag%1").arg(step % 5), {}).ok();
    case RandomEdit::NewTicket:
        break;
    }
    return true;
}

inline QList<qint64> modelOrder(const InboxModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row, 0), IdRole).toLongLong());
    return ids;
}

/// One ticket per subject, a second apart, each saying "lamp".
inline QList<TicketId> createLampTickets(Database &db, FakeClock &clock, const QStringList &subjects)
{
    TicketStore store(db, clock);
    QList<TicketId> ids;
    for (const QString &subject : subjects) {
        clock.advanceMs(1000);
        ids.append(store.create({subject, {}, Channel::Email, QStringLiteral("lamp")}).value());
    }
    return ids;
}

/**
 * The base of both inbox model test classes: each test runs on both engines, with a fresh
 * database and the fake clock at inboxNow. QTest finds these slots through the derived class.
 */
class InboxModelTest : public QObject, protected EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addEngineColumn(); }
    void init() { (void)openDatabase(inboxNow); }
    void cleanup() { closeDatabase(); }
};

} // namespace Casebook::Test
