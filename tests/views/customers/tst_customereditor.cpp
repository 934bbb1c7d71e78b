// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/customers/customerform.h"
#include "models/customers/customerstore.h"
#include "views/customers/customereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

class TestCustomerEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void newCustomerWithEveryField();
    void addressOfAnotherCustomerIsNamed();
    void editIsRecordedInTheHistory();
    void conflictKeepsTheTextAndOffersBothWays();

private:
    CustomerEditor *open(CustomerId customer);
    [[nodiscard]] QStringList events(CustomerId customer) const;

    std::unique_ptr<Test::PanelFixture> m_fx;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CustomerEditor> m_editor;
    CustomerId m_boris;
};

void TestCustomerEditor::init()
{
    m_fx = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_fx->db);
    Customer boris;
    boris.displayName = u"Boris Kim"_s;
    boris.emails = {u"boris@kim.example"_s, u"b.kim@mail.example"_s};
    m_boris = CustomerStore(*m_fx->db, m_fx->clock).create(boris).value();
    m_session = std::make_unique<Session>(*m_fx->db, m_fx->clock, nullptr);
    m_session->setAgent(m_fx->anna);
}

void TestCustomerEditor::cleanup()
{
    m_editor.reset();
    m_session.reset();
    m_fx.reset();
}

CustomerEditor *TestCustomerEditor::open(CustomerId customer)
{
    auto *form = new CustomerForm(*m_session);
    if (!form->load(customer).ok())
        return nullptr;
    m_editor = std::make_unique<CustomerEditor>(form);
    m_editor->show();
    if (!QTest::qWaitForWindowExposed(m_editor.get()))
        return nullptr;
    return m_editor.get();
}

QStringList TestCustomerEditor::events(CustomerId customer) const
{
    QSqlQuery q(m_fx->db->connection());
    q.prepare(u"SELECT kind, coalesce(new_value, '') FROM customer_events WHERE customer_id = ? ORDER BY id"_s);
    q.addBindValue(customer.value());
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString() + u'=' + q.value(1).toString());
    }
    return out;
}

void TestCustomerEditor::newCustomerWithEveryField()
{
    CustomerEditor *editor = open({});
    QVERIFY(editor);
    QSignalSpy saved(editor, &CustomerEditor::customerSaved);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.name"_s), u"Clara Diaz"_s);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.company"_s), u"Diaz & Hijos"_s);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.account"_s), u"ACC-1042"_s);
    namedChild<QPlainTextEdit>(editor, u"customer.emails"_s)
        ->setPlainText(u"clara@diaz.example\nbilling@diaz.example"_s);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.phone"_s), u"+34 600 000 000"_s);
    namedChild<QPlainTextEdit>(editor, u"customer.messenger"_s)->setPlainText(u"Telegram @clara"_s);
    auto *tier = namedChild<QComboBox>(editor, u"customer.tier"_s);
    tier->setCurrentIndex(tier->findData(int(CustomerTier::Premium)));
    auto *sla = namedChild<QComboBox>(editor, u"customer.sla"_s);
    QVERIFY(sla->count() >= 3); // "as the tier says", Premium, Standard
    sla->setCurrentIndex(sla->findText(u"Premium"_s));
    auto *owner = namedChild<QComboBox>(editor, u"customer.successOwner"_s);
    owner->setCurrentIndex(owner->findData(m_fx->vera.value()));
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.plan"_s), u"Business"_s);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.key"_s), u"KEY-1234-5678"_s);
    namedChild<QSpinBox>(editor, u"customer.seats"_s)->setValue(25);
    namedChild<QCheckBox>(editor, u"customer.expires"_s)->setChecked(true);
    namedChild<QDateEdit>(editor, u"customer.expiry"_s)->setDate(QDate(2027, 3, 31));
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.preferredChannel"_s), u"Phone"_s);
    namedChild<QPlainTextEdit>(editor, u"customer.escalation"_s)->setPlainText(u"CTO Pablo\nOps on call"_s);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.cadence"_s), u"Every Friday"_s);
    Test::saveShot(editor, u"customereditor-new"_s);

    QTest::mouseClick(namedChild<QPushButton>(editor, u"customer.save"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const CustomerId id = saved.at(0).at(0).value<CustomerId>();
    const Customer c = CustomerStore(*m_fx->db, m_fx->clock).customer(id).value();
    QCOMPARE(c.displayName, u"Clara Diaz"_s);
    QCOMPARE(c.company, u"Diaz & Hijos"_s);
    QCOMPARE(c.accountRef, u"ACC-1042"_s);
    QCOMPARE(c.emails, (QStringList{u"clara@diaz.example"_s, u"billing@diaz.example"_s}));
    QCOMPARE(c.primaryEmail, u"clara@diaz.example"_s);
    QCOMPARE(c.phone, u"+34 600 000 000"_s);
    QCOMPARE(c.messenger, u"Telegram @clara"_s);
    QCOMPARE(c.tier, CustomerTier::Premium);
    QCOMPARE(c.sla.name, u"Premium"_s);
    QCOMPARE(c.successOwner, m_fx->vera);
    QCOMPARE(c.licencePlan, u"Business"_s);
    QCOMPARE(c.licenceSeats, 25);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*c.licenceExpiresAt, QTimeZone::UTC).date(), QDate(2027, 3, 31));
    const SupportProfile profile = SupportProfile::fromJson(c.supportProfile);
    QCOMPARE(profile.escalationContacts, (QStringList{u"CTO Pablo"_s, u"Ops on call"_s}));
    QCOMPARE(profile.updateCadence, u"Every Friday"_s);
    QCOMPARE(events(id), QStringList{u"created=Clara Diaz"_s});
}

