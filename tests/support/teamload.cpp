// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamload.h"

#include "models/agents/agentstore.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebook::Test::TeamLoad {

namespace {

std::unique_ptr<Database> openStack(const DatabaseUrl &url)
{
    Database::Options options;
    options.migrate = false; // the seed migrated it; a desktop of the team only opens it
    auto db = Database::open(url, options);
    return db ? std::move(db).value() : nullptr;
}

QList<AgentId> agentIds(Database &db)
{
    QList<AgentId> ids;
    if (const auto agents = AgentStore(db).agents()) {
        for (const Agent &agent : *agents)
            ids.append(agent.id);
    }
    return ids;
}

/// Runs `work(index)` on `count` threads and waits for all of them.
template<typename Work>
void onThreads(int count, Work work)
{
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i)
        threads.append(QThread::create([work, i] { work(i); }));
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
}

void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

/// One committed or refused edit of the torture, as its agent saw it.
struct Edit
{
    enum Kind { Status, Assignee, TagAdd, TagRemove, Note } kind = Status;
    int agent = 0;
    TicketId ticket;
    qint64 from = 0; ///< the version it was written against (versioned kinds)
    qint64 to = 0; ///< the version it made (committed versioned kinds)
    QString value;
    bool committed = false;
};

constexpr std::array<TicketStatus, 3> tortureStatuses{TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};

QString statusName(TicketStatus status)
{
    return QString::number(int(status));
}

} // namespace

QList<TicketId> seed(const DatabaseUrl &url, int agents, int tickets, QString *error)
{
    auto opened = Database::open(url);
    if (!opened) {
        *error = opened.error().message + u' ' + opened.error().detail;
        return {};
    }
    Database &db = **opened;
    const Clock &clock = Clock::system();
    for (int i = 1; i <= agents; ++i) {
        Agent agent;
        agent.login = u"agent%1"_s.arg(i);
        agent.displayName = u"Agent %1"_s.arg(i);
        if (auto created = AgentStore(db, clock).create(agent); !created) {
            *error = created.error().message;
            return {};
        }
    }
    QList<TicketId> ids;
    TicketStore store(db, clock);
    for (int i = 0; i < tickets; ++i) {
        auto created = store.create({u"Hot ticket %1"_s.arg(i), {}, Channel::Email, u"It is broken."_s});
        if (!created) {
            *error = created.error().message;
            return {};
        }
        ids.append(*created);
    }
    return ids;
}

