// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrows.h"

#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace Casebook {

Result<qint64> findOrCreateTag(WriteTransaction &tx, const QString &name, qint64 now)
{
    auto existing = tx.exec(u"SELECT id FROM tags WHERE lower(name) = ?"_s, {name});
    if (!existing)
        return existing.error();
    const qint64 found = existing.value().next() ? existing.value().value(0).toLongLong() : 0;
    existing.value().finish();
    if (found != 0)
        return found;
    auto created = tx.insert(u"INSERT INTO tags (name, created_at) VALUES (?, ?)"_s, {name, now});
    if (!created)
        return created.error();
    if (auto recorded = tx.record(u"tag"_s, *created, Change::Op::Insert); !recorded)
        return recorded.error();
    return *created;
}

Result<bool> linkTag(WriteTransaction &tx, const QString &linkTable, const QString &ownerColumn, qint64 owner,
                     const QString &name, qint64 now)
{
    const auto tag = findOrCreateTag(tx, name, now);
    if (!tag)
        return tag.error();
    auto linked = tx.exec(u"INSERT INTO "_s + linkTable + u" ("_s + ownerColumn
                              + u", tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                          {owner, *tag});
    if (!linked)
        return linked.error();
    return linked.value().numRowsAffected() > 0;
}

} // namespace Casebook
