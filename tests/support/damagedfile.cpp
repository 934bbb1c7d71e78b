// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedfile.h"

#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Casebook::Test {

namespace {

// The pages of the schema itself (1-based, from SQLite's dbstat table). As the schema grows
// past a page, its later pages lie among the data; damage there loses every table at once,
// which is not the damage these tests are about.
QSet<qsizetype> fill(const QString &path, bool *ok)
{
    *ok = false;
    QSet<qsizetype> schemaPages;
    auto opened = Database::open(DatabaseUrl::sqlite(path));
    if (!opened) {
        qWarning() << opened.error().message << opened.error().detail;
        return schemaPages;
    }
    QSqlDatabase db = opened.value()->connection();
    QSqlQuery query(db);
    db.transaction();
    const QString body = u"The exported invoice shows no totals. "_s.repeated(30);
    for (int i = 1; i <= 400; ++i) {
        query.prepare(
            u"INSERT INTO tickets (id, subject, status, solved_at, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s);
        query.addBindValue(i);
        query.addBindValue(u"Ticket %1 about invoices"_s.arg(i));
        query.addBindValue(i == 1 ? u"solved"_s : u"open"_s);
        query.addBindValue(i == 1 ? QVariant(qint64(0)) : QVariant());
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return schemaPages;
        }
        query.prepare(u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (?, 'customer', ?, 0)"_s);
        query.addBindValue(i);
        query.addBindValue(QString(body + QString::number(i)));
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return schemaPages;
        }
    }
    db.commit();
    // Everything in the main file, so that the damage below is all there is.
    *ok = query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (query.exec(u"SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'"_s)) {
        while (query.next())
            schemaPages.insert(query.value(0).toLongLong());
    }
    return schemaPages;
}

} // namespace

QString makeDamagedDatabase(const QString &folder, quint32 seed)
{
    const QString path = folder + u"/damaged.casebook"_s;
    bool filled = false;
    const QSet<qsizetype> schemaPages = fill(path, &filled);
    if (!filled) {
        QTest::qFail("cannot make the database to damage", __FILE__, __LINE__);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        QTest::qFail("cannot open the database to damage", __FILE__, __LINE__);
        return {};
    }
    QByteArray bytes = file.readAll();
    const qsizetype pageSize = (qsizetype(quint8(bytes[16])) << 8) | quint8(bytes[17]);
    const qsizetype pages = bytes.size() / pageSize;
    QRandomGenerator random(seed);
    for (int damaged = 0; damaged < 12; ++damaged) {
        qsizetype page = pages / 2 + qsizetype(random.bounded(quint32(pages - pages / 2)));
        while (schemaPages.contains(page + 1) && page + 1 < pages)
            ++page;
        // The page header and the first cell pointers: what quick_check walks.
        for (int flip = 0; flip < 6; ++flip) {
            const qsizetype at = page * pageSize + qsizetype(random.bounded(24));
            bytes[at] = char(bytes[at] ^ char(1 + random.bounded(255)));
        }
    }
    file.seek(0);
    file.write(bytes);
    file.close();
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace Casebook::Test
