// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsfixture.h"
#include "models/analytics/analytics.h"
#include "models/analytics/analyticsmodel.h"
#include "models/customers/customer.h"
#include "models/customers/customerstore.h"
#include "models/proposals/proposal.h"
#include "models/proposals/proposalstore.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <array>
#include <map>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

bool isFinished(const Test::PlainTicket &t)
{
    return t.status == u"solved" || t.status == u"closed";
}

qint64 finishedAt(const Test::PlainTicket &t)
{
    return t.solvedAt ? *t.solvedAt : t.closedAt.value_or(0);
}

bool inPeriod(const Test::PlainTicket &t, const AnalyticsPeriod &period)
{
    const QDate day = localDate(t.createdAt, period.zone);
    return !t.mergedInto && day >= period.first && day <= period.last;
}

} // namespace

class TestAnalytics final : public QObject, public Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void cleanup() { closeDatabase(); }

    void periodsFollowTheTeamZone_data();
    void periodsFollowTheTeamZone();
    void R14_figuresMatchABruteForceRecount_data();
    void R14_figuresMatchABruteForceRecount();
    void R14_taggedShareAgainstTheGoal();
    void R13_proposalRequestsPerTierMatchARecount();
    void modelCountsOffTheUiThreadAndAnswersTheNewestRequest();

private:
    void checkQueries(const Figure &figure, qint64 now);
    void rewriteTickets(QList<Test::PlainTicket> &tickets);
};

void TestAnalytics::periodsFollowTheTeamZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("month");
    QTest::addColumn<qint64>("hours");
    QTest::newRow("Moscow November: no change of time") << "Europe/Moscow"_ba << u"2026-11"_s << qint64(30 * 24);
    QTest::newRow("Berlin October: summer time ends") << "Europe/Berlin"_ba << u"2026-10"_s << qint64(31 * 24 + 1);
    QTest::newRow("Berlin March: summer time starts") << "Europe/Berlin"_ba << u"2026-03"_s << qint64(31 * 24 - 1);
}

void TestAnalytics::periodsFollowTheTeamZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, month);
    QFETCH(qint64, hours);
    const AnalyticsPeriod period = AnalyticsPeriod::month(month, QTimeZone(zone));
    QVERIFY(period.isValid());
    QCOMPARE((period.toMs() - period.fromMs()) / hourMs, hours);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(period.fromMs(), period.zone).time(), QTime(0, 0));
    const auto days = period.days();
    QCOMPARE(days.size(), period.dayCount());
    QCOMPARE(days.first().fromMs, period.fromMs());
    QCOMPARE(days.last().toMs, period.toMs());
    for (qsizetype i = 1; i < days.size(); ++i)
        QCOMPARE(days.at(i).fromMs, days.at(i - 1).toMs);
    // Weeks run Monday to Sunday, clipped to the month.
    const auto weeks = period.steps();
    QCOMPARE(weeks.first().first, period.first);
    QCOMPARE(weeks.last().last, period.last);
    for (qsizetype i = 1; i < weeks.size(); ++i)
        QCOMPARE(weeks.at(i).first.dayOfWeek(), 1);
    QCOMPARE(period.previous().next(), period);
}

void TestAnalytics::R14_figuresMatchABruteForceRecount_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("random"); ///< tickets spread over the period and 20 days around it
    QTest::addColumn<bool>("edges"); ///< tickets on the period's first and last milliseconds and just outside
    /// after writing, tickets change status, holder, channel and complexity, lose a tag or are merged,
    /// so the counters of migration 032 follow every kind of change, not only inserts
    QTest::addColumn<bool>("rewrite");

    QTest::newRow("empty period") << "Europe/Moscow"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 0 << false
                                  << false;
    QTest::newRow("one ticket") << "Europe/Moscow"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 1 << false
                                << false;
    QTest::newRow("boundaries in Moscow")
        << "Europe/Moscow"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 80 << true << false;
    QTest::newRow("DST ends in Berlin") << "Europe/Berlin"_ba << QDate(2026, 10, 1) << QDate(2026, 10, 31) << 80 << true
                                        << false;
    QTest::newRow("DST starts in Berlin, a week")
        << "Europe/Berlin"_ba << QDate(2026, 3, 23) << QDate(2026, 3, 29) << 60 << true << false;
    QTest::newRow("merged and reopened, a quarter")
        << "Europe/Berlin"_ba << QDate(2026, 7, 1) << QDate(2026, 9, 30) << 150 << true << false;
    // Zones half and three quarters of an hour off UTC: the counters' hours do not fall on
    // their midnights, so each day's edges are counted from the tickets.
    QTest::newRow("half an hour off UTC, Kolkata")
        << "Asia/Kolkata"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 80 << true << false;
    QTest::newRow("three quarters off UTC, Kathmandu, a week")
        << "Asia/Kathmandu"_ba << QDate(2026, 11, 2) << QDate(2026, 11, 8) << 60 << true << false;
    QTest::newRow("changed after writing, Moscow")
        << "Europe/Moscow"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 120 << true << true;
    QTest::newRow("changed after writing, Kolkata")
        << "Asia/Kolkata"_ba << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 120 << true << true;
}

