// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/shifts/rosterweekmodel.h"
#include "models/storage/clock.h"
#include "tests/support/testdatabase.h"
#include "tests/views/namedchild.h"
#include "views/shifts/shiftsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
// 18 November 2026 is a Wednesday: the week of Monday the 16th.
qint64 at(int d, int h)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestShiftsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R01_assignAShiftInTheGrid();
    void R02_overlappingLunchesAreFlagged();
    void R03_dutyRotatesInTurn();

private:
    void assign(int row, int column, const QString &shift, QTime lunch);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RosterWeekModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ShiftsView> m_view;
};

void TestShiftsView::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(at(18, 11));
    AgentStore agents(*m_db, *m_clock);
    for (const auto &[login, name] :
         {std::pair{u"anna"_s, u"Anna"_s}, std::pair{u"boris"_s, u"Boris"_s}, std::pair{u"vera"_s, u"Vera"_s}}) {
        Agent agent;
        agent.login = login;
        agent.displayName = name;
        QVERIFY(agents.create(agent));
    }
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_model = std::make_unique<RosterWeekModel>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<ShiftsView>(*m_session, m_model.get());
    m_view->resize(1000, 600);
    m_view->show();
}

void TestShiftsView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestShiftsView::assign(int row, int column, const QString &shift, QTime lunch)
{
    auto *grid = Test::namedChild<QTableView>(m_view.get(), u"shifts.grid"_s);
    auto *combo = Test::namedChild<QComboBox>(m_view.get(), u"shifts.shift"_s);
    auto *time = Test::namedChild<QTimeEdit>(m_view.get(), u"shifts.lunch"_s);
    auto *apply = Test::namedChild<QPushButton>(m_view.get(), u"shifts.apply"_s);
    QVERIFY(grid && combo && time && apply);
    grid->setCurrentIndex(m_model->index(row, column));
    combo->setCurrentIndex(combo->findText(shift));
    time->setTime(lunch);
    QTest::mouseClick(apply, Qt::LeftButton);
}

void TestShiftsView::R01_assignAShiftInTheGrid()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->monday(), QDate(2026, 11, 16));
    assign(0, 2, u"First"_s, QTime(12, 0));
    QCOMPARE(m_model->index(0, 2).data().toString(), u"First 09:00–18:00\nLunch 12:00"_s);
    QVERIFY(Test::namedChild<QLabel>(m_view.get(), u"shifts.whoIsOn"_s)->text().contains(u"Anna"_s));
    assign(0, 2, u"Day off"_s, QTime(12, 0));
    QCOMPARE(m_model->index(0, 2).data(RosterWeekModel::ShiftRole).toLongLong(), 0);
}

void TestShiftsView::R02_overlappingLunchesAreFlagged()
{
    assign(0, 2, u"First"_s, QTime(12, 0));
    assign(1, 2, u"Second"_s, QTime(12, 30));
    auto *warning = Test::namedChild<QLabel>(m_view.get(), u"shifts.lunchWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Anna"_s), qPrintable(warning->text()));
    QVERIFY(m_model->index(0, 2).data(RosterWeekModel::LunchOverlapRole).toBool());
    assign(1, 2, u"Second"_s, QTime(13, 0));
    QVERIFY(!warning->isVisible());
}

void TestShiftsView::R03_dutyRotatesInTurn()
{
    QTest::mouseClick(Test::namedChild<QPushButton>(m_view.get(), u"shifts.rotateDuty"_s), Qt::LeftButton);
    QVERIFY(m_model->index(0, 5).data(RosterWeekModel::DutyRole).toBool()); // Anna this Saturday
    QVERIFY(!m_model->index(0, 6).data(RosterWeekModel::DutyRole).toBool()); // R05 Sunday off
    m_model->setWeek(QDate(2026, 11, 23));
    QVERIFY(m_model->index(1, 5).data(RosterWeekModel::DutyRole).toBool()); // Boris next
    m_model->setWeek(QDate(2026, 11, 30));
    QVERIFY(m_model->index(2, 5).data(RosterWeekModel::DutyRole).toBool()); // then Vera
}

QTEST_MAIN(TestShiftsView)
#include "tst_shiftsview.moc"
