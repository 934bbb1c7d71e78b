// SPDX-License-Identifier: GPL-3.0-or-later
#include "longheld.h"

#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::LongHeld {

QString condition(const QString &alias)
{
    return u"(%1.assignee_id IS NOT NULL AND %1.status IN ('new', 'open', 'pending', 'on_hold') "
           "AND %1.assigned_at < ?)"_s.arg(alias);
}

qint64 threshold(qint64 nowMs, const BusinessHours &hours, int businessDays)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, hours.zone);
    QDate day = now.date();
    int counted = 0;
    // A year of holidays at most; a calendar without working days falls back to plain days.
    for (int guard = 0; counted < businessDays && guard < 366; ++guard) {
        day = day.addDays(-1);
        if (hours.isWorkingDay(day))
            ++counted;
    }
    if (counted < businessDays)
        day = now.date().addDays(-businessDays);
    return QDateTime(day, now.time(), hours.zone).toMSecsSinceEpoch();
}

Result<int> businessDays(Database &database)
{
    const auto team = TeamSettingsStore(database).read();
    if (!team)
        return team.error();
    return team->longHeldBusinessDays;
}

Result<QList<TicketId>> flagged(const Database &database, const QList<TicketId> &ids, qint64 threshold)
{
    QList<TicketId> result;
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT id FROM tickets WHERE id = ? AND "_s + condition());
    for (const TicketId id : ids) {
        q.addBindValue(id.value());
        q.addBindValue(threshold);
        if (!q.exec())
            return database.errorFrom(q.lastError());
        if (q.next())
            result.append(id);
        q.finish();
    }
    return result;
}

Result<bool> isFlagged(const Database &database, TicketId id, qint64 threshold)
{
    const auto found = flagged(database, {id}, threshold);
    if (!found)
        return found.error();
    return !found->isEmpty();
}

} // namespace Casebook::LongHeld
