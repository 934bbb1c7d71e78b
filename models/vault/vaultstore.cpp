// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultstore.h"

#include "keystore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"
#include "sealedentry.h"
#include "sshpublickey.h"
#include "vaultholders.h"
#include "vaultlog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString entryEntity = u"vault_entry"_s;

Error locked()
{
    return Error{Error::Kind::Authentication,
                 QCoreApplication::translate("Casebook::VaultStore",
                                             "The vault is locked. Enter the team passphrase to open it."),
                 {}};
}

Error conflict()
{
    return Error{Error::Kind::Conflict,
                 QCoreApplication::translate("Casebook::VaultStore",
                                             "Someone else changed or removed this access first. Reload to see it."),
                 {}};
}

Error entryNotFound(VaultEntryId id)
{
    return Error{Error::Kind::NotFound,
                 QCoreApplication::translate("Casebook::VaultStore", "Access %1 does not exist.").arg(id.value()),
                 {}};
}

// A version-checked write: anything but exactly one row means someone else was first.
Status execVersioned(const WriteTransaction &tx, const QString &sql, const QVariantList &values)
{
    auto written = tx.exec(sql, values);
    if (!written)
        return written.error();
    return written.value().numRowsAffected() == 1 ? Status(Done{}) : Status(conflict());
}

// The last two steps of every write here.
Status recordAndCommit(WriteTransaction &tx, const QString &entity, qint64 id, Change::Op op)
{
    if (auto recorded = tx.record(entity, id, op); !recorded)
        return recorded;
    return tx.commit();
}

const QString entryColumns = u"e.id, e.customer_id, e.kind, e.label, e.url, e.user_name, e.notes, e.checked_by, "
                             "a.display_name, e.checked_at, e.created_at, e.updated_at, e.version"_s;

VaultEntry readEntry(const QSqlQuery &q)
{
    VaultEntry e;
    e.id = VaultEntryId(q.value(0).toLongLong());
    e.customer = CustomerId(q.value(1).toLongLong());
    e.kind = vaultEntryKindNames.parse(q.value(2).toString()).value_or(VaultEntryKind::Other);
    e.label = q.value(3).toString();
    e.url = q.value(4).toString();
    e.userName = q.value(5).toString();
    e.notes = q.value(6).toString();
    e.checkedBy = AgentId(q.value(7).toLongLong());
    e.checkedByName = q.value(8).toString();
    if (!q.value(9).isNull())
        e.checkedAt = q.value(9).toLongLong();
    e.createdAt = q.value(10).toLongLong();
    e.updatedAt = q.value(11).toLongLong();
    e.version = q.value(12).toLongLong();
    return e;
}

Status validate(const VaultEntry &entry)
{
    if (!entry.customer.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::VaultStore", "An access belongs to a customer."),
                     {}};
    if (entry.label.trimmed().isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::VaultStore", "An access needs a label."), {}};
    return Done{};
}

} // namespace

VaultStore::VaultStore(Database &database, KeyStore &keyStore)
    : VaultStore(database, keyStore, Clock::system(), KdfParams::moderate())
{
}

VaultStore::VaultStore(Database &database, KeyStore &keyStore, const Clock &clock, const KdfParams &newVaultParams)
    : m_database(database)
    , m_keyStore(keyStore)
    , m_clock(clock)
    , m_newVaultParams(newVaultParams)
{
}

VaultStore::~VaultStore() = default;

Result<std::optional<VaultStore::KeyRow>> VaultStore::keyRow() const
{
    QSqlQuery q(m_database.connection());
    // The first key is the team key; setUp() makes sure a racing second one is never used. On a
    // server only its holders read its row (and the creator of a key, theirs), hence the view.
    q.prepare(u"SELECT k.id, k.salt, k.ops_limit, k.mem_limit, k.key_check FROM vault_keys k "
              "JOIN vault_team_key t ON t.id = k.id"_s);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return std::optional<KeyRow>();
    KeyRow row;
    row.id = q.value(0).toLongLong();
    row.salt = q.value(1).toByteArray();
    row.params = {q.value(2).toULongLong(), q.value(3).toULongLong()};
    row.keyCheck = q.value(4).toByteArray();
    return std::optional<KeyRow>(std::move(row));
}

Result<bool> VaultStore::isSetUp() const
{
    // Through the holders' view of the key: on a server, a non-holder cannot read the key row.
    auto key = VaultHolderStore(m_database, m_clock).teamKey();
    if (!key)
        return key.error();
    return *key != 0;
}

