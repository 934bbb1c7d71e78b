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

} // namespace Casebook
