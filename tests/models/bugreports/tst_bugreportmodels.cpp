// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportfixture.h"
#include "models/bugreports/bugreporteventsmodel.h"
#include "models/bugreports/bugreportlistmodel.h"
#include "models/common/itemroles.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestBugReportModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPagesInSql_data() { Test::addEngineColumn(); }
    void listPagesInSql();
    void listFollowsChangesPrecisely_data() { Test::addEngineColumn(); }
    void listFollowsChangesPrecisely();
    void R26_R41_historyGrowsLive_data() { Test::addEngineColumn(); }
    void R26_R41_historyGrowsLive();
};

void TestBugReportModels::listPagesInSql()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const int total = BugReportListModel::pageSize + 30;
    for (int i = 0; i < total; ++i) {
        clock.advanceMs(1000);
        const QString severity = i % 3 == 0 ? u"Critical: the platform is offline"_s : u"Low: a workaround exists"_s;
        QVERIFY(
            store.submit(Test::newTrackerBug(team, u"Report %1"_s.arg(i), Test::trackerBugFields(u"1. Go"_s, severity)))
                .ok());
    }

    BugReportListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter({}).ok());
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), BugReportListModel::pageSize); // one page, not the table
    QCOMPARE(model.columnCount(), int(BugReportListModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));

    const QModelIndex top = model.index(0, BugReportListModel::TitleColumn);
    QCOMPARE(top.data().toString(), u"Report %1"_s.arg(total - 1)); // newest first
    QCOMPARE(model.index(0, BugReportListModel::SeverityColumn).data().toString(),
             (total - 1) % 3 == 0 ? u"Critical"_s : u"Low"_s);
    QCOMPARE(model.index(0, BugReportListModel::StatusColumn).data().toString(),
             bugReportStatusText(BugReportStatus::Submitted));
    QCOMPARE(model.index(0, BugReportListModel::AreaColumn).data().toString(), u"Campaigns and streams"_s);
    QCOMPARE(model.index(0, BugReportListModel::CustomerColumn).data().toString(), u"Northwind Media"_s);
    QCOMPARE(model.index(0, BugReportListModel::OwnerColumn).data().toString(), u"Olga"_s);
    QCOMPARE(model.index(0, BugReportListModel::UpdatedColumn).data(RawValueRole).toLongLong(),
             Test::saturdayNoon + qint64(total) * 1000);
    QCOMPARE(model.indexOf(model.reportAt(top)).row(), 0);

    BugReportFilter critical;
    critical.severity = Severity::Critical;
    QVERIFY(model.setFilter(critical).ok());
    QCOMPARE(model.totalCount(), (total + 2) / 3);
    QCOMPARE(model.rowCount(), (total + 2) / 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowAt(model.index(row, 0)).severity, Severity::Critical);
}

void TestBugReportModels::listFollowsChangesPrecisely()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    QList<BugReportId> ids;
    for (int i = 0; i < 4; ++i) {
        clock.advanceMs(1000);
        ids.append(store.submit(Test::newTrackerBug(team, u"Report %1"_s.arg(i))).value());
    }

    BugReportListModel all(*db);
    QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(all.setFilter({}).ok());
    BugReportFilter open;
    open.status = BugReportStatus::Submitted;
    BugReportListModel waiting(*db);
    QAbstractItemModelTester waitingTester(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waiting.setFilter(open).ok());
    QCOMPARE(all.rowCount(), 4);
    QCOMPARE(all.reportAt(all.index(3, 0)), ids.at(0));

    QSignalSpy resets(&all, &QAbstractItemModel::modelReset);
    QSignalSpy moves(&all, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&waiting, &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex oldest(all.index(3, BugReportListModel::TitleColumn));

    // QA accepts the oldest: it moves to the top of "all" and leaves "submitted".
    clock.advanceMs(1000);
    QaVerdict accept;
    accept.accepted = true;
    accept.reproducedOnVersion = u"4.13.0"_s;
    accept.taskUrl = u"https://tasks.example.org/CB-1"_s;
    QVERIFY(store.setVerdict(ids.at(0), accept, store.report(ids.at(0))->version, team.lead).ok());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(moves.size(), 1);
    QCOMPARE(all.reportAt(all.index(0, 0)), ids.at(0));
    QCOMPARE(oldest.row(), 0); // persistent indexes follow their report
    QCOMPARE(all.index(0, BugReportListModel::StatusColumn).data().toString(),
             bugReportStatusText(BugReportStatus::Accepted));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(waiting.rowCount(), 3);
    QVERIFY(!waiting.indexOf(ids.at(0)).isValid());

    // A new report arrives at the top of both.
    clock.advanceMs(1000);
    QSignalSpy inserted(&waiting, &QAbstractItemModel::rowsInserted);
    const BugReportId fresh = store.submit(Test::newTrackerBug(team, u"Brand new"_s)).value();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(waiting.reportAt(waiting.index(0, 0)), fresh);
    QCOMPARE(all.reportAt(all.index(0, 0)), fresh);
    QCOMPARE(all.rowCount(), 5);
    QCOMPARE(all.totalCount(), 5);
    QCOMPARE(resets.size(), 0);
}

void TestBugReportModels::R26_R41_historyGrowsLive()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const BugReportId id = store.submit(Test::newTrackerBug(team, u"Campaign is not saved"_s)).value();
    const BugReportId other = store.submit(Test::newTrackerBug(team, u"Another one"_s)).value();

    BugReportEventsModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setReport(id).ok());
    QCOMPARE(model.rowCount(), 3); // submitted, owner, route
    QCOMPARE(model.index(0).data(RawValueRole).toString(), u"submitted"_s);
    QVERIFY(model.index(0).data().toString().contains(u"Erin"_s));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QaVerdict accept;
    accept.accepted = true;
    accept.reproducedOnVersion = u"4.13.0"_s;
    accept.taskUrl = u"https://tasks.example.org/CB-2"_s;
    qint64 version = store.setVerdict(id, accept, store.report(id)->version, team.lead).value();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3).data(RawValueRole).toString(), u"verdict"_s);
    QVERIFY(store.setStage(id, BugStage::Staging, version, team.lead).ok());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.eventAt(model.index(4)).newValue, u"staging"_s);
    QCOMPARE(model.index(4).data(AuthorRole).toString(), u"Lena"_s);

    // Another report's history does not touch this list.
    QaVerdict decline;
    decline.reproducedOnVersion = u"4.13.0"_s;
    decline.reason = DeclineReason::CannotReproduce;
    QVERIFY(store.setVerdict(other, decline, store.report(other)->version, team.lead).ok());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestBugReportModels)
#include "tst_bugreportmodels.moc"
