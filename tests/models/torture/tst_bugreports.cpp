// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the Bug reports list, one report's history and the product areas through
// thousands of random submits, verdicts, stages and routing edits (this desktop's and
// another's, heard through the ChangeFeed) on both engines, compared with SQL along the way.

#include "models/agents/session.h"
#include "models/bugreports/bugreporteventsmodel.h"
#include "models/bugreports/bugreportlistmodel.h"
#include "models/bugreports/bugroutingmodel.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

namespace {

/// QA's verdict on report `id`: accepted two times in three, with the task it became.
QaVerdict randomVerdict(QRandomGenerator &random, BugReportId id)
{
    QaVerdict verdict;
    verdict.accepted = random.bounded(3) != 0;
    verdict.reproducedOnVersion = u"4.13.0"_s;
    if (verdict.accepted)
        verdict.taskUrl = u"https://tasks.example.org/CB-%1"_s.arg(id.value());
    else
        verdict.reason = DeclineReason::CannotReproduce;
    return verdict;
}

BugStage randomStage(QRandomGenerator &random)
{
    constexpr BugStage stages[] = {BugStage::InProgress, BugStage::Staging, BugStage::CanaryGa, BugStage::Backlog};
    return stages[random.bounded(4)];
}

} // namespace

class TestBugReportsTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(Test::saturdayNoon); }
    void cleanup() { closeDatabase(); }
    void list_data();
    void list();
    void history();
    void routing();
};

void TestBugReportsTorture::list_data()
{
    QTest::addColumn<bool>("submittedOnly");
    QTest::newRow("all") << false;
    QTest::newRow("submitted") << true;
}

void TestBugReportsTorture::list()
{
    QVERIFY(m_db);
    QFETCH(bool, submittedOnly);
    Database &db = *m_db;
    FakeClock &clock = *m_clock;
    const Test::BugTeam team = Test::makeBugTeam(db, clock);
    BugReportStore store(db, clock);
    QList<BugReportId> submitted;
    QList<BugReportId> accepted;

    BugReportListModel model(db);
    BugReportFilter filter;
    if (submittedOnly)
        filter.status = BugReportStatus::Submitted;
    QVERIFY(model.setFilter(filter).ok());
    ModelTorture torture(u"bug reports "_s + QString::fromUtf8(QTest::currentDataTag()), &model);
    // Reports share a moment now and then: the order goes on by id.
    auto tick = [&](QRandomGenerator &random) { clock.advanceMs(random.bounded(3) * 500); };
    int serial = 0;
    torture.addOperation(u"submit"_s, 3, [&](QRandomGenerator &random, QString *why) {
        // Past 250 reports the list spans three pages; verdicts bring the waiting ones down.
        if (submitted.size() + accepted.size() > 250)
            return true;
        tick(random);
        const auto id = store.submit(Test::newTrackerBug(team, u"Report %1"_s.arg(++serial)));
        if (!id)
            return ModelTorture::failed(id.error(), why);
        submitted.append(*id);
        return true;
    });
    torture.addOperation(u"verdict"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (submitted.isEmpty())
            return true;
        tick(random);
        const BugReportId id = submitted.takeAt(random.bounded(int(submitted.size())));
        const QaVerdict verdict = randomVerdict(random, id);
        const auto done = store.setVerdict(id, verdict, store.report(id)->version, team.lead);
        if (!done)
            return ModelTorture::failed(done.error(), why);
        if (verdict.accepted)
            accepted.append(id);
        return true;
    });
    torture.addOperation(u"stage"_s, 3, [&](QRandomGenerator &random, QString *why) {
        if (accepted.isEmpty())
            return true;
        tick(random);
        const BugReportId id = accepted.at(random.bounded(int(accepted.size())));
        const auto done = store.setStage(id, randomStage(random), store.report(id)->version, team.lead);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(db,
                                         u"SELECT id, title FROM bug_reports"_s
                                             + (submittedOnly ? u" WHERE status = 'submitted'"_s : QString())
                                             + u" ORDER BY updated_at DESC, id DESC"_s);
        },
        [&] {
            while (model.canFetchMore({}))
                model.fetchMore({});
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row)
                rows.append({model.reportAt(model.index(row, 0)).value(),
                             model.index(row, BugReportListModel::TitleColumn).data()});
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(2500, 600)));
}

