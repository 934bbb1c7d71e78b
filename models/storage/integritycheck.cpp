// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "stemtokenizer.h"
#include "storagelog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>
#include <optional>

namespace Casebook::IntegrityCheck {

namespace {

QString cleanNotePath(const QString &path)
{
    return path + QStringLiteral("-clean");
}

// Size and modification time to the nanosecond: a write right after the close still shows.
QByteArray fileState(const QString &path)
{
    std::error_code error;
    const std::filesystem::path file(path.toStdString());
    const auto size = std::filesystem::file_size(file, error);
    const auto written = std::filesystem::last_write_time(file, error);
    if (error)
        return {};
    return QByteArray::number(qulonglong(size)) + ' '
        + QByteArray::number(qlonglong(written.time_since_epoch().count()));
}

} // namespace

void markClosedClean(const QString &path)
{
    const QByteArray state = fileState(path);
    if (state.isEmpty())
        return;
    QFile note(cleanNotePath(path));
    // A note that cannot be written only costs the next start a full check.
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(state);
}

void forgetClosedClean(const QString &path)
{
    QFile::remove(cleanNotePath(path));
}

bool isClosedCleanAndUntouched(const QString &path)
{
    QFile note(cleanNotePath(path));
    if (!note.open(QIODevice::ReadOnly))
        return false;
    const QFileInfo log(path + QStringLiteral("-wal"));
    const QByteArray state = fileState(path);
    return (!log.exists() || log.size() == 0) && !state.isEmpty() && note.readAll() == state;
}

Result<IntegrityReport> quickCheck(const QString &path, int maxProblems)
{
    IntegrityReport report;
    report.path = path;
    if (isClosedCleanAndUntouched(path)) {
        report.closedClean = true;
        qCInfo(lcStorage) << "quick check of" << path << "skipped: closed clean and unchanged since";
        return report;
    }
    // The check reads the full-text tables too, which need their tokenizer.
    StemTokenizer::registerForEveryConnection();
    QElapsedTimer timer;
    timer.start();
    const QString name = QStringLiteral("casebook-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Error> failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failed = Database::errorFrom(db.lastError(), DatabaseUrl::Engine::SQLite);
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(maxProblems))) {
                // A file that is no database is refused as before (SQLITE_NOTADB); damage the
                // check runs into (SQLITE_CORRUPT) is a finding.
                constexpr int sqliteCorrupt = 11;
                if ((query.lastError().nativeErrorCode().toInt() & 0xff) == sqliteCorrupt)
                    report.problems.append(query.lastError().databaseText());
                else
                    failed = Database::errorFrom(query.lastError(), DatabaseUrl::Engine::SQLite);
            }
            // A row per problem, or one row holding them all, line by line, as SQLite versions differ.
            while (query.next() && report.problems.size() < maxProblems) {
                const QStringList lines = query.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : lines) {
                    if (line != u"ok" && !line.startsWith(u"*** in database"))
                        report.problems.append(line);
                }
            }
            // A page the check stops at is reported as an error of the statement, not as a line.
            if (query.lastError().isValid() && report.problems.isEmpty() && !failed)
                report.problems.append(query.lastError().databaseText());
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (failed)
        return *failed;
    report.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "quick check of" << path << "took" << report.elapsedMs << "ms:" << report.problems.size()
                      << "problems";
    return report;
}

} // namespace Casebook::IntegrityCheck
