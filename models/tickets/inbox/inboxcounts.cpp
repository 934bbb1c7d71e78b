// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxcounts.h"

#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/search/searchquery.h"
#include "models/tickets/search/ticketfilter.h"
#include "models/tickets/triage/tickettags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Casebook {

qint64 monthStartMs(qint64 now)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC).date();
    return QDate(day.year(), day.month(), 1).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

Result<TaggedShare> countTaggedShare(Database &database, qint64 from, qint64 to)
{
    // One count for R14 in the whole app: TicketTags reads the covering index of migration 004.
    const auto coverage = TicketTags(database, Clock::system()).coverage(from, to);
    if (!coverage)
        return coverage.error();
    return TaggedShare{int(coverage->total), int(coverage->tagged)};
}

InboxCounts::InboxCounts(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_throttle(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(2000);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        if (std::exchange(m_pending, false))
            refresh();
    });
    connect(database.changeFeed(), &ChangeFeed::changed, this, &InboxCounts::onChanged);
}

InboxCounts::~InboxCounts()
{
    m_pool.waitForDone();
}

void InboxCounts::setThrottle(int ms)
{
    m_throttle->setInterval(ms);
}

void InboxCounts::setViews(const QList<SavedView> &views, AgentId me)
{
    m_views = views;
    m_me = me;
    refresh();
}

void InboxCounts::onChanged(const QList<Change> &changes)
{
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(), [](const Change &change) {
        return change.entity == u"ticket" || change.entity == u"message";
    });
    if (!relevant)
        return;
    if (m_running) {
        m_again = true;
    } else if (m_throttle->isActive()) {
        m_pending = true;
    } else {
        // The first change after a quiet spell is counted at once, so the view picker follows
        // the list an agent just changed; the changes of a burst after it wait for the throttle.
        refresh();
        m_throttle->start();
    }
}

void InboxCounts::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    // Everything the worker needs is built here, on the owning thread: SQL and binds.
    struct Job
    {
        QString key;
        QString sql;
        QVariantList binds;
    };
    QList<Job> jobs;
    const qint64 now = m_clock.nowMs();
    const Dialect dialect = m_database.dialect();
    for (const SavedView &view : std::as_const(m_views)) {
        SearchQuery::ParseError error;
        const SearchQuery query = SearchQuery::parse(view.query, QDateTime::fromMSecsSinceEpoch(now).date(), &error);
        if (!error.message.isEmpty() || query.hasPositiveTerms())
            continue; // words need the search engine; such views show no count
        Job job{view.key, {}, {}};
        job.sql = ticketCountSql(query, m_me, now, dialect, job.binds);
        jobs.append(job);
    }
    const qint64 from = monthStartMs(now);
    const qint64 to = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::UTC).addMonths(1).toMSecsSinceEpoch();

    m_running = true;
    m_again = false;
    const quint64 generation = ++m_generation;
    QPointer<InboxCounts> guard(this);
    Database *database = &m_database;
    m_pool.start([guard, database, jobs, from, to, generation] {
        QHash<QString, int> counts;
        for (const Job &job : jobs) {
            QSqlQuery q(database->connection());
            q.setForwardOnly(true);
            if (!q.prepare(job.sql))
                continue;
            for (const QVariant &value : job.binds)
                q.addBindValue(value);
            if (q.exec() && q.next())
                counts.insert(job.key, q.value(0).toInt());
        }
        const auto share = countTaggedShare(*database, from, to);
        std::optional<TaggedShare> shareValue;
        if (share)
            shareValue = share.value();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, counts, shareValue] {
                if (guard)
                    guard->arrived(generation, counts, shareValue);
            },
            Qt::QueuedConnection);
    });
}

void InboxCounts::arrived(quint64 generation, const QHash<QString, int> &counts, std::optional<TaggedShare> share)
{
    m_running = false;
    if (generation == m_generation) {
        m_counts = counts;
        m_share = share;
        Q_EMIT countsChanged();
    }
    if (m_again) {
        m_pending = true;
        if (!m_throttle->isActive())
            m_throttle->start();
    }
}

} // namespace Casebook
