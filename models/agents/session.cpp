// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "agentstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Casebook {

Session::Session(Database &database, const Clock &clock, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(settings)
{
    reload();
}

Session::~Session() = default;

QString Session::settingsKey() const
{
    // One remembered login per database; the URL is hashed so that settings never hold it.
    const QByteArray url = m_database.url().toString().toUtf8();
    return QStringLiteral("identity/")
        + QString::fromLatin1(QCryptographicHash::hash(url, QCryptographicHash::Sha1).toHex().left(16));
}

void Session::reload()
{
    const AgentStore store(m_database, m_clock);
    QStringList logins;
    if (m_settings)
        logins << m_settings->value(settingsKey()).toString();
    if (m_database.isPostgres())
        logins << (m_database.serverUser().isEmpty() ? m_database.url().user : m_database.serverUser());
    logins << qEnvironmentVariable("CASEBOOK_AGENT");

    Agent found;
    for (const QString &login : std::as_const(logins)) {
        if (login.isEmpty())
            continue;
        const auto id = store.byLogin(login);
        if (!id || !id->isValid())
            continue;
        if (const auto agent = store.agent(*id); agent && agent->active) {
            found = *agent;
            break;
        }
    }
    if (!found.id.isValid()) {
        if (const auto agents = store.agents(); agents && !agents->isEmpty()) {
            // agents() sorts by name; the lowest id is the team's first member.
            found = *std::min_element(agents->cbegin(), agents->cend(),
                                      [](const Agent &a, const Agent &b) { return a.id < b.id; });
        }
    }
    const auto count = store.count();
    m_needsFirstPerson = count && count.value() == 0;
    const bool changed = found.id != m_agent.id;
    m_agent = found;
    if (changed)
        Q_EMIT agentChanged();
}

bool Session::can(Permission permission) const
{
    if (!m_agent.id.isValid() || !m_agent.active)
        return false;
    switch (permission) {
    case Permission::ManageTeamRules:
    case Permission::SeePrivateTickets:
        return m_agent.role == AgentRole::Lead || m_agent.role == AgentRole::Admin;
    case Permission::ManagePeople:
    case Permission::UpgradeSchema:
        return m_agent.role == AgentRole::Admin;
    }
    return false;
}

Status Session::becomeFirstAdmin(const QString &login, const QString &displayName, const QString &email)
{
    AgentStore store(m_database, m_clock);
    const auto count = store.count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Error{
            Error::Kind::Conflict, tr("This database already has people; an admin adds you in Settings > People."), {}};
    Agent first;
    // On a team server the role name is who this is: the server decided that at sign-in.
    first.login =
        m_database.isPostgres() && !m_database.serverUser().isEmpty() ? m_database.serverUser() : login.trimmed();
    first.displayName = displayName.trimmed();
    first.email = email.trimmed();
    first.role = AgentRole::Admin;
    const auto id = store.create(first);
    if (!id)
        return id.error();
    setAgent(id.value());
    m_needsFirstPerson = false;
    return Done{};
}

void Session::setAgent(AgentId id)
{
    const AgentStore store(m_database, m_clock);
    const auto agent = store.agent(id);
    if (!agent)
        return;
    if (m_settings)
        m_settings->setValue(settingsKey(), agent->login);
    const bool changed = agent->id != m_agent.id;
    m_agent = *agent;
    if (changed)
        Q_EMIT agentChanged();
}

} // namespace Casebook
