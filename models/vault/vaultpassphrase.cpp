// SPDX-License-Identifier: GPL-3.0-or-later
// The team passphrase's keys: making one, and replacing it (VaultStore::changePassphrase).
#include "vaultstore.h"

#include "keystore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "sealedentry.h"
#include "vaultholders.h"
#include "vaultlog.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

// The keychain account for a team key: the salt is unique per key and not secret, so a key
// kept for another database or an older team key is simply not found.
QString VaultStore::accountFor(const QByteArray &salt)
{
    return u"casebook-vault-"_s + QString::fromLatin1(salt.toHex());
}

Result<VaultStore::NewKey> VaultStore::makeKey(QStringView passphrase) const
{
    if (passphrase.size() < minPassphraseLength)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::VaultStore", "The team passphrase needs at least %1 characters.")
                .arg(minPassphraseLength),
            {}};
    KeyRow row;
    row.salt = VaultKey::randomSalt();
    row.params = m_newVaultParams;
    auto key = VaultKey::derive(passphrase, row.salt, row.params);
    if (!key)
        return key.error();
    auto check = key->makeKeyCheck();
    if (!check)
        return check.error();
    row.keyCheck = *check;
    return NewKey{std::move(key).value(), std::move(row)};
}

Result<qint64> VaultStore::insertKey(const WriteTransaction &tx, const KeyRow &row, AgentId by) const
{
    // The database makes `by` the key's first holder (migration 035).
    return tx.insert(u"INSERT INTO vault_keys (salt, ops_limit, mem_limit, key_check, created_at, created_by) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {row.salt, qint64(row.params.opsLimit), qint64(row.params.memLimit), row.keyCheck, m_clock.nowMs(),
                      Sql::id(by)});
}

namespace {

Error changeFailed(const QString &why)
{
    return Error{
        Error::Kind::Conflict,
        QCoreApplication::translate("Casebook::VaultStore", "The team passphrase was not changed: %1").arg(why),
        {}};
}

} // namespace

Status VaultStore::changePassphrase(QStringView current, QStringView next, AgentId by)
{
    if (auto open = requireUnlocked(); !open)
        return open.error();
    if (current == next)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::VaultStore",
                                                 "The new team passphrase is the same as the current one."),
                     {}};
    if (by.isValid()) {
        // The server refuses anyone else (migration 039); this says so before a second of Argon2.
        auto admin = VaultHolderStore(m_database, m_clock).isAdmin(by);
        if (!admin)
            return admin.error();
        if (!*admin)
            return Error{
                Error::Kind::ReadOnly,
                QCoreApplication::translate("Casebook::VaultStore", "Only an admin changes the team passphrase."),
                {}};
    }
    auto stored = keyRow();
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->id != m_keyId)
        return changeFailed(QCoreApplication::translate(
            "Casebook::VaultStore", "the team key changed on another desktop. Unlock with the new passphrase."));
    const KeyRow old = **stored;
    // Typed again, so an open vault left at an empty desk cannot be taken over.
    auto typed = VaultKey::derive(current, old.salt, old.params);
    if (!typed)
        return typed.error();
    if (!typed->matchesKeyCheck(old.keyCheck))
        return Error{Error::Kind::Authentication,
                     QCoreApplication::translate("Casebook::VaultStore", "The current team passphrase is not correct."),
                     {}};
    auto madeKey = makeKey(next);
    if (!madeKey)
        return madeKey.error();
    NewKey made = std::move(madeKey).value();
    KeyRow &row = made.row;

    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = insertKey(tx, row, by);
    if (!id)
        return id.error();
    row.id = *id;

    // Every access, sealed again under the new key with the fields it is bound to.
    auto read =
        tx.exec(u"SELECT "_s + SealedEntry::columns() + u", id FROM vault_entries WHERE vault_key_id = ?"_s, {old.id});
    if (!read)
        return read.error();
    QSqlQuery &q = read.value();
    std::vector<std::pair<qint64, SealedEntry::Row>> entries;
    while (q.next())
        entries.emplace_back(q.value(9).toLongLong(), SealedEntry::read(q));
    q.finish();
    for (const auto &[entryId, sealedRow] : entries) {
        auto opened = SealedEntry::open(*m_key, old.id, sealedRow);
        if (!opened)
            return changeFailed(QCoreApplication::translate("Casebook::VaultStore",
                                                            "access %1 does not open (%2). Remove it or enter it "
                                                            "again, then change the passphrase.")
                                    .arg(entryId)
                                    .arg(opened.error().message));
        auto sealed = made.key.seal(opened->view(), entryBinding(currentEntrySealFormat, sealedRow.fields));
        if (!sealed)
            return sealed.error();
        // Not a version: an edit under way elsewhere stays valid, and is sealed with that
        // desktop's key, which it no longer has once this commits (it asks for the new one).
        auto written = tx.exec(u"UPDATE vault_entries SET vault_key_id = ?, nonce = ?, secret = ?, seal_format = ? "
                               "WHERE id = ?"_s,
                               {row.id, sealed->nonce, sealed->ciphertext, int(currentEntrySealFormat), entryId});
        if (!written)
            return written.error();
    }

    // The old key's holders hold the new one, and the old key goes. On a server a function
    // owned by Casebook does it (a person may neither grant in another admin's name nor
    // remove a key), checking that the caller is an admin holding the old key.
    if (m_database.isPostgres()) {
        if (auto retired = tx.exec(u"SELECT casebook_vault_retire_key(?, ?)"_s, {old.id, row.id}); !retired) {
            // Refused (not an admin holding the key) as it is; else most likely an access
            // sealed under the old key on another desktop meanwhile.
            if (retired.error().kind == Error::Kind::ReadOnly || retired.error().kind == Error::Kind::Connection)
                return retired.error();
            return changeFailed(QCoreApplication::translate(
                "Casebook::VaultStore", "someone changed the vault at the same moment. Try again."));
        }
    } else {
        if (auto copied = tx.exec(u"INSERT OR IGNORE INTO vault_key_holders (vault_key_id, agent_id, granted_by, "
                                  "granted_at) SELECT ?, agent_id, granted_by, granted_at FROM vault_key_holders "
                                  "WHERE vault_key_id = ?"_s,
                                  {row.id, old.id});
            !copied)
            return copied.error();
        if (auto removed = tx.exec(u"DELETE FROM vault_keys WHERE id = ?"_s, {old.id}); !removed)
            return removed.error();
    }
    if (auto recorded = tx.record(u"vault_key"_s, row.id, Change::Op::Insert); !recorded)
        return recorded;
    if (auto committed = tx.commit(); !committed)
        return committed;

    qCInfo(lcVault) << "the team passphrase was changed;" << entries.size() << "accesses sealed again";
    (void)m_keyStore.forget(accountFor(old.salt));
    adopt(std::move(made.key), row);
    return Done{};
}

} // namespace Casebook
