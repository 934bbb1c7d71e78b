// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadrow.h"

#include "models/customers/customerhistorymodel.h"
#include "models/tickets/triage/tickettriage.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::ThreadRows {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebook::ThreadRows", text);
}

QString statusWord(const QString &name)
{
    return CustomerHistoryModel::statusText(CustomerHistoryItem::Kind::Ticket, name);
}

/// A reason as the thread quotes it: a resolution or an automatic close in words, anything
/// else (a hand-off's note) as the agent typed it.
QString reasonText(const QString &reason)
{
    if (const auto resolution = resolutionNames.parse(reason))
        return TicketTriage::resolutionText(*resolution);
    if (reason == u"auto_close")
        return tr("closed by itself after the days a solved ticket waits");
    return reason;
}

QString withReason(const QString &sentence, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return sentence;
    //: an event and its reason, e.g. "Anna handed the ticket over to Boris: on holiday from Monday"
    return tr("%1: %2").arg(sentence, reasonText(reason.trimmed()));
}

template<typename Names, typename Words>
QString fieldWord(const Names &names, const QString &value, Words words)
{
    const auto parsed = names.parse(value);
    return parsed ? words(*parsed) : value;
}

QString ticketNumber(const QString &id)
{
    //: a ticket's number in a sentence, e.g. "#2802"
    return tr("#%1").arg(id);
}

} // namespace

bool earlier(const ThreadRow &a, const ThreadRow &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    if (a.isEvent() != b.isEvent())
        return !a.isEvent();
    return a.isEvent() ? a.eventId < b.eventId : a.id < b.id;
}

// Both selects give: kind of row (0 message, 1 event), id, ticket, created_at, kind, agent,
// customer, body, old value, new value, reason, author's name, the name of the agent an
// event names, a mail message's Cc. The NULLs are typed so that PostgreSQL can match the two
// halves of a UNION.
QString selectMessages()
{
    return u"SELECT 0 AS src, m.id, m.ticket_id, m.created_at, m.kind, m.author_agent_id AS agent_id, "
           "m.author_customer_id AS customer_id, m.body, "
           "CAST(NULL AS TEXT) AS old_value, CAST(NULL AS TEXT) AS new_value, CAST(NULL AS TEXT) AS reason, "
           "coalesce(a.display_name, c.display_name, '') AS author, CAST(NULL AS TEXT) AS target, "
           "(SELECT cc.addresses FROM message_cc cc WHERE cc.message_id = m.id) AS cc "
           "FROM messages m LEFT JOIN agents a ON a.id = m.author_agent_id "
           "LEFT JOIN customers c ON c.id = m.author_customer_id "_s;
}

QString selectEvents()
{
    // A ticket's first status ("new", or "pending" when an agent wrote first) is its first
    // message already; every later event is shown.
    return u"SELECT 1 AS src, e.id, e.ticket_id, e.created_at, e.kind, e.agent_id, CAST(NULL AS BIGINT) AS "
           u"customer_id, "
           "CAST(NULL AS TEXT) AS body, e.old_value, e.new_value, e.reason, coalesce(a.display_name, '') AS author, "
           "t.display_name AS target, CAST(NULL AS TEXT) AS cc "
           "FROM ticket_events e LEFT JOIN agents a ON a.id = e.agent_id "
           "LEFT JOIN agents t ON e.kind IN ('assignment', 'takeover', 'handoff', 'escalation') "
           "AND CAST(t.id AS TEXT) = e.new_value "
           "WHERE NOT (e.kind = 'status' AND e.old_value IS NULL) "_s;
}

ThreadRow read(const QSqlQuery &query)
{
    ThreadRow row;
    const bool event = query.value(0).toInt() == 1;
    const qint64 id = query.value(1).toLongLong();
    row.ticket = TicketId(query.value(2).toLongLong());
    row.createdAt = query.value(3).toLongLong();
    row.authorAgent = AgentId(query.value(5).toLongLong());
    row.author = query.value(11).toString();
    if (!event) {
        row.id = MessageId(id);
        row.kind = messageKindNames.parse(query.value(4).toString()).value_or(MessageKind::System);
        row.authorCustomer = CustomerId(query.value(6).toLongLong());
        row.body = query.value(7).toString();
        row.cc = query.value(13).toString().split(u'\n', Qt::SkipEmptyParts);
        return row;
    }
    const QString kind = query.value(4).toString();
    const QString oldValue = query.value(8).toString();
    const QString newValue = query.value(9).toString();
    row.eventId = id;
    row.eventKind = kind;
    row.eventValue = newValue;
    row.kind = MessageKind::System;
    row.body = describe(kind, row.author, oldValue, newValue, query.value(10).toString(), query.value(12).toString());
    row.link = link(kind, newValue);
    return row;
}