void VaultStore::adopt(VaultKey key, const KeyRow &row)
{
    if (auto kept = m_keyStore.store(accountFor(row.salt), key.secret()); !kept) {
        // Still unlocked for this session; the agent is asked again next time.
        qCWarning(lcVault) << "keeping the team key on this machine failed:" << kept.error().message;
    }
    m_key.emplace(std::move(key));
    m_keyId = row.id;
    qCInfo(lcVault) << "vault unlocked";
    rebindMergedEntries();
    resealOlderEntries();
}

void VaultStore::resealOlderEntries()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + SealedEntry::columns()
              + u", id FROM vault_entries WHERE seal_format <> ? AND vault_key_id = ?"_s);
    q.addBindValue(int(currentEntrySealFormat));
    q.addBindValue(m_keyId);
    if (!q.exec()) {
        qCWarning(lcVault) << "looking for accesses to re-seal failed:" << q.lastError().text();
        return;
    }
    std::vector<std::pair<qint64, SealedEntry::Row>> older;
    while (q.next())
        older.emplace_back(q.value(9).toLongLong(), SealedEntry::read(q));
    q.finish();
    if (older.empty())
        return;

    // Not a change anyone sees: no new version (an edit under way stays valid) and nothing
    // announced. The nonce in the WHERE clause leaves an entry alone that another desktop
    // re-sealed or rewrote meanwhile.
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        qCWarning(lcVault) << "re-sealing accesses failed:" << begun.error().message;
        return;
    }
    int resealed = 0;
    for (const auto &[id, row] : older) {
        auto opened = SealedEntry::open(*m_key, m_keyId, row);
        if (!opened) {
            // Left as it is: reveal() keeps failing closed on it with the same message.
            qCWarning(lcVault) << "access" << id << "does not open; it is not re-sealed";
            continue;
        }
        auto sealed = m_key->seal(opened->view(), entryBinding(currentEntrySealFormat, row.fields));
        if (!sealed)
            continue;
        auto written =
            tx.exec(u"UPDATE vault_entries SET nonce = ?, secret = ?, seal_format = ? "
                    "WHERE id = ? AND seal_format = ? AND nonce = ?"_s,
                    {sealed->nonce, sealed->ciphertext, int(currentEntrySealFormat), id, row.format, row.sealed.nonce});
        if (!written) {
            qCWarning(lcVault) << "re-sealing accesses failed:" << written.error().message;
            return; // rolled back: every entry stays readable in its old format
        }
        resealed += written->numRowsAffected() == 1 ? 1 : 0;
    }
    if (auto committed = tx.commit(); !committed) {
        qCWarning(lcVault) << "re-sealing accesses failed:" << committed.error().message;
        return;
    }
    qCInfo(lcVault) << "re-sealed" << resealed << "accesses with every field they are used with";
}

Status VaultStore::setUp(QStringView passphrase, AgentId by)
{
    if (auto existing = isSetUp(); !existing)
        return existing.error();
    else if (*existing)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::VaultStore",
                                        "The vault already has a team key. Unlock it with the team passphrase."),
            {}};
    auto madeKey = makeKey(passphrase);
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
    if (auto done = recordAndCommit(tx, u"vault_key"_s, row.id, Change::Op::Insert); !done)
        return done.error();

    // Two desktops setting up at the same moment: the first key wins everywhere.
    auto first = VaultHolderStore(m_database, m_clock).teamKey();
    if (!first)
        return first.error();
    if (*first != row.id)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Casebook::VaultStore",
                         "Someone else set up the vault at the same moment. Unlock it with their passphrase."),
                     {}};
    adopt(std::move(made.key), row);
    return Done{};
}

Status VaultStore::unlock(QStringView passphrase)
{
    auto row = keyRow();
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::VaultStore",
                                                 "The vault is not set up yet. Choose a team passphrase first."),
                     {}};
    const KeyRow &stored = **row;
    auto key = VaultKey::derive(passphrase, stored.salt, stored.params);
    if (!key)
        return key.error();
    if (!key->matchesKeyCheck(stored.keyCheck)) {
        qCInfo(lcVault) << "a passphrase was refused";
        return Error{Error::Kind::Authentication,
                     QCoreApplication::translate("Casebook::VaultStore", "The team passphrase is not correct."),
                     {}};
    }
    adopt(std::move(key).value(), stored);
    return Done{};
}

