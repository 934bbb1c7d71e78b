// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultprompts.h"

#include "vaultentrydialog.h"

namespace Casebook {

namespace {

class DialogVaultPrompts final : public VaultPrompts
{
public:
    DialogVaultPrompts() = default;
    ~DialogVaultPrompts() override = default;
    Q_DISABLE_COPY_MOVE(DialogVaultPrompts)

    std::optional<VaultEntryDraft> editEntry(QWidget *parent, const VaultEntry &entry, bool isNew) override
    {
        VaultEntryDialog dialog(entry, isNew, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    }

    std::optional<QString> sshPublicKey(QWidget *parent, const QString &current) override
    {
        SshKeyDialog dialog(current, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.key();
    }
};

VaultPrompts *s_installed = nullptr;

} // namespace

VaultPrompts::~VaultPrompts() = default;

VaultPrompts &VaultPrompts::instance()
{
    static DialogVaultPrompts real;
    return s_installed ? *s_installed : real;
}

void VaultPrompts::setInstance(VaultPrompts *prompts)
{
    s_installed = prompts;
}

} // namespace Casebook