QString describe(const QString &kind, const QString &actor, const QString &oldValue, const QString &newValue,
                 const QString &reason, const QString &target)
{
    // Events written by Casebook itself (an automatic close) have no agent.
    const QString who = actor.isEmpty() ? tr("Casebook") : actor;
    const QString to = target.isEmpty() ? tr("someone no longer on the team") : target;
    if (kind == u"status") {
        if (newValue == u"solved")
            return withReason(tr("%1 solved the ticket").arg(who), reason);
        if (newValue == u"closed")
            return withReason(tr("%1 closed the ticket").arg(who), reason);
        if (actor.isEmpty() && newValue == u"open" && (oldValue == u"pending" || oldValue == u"solved"))
            return tr("The customer's answer reopened the ticket");
        if (oldValue == u"solved" || oldValue == u"closed")
            return withReason(tr("%1 reopened the ticket as %2").arg(who, statusWord(newValue)), reason);
        return withReason(tr("%1 set the status to %2 (was %3)").arg(who, statusWord(newValue), statusWord(oldValue)),
                          reason);
    }
    if (kind == u"assignment") {
        if (newValue.isEmpty())
            return tr("%1 unassigned the ticket").arg(who);
        if (target == actor)
            return tr("%1 took the ticket").arg(who);
        return tr("%1 assigned the ticket to %2").arg(who, to);
    }
    if (kind == u"takeover")
        return tr("%1 took the ticket").arg(who);
    if (kind == u"handoff")
        return withReason(tr("%1 handed the ticket over to %2").arg(who, to), reason);
    if (kind == u"escalation")
        return withReason(tr("%1 escalated the ticket to %2").arg(who, to), reason);
    if (kind == u"tag_added")
        return tr("%1 added the tag %2").arg(who, newValue);
    if (kind == u"tag_removed")
        return tr("%1 removed the tag %2").arg(who, oldValue);
    if (kind == u"complexity")
        return tr("%1 rated the request %2")
            .arg(who, fieldWord(complexityNames, newValue, &TicketTriage::complexityText));
    if (kind == u"severity")
        return tr("%1 set the severity to %2")
            .arg(who, fieldWord(severityNames, newValue, &TicketTriage::severityText));
    if (kind == u"request_kind")
        return tr("%1 marked the request as %2")
            .arg(who, fieldWord(requestKindNames, newValue, &TicketTriage::requestKindText));
    if (kind == u"channel")
        return tr("%1 set the channel to %2").arg(who, fieldWord(channelNames, newValue, &TicketTriage::channelText));
    if (kind == u"privacy")
        return newValue == u"private" ? tr("%1 made the ticket private").arg(who)
                                      : tr("%1 made the ticket visible to the whole team").arg(who);
    if (kind == u"merge")
        return tr("%1 merged this ticket into %2").arg(who, ticketNumber(newValue));
    if (kind == u"merged_in")
        return tr("%1 merged ticket %2 into this one").arg(who, ticketNumber(newValue));
    if (kind == u"link")
        return tr("%1 linked ticket %2").arg(who, ticketNumber(newValue));
    if (kind == u"task_added")
        return tr("%1 added the task “%2”").arg(who, newValue);
    if (kind == u"task_done")
        return tr("%1 finished the task “%2”").arg(who, newValue);
    if (kind == u"task_reopened")
        return tr("%1 reopened the task “%2”").arg(who, newValue);
    if (kind == u"bug_report")
        return tr("%1 filed bug report %2: %3").arg(who, ticketNumber(newValue), reason);
    if (kind == u"proposal")
        return tr("%1 added this request to the proposal “%2”").arg(who, reason);
    // A kind this version does not know (an import's, a newer desktop's) still reads as a change.
    //: %1 who, %2 what changed (an internal name), %3 the new value
    return tr("%1 changed %2 to “%3”").arg(who, kind, newValue);
}

QUrl link(const QString &kind, const QString &newValue)
{
    QString host;
    QString id = newValue;
    if (kind == u"merge" || kind == u"merged_in" || kind == u"link") {
        host = u"ticket"_s;
    } else if (kind == u"bug_report") {
        host = u"bug"_s;
    } else if (kind == u"proposal") {
        host = u"proposal"_s;
    }
    bool number = false;
    id.toLongLong(&number);
    if (host.isEmpty() || !number)
        return {};
    QUrl url;
    url.setScheme(u"casebook"_s);
    url.setHost(host);
    url.setPath(u'/' + id);
    return url;
}

} // namespace Casebook::ThreadRows
