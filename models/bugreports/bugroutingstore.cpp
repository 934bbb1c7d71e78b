// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugroutingstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString joinTargets(const QList<RouteTarget> &targets)
{
    QStringList names;
    for (RouteTarget target : targets)
        names.append(routeTargetNames.name(target));
    return names.join(u',');
}

QList<RouteTarget> splitTargets(const QString &text)
{
    QList<RouteTarget> targets;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto target = routeTargetNames.parse(name.trimmed()); target && !targets.contains(*target))
            targets.append(*target);
    }
    return targets;
}

} // namespace

BugRoutingStore::BugRoutingStore(Database &database)
    : BugRoutingStore(database, Clock::system())
{
}

BugRoutingStore::BugRoutingStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<ProductArea>> BugRoutingStore::areas() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id, p.name, p.owner_agent_id, a.display_name, p.version FROM product_areas p "
                "LEFT JOIN agents a ON a.id = p.owner_agent_id ORDER BY p.name, p.id"_s))
        return m_database.errorFrom(q.lastError());
    QList<ProductArea> result;
    while (q.next()) {
        result.append({ProductAreaId(q.value(0).toLongLong()), q.value(1).toString(), AgentId(q.value(2).toLongLong()),
                       q.value(3).toString(), q.value(4).toLongLong()});
    }
    return result;
}

Result<ProductArea> BugRoutingStore::area(ProductAreaId id) const
{
    const auto all = areas();
    if (!all)
        return all.error();
    for (const ProductArea &area : *all) {
        if (area.id == id)
            return area;
    }
    return Error{
        Error::Kind::NotFound,
        QCoreApplication::translate("Casebook::BugRoutingStore", "The product area %1 does not exist.").arg(id.value()),
        {}};
}

Result<ProductAreaId> BugRoutingStore::addArea(const QString &name, AgentId owner)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::BugRoutingStore", "A product area needs a name."),
                     {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto taken = tx.exec(u"SELECT 1 FROM product_areas WHERE lower(name) = lower(?)"_s, {trimmed});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::BugRoutingStore", "There is a product area called %1 already.")
                .arg(trimmed),
            {}};
    taken.value().finish();
    auto id = tx.insert(u"INSERT INTO product_areas (name, owner_agent_id) VALUES (?, ?)"_s, {trimmed, Sql::id(owner)});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"product_area"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ProductAreaId(*id);
}

Result<qint64> BugRoutingStore::updateArea(ProductAreaId id, const QString &name, AgentId owner, qint64 expectedVersion)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::BugRoutingStore", "A product area needs a name."),
                     {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto taken =
        tx.exec(u"SELECT 1 FROM product_areas WHERE lower(name) = lower(?) AND id <> ?"_s, {trimmed, id.value()});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::BugRoutingStore", "There is a product area called %1 already.")
                .arg(trimmed),
            {}};
    taken.value().finish();
    auto updated = tx.exec(u"UPDATE product_areas SET name = ?, owner_agent_id = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {trimmed, Sql::id(owner), id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::BugRoutingStore",
                                                 "Someone else changed the product area %1 first; reload to see it.")
                         .arg(trimmed),
                     {}};
    if (auto recorded = tx.record(u"product_area"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status BugRoutingStore::removeArea(ProductAreaId id, qint64 expectedVersion)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto used = tx.exec(u"SELECT count(*) FROM bug_reports WHERE product_area_id = ?"_s, {id.value()});
    if (!used)
        return used.error();
    if (used.value().next() && used.value().value(0).toLongLong() > 0)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::BugRoutingStore",
                                                 "Reports belong to this product area; move them before removing it."),
                     {}};
    used.value().finish();
    auto removed = tx.exec(u"DELETE FROM product_areas WHERE id = ? AND version = ?"_s, {id.value(), expectedVersion});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::BugRoutingStore",
                                                 "Someone else changed the product area first; reload to see it."),
                     {}};
    if (auto recorded = tx.record(u"product_area"_s, id.value(), Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

Result<QList<EscalationRoute>> BugRoutingStore::routes() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT severity, targets, version FROM severity_routes"_s))
        return m_database.errorFrom(q.lastError());
    QHash<Severity, EscalationRoute> stored;
    while (q.next()) {
        if (const auto severity = severityNames.parse(q.value(0).toString()))
            stored.insert(*severity, {*severity, splitTargets(q.value(1).toString()), q.value(2).toLongLong()});
    }
    QList<EscalationRoute> result;
    for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        // A missing row (someone deleted it by hand) falls back to the shipped route.
        result.append(stored.value(severity, {severity, defaultRouteTargets(severity), 0}));
    }
    return result;
}

