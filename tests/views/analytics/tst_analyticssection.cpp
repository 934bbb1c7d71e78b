// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/session.h"
#include "models/analytics/analyticsmodel.h"
#include "models/analytics/figuretablemodel.h"
#include "models/analytics/focustags.h"
#include "models/analytics/monthlyreport.h"
#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "tests/models/analytics/analyticsfixture.h"
#include "tests/support/testdatabase.h"
#include "views/analytics/analyticssection.h"
#include "views/analytics/figurepanel.h"
#include "views/tickets/inbox/inboxview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone moscow("Europe/Moscow");
const AnalyticsPeriod november = AnalyticsPeriod::month(u"2026-11"_s, moscow);

} // namespace

class TestAnalyticsSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R14_showsEachViewAndListsTheTicketsBehindABar();
    void clickOnANumberListsItsTicketsInTheInbox_data();
    void clickOnANumberListsItsTicketsInTheInbox();
    void emptyPeriodSaysNoData();
    void tableModelFollowsItsFigure();
    void R42_monthlyReportWritesMarkdownAndCharts();
    void R15_recomputingWaitsKeepsTheChartsAndSaysSo();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<AnalyticsSection> m_section;
};

void TestAnalyticsSection::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE team_settings SET value = 'Europe/Moscow' WHERE key = 'team.time_zone'"_s));
    // October and November, the clock in the middle of December.
    Test::writeTickets(*m_db, Test::randomTickets(300, november.previous().fromMs(), november.toMs(), {}, 7));
    m_clock = std::make_unique<FakeClock>(november.next().fromMs() + 15 * 86'400'000LL);
    m_section = std::make_unique<AnalyticsSection>(new AnalyticsModel(*m_db, *m_clock), AgentId());
    m_section->resize(1200, 800);
    m_section->setPeriod(november);
}

void TestAnalyticsSection::cleanup()
{
    m_section.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestAnalyticsSection::R14_showsEachViewAndListsTheTicketsBehindABar()
{
    QSignalSpy shown(m_section.get(), &AnalyticsSection::figuresShown);
    m_section->show();
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).value<Analytics::View>(), Analytics::View::Tagging);
    const auto panels = m_section->panels(Analytics::View::Tagging);
    QCOMPARE(panels.size(), 2);
    QVERIFY(!panels.first()->showsNoData());
    QVERIFY(panels.first()->chartView()->chart()->series().size() >= 2); // the share and the goal line (R14)

    // A number's double-click lists exactly its tickets in the inbox.
    QSignalSpy requested(m_section.get(), &AnalyticsSection::ticketsRequested);
    QTableView *table = panels.first()->table();
    const QModelIndex untagged = table->model()->index(0, 4);
    Q_EMIT table->activated(untagged);
    QCOMPARE(requested.size(), 1);
    const QString query = requested.first().at(0).toString();
    QVERIFY(query.contains(u"is:untagged"_s));
    QCOMPARE(Test::countSearch(*m_db, query, m_clock->nowMs()), qint64(untagged.data(RawValueRole).toDouble()));

    // Another view: the page fills once its figures arrive; the first page keeps its charts.
    shown.clear();
    m_section->showView(Analytics::View::Volume);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(m_section->panels(Analytics::View::Volume).size(), 3);
    QCOMPARE(m_section->panels(Analytics::View::Tagging).first()->figure().key, u"tagged-share"_s);
}

