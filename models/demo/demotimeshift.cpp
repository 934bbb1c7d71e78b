// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotimeshift.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

// The columns that hold days as ISO dates; everything else in time is a `*_at` timestamp.
// They move by whole units, so that what the date means stays true: a roster day keeps its
// weekday (weekday shifts R01, Saturday duty R03, Sunday off R05) and a holiday its date.
struct DayColumn
{
    QString table;
    QString column;
    int unitDays; // 7: whole weeks; 0: whole years
};
const QList<DayColumn> dayColumns{{u"roster"_s, u"day"_s, 7}, {u"team_calendar"_s, u"day"_s, 0}};

// The SQLite date modifier that moves a day column by about `days`, in its whole units.
QString dayModifier(const DayColumn &day, int days)
{
    if (day.unitDays == 0)
        return u"+%1 years"_s.arg(qRound(days / 365.2425));
    return u"+%1 days"_s.arg(qRound(double(days) / day.unitDays) * day.unitDays);
}

} // namespace

Result<std::optional<qint64>> DemoTimeShift::worldNow(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT max(at) FROM (SELECT max(created_at) AS at FROM messages "
                "UNION ALL SELECT max(updated_at) FROM tickets)"_s))
        return db.errorFrom(q.lastError());
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<int> DemoTimeShift::shiftToToday(Database &db, qint64 nowMs)
{
    if (db.isPostgres())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::DemoTimeShift", "Only an SQLite demo database moves to today."),
            {}};
    const auto world = worldNow(db);
    if (!world)
        return world.error();
    if (!world->has_value() || nowMs - **world < dayMs)
        return 0;
    const int days = int((nowMs - **world) / dayMs);
    const qint64 delta = days * dayMs;

    // Every table's `*_at` columns, read from the schema so that a later migration's
    // timestamps move too. Table and column names come from the schema, never from input.
    QList<std::pair<QString, QStringList>> tables;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"_s))
            return db.errorFrom(q.lastError());
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery info(db.connection());
            // Two instants are not named *_at: a snooze's end and the reminders' watermark.
            if (!info.exec(u"SELECT name FROM pragma_table_info('"_s + table
                           + u"') WHERE (name LIKE '%\\_at' ESCAPE '\\' "
                             "OR name IN ('snoozed_until', 'checked_until')) AND upper(type) = 'INTEGER'"_s))
                return db.errorFrom(info.lastError());
            QStringList columns;
            while (info.next())
                columns.append(info.value(0).toString());
            if (!columns.isEmpty())
                tables.append({table, columns});
        }
    }

    WriteTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (const auto &[table, columns] : std::as_const(tables)) {
        QStringList sets;
        QVariantList binds;
        for (const QString &column : columns) {
            sets.append(column + u" = "_s + column + u" + ?"_s);
            binds.append(delta);
        }
        if (auto moved = tx.exec(u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s), binds); !moved)
            return moved.error();
    }
    for (const DayColumn &day : dayColumns) {
        // Days are unique keys: moved one row at a time, a day could meet one not yet moved.
        // Marked first, then unmarked, no two rows ever share a day.
        if (auto moved = tx.exec(u"UPDATE "_s + day.table + u" SET "_s + day.column + u" = '~' || date("_s + day.column
                                     + u", ?)"_s,
                                 {dayModifier(day, days)});
            !moved)
            return moved.error();
        if (auto unmarked = tx.exec(
                u"UPDATE "_s + day.table + u" SET "_s + day.column + u" = substr("_s + day.column + u", 2)"_s, {});
            !unmarked)
            return unmarked.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return days;
}

} // namespace Casebook
