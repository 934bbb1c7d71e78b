// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/analytics/analyticsperiod.h"
#include "models/analytics/focustags.h"
#include "tests/support/enginetest.h"

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestFocusTags final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void R42_recordsTheChoiceWithItsBaselineAndComparesAfter();
    void R42_refusesTooFewTooManyOrTagsOutsideTheTopTen();
    void R42_manyTagsWrittenInOneStatementCountOnceEach();

private:
    /// `count` tickets created in the month, `tagged` of them with `tag`, ids from `firstId`.
    QList<Test::PlainTicket> month(const AnalyticsPeriod &period, qint64 firstId, int count,
                                   const QList<std::pair<QString, int>> &tags) const;
    TagId tagId(const QString &name) const;
};

QList<Test::PlainTicket> TestFocusTags::month(const AnalyticsPeriod &period, qint64 firstId, int count,
                                              const QList<std::pair<QString, int>> &tags) const
{
    QList<Test::PlainTicket> tickets;
    for (int i = 0; i < count; ++i) {
        Test::PlainTicket t;
        t.id = firstId + i;
        t.createdAt = period.fromMs() + (period.toMs() - period.fromMs()) * i / count;
        for (const auto &[tag, n] : tags) {
            if (i < n)
                t.tags.append(tag);
        }
        tickets.append(t);
    }
    return tickets;
}

TagId TestFocusTags::tagId(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT id FROM tags WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? TagId(q.value(0).toLongLong()) : TagId();
}

void TestFocusTags::R42_recordsTheChoiceWithItsBaselineAndComparesAfter()
{
    const QTimeZone moscow("Europe/Moscow");
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, moscow);
    const AnalyticsPeriod november = october.next();
    if (!openDatabase(november.fromMs() + 86'400'000))
        return;
    const AgentId lead = addAgent(u"lena"_s, u"Lena Lead"_s, AgentRole::Lead);
    // October: 200 tickets, 40 billing, 20 postback, 5 api. November so far: 100 tickets,
    // 10 billing, 15 postback.
    auto tickets = month(october, 1, 200, {{u"billing"_s, 40}, {u"postback"_s, 20}, {u"api"_s, 5}});
    tickets += month(november, 1000, 100, {{u"billing"_s, 10}, {u"postback"_s, 15}});
    Test::writeTickets(*m_db, tickets);

    FocusTags focus(*m_db, moscow, *m_clock);
    const auto candidates = focus.candidates(u"2026-11"_s);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 3);
    QCOMPARE(candidates->first().second, u"billing"_s);

    QVERIFY(focus.choose(u"2026-11"_s, {tagId(u"billing"_s), tagId(u"postback"_s)}, lead).ok());
    const auto compared = focus.compare(u"2026-11"_s);
    QVERIFY(compared.ok());
    QCOMPARE(compared->size(), 2);
    const FocusComparison billing = compared->at(0);
    QCOMPARE(billing.name, u"billing"_s);
    QCOMPARE(billing.before, 40);
    QCOMPARE(billing.beforeTotal, 200);
    QCOMPARE(billing.after, 10);
    QCOMPARE(billing.afterTotal, 100);
    QCOMPARE(billing.beforePerThousand(), 200.0);
    QCOMPARE(billing.afterPerThousand(), 100.0);
    QCOMPARE(billing.chosenBy, lead);
    const FocusComparison postback = compared->at(1);
    QCOMPARE(postback.before, 20);
    QCOMPARE(postback.after, 15);
    QCOMPARE(postback.afterPerThousand(), 150.0);

    // The baseline is kept as it was when chosen: a late October ticket does not move it,
    // while November's counts go on.
    Test::PlainTicket late;
    late.id = 5000;
    late.createdAt = october.toMs() - 1;
    late.tags = {u"billing"_s};
    Test::PlainTicket more;
    more.id = 5001;
    more.createdAt = november.toMs() - 1;
    more.tags = {u"billing"_s};
    Test::writeTickets(*m_db, {late, more});
    const auto later = focus.compare(u"2026-11"_s);
    QVERIFY(later.ok());
    QCOMPARE(later->at(0).before, 40);
    QCOMPARE(later->at(0).after, 11);
    QCOMPARE(later->at(0).afterTotal, 101);

    // Choosing again replaces the month's choice.
    QVERIFY(focus.choose(u"2026-11"_s, {tagId(u"api"_s), tagId(u"postback"_s), tagId(u"billing"_s)}, lead).ok());
    QCOMPARE(focus.compare(u"2026-11"_s)->size(), 3);
    QCOMPARE(focus.compare(u"2026-12"_s)->size(), 0);
}

