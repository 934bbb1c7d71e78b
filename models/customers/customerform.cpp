// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerform.h"

#include "customerstore.h"
#include "models/agents/agentstore.h"
#include "models/agents/session.h"

namespace Casebook {

CustomerForm::CustomerForm(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

CustomerForm::~CustomerForm() = default;

Status CustomerForm::load(CustomerId customer)
{
    if (!customer.isValid()) {
        m_loaded = Customer();
        return Done{};
    }
    auto read = CustomerStore(m_session.database(), m_session.clock()).customer(customer);
    if (!read)
        return read.error();
    m_loaded = read.value();
    return Done{};
}

QList<Agent> CustomerForm::agents() const
{
    const auto all = AgentStore(m_session.database(), m_session.clock()).agents();
    QList<Agent> active;
    if (!all)
        return active;
    for (const Agent &agent : all.value()) {
        // A success owner who left still shows on the record they own.
        if (agent.active || agent.id == m_loaded.successOwner)
            active.append(agent);
    }
    return active;
}

QList<SlaPolicy> CustomerForm::slaPolicies() const
{
    auto policies = CustomerStore(m_session.database(), m_session.clock()).slaPolicies();
    return policies ? policies.value() : QList<SlaPolicy>();
}

QString CustomerForm::emailProblem(const QStringList &emails) const
{
    const auto problem = CustomerStore(m_session.database(), m_session.clock()).emailProblem(emails, m_loaded.id);
    return problem ? problem.value() : problem.error().message;
}

Result<CustomerId> CustomerForm::save(const Customer &edited)
{
    CustomerStore store(m_session.database(), m_session.clock());
    Customer customer = edited;
    customer.id = m_loaded.id;
    CustomerId id = customer.id;
    if (isNew()) {
        auto made = store.create(customer, m_session.agentId());
        if (!made)
            return made.error();
        id = *made;
    } else {
        auto updated = store.update(customer, m_loaded.version, m_session.agentId());
        if (!updated)
            return updated.error();
    }
    if (auto reread = load(id); !reread)
        return reread.error();
    Q_EMIT saved(id);
    return id;
}

Result<CustomerId> CustomerForm::saveOverTheirs(const Customer &edited)
{
    auto current = CustomerStore(m_session.database(), m_session.clock()).customer(m_loaded.id);
    if (!current)
        return current.error();
    m_loaded.version = current->version;
    return save(edited);
}

} // namespace Casebook