TortureResult torture(const DatabaseUrl &url, const QList<TicketId> &tickets, int agents, int edits, quint32 seed)
{
    TortureResult result;
    QMutex mutex;
    QList<Edit> history;
    std::atomic<int> conflicts = 0;
    std::atomic<int> otherErrors = 0;
    QStringList errors;
    QElapsedTimer elapsed;
    elapsed.start();

    onThreads(agents, [&](int agent) {
        auto db = openStack(url);
        if (!db) {
            ++otherErrors;
            return;
        }
        const QList<AgentId> team = agentIds(*db);
        const AgentId me = team.value(agent % std::max<qsizetype>(1, team.size()));
        QRandomGenerator random(seed + quint32(agent));
        TicketStore store(*db, Clock::system());
        TicketTags tags(*db, Clock::system());
        QList<Edit> mine;
        const int share = edits / agents + (agent < edits % agents ? 1 : 0);
        for (int n = 0; n < share; ++n) {
            Edit edit;
            edit.agent = agent;
            edit.ticket = tickets.at(random.bounded(int(tickets.size())));
            edit.kind = Edit::Kind(random.bounded(5));
            const auto read = store.ticket(edit.ticket); // the read of read-modify-write
            if (!read) {
                ++otherErrors;
                continue;
            }
            edit.from = read->version;
            Status outcome = Done{};
            switch (edit.kind) {
            case Edit::Status: {
                TicketStatus next = tortureStatuses.at(random.bounded(int(tortureStatuses.size())));
                if (next == read->status)
                    next = tortureStatuses.at(
                        (std::size_t(std::find(tortureStatuses.cbegin(), tortureStatuses.cend(), next)
                                     - tortureStatuses.cbegin())
                         + 1)
                        % tortureStatuses.size());
                edit.value = statusName(next);
                auto written = store.setStatus(edit.ticket, next, edit.from, me);
                if (written)
                    edit.to = *written;
                else
                    outcome = written.error();
                break;
            }
            case Edit::Assignee: {
                const AgentId to = team.at(random.bounded(int(team.size())));
                edit.value = QString::number(to.value());
                auto written = store.assign(edit.ticket, to, edit.from, me);
                if (written)
                    edit.to = *written;
                else
                    outcome = written.error();
                break;
            }
            case Edit::TagAdd:
            case Edit::TagRemove:
                // Each agent has tags of its own: its own edits are in a known order, and two
                // agents tagging one ticket at once is the merge under test.
                edit.value = u"t%1-%2"_s.arg(agent).arg(random.bounded(3));
                outcome = edit.kind == Edit::TagAdd ? tags.add(edit.ticket, edit.value, me)
                                                    : tags.remove(edit.ticket, edit.value, me);
                break;
            case Edit::Note: {
                edit.value = u"torture note %1/%2"_s.arg(agent).arg(n);
                auto written = store.addMessage(edit.ticket, MessageKind::Note, me, edit.value);
                if (!written)
                    outcome = written.error();
                break;
            }
            }
            edit.committed = outcome.ok();
            if (!outcome.ok()) {
                if (outcome.error().kind == Error::Kind::Conflict) {
                    ++conflicts;
                } else {
                    ++otherErrors;
                    QMutexLocker lock(&mutex);
                    errors.append(outcome.error().message);
                }
            }
            mine.append(edit);
        }
        QMutexLocker lock(&mutex);
        history += mine;
    });
    result.seconds = double(elapsed.elapsed()) / 1000.0;
    result.edits = int(history.size());
    result.conflicts = conflicts;
    result.otherErrors = otherErrors;
    result.problems = errors.mid(0, 5);

    // The history checker.
    auto db = openStack(url);
    if (!db) {
        result.problems.append(u"cannot open the database to check it"_s);
        return result;
    }
    TicketStore store(*db);
    QHash<qint64, QSet<qint64>> fromVersions; // committed versioned writes per ticket
    QHash<qint64, const Edit *> lastStatus;
    QHash<qint64, const Edit *> lastAssignee;
    QHash<QString, const Edit *> lastTag; // "ticket/tag": each tag belongs to one agent, whose edits are in order
    int notes = 0;
    for (const Edit &edit : std::as_const(history)) {
        if (!edit.committed)
            continue;
        ++result.committed;
        const qint64 t = edit.ticket.value();
        switch (edit.kind) {
        case Edit::Status:
        case Edit::Assignee: {
            if (fromVersions[t].contains(edit.from) || edit.to != edit.from + 1) {
                ++result.lostUpdates;
                result.problems.append(u"ticket %1: two writes committed from version %2"_s.arg(t).arg(edit.from));
            }
            fromVersions[t].insert(edit.from);
            auto &last = edit.kind == Edit::Status ? lastStatus : lastAssignee;
            if (!last.contains(t) || last.value(t)->to < edit.to)
                last.insert(t, &edit);
            break;
        }
        case Edit::TagAdd:
        case Edit::TagRemove:
            lastTag.insert(QString::number(t) + u'/' + edit.value, &edit);
            break;
        case Edit::Note:
            ++notes;
            break;
        }
    }
    for (const TicketId ticket : tickets) {
        const auto now = store.ticket(ticket);
        if (!now)
            continue;
        if (const Edit *last = lastStatus.value(ticket.value()); last && statusName(now->status) != last->value) {
            ++result.lostUpdates;
            result.problems.append(u"ticket %1: status lost"_s.arg(ticket.value()));
        }
        if (const Edit *last = lastAssignee.value(ticket.value());
            last && QString::number(now->assignee.value()) != last->value) {
            ++result.lostUpdates;
            result.problems.append(u"ticket %1: assignee lost"_s.arg(ticket.value()));
        }
    }
    for (auto it = lastTag.cbegin(); it != lastTag.cend(); ++it) {
        const Edit *last = it.value();
        const auto tagged = store.tags(last->ticket);
        if (tagged && tagged->contains(last->value) != (last->kind == Edit::TagAdd)) {
            ++result.lostUpdates;
            result.problems.append(u"ticket %1: tag %2 lost"_s.arg(last->ticket.value()).arg(last->value));
        }
    }
    QSqlQuery q(db->connection());
    if (q.exec(u"SELECT count(*) FROM messages WHERE kind = 'note' AND body LIKE 'torture note %'"_s) && q.next()
        && q.value(0).toInt() != notes) {
        result.lostUpdates += notes - q.value(0).toInt();
        result.problems.append(u"notes: %1 committed, %2 stored"_s.arg(notes).arg(q.value(0).toInt()));
    }
    return result;
}

