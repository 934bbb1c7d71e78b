// SPDX-License-Identifier: GPL-3.0-or-later
#include "openticket.h"

#include "models/agents/session.h"
#include "models/customers/customercardmodel.h"
#include "models/proposals/proposalpicker.h"
#include "models/replies/cannedreplystore.h"
#include "models/replies/replytemplate.h"
#include "models/shifts/businesshours.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/assignment/tickettasksmodel.h"
#include "models/tickets/privacy.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/triage/taglistmodel.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOpenTicket, "casebook.ticket")

namespace Casebook {

namespace {

bool sameOverview(const TicketOverview &a, const TicketOverview &b)
{
    // Every change of the row moves its version or its time; the names are joined in.
    return a.ticket.id == b.ticket.id && a.ticket.version == b.ticket.version
        && a.ticket.updatedAt == b.ticket.updatedAt && a.customerName == b.customerName
        && a.customerEmail == b.customerEmail && a.customerLocale == b.customerLocale
        && a.assigneeName == b.assigneeName;
}

bool sameTriage(const TicketState &a, const TicketState &b)
{
    const Ticket &x = a.overview.ticket;
    const Ticket &y = b.overview.ticket;
    return x.id == y.id && x.subject == y.subject && x.status == y.status && x.complexity == y.complexity
        && x.severity == y.severity && x.requestKind == y.requestKind && x.channel == y.channel && a.tags == b.tags
        && a.reactionDueAt == b.reactionDueAt;
}

bool sameAssignment(const TicketState &a, const TicketState &b)
{
    const Ticket &x = a.overview.ticket;
    const Ticket &y = b.overview.ticket;
    return x.id == y.id && x.status == y.status && x.assignee == y.assignee
        && a.overview.assigneeName == b.overview.assigneeName && a.handedTo == b.handedTo && a.longHeld == b.longHeld
        && a.links == b.links;
}

} // namespace

OpenTicket::OpenTicket(Session &session, VaultSession *vault, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_drafts(session.database(), session.clock())
    , m_thread(new ThreadModel(session.database(), this))
    , m_tasks(new TicketTasksModel(session.database(), session.clock(), this))
    , m_tagList(new TagListModel(session.database(), session.clock(), this))
    , m_customerCard(new CustomerCardModel(session, vault, this))
    , m_proposals(new ProposalPicker(*this))
{
    // The seeded replies are there before anyone opens the picker.
    if (const auto seeded = CannedReplyStore(session.database(), session.clock()).seedShipped(); !seeded)
        m_setupError = seeded.error().message;
    readReplyLanguages();
    readLongHeldDays();
    readSecurityWords();
    readShiftRoster();
    connect(session.database().changeFeed(), &ChangeFeed::changed, this, &OpenTicket::onChanged);
}

OpenTicket::~OpenTicket() = default;

Status OpenTicket::open(TicketId ticket)
{
    Q_EMIT aboutToOpen();
    Status result = Done{};
    TicketState state;
    if (ticket.isValid()) {
        auto read = TicketState::read(m_session.database(), m_session.clock(), ticket, longHeldThreshold());
        if (read)
            state = std::move(read).value();
        else
            result = read.error();
    }
    m_state = std::move(state);
    const auto keep = [&result](const Status &status) {
        if (!status && result)
            result = status;
    };
    keep(m_thread->setTicket(id()));
    keep(m_tasks->setTicket(id(), m_session.agentId()));
    keep(m_drafts.load(m_session.agentId(), id(), m_thread->newestMessage()));
    m_loadError = result ? QString() : result.error().message;
    followCustomer();
    Q_EMIT opened(id());
    return result;
}

void OpenTicket::onChanged(const QList<Change> &changes)
{
    bool mine = false;
    bool theirCustomer = false;
    bool settings = false;
    bool replies = false;
    for (const Change &change : changes) {
        if (change.entity == u"ticket")
            mine = mine || (isOpen() && change.entityId == id().value());
        else if (change.entity == u"customer")
            theirCustomer = theirCustomer || (customer().isValid() && change.entityId == customer().value());
        else if (change.entity == u"team_setting")
            settings = true;
        else if (change.entity == u"canned_reply")
            replies = true;
        else if (change.entity == u"roster" || change.entity == u"team_calendar" || change.entity == u"reminder_rule")
            settings = true;
    }
    if (replies)
        readReplyLanguages();
    bool reread = mine || theirCustomer;
    if (settings) {
        readShiftRoster();
        const int before = m_longHeldDays;
        readLongHeldDays();
        readSecurityWords();
        reread = reread || (isOpen() && before != m_longHeldDays);
    }
    if (mine) {
        // Every write about this ticket records a change of the ticket in the same
        // transaction, so the messages and tasks of this batch are the ones that concern it.
        m_thread->applyChanges(changes);
        m_tasks->applyChanges(changes);
    }
    if (reread)
        reload();
}

void OpenTicket::reload()
{
    if (!isOpen())
        return;
    auto fresh = TicketState::read(m_session.database(), m_session.clock(), id(), longHeldThreshold());
    if (!fresh) {
        // The panels keep showing the last state read; the next change reads again.
        qCWarning(lcOpenTicket) << "reading the open ticket failed:" << fresh.error().detail;
        return;
    }
    apply(std::move(fresh).value());
}

void OpenTicket::apply(TicketState fresh)
{
    const bool overview = !sameOverview(m_state.overview, fresh.overview);
    const bool triage = !sameTriage(m_state, fresh);
    const bool assignment = !sameAssignment(m_state, fresh);
    m_state = std::move(fresh);
    if (overview)
        Q_EMIT overviewChanged();
    if (triage)
        Q_EMIT triageChanged();
    if (assignment)
        Q_EMIT assignmentChanged();
    followCustomer();
}

void OpenTicket::followCustomer()
{
    if (m_shownCustomer == customer())
        return;
    m_shownCustomer = customer();
    // The card says itself what could not be read; the ticket stays open either way.
    (void)m_customerCard->setCustomer(m_shownCustomer);
    Q_EMIT customerChanged(m_shownCustomer);
}

qint64 OpenTicket::longHeldThreshold() const
{
    // R24 counts working days; the flag beside a ticket uses the standard week, as it always has.
    return LongHeld::threshold(m_session.clock().nowMs(), BusinessHours{}, m_longHeldDays);
}

void OpenTicket::readLongHeldDays()
{
    const auto days = LongHeld::businessDays(m_session.database());
    m_longHeldDays = days ? *days : LongHeld::defaultBusinessDays;
}

void OpenTicket::readReplyLanguages()
{
    const auto languages = CannedReplyStore(m_session.database(), m_session.clock()).languages();
    m_replyLanguages = languages ? languages.value() : QStringList();
}

void OpenTicket::readSecurityWords()
{
    const auto words = TeamSettingsStore(m_session.database()).securityWords();
    m_securityWords = words ? words.value() : QStringList();
}

QStringList OpenTicket::securityWordsFound() const
{
    if (!isOpen() || ticket().isPrivate || m_securityWords.isEmpty())
        return {};
    QStringList texts{ticket().subject};
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        const ThreadModel::Row message = m_thread->rowAt(m_thread->index(row));
        if (message.kind == MessageKind::Customer)
            texts.append(message.body);
    }
    return securityWordsIn(texts.join(u"\n"), m_securityWords);
}

QList<NextStep> OpenTicket::nextSteps() const
{
    const Ticket &t = ticket();
    if (!t.complexity || t.status == TicketStatus::Closed)
        return {};
    const bool taggedAsProposal = std::any_of(m_state.tags.cbegin(), m_state.tags.cend(),
                                              [](const QString &tag) { return tag.startsWith(u"proposal-"); });
    QList<NextStep> steps = TicketTriage::nextSteps(*t.complexity, t.subject);
    steps.removeIf([&](const NextStep &step) {
        return step.kind == NextStep::Kind::Tag && (taggedAsProposal || m_state.tags.contains(step.tag));
    });
    return steps;
}

bool OpenTicket::isHandedToMe() const
{
    const AgentId me = m_session.agentId();
    return me.isValid() && ticket().assignee == me && m_state.handedTo == me;
}

QString OpenTicket::replyLanguage() const
{
    return ReplyTemplate::languageFor(overview().customerLocale, m_replyLanguages);
}

} // namespace Casebook
