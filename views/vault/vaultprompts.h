// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/vaultentry.h"

#include <QString>

#include <optional>

class QWidget;

namespace Casebook {

class VaultSession;

/// What the add/edit dialog gives back: the access, and a new secret (empty: keep the old one).
struct VaultEntryDraft
{
    VaultEntry entry;
    QString secret;
};

/**
 * The vault's dialogs behind a seam, like Prompts: the app shows real dialogs, a GUI test
 * installs answers with setInstance() and no modal dialog ever opens.
 */
class VaultPrompts
{
public:
    VaultPrompts() = default;
    virtual ~VaultPrompts();
    Q_DISABLE_COPY_MOVE(VaultPrompts)

    /// The add (isNew) or edit dialog for `entry`; nothing when cancelled.
    virtual std::optional<VaultEntryDraft> editEntry(QWidget *parent, const VaultEntry &entry, bool isNew) = 0;
    /// R18: shows the team's SSH public key and lets it be replaced; nothing when cancelled.
    virtual std::optional<QString> sshPublicKey(QWidget *parent, const QString &current) = 0;
    /// The team passphrase is chosen (VaultSetupForm) before the first access is added; true
    /// when the vault was set up, false when cancelled.
    virtual bool setUpVault(QWidget *parent, VaultSession &vault) = 0;

    /// The installed prompts, else the real dialogs.
    static VaultPrompts &instance();
    /// Not owned; nullptr restores the real dialogs.
    static void setInstance(VaultPrompts *prompts);
};

} // namespace Casebook
