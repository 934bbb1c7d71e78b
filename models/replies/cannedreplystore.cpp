// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedreplystore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/shippedfiles.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString columns = u"id, key, language, title, body, rule_id, shortcut, version"_s;

CannedReply readReply(const QSqlQuery &q)
{
    CannedReply r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.language = q.value(2).toString();
    r.title = q.value(3).toString();
    r.body = q.value(4).toString();
    r.ruleId = q.value(5).toString();
    r.shortcut = q.value(6).toString();
    r.version = q.value(7).toLongLong();
    return r;
}

/// "title: ...", "rules: ...", "shortcut: ..." lines, a "---" line, then the body.
CannedReply parseFile(const QString &key, const QString &language, const QString &text)
{
    CannedReply reply;
    reply.key = key;
    reply.language = language;
    const qsizetype separator = text.indexOf(u"\n---\n"_s);
    const QString header = separator >= 0 ? text.left(separator) : QString();
    reply.body = (separator >= 0 ? text.mid(separator + 5) : text).trimmed();
    for (const QString &line : header.split(u'\n')) {
        const QString name = line.section(u':', 0, 0).trimmed();
        const QString value = line.section(u':', 1).trimmed();
        if (name == u"title")
            reply.title = value;
        else if (name == u"rules")
            reply.ruleId = value;
        else if (name == u"shortcut")
            reply.shortcut = value;
    }
    return reply;
}

Error invalidReply(const CannedReply &reply)
{
    if (reply.key.trimmed().isEmpty() || reply.title.trimmed().isEmpty())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::CannedReplyStore", "A canned reply needs a key and a title."),
            {}};
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("Casebook::CannedReplyStore", "A canned reply needs a text."),
                 {}};
}

bool isValid(const CannedReply &reply)
{
    return !reply.key.trimmed().isEmpty() && !reply.title.trimmed().isEmpty() && !reply.body.trimmed().isEmpty();
}

} // namespace

CannedReplyStore::CannedReplyStore(Database &database)
    : CannedReplyStore(database, Clock::system())
{
}

CannedReplyStore::CannedReplyStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QList<CannedReply> CannedReplyStore::shippedReplies()
{
    QList<CannedReply> result;
    for (const QString &language : Shipped::folders(u":/replies"_s)) {
        for (const ShippedFile &file : Shipped::files(u":/replies/"_s + language, {u"*.txt"_s}))
            result.append(parseFile(file.name.chopped(4), language, QString::fromUtf8(file.data)));
        // The customer updates for QA verdicts and bug stages (R26, R41) live beside the bug
        // reports that name them, as one JSON list per language.
        const QByteArray updates = Shipped::file(u":/replies/qa.%1.json"_s.arg(language));
        const QJsonArray replies = QJsonDocument::fromJson(updates).object().value(u"replies"_s).toArray();
        for (const auto &value : replies) {
            const QJsonObject object = value.toObject();
            CannedReply reply;
            reply.key = object.value(u"key"_s).toString();
            reply.language = language;
            reply.title = object.value(u"title"_s).toString();
            // The same greeting and signature as the playbook's own replies in this language.
            const bool russian = language == u"ru";
            reply.body =
                (russian ? u"Здравствуйте, {customer.first_name}!\n\n"_s : u"Hello {customer.first_name},\n\n"_s)
                + object.value(u"body"_s).toString()
                + (russian ? u"\n\nС уважением,\n{agent.first_name}"_s : u"\n\nBest regards,\n{agent.first_name}"_s);
            reply.ruleId = object.value(u"rule"_s).toString();
            reply.shortcut = reply.key; // typed in the picker: qa-accepted, stage-blocked
            if (!reply.key.isEmpty() && !reply.body.isEmpty())
                result.append(reply);
        }
    }
    return result;
}

