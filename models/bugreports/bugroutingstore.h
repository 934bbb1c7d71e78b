// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "models/storage/result.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;

/**
 * Where bug reports go: product areas and their owners (R29) and the escalation route of
 * each severity (R28). Both are team data that leads edit; every update is version-checked.
 * The notification machinery (reminders, tray) reads the route recorded with each report.
 */
class BugRoutingStore final
{
public:
    explicit BugRoutingStore(Database &database);
    BugRoutingStore(Database &database, const Clock &clock);

    /// Product areas by name, with their owners' names.
    Result<QList<ProductArea>> areas() const;
    Result<ProductArea> area(ProductAreaId id) const;
    /// Names are unique (case as given); an invalid owner leaves the area without one.
    Result<ProductAreaId> addArea(const QString &name, AgentId owner);
    /// Renames and/or changes the owner. Returns the new version.
    Result<qint64> updateArea(ProductAreaId id, const QString &name, AgentId owner, qint64 expectedVersion);
    /// Removes an area no report uses; an area in use is refused (Error::Kind::Invalid).
    Status removeArea(ProductAreaId id, qint64 expectedVersion);

    /// The four routes, low to critical.
    Result<QList<EscalationRoute>> routes() const;
    Result<EscalationRoute> route(Severity severity) const;
    /// Replaces a severity's targets (at least one). Returns the new version.
    Result<qint64> setRoute(Severity severity, const QList<RouteTarget> &targets, qint64 expectedVersion);

    /**
     * The agents a report of `severity` in `area` reaches at `atMs`: the area's owner,
     * today's duty agent (a roster entry on a duty shift for the team's day), active leads
     * and admins, everyone whose shift covers `atMs` (in the team's time zone, TeamSettings).
     * A target nobody fills adds no one; nothing here notifies anybody.
     */
    Result<RecordedRoute> resolve(Severity severity, ProductAreaId area, qint64 atMs) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
