// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxworker.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"
#include "models/tickets/search/searchhits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// PostgreSQL's plan follows its statistics (a small table sorts); there a slow step says it.
constexpr qint64 slowStepMs = 250;

} // namespace

InboxWorker::InboxWorker(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &InboxWorker::landmarksDue);
}

InboxWorker::~InboxWorker()
{
    ++*m_epoch; // a landmark walk running now stops at its next step
    m_pool.waitForDone();
}

void InboxWorker::count(const Statement &total, const QList<Statement> &positions, Counted counted)
{
    QPointer<InboxWorker> guard(this);
    Database *database = &m_database;
    m_pool.start([guard, database, total, positions, counted = std::move(counted)] {
        auto counts = InboxSql::counts(*database, QList<Statement>{total} + positions);
        QList<int> rows = counts.ok() ? counts.value() : QList<int>(positions.size() + 1, -1);
        const int count = rows.takeFirst();
        // Back on the owner's thread; the guard is only read there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, counted, count, rows] {
                if (guard)
                    counted(count, rows);
            },
            Qt::QueuedConnection);
    });
}

void InboxWorker::search(const SearchHits &hits, qint64 nowMs, int limit, Searched searched)
{
    QPointer<InboxWorker> guard(this);
    m_pool.start([guard, hits, nowMs, limit, searched = std::move(searched)] {
        const FakeClock clock(nowMs);
        Result<QList<TicketId>> found = hits.read(limit, clock);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, searched, found = std::move(found)] {
                if (guard)
                    searched(found);
            },
            Qt::QueuedConnection);
    });
}

void InboxWorker::retireLandmarks(int delayMs)
{
    m_landmarks.clear();
    ++*m_epoch;
    if (delayMs >= 0)
        m_due.start(delayMs);
    else
        m_due.stop();
}

void InboxWorker::readLandmarks(const InboxSql &sql)
{
    const quint64 epoch = *m_epoch;
    const Dialect dialect = m_database.dialect();
    const QString op = sql.onward();
    QVariantList textOnly;
    const Statement base = sql.where();
    const QString first = sql.pageSql(base.sql, {});
    const QString next = sql.pageSql(base.sql, sql.keyset(op, {}, {}, textOnly));
    const bool numeric = sql.isKeyNumeric();
    QPointer<InboxWorker> guard(this);
    m_pool.start([guard, database = &m_database, first, next, binds = base.binds, key = sql.sortKey(), op, dialect,
                  numeric, epoch, current = m_epoch] {
        const QVariantList window{1, InboxPages::landmarkSpacing - 1};
        // Without an index in the list's order, every landmark would sort the whole view again.
        if (dialect.ordersByIndex(database->connection(), first, binds + window) == false)
            return;
        QList<Landmark> marks;
        QSqlQuery q(database->connection());
        q.setForwardOnly(true);
        QElapsedTimer step;
        // Each step seeks past the previous landmark and skips one stretch: in all, about
        // one walk of the view's index. A change meanwhile makes them stale: stop.
        while (*current == epoch) {
            step.start();
            QVariantList values = binds;
            if (!marks.isEmpty())
                (void)keysetCondition(key, u"t.id"_s, op, dialect, marks.constLast().sortKey,
                                      marks.constLast().id.value(), values);
            values += window;
            if (!q.prepare(marks.isEmpty() ? first : next))
                break;
            for (const QVariant &value : std::as_const(values))
                q.addBindValue(value);
            if (!q.exec() || !q.next())
                break;
            marks.append({numeric ? QVariant(q.value(1).toLongLong()) : q.value(1), TicketId(q.value(0).toLongLong())});
            if (step.elapsed() > slowStepMs) {
                marks.clear(); // sorting for each one: leave the worker to the counts
                break;
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, epoch, marks] {
                if (guard && *guard->m_epoch == epoch)
                    guard->m_landmarks = marks;
            },
            Qt::QueuedConnection);
    });
}

} // namespace Casebook