void TestAnalytics::R14_figuresMatchABruteForceRecount()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, random);
    QFETCH(bool, edges);
    QFETCH(bool, rewrite);
    const qint64 now = QDate(2027, 2, 1).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
    if (!openDatabase(now))
        return;
    const AgentId anna = addAgent(u"anna"_s, u"Anna Berg"_s);
    const AgentId boris = addAgent(u"boris"_s, u"Boris Ivanov"_s);
    BusinessHours hours;
    hours.zone = QTimeZone(zone);
    AnalyticsPeriod period = AnalyticsPeriod::custom(first, last, hours.zone);
    if (period.dayCount() == 7)
        period.kind = AnalyticsPeriod::Kind::Week;

    QList<Test::PlainTicket> tickets;
    const qint64 spread = 20 * dayMs;
    if (random == 1) {
        Test::PlainTicket one;
        one.id = 1;
        one.createdAt = (period.fromMs() + period.toMs()) / 2;
        one.tags = {u"billing"_s};
        one.assignee = anna.value();
        tickets.append(one);
    } else if (random > 1) {
        tickets = Test::randomTickets(random, period.fromMs() - spread, period.toMs() + spread,
                                      {anna.value(), boris.value()}, 16);
    } else {
        // Only outside the period: it must read as empty.
        tickets = Test::randomTickets(4, period.toMs(), period.toMs() + spread, {anna.value()}, 16);
    }
    if (edges) {
        qint64 id = tickets.size() + 1;
        for (const qint64 at : {period.fromMs() - 1, period.fromMs(), period.toMs() - 1, period.toMs()}) {
            Test::PlainTicket t;
            t.id = id++;
            t.createdAt = at;
            t.status = u"solved"_s;
            t.solvedAt = at + 1; // finished on the edge too
            tickets.append(t);
        }
    }
    Test::writeTickets(*m_db, tickets);
    if (QTest::currentTestFailed())
        return;
    if (rewrite) {
        rewriteTickets(tickets);
        if (QTest::currentTestFailed())
            return;
    }

    const Analytics analytics(*m_db, hours, now);

    // R14: the tagged share per step, by each ticket's own day in the team's zone.
    const auto shares = analytics.taggedShare(period, 70);
    QVERIFY2(shares.ok(), qPrintable(shares.ok() ? QString() : shares.error().detail));
    const auto steps = period.steps();
    qint64 all = 0;
    QList<std::pair<qint64, qint64>> expectedSteps;
    for (const auto &step : steps) {
        qint64 total = 0, tagged = 0;
        for (const auto &t : tickets) {
            const QDate day = localDate(t.createdAt, period.zone);
            if (!t.mergedInto && day >= step.first && day <= step.last) {
                ++total;
                tagged += t.tags.isEmpty() ? 0 : 1;
            }
        }
        all += total;
        expectedSteps.append({total, tagged});
    }
    if (all == 0) {
        QCOMPARE(shares->rowCount(), 0); // "no data", not a row of zeros
    } else {
        QCOMPARE(shares->rowCount(), steps.size());
        for (int i = 0; i < shares->rowCount(); ++i) {
            QCOMPARE(shares->value(i, 1), double(expectedSteps.at(i).first));
            QCOMPARE(shares->value(i, 2), double(expectedSteps.at(i).second));
            QCOMPARE(shares->value(i, 3), double(expectedSteps.at(i).first - expectedSteps.at(i).second));
        }
    }
    QCOMPARE(*shares->goal, 70.0);
    checkQueries(*shares, now);

    // R14: untagged by agent.
    const auto untagged = analytics.untaggedByAgent(period);
    QVERIFY(untagged.ok());
    std::map<QString, qint64> expectedUntagged;
    for (const auto &t : tickets) {
        if (inPeriod(t, period) && t.tags.isEmpty())
            ++expectedUntagged[!t.assignee                       ? u"Nobody"_s
                                   : *t.assignee == anna.value() ? u"Anna Berg"_s
                                                                 : u"Boris Ivanov"_s];
    }
    std::map<QString, qint64> actualUntagged;
    for (int i = 0; i < untagged->rowCount(); ++i)
        actualUntagged[untagged->categories.at(i)] = qint64(untagged->value(i, 0));
    QCOMPARE(actualUntagged, expectedUntagged);
    checkQueries(*untagged, now);

    // R42: the top tags against the period before.
    const auto top = analytics.topTags(period);
    QVERIFY(top.ok());
    std::map<QString, qint64> thisPeriod, before;
    const AnalyticsPeriod previous = period.previous();
    for (const auto &t : tickets) {
        for (const QString &tag : t.tags) {
            if (inPeriod(t, period))
                ++thisPeriod[tag];
            if (inPeriod(t, previous))
                ++before[tag];
        }
    }
    QCOMPARE(top->rowCount(), int(std::min<std::size_t>(thisPeriod.size(), 10)));
    for (int i = 0; i < top->rowCount(); ++i) {
        const QString tag = top->categories.at(i);
        QCOMPARE(top->value(i, 0), double(thisPeriod[tag]));
        QCOMPARE(top->value(i, 1), double(before[tag]));
        if (i > 0)
            QVERIFY(top->value(i - 1, 0) >= top->value(i, 0));
    }
    checkQueries(*top, now);

    // Created, finished and open at each day's end.
    const auto volume = analytics.volumePerDay(period);
    QVERIFY2(volume.ok(), qPrintable(volume.ok() ? QString() : volume.error().detail));
    QList<QList<qint64>> expectedDays;
    bool anyDay = false;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
        const qint64 end = day.addDays(1).startOfDay(period.zone).toMSecsSinceEpoch();
        qint64 created = 0, finished = 0, open = 0;
        for (const auto &t : tickets) {
            if (t.mergedInto)
                continue;
            created += localDate(t.createdAt, period.zone) == day ? 1 : 0;
            finished += isFinished(t) && localDate(finishedAt(t), period.zone) == day ? 1 : 0;
            open += t.createdAt < end && (!isFinished(t) || finishedAt(t) >= end) ? 1 : 0;
        }
        anyDay = anyDay || created || finished || open;
        expectedDays.append({created, finished, open});
    }
    if (!anyDay) {
        QCOMPARE(volume->rowCount(), 0);
    } else {
        QCOMPARE(volume->rowCount(), period.dayCount());
        for (int i = 0; i < volume->rowCount(); ++i) {
            for (int c = 0; c < 3; ++c)
                QCOMPARE(qint64(volume->value(i, c)), expectedDays.at(i).at(c));
        }
    }
    checkQueries(*volume, now);

    // By channel and complexity: the last column is the channel's whole count.
    const auto channels = analytics.channelsAndComplexity(period);
    QVERIFY(channels.ok());
    std::map<QString, qint64> perChannel;
    for (const auto &t : tickets) {
        if (inPeriod(t, period))
            ++perChannel[t.channel];
    }
    QCOMPARE(channels->rowCount(), int(perChannel.size()));
    qint64 channelTotal = 0;
    for (int i = 0; i < channels->rowCount(); ++i)
        channelTotal += qint64(channels->value(i, int(channels->columns.size()) - 1));
    qint64 expectedTotal = 0;
    for (const auto &[channel, n] : perChannel)
        expectedTotal += n;
    QCOMPARE(channelTotal, expectedTotal);
    checkQueries(*channels, now); // each cell's search counts the cell

    // R32: open now and created before the period's end, by who acts next as the ticket
    // header reads it: new and open the team, pending the customer, on hold a third party.
    const auto actors = analytics.byNextActor(period);
    QVERIFY2(actors.ok(), qPrintable(actors.ok() ? QString() : actors.error().detail));
    qint64 team = 0, customer = 0, onHold = 0;
    for (const auto &t : tickets) {
        if (t.mergedInto || isFinished(t) || t.createdAt >= period.toMs())
            continue;
        team += t.status == u"new" || t.status == u"open" ? 1 : 0;
        customer += t.status == u"pending" ? 1 : 0;
        onHold += t.status == u"on_hold" ? 1 : 0;
    }
    if (team + customer + onHold == 0) {
        QCOMPARE(actors->rowCount(), 0);
    } else {
        QCOMPARE(actors->rowCount(), 3);
        QCOMPARE(qint64(actors->value(0, 0)), team);
        QCOMPARE(qint64(actors->value(1, 0)), customer);
        QCOMPARE(qint64(actors->value(2, 0)), onHold);
    }
    checkQueries(*actors, now);

    // R15, R34: first responses against their due time.
    const auto responses = analytics.firstResponses(period);
    QVERIFY(responses.ok());
    qint64 inTime = 0, answered = 0, breached = 0;
    for (const auto &t : tickets) {
        if (!inPeriod(t, period))
            continue;
        ++inTime;
        answered += t.firstRespondedAt ? 1 : 0;
        breached += t.firstResponseDue
                && ((t.firstRespondedAt && *t.firstRespondedAt > *t.firstResponseDue)
                    || (!t.firstRespondedAt && *t.firstResponseDue < now))
            ? 1
            : 0;
    }
    QCOMPARE(responses->rowCount(), inTime > 0 ? 1 : 0);
    if (inTime > 0) {
        QCOMPARE(qint64(responses->value(0, 0)), inTime);
        QCOMPARE(qint64(responses->value(0, 1)), answered);
        QCOMPARE(qint64(responses->value(0, 2)), breached);
    }
    const auto severities = analytics.breachesBySeverity(period);
    QVERIFY(severities.ok());
    checkQueries(*severities, now);

    // R19: held now, per agent.
    const auto load = analytics.load(period, 3);
    QVERIFY(load.ok());
    for (int i = 0; i < load->rowCount(); ++i) {
        const qint64 agent = load->categories.at(i) == u"Anna Berg" ? anna.value() : boris.value();
        qint64 held = 0;
        for (const auto &t : tickets)
            held += t.assignee == agent && !isFinished(t) ? 1 : 0;
        QCOMPARE(qint64(load->value(i, 0)), held);
    }
    checkQueries(*load, now);
}

