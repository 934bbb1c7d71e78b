// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/bugreports/bugroutingmodel.h"
#include "models/bugreports/bugroutingstore.h"
#include "models/common/itemroles.h"
#include "views/settings/bugreportspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

class TestBugReportsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void R29_everyAreaHasAnOwner();
    void R28_routesAreEditedByALead();
    void agentsSeeTheRoutingReadOnly();
};

void TestBugReportsPage::R29_everyAreaHasAnOwner()
{
    Test::PanelFixture fx;
    QVERIFY(fx.db);
    Session session(*fx.db, fx.clock, nullptr);
    session.setAgent(fx.vera); // a lead
    auto *model = new BugRoutingModel(session);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BugReportsPage page(model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *name = namedChild<QLineEdit>(&page, u"bugReports.areaName"_s);
    auto *owner = namedChild<QComboBox>(&page, u"bugReports.areaOwner"_s);
    auto *message = namedChild<QLabel>(&page, u"bugReports.message"_s);

    name->setText(u"Billing"_s);
    owner->setCurrentIndex(0); // nobody chosen
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.addArea"_s), Qt::LeftButton);
    QVERIFY2(message->text().contains(u"needs an owner"_s), qPrintable(message->text()));
    QCOMPARE(model->rowCount(), 0);

    owner->setCurrentIndex(owner->findData(fx.ivan.value()));
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.addArea"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"Billing"_s);
    const ProductAreaId billing(model->index(0, 0).data(IdRole).toLongLong());
    QCOMPARE(BugRoutingStore(*fx.db, fx.clock).area(billing)->owner, fx.ivan);

    // Another owner, then the rule again on save.
    owner->setCurrentIndex(owner->findData(fx.anna.value()));
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.saveArea"_s), Qt::LeftButton);
    QCOMPARE(BugRoutingStore(*fx.db, fx.clock).area(billing)->owner, fx.anna);
    owner->setCurrentIndex(0);
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.saveArea"_s), Qt::LeftButton);
    QVERIFY(message->text().contains(u"needs an owner"_s));
    QCOMPARE(BugRoutingStore(*fx.db, fx.clock).area(billing)->owner, fx.anna);
    Test::saveShot(&page, u"settings-bugreports"_s);

    // Changed elsewhere: the list follows.
    const ProductArea area = BugRoutingStore(*fx.db, fx.clock).area(billing).value();
    QVERIFY(
        BugRoutingStore(*fx.db, fx.clock).updateArea(billing, u"Billing and invoices"_s, fx.ivan, area.version).ok());
    QTRY_COMPARE(model->index(0, 0).data().toString(), u"Billing and invoices"_s);
}

void TestBugReportsPage::R28_routesAreEditedByALead()
{
    Test::PanelFixture fx;
    QVERIFY(fx.db);
    Session session(*fx.db, fx.clock, nullptr);
    session.setAgent(fx.vera);
    BugReportsPage page(new BugRoutingModel(session));
    auto *lowOnShift = namedChild<QCheckBox>(&page, u"bugReports.route.low.%1"_s.arg(int(RouteTarget::OnShift)));
    auto *lowOwner = namedChild<QCheckBox>(&page, u"bugReports.route.low.%1"_s.arg(int(RouteTarget::AreaOwner)));
    QVERIFY(lowOwner->isChecked()); // the shipped route: low goes to the area's owner
    QVERIFY(!lowOnShift->isChecked());
    lowOnShift->setChecked(true);
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.saveRoutes"_s), Qt::LeftButton);
    QCOMPARE(BugRoutingStore(*fx.db, fx.clock).route(Severity::Low)->targets,
             (QList<RouteTarget>{RouteTarget::AreaOwner, RouteTarget::OnShift}));

    // A route reaches somebody: none at all is refused and the boxes show what is stored.
    lowOnShift->setChecked(false);
    lowOwner->setChecked(false);
    QTest::mouseClick(namedChild<QPushButton>(&page, u"bugReports.saveRoutes"_s), Qt::LeftButton);
    QCOMPARE(BugRoutingStore(*fx.db, fx.clock).route(Severity::Low)->targets.size(), 2);
    QVERIFY(lowOwner->isChecked());
}

void TestBugReportsPage::agentsSeeTheRoutingReadOnly()
{
    Test::PanelFixture fx;
    QVERIFY(fx.db);
    Session session(*fx.db, fx.clock, nullptr);
    session.setAgent(fx.anna);
    BugReportsPage page(new BugRoutingModel(session));
    QVERIFY(!namedChild<QPushButton>(&page, u"bugReports.addArea"_s)->isEnabled());
    QVERIFY(!namedChild<QPushButton>(&page, u"bugReports.saveRoutes"_s)->isEnabled());
    QVERIFY(!namedChild<QCheckBox>(&page, u"bugReports.route.high.%1"_s.arg(int(RouteTarget::Leads)))->isEnabled());
}

QTEST_MAIN(TestBugReportsPage)
#include "tst_bugreportspage.moc"