// One report's history while QA and the team work on it here and at another desktop, and
// the person switches between reports.
void TestBugReportsTorture::history()
{
    QVERIFY(m_db);
    Database &db = *m_db;
    FakeClock &clock = *m_clock;
    const Test::BugTeam team = Test::makeBugTeam(db, clock);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    BugReportStore here(db, clock);
    BugReportStore there(*theirs, clock);
    QList<BugReportId> reports;
    int serial = 0;
    auto submit = [&](QString *why) {
        const auto id = here.submit(Test::newTrackerBug(team, u"Report %1"_s.arg(++serial)));
        if (!id)
            return ModelTorture::failed(id.error(), why);
        reports.append(*id);
        return true;
    };
    QString why;
    for (int i = 0; i < 4; ++i)
        QVERIFY2(submit(&why), qPrintable(why));

    BugReportEventsModel model(db);
    QVERIFY(model.setReport(reports.constFirst()).ok());
    ModelTorture torture(u"bug report history"_s, &model);
    // Another desktop's writes reach this one through the feed, as from another machine.
    torture.setSettle([&] { (void)db.changeFeed()->catchUp(); });
    // Mostly the report shown, sometimes another one: the model must ignore those.
    auto target = [&](QRandomGenerator &random) {
        return random.bounded(3) != 0 ? model.report() : reports.at(random.bounded(int(reports.size())));
    };
    auto verdict = [&](BugReportStore &store, QRandomGenerator &random, QString *why) {
        const BugReportId id = target(random);
        clock.advanceMs(random.bounded(2) * 1000); // events of one moment go on by id
        const auto done = store.setVerdict(id, randomVerdict(random, id), store.report(id)->version, team.lead);
        return done.ok() || ModelTorture::failed(done.error(), why);
    };
    auto stage = [&](BugReportStore &store, QRandomGenerator &random, QString *why) {
        const BugReportId id = target(random);
        clock.advanceMs(random.bounded(2) * 1000);
        const auto done = store.setStage(id, randomStage(random), store.report(id)->version, team.lead);
        // A declined report has no stages: the store says so.
        return done.ok() || ModelTorture::refused(done.error(), why);
    };
    torture.addOperation(u"verdict here"_s, 3,
                         [&](QRandomGenerator &random, QString *why) { return verdict(here, random, why); });
    torture.addOperation(u"verdict there"_s, 2,
                         [&](QRandomGenerator &random, QString *why) { return verdict(there, random, why); });
    torture.addOperation(u"stage here"_s, 3,
                         [&](QRandomGenerator &random, QString *why) { return stage(here, random, why); });
    torture.addOperation(u"stage there"_s, 2,
                         [&](QRandomGenerator &random, QString *why) { return stage(there, random, why); });
    torture.addOperation(u"show another"_s, 1, [&](QRandomGenerator &random, QString *why) {
        // A long history is left behind for a new report: each read stays a few hundred rows.
        if (random.bounded(2) == 0 && model.rowCount() > 150 && !submit(why))
            return false;
        const Status shown = model.setReport(reports.at(random.bounded(int(reports.size()))));
        return shown.ok() || ModelTorture::failed(shown.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(db,
                                         u"SELECT id, kind FROM bug_report_events WHERE bug_report_id = ? "
                                         "ORDER BY created_at, id"_s,
                                         {model.report().value()});
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}, {0, RawValueRole}}); });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

