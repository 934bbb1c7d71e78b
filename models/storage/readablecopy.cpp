// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablecopy.h"

#include "database.h"
#include "stemtokenizer.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebook::ReadableCopy {

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

struct SchemaEntry
{
    QString type;
    QString name;
    QString sql;
};

// FTS5 keeps its index in tables of its own; they are made again by CREATE VIRTUAL TABLE.
QSet<QString> shadowTables(const QList<SchemaEntry> &schema)
{
    QSet<QString> shadows;
    for (const SchemaEntry &entry : schema) {
        if (!entry.sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive))
            continue;
        for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
            shadows.insert(entry.name + QLatin1StringView(suffix));
    }
    return shadows;
}

class Copier
{
public:
    Copier(QSqlDatabase &from, QSqlDatabase &to)
        : m_from(from)
        , m_to(to)
    {
    }

    // Copies the rows of a table with a rowid in order; where a stretch cannot be read it
    // looks further on in growing steps, so one damaged page costs the rows on it.
    Status copyRows(const QString &table)
    {
        QSqlQuery columnsQuery(m_from);
        if (!columnsQuery.exec(u"SELECT * FROM "_s + quoted(table) + u" LIMIT 0"_s)) {
            lose(QCoreApplication::translate("Casebook::ReadableCopy", "table %1 could not be read at all").arg(table));
            return Done{};
        }
        const QSqlRecord record = columnsQuery.record();
        QStringList names;
        QStringList marks{QStringLiteral("?")};
        for (int i = 0; i < record.count(); ++i) {
            names.append(quoted(record.fieldName(i)));
            marks.append(QStringLiteral("?"));
        }
        const QString insertSql = u"INSERT INTO "_s + quoted(table) + u" (rowid, "_s + names.join(u", ")
            + u") VALUES ("_s + marks.join(u", ") + u')';
        const QString readSql = u"SELECT rowid, "_s + names.join(u", ") + u" FROM "_s + quoted(table)
            + u" WHERE rowid > ? ORDER BY rowid"_s;
        QSqlQuery insert(m_to);
        if (!insert.prepare(insertSql))
            return Database::errorFrom(insert.lastError(), DatabaseUrl::Engine::SQLite);

        // SQLite numbers rows from 1; the app never chooses a number of its own below that.
        qint64 after = 0;
        for (;;) {
            const qint64 resumedAfter = after;
            QSqlQuery read(m_from);
            read.setForwardOnly(true);
            read.prepare(readSql);
            read.addBindValue(after);
            const bool started = read.exec();
            while (started && read.next()) {
                for (int i = 0; i < record.count() + 1; ++i)
                    insert.bindValue(i, read.value(i));
                after = read.value(0).toLongLong();
                // A damaged page can hand back a row the schema refuses (a NULL in a NOT NULL
                // column): that row is lost like an unreadable one, the rest are still kept.
                if (!insert.exec()) {
                    lose(QCoreApplication::translate("Casebook::ReadableCopy", "table %1: row number %2 is damaged")
                             .arg(table)
                             .arg(after));
                    continue;
                }
                ++m_report.rowsCopied;
            }
            if (started && !read.lastError().isValid())
                return Done{};
            // The read stopped at damage: find where rows can be read again.
            // A scan that got no row at all steps over at least one, so the copy always ends.
            const qint64 lastGood = after == resumedAfter ? after + 1 : after;
            const std::optional<qint64> next = nextReadable(table, lastGood);
            if (!next) {
                lose(QCoreApplication::translate("Casebook::ReadableCopy",
                                                 "table %1: the rows after number %2 could not be read")
                         .arg(table)
                         .arg(lastGood));
                return Done{};
            }
            lose(QCoreApplication::translate("Casebook::ReadableCopy",
                                             "table %1: rows between number %2 and %3 could not be read")
                     .arg(table)
                     .arg(lastGood)
                     .arg(*next));
            after = *next - 1;
        }
    }

