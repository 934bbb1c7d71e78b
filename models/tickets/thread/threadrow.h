// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerow.h"

#include <QStringList>
#include <QUrl>

class QSqlQuery;

namespace Casebook {

/**
 * A row of a ticket's thread: a message, or a ticket event (a hand-off with its reason, a
 * take, a status or triage change, a merge, a link, a bug report or proposal filed from the
 * ticket) shown in its place in time. An event reads as a System message whose body
 * describes it; the ids of the two kinds are told apart by eventId.
 */
struct ThreadRow : AuthoredMessage
{
    qint64 eventId = 0; ///< the ticket_events row; 0 for a message
    QString eventKind; ///< as stored: "handoff", "status", ...
    QString eventValue; ///< the event's new value as stored ("solved" for a solve)
    QUrl link; ///< what the event names and the thread opens (a ticket, bug report or proposal)
    QStringList cc; ///< a mail message's Cc: whom the customer copied, or the reply went to

    [[nodiscard]] bool isEvent() const { return eventId != 0; }
};

/**
 * The one way the thread reads its rows: messages and events selected in one shape so that
 * a page of both is one statement (a UNION ALL of the two, each seeking its own index).
 */
namespace ThreadRows {

/// Thread order: time, then a message before an event of the same moment, then id.
[[nodiscard]] bool earlier(const ThreadRow &a, const ThreadRow &b);

/// "SELECT <columns> FROM messages m <joins> "; callers add WHERE over `m`.
[[nodiscard]] QString selectMessages();
/// "SELECT <columns> FROM ticket_events e <joins> WHERE <shown> "; callers add AND over `e`.
[[nodiscard]] QString selectEvents();
/// The position of the creation time among the selected columns, 1-based (for ORDER BY).
inline constexpr int createdAtColumn = 4;

/// The row `query` is on, from either select.
[[nodiscard]] ThreadRow read(const QSqlQuery &query);

/// The sentence an event reads as, e.g. "Anna handed the ticket over to Boris: on holiday".
[[nodiscard]] QString describe(const QString &kind, const QString &actor, const QString &oldValue,
                               const QString &newValue, const QString &reason, const QString &target);
/// What an event links to: casebook://ticket/N, casebook://bug/N or casebook://proposal/N.
[[nodiscard]] QUrl link(const QString &kind, const QString &newValue);

} // namespace ThreadRows

} // namespace Casebook