Status CannedReplyStore::seedShipped()
{
    TeamSettingsStore settings(m_database);
    const auto seeded = settings.cannedRepliesSeeded();
    if (!seeded)
        return seeded.error();
    if (seeded.value() >= shippedSetVersion)
        return Done{};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    // Two desktops seeding at once both end with one copy: the key and language are unique.
    for (const CannedReply &reply : shippedReplies()) {
        auto inserted =
            tx.exec(u"INSERT INTO canned_replies (key, language, title, body, rule_id, shortcut, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key, language) DO NOTHING"_s,
                    {reply.key, reply.language, reply.title, reply.body, Sql::text(reply.ruleId),
                     Sql::text(reply.shortcut), now, now});
        if (!inserted)
            return inserted.error();
    }
    if (auto marked = settings.markCannedRepliesSeeded(tx, shippedSetVersion); !marked)
        return marked;
    if (auto recorded = tx.record(u"canned_reply"_s, 0, Change::Op::Insert); !recorded)
        return recorded;
    return tx.commit();
}

Result<QList<CannedReply>> CannedReplyStore::replies() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + columns + u" FROM canned_replies ORDER BY language, title, id"_s))
        return m_database.errorFrom(q.lastError());
    QList<CannedReply> result;
    while (q.next())
        result.append(readReply(q));
    return result;
}

Result<CannedReply> CannedReplyStore::reply(const QString &key, const QString &language) const
{
    QSqlQuery q(m_database.connection());
    // The asked language first, English second.
    q.prepare(u"SELECT "_s + columns
              + u" FROM canned_replies WHERE key = ? AND language IN (?, 'en') "
                "ORDER BY CASE WHEN language = ? THEN 0 ELSE 1 END LIMIT 1"_s);
    q.addBindValue(key);
    q.addBindValue(language);
    q.addBindValue(language);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::CannedReplyStore", "There is no canned reply \"%1\".").arg(key),
            {}};
    return readReply(q);
}

Result<QStringList> CannedReplyStore::languages() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT DISTINCT language FROM canned_replies ORDER BY language"_s))
        return m_database.errorFrom(q.lastError());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<qint64> CannedReplyStore::add(const CannedReply &reply)
{
    if (!isValid(reply))
        return invalidReply(reply);
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto taken = tx.exec(u"SELECT 1 FROM canned_replies WHERE key = ? AND language = ?"_s, {reply.key, reply.language});
    if (!taken)
        return taken.error();
    if (taken.value().next()) {
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::CannedReplyStore",
                                                 "A canned reply \"%1\" in this language exists already.")
                         .arg(reply.key),
                     {}};
    }
    taken.value().finish();
    auto id = tx.insert(u"INSERT INTO canned_replies (key, language, title, body, rule_id, shortcut, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {reply.key.trimmed(), reply.language, reply.title.trimmed(), reply.body,
                         Sql::text(reply.ruleId), Sql::text(reply.shortcut), now, now});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"canned_reply"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<qint64> CannedReplyStore::update(const CannedReply &reply, qint64 expectedVersion)
{
    if (!isValid(reply))
        return invalidReply(reply);
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE canned_replies SET title = ?, body = ?, rule_id = ?, shortcut = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"_s,
                           {reply.title.trimmed(), reply.body, Sql::text(reply.ruleId), Sql::text(reply.shortcut),
                            m_clock.nowMs(), reply.id, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Casebook::CannedReplyStore",
                         "Someone else changed or deleted the canned reply \"%1\" first. Your text was not "
                         "saved; reload to see theirs.")
                         .arg(reply.title),
                     {}};
    }
    if (auto recorded = tx.record(u"canned_reply"_s, reply.id, Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status CannedReplyStore::remove(qint64 id, qint64 expectedVersion)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto removed = tx.exec(u"DELETE FROM canned_replies WHERE id = ? AND version = ?"_s, {id, expectedVersion});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Casebook::CannedReplyStore",
                                                 "Someone else changed or deleted this canned reply first."),
                     {}};
    if (auto recorded = tx.record(u"canned_reply"_s, id, Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace Casebook
