// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlscript.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestSqlScript final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements") << u"CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);"_s
                                    << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s};
    QTest::newRow("comments vanish") << u"-- only a comment;\nSELECT 1; -- trailing; comment\n"_s
                                     << QStringList{u"SELECT 1"_s};
    QTest::newRow("semicolon in a string")
        << u"INSERT INTO t VALUES ('a;b', 'it''s;');"_s << QStringList{u"INSERT INTO t VALUES ('a;b', 'it''s;')"_s};
    QTest::newRow("trigger body")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\nSELECT 2;"_s
        << QStringList{
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND"_s,
               u"SELECT 2"_s};
    QTest::newRow("dollar quote") << u"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"_s
                                  << QStringList{u"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"_s};
    QTest::newRow("tagged dollar quote") << u"DO $body$ BEGIN PERFORM 1; END $body$; SELECT 3"_s
                                         << QStringList{u"DO $body$ BEGIN PERFORM 1; END $body$"_s, u"SELECT 3"_s};
    QTest::newRow("column named begin_at is not a block")
        << u"CREATE TABLE x (begin_at INT); SELECT 1;"_s
        << QStringList{u"CREATE TABLE x (begin_at INT)"_s, u"SELECT 1"_s};
}

void TestSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlScript(script), statements);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
