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
    QTest::newRow("database defaults to the user") << u"postgresql://anna@localhost"_s << true << true
                                                   << u"localhost:5432/anna"_s;
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

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
