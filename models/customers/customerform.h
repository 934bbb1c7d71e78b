// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/agents/agent.h"
#include "models/storage/result.h"

#include <QObject>

namespace Casebook {

class Session;

/**
 * One customer being created or edited by hand: the model behind the customer editor. It
 * reads the record once, remembers the version it was read at, and saves over exactly that
 * version, so a change made meanwhile on another desktop is a conflict that names who made
 * it (the typed text stays in the editor). Offers the team's agents (success owner) and SLA
 * policies.
 */
class CustomerForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerForm)

public:
    explicit CustomerForm(Session &session, QObject *parent = nullptr);
    ~CustomerForm() override;

    /// Starts editing `customer` (read now); an invalid id starts a new customer.
    Status load(CustomerId customer);
    [[nodiscard]] bool isNew() const { return !m_loaded.id.isValid(); }
    /// The record as read (or an empty one for a new customer).
    [[nodiscard]] const Customer &loaded() const { return m_loaded; }

    [[nodiscard]] QList<Agent> agents() const;
    [[nodiscard]] QList<SlaPolicy> slaPolicies() const;
    /// What is wrong with these addresses (another customer has one, named); empty when fine.
    [[nodiscard]] QString emailProblem(const QStringList &emails) const;

    /**
     * Creates the customer or saves the edit over the version read. On success the form
     * follows the saved record (its new version); on a conflict nothing changes and
     * loadTheirs() or saveOverTheirs() decide.
     */
    Result<CustomerId> save(const Customer &edited);
    /// After a conflict: saves `edited` over whatever the record is now.
    Result<CustomerId> saveOverTheirs(const Customer &edited);

Q_SIGNALS:
    void saved(Casebook::CustomerId customer);

private:
    Session &m_session;
    Customer m_loaded;
};

} // namespace Casebook