void TestAnalytics::rewriteTickets(QList<Test::PlainTicket> &tickets)
{
    // Plain statements, as a hand edit or another build would write them: the triggers keep
    // the counters whoever writes.
    QSqlQuery q(m_db->connection());
    auto run = [&q](const QString &sql, const QVariantList &binds) {
        QVERIFY(q.prepare(sql));
        for (const QVariant &value : binds)
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    const auto held = std::find_if(tickets.cbegin(), tickets.cend(), [](const auto &t) { return t.assignee; });
    const std::optional<qint64> someone = held == tickets.cend() ? std::nullopt : held->assignee;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        Test::PlainTicket &t = tickets[i];
        if (i % 6 == 2) {
            // Handed to someone, or given back.
            t.assignee = t.assignee ? std::nullopt : someone;
            run(u"UPDATE tickets SET assignee_id = ? WHERE id = ?"_s,
                {t.assignee ? QVariant(*t.assignee) : QVariant(QMetaType::fromType<qint64>()), t.id});
        }
        if (i % 5 == 0) {
            // Finished ones reopen; open ones are solved a day later.
            if (isFinished(t)) {
                t.status = u"open"_s;
                t.solvedAt.reset();
                t.closedAt.reset();
            } else {
                t.status = u"solved"_s;
                t.solvedAt = t.createdAt + dayMs;
            }
            run(u"UPDATE tickets SET status = ?, solved_at = ?, closed_at = ? WHERE id = ?"_s,
                {t.status, t.solvedAt ? QVariant(*t.solvedAt) : QVariant(QMetaType::fromType<qint64>()),
                 t.closedAt ? QVariant(*t.closedAt) : QVariant(QMetaType::fromType<qint64>()), t.id});
        }
        if (i % 4 == 1) {
            t.channel = u"chat"_s;
            t.complexity = i % 8 == 1 ? u"simple"_s : QString();
            run(u"UPDATE tickets SET channel = ?, complexity = ? WHERE id = ?"_s,
                {t.channel, t.complexity.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.complexity),
                 t.id});
        }
        if (i % 3 == 2 && !t.tags.isEmpty()) {
            run(u"DELETE FROM ticket_tags WHERE ticket_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)"_s,
                {t.id, t.tags.first()});
            t.tags.removeFirst();
        }
        // Merged, and one merge undone: both directions change every count.
        if (i % 7 == 3 && t.id != tickets.first().id && !t.mergedInto) {
            t.mergedInto = tickets.first().id;
            run(u"UPDATE tickets SET merged_into_id = ? WHERE id = ?"_s, {*t.mergedInto, t.id});
        } else if (i % 7 == 4 && t.mergedInto) {
            t.mergedInto.reset();
            run(u"UPDATE tickets SET merged_into_id = NULL WHERE id = ?"_s, {t.id});
        }
    }
}

