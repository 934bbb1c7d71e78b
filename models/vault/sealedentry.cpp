// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedentry.h"

#include "vaultentry.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::SealedEntry {

const QString &columns()
{
    static const QString columns =
        u"customer_id, kind, label, url, user_name, seal_format, vault_key_id, nonce, secret"_s;
    return columns;
}

Row read(const QSqlQuery &q)
{
    return {{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString()},
            q.value(5).toInt(),
            q.value(6).toLongLong(),
            {q.value(7).toByteArray(), q.value(8).toByteArray()}};
}

EntryBindingFields bindingOf(const VaultEntry &entry)
{
    return {entry.customer.value(), vaultEntryKindNames.name(entry.kind), entry.label, entry.url, entry.userName};
}

bool sameBinding(const EntryBindingFields &a, const EntryBindingFields &b)
{
    return a.customerId == b.customerId && a.kind == b.kind && a.label == b.label && a.url == b.url
        && a.userName == b.userName;
}

// The messages keep VaultStore's translation context: people meet them through its calls.
Result<Secret> open(const VaultKey &key, qint64 keyId, const Row &row)
{
    if (row.keyId != keyId)
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Casebook::VaultStore", "This access was sealed under another team key."),
            {}};
    if (row.format != int(EntrySealFormat::CustomerKindLabel) && row.format != int(EntrySealFormat::ActedOnFields))
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Casebook::VaultStore",
                                        "This access was sealed in a way this version of Casebook does not know. "
                                        "Update Casebook, or enter the access again."),
            {}};
    return key.open(row.sealed, entryBinding(EntrySealFormat(row.format), row.fields));
}

} // namespace Casebook::SealedEntry
