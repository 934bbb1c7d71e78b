// SPDX-License-Identifier: GPL-3.0-or-later
// Where a bug report goes: product areas and their owners (R29), severity routes (R28).
#include "bugreportfixture.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestBugRouting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R29_reportGoesToItsAreaOwner_data() { Test::addEngineColumn(); }
    void R29_reportGoesToItsAreaOwner();
    void R29_productAreasAreEditedWithVersions_data() { Test::addEngineColumn(); }
    void R29_productAreasAreEditedWithVersions();
    void R28_routeIsRecordedAtSubmit_data();
    void R28_routeIsRecordedAtSubmit();
    void R28_routesAreTeamDataAndEditable_data() { Test::addEngineColumn(); }
    void R28_routesAreTeamDataAndEditable();
};

void TestBugRouting::R29_reportGoesToItsAreaOwner()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const auto id = store.submit(Test::newTrackerBug(team, u"Streams lose their filters"_s));
    QVERIFY(id.ok());
    const auto report = store.report(*id).value();
    QCOMPARE(report.owner, team.owner);
    QCOMPARE(report.ownerName, u"Olga"_s);
    QCOMPARE(report.areaName, u"Campaigns and streams"_s);

    const auto events = store.events(*id).value();
    QStringList kinds;
    for (const BugReportEvent &e : events)
        kinds.append(e.kind);
    QCOMPARE(kinds, (QStringList{u"submitted"_s, u"owner"_s, u"route"_s}));
    QCOMPARE(events.at(1).newValue, QString::number(team.owner.value()));
    QVERIFY(events.at(1).describe().contains(u"Olga"_s));

    // An explicit area wins over the dropdown; an area without owner records that.
    auto unowned = Test::newTrackerBug(team, u"Clicks counted twice"_s);
    unowned.area = team.tracking;
    const auto second = store.submit(unowned);
    QVERIFY(second.ok());
    QVERIFY(!store.report(*second)->owner.isValid());
    QVERIFY(store.events(*second)->at(1).describe().contains(u"no owner"_s));
}

void TestBugRouting::R29_productAreasAreEditedWithVersions()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugRoutingStore routing(*db, clock);

    QVERIFY(!routing.addArea(u"campaigns AND streams"_s, team.owner).ok()); // names are unique
    QVERIFY(!routing.addArea(u"  "_s, team.owner).ok());
    const auto landing = routing.addArea(u"Landing pages"_s, team.lead);
    QVERIFY(landing.ok());
    const ProductArea area = routing.area(*landing).value();
    QCOMPARE(area.ownerName, u"Lena"_s);

    const auto moved = routing.updateArea(*landing, u"Landing pages and forms"_s, team.owner, area.version);
    QVERIFY(moved.ok());
    const auto stale = routing.updateArea(*landing, u"Landing"_s, team.lead, area.version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(routing.area(*landing)->owner, team.owner);

    // An area with reports stays; an unused one goes.
    QVERIFY(BugReportStore(*db, clock).submit(Test::newTrackerBug(team, u"In use"_s)).ok());
    const ProductArea campaigns = routing.area(team.campaigns).value();
    QCOMPARE(routing.removeArea(team.campaigns, campaigns.version).error().kind, Error::Kind::Invalid);
    QVERIFY(routing.removeArea(*landing, *moved).ok());
    QCOMPARE(routing.areas()->size(), 2);
}

void TestBugRouting::R28_routeIsRecordedAtSubmit_data()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("expected"); // logins, in route order
    for (const auto &[engine, name] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, std::pair{DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        // Copies, not the bindings themselves: clang's analyzer misreads a captured binding.
        const auto row = [engine = engine, name = name](const char *label, const char *severity,
                                                        const QStringList &expected) {
            QTest::addRow("R28 %s %s", label, name) << engine << QString::fromLatin1(severity) << expected;
        };
        row("low: area owner", "Low: a workaround exists", {u"olga"_s});
        row("medium: owner and duty agent", "Medium: the customer is blocked", {u"olga"_s, u"dmitri"_s});
        row("high: leads", "High: all customers are blocked", {u"ada"_s, u"lena"_s});
        row("critical: leads and everyone on shift", "Critical: the platform is offline",
            {u"ada"_s, u"lena"_s, u"dmitri"_s, u"erin"_s});
    }
}

void TestBugRouting::R28_routeIsRecordedAtSubmit()
{
    QFETCH(QString, severity);
    QFETCH(QStringList, expected);
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const auto id = store.submit(
        Test::newTrackerBug(team, u"Everything is slow"_s, Test::trackerBugFields(u"1. Wait"_s, severity)));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const BugReport report = store.report(*id).value();
    QCOMPARE(report.route.severity, severityFromText(severity));
    QCOMPARE(report.route.targets, defaultRouteTargets(*severityFromText(severity)));
    QStringList logins;
    for (AgentId agent : report.route.agents)
        logins.append(AgentStore(*db).agent(agent)->login);
    QCOMPARE(logins, expected);
    // The history carries the same route, readable.
    const auto events = store.events(*id).value();
    QCOMPARE(events.constLast().kind, u"route"_s);
    QCOMPARE(RecordedRoute::fromJson(QJsonDocument::fromJson(events.constLast().newValue.toUtf8()).object()),
             report.route);
}

void TestBugRouting::R28_routesAreTeamDataAndEditable()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugRoutingStore routing(*db, clock);
    const auto routes = routing.routes().value();
    QCOMPARE(routes.size(), 4);
    for (const EscalationRoute &route : routes)
        QCOMPARE(route.targets, defaultRouteTargets(route.severity));

    const EscalationRoute low = routing.route(Severity::Low).value();
    QVERIFY(!routing.setRoute(Severity::Low, {}, low.version).ok());
    const auto changed = routing.setRoute(Severity::Low, {RouteTarget::AreaOwner, RouteTarget::Leads}, low.version);
    QVERIFY(changed.ok());
    QCOMPARE(routing.setRoute(Severity::Low, {RouteTarget::OnShift}, low.version).error().kind, Error::Kind::Conflict);

    const RecordedRoute resolved = routing.resolve(Severity::Low, team.campaigns, Test::saturdayNoon).value();
    QCOMPARE(resolved.agents, (QList<AgentId>{team.owner, team.admin, team.lead}));
    // Nobody off shift is reached: Oscar works on Monday only.
    const RecordedRoute critical = routing.resolve(Severity::Critical, team.campaigns, Test::saturdayNoon).value();
    QVERIFY(!critical.agents.contains(team.off));
    // At 19:00 every shift of the day has ended: the leads alone are left.
    const RecordedRoute evening =
        routing.resolve(Severity::Critical, team.campaigns, Test::saturdayNoon + 7LL * 3600 * 1000).value();
    QCOMPARE(evening.agents, (QList<AgentId>{team.admin, team.lead}));
}

QTEST_GUILESS_MAIN(TestBugRouting)
#include "tst_bugrouting.moc"
