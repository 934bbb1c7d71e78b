// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsfixture.h"

#include "models/storage/database.h"
#include "models/tickets/search/searchquery.h"
#include "models/tickets/search/ticketfilter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebook::Test {

namespace {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql)) {
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        QTest::qFail(qPrintable(q.lastError().text() + u' ' + sql), __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace

void writeTickets(Database &db, const QList<PlainTicket> &tickets)
{
    QSqlQuery q(db.connection());
    QHash<QString, qint64> tagIds;
    if (!exec(q, u"SELECT id, name FROM tags"_s, {}))
        return;
    while (q.next())
        tagIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    // Merged tickets point at others: every row first, the merges after.
    for (const PlainTicket &t : tickets) {
        if (!exec(q,
                  u"INSERT INTO tickets (id, subject, status, solved_at, closed_at, assignee_id, channel, complexity, "
                  "severity, first_response_due_at, first_responded_at, reaction_due_at, customer_id, sla_policy_id, "
                  "created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {t.id, u"Ticket %1"_s.arg(t.id), t.status, optionalValue(t.solvedAt), optionalValue(t.closedAt),
                   optionalValue(t.assignee), t.channel, optionalText(t.complexity), optionalText(t.severity),
                   optionalValue(t.firstResponseDue), optionalValue(t.firstRespondedAt), optionalValue(t.reactionDue),
                   optionalValue(t.customer), optionalValue(t.slaPolicy), t.createdAt, t.createdAt}))
            return;
        for (const QString &tag : t.tags) {
            if (!tagIds.contains(tag)) {
                if (!exec(q, u"INSERT INTO tags (name, created_at) VALUES (?, 0) RETURNING id"_s, {tag}) || !q.next())
                    return;
                tagIds.insert(tag, q.value(0).toLongLong());
                q.finish();
            }
            if (!exec(q, u"INSERT INTO ticket_tags (ticket_id, tag_id) VALUES (?, ?)"_s, {t.id, tagIds.value(tag)}))
                return;
        }
    }
    for (const PlainTicket &t : tickets) {
        if (t.mergedInto && !exec(q, u"UPDATE tickets SET merged_into_id = ? WHERE id = ?"_s, {*t.mergedInto, t.id}))
            return;
    }
    if (db.url().engine == DatabaseUrl::Engine::PostgreSQL) // explicit ids leave the identity behind
        exec(q, u"SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT max(id) FROM tickets))"_s, {});
}

QList<PlainTicket> randomTickets(int count, qint64 fromMs, qint64 toMs, const QList<qint64> &agents, quint32 seed,
                                 qint64 firstId)
{
    static const QStringList tags{u"billing"_s, u"postback"_s, u"domains"_s, u"api"_s, u"login"_s};
    static const QStringList channels{u"email"_s, u"chat"_s, u"phone"_s};
    static const QStringList complexities{QString(), u"simple"_s, u"complex"_s, u"critical"_s};
    static const QStringList severities{QString(), u"low"_s, u"high"_s, u"critical"_s};
    QRandomGenerator random(seed);
    QList<PlainTicket> result;
    for (int i = 0; i < count; ++i) {
        PlainTicket t;
        t.id = firstId + i;
        t.createdAt = fromMs + qint64(random.bounded(double(toMs - fromMs)));
        for (const QString &tag : tags) {
            if (random.bounded(4) == 0)
                t.tags.append(tag);
        }
        if (!agents.isEmpty() && random.bounded(3) > 0)
            t.assignee = agents.at(random.bounded(int(agents.size())));
        t.channel = channels.at(random.bounded(int(channels.size())));
        t.complexity = complexities.at(random.bounded(int(complexities.size())));
        t.severity = severities.at(random.bounded(int(severities.size())));
        t.firstResponseDue = t.createdAt + 4LL * 3'600'000;
        // R12: a critical ticket gathers the leads when nobody reacts within the hour (no
        // draw of the generator, so the other fields stay as the seed made them before).
        if (t.severity == u"critical")
            t.reactionDue = t.createdAt + 3'600'000;
        if (random.bounded(4) > 0)
            t.firstRespondedAt = t.createdAt + qint64(random.bounded(8 * 3'600'000));
        switch (random.bounded(6)) {
        case 0:
            t.status = u"open"_s;
            break;
        case 1:
            t.status = u"solved"_s;
            t.solvedAt = t.createdAt + qint64(random.bounded(5 * 86'400'000));
            break;
        case 2:
            t.status = u"closed"_s;
            t.solvedAt = t.createdAt + qint64(random.bounded(3 * 86'400'000));
            t.closedAt = *t.solvedAt + 3LL * 86'400'000;
            break;
        case 3: // reopened: open again, the old solve still recorded
            t.status = u"open"_s;
            t.solvedAt = t.createdAt + qint64(random.bounded(86'400'000));
            break;
        case 4:
            if (i > 0) { // merged into an earlier ticket, which closes it
                t.status = u"closed"_s;
                t.closedAt = t.createdAt + 3'600'000;
                t.mergedInto = firstId + random.bounded(i);
            }
            break;
        default: // open, waiting on someone: who acts next differs (R32)
            t.status = std::array{u"new"_s, u"pending"_s, u"on_hold"_s}.at(std::size_t(i % 3));
            break;
        }
        result.append(t);
    }
    return result;
}

qint64 countSearch(Database &db, const QString &query, qint64 nowMs)
{
    SearchQuery::ParseError error;
    const SearchQuery parsed = SearchQuery::parse(query, QDateTime::fromMSecsSinceEpoch(nowMs).date(), &error);
    if (!error.message.isEmpty()) {
        QTest::qFail(qPrintable(error.message + u": "_s + query), __FILE__, __LINE__);
        return -1;
    }
    QVariantList binds;
    const QString sql =
        u"SELECT count(*) FROM tickets t WHERE "_s + ticketConditionsSql(parsed, AgentId{}, nowMs, db.dialect(), binds);
    QSqlQuery q(db.connection());
    if (!exec(q, sql, binds) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void addCounterPeriods(int monthRows)
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty period") << QByteArray("Europe/Moscow") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 0;
    QTest::newRow("one row") << QByteArray("Europe/Moscow") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 1;
    QTest::newRow("month in Moscow") << QByteArray("Europe/Moscow") << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                                     << monthRows;
    QTest::newRow("DST ends in Berlin") << QByteArray("Europe/Berlin") << QDate(2026, 10, 1) << QDate(2026, 10, 31)
                                        << monthRows;
    QTest::newRow("DST starts in Berlin, a week")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 23) << QDate(2026, 3, 29) << 80;
    QTest::newRow("half an hour off UTC, Kolkata")
        << QByteArray("Asia/Kolkata") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << monthRows;
    QTest::newRow("UTC, a day") << QByteArray("UTC") << QDate(2026, 11, 10) << QDate(2026, 11, 10) << 40;
}

bool runSql(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace Casebook::Test
