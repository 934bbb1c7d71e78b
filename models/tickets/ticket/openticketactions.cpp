// SPDX-License-Identifier: GPL-3.0-or-later
// OpenTicket's actions: each goes to the store or workflow class that owns it, against the
// version shown. A success is announced by the ChangeFeed like any other change, which
// brings the panels up to date; a failure reads the state again.
#include "openticket.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/reminders/reminderstore.h"
#include "models/replies/cannedreplystore.h"
#include "models/replies/replyfiller.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/clock.h"
#include "models/tickets/assignment/internalmessage.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/assignment/tickettasks.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticketlink.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/ticketwrite.h"
#include "models/tickets/triage/tickettags.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>

namespace Casebook {

namespace {

Status done(const auto &result)
{
    if (!result)
        return result.error();
    return Done{};
}

} // namespace

std::optional<Error> OpenTicket::notOpen() const
{
    if (isOpen())
        return std::nullopt;
    return TicketWrite::invalid(QCoreApplication::translate("Casebook::OpenTicket", "No ticket is open."));
}

template<typename T>
Result<T> OpenTicket::settled(Result<T> result)
{
    if (!result)
        reload();
    return result;
}

Result<QList<Agent>> OpenTicket::handOffCandidates(bool escalate) const
{
    const auto agents = AgentStore(m_session.database(), m_session.clock()).agents();
    if (!agents)
        return agents.error();
    QList<Agent> candidates;
    for (const Agent &agent : *agents) {
        if (agent.id == ticket().assignee || (escalate && agent.role == AgentRole::Agent))
            continue;
        candidates.append(agent);
    }
    return candidates;
}

Result<bool> OpenTicket::saveDraft(MessageKind kind, const QString &body)
{
    return m_drafts.save(kind, body);
}

Status OpenTicket::saveDraftExtras(MessageKind kind, const DraftExtras &extras)
{
    return m_drafts.saveExtras(kind, extras);
}

void OpenTicket::markSeen(MessageKind kind, MessageId seen)
{
    m_drafts.markSeen(kind, seen);
}

Result<ReplySender::Outcome> OpenTicket::send(MessageKind kind, const QString &body, ReplySender::Guard guard,
                                              const QStringList &cc, const QList<MailAttachment> &files)
{
    if (const auto error = notOpen())
        return *error;
    ReplySender sender(m_session.database(), m_session.clock());
    auto outcome =
        sender.send({id(), kind, body, m_session.agentId(), m_drafts.draft(kind).baseMessage}, guard, {cc, files});
    if (!outcome)
        return settled(outcome);
    if (outcome->isHeld()) {
        // Whatever the author decides next, the text is safe.
        (void)m_drafts.save(kind, body);
        return outcome;
    }
    m_drafts.markSent(kind, outcome->sent);
    return outcome;
}

Result<std::optional<ReplyRecipients>> OpenTicket::replyRecipients() const
{
    if (const auto error = notOpen())
        return *error;
    // Read with the ticket, so showing who a reply goes to costs no statement more.
    if (ticket().channel != Channel::Email || overview().replyAddress.isEmpty())
        return std::optional<ReplyRecipients>();
    auto read = ReplyMail::recipients(m_session.database(), customer(), overview().customerName,
                                      overview().replyAddress, overview().customerCc);
    if (!read)
        return read.error();
    return std::optional<ReplyRecipients>(*read);
}

Result<QString> OpenTicket::quote(MessageId message) const
{
    const QModelIndex index = m_thread->indexOf(message);
    if (!index.isValid())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::OpenTicket", "That message is not in this ticket's thread."),
            {}};
    const ThreadModel::Row row = m_thread->rowAt(index);
    return ReplySender::quoteForCustomer(row.kind, row.author, row.body);
}

Result<QList<CannedReply>> OpenTicket::cannedReplies() const
{
    return CannedReplyStore(m_session.database(), m_session.clock()).replies();
}

Result<CannedReply> OpenTicket::cannedReply(const QString &key, const QString &language) const
{
    return CannedReplyStore(m_session.database(), m_session.clock())
        .reply(key, language.isEmpty() ? replyLanguage() : language);
}

Result<QString> OpenTicket::fillReply(const CannedReply &reply, std::optional<Estimate> estimate) const
{
    const auto parties = ReplyFiller::forTicket(overview(), m_session.agentId(), m_session.agent().displayName);
    return ReplyFiller(m_session.database(), m_session.clock()).fill(reply.body, reply.language, parties, estimate);
}

void OpenTicket::readShiftRoster() const
{
    Database &database = m_session.database();
    // A day either side covers the team's date in any zone and a shift running to midnight.
    m_shiftRosterDay = m_session.clock().now().date();
    auto roster = RosterStore(database).roster(m_shiftRosterDay.addDays(-2), m_shiftRosterDay.addDays(1));
    m_shiftRoster = roster ? std::optional(std::move(roster).value()) : std::nullopt;
    const auto rules = ReminderStore(database).rules();
    m_endSoonMinutes = rules ? rules->rule(RuleKind::ShiftEndSoon).minutesBefore : 30;
}

std::optional<qint64> OpenTicket::shiftEndsSoon() const
{
    const qint64 now = m_session.clock().nowMs();
    if (m_session.clock().now().date() != m_shiftRosterDay)
        readShiftRoster();
    if (!m_shiftRoster || !Shifts::isInLastMinutes(*m_shiftRoster, m_session.agentId(), now, m_endSoonMinutes))
        return std::nullopt;
    return Shifts::shiftEnd(*m_shiftRoster, m_session.agentId(), now);
}

