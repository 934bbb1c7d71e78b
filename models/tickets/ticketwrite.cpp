// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwrite.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::TicketWrite {

QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

Status event(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind, const QVariant &oldValue,
             const QVariant &newValue, const QVariant &reason, qint64 now)
{
    auto inserted = tx.exec(u"INSERT INTO ticket_events (ticket_id, agent_id, kind, old_value, new_value, reason, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                            {id.value(), sqlId(by.value()), kind, oldValue, newValue, reason, now});
    if (!inserted)
        return inserted.error();
    return tx.record(u"ticket"_s, id.value(), Change::Op::Update);
}

Error conflict(const Database &database, TicketId id)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT a.display_name FROM ticket_events e LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.ticket_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(id.value());
    QString who = QCoreApplication::translate("Casebook::TicketStore", "someone else");
    if (q.exec() && q.next() && !q.value(0).isNull())
        who = q.value(0).toString();
    return {Error::Kind::Conflict,
            QCoreApplication::translate("Casebook::TicketStore",
                                        "%1 changed ticket %2 first. Your change was not applied; reload to see theirs.")
                .arg(who)
                .arg(id.value()),
            {}};
}

Error invalid(const QString &message)
{
    return {Error::Kind::Invalid, message, {}};
}

Result<QString> teamSetting(const Database &database, const QString &key)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT value FROM team_settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return database.errorFrom(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status setTeamSetting(WriteTransaction &tx, const QString &key, const QString &value)
{
    auto written = tx.exec(u"INSERT INTO team_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                           "SET value = excluded.value, version = team_settings.version + 1"_s,
                           {key, value});
    if (!written)
        return written.error();
    return tx.record(u"team_setting"_s, 0, Change::Op::Update);
}

QString agentName(const Database &database, AgentId agent)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT display_name FROM agents WHERE id = ?"_s);
    q.addBindValue(agent.value());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QCoreApplication::translate("Casebook::TicketStore", "someone else");
}

} // namespace Casebook::TicketWrite
