// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/vaultentry.h"

#include <QFrame>
#include <QTimer>

#include <chrono>

class QLabel;
class QToolButton;

namespace Casebook {

/**
 * One access in the vault panel: kind, label, address, user name, the secret masked, notes,
 * and who checked it when (R17). The row only asks (signals); VaultPanel does the work and
 * hands a revealed secret back with showSecret(), which masks it again after a while.
 */
class VaultEntryRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultEntryRow)

public:
    /// What a secret is opened for: both go through the same one path in the panel.
    enum class SecretUse { Reveal, Copy };

    /// Bullets of one fixed length, so the mask does not tell the secret's length either.
    static QString maskText();

    explicit VaultEntryRow(const VaultEntry &entry, QWidget *parent = nullptr);
    ~VaultEntryRow() override;

    [[nodiscard]] const VaultEntry &entry() const { return m_entry; }
    void setEntry(const VaultEntry &entry);
    /// Reveal, copy and edit need the team key.
    void setUnlocked(bool unlocked);
    /// Shows `text` (taken over and wiped when masked again) for `duration`.
    void showSecret(QString text, std::chrono::milliseconds duration);
    /// Masks the secret again.
    void mask();
    /// The secret failed to open: it says so instead of the mask, and offers no plaintext.
    void showBroken();
    [[nodiscard]] bool isRevealed() const { return !m_shown.isEmpty(); }

Q_SIGNALS:
    void secretRequested(Casebook::VaultEntryId id, Casebook::VaultEntryRow::SecretUse use);
    void copyDetailsRequested(Casebook::VaultEntryId id);
    void markCheckedRequested(Casebook::VaultEntryId id);
    void editRequested(Casebook::VaultEntryId id);
    void removeRequested(Casebook::VaultEntryId id);

private:
    void fill();
    QToolButton *addButton(const QString &name, const QString &text, const QString &toolTip);

    VaultEntry m_entry;
    QString m_shown;
    bool m_unlocked = false;
    QTimer m_maskTimer;
    QLabel *m_kind = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_userName = nullptr;
    QLabel *m_secret = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_notesCaption = nullptr;
    QLabel *m_checked = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_copyDetails = nullptr;
    QToolButton *m_markChecked = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace Casebook
