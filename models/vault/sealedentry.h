// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the vault: how VaultStore reads a stored secret together with the fields it is
// bound to, and opens it only when those fields are still the ones it was sealed with.

#include "models/storage/result.h"
#include "vaultcrypto.h"

class QSqlQuery;
class QString;

namespace Casebook {

struct VaultEntry;

namespace SealedEntry {

/// The columns of `vault_entries` that read() expects, in its order: what reveal(), update()
/// and the re-sealing on unlock select. Callers may append columns after them.
const QString &columns();

/// An entry's secret with the stored fields it is bound to.
struct Row
{
    EntryBindingFields fields;
    int format = 0;
    qint64 keyId = 0;
    SealedSecret sealed;
};

/// The row at `q`, selected with columns(). NULL and empty texts bind alike, as
/// VaultStore::entries() reads them alike.
[[nodiscard]] Row read(const QSqlQuery &q);

/// The fields of `entry` its secret is bound to, as they would be stored.
[[nodiscard]] EntryBindingFields bindingOf(const VaultEntry &entry);

[[nodiscard]] bool sameBinding(const EntryBindingFields &a, const EntryBindingFields &b);

/// Opens a stored secret with the binding of the format it says it was sealed in. Another
/// team key, or a format this version does not know, fails closed like any other damage.
[[nodiscard]] Result<Secret> open(const VaultKey &key, qint64 keyId, const Row &row);

} // namespace SealedEntry

} // namespace Casebook
