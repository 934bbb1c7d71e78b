// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the Bug reports list through thousands of random submits, verdicts and stages
// on both engines, paged in SQL and compared with SQL along the way.

#include "models/bugreports/bugreportlistmodel.h"
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestBugReportsTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(Test::saturdayNoon); }
    void cleanup() { closeDatabase(); }
    void list_data();
    void list();
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
        QaVerdict verdict;
        verdict.accepted = random.bounded(3) != 0;
        verdict.reproducedOnVersion = u"4.13.0"_s;
        if (verdict.accepted)
            verdict.taskUrl = u"https://tasks.example.org/CB-%1"_s.arg(id.value());
        else
            verdict.reason = DeclineReason::CannotReproduce;
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
        constexpr BugStage stages[] = {BugStage::InProgress, BugStage::Staging, BugStage::CanaryGa, BugStage::Backlog};
        const auto done = store.setStage(id, stages[random.bounded(4)], store.report(id)->version, team.lead);
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

QTEST_GUILESS_MAIN(TestBugReportsTorture)
#include "tst_bugreports.moc"