void TestAnalytics::checkQueries(const Figure &figure, qint64 now)
{
    // A click opens the inbox on exactly the tickets a number counts.
    for (int row = 0; row < figure.rowCount(); ++row) {
        for (int column = 0; column < figure.columns.size(); ++column) {
            const QString query = figure.query(row, column);
            if (query.isEmpty() || (figure.percent && figure.charted.contains(column)))
                continue;
            const qint64 listed = Test::countSearch(*m_db, query, now);
            if (listed != qint64(figure.value(row, column)))
                QFAIL(qPrintable(u"%1, row %2, column %3: %4 counted, %5 listed by \"%6\""_s.arg(figure.key)
                                     .arg(row)
                                     .arg(column)
                                     .arg(figure.value(row, column))
                                     .arg(listed)
                                     .arg(query)));
        }
    }
}

void TestAnalytics::R14_taggedShareAgainstTheGoal()
{
    const QTimeZone moscow("Europe/Moscow");
    const AnalyticsPeriod period = AnalyticsPeriod::month(u"2026-11"_s, moscow);
    if (!openDatabase(period.toMs()))
        return;
    // Ten tickets in the first week (Sunday the 1st is a week of its own), seven tagged.
    QList<Test::PlainTicket> tickets;
    for (int i = 0; i < 10; ++i) {
        Test::PlainTicket t;
        t.id = i + 1;
        t.createdAt = period.fromMs() + i * hourMs;
        if (i < 7)
            t.tags = {u"billing"_s};
        tickets.append(t);
    }
    Test::writeTickets(*m_db, tickets);
    BusinessHours hours;
    hours.zone = moscow;
    const auto figure = Analytics(*m_db, hours, period.toMs()).taggedShare(period, 70);
    QVERIFY(figure.ok());
    QCOMPARE(figure->rowCount(), 6); // Nov 1, 2-8, 9-15, 16-22, 23-29, 30
    QCOMPARE(figure->value(0, 0), 70.0);
    QCOMPARE(figure->value(1, 0), 0.0); // a week without tickets has no share
    QCOMPARE(*figure->goal, 70.0);
    QVERIFY(figure->query(0, 0).contains(u"is:untagged"_s));
}

