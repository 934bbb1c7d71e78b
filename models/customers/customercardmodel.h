// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Casebook {

class CustomerAccessesModel;
class CustomerHistoryModel;
class CustomerNotesModel;
class Session;
class VaultSession;
struct Change;

/**
 * One customer's card as data (R09, R35, R38, R41): the customer with success owner, SLA
 * policy and tags, the lifecycle line, the notes and the history, and with a vault the
 * customer's accesses (R17). Every view of the card (the Customers section, the column beside
 * a ticket) reads it and acts through it; none opens a store or listens to the ChangeFeed.
 *
 * setCustomer() reads the card once. Afterwards the model listens to the ChangeFeed once and
 * reads again only what a change concerns: the customer's own record, their notes, their
 * tickets (a ticket it does not know is looked up in one small query, so the busy inbox of a
 * team does not re-read every open card), bug reports and proposals, the team's tags, and
 * vault entries. Changes from another desktop arrive the same way as our own.
 *
 * Actions return errors as values; a conflict's message names who was first where the
 * database knows it.
 */
class CustomerCardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCardModel)

public:
    /// A merge as the person was asked about it: both records with the versions they saw.
    struct MergePlan
    {
        Customer survivor; ///< the customer shown, who stays
        Customer duplicate; ///< who moves into them and leaves the lists
    };

    /// Without `vault` the card has no accesses model (accesses() is null).
    explicit CustomerCardModel(Session &session, VaultSession *vault = nullptr, QObject *parent = nullptr);
    ~CustomerCardModel() override;

    /**
     * Reads this customer's card (an invalid id empties it); the same id reads it again.
     * Corrected notes start hidden. Read errors are returned and announced with loadFailed().
     */
    Status setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer.id; }
    /// The customer as last read (version included, for merges).
    [[nodiscard]] const Customer &customerData() const { return m_customer; }
    /// R35: first contact, tickets this quarter, open now; empty before a read or after a failed one.
    [[nodiscard]] const std::optional<CustomerLifecycle> &lifecycle() const { return m_lifecycle; }
    /// Why the lifecycle could not be read; empty when it was.
    [[nodiscard]] QString lifecycleError() const { return m_lifecycleError; }
    /// R14: the team's tags, for completion (not only this customer's).
    [[nodiscard]] QStringList tagNames() const { return m_tagNames; }
    /// The time licence states are judged at (the session's clock).
    [[nodiscard]] qint64 nowMs() const;
    /// R38: what "Copy for a reply" may copy: identity and licence, never the notes.
    [[nodiscard]] QString customerFacingText() const;

    [[nodiscard]] CustomerNotesModel *notes() const { return m_notes; }
    [[nodiscard]] CustomerHistoryModel *history() const { return m_history; }
    [[nodiscard]] CustomerAccessesModel *accesses() const { return m_accesses; }

    /// Appends a note by this session's agent; a correction names the note it supersedes (R38).
    Result<NoteId> addNote(const QString &body, NoteId corrects = {});
    /// Pins or unpins a note, version-checked against the note as the notes model shows it.
    Status setPinned(NoteId note, bool pinned);
    /// R14: tags the customer (a new tag joins the team's list).
    Status addTag(const QString &tag);
    Status removeTag(const QString &tag);
    /// Merging `duplicate` into the customer shown, to ask about before merge().
    Result<MergePlan> planMerge(CustomerId duplicate) const;
    /// Carries the plan out; either record changed since it was planned is a conflict naming who
    /// changed it, and the card is read again so that a new plan sees what changed.
    Status merge(const MergePlan &plan);

Q_SIGNALS:
    /// setCustomer() loaded another customer's card (or the same one again).
    void customerIdChanged(Casebook::CustomerId customer);
    /// The customer's record was read: identity, licence, tier, profile, owner, tags.
    void customerChanged();
    void lifecycleChanged();
    void tagNamesChanged();
    /// A read failed; what was shown stays.
    void loadFailed(const QString &message);

private:
    /// Reads the customer's record; on failure the record shown stays.
    Status readCustomer();
    void readLifecycle();
    Status readTagNames();
    void refreshAfterConflict(const Error &error);
    void onChanges(const QList<Casebook::Change> &changes);

    Session &m_session;
    Customer m_customer;
    std::optional<CustomerLifecycle> m_lifecycle;
    QString m_lifecycleError;
    QStringList m_tagNames;
    bool m_tagNamesRead = false;
    CustomerNotesModel *m_notes = nullptr;
    CustomerHistoryModel *m_history = nullptr;
    CustomerAccessesModel *m_accesses = nullptr;
};

} // namespace Casebook
