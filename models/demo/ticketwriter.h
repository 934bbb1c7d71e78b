// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/demo: the writer of the demo's and the benchmarks' tickets, shared by
// demotickets.cpp (tickets, threads, events) and demobugreports.cpp (their bug reports).

#include "bulktext.h"
#include "democontext.h"
#include "models/storage/database.h"
#include "rowinserter.h"

#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace Casebook::DemoTickets {

using namespace Qt::StringLiterals;
using namespace DemoTime;
using DemoText::Dice;
inline constexpr qint64 kSolvedToClosed = 72 * kHour; // TeamSettings::solvedToClosedHours' default (R32)

enum class TicketStatus { New, Open, Pending, OnHold, Solved, Closed };
inline constexpr QStringView kStatusNames[] = {u"new", u"open", u"pending", u"on_hold", u"solved", u"closed"};
inline constexpr QStringView kChannels[] = {u"email", u"chat",      u"form",      u"slack", u"community",
                                            u"phone", u"messenger", u"in_person", u"other"};
inline constexpr int kChannelWeights[] = {40, 26, 10, 8, 5, 5, 3, 1, 2};
inline constexpr QStringView kKinds[] = {u"doing", u"building", u"fixing"};
// How often each topic comes up, in the order of DemoText::topics().
inline constexpr int kTopicWeights[] = {12, 12, 8, 8, 10, 10, 8, 3, 8, 5, 3, 3, 3, 1};

enum class Kind { Customer, Agent, Note, System };
inline constexpr QStringView kKindNames[] = {u"customer", u"agent", u"note", u"system"};

struct Message
{
    Kind kind = Kind::Customer;
    qint64 agent = 0;
    qint64 at = 0;
    QString body;
};

struct Event
{
    qint64 at = 0;
    qint64 agent = 0;
    QString kind;
    QVariant oldValue;
    QVariant newValue;
    QVariant reason;
};

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
inline QVariant timeOrNull(qint64 at)
{
    return at > 0 ? QVariant(at) : QVariant();
}

inline QString statusName(TicketStatus s)
{
    return kStatusNames[int(s)].toString();
}

class TicketWriter final
{
public:
    explicit TicketWriter(DemoContext &ctx)
        : m_ctx(ctx)
        , m_dice(ctx.seed * 2246822519u + 7u)
        , m_tickets(ctx.conn, engine(), u"tickets"_s,
                    {u"id"_s,
                     u"subject"_s,
                     u"customer_id"_s,
                     u"status"_s,
                     u"complexity"_s,
                     u"severity"_s,
                     u"request_kind"_s,
                     u"channel"_s,
                     u"assignee_id"_s,
                     u"resolution"_s,
                     u"is_private"_s,
                     u"sla_policy_id"_s,
                     u"first_response_due_at"_s,
                     u"first_responded_at"_s,
                     u"next_response_due_at"_s,
                     u"reaction_due_at"_s,
                     u"assigned_at"_s,
                     u"solved_at"_s,
                     u"closed_at"_s,
                     u"last_customer_message_at"_s,
                     u"last_agent_message_at"_s,
                     u"created_at"_s,
                     u"updated_at"_s,
                     u"version"_s})
        , m_messages(ctx.conn, engine(), u"messages"_s,
                     {u"id"_s, u"ticket_id"_s, u"kind"_s, u"author_agent_id"_s, u"author_customer_id"_s, u"body"_s,
                      u"created_at"_s})
        , m_events(ctx.conn, engine(), u"ticket_events"_s,
                   {u"id"_s, u"ticket_id"_s, u"agent_id"_s, u"kind"_s, u"old_value"_s, u"new_value"_s, u"reason"_s,
                    u"created_at"_s})
        , m_tags(ctx.conn, engine(), u"ticket_tags"_s, {u"ticket_id"_s, u"tag_id"_s})
        , m_tasks(ctx.conn, engine(), u"ticket_tasks"_s,
                  {u"id"_s, u"ticket_id"_s, u"title"_s, u"kind"_s, u"url"_s, u"done"_s, u"assignee_id"_s,
                   u"created_at"_s, u"updated_at"_s})
        , m_bugs(ctx.conn, engine(), u"bug_reports"_s,
                 {u"id"_s,          u"template_id"_s,     u"template_yaml"_s,   u"ticket_id"_s,
                  u"customer_id"_s, u"title"_s,           u"fields"_s,          u"steps"_s,
                  u"severity"_s,    u"product_area_id"_s, u"owner_agent_id"_s,  u"escalation_route"_s,
                  u"status"_s,      u"verdict_reason"_s,  u"duplicate_of_id"_s, u"reproduced_version"_s,
                  u"task_url"_s,    u"stage"_s,           u"created_by"_s,      u"created_at"_s,
                  u"updated_at"_s})
        , m_bugEvents(ctx.conn, engine(), u"bug_report_events"_s,
                      {u"id"_s, u"bug_report_id"_s, u"agent_id"_s, u"kind"_s, u"old_value"_s, u"new_value"_s, u"note"_s,
                       u"created_at"_s})
        , m_requests(
              ctx.conn, engine(), u"proposal_requests"_s,
              {u"id"_s, u"proposal_id"_s, u"ticket_id"_s, u"customer_id"_s, u"agent_id"_s, u"note"_s, u"created_at"_s})
    {
        Q_ASSERT(std::size(kTopicWeights) == DemoText::topics().size());
        if (ctx.size.text == DemoGenerator::Text::Bulk)
            m_bulk.emplace(ctx.seed);
    }

    Casebook::Status writeAll(const std::function<void(qint64, qint64)> &progress);

private:
    DatabaseUrl::Engine engine() const
    {
        return m_ctx.db->isPostgres() ? DatabaseUrl::Engine::PostgreSQL : DatabaseUrl::Engine::SQLite;
    }
    std::vector<qint64> creationTimes();
    Casebook::Status writeOne(qint64 id, qint64 created);
    void planBugReport(qint64 ticketId, const DemoText::Topic &topic, const DemoContext::Customer &customer,
                       qint64 agent, qint64 at, TicketStatus status, const QVariant &severity, qint64 &stageOut);

    /// Rows that reference the ticket wait until the ticket row is written (foreign keys).
    void defer(RowInserter &table, QVariantList values) { m_deferred.push_back({&table, std::move(values)}); }
    Casebook::Status flushDeferred();
    /// Benchmark text instead of the demo's: same thread, other words (Text::Bulk).
    void rewriteInBulkText(std::vector<Message> &thread, const DemoText::Topic &topic,
                           const DemoContext::Customer &customer);

    struct Deferred
    {
        RowInserter *table = nullptr;
        QVariantList values;
    };
    DemoContext &m_ctx;
    Dice m_dice;
    /// Its own die: the tickets' structure (statuses, times, people) is the same in both texts.
    std::optional<DemoText::BulkText> m_bulk;
    std::vector<Deferred> m_deferred;
    RowInserter m_tickets, m_messages, m_events, m_tags, m_tasks, m_bugs, m_bugEvents, m_requests;
    qint64 m_messageId = 0, m_eventId = 0, m_taskId = 0, m_bugId = 0, m_bugEventId = 0, m_requestId = 0;
    int m_declined = 0; ///< declined reports so far: their reasons take turns
    qsizetype m_unreleasedBugs = 0, m_openBugs = 0;
};

} // namespace Casebook::DemoTickets
