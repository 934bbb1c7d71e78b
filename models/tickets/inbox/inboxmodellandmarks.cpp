// SPDX-License-Identifier: GPL-3.0-or-later
// InboxModel's landmarks: the keys of every landmarkSpacing-th row, read on the worker, so
// that a jump deep into a big list seeks instead of stepping over every row above it.
#include "inboxmodel.h"

#include "models/storage/database.h"
#include "models/storage/keyset.h"

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

void InboxModel::invalidateLandmarks(int delayMs)
{
    m_landmarks.clear();
    ++*m_landmarkEpoch;
    if (delayMs >= 0)
        m_landmarkTimer.start(delayMs);
    else
        m_landmarkTimer.stop();
}

void InboxModel::startLandmarks()
{
    // Below two stretches an OFFSET costs next to nothing.
    if (m_search || !m_countKnown || m_count < 2 * landmarkSpacing)
        return;
    const quint64 epoch = *m_landmarkEpoch;
    const Dialect dialect = m_database.dialect();
    const QString op = m_sortOrder == Qt::DescendingOrder ? u"<"_s : u">"_s;
    QVariantList textOnly;
    const Sql base = baseWhere();
    const QString first = pageSql(base.where, {});
    const QString next = pageSql(base.where, keyset(op, {}, {}, textOnly));
    const bool numeric = isSortKeyNumeric();
    QPointer<InboxModel> guard(this);
    m_pool.start([guard, database = &m_database, first, next, binds = base.binds, key = sortExpression(), op,
                  dialect, numeric, epoch, current = m_landmarkEpoch] {
        const QVariantList window{1, landmarkSpacing - 1};
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
                (void)keysetCondition(key, u"t.id"_s, op, dialect, marks.constLast().sortKey, marks.constLast().id.value(), values);
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
                if (guard && *guard->m_landmarkEpoch == epoch)
                    guard->m_landmarks = marks;
            },
            Qt::QueuedConnection);
    });
}

} // namespace Casebook
