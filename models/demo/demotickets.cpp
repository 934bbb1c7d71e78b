// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bugreports/bugreport.h"
#include "models/storage/database.h"
#include "ticketwriter.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <optional>
#include <vector>

namespace Casebook {

using namespace Qt::StringLiterals;

namespace DemoTickets {

std::vector<qint64> TicketWriter::creationTimes()
{
    // Ids grow with time, as in a real inbox. Recent days are denser: a slice of the
    // tickets arrived in the last two weeks and two days, so every status has members.
    Dice dice(m_ctx.seed * 3266489917u + 11u);
    std::vector<qint64> times(size_t(qMax(0, m_ctx.size.tickets)));
    for (qint64 &t : times) {
        const int band = dice.weighted(std::initializer_list<int>{8, 20, 72});
        const qint64 span = band == 0 ? 2 * kDay : (band == 1 ? 14 * kDay : 180 * kDay);
        const qint64 age = band == 2 ? qMin(dice.between(0, span), dice.between(0, span)) : dice.between(0, span);
        t = m_ctx.now - qMax<qint64>(age, kMinute);
    }
    std::sort(times.begin(), times.end());
    return times;
}

Casebook::Status TicketWriter::writeAll(const std::function<void(qint64, qint64)> &progress)
{
    const std::vector<qint64> times = creationTimes();
    const qint64 total = qint64(times.size());
    const int chunk = m_ctx.size.commitEveryTickets;
    for (qint64 i = 0; i < total; ++i) {
        if (auto s = writeOne(i + 1, times[size_t(i)]); !s)
            return s;
        const bool chunkDone = chunk > 0 && (i + 1) % chunk == 0 && i + 1 < total;
        if (chunkDone) {
            if (!m_ctx.conn.commit() || !m_ctx.conn.transaction())
                return m_ctx.db->errorFrom(m_ctx.conn.lastError());
        }
        if (progress && ((i + 1) % 1000 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    return Done{};
}

Casebook::Status TicketWriter::writeOne(qint64 id, qint64 created)
{
    Dice &d = m_dice;
    const qint64 now = m_ctx.now;
    const auto &customer =
        m_ctx.customers[qMin(d.below(int(m_ctx.customers.size())), d.below(int(m_ctx.customers.size())))];
    const bool ru = customer.russian;
    const auto &topic = DemoText::topics()[size_t(d.weighted(kTopicWeights))];
    const bool critical = topic.tag == u"outage" || topic.tag == u"security";
    const QString complexity = topic.proposal ? u"proposal"_s
        : critical                            ? u"critical"_s
                                              : std::array{u"simple"_s, u"complex"_s,
                                u"critical"_s}[size_t(d.weighted(std::initializer_list<int>{55, 40, 5}))];
    QVariant severity;
    if (topic.tag == u"outage")
        severity = u"critical"_s;
    else if (complexity == u"critical")
        severity = d.chance(0.7) ? u"high"_s : u"critical"_s;
    else if (topic.kind == DemoText::RequestKind::Fixing)
        severity =
            std::array{u"low"_s, u"medium"_s, u"high"_s}[size_t(d.weighted(std::initializer_list<int>{60, 32, 8}))];
    else if (d.chance(0.4))
        severity = u"low"_s;
    const DemoContext::Sla &sla = customer.premium ? m_ctx.premium : m_ctx.standard;

    // Status follows age: the newest tickets wait, the oldest are closed.
    const qint64 age = now - created;
    TicketStatus status =
        TicketStatus(age < kHour           ? d.weighted(std::initializer_list<int>{70, 30})
                         : age < 2 * kDay  ? d.weighted(std::initializer_list<int>{15, 35, 25, 5, 20})
                         : age < 14 * kDay ? d.weighted(std::initializer_list<int>{0, 15, 20, 10, 25, 30})
                                           : d.weighted(std::initializer_list<int>{0, 3, 3, 4, 0, 90}));
    qint64 end = 0;
    if (status == TicketStatus::Closed) {
        const qint64 hi = qMin(created + 10 * kDay, now - kSolvedToClosed - kHour);
        if (created + 30 * kMinute <= hi)
            end = d.between(created + 30 * kMinute, hi + 1);
        else
            status = TicketStatus::Solved;
    }
    if (status == TicketStatus::Solved) {
        // Still solved: solved less than 72 hours ago, or auto-close would have run.
        const qint64 lo = qMax(created + 30 * kMinute, now - kSolvedToClosed + kHour);
        if (lo <= now - 5 * kMinute)
            end = d.between(lo, now - 5 * kMinute + 1);
        else
            status = TicketStatus::Open;
    }
    // A thread that would run past "now" ends at a random moment before it instead, so
    // recent tickets do not all share one last-activity minute.
    auto beforeNow = [&](qint64 lo, qint64 wanted) {
        return wanted < now - kMinute ? wanted : d.between(qMin(lo, now - kMinute), now - kMinute + 1);
    };
    if (status == TicketStatus::New)
        end = qMax(created, beforeNow(created, created + d.between(0, 20 * kMinute)));
    else if (end == 0)
        end = qMax(created + kMinute, beforeNow(created + kMinute, created + d.between(10 * kMinute, 7 * kDay)));
    // A pending ticket whose customer stayed silent for 48 business hours would already have
    // been solved by the lifecycle rule; keep the last reply within 40 wall-clock hours.
    if (status == TicketStatus::Pending && end < now - 40 * kHour)
        end = d.between(qMax(created + kMinute, now - 40 * kHour), now);

    // The thread: times ascending from the customer's first message to `end`.
    const int perTicket = qMax(2, m_ctx.size.messagesPerTicket);
    const int n = status == TicketStatus::New ? 1 + (d.chance(0.2) ? 1 : 0) : int(d.between(2, 2 * perTicket - 1));
    std::vector<qint64> at;
    at.reserve(size_t(n));
    at.push_back(created);
    for (int k = 1; k < n - 1; ++k)
        at.push_back(d.between(created, end + 1));
    if (n > 1)
        at.push_back(end);
    std::sort(at.begin(), at.end());

    std::vector<Kind> kinds(size_t(n), Kind::Customer);
    bool handoff = false;
    Kind lastPublic = Kind::Customer;
    for (int k = 1; k < n && status != TicketStatus::New; ++k) {
        const double r = d.real();
        if (k == 1)
            kinds[1] = Kind::Agent;
        else if (r < 0.15)
            kinds[size_t(k)] = Kind::Note;
        else if (r < 0.19 && !handoff && k < n - 1 && m_ctx.agents.size() > 1)
            kinds[size_t(k)] = Kind::System, handoff = true;
        else
            kinds[size_t(k)] = lastPublic == Kind::Customer ? Kind::Agent : Kind::Customer;
        if (kinds[size_t(k)] == Kind::Agent || kinds[size_t(k)] == Kind::Customer)
            lastPublic = kinds[size_t(k)];
    }
    if (n >= 2 && (status == TicketStatus::Pending || status == TicketStatus::Solved || status == TicketStatus::Closed))
        kinds.back() = Kind::Agent;
    else if (n >= 3 && status == TicketStatus::Open)
        kinds.back() = Kind::Customer;
    else if (n >= 3 && status == TicketStatus::OnHold)
        kinds.back() = Kind::Note;

    // Authors and bodies. One agent is accountable at a time (R33); a hand-over changes who (R45).
    const int agentCount = int(m_ctx.agents.size());
    const int first = d.below(agentCount);
    const int second = (first + 1 + d.below(qMax(1, agentCount - 1))) % agentCount;
    int current = first;
    std::vector<Message> thread(static_cast<size_t>(n));
    std::vector<Event> events;
    qint64 firstAgentAt = 0, lastAgentAt = 0, lastCustomerAt = 0, assignedAt = 0;
    bool takenOver = false;
    int closing = -1;
    for (int k = 0; k < n; ++k) {
        Message &m = thread[size_t(k)];
        m.kind = kinds[size_t(k)];
        m.at = at[size_t(k)];
        const auto &agent = m_ctx.agents[current];
        switch (m.kind) {
        case Kind::Customer:
            m.body = k == 0 ? DemoText::customerOpening(d, topic, customer.name, ru)
                            : DemoText::customerFollowUp(d, topic, ru);
            lastCustomerAt = m.at;
            break;
        case Kind::Agent:
            m.agent = agent.id;
            if (firstAgentAt == 0) {
                firstAgentAt = m.at;
                m.body = DemoText::agentFirstReply(d, topic, complexity, customer.name, agent.first, ru);
            } else if (handoff && current == second && !takenOver) {
                m.body = ru ? QString(u"Здравствуйте! Теперь вашим вопросом занимаюсь я, "_s + agent.first + u'.')
                            : QString(u"Hi, I am taking over from "_s + m_ctx.agents[first].first
                                      + u" and will continue with this.\n\n"_s + agent.first);
                takenOver = true;
            } else if (k == n - 1 && (status == TicketStatus::Solved || status == TicketStatus::Closed)) {
                closing = k; // worded once the resolution is known, below
            } else {
                m.body = DemoText::agentFollowUp(d, topic, agent.first, ru);
            }
            lastAgentAt = m.at;
            break;
        case Kind::Note:
            m.agent = agent.id;
            m.body = (k == n - 1 && status == TicketStatus::OnHold)
                ? u"On hold: waiting for the developers; the customer gets an update at each stage."_s
                : DemoText::internalNote(d);
            break;
        case Kind::System: {
            const auto &next = m_ctx.agents[second];
            // R45: a hand-over says why, and the thread shows it as an event, not a message.
            events.push_back({m.at, agent.id, u"handoff"_s, agent.id, next.id, DemoText::handoffReason(id)});
            current = second;
            break;
        }
        }
    }

    if (m_bulk)
        rewriteInBulkText(thread, topic, customer);

    // As TicketStore records it: every ticket is born "new".
    events.push_back({created, 0, u"status"_s, QVariant(), u"new"_s, QVariant()});
    if (status != TicketStatus::New) {
        assignedAt = qMax(created, firstAgentAt - d.between(0, 3 * kMinute));
        const qint64 a = m_ctx.agents[first].id;
        events.push_back({assignedAt, a, u"assignment"_s, QVariant(), a, QVariant()});
        events.push_back({assignedAt, a, u"status"_s, u"new"_s, u"open"_s, QVariant()});
        events.push_back({firstAgentAt, a, u"complexity"_s, QVariant(), complexity, QVariant()});
    }
    const qint64 closer = m_ctx.agents[current].id;
    QVariant resolution;
    qint64 solvedAt = 0, closedAt = 0;

    // Tags: most handled tickets carry one (R14); proposals always (R13); new ones not yet.
    if (status != TicketStatus::New && (topic.proposal || d.chance(0.75))) {
        QStringList tags{topic.tag.toString()};
        if (d.chance(0.25)) {
            const QString extra = d.pick(DemoText::extraTicketTags()).toString();
            if (!tags.contains(extra))
                tags.append(extra);
        }
        for (const QString &tag : std::as_const(tags)) {
            defer(m_tags, {id, m_ctx.tagIds.value(tag)});
            events.push_back({firstAgentAt, m_ctx.agents[first].id, u"tag_added"_s, QVariant(), tag, QVariant()});
        }
    }

    qint64 bugStage = 0; // 0 none, 1 accepted in progress, 2 fixed and released
    if (status != TicketStatus::New && !topic.bugTitle.isEmpty() && d.chance(topic.tag == u"security" ? 0.5 : 0.06)) {
        planBugReport(id, topic, customer, m_ctx.agents[first].id,
                      qMin(end, firstAgentAt + d.between(10 * kMinute, kDay)), status, severity, bugStage);
    }
    if (complexity == u"proposal" && status != TicketStatus::New) {
        const qint64 proposal = m_ctx.proposalIds.value(topic.tag.toString());
        defer(m_requests,
              {++m_requestId, proposal, id, customer.id, m_ctx.agents[first].id, thread.front().body.left(120),
               firstAgentAt});
        // As ProposalStore::addRequest tells the ticket's thread.
        events.push_back({firstAgentAt, m_ctx.agents[first].id, u"proposal"_s, QVariant(), QString::number(proposal),
                          m_ctx.proposalTitles.value(proposal)});
    }

    if (status == TicketStatus::Pending || status == TicketStatus::OnHold)
        events.push_back({end, closer, u"status"_s, u"open"_s, statusName(status), QVariant()});
    if (status == TicketStatus::Solved || status == TicketStatus::Closed) {
        solvedAt = end;
        // R36: only the recognised ways of resolving a ticket.
        resolution = complexity == u"proposal" ? u"feature_requested"_s
            : bugStage == 2                    ? u"defect_fixed"_s
            : bugStage == 1                    ? u"workaround_and_defect"_s
            : d.chance(0.75)                   ? u"customer_confirmed"_s
                                               : u"no_response"_s;
        events.push_back({solvedAt, closer, u"status"_s, u"open"_s, u"solved"_s, resolution});
        if (closing >= 0 && !m_bulk)
            thread[size_t(closing)].body =
                DemoText::agentClosing(resolution.toString(), m_ctx.agents[current].first, ru);
    }
    if (status == TicketStatus::Closed) {
        closedAt = solvedAt + kSolvedToClosed;
        events.push_back({closedAt, 0, u"status"_s, u"solved"_s, u"closed"_s, u"auto_close"_s});
    }

    qint64 updatedAt = end;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    // Each change to the ticket row bumped its version; the birth and tag links did not.
    qint64 version = 0;
    for (const Event &e : events) {
        updatedAt = qMax(updatedAt, e.at);
        version += e.kind != u"tag_added";
    }

    // Answered once, then the customer wrote again: the next answer is owed (R15, R34).
    const bool owed = status != TicketStatus::Solved && status != TicketStatus::Closed && firstAgentAt > 0
        && lastCustomerAt > lastAgentAt;
    const qint64 nextDue = owed ? m_ctx.addBusinessMinutes(lastCustomerAt, sla.nextMinutes) : 0;
    QString subject = (ru ? d.pick(topic.subjectsRu) : d.pick(topic.subjectsEn)).toString();
    if (m_bulk)
        subject = m_bulk->subject();
    if (auto s = m_tickets.insert({id,
                                   subject,
                                   customer.id,
                                   statusName(status),
                                   complexity,
                                   severity,
                                   kKinds[int(topic.kind)].toString(),
                                   kChannels[d.weighted(kChannelWeights)].toString(),
                                   status == TicketStatus::New ? QVariant() : QVariant(m_ctx.agents[current].id),
                                   resolution,
                                   topic.tag == u"security",
                                   sla.id,
                                   m_ctx.addBusinessMinutes(created, sla.firstMinutes),
                                   timeOrNull(firstAgentAt),
                                   timeOrNull(nextDue),
                                   complexity == u"critical" ? QVariant(created + 30 * kMinute) : QVariant(),
                                   timeOrNull(assignedAt),
                                   timeOrNull(solvedAt),
                                   timeOrNull(closedAt),
                                   timeOrNull(lastCustomerAt),
                                   timeOrNull(lastAgentAt),
                                   created,
                                   updatedAt,
                                   version});
        !s)
        return s;
    for (const Message &m : thread) {
        if (m.kind == Kind::System)
            continue; // a hand-over, written as its event above
        const bool fromCustomer = m.kind == Kind::Customer;
        if (auto s = m_messages.insert({++m_messageId, id, kKindNames[int(m.kind)].toString(), idOrNull(m.agent),
                                        fromCustomer ? QVariant(customer.id) : QVariant(), m.body, m.at});
            !s)
            return s;
    }
    for (const Event &e : events) {
        if (auto s =
                m_events.insert({++m_eventId, id, idOrNull(e.agent), e.kind, e.oldValue, e.newValue, e.reason, e.at});
            !s)
            return s;
    }
    return flushDeferred();
}

void TicketWriter::rewriteInBulkText(std::vector<Message> &thread, const DemoText::Topic &topic,
                                     const DemoContext::Customer &customer)
{
    m_bulk->startTicket(topic, customer.id, customer.russian);
    const auto agentFirst = [this](qint64 id) {
        for (const auto &agent : m_ctx.agents) {
            if (agent.id == id)
                return agent.first;
        }
        return QString();
    };
    for (size_t k = 0; k < thread.size(); ++k) {
        Message &m = thread[k];
        switch (m.kind) {
        case Kind::Customer:
            m.body = m_bulk->message(DemoText::Writer::Customer, k == 0, m.at, customer.name.first, {});
            break;
        case Kind::Agent:
            m.body = m_bulk->message(DemoText::Writer::Agent, false, m.at, agentFirst(m.agent), customer.name.first);
            break;
        case Kind::Note:
            m.body = m_bulk->message(DemoText::Writer::Note, false, m.at, agentFirst(m.agent), {});
            break;
        case Kind::System: // a hand-over's record reads the same in any inbox
            break;
        }
    }
}

Casebook::Status TicketWriter::flushDeferred()
{
    for (const Deferred &row : m_deferred) {
        if (auto s = row.table->insert(row.values); !s)
            return s;
    }
    m_deferred.clear();
    return Done{};
}

} // namespace DemoTickets

Casebook::Status writeDemoTickets(DemoContext &ctx, const std::function<void(qint64, qint64)> &progress)
{
    DemoTickets::TicketWriter writer(ctx);
    auto status = writer.writeAll(progress);
    if (!status) {
        ctx.conn.rollback();
        return status;
    }
    if (!ctx.conn.commit()) {
        const Error error = ctx.db->errorFrom(ctx.conn.lastError());
        ctx.conn.rollback();
        return error;
    }
    return Done{};
}

} // namespace Casebook
