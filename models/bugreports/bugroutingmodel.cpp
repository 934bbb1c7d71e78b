// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugroutingmodel.h"

#include "bugroutingstore.h"
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebook {

BugRoutingModel::BugRoutingModel(Session &session, QObject *parent)
    : SyncedListModel(parent)
    , m_session(session)
{
    connect(session.database().changeFeed(), &ChangeFeed::changed, this, &BugRoutingModel::onChanged);
    (void)refresh();
}

BugRoutingModel::~BugRoutingModel() = default;

int BugRoutingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

QVariant BugRoutingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductArea &area = m_areas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return area.name;
    case DetailRole:
        return area.ownerName.isEmpty() ? tr("No owner") : area.ownerName;
    case IdRole:
        return area.id.value();
    default:
        return {};
    }
}

ProductArea BugRoutingModel::areaAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_areas.size() ? m_areas.at(index.row()) : ProductArea();
}

QModelIndex BugRoutingModel::indexOf(ProductAreaId area) const
{
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).id == area)
            return index(int(i), 0);
    }
    return {};
}

bool BugRoutingModel::canEdit() const
{
    return m_session.isLead();
}

QList<Agent> BugRoutingModel::owners() const
{
    return AgentStore(m_session.database(), m_session.clock()).activeAgents();
}

Status BugRoutingModel::checkOwner(AgentId owner) const
{
    if (!canEdit())
        return Error{Error::Kind::Invalid, tr("Only a lead changes where bug reports go."), {}};
    // R29: a report in an area nobody owns reaches nobody.
    if (!owner.isValid())
        return Error{Error::Kind::Invalid, tr("Every product area needs an owner to whom its reports go."), {}};
    return Done{};
}

Result<ProductAreaId> BugRoutingModel::addArea(const QString &name, AgentId owner)
{
    if (auto allowed = checkOwner(owner); !allowed)
        return allowed.error();
    auto added = BugRoutingStore(m_session.database(), m_session.clock()).addArea(name.trimmed(), owner);
    if (added)
        (void)refresh();
    return added;
}

Status BugRoutingModel::updateArea(ProductAreaId area, const QString &name, AgentId owner)
{
    if (auto allowed = checkOwner(owner); !allowed)
        return allowed;
    const ProductArea shown = areaAt(indexOf(area));
    auto updated =
        BugRoutingStore(m_session.database(), m_session.clock()).updateArea(area, name.trimmed(), owner, shown.version);
    (void)refresh();
    if (!updated)
        return updated.error();
    return Done{};
}

Status BugRoutingModel::removeArea(ProductAreaId area)
{
    if (!canEdit())
        return Error{Error::Kind::Invalid, tr("Only a lead changes where bug reports go."), {}};
    const ProductArea shown = areaAt(indexOf(area));
    auto removed = BugRoutingStore(m_session.database(), m_session.clock()).removeArea(area, shown.version);
    (void)refresh();
    return removed;
}

Status BugRoutingModel::setRoute(Severity severity, const QList<RouteTarget> &targets)
{
    if (!canEdit())
        return Error{Error::Kind::Invalid, tr("Only a lead changes where bug reports go."), {}};
    qint64 version = 0;
    for (const EscalationRoute &route : std::as_const(m_routes)) {
        if (route.severity == severity)
            version = route.version;
    }
    auto set = BugRoutingStore(m_session.database(), m_session.clock()).setRoute(severity, targets, version);
    (void)refresh();
    if (!set)
        return set.error();
    return Done{};
}

Status BugRoutingModel::refresh()
{
    BugRoutingStore store(m_session.database(), m_session.clock());
    const auto areas = store.areas();
    if (!areas)
        return areas.error();
    syncRows(
        m_areas, areas.value(), [](const ProductArea &a) { return a.id; },
        [](const ProductArea &a, const ProductArea &b) {
            return a.name == b.name && a.owner == b.owner && a.ownerName == b.ownerName && a.version == b.version;
        });
    const auto routes = store.routes();
    if (!routes)
        return routes.error();
    const bool same =
        std::equal(m_routes.cbegin(), m_routes.cend(), routes->cbegin(), routes->cend(),
                   [](const EscalationRoute &a, const EscalationRoute &b) {
                       return a.severity == b.severity && a.targets == b.targets && a.version == b.version;
                   });
    m_routes = routes.value();
    if (!same)
        Q_EMIT routesChanged();
    return Done{};
}

void BugRoutingModel::onChanged(const QList<Change> &changes)
{
    const bool mine = std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) {
        return c.entity == u"product_area" || c.entity == u"severity_route" || c.entity == u"agent";
    });
    if (mine)
        (void)refresh();
}

} // namespace Casebook
