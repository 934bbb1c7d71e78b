// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"
#include "models/storage/ids.h"

#include <QList>
#include <QString>

namespace Casebook::Test {

/**
 * Team-mode load, shared by the integration tests (short runs) and `tools/dev bench team`
 * (long runs). Every agent is an independent stack: its own Database object, connections
 * and change feed, on its own thread.
 */
namespace TeamLoad {

/// Agents and hot tickets on a fresh database; returns the tickets' ids (empty on failure).
QList<TicketId> seed(const DatabaseUrl &url, int agents, int tickets, QString *error);

struct TortureResult
{
    int edits = 0;
    int committed = 0;
    int conflicts = 0; ///< refused by the version check and reported as Error::Kind::Conflict
    int otherErrors = 0; ///< anything else: a failure of the run
    int lostUpdates = 0; ///< found by the history checker
    QStringList problems; ///< what the checker found, for the failure message
    double seconds = 0;
};

/**
 * `agents` threads make `edits` randomised read-modify-write edits on `tickets` (status,
 * assignee, tags, notes), each against the version it read. The history checker then
 * proves that no committed edit was lost: no two versioned writes committed from the same
 * version, every ticket holds the value of its last committed status and assignee write,
 * the tags are what the tag events replay to, and every committed note is there.
 */
TortureResult torture(const DatabaseUrl &url, const QList<TicketId> &tickets, int agents, int edits, quint32 seed);

struct ChaosResult
{
    int kills = 0;
    int reconnects = 0;
    int written = 0; ///< changes committed by the writers
    int missed = 0; ///< committed but never announced to the listener
    int duplicated = 0; ///< announced more than once
    QList<double> reconnectMs; ///< from each kill until the listener was back
    double convergeMs = 0; ///< from the end of the storm until the listener had everything
};

/**
 * A listening desktop (on this thread) while `writers` threads write as fast as they can;
 * its listening session is terminated `kills` times (pg_terminate_backend). Afterwards the
 * listener must have been told of every committed change exactly once.
 */
ChaosResult chaos(const DatabaseUrl &url, const QList<TicketId> &tickets, int writers, int kills, int heartbeatMs);

struct LatencyResult
{
    QList<double> ms; ///< commit on desktop A to the row changed on desktop B
    int timeouts = 0;
};

/**
 * Desktop B shows the inbox (its model under the event loop of this thread); desktop A, on
 * another thread with its own stack, changes tickets one at a time while `background`
 * agents write elsewhere. Each sample is the time from A's commit to B's model announcing
 * the changed row.
 */
LatencyResult liveLatency(const DatabaseUrl &url, const QList<TicketId> &tickets, int changes, int background);

} // namespace TeamLoad
} // namespace Casebook::Test