void TestAnalyticsSection::clickOnANumberListsItsTicketsInTheInbox_data()
{
    QTest::addColumn<int>("viewNumber"); ///< an Analytics::View
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column"); ///< the figure's column; the table has the category first

    // R32: each of who acts next; R14: an agent's untagged tickets.
    QTest::newRow("next actor: the team") << int(Analytics::View::Volume) << u"next-actor"_s << 0 << 0;
    QTest::newRow("next actor: the customer") << int(Analytics::View::Volume) << u"next-actor"_s << 1 << 0;
    QTest::newRow("next actor: on hold") << int(Analytics::View::Volume) << u"next-actor"_s << 2 << 0;
    QTest::newRow("untagged by agent") << int(Analytics::View::Tagging) << u"untagged-by-agent"_s << 0 << 0;
    // R15: the answered tickets behind a row of response times: all, a tier, a severity.
    QTest::newRow("response times: all") << int(Analytics::View::Response) << u"response-times"_s << 0 << 0;
    QTest::newRow("response times: standard tier") << int(Analytics::View::Response) << u"response-times"_s << 1 << 0;
    QTest::newRow("response times: critical") << int(Analytics::View::Response) << u"response-times"_s << 2 << 0;
}

void TestAnalyticsSection::clickOnANumberListsItsTicketsInTheInbox()
{
    QFETCH(int, viewNumber);
    const auto view = Analytics::View(viewNumber);
    QFETCH(QString, figure);
    QFETCH(int, row);
    QFETCH(int, column);

    // The inbox as the main window wires it: a number's search typed into it.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    Session session(*m_db, *m_clock, &settings);
    InboxView inbox(session);
    inbox.resize(900, 500);
    connect(m_section.get(), &AnalyticsSection::ticketsRequested, &inbox, &InboxView::showSearch);

    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    m_section->showView(view);
    // The first Response read lays out the team's days (1970 to 2100) and works out the
    // waits: seconds on a loaded machine, which the default five would not always allow.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_section->panels(view).isEmpty() && !m_section->panels(view).first()->figure().key.isEmpty(), 30000);
    FigurePanel *panel = nullptr;
    for (FigurePanel *candidate : m_section->panels(view)) {
        if (candidate->figure().key == figure)
            panel = candidate;
    }
    QVERIFY2(panel, qPrintable(figure));
    QVERIFY(row < panel->figure().rowCount());
    const qint64 counted = qint64(panel->figure().value(row, column));
    QVERIFY2(counted > 0, "the month should count tickets here");

    // A double-click on the number, as a lead does.
    QTableView *table = panel->table();
    const QModelIndex cell = table->model()->index(row, column + 1);
    QCOMPARE(qint64(cell.data(RawValueRole).toDouble()), counted);
    table->scrollTo(cell);
    QSignalSpy requested(m_section.get(), &AnalyticsSection::ticketsRequested);
    // QTest's double-click sends no first press of its own: the click before it is that press.
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.size(), 0); // one click only selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.size(), 1);

    // The inbox lists exactly the tickets counted (its rows are all matches, loaded or not).
    QTRY_COMPARE(qint64(inbox.model()->matchCount()), counted);
    QVERIFY(inbox.model()->isCountKnown());
    QCOMPARE(qint64(inbox.model()->rowCount()), counted);
}

void TestAnalyticsSection::emptyPeriodSaysNoData()
{
    QSignalSpy shown(m_section.get(), &AnalyticsSection::figuresShown);
    m_section->setPeriod(AnalyticsPeriod::month(u"2025-01"_s, moscow));
    m_section->show();
    QTRY_VERIFY(!shown.isEmpty());
    for (FigurePanel *panel : m_section->panels(Analytics::View::Tagging))
        QVERIFY(panel->showsNoData());
}