Result<bool> VaultStore::unlockFromKeyStore()
{
    auto row = keyRow();
    if (!row)
        return row.error();
    if (!row->has_value())
        return false;
    const KeyRow &stored = **row;
    auto loaded = m_keyStore.load(accountFor(stored.salt));
    if (!loaded)
        return loaded.error();
    std::optional<Secret> kept = std::move(loaded).value();
    if (!kept)
        return false;
    auto key = VaultKey::fromSecret(std::move(*kept));
    if (!key || !key->matchesKeyCheck(stored.keyCheck)) {
        qCWarning(lcVault) << "the team key kept on this machine does not fit the vault; forgetting it";
        (void)m_keyStore.forget(accountFor(stored.salt));
        return false;
    }
    m_key.emplace(std::move(key).value());
    m_keyId = stored.id;
    qCInfo(lcVault) << "vault unlocked with the key kept on this machine";
    rebindMergedEntries();
    resealOlderEntries();
    return true;
}

void VaultStore::lock()
{
    m_key.reset();
    m_keyId = 0;
}

Status VaultStore::forgetOnThisMachine()
{
    lock();
    auto row = keyRow();
    if (!row)
        return row.error();
    if (!row->has_value())
        return Done{};
    return m_keyStore.forget(accountFor((*row)->salt));
}

Result<QString> VaultStore::keyStoreAccount() const
{
    auto row = keyRow();
    if (!row)
        return row.error();
    return row->has_value() ? accountFor((*row)->salt) : QString();
}

Status VaultStore::requireUnlocked() const
{
    return m_key ? Status(Done{}) : Status(locked());
}

Result<VaultEntryId> VaultStore::add(const VaultEntry &entry, const Secret &secret)
{
    VaultEntry e = entry;
    e.label = e.label.trimmed();
    if (auto valid = validate(e); !valid)
        return valid.error();
    if (secret.isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::VaultStore", "The secret is empty."), {}};
    if (auto open = requireUnlocked(); !open)
        return open.error();
    auto sealed = m_key->seal(secret.view(), entryBinding(currentEntrySealFormat, SealedEntry::bindingOf(e)));
    if (!sealed)
        return sealed.error();

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO vault_entries (customer_id, vault_key_id, kind, label, url, user_name, nonce, "
                        "secret, seal_format, notes, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {e.customer.value(), m_keyId, vaultEntryKindNames.name(e.kind), e.label, Sql::text(e.url),
                         Sql::text(e.userName), sealed->nonce, sealed->ciphertext, int(currentEntrySealFormat),
                         Sql::text(e.notes), now, now});
    if (!id)
        return id.error();
    if (auto done = recordAndCommit(tx, entryEntity, *id, Change::Op::Insert); !done)
        return done.error();
    return VaultEntryId(*id);
}

Result<qint64> VaultStore::update(const VaultEntry &entry, qint64 expectedVersion, const Secret *newSecret)
{
    VaultEntry e = entry;
    e.label = e.label.trimmed();
    if (auto valid = validate(e); !valid)
        return valid.error();
    if (newSecret && newSecret->isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::VaultStore", "The secret is empty."), {}};

    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto current =
        tx.exec(u"SELECT "_s + SealedEntry::columns() + u", version FROM vault_entries WHERE id = ?"_s, {e.id.value()});
    if (!current)
        return current.error();
    QSqlQuery &q = current.value();
    if (!q.next())
        return entryNotFound(e.id);
    if (q.value(9).toLongLong() != expectedVersion)
        return conflict();
    SealedEntry::Row row = SealedEntry::read(q);
    q.finish();

    // The binding covers the address and the user name too, so changing them needs the key;
    // notes alone do not. An entry in an older format is re-sealed whenever the key is at hand.
    const EntryBindingFields fields = SealedEntry::bindingOf(e);
    const bool oldFormat = row.format != int(currentEntrySealFormat);
    const bool reseal = newSecret || !SealedEntry::sameBinding(fields, row.fields) || (oldFormat && m_key);
    if (reseal) {
        if (auto open = requireUnlocked(); !open)
            return open.error();
        std::optional<Secret> kept;
        if (!newSecret) {
            auto opened = SealedEntry::open(*m_key, m_keyId, row);
            if (!opened)
                return opened.error();
            kept.emplace(std::move(opened).value());
        }
        auto resealed =
            m_key->seal(newSecret ? newSecret->view() : kept->view(), entryBinding(currentEntrySealFormat, fields));
        if (!resealed)
            return resealed.error();
        row.sealed = *resealed;
        row.keyId = m_keyId;
        row.format = int(currentEntrySealFormat);
    }

    const Status written =
        execVersioned(tx,
                      u"UPDATE vault_entries SET customer_id = ?, vault_key_id = ?, kind = ?, label = ?, url = ?, "
                      "user_name = ?, nonce = ?, secret = ?, seal_format = ?, notes = ?, updated_at = ?, "
                      "version = version + 1 WHERE id = ? AND version = ?"_s,
                      {e.customer.value(), row.keyId, vaultEntryKindNames.name(e.kind), e.label, Sql::text(e.url),
                       Sql::text(e.userName), row.sealed.nonce, row.sealed.ciphertext, row.format, Sql::text(e.notes),
                       m_clock.nowMs(), e.id.value(), expectedVersion});
    if (!written)
        return written.error();
    if (auto done = recordAndCommit(tx, entryEntity, e.id.value(), Change::Op::Update); !done)
        return done.error();
    return expectedVersion + 1;
}

Status VaultStore::remove(VaultEntryId id, qint64 expectedVersion)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const Status written =
        execVersioned(tx, u"DELETE FROM vault_entries WHERE id = ? AND version = ?"_s, {id.value(), expectedVersion});
    if (!written)
        return written.error();
    return recordAndCommit(tx, entryEntity, id.value(), Change::Op::Delete);
}

