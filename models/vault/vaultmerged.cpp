// SPDX-License-Identifier: GPL-3.0-or-later
// Vault accesses of merged customers: a merge leaves each access under the record its secret is
// bound to, and the survivor lists them; accesses an older merge moved are put back.
#include "vaultstore.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "sealedentry.h"
#include "vaultlog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

const QString &VaultStore::mergedCustomers()
{
    // UNION, not UNION ALL: a cycle in damaged data ends instead of running on.
    static const QString sql = u"WITH RECURSIVE merged(id) AS (SELECT CAST(? AS BIGINT) UNION "
                               "SELECT c.id FROM customers c JOIN merged m ON c.merged_into_id = m.id) "_s;
    return sql;
}

void VaultStore::rebindMergedEntries()
{
    // Only accesses of a customer something was merged into can have been moved.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + SealedEntry::columns()
              + u", id FROM vault_entries e WHERE vault_key_id = ? AND EXISTS "
                "(SELECT 1 FROM customers c WHERE c.merged_into_id = e.customer_id)"_s);
    q.addBindValue(m_keyId);
    if (!q.exec()) {
        qCWarning(lcVault) << "looking for accesses moved by a merge failed:" << q.lastError().text();
        return;
    }
    std::vector<std::pair<qint64, SealedEntry::Row>> candidates;
    while (q.next()) {
        SealedEntry::Row row = SealedEntry::read(q);
        if (!SealedEntry::open(*m_key, m_keyId, row))
            candidates.emplace_back(q.value(9).toLongLong(), std::move(row));
    }
    q.finish();
    if (candidates.empty())
        return;

    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        qCWarning(lcVault) << "putting back accesses moved by a merge failed:" << begun.error().message;
        return;
    }
    int rebound = 0;
    for (auto &[id, row] : candidates) {
        auto merged = tx.exec(mergedCustomers() + u"SELECT id FROM merged WHERE id <> ?"_s,
                              {row.fields.customerId, row.fields.customerId});
        if (!merged)
            return;
        QSqlQuery &found = merged.value();
        std::vector<qint64> records;
        while (found.next())
            records.push_back(found.value(0).toLongLong());
        found.finish();
        for (const qint64 record : records) {
            SealedEntry::Row sealedFor = row;
            sealedFor.fields.customerId = record;
            if (!SealedEntry::open(*m_key, m_keyId, sealedFor))
                continue;
            // The nonce leaves an entry alone that another desktop rewrote meanwhile.
            auto written = tx.exec(u"UPDATE vault_entries SET customer_id = ? WHERE id = ? AND nonce = ?"_s,
                                   {record, id, row.sealed.nonce});
            if (!written) {
                qCWarning(lcVault) << "putting back accesses moved by a merge failed:" << written.error().message;
                return;
            }
            rebound += written->numRowsAffected() == 1 ? 1 : 0;
            break;
        }
    }
    if (auto committed = tx.commit(); !committed) {
        qCWarning(lcVault) << "putting back accesses moved by a merge failed:" << committed.error().message;
        return;
    }
    if (rebound > 0)
        qCInfo(lcVault) << "put back" << rebound << "accesses that a customer merge had moved";
}

} // namespace Casebook
