// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/keyset.h"
#include "models/storage/writetransaction.h"
#include "tests/support/enginetest.h"

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// Ticket ids after (updated_at, id) = (key, id) in the order `direction`, read by key.
QList<qint64> after(Database &db, const QString &op, qint64 key, qint64 id)
{
    QVariantList binds;
    const QString condition = keysetCondition(u"updated_at"_s, u"id"_s, op, db.dialect(), key, id, binds);
    const QString direction = op == u"<" ? u"DESC"_s : u"ASC"_s;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM tickets WHERE "_s + condition + u" ORDER BY updated_at "_s + direction + u", id "_s
              + direction);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    QList<qint64> ids;
    if (!q.exec())
        return {-1};
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

class TestKeyset final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void readsExactlyTheRowsAfterTheKey();
    void sqliteSeeksTheIndexInsteadOfWalkingIt();
};

void TestKeyset::init()
{
    if (!openDatabase())
        return;
    // Runs of equal keys, so the id decides inside each run.
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < 60; ++i)
        QVERIFY(tx.insert(u"INSERT INTO tickets (subject, created_at, updated_at) VALUES ('t', 0, ?)"_s, {i / 7}).ok());
    QVERIFY(tx.commit().ok());
}

void TestKeyset::cleanup()
{
    closeDatabase();
}

void TestKeyset::readsExactlyTheRowsAfterTheKey()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT updated_at, id FROM tickets ORDER BY updated_at DESC, id DESC"_s));
    QList<std::pair<qint64, qint64>> order;
    while (q.next())
        order.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (qsizetype i = 0; i < order.size(); ++i) {
        QList<qint64> below;
        for (qsizetype j = i + 1; j < order.size(); ++j)
            below.append(order.at(j).second);
        QCOMPARE(after(*m_db, u"<"_s, order.at(i).first, order.at(i).second), below);
        QList<qint64> above;
        for (qsizetype j = i - 1; j >= 0; --j)
            above.append(order.at(j).second);
        QCOMPARE(after(*m_db, u">"_s, order.at(i).first, order.at(i).second), above);
    }
}

// The inbox's pages got slower the deeper they were: SQLite walked the index from its top
// for every page, because `k < ?1 OR (k = ?2 AND ...)` gave its planner no range.
void TestKeyset::sqliteSeeksTheIndexInsteadOfWalkingIt()
{
    if (m_db->isPostgres())
        QSKIP("PostgreSQL seeks on the row-value comparison; its plans follow its statistics");
    QVariantList binds;
    const QString condition = keysetCondition(u"t.updated_at"_s, u"t.id"_s, u"<", m_db->dialect(), 3, 30, binds);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN SELECT t.id FROM tickets t WHERE "_s + condition
                      + u" ORDER BY t.updated_at DESC, t.id DESC LIMIT 10"_s));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    QVERIFY2(plan.join(u'\n').contains(u"SEARCH t USING "_s), qPrintable(plan.join(u'\n')));
    QVERIFY2(!plan.join(u'\n').contains(u"B-TREE"_s), qPrintable(plan.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestKeyset)
#include "tst_keyset.moc"