Result<QList<VaultEntry>> VaultStore::entries(CustomerId customer) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Names the columns it needs: neither the nonce nor the ciphertext ever leaves reveal().
    // The customer's own accesses and those of every record merged into it, at any depth: a
    // merge leaves them where they were sealed.
    q.prepare(mergedCustomers() + u"SELECT "_s + entryColumns
              + u" FROM vault_entries e LEFT JOIN agents a ON a.id = e.checked_by "
                "WHERE e.customer_id IN (SELECT id FROM merged) ORDER BY e.kind, e.label, e.id"_s);
    q.addBindValue(customer.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<VaultEntry> result;
    while (q.next())
        result.append(readEntry(q));
    return result;
}

Result<VaultEntry> VaultStore::entry(VaultEntryId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + entryColumns
              + u" FROM vault_entries e LEFT JOIN agents a ON a.id = e.checked_by WHERE e.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return entryNotFound(id);
    return readEntry(q);
}

Result<Secret> VaultStore::reveal(VaultEntryId id) const
{
    if (auto open = requireUnlocked(); !open)
        return open.error();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + SealedEntry::columns() + u" FROM vault_entries WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return entryNotFound(id);
    auto opened = SealedEntry::open(*m_key, m_keyId, SealedEntry::read(q));
    if (!opened)
        qCWarning(lcVault) << "access" << id.value() << "failed authentication";
    return opened;
}

Result<qint64> VaultStore::markChecked(VaultEntryId id, AgentId agent, qint64 expectedVersion)
{
    if (!agent.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::VaultStore", "Say who checked the access."),
                     {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const Status written = execVersioned(tx,
                                         u"UPDATE vault_entries SET checked_by = ?, checked_at = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ?"_s,
                                         {agent.value(), now, now, id.value(), expectedVersion});
    if (!written)
        return written.error();
    if (auto done = recordAndCommit(tx, entryEntity, id.value(), Change::Op::Update); !done)
        return done.error();
    return expectedVersion + 1;
}

Result<QString> VaultStore::sshPublicKey() const
{
    return TeamSettingsStore(m_database).sshPublicKey();
}

Result<QString> VaultStore::sshPublicKeyForReply() const
{
    auto key = sshPublicKey();
    if (key && key->isEmpty())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate(
                         "Casebook::VaultStore",
                         "The team has no shared SSH public key yet. Set it in the access vault's menu: Team SSH key."),
                     {}};
    return key;
}

Status VaultStore::setSshPublicKey(const QString &key)
{
    const QString line = key.trimmed();
    if (line.contains(u"PRIVATE KEY"_s))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "Casebook::VaultStore",
                         "This is a private key. Only the public key (the .pub file) may be shared with customers."),
                     {}};
    if (!line.isEmpty() && (line.contains(u'\n') || !isOpenSshPublicKey(line)))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "Casebook::VaultStore",
                         "This is not an SSH public key. Paste one line such as \"ssh-ed25519 AAAA... team\"."),
                     {}};
    return TeamSettingsStore(m_database).setSshPublicKey(line);
}

} // namespace Casebook
