// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace Casebook {
class Database;
}

namespace Casebook::Test {

/// One ticket as an analytics test writes it: the columns the figures read, nothing else.
struct PlainTicket
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString status = QStringLiteral("new");
    std::optional<qint64> solvedAt;
    std::optional<qint64> closedAt;
    std::optional<qint64> mergedInto;
    std::optional<qint64> assignee;
    QString channel = QStringLiteral("email");
    QString complexity; ///< empty: not rated
    QString severity;
    QStringList tags;
    std::optional<qint64> firstResponseDue;
    std::optional<qint64> firstRespondedAt;
    std::optional<qint64> reactionDue; ///< R12: critical tickets only
    std::optional<qint64> customer;
    std::optional<qint64> slaPolicy;
};

/// Writes `tickets` straight into the tables (tags through ticket_tags, so the triggers
/// keep tag_count); fails the test on error.
void writeTickets(Database &db, const QList<PlainTicket> &tickets);

/// Tickets spread over [fromMs, toMs) by a fixed seed, with every kind the figures count:
/// tags, agents, channels, solved, closed, reopened (open again with an old solve) and merged.
QList<PlainTicket> randomTickets(int count, qint64 fromMs, qint64 toMs, const QList<qint64> &agents, quint32 seed,
                                 qint64 firstId = 1);

/// The periods a counter test recounts over, as data rows (columns zone, first, last, rows):
/// empty, one row, a month in Moscow, Berlin across both DST changes, Kolkata (half an hour
/// off UTC) and one UTC day; `rows` random rows over the period and ten days around it.
void addCounterPeriods(int monthRows);

/// Runs one statement on `db`'s connection, printing the statement and the error on failure.
bool runSql(Database &db, const QString &sql, const QVariantList &binds = {});

/// How many tickets the inbox search `query` lists (the drill-down of a figure).
qint64 countSearch(Database &db, const QString &query, qint64 nowMs);

} // namespace Casebook::Test