// Settings > Bug reports: the areas by name with their owners, edited by this lead and by
// another at another desktop; an area in use cannot go, a name cannot be taken twice.
void TestBugReportsTorture::routing()
{
    QVERIFY(m_db);
    Database &db = *m_db;
    FakeClock &clock = *m_clock;
    const Test::BugTeam team = Test::makeBugTeam(db, clock);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    Session session(db, clock, nullptr);
    session.setAgent(team.lead);
    BugRoutingStore there(*theirs, clock);
    AgentStore theirAgents(*theirs, clock);
    BugReportStore reports(db, clock);
    const QList<AgentId> owners{team.admin, team.lead, team.owner, team.duty, team.early, team.off};
    // Names differing in case only are one name to the store.
    const QStringList names{u"Billing"_s, u"billing"_s, u"Exports"_s,  u"Ads"_s,    u"API"_s, u"Api"_s,
                            u"Mobile"_s,  u"Отчёты"_s,  u"Webhooks"_s, u"Zapier"_s, u"a/b"_s, u"Payouts"_s};
    auto name = [&](QRandomGenerator &random) { return ModelTorture::pick(random, names); };
    auto owner = [&](QRandomGenerator &random) { return ModelTorture::pick(random, owners); };

    BugRoutingModel model(session);
    ModelTorture torture(u"bug routing"_s, &model);
    torture.setSettle([&] { (void)db.changeFeed()->catchUp(); });
    auto theirArea = [&](QRandomGenerator &random) -> std::optional<ProductArea> {
        const auto areas = there.areas();
        if (!areas || areas->isEmpty())
            return std::nullopt;
        return areas->at(random.bounded(int(areas->size())));
    };
    torture.addOperation(u"add here"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const auto added = model.addArea(name(random), owner(random));
        return added.ok() || ModelTorture::refused(added.error(), why);
    });
    torture.addOperation(u"add there"_s, 2, [&](QRandomGenerator &random, QString *why) {
        // The store takes an area without an owner (imported data); the model never makes one.
        const auto added = there.addArea(name(random), random.bounded(4) == 0 ? AgentId() : owner(random));
        return added.ok() || ModelTorture::refused(added.error(), why);
    });
    torture.addOperation(u"edit here"_s, 4, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const ProductArea area = model.areaAt(model.index(random.bounded(model.rowCount())));
        const Status done = model.updateArea(area.id, random.bounded(2) ? name(random) : area.name, owner(random));
        return done.ok() || ModelTorture::refused(done.error(), why);
    });
    torture.addOperation(u"edit there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const auto area = theirArea(random);
        if (!area)
            return true;
        const auto done =
            there.updateArea(area->id, random.bounded(2) ? name(random) : area->name, owner(random), area->version);
        return done.ok() || ModelTorture::refused(done.error(), why);
    });
    torture.addOperation(u"remove here"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const Status done = model.removeArea(model.areaAt(model.index(random.bounded(model.rowCount()))).id);
        return done.ok() || ModelTorture::refused(done.error(), why);
    });
    torture.addOperation(u"remove there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const auto area = theirArea(random);
        if (!area)
            return true;
        const Status done = there.removeArea(area->id, area->version);
        return done.ok() || ModelTorture::refused(done.error(), why);
    });
    int serial = 0;
    torture.addOperation(u"report in an area"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0 || serial > 60)
            return true;
        auto report = Test::newTrackerBug(team, u"Report %1"_s.arg(++serial));
        report.area = model.areaAt(model.index(random.bounded(model.rowCount()))).id;
        const auto id = reports.submit(report);
        return id.ok() || ModelTorture::failed(id.error(), why);
    });
    torture.addOperation(u"owner renamed there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const QString name = u"Agent %1"_s.arg(random.bounded(1000));
        return ModelTorture::changeAgent(
            theirAgents, owner(random), [&name](Agent &agent) { agent.displayName = name; }, why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(db,
                                         u"SELECT p.id, p.name, coalesce(a.display_name, 'No owner') "
                                         "FROM product_areas p LEFT JOIN agents a ON a.id = p.owner_agent_id "
                                         "ORDER BY p.name, p.id"_s);
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}, {0, Qt::DisplayRole}, {0, DetailRole}}); });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

QTEST_GUILESS_MAIN(TestBugReportsTorture)
#include "tst_bugreports.moc"
