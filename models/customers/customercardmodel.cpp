// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercardmodel.h"

#include "customerhistorymodel.h"
#include "customernotesmodel.h"
#include "customerstore.h"
#include "models/agents/session.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/customeraccessesmodel.h"

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// What one batch of changes means for one customer's card.
struct Concern
{
    bool customer = false; ///< the record itself, and with a merge anything that moved
    bool notes = false;
    bool tickets = false; ///< the lifecycle line and the history
    bool otherHistory = false; ///< bug reports and proposals
    bool tags = false; ///< the team's tag list
    bool accesses = false;
    QList<qint64> unknownNotes; ///< notes the list does not show: maybe the customer's, maybe not
    QList<qint64> unknownTickets;
};

void collect(QStringList &errors, const Status &status)
{
    if (!status)
        errors.append(status.error().message);
}

} // namespace

CustomerCardModel::CustomerCardModel(Session &session, VaultSession *vault, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_notes(new CustomerNotesModel(session.database(), this))
    , m_history(new CustomerHistoryModel(session.database(), this))
    , m_accesses(vault ? new CustomerAccessesModel(session, *vault, this) : nullptr)
{
    connect(session.database().changeFeed(), &ChangeFeed::changed, this, &CustomerCardModel::onChanges);
}

CustomerCardModel::~CustomerCardModel() = default;

Status CustomerCardModel::setCustomer(CustomerId customer)
{
    m_customer = Customer{};
    m_customer.id = customer;
    m_lifecycle.reset();
    m_lifecycleError.clear();
    QStringList errors;
    collect(errors, m_notes->setCustomer(customer));
    collect(errors, m_history->setCustomer(customer));
    if (m_accesses)
        (void)m_accesses->setCustomer(customer); // announces its own failures to the vault's view
    // The team's tags are read with the first customer, then follow the feed.
    const bool readTags = customer.isValid() && !m_tagNamesRead;
    if (customer.isValid()) {
        collect(errors, readCustomer());
        readLifecycle();
        if (readTags)
            collect(errors, readTagNames());
    }
    // Announced after every read, so a view resetting itself for the new customer does not
    // hide an error that belongs to it.
    Q_EMIT customerIdChanged(customer);
    Q_EMIT customerChanged();
    Q_EMIT lifecycleChanged();
    if (readTags)
        Q_EMIT tagNamesChanged();
    for (const QString &error : std::as_const(errors))
        Q_EMIT loadFailed(error);
    if (!errors.isEmpty())
        return Error{Error::Kind::Query, errors.join(u'\n'), {}};
    return Done{};
}

Status CustomerCardModel::readCustomer()
{
    auto read = CustomerStore(m_session.database(), m_session.clock()).customer(m_customer.id);
    if (!read)
        return read.error();
    m_customer = std::move(read).value();
    return Done{};
}

void CustomerCardModel::readLifecycle()
{
    auto life = CustomerStore(m_session.database(), m_session.clock()).lifecycle(m_customer.id, nowMs());
    if (life) {
        m_lifecycle = life.value();
        m_lifecycleError.clear();
    } else {
        m_lifecycle.reset();
        m_lifecycleError = life.error().message;
    }
}

Status CustomerCardModel::readTagNames()
{
    auto names = CustomerStore(m_session.database()).tagNames();
    if (!names)
        return names.error();
    m_tagNames = names.value();
    m_tagNamesRead = true;
    return Done{};
}

qint64 CustomerCardModel::nowMs() const
{
    return m_session.clock().nowMs();
}

QString CustomerCardModel::customerFacingText() const
{
    return m_customer.id.isValid() ? customerFacingSummary(m_customer, nowMs()) : QString();
}

void CustomerCardModel::onChanges(const QList<Change> &changes)
{
    Concern concern;
    for (const Change &change : changes) {
        const QString &entity = change.entity;
        if (entity == u"customer") {
            concern.customer = concern.customer || change.entityId == m_customer.id.value();
        } else if (entity == u"customer_note") {
            if (m_notes->indexOf(NoteId(change.entityId)).isValid())
                concern.notes = true;
            else
                concern.unknownNotes.append(change.entityId);
        } else if (entity == u"ticket") {
            if (m_history->indexOf(CustomerHistoryItem::Kind::Ticket, change.entityId).isValid())
                concern.tickets = true;
            else
                concern.unknownTickets.append(change.entityId);
        } else if (entity == u"bug_report" || entity == u"proposal" || entity == u"proposal_request") {
            concern.otherHistory = true;
        } else if (entity == u"tag") {
            concern.tags = true;
        } else if (entity == u"vault_entry" || entity == u"agent") {
            // An agent's new name is the name beside "checked by".
            concern.accesses = true;
        }
    }
    if (concern.tags && m_tagNamesRead) {
        if (readTagNames())
            Q_EMIT tagNamesChanged();
    }
    if (concern.accesses && m_accesses)
        (void)m_accesses->refresh();
    if (!m_customer.id.isValid())
        return;

    const CustomerStore store(m_session.database(), m_session.clock());
    // A change we cannot place costs one small query, not a re-read of the card.
    const auto owned = [](const Result<bool> &owns) { return !owns || owns.value(); };
    if (!concern.customer && !concern.notes && !concern.unknownNotes.isEmpty())
        concern.notes = owned(store.ownsNotes(m_customer.id, concern.unknownNotes));
    if (!concern.customer && !concern.tickets && !concern.unknownTickets.isEmpty())
        concern.tickets = owned(store.ownsTickets(m_customer.id, concern.unknownTickets));

    QStringList errors;
    if (concern.customer) {
        if (const Status read = readCustomer(); read)
            Q_EMIT customerChanged();
        else
            collect(errors, read);
    }
    if (concern.customer || concern.notes)
        collect(errors, m_notes->refresh());
    if (concern.customer || concern.tickets) {
        readLifecycle();
        Q_EMIT lifecycleChanged();
    }
    if (concern.customer || concern.tickets || concern.otherHistory)
        collect(errors, m_history->refresh());
    for (const QString &error : std::as_const(errors))
        Q_EMIT loadFailed(error);
}

Result<NoteId> CustomerCardModel::addNote(const QString &body, NoteId corrects)
{
    auto added = CustomerStore(m_session.database(), m_session.clock())
                     .addNote(m_customer.id, m_session.agentId(), body.trimmed(), corrects);
    if (!added)
        refreshAfterConflict(added.error());
    return added;
}

Status CustomerCardModel::setPinned(NoteId note, bool pinned)
{
    const CustomerNote shown = m_notes->noteAt(m_notes->indexOf(note));
    if (!shown.id.isValid())
        return Error{Error::Kind::NotFound, tr("This note is no longer on the card."), {}};
    const auto done = CustomerStore(m_session.database(), m_session.clock()).setPinned(note, pinned, shown.version);
    if (!done) {
        refreshAfterConflict(done.error());
        return done.error();
    }
    return Done{};
}

void CustomerCardModel::refreshAfterConflict(const Error &error)
{
    // Someone else was first and the feed has not told us yet (another desktop's change
    // arrives with the next heartbeat or notification): show what they did now.
    if (error.kind == Error::Kind::Conflict)
        (void)m_notes->refresh();
}

Status CustomerCardModel::addTag(const QString &tag)
{
    return CustomerStore(m_session.database(), m_session.clock()).addTag(m_customer.id, tag, m_session.agentId());
}

Status CustomerCardModel::removeTag(const QString &tag)
{
    return CustomerStore(m_session.database(), m_session.clock()).removeTag(m_customer.id, tag, m_session.agentId());
}

Result<CustomerCardModel::MergePlan> CustomerCardModel::planMerge(CustomerId duplicate) const
{
    auto read = CustomerStore(m_session.database(), m_session.clock()).customer(duplicate);
    if (!read)
        return read.error();
    return MergePlan{m_customer, std::move(read).value()};
}

Status CustomerCardModel::merge(const MergePlan &plan)
{
    const Status merged = CustomerStore(m_session.database(), m_session.clock())
                              .merge(plan.survivor.id, plan.survivor.version, plan.duplicate.id, plan.duplicate.version,
                                     m_session.agentId());
    if (!merged && merged.error().kind == Error::Kind::Conflict && plan.survivor.id == m_customer.id && readCustomer())
        Q_EMIT customerChanged();
    return merged;
}

} // namespace Casebook
