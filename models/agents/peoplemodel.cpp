// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include "agentstore.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "session.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool sameRow(const Agent &a, const Agent &b)
{
    return a.version == b.version && a.displayName == b.displayName && a.email == b.email && a.role == b.role
        && a.active == b.active && a.languages == b.languages;
}

QString languageNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes) {
        const QLocale locale(code);
        // A code Qt does not know is shown as typed rather than as "C".
        names << (locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language()));
    }
    return names.join(u", "_s);
}

} // namespace

QString agentRoleText(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return QCoreApplication::translate("Casebook::PeopleModel", "Agent");
    case AgentRole::Lead:
        return QCoreApplication::translate("Casebook::PeopleModel", "Lead");
    case AgentRole::Admin:
        return QCoreApplication::translate("Casebook::PeopleModel", "Admin");
    }
    return {};
}

PeopleModel::PeopleModel(Session &session, QObject *parent)
    : SyncedListModel(parent)
    , m_session(session)
{
    connect(session.database().changeFeed(), &ChangeFeed::changed, this, &PeopleModel::onChanged);
    (void)reload();
}

PeopleModel::~PeopleModel() = default;

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &agent = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return agent.displayName;
    case DetailRole: {
        QStringList parts;
        if (!agent.email.isEmpty())
            parts << agent.email;
        if (!agent.languages.isEmpty())
            parts << languageNames(agent.languages);
        parts << agentRoleText(agent.role);
        if (!agent.active)
            //: shown after a person's role when they no longer work here
            parts << QCoreApplication::translate("Casebook::PeopleModel", "deactivated");
        return parts.join(u" · "_s);
    }
    case Qt::ToolTipRole:
        //: %1 is the login (on a team server, the PostgreSQL role)
        return QCoreApplication::translate("Casebook::PeopleModel", "Signs in as %1").arg(agent.login);
    case AgentIdRole:
    case IdRole:
        return agent.id.value();
    case EmailRole:
        return agent.email;
    case LanguagesRole:
        return agent.languages;
    case AgentRoleRole:
        return int(agent.role);
    case ActiveRole:
        return agent.active;
    default:
        return {};
    }
}

Agent PeopleModel::agentAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_people.at(index.row());
}

QModelIndex PeopleModel::indexOf(AgentId id) const
{
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == id)
            return index(int(i), 0);
    }
    return {};
}

QList<Agent> PeopleModel::handOffTargets(AgentId except) const
{
    QList<Agent> targets;
    for (const Agent &agent : m_people) {
        if (agent.active && agent.id != except)
            targets << agent;
    }
    return targets;
}

bool PeopleModel::mayManage() const
{
    return m_session.can(Permission::ManagePeople);
}

bool PeopleModel::hasLoginRoles() const
{
    return m_session.database().isPostgres();
}

Status PeopleModel::reload()
{
    const auto people = AgentStore(m_session.database(), m_session.clock()).everyone();
    if (!people)
        return people.error();
    syncRows(m_people, people.value(), [](const Agent &a) { return a.id; }, sameRow);
    return Done{};
}

void PeopleModel::onChanged(const QList<Change> &changes)
{
    const bool ours =
        std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"agent"; });
    if (ours)
        (void)reload();
}

Status PeopleModel::refusedUnlessAdmin() const
{
    if (mayManage())
        return Done{};
    return Error{
        Error::Kind::ReadOnly,
        QCoreApplication::translate("Casebook::PeopleModel", "Only an admin adds, changes or deactivates people."),
        {}};
}

Result<AgentId> PeopleModel::add(const Agent &agent, const QString &password)
{
    if (auto allowed = refusedUnlessAdmin(); !allowed)
        return allowed.error();
    auto id = AgentStore(m_session.database(), m_session.clock()).create(agent, password);
    if (id)
        (void)reload();
    return id;
}

Status PeopleModel::edit(const Agent &agent, const QString &password)
{
    if (auto allowed = refusedUnlessAdmin(); !allowed)
        return allowed;
    const auto updated = AgentStore(m_session.database(), m_session.clock()).update(agent, agent.version, password);
    if (!updated)
        return updated.error();
    (void)reload();
    if (agent.id == m_session.agentId())
        m_session.reload();
    return Done{};
}

Result<int> PeopleModel::openTicketCount(AgentId agent) const
{
    const auto open = AgentStore(m_session.database(), m_session.clock()).openTickets(agent);
    if (!open)
        return open.error();
    return int(open->size());
}

Status PeopleModel::deactivate(AgentId agent, AgentId to)
{
    if (auto allowed = refusedUnlessAdmin(); !allowed)
        return allowed;
    if (agent == m_session.agentId())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::PeopleModel", "You cannot deactivate yourself; another admin can."),
            {}};
    if (to.isValid()) {
        const auto open = AgentStore(m_session.database(), m_session.clock()).openTickets(agent);
        if (!open)
            return open.error();
        TicketAssignment assignment(m_session.database(), m_session.clock());
        const QString name = agentAt(indexOf(agent)).displayName;
        //: the hand-off reason on each of a deactivated person's tickets (R45)
        const QString reason =
            QCoreApplication::translate("Casebook::PeopleModel", "%1 no longer works on this team.").arg(name);
        for (const auto &[ticket, version] : open.value()) {
            if (auto given = assignment.handOff(ticket, to, reason, version, m_session.agentId()); !given)
                return given.error();
        }
    }
    return setActive(agent, false);
}

Status PeopleModel::reactivate(AgentId agent)
{
    if (auto allowed = refusedUnlessAdmin(); !allowed)
        return allowed;
    return setActive(agent, true);
}

Status PeopleModel::setActive(AgentId id, bool active)
{
    AgentStore store(m_session.database(), m_session.clock());
    const auto stored = store.agent(id);
    if (!stored)
        return stored.error();
    Agent agent = stored.value();
    agent.active = active;
    if (auto updated = store.update(agent, agent.version); !updated)
        return updated.error();
    (void)reload();
    return Done{};
}

} // namespace Casebook