void TestCustomerEditor::addressOfAnotherCustomerIsNamed()
{
    CustomerEditor *editor = open({});
    QVERIFY(editor);
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.name"_s), u"Somebody"_s);
    // Case does not make an address someone else's.
    namedChild<QPlainTextEdit>(editor, u"customer.emails"_s)->setPlainText(u"new@example.org\nB.Kim@Mail.example"_s);
    auto *problem = namedChild<QLabel>(editor, u"customer.emailProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Boris Kim"_s), qPrintable(problem->text()));
    QTest::mouseClick(namedChild<QPushButton>(editor, u"customer.save"_s), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    auto *error = namedChild<QLabel>(editor, u"customer.error"_s);
    QVERIFY(error->text().contains(u"Boris Kim"_s));
    QCOMPARE(CustomerStore(*m_fx->db, m_fx->clock).byEmail(u"new@example.org"_s).value(), CustomerId());
}

void TestCustomerEditor::editIsRecordedInTheHistory()
{
    CustomerEditor *editor = open(m_boris);
    QVERIFY(editor);
    QCOMPARE(namedChild<QLineEdit>(editor, u"customer.name"_s)->text(), u"Boris Kim"_s);
    auto *tier = namedChild<QComboBox>(editor, u"customer.tier"_s);
    tier->setCurrentIndex(tier->findData(int(CustomerTier::Premium)));
    QTest::keyClicks(namedChild<QLineEdit>(editor, u"customer.plan"_s), u"Pro"_s);
    QTest::mouseClick(namedChild<QPushButton>(editor, u"customer.save"_s), Qt::LeftButton);
    QVERIFY(!editor->isVisible());
    const Customer c = CustomerStore(*m_fx->db, m_fx->clock).customer(m_boris).value();
    QCOMPARE(c.tier, CustomerTier::Premium);
    QCOMPARE(c.version, 2);
    QCOMPARE(c.emails.size(), 2); // untouched addresses stay
    QCOMPARE(events(m_boris), (QStringList{u"changed:tier=premium"_s, u"changed:licence_plan=Pro"_s}));
}

void TestCustomerEditor::conflictKeepsTheTextAndOffersBothWays()
{
    CustomerEditor *editor = open(m_boris);
    QVERIFY(editor);
    // Meanwhile, Ivan changes the record on his desktop.
    {
        CustomerStore store(*m_fx->db, m_fx->clock);
        Customer theirs = store.customer(m_boris).value();
        theirs.company = u"Kim Logistics"_s;
        QVERIFY(store.update(theirs, theirs.version, m_fx->ivan).ok());
    }
    auto *phone = namedChild<QLineEdit>(editor, u"customer.phone"_s);
    QTest::keyClicks(phone, u"+82 10 0000"_s);
    QTest::mouseClick(namedChild<QPushButton>(editor, u"customer.save"_s), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    auto *error = namedChild<QLabel>(editor, u"customer.error"_s);
    QVERIFY2(error->text().contains(u"Ivan Petrov"_s), qPrintable(error->text()));
    QCOMPARE(phone->text(), u"+82 10 0000"_s); // what was typed stays
    auto *overwrite = namedChild<QPushButton>(editor, u"customer.saveOverTheirs"_s);
    QVERIFY(overwrite->isVisible());
    QVERIFY(namedChild<QPushButton>(editor, u"customer.loadTheirs"_s)->isVisible());
    Test::saveShot(editor, u"customereditor-conflict"_s);

    QTest::mouseClick(overwrite, Qt::LeftButton);
    QVERIFY(!editor->isVisible());
    const Customer c = CustomerStore(*m_fx->db, m_fx->clock).customer(m_boris).value();
    QCOMPARE(c.phone, u"+82 10 0000"_s);
    QCOMPARE(c.version, 3);
}

QTEST_MAIN(TestCustomerEditor)
#include "tst_customereditor.moc"
