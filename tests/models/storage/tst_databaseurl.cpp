// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/databaseurl.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void passwordInUrlIsRefused();
    void toStringNeverHoldsThePassword();
    void optionsArePassedOn();
    void unknownOptionIsRefusedByName_data();
    void unknownOptionIsRefusedByName();
};

void TestDatabaseUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("where"); // path, or host:port/db

    QTest::newRow("plain path") << u"/data/team.casebook"_s << true << false << u"/data/team.casebook"_s;
    QTest::newRow("sqlite url") << u"sqlite:///data/team.casebook"_s << true << false << u"/data/team.casebook"_s;
    QTest::newRow("postgresql url") << u"postgresql://anna@db.example.org:5433/support"_s << true << true
                                    << u"db.example.org:5433/support"_s;
    QTest::newRow("postgres scheme, default port")
        << u"postgres://anna@db.example.org/support"_s << true << true << u"db.example.org:5432/support"_s;
    QTest::newRow("database defaults to the user")
        << u"postgresql://anna@localhost"_s << true << true << u"localhost:5432/anna"_s;
    QTest::newRow("empty") << QString() << false << false << QString();
    QTest::newRow("unknown scheme") << u"mysql://root@localhost/x"_s << false << false << QString();
    QTest::newRow("postgres without host") << u"postgresql:///support"_s << false << false << QString();
}

void TestDatabaseUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, postgres);
    QFETCH(QString, where);

    const auto url = DatabaseUrl::parse(text);
    QCOMPARE(url.ok(), ok);
    if (!ok) {
        QVERIFY(!url.error().message.isEmpty());
        QCOMPARE(url.error().kind, Error::Kind::Invalid);
        return;
    }
    QCOMPARE(url->isPostgres(), postgres);
    if (postgres)
        QCOMPARE(url->host + u':' + QString::number(url->port) + u'/' + url->databaseName, where);
    else
        QCOMPARE(url->path, where);
}

void TestDatabaseUrl::passwordInUrlIsRefused()
{
    const auto url = DatabaseUrl::parse(u"postgresql://anna:secret@db.example.org/support"_s);
    QVERIFY(!url.ok());
    QVERIFY(url.error().message.contains(u"CASEBOOK_PGPASSWORD"));
    QVERIFY(!url.error().message.contains(u"secret"));
}

void TestDatabaseUrl::toStringNeverHoldsThePassword()
{
    auto url = DatabaseUrl::parse(u"postgresql://anna@db.example.org:5433/support"_s).value();
    url.password = u"hunter2"_s;
    QCOMPARE(url.toString(), u"postgresql://anna@db.example.org:5433/support"_s);
    QVERIFY(!url.displayName().contains(u"hunter2"));
    QCOMPARE(DatabaseUrl::parse(url.toString())->databaseName, u"support"_s);
    const auto file = DatabaseUrl::sqlite(u"/data/team.casebook"_s);
    QCOMPARE(DatabaseUrl::parse(file.toString())->path, file.path);
}

void TestDatabaseUrl::optionsArePassedOn()
{
    // Issue 17: every option in the URL reaches the connection, none is dropped.
    const auto url = DatabaseUrl::parse(
        u"postgresql://anna@db.example.org/support?sslmode=verify-full&sslrootcert=/etc/casebook/ca.crt"
        "&sslcert=/home/anna/anna.crt&sslkey=/home/anna/anna.key&connect_timeout=10&application_name=Desk%203"_s);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->options.size(), 6);
    QCOMPARE(url->option(u"sslmode"_s), u"verify-full"_s);
    QCOMPARE(url->option(u"sslrootcert"_s), u"/etc/casebook/ca.crt"_s);
    QCOMPARE(url->option(u"sslkey"_s), u"/home/anna/anna.key"_s);
    QCOMPARE(url->option(u"application_name"_s), u"Desk 3"_s);
    QCOMPARE(url->option(u"sslcrl"_s), QString());
    // Kept in the URL that settings store.
    const auto again = DatabaseUrl::parse(url->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->options, url->options);
}

void TestDatabaseUrl::unknownOptionIsRefusedByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // the message names it
    QTest::addColumn<QString>("secret"); // and never repeats this

    QTest::newRow("misspelt") << u"postgresql://anna@db/support?sslmod=require"_s << u"sslmod"_s << QString();
    QTest::newRow("unknown sslmode") << u"postgresql://anna@db/support?sslmode=requir"_s << u"requir"_s << QString();
    QTest::newRow("timeout not a number")
        << u"postgresql://anna@db/support?connect_timeout=soon"_s << u"soon"_s << QString();
    QTest::newRow("password") << u"postgresql://anna@db/support?password=hunter2"_s << u"password"_s << u"hunter2"_s;
    QTest::newRow("key password") << u"postgresql://anna@db/support?sslpassword=hunter2"_s << u"sslpassword"_s
                                  << u"hunter2"_s;
    QTest::newRow("host twice") << u"postgresql://anna@db/support?host=elsewhere"_s << u"host"_s << QString();
    QTest::newRow("sqlite option") << u"sqlite:///data/team.casebook?mode=ro"_s << u"mode"_s << QString();
}

void TestDatabaseUrl::unknownOptionIsRefusedByName()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QFETCH(QString, secret);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, Error::Kind::Invalid);
    QVERIFY2(url.error().message.contains(named), qPrintable(url.error().message));
    if (!secret.isEmpty())
        QVERIFY(!url.error().message.contains(secret));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