    // A table without a rowid (the analytics counters of migration 032) has no numbers to
    // step over damage by: it is read in one pass, and what lies past a damaged page is lost.
    // Counters copied whole may still count tickets the copy lost.
    Status copyAllRows(const QString &table)
    {
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM "_s + quoted(table))) {
            lose(QCoreApplication::translate("Casebook::ReadableCopy", "table %1 could not be read at all").arg(table));
            return Done{};
        }
        const QSqlRecord record = read.record();
        QStringList marks;
        for (int i = 0; i < record.count(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery insert(m_to);
        if (!insert.prepare(u"INSERT INTO "_s + quoted(table) + u" VALUES ("_s + marks.join(u", ") + u')'))
            return Database::errorFrom(insert.lastError(), DatabaseUrl::Engine::SQLite);
        qint64 row = 0;
        while (read.next()) {
            ++row;
            for (int i = 0; i < record.count(); ++i)
                insert.bindValue(i, read.value(i));
            if (!insert.exec()) {
                lose(QCoreApplication::translate("Casebook::ReadableCopy", "table %1: row number %2 is damaged")
                         .arg(table)
                         .arg(row));
                continue;
            }
            ++m_report.rowsCopied;
        }
        if (read.lastError().isValid())
            lose(QCoreApplication::translate("Casebook::ReadableCopy",
                                             "table %1: the rows after number %2 could not be read")
                     .arg(table)
                     .arg(row));
        return Done{};
    }

    void lose(const QString &what)
    {
        qCWarning(lcStorage) << "readable copy:" << what;
        m_report.losses.append(what);
    }

    ReadableCopyReport &report() { return m_report; }

private:
    std::optional<qint64> nextReadable(const QString &table, qint64 lastGood) const
    {
        const QString probeSql = u"SELECT rowid FROM "_s + quoted(table) + u" WHERE rowid > ? ORDER BY rowid LIMIT 1"_s;
        for (int shift = 0; shift <= 62; ++shift) {
            const qint64 step = qint64(1) << shift;
            if (lastGood > std::numeric_limits<qint64>::max() - step)
                break;
            QSqlQuery probe(m_from);
            probe.prepare(probeSql);
            probe.addBindValue(lastGood + step);
            if (probe.exec()) {
                if (probe.next()) {
                    const qint64 found = probe.value(0).toLongLong();
                    // A row the probe can find but the read cannot return is part of the damage.
                    QSqlQuery check(m_from);
                    check.prepare(u"SELECT * FROM "_s + quoted(table) + u" WHERE rowid = ?"_s);
                    check.addBindValue(found);
                    if (check.exec() && check.next())
                        return found;
                } else if (!probe.lastError().isValid()) {
                    return std::nullopt; // nothing readable lies further on
                }
            }
        }
        return std::nullopt;
    }

    QSqlDatabase &m_from;
    QSqlDatabase &m_to;
    ReadableCopyReport m_report;
};

Result<ReadableCopyReport> copyBetween(QSqlDatabase &from, QSqlDatabase &to)
{
    QSqlQuery master(from);
    if (!master.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")))
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Casebook::ReadableCopy",
                                        "Nothing can be read from the damaged file: even its list of tables is lost."),
            master.lastError().text()};
    QList<SchemaEntry> schema;
    while (master.next())
        schema.append({master.value(0).toString(), master.value(1).toString(), master.value(2).toString()});
    const QSet<QString> shadows = shadowTables(schema);

    Copier copier(from, to);
    QSqlQuery exec(to);
    const auto run = [&](const QString &sql) -> Status {
        if (!exec.exec(sql))
            return Database::errorFrom(exec.lastError(), DatabaseUrl::Engine::SQLite);
        return Done{};
    };
    for (const char *pragma : {"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = DELETE", "BEGIN"}) {
        if (const Status done = run(QString::fromLatin1(pragma)); !done)
            return done.error();
    }