void TestAnalytics::R13_proposalRequestsPerTierMatchARecount()
{
    const qint64 now = QDate(2026, 12, 1).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
    if (!openDatabase(now))
        return;
    const AgentId anna = addAgent(u"anna"_s, u"Anna Berg"_s);
    BusinessHours hours;
    const Analytics analytics(*m_db, hours, now);
    const auto empty = analytics.proposalRequestsPerTier();
    QVERIFY(empty.ok());
    QCOMPARE(empty->rowCount(), 0);

    // One customer of each tier a request is weighed by: premium, a current licence, neither.
    CustomerStore customerStore(*m_db, *m_clock);
    Customer premium;
    premium.displayName = u"Premium"_s;
    premium.tier = CustomerTier::Premium;
    Customer contract;
    contract.displayName = u"Contract"_s;
    contract.licencePlan = u"Team"_s;
    contract.licenceExpiresAt = now + 30 * dayMs;
    Customer standard;
    standard.displayName = u"Standard"_s;
    std::array<CustomerId, 3> customers{};
    for (const auto &[index, customer] : {std::pair{0, &premium}, {1, &contract}, {2, &standard}}) {
        const auto id = customerStore.create(*customer);
        QVERIFY(id.ok());
        customers.at(std::size_t(index)) = *id;
    }

    // More proposals than the figure shows, with requests from random tiers.
    ProposalStore proposals(*m_db, *m_clock);
    TicketStore ticketStore(*m_db, *m_clock);
    QRandomGenerator random(13);
    std::map<QString, std::array<qint64, 3>> perTier; // title -> premium, contract, standard
    for (int p = 0; p < 14; ++p) {
        const QString title = u"Proposal %1"_s.arg(p, 2, 10, QChar(u'0'));
        const auto proposal = proposals.create(title, {}, anna);
        QVERIFY(proposal.ok());
        perTier[title] = {};
        const int requests = int(random.bounded(7));
        for (int r = 0; r < requests; ++r) {
            const int tier = int(random.bounded(3));
            m_clock->advanceMs(1000);
            const auto ticket =
                ticketStore.create({title, customers.at(std::size_t(tier)), Channel::Email, u"please"_s});
            QVERIFY(ticket.ok());
            QVERIFY(proposals.addRequest(*proposal, {*ticket, {}, {}, false, anna}).ok());
            ++perTier[title].at(std::size_t(tier));
        }
    }

    // The recount: the score from the rows, highest first, ties by title, ten of them.
    const auto weights = TeamSettingsStore(*m_db).proposalWeights();
    QVERIFY(weights.ok());
    QList<std::pair<double, QString>> ranked;
    for (const auto &[title, n] : perTier)
        ranked.append(
            {double(n[0]) * weights->premium + double(n[1]) * weights->contract + double(n[2]) * weights->standard,
             title});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ranked.resize(10);

    const auto figure = analytics.proposalRequestsPerTier();
    QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().detail));
    QCOMPARE(figure->rowCount(), 10);
    for (int i = 0; i < figure->rowCount(); ++i) {
        const QString title = ranked.at(i).second;
        QCOMPARE(figure->categories.at(i), title);
        const auto &n = perTier.at(title);
        QCOMPARE(qint64(figure->value(i, 0)), n[0]);
        QCOMPARE(qint64(figure->value(i, 1)), n[1]);
        QCOMPARE(qint64(figure->value(i, 2)), n[2]);
        QCOMPARE(qint64(figure->value(i, 3)), n[0] + n[1] + n[2]);
    }
    // The same proposals as the top by score, in the same order.
    const auto top = analytics.topProposals();
    QVERIFY(top.ok());
    QCOMPARE(top->categories, figure->categories);
}

void TestAnalytics::modelCountsOffTheUiThreadAndAnswersTheNewestRequest()
{
    const QTimeZone utc = QTimeZone::UTC;
    const AnalyticsPeriod november = AnalyticsPeriod::month(u"2026-11"_s, utc);
    if (!openDatabase(november.toMs()))
        return;
    Test::writeTickets(*m_db, Test::randomTickets(30, november.fromMs(), november.toMs(), {}, 3));
    AnalyticsModel model(*m_db, *m_clock);
    QSignalSpy ready(&model, &AnalyticsModel::figuresReady);
    model.request(Analytics::View::Tagging, november.previous());
    model.request(Analytics::View::Volume, november); // asked before the first answer: only this one is answered
    QVERIFY(model.isBusy());
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).value<Analytics::View>(), Analytics::View::Volume);
    const auto figures = ready.first().at(1).value<QList<Figure>>();
    QCOMPARE(figures.size(), 3);
    QCOMPARE(figures.first().key, u"volume-per-day"_s);
    QCOMPARE(figures.last().key, u"next-actor"_s);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(ready.size(), 1);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