Status OpenTicket::solve(Resolution resolution)
{
    if (const auto error = notOpen())
        return *error;
    // Noted before the write: the panels redraw while it commits and ask canUndoSolve().
    m_solvedHere = SolvedHere{id(), ticket().status, m_session.clock().nowMs()};
    TicketStore store(m_session.database(), m_session.clock());
    Status solved = settled(done(store.solve(id(), resolution, ticket().version, m_session.agentId())));
    if (!solved)
        m_solvedHere.reset();
    return solved;
}

bool OpenTicket::canUndoSolve() const
{
    return isOpen() && m_solvedHere && m_solvedHere->ticket == id() && ticket().status == TicketStatus::Solved
        && m_session.clock().nowMs() - m_solvedHere->atMs < undoSolveWindowMs;
}

Status OpenTicket::undoSolve()
{
    if (const auto error = notOpen())
        return *error;
    if (!canUndoSolve()) {
        return TicketWrite::invalid(QCoreApplication::translate(
            "Casebook::OpenTicket", "The solve can no longer be undone; set the ticket open again instead."));
    }
    const TicketStatus back =
        m_solvedHere->before == TicketStatus::Pending ? TicketStatus::Pending : TicketStatus::Open;
    m_solvedHere.reset();
    return setStatus(back);
}

Status OpenTicket::setStatus(TicketStatus status)
{
    if (const auto error = notOpen())
        return *error;
    TicketStore store(m_session.database(), m_session.clock());
    return settled(done(store.setStatus(id(), status, ticket().version, m_session.agentId())));
}

Status OpenTicket::take()
{
    if (const auto error = notOpen())
        return *error;
    TicketAssignment assignment(m_session.database(), m_session.clock());
    return settled(done(assignment.take(id(), ticket().version, m_session.agentId())));
}

Result<QString> OpenTicket::give(GiveFn give, AgentId to, const QString &reason)
{
    if (const auto error = notOpen())
        return *error;
    TicketAssignment assignment(m_session.database(), m_session.clock());
    const auto given = (assignment.*give)(id(), to, reason, ticket().version, m_session.agentId());
    if (!given)
        return settled<QString>(given.error());
    return given->cannedKey;
}

Result<QString> OpenTicket::handOff(AgentId to, const QString &reason)
{
    return give(&TicketAssignment::handOff, to, reason);
}

Result<QString> OpenTicket::escalate(AgentId lead, const QString &reason)
{
    return give(&TicketAssignment::escalate, lead, reason);
}

template<typename Value>
Status OpenTicket::changeTriage(Result<qint64> (TicketTriage::*change)(TicketId, Value, qint64, AgentId), Value value)
{
    if (const auto error = notOpen())
        return *error;
    TicketTriage triage(m_session.database(), m_session.clock());
    return settled(done((triage.*change)(id(), value, ticket().version, m_session.agentId())));
}

Status OpenTicket::setComplexity(Complexity complexity)
{
    return changeTriage(&TicketTriage::setComplexity, complexity);
}

Status OpenTicket::setSeverity(Severity severity)
{
    return changeTriage(&TicketTriage::setSeverity, severity);
}

Status OpenTicket::setRequestKind(RequestKind kind)
{
    return changeTriage(&TicketTriage::setRequestKind, kind);
}

Status OpenTicket::setChannel(Channel channel)
{
    return changeTriage(&TicketTriage::setChannel, channel);
}

Status OpenTicket::setPrivate(bool isPrivate)
{
    if (const auto error = notOpen())
        return *error;
    TicketStore store(m_session.database(), m_session.clock());
    return settled(done(store.setPrivate(id(), isPrivate, ticket().version, m_session.agentId())));
}

Status OpenTicket::addTag(const QString &tag)
{
    if (const auto error = notOpen())
        return *error;
    return settled(TicketTags(m_session.database(), m_session.clock()).add(id(), tag, m_session.agentId()));
}

Status OpenTicket::removeTag(const QString &tag)
{
    if (const auto error = notOpen())
        return *error;
    return settled(TicketTags(m_session.database(), m_session.clock()).remove(id(), tag, m_session.agentId()));
}

Status OpenTicket::addTask(const QString &title)
{
    if (const auto error = notOpen())
        return *error;
    TicketTasks tasks(m_session.database(), m_session.clock());
    return settled(done(tasks.add(id(), title, TicketTaskKind::Other, {}, m_session.agentId())));
}

Status OpenTicket::merge(TicketId survivor)
{
    if (const auto error = notOpen())
        return *error;
    TicketMerge tickets(m_session.database(), m_session.clock());
    return settled(tickets.merge(id(), survivor, ticket().version, m_session.agentId()));
}

Status OpenTicket::link(TicketId other)
{
    if (const auto error = notOpen())
        return *error;
    return settled(TicketMerge(m_session.database(), m_session.clock()).link(id(), other, m_session.agentId()));
}

Result<QString> OpenTicket::copyInternalMessage()
{
    if (const auto error = notOpen())
        return *error;
    auto text = InternalMessage::build(m_session.database(), id());
    if (text)
        QGuiApplication::clipboard()->setText(text.value());
    return text;
}

QString OpenTicket::copyLink()
{
    const QString link = isOpen() ? TicketLink::text(id()) : QString();
    if (!link.isEmpty())
        QGuiApplication::clipboard()->setText(link);
    return link;
}

} // namespace Casebook
