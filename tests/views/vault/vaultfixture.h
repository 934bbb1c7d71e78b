// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"
#include "views/vault/vaultprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

#include <deque>

namespace Casebook::Test {

/// Answers the vault's dialogs from queues, remembering what was asked; never a modal dialog.
class FakeVaultPrompts final : public VaultPrompts
{
public:
    FakeVaultPrompts() { VaultPrompts::setInstance(this); }
    ~FakeVaultPrompts() override { VaultPrompts::setInstance(nullptr); }
    Q_DISABLE_COPY_MOVE(FakeVaultPrompts)

    std::optional<VaultEntryDraft> editEntry(QWidget *, const VaultEntry &entry, bool isNew) override
    {
        asked.append(isNew ? QStringLiteral("add") : QStringLiteral("edit ") + entry.label);
        if (drafts.empty())
            return std::nullopt;
        auto draft = std::move(drafts.front());
        drafts.pop_front();
        return draft;
    }
    std::optional<QString> sshPublicKey(QWidget *, const QString &current) override
    {
        asked.append(QStringLiteral("ssh key: ") + current);
        return sshKeyAnswer;
    }

    bool setUpVault(QWidget *, VaultSession &vault) override
    {
        asked.append(QStringLiteral("set up"));
        return setUpPassphrase && vault.setUp(*setUpPassphrase).ok();
    }

    std::deque<VaultEntryDraft> drafts;
    std::optional<QString> sshKeyAnswer;
    std::optional<QString> setUpPassphrase; ///< typed twice in the set-up dialog; none: cancelled
    QStringList asked;
};

/**
 * A vault ready for a panel: an SQLite database with one agent and one customer, a fake
 * keychain, and a VaultSession set up with `passphrase` (cheap Argon2 parameters).
 */
struct VaultFixture
{
    static inline const QString passphrase = QStringLiteral("our team passphrase, long enough");

    TestDatabase testDb{DatabaseUrl::Engine::SQLite};
    std::unique_ptr<Database> db;
    FakeClock clock{1'795'000'000'000};
    FakeKeychain keychain;
    std::unique_ptr<Session> session;
    std::unique_ptr<VaultSession> vault;
    CustomerId customer;
    AgentId agent;

    /// False when anything failed; `setUp` false leaves the vault without a team key.
    bool init(bool setUp = true)
    {
        db = testDb.open();
        if (!db)
            return false;
        Agent mira;
        mira.login = QStringLiteral("mira");
        mira.displayName = QStringLiteral("Mira Kovač");
        auto agentId = AgentStore(*db, clock).create(mira);
        Customer acme;
        acme.displayName = QStringLiteral("Acme Shop");
        auto customerId = CustomerStore(*db, clock).create(acme);
        if (!agentId || !customerId)
            return false;
        agent = *agentId;
        customer = *customerId;
        session = std::make_unique<Session>(*db, clock, nullptr);
        vault = newVaultSession(keychain);
        vault->start();
        return !setUp || vault->setUp(passphrase).ok();
    }

    /// Another session of the vault (a restart, or another machine with `machineKeychain`).
    std::unique_ptr<VaultSession> newVaultSession(FakeKeychain &machineKeychain) const
    {
        return std::make_unique<VaultSession>(*db, clock, machineKeychain.borrow(), KdfParams::minimum());
    }

    VaultEntryId add(VaultEntryKind kind, const QString &label, const QString &secret, const QString &url = {},
                     const QString &userName = {}, const QString &notes = {}) const
    {
        VaultEntry e;
        e.customer = customer;
        e.kind = kind;
        e.label = label;
        e.url = url;
        e.userName = userName;
        e.notes = notes;
        auto id = vault->store().add(e, Secret::fromText(secret));
        if (!id)
            qWarning("adding %s failed: %s", qPrintable(label), qPrintable(id.error().message));
        return id ? *id : VaultEntryId();
    }

    /// Changes a row behind the app's back (a damaged or tampered database).
    bool tamper(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(db->connection());
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    }
};

/// Where the vault tests save what a person would see: beside the test program in the build
/// folder, which outlives the test root's /tmp (or CASEBOOK_VAULT_SHOTS).
inline QString vaultShotDir()
{
    const QString dir = qEnvironmentVariable("CASEBOOK_VAULT_SHOTS",
                                             QCoreApplication::applicationDirPath() + QStringLiteral("/vault-shots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace Casebook::Test