ChaosResult chaos(const DatabaseUrl &url, const QList<TicketId> &tickets, int writers, int kills, int heartbeatMs)
{
    ChaosResult result;
    auto listener = openStack(url);
    auto admin = openStack(url);
    if (!listener || !admin)
        return result;
    ChangeFeed *feed = listener->changeFeed();
    feed->setHeartbeatInterval(heartbeatMs);
    const qint64 startSeq = feed->lastSeq();
    QSet<qint64> seen;
    QObject context;
    QObject::connect(feed, &ChangeFeed::changed, &context, [&](const QList<Change> &changes) {
        for (const Change &change : changes) {
            if (change.seq <= startSeq)
                continue;
            if (seen.contains(change.seq))
                ++result.duplicated;
            seen.insert(change.seq);
        }
    });
    QObject::connect(feed, &ChangeFeed::reconnected, &context, [&] { ++result.reconnects; });

    std::atomic<bool> stop = false;
    std::atomic<int> written = 0;
    QThread *storm = QThread::create([&] {
        onThreads(writers, [&](int writer) {
            auto db = openStack(url);
            if (!db)
                return;
            const QList<AgentId> team = agentIds(*db);
            const AgentId me = team.value(writer % std::max<qsizetype>(1, team.size()));
            TicketStore store(*db, Clock::system());
            QRandomGenerator random(quint32(writer) * 7919u + 1u);
            for (int n = 0; !stop; ++n) {
                const TicketId ticket = tickets.at(random.bounded(int(tickets.size())));
                if (store.addMessage(ticket, MessageKind::Note, me, u"storm %1/%2"_s.arg(writer).arg(n)))
                    ++written;
            }
        });
    });
    storm->start();

    QElapsedTimer clock;
    for (int k = 0; k < kills; ++k) {
        spin(QRandomGenerator::global()->bounded(5, 40)); // some changes arrive by NOTIFY in between
        const qint64 pid = feed->listenerBackend();
        QSqlQuery kill(admin->connection());
        kill.prepare(u"SELECT pg_terminate_backend(?)"_s);
        kill.addBindValue(pid);
        if (pid <= 0 || !kill.exec())
            continue;
        ++result.kills;
        const int before = result.reconnects;
        clock.start();
        if (spinUntil([&] { return result.reconnects > before; }, 10'000))
            result.reconnectMs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    stop = true;
    storm->wait();
    delete storm;
    result.written = written;

    QSet<qint64> expected;
    QSqlQuery q(admin->connection());
    q.prepare(u"SELECT seq FROM change_log WHERE seq > ?"_s);
    q.addBindValue(startSeq);
    if (q.exec()) {
        while (q.next())
            expected.insert(q.value(0).toLongLong());
    }
    clock.start();
    const bool converged = spinUntil([&] { return seen.contains(expected); }, 5'000);
    result.convergeMs = converged ? double(clock.nsecsElapsed()) / 1e6 : -1;
    result.missed = int((expected - seen).size());
    return result;
}

LatencyResult liveLatency(const DatabaseUrl &url, const QList<TicketId> &tickets, int changes, int background)
{
    LatencyResult result;
    auto desk = openStack(url);
    if (!desk)
        return result;
    desk->changeFeed()->setHeartbeatInterval(1000);
    InboxModel inbox(*desk, Clock::system());
    SearchQuery::ParseError parseError;
    if (!inbox.setQuery(SearchQuery::parse(QString(), QDate::currentDate(), &parseError), {}))
        return result;
    spinUntil([&] { return inbox.isCountKnown(); }, 10'000);
    // Desktop B reads its rows as a view showing the whole (short) list does on every paint:
    // the model fetches pages only for rows that are read, and finds a ticket only in them.
    const auto readRows = [&inbox] {
        for (int row = 0, rows = inbox.rowCount(); row < rows; ++row)
            (void)inbox.index(row, InboxModel::AssigneeColumn).data();
    };
    readRows();

    const qsizetype half = std::max<qsizetype>(1, tickets.size() / 2);
    const QList<TicketId> measured = tickets.mid(0, half);
    const QList<TicketId> busy = tickets.size() > half ? tickets.mid(half) : tickets;
    const QList<AgentId> team = agentIds(*desk);
    QHash<qint64, QString> names;
    if (const auto agents = AgentStore(*desk).agents()) {
        for (const Agent &agent : *agents)
            names.insert(agent.id.value(), agent.displayName);
    }

    // What desktop A committed last and when; desktop B checks its rows against it.
    struct Pending
    {
        TicketId ticket;
        QString assignee;
        std::chrono::steady_clock::time_point committed;
    };
    QMutex mutex;
    std::optional<Pending> pending;
    std::atomic<bool> seenByB = true;
    auto check = [&] {
        QMutexLocker lock(&mutex);
        if (!pending)
            return;
        readRows();
        const QModelIndex row = inbox.indexOf(pending->ticket);
        if (!row.isValid())
            return;
        if (inbox.index(row.row(), InboxModel::AssigneeColumn).data().toString() != pending->assignee)
            return;
        const auto now = std::chrono::steady_clock::now();
        result.ms.append(std::chrono::duration<double, std::milli>(now - pending->committed).count());
        pending.reset();
        seenByB = true;
    };
    QObject context;
    QObject::connect(&inbox, &QAbstractItemModel::dataChanged, &context, check);
    QObject::connect(&inbox, &QAbstractItemModel::rowsMoved, &context, check);
    QObject::connect(&inbox, &QAbstractItemModel::rowsInserted, &context, check);
    QObject::connect(&inbox, &QAbstractItemModel::modelReset, &context, check);

    std::atomic<bool> stop = false;
    QThread *agents = QThread::create([&] {
        onThreads(background, [&](int writer) {
            auto db = openStack(url);
            if (!db)
                return;
            TicketStore store(*db, Clock::system());
            QRandomGenerator random(quint32(writer) + 17u);
            const AgentId me = team.value(writer % std::max<qsizetype>(1, team.size()));
            for (int n = 0; !stop; ++n) {
                (void)store.addMessage(busy.at(random.bounded(int(busy.size()))), MessageKind::Note, me,
                                       u"busy %1/%2"_s.arg(writer).arg(n));
                QThread::msleep(20); // an agent's pace, many times faster than a person's
            }
        });
    });
    agents->start();

    std::atomic<int> timeouts = 0;
    QThread *deskA = QThread::create([&] {
        auto db = openStack(url);
        if (!db)
            return;
        TicketStore store(*db, Clock::system());
        for (int n = 0; n < changes; ++n) {
            const TicketId ticket = measured.at(n % measured.size());
            // The busy agents' notes bump the version: a refused write is read again and
            // retried, as a person would, so that every change is measured.
            bool committed = false;
            for (int attempt = 0; attempt < 5 && !committed; ++attempt) {
                const auto read = store.ticket(ticket);
                if (!read)
                    break;
                AgentId to = team.at((n + 1 + int(read->assignee.value())) % team.size());
                if (to == read->assignee)
                    to = team.at((n + 2 + int(read->assignee.value())) % team.size());
                // Stamped before the commit: the figure includes the commit itself.
                seenByB = false;
                {
                    QMutexLocker lock(&mutex);
                    pending = Pending{ticket, names.value(to.value()), std::chrono::steady_clock::now()};
                }
                committed = bool(store.assign(ticket, to, read->version, team.first()));
                if (!committed) {
                    QMutexLocker lock(&mutex);
                    pending.reset();
                    seenByB = true;
                }
            }
            if (!committed)
                continue;
            QElapsedTimer waited;
            waited.start();
            while (!seenByB && waited.elapsed() < 5000)
                QThread::usleep(100);
            if (!seenByB) {
                ++timeouts;
                qWarning("live latency: ticket %lld's new assignee was not shown within 5 s", ticket.value());
            }
        }
    });
    std::atomic<bool> deskDone = false;
    QObject::connect(deskA, &QThread::finished, &context, [&] { deskDone = true; });
    deskA->start();
    // Desktop B's event loop: the feed, the model and the check all run here. A ticket
    // whose row changed while A was still publishing is checked on the next beat.
    while (!deskDone) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        check();
        QThread::usleep(200);
    }
    deskA->wait();
    delete deskA;
    stop = true;
    agents->wait();
    delete agents;
    result.timeouts = timeouts;
    return result;
}

} // namespace Casebook::Test::TeamLoad