void TestAnalyticsSection::tableModelFollowsItsFigure()
{
    FigureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BusinessHours hours;
    hours.zone = moscow;
    const auto figure = Analytics(*m_db, hours, m_clock->nowMs()).taggedShare(november, 70);
    QVERIFY(figure.ok());
    model.setFigure(*figure);
    QCOMPARE(model.rowCount(), figure->rowCount());
    QCOMPARE(model.columnCount(), int(figure->columns.size()) + 1);
    QCOMPARE(model.index(0, 2).data(RawValueRole).toDouble(), figure->value(0, 1));
    QVERIFY(!model.index(0, 2).data(SearchRole).toString().isEmpty());
    model.setFigure({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAnalyticsSection::R42_monthlyReportWritesMarkdownAndCharts()
{
    // A focus choice for November, made from October's top tags.
    FocusTags focus(*m_db, moscow, *m_clock);
    const auto candidates = focus.candidates(u"2026-11"_s);
    QVERIFY(candidates.ok() && candidates->size() >= 2);
    QVERIFY(focus.choose(u"2026-11"_s, {candidates->at(0).first, candidates->at(1).first}, {}).ok());

    QTemporaryDir dir;
    const QStringList written = m_section->writeReport(dir.path());
    QVERIFY(!written.isEmpty());
    const QString markdownPath = dir.filePath(u"casebook-review-2026-11.md"_s);
    QCOMPARE(written.first(), markdownPath);
    QFile markdown(markdownPath);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(markdown.readAll());
    QVERIFY(text.startsWith(u"# Monthly review: "_s));
    QVERIFY(text.contains(u"## Focus tags"_s));
    QVERIFY(text.contains(u"| " + candidates->at(0).second + u" |"));
    QVERIFY(text.contains(u"![Tickets tagged (goal 70 %)](tagged-share.png)"_s));
    QCOMPARE(QApplication::clipboard()->text(), text);
    for (const QString &png :
         {u"tagged-share.png"_s, u"top-tags.png"_s, u"focus-tags.png"_s, u"volume-per-day.png"_s}) {
        QVERIFY2(written.contains(dir.filePath(png)), qPrintable(png));
        QVERIFY(QFileInfo(dir.filePath(png)).size() > 5000);
    }
}

void TestAnalyticsSection::R15_recomputingWaitsKeepsTheChartsAndSaysSo()
{
    QSignalSpy shown(m_section.get(), &AnalyticsSection::figuresShown);
    m_section->show();
    QTRY_VERIFY(!shown.isEmpty());
    shown.clear();
    m_section->showView(Analytics::View::Response);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000); // the first read lays the team's days out
    const QList<FigurePanel *> panels = m_section->panels(Analytics::View::Response);
    QVERIFY(!panels.isEmpty());
    const Figure before = panels.first()->figure();
    QVERIFY(before.rowCount() > 0);

    // As after a change of the team's hours: the stored waits name other hours.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE response_state SET hours_key = 'other hours' WHERE id = 1"_s));
    auto *busy = m_section->findChild<QLabel *>(u"analytics.busy"_s);
    QVERIFY(busy);
    // Told before the figures come: the label says why, and the previous chart is still up.
    bool told = false;
    const QMetaObject::Connection watch = connect(m_section->model(), &AnalyticsModel::recomputing, this, [&] {
        told = true;
        QVERIFY(busy->isVisible());
        QVERIFY2(busy->text().contains(u"Recomputing the response times"_s), qPrintable(busy->text()));
        QCOMPARE(m_section->panels(Analytics::View::Response).first()->figure().key, before.key);
        QCOMPARE(m_section->panels(Analytics::View::Response).first()->figure().rowCount(), before.rowCount());
        // For people to look at: the section while it recomputes.
        const QString folder = QDir::current().filePath(u"analytics-screenshots"_s);
        QVERIFY(QDir().mkpath(folder));
        m_section->layout()->activate(); // the label was just shown: lay it out as the next turn would
        QVERIFY(m_section->grab().save(QDir(folder).filePath(u"response-recomputing.png"_s)));
    });
    shown.clear();
    m_section->setPeriod(november.previous());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QVERIFY(told);
    QVERIFY(!busy->isVisible());

    // Nothing pending any more: the next round says only that it counts.
    told = false;
    shown.clear();
    m_section->setPeriod(november);
    QTRY_VERIFY(!shown.isEmpty());
    disconnect(watch);
    QVERIFY(!told);
}

QTEST_MAIN(TestAnalyticsSection)
#include "tst_analyticssection.moc"