Result<EscalationRoute> BugRoutingStore::route(Severity severity) const
{
    const auto all = routes();
    if (!all)
        return all.error();
    return all->at(int(severity));
}

Result<qint64> BugRoutingStore::setRoute(Severity severity, const QList<RouteTarget> &targets, qint64 expectedVersion)
{
    if (targets.isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::BugRoutingStore",
                                                 "Each severity notifies at least one person or group."),
                     {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated =
        tx.exec(u"UPDATE severity_routes SET targets = ?, version = version + 1 WHERE severity = ? AND version = ?"_s,
                {joinTargets(targets), severityNames.name(severity), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::BugRoutingStore",
                                                 "Someone else changed this escalation route first; reload to see it."),
                     {}};
    if (auto recorded = tx.record(u"severity_route"_s, int(severity) + 1, Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<RecordedRoute> BugRoutingStore::resolve(Severity severity, ProductAreaId area, qint64 atMs) const
{
    const auto stored = route(severity);
    if (!stored)
        return stored.error();
    RecordedRoute result;
    result.severity = severity;
    result.targets = stored->targets;

    QSqlQuery q(m_database.connection());
    const auto collect = [&](const QString &sql, const QVariantList &binds) -> Status {
        q.prepare(sql);
        for (const QVariant &bind : binds)
            q.addBindValue(bind);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next()) {
            const AgentId agent(q.value(0).toLongLong());
            if (agent.isValid() && !result.agents.contains(agent))
                result.agents.append(agent);
        }
        return Done{};
    };

    // Shifts are written in the team's zone (R07): "today" and "now" are the team's.
    const auto team = TeamSettingsStore(m_database).read();
    if (!team)
        return team.error();
    const QTimeZone zone = team->hours.zone;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::UTC).toTimeZone(zone);
    const QDate day = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();

    for (RouteTarget target : std::as_const(result.targets)) {
        Status done = Done{};
        switch (target) {
        case RouteTarget::AreaOwner:
            done = collect(u"SELECT owner_agent_id FROM product_areas WHERE id = ?"_s, {area.value()});
            break;
        case RouteTarget::DutyAgent:
            done = collect(u"SELECT r.agent_id FROM roster r JOIN shift_templates s ON s.id = r.shift_template_id "
                           "JOIN agents a ON a.id = r.agent_id WHERE r.day = ? AND s.is_duty = ? AND a.active = ? "
                           "ORDER BY r.agent_id"_s,
                           {day, true, true});
            break;
        case RouteTarget::Leads:
            done =
                collect(u"SELECT id FROM agents WHERE role IN ('lead', 'admin') AND active = ? ORDER BY id"_s, {true});
            break;
        case RouteTarget::OnShift:
            done = collect(u"SELECT r.agent_id FROM roster r JOIN shift_templates s ON s.id = r.shift_template_id "
                           "JOIN agents a ON a.id = r.agent_id WHERE r.day = ? AND s.start_minute <= ? "
                           "AND s.end_minute > ? AND a.active = ? ORDER BY r.agent_id"_s,
                           {day, minute, minute, true});
            break;
        }
        if (!done)
            return done.error();
    }
    return result;
}

} // namespace Casebook
