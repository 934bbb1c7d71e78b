// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/customers/customerimport.h"
#include "models/customers/customerstore.h"
#include "views/customers/customerimportdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

class TestCustomerImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsRfc4180_data();
    void readsRfc4180();
    void mappingIsGuessedFromTheHeader();
    void reimportUpdatesWithoutDuplicates();
};

void TestCustomerImport::readsRfc4180_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain, LF") << "a,b\n1,2\n"_ba << QStringList{u"a"_s, u"b"_s}
                               << QList<QStringList>{{u"1"_s, u"2"_s}};
    QTest::newRow("CRLF, no final break")
        << "a,b\r\n1,2"_ba << QStringList{u"a"_s, u"b"_s} << QList<QStringList>{{u"1"_s, u"2"_s}};
    QTest::newRow("quotes, comma, break, doubled quote")
        << "name,note\r\n\"Berg, Anna\",\"said \"\"hi\"\"\r\nthen left\"\r\n"_ba << QStringList{u"name"_s, u"note"_s}
        << QList<QStringList>{{u"Berg, Anna"_s, u"said \"hi\"\r\nthen left"_s}};
    QTest::newRow("BOM and semicolons (Excel, de/ru)")
        << "\xEF\xBB\xBFИмя;Почта\n\"Иванов; Пётр\";petr@example.ru\n"_ba << QStringList{u"Имя"_s, u"Почта"_s}
        << QList<QStringList>{{u"Иванов; Пётр"_s, u"petr@example.ru"_s}};
    QTest::newRow("empty fields and blank last line") << "a,b,c\n,,x\n\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                                      << QList<QStringList>{{QString(), QString(), u"x"_s}};
    QTest::newRow("tabs") << "a\tb\n1\t2\n"_ba << QStringList{u"a"_s, u"b"_s} << QList<QStringList>{{u"1"_s, u"2"_s}};
}

void TestCustomerImport::readsRfc4180()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    const auto table = readCsv(csv);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
    QVERIFY(!readCsv("a,b\n\"open"_ba).ok()); // a quote never closed
}

void TestCustomerImport::mappingIsGuessedFromTheHeader()
{
    const QStringList headers{u"Full name"_s, u"E-mail"_s,          u"Company"_s,  u"Account ID"_s, u"Phone"_s,
                              u"Plan"_s,      u"Licence expires"_s, u"Telegram"_s, u"Почта"_s,      u"Notes"_s};
    const QList<CustomerField> expected{
        CustomerField::Name,  CustomerField::Email,       CustomerField::Company,        CustomerField::AccountId,
        CustomerField::Phone, CustomerField::LicencePlan, CustomerField::LicenceExpires, CustomerField::Messenger,
        CustomerField::Email, CustomerField::Ignore};
    for (qsizetype i = 0; i < headers.size(); ++i)
        QCOMPARE(guessCustomerField(headers.at(i)), expected.at(i));
}

void TestCustomerImport::reimportUpdatesWithoutDuplicates()
{
    Test::PanelFixture fx;
    QVERIFY(fx.db);
    Session session(*fx.db, fx.clock, nullptr);
    session.setAgent(fx.anna);
    auto *import = new CustomerImport(session);
    QAbstractItemModelTester tester(import, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerImportDialog dialog(import);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QByteArray first = "Name;E-mail;Company;Account;Plan;Notes\n"
                             "Anna Berg;anna@berg.example;Berg GmbH;ACC-1;Basic;met at a fair\n"
                             "Boris Kim;boris@kim.example b.kim@mail.example;Kim Logistics;ACC-2;Pro;\n"
                             ";;;;;\n"_ba;
    QVERIFY(dialog.loadCsv(first, u"customers.csv"_s));
    QCOMPARE(import->rowCount(), 3);
    QCOMPARE(import->headerData(2, Qt::Horizontal).toString(), u"Company → Company"_s);
    // The agent maps "Notes" to nothing (it is) and "Plan" to the licence plan (guessed).
    QCOMPARE(namedChild<QComboBox>(&dialog, u"import.mapping.5"_s)->currentData().toInt(), int(CustomerField::Ignore));
    auto *account = namedChild<QComboBox>(&dialog, u"import.mapping.3"_s);
    QCOMPARE(account->currentData().toInt(), int(CustomerField::AccountId));
    Test::saveShot(&dialog, u"customerimport-preview"_s);
    QTest::mouseClick(namedChild<QPushButton>(&dialog, u"import.run"_s), Qt::LeftButton);
    auto *result = namedChild<QLabel>(&dialog, u"import.result"_s);
    QVERIFY2(result->text().startsWith(u"2 new, 0 updated."_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"Row 4"_s)); // the empty row is left out and said

    CustomerStore store(*fx.db, fx.clock);
    const CustomerId boris = store.byEmail(u"B.KIM@mail.example"_s).value();
    QVERIFY(boris.isValid());
    QCOMPARE(store.customer(boris)->emails.size(), 2);

    // The same list again, changed: one found by address, one by account id; nothing doubles.
    const QByteArray second = "Name,E-mail,Company,Account,Plan\n"
                              "Anna Berg,anna@berg.example,Berg AG,ACC-1,Business\n"
                              "Boris Kim,boris.kim@new.example,,ACC-2,\n"_ba;
    QVERIFY(dialog.loadCsv(second, u"customers.csv"_s));
    QTest::mouseClick(namedChild<QPushButton>(&dialog, u"import.run"_s), Qt::LeftButton);
    QVERIFY2(result->text().startsWith(u"0 new, 2 updated."_s), qPrintable(result->text()));
    QSqlQuery q(fx.db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM customers"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    const Customer anna = store.customer(store.byEmail(u"anna@berg.example"_s).value()).value();
    QCOMPARE(anna.company, u"Berg AG"_s);
    QCOMPARE(anna.licencePlan, u"Business"_s);
    const Customer borisNow = store.customer(boris).value();
    QCOMPARE(borisNow.company, u"Kim Logistics"_s); // an empty cell changes nothing
    QCOMPARE(borisNow.emails.size(), 3);
}

QTEST_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