void TestFocusTags::R42_refusesTooFewTooManyOrTagsOutsideTheTopTen()
{
    const QTimeZone utc = QTimeZone::UTC;
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, utc);
    if (!openDatabase(october.toMs()))
        return;
    QList<std::pair<QString, int>> tags;
    for (int i = 0; i < 12; ++i)
        tags.append({u"tag-"_s + QString::number(i).rightJustified(2, u'0'), 30 - i});
    auto tickets = month(october, 1, 40, tags);
    // A tag used only in November is not among October's top 10.
    Test::PlainTicket november;
    november.id = 100;
    november.createdAt = october.toMs() + 1000;
    november.tags = {u"fresh"_s};
    tickets.append(november);
    Test::writeTickets(*m_db, tickets);

    FocusTags focus(*m_db, utc, *m_clock);
    QCOMPARE(focus.candidates(u"2026-11"_s)->size(), 10);
    const auto one = focus.choose(u"2026-11"_s, {tagId(u"tag-00"_s)}, {});
    QVERIFY(!one.ok());
    QCOMPARE(one.error().kind, Error::Kind::Invalid);
    QVERIFY(
        !focus
             .choose(u"2026-11"_s, {tagId(u"tag-00"_s), tagId(u"tag-01"_s), tagId(u"tag-02"_s), tagId(u"tag-03"_s)}, {})
             .ok());
    QVERIFY(!focus.choose(u"2026-11"_s, {tagId(u"tag-00"_s), tagId(u"tag-11"_s)}, {}).ok()); // 12th
    QVERIFY(!focus.choose(u"2026-11"_s, {tagId(u"tag-00"_s), tagId(u"fresh"_s)}, {}).ok());
    QVERIFY(!focus.choose(u"2026-13"_s, {tagId(u"tag-00"_s), tagId(u"tag-01"_s)}, {}).ok());
    QCOMPARE(focus.compare(u"2026-11"_s)->size(), 0); // nothing was recorded
    QVERIFY(focus.choose(u"2026-11"_s, {tagId(u"tag-00"_s), tagId(u"tag-09"_s)}, {}).ok());
}

void TestFocusTags::R42_manyTagsWrittenInOneStatementCountOnceEach()
{
    // PostgreSQL counts tag uses once a statement (migration 033): a statement tagging many
    // tickets of the same days, and one untagging many, leave the counts a recount gives.
    const QTimeZone moscow("Europe/Moscow");
    const AnalyticsPeriod october = AnalyticsPeriod::month(u"2026-10"_s, moscow);
    if (!openDatabase(october.toMs()))
        return;
    Test::writeTickets(*m_db, month(october, 1, 300, {{u"billing"_s, 1}}));
    const TagId billing = tagId(u"billing"_s);
    BusinessHours hours;
    hours.zone = moscow;
    const Analytics analytics(*m_db, hours, october.toMs());
    for (const auto &[sql, expected] :
         {std::pair{u"INSERT INTO ticket_tags (ticket_id, tag_id) SELECT id, ? FROM tickets WHERE id > 1"_s, 300},
          std::pair{u"DELETE FROM ticket_tags WHERE tag_id = ? AND ticket_id % 3 = 0"_s, 200}}) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(sql));
        q.addBindValue(billing.value());
        QVERIFY(q.exec());
        const auto counted = analytics.tagCount(october, billing);
        QVERIFY(counted.ok());
        QCOMPARE(counted->first, qint64(expected));
        QCOMPARE(counted->second, qint64(300));
    }
}

QTEST_GUILESS_MAIN(TestFocusTags)
#include "tst_focustags.moc"