    // Tables first and filled before any trigger exists, so nothing fires twice; the
    // search indexes, indexes, triggers and views follow.
    for (const SchemaEntry &entry : schema) {
        const bool virtualTable = entry.sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive);
        if (entry.type != u"table" || virtualTable || shadows.contains(entry.name) || entry.name.startsWith(u"sqlite_"))
            continue;
        if (const Status made = run(entry.sql); !made)
            return made.error();
        const bool rowid = !entry.sql.contains(u"WITHOUT ROWID", Qt::CaseInsensitive);
        if (const Status copied = rowid ? copier.copyRows(entry.name) : copier.copyAllRows(entry.name); !copied)
            return copied.error();
        ++copier.report().tablesCopied;
    }
    for (const SchemaEntry &entry : schema) {
        if (entry.type != u"table" || !entry.sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive))
            continue;
        if (const Status made = run(entry.sql); !made)
            return made.error();
        if (entry.sql.contains(u"fts5vocab", Qt::CaseInsensitive))
            continue;
        if (entry.sql.contains(u"content=", Qt::CaseInsensitive)) {
            // An external-content index is rebuilt from the rows that were kept.
            if (!exec.exec(u"INSERT INTO "_s + quoted(entry.name) + u'(' + quoted(entry.name)
                           + u") VALUES ('rebuild')"_s))
                copier.lose(
                    QCoreApplication::translate("Casebook::ReadableCopy", "the search index %1 could not be rebuilt")
                        .arg(entry.name));
        } else if (const Status copied = copier.copyRows(entry.name); !copied) {
            return copied.error();
        }
    }
    for (const QString &type : {QStringLiteral("index"), QStringLiteral("trigger"), QStringLiteral("view")}) {
        for (const SchemaEntry &entry : schema) {
            if (entry.type == type && !exec.exec(entry.sql))
                copier.lose(QCoreApplication::translate("Casebook::ReadableCopy", "%1 could not be made again: %2")
                                .arg(entry.name, exec.lastError().databaseText()));
        }
    }
    // AUTOINCREMENT counters: a new row must not take the number of a lost one.
    QSqlQuery sequences(from);
    if (sequences.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence"))) {
        while (sequences.next()) {
            QSqlQuery set(to);
            set.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"));
            set.addBindValue(sequences.value(1));
            set.addBindValue(sequences.value(0));
            set.exec();
        }
    }
    if (const Status committed = run(QStringLiteral("COMMIT")); !committed)
        return committed.error();

    if (!exec.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::errorFrom(exec.lastError(), DatabaseUrl::Engine::SQLite);
    while (exec.next())
        ++copier.report().foreignKeyProblems;
    if (!exec.exec(QStringLiteral("PRAGMA integrity_check")) || !exec.next() || exec.value(0).toString() != u"ok")
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Casebook::ReadableCopy", "The copy did not come out sound; it was not kept."),
            exec.lastError().text()};
    exec.finish();
    return copier.report();
}

} // namespace

Result<ReadableCopyReport> copy(const QString &damaged, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::ReadableCopy", "%1 exists already; choose a new file for the copy.")
                .arg(target),
            {}};
    // The full-text tables of both files name the tokenizer.
    StemTokenizer::registerForEveryConnection();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString fromName = QStringLiteral("casebook-copy-from-") + id;
    const QString toName = QStringLiteral("casebook-copy-to-") + id;
    Result<ReadableCopyReport> result = Error{};
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fromName);
        from.setDatabaseName(damaged);
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlDatabase to = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), toName);
        to.setDatabaseName(target);
        if (!from.open())
            result = Database::errorFrom(from.lastError(), DatabaseUrl::Engine::SQLite);
        else if (!to.open())
            result = Database::errorFrom(to.lastError(), DatabaseUrl::Engine::SQLite);
        else
            result = copyBetween(from, to);
        from.close();
        to.close();
    }
    QSqlDatabase::removeDatabase(fromName);
    QSqlDatabase::removeDatabase(toName);
    if (!result) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
    } else {
        qCInfo(lcStorage) << "readable copy of" << damaged << "kept" << result->rowsCopied << "rows,"
                          << result->losses.size() << "losses";
    }
    return result;
}

} // namespace Casebook::ReadableCopy
