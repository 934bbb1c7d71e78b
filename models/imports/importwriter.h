// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"
#include "models/storage/result.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace Casebook {

class Database;
class WriteTransaction;

/**
 * Writes imported records, one batch per transaction, on the thread that made it (its
 * statements are prepared once on that thread's connection and reused for every row: an
 * export of a hundred thousand messages must not prepare a hundred thousand statements).
 *
 * Every record runs under a savepoint: one the database refuses is rolled back alone and
 * reported, and the rest of the batch goes on. The keys of what each record became are
 * kept in import_keys; a record whose key is there already is left as it is, so a second
 * run adds nothing twice. A ticket seen before gains only the messages it did not have.
 */
class ImportWriter final
{
    Q_DISABLE_COPY_MOVE(ImportWriter)

public:
    ImportWriter(Database &database, const QString &source, qint64 nowMs);
    ~ImportWriter();

    /// Reads the keys an earlier run of this source left.
    Status loadKeys();
    /// Writes `records` in one transaction (one change announcement) and counts them in `summary`.
    Status write(const QList<ImportRecord> &records, ImportSummary &summary);

private:
    struct Pending; // what one record adds, kept until its savepoint is released
    Status writePerson(const ImportPerson &person, Pending &pending, ImportSummary &summary);
    Status writeTicket(WriteTransaction &tx, const ImportTicket &ticket, Pending &pending, ImportSummary &summary);
    Result<qint64> customerFor(const ImportPerson &person, Pending &pending);
    Result<qint64> tagId(WriteTransaction &tx, const QString &name);
    /// The messages of `source` not imported before; `customer` wrote those without a known author.
    Status addMessages(qint64 ticket, qint64 customer, bool newTicket, const ImportTicket &source, Pending &pending,
                       ImportSummary &summary);
    Status prepare(WriteTransaction &tx);
    Result<qint64> insertReturningId(QSqlQuery &query, const QVariantList &values) const;
    Status run(QSqlQuery &query, const QVariantList &values) const;
    Status direct(WriteTransaction &tx, const QString &sql) const;

    Database &m_database;
    QString m_source;
    qint64 m_now = 0;
    bool m_prepared = false;
    // Source ids already imported, by kind; filled from import_keys and kept in step.
    QHash<QString, qint64> m_customers;
    QHash<QString, qint64> m_tickets;
    QSet<QString> m_messages;
    QSet<QString> m_agents; ///< the source's agents (not customers here)
    QHash<QString, qint64> m_teamAgents; ///< the source's agents found in the team by address
    QHash<QString, qint64> m_tags;
    QSqlQuery m_insertTicket;
    QSqlQuery m_insertMessage;
    QSqlQuery m_insertCustomer;
    QSqlQuery m_insertEmail;
    QSqlQuery m_findEmail;
    QSqlQuery m_findAgent;
    QSqlQuery m_insertKey;
    QSqlQuery m_insertTicketTag;
};

} // namespace Casebook
