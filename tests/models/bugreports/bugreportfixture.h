// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small team with areas, a roster and a ticket, shared by the bug-report store tests.

#include "models/agents/agentstore.h"
#include "models/bugreports/bugreportstore.h"
#include "models/bugreports/bugroutingstore.h"
#include "models/bugreports/templatestore.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace Casebook::Test {

/// Saturday 2026-11-28 12:00 UTC: the duty agent works, so does the early shift.
inline constexpr qint64 saturdayNoon = 1'795'867'200'000;

struct BugTeam
{
    AgentId admin; ///< role admin: counts as a lead
    AgentId lead;
    AgentId owner; ///< owns "Campaigns and streams"
    AgentId duty; ///< on Saturday duty
    AgentId early; ///< on the early shift on Saturday
    AgentId off; ///< no shift; must never be notified
    ProductAreaId campaigns;
    ProductAreaId tracking; ///< no owner
    BugTemplateId trackerBug;
    CustomerId customer;
    TicketId ticket;
};

inline AgentId makeAgent(Database &db, const Clock &clock, const QString &login, AgentRole role)
{
    Agent agent;
    agent.login = login;
    agent.displayName = login.left(1).toUpper() + login.mid(1);
    agent.role = role;
    const auto id = AgentStore(db, clock).create(agent);
    if (!id)
        qFatal("agent: %s", qPrintable(id.error().message + id.error().detail));
    return *id;
}

inline void rosterDay(Database &db, AgentId agent, const QString &shiftName, const QDate &day)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO roster (agent_id, day, shift_template_id) "
                             "SELECT ?, ?, id FROM shift_templates WHERE name = ?"));
    q.addBindValue(agent.value());
    q.addBindValue(day);
    q.addBindValue(shiftName);
    if (!q.exec() || q.numRowsAffected() != 1)
        qFatal("roster for %s failed", qPrintable(shiftName));
}

inline BugTeam makeBugTeam(Database &db, const Clock &clock)
{
    BugTeam team;
    team.admin = makeAgent(db, clock, QStringLiteral("ada"), AgentRole::Admin);
    team.lead = makeAgent(db, clock, QStringLiteral("lena"), AgentRole::Lead);
    team.owner = makeAgent(db, clock, QStringLiteral("olga"), AgentRole::Agent);
    team.duty = makeAgent(db, clock, QStringLiteral("dmitri"), AgentRole::Agent);
    team.early = makeAgent(db, clock, QStringLiteral("erin"), AgentRole::Agent);
    team.off = makeAgent(db, clock, QStringLiteral("oscar"), AgentRole::Agent);
    const QDate saturday(2026, 11, 28);
    rosterDay(db, team.duty, QStringLiteral("Saturday duty"), saturday);
    rosterDay(db, team.early, QStringLiteral("First"), saturday);
    rosterDay(db, team.off, QStringLiteral("First"), saturday.addDays(2)); // Monday, not today

    BugRoutingStore routing(db, clock);
    team.campaigns = routing.addArea(QStringLiteral("Campaigns and streams"), team.owner).value();
    team.tracking = routing.addArea(QStringLiteral("Tracking and statistics"), {}).value();

    TemplateStore templates(db, clock);
    if (!templates.seedBuiltins())
        qFatal("seeding templates failed");
    team.trackerBug = templates.templateByFileName(QStringLiteral("tracker-bug.yml")).value().id;

    Customer customer;
    customer.displayName = QStringLiteral("Northwind Media");
    customer.emails = {QStringLiteral("ops@northwind.example")};
    team.customer = CustomerStore(db, clock).create(customer).value();
    team.ticket = TicketStore(db, clock)
                      .create({QStringLiteral("Postbacks lost after the update"), team.customer, Channel::Email,
                               QStringLiteral("Since 4.12.3 our postbacks stop arriving.")})
                      .value();
    return team;
}

/// Every required field of tracker-bug.yml, as the form view would store it.
inline QJsonObject trackerBugFields(const QString &steps = QStringLiteral("1. Open a campaign\n2. Save it"),
                                    const QString &severity = QStringLiteral("Medium: the customer is blocked"))
{
    QJsonObject fields;
    fields[u"dialogue-link"] = QStringLiteral("casebook://ticket/1");
    fields[u"fix-version"] = QStringLiteral("4.12.3");
    fields[u"background"] = QStringLiteral("Settings: default\nPermissions: admin\nBrowser and version: Firefox 133");
    fields[u"steps"] = steps;
    fields[u"actual"] = QStringLiteral("The campaign is not saved");
    fields[u"expected"] = QStringLiteral("The campaign is saved");
    fields[u"instance"] = QStringLiteral("tracker.northwind.example");
    fields[u"severity"] = severity;
    fields[u"product-area"] = QStringLiteral("Campaigns and streams");
    return fields;
}

inline BugReportStore::NewBugReport newTrackerBug(const BugTeam &team, const QString &title,
                                                  const QJsonObject &fields = trackerBugFields())
{
    BugReportStore::NewBugReport report;
    report.templateId = team.trackerBug;
    report.ticket = team.ticket;
    report.title = title;
    report.fields = fields;
    report.createdBy = team.early;
    return report;
}

} // namespace Casebook::Test
