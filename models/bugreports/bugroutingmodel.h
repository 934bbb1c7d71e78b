// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "models/agents/agent.h"
#include "models/common/listsync.h"
#include "models/storage/result.h"

namespace Casebook {

class Session;
struct Change;

/**
 * Settings > Bug reports: the team's product areas with their owners (R29) as a list model
 * (DisplayRole the name, DetailRole the owner's name, IdRole the area), and the escalation
 * route of each severity (R28). Edits go through BugRoutingStore, version-checked; every
 * area has an owner, so a report always reaches someone. Follows the ChangeFeed, so another
 * lead's edit shows at once.
 */
class BugRoutingModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugRoutingModel)

public:
    explicit BugRoutingModel(Session &session, QObject *parent = nullptr);
    ~BugRoutingModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] ProductArea areaAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(ProductAreaId area) const;
    /// Only leads and admins change routing; everyone may look.
    [[nodiscard]] bool canEdit() const;
    /// The active agents who may own an area.
    [[nodiscard]] QList<Agent> owners() const;

    Result<ProductAreaId> addArea(const QString &name, AgentId owner);
    /// Renames the area and/or gives it another owner, over the version shown.
    Status updateArea(ProductAreaId area, const QString &name, AgentId owner);
    Status removeArea(ProductAreaId area);

    /// The four routes, low to critical, as stored.
    [[nodiscard]] QList<EscalationRoute> routes() const { return m_routes; }
    Status setRoute(Severity severity, const QList<RouteTarget> &targets);

    /// Reads areas and routes again and applies the difference.
    Status refresh();

Q_SIGNALS:
    void routesChanged();

private:
    void onChanged(const QList<Casebook::Change> &changes);
    [[nodiscard]] Status checkOwner(AgentId owner) const;

    Session &m_session;
    QList<ProductArea> m_areas;
    QList<EscalationRoute> m_routes;
};

} // namespace Casebook
