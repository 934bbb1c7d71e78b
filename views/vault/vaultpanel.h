// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/vault/vaultentry.h"
#include "vaultentryrow.h"

#include <QWidget>

#include <chrono>
#include <map>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Casebook {

class CustomerAccessesModel;
class SecretClipboard;
class VaultSession;
struct Error;

/**
 * The access vault of one customer (R17, R18), for the customer card: each access with its
 * kind, address, user name, masked secret, notes and who checked it when. Secrets are shown
 * on request for a short while and copied only on request (SecretClipboard clears them).
 *
 * The panel also walks the person through the vault's state: one line when there is no vault
 * yet (the first access added sets it up; so does Settings > Vault), the passphrase when
 * this machine keeps no key, whom to ask when the person does not hold the team key (the
 * server shows them no accesses), and the reason when something fails closed (wrong
 * passphrase, damaged or foreign ciphertext).
 *
 * A view of a CustomerAccessesModel (the customer card's model owns one and keeps it live):
 * the rows follow the model, and every action goes through it.
 */
class VaultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultPanel)

public:
    static constexpr std::chrono::milliseconds defaultRevealTimeout{20'000};

    explicit VaultPanel(CustomerAccessesModel &model, QWidget *parent = nullptr);
    ~VaultPanel() override;

    /// Asks the model for this customer's accesses.
    void setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const;

    /// How long a revealed secret stays visible (tests shorten it).
    void setRevealTimeout(std::chrono::milliseconds timeout) { m_revealTimeout = timeout; }
    [[nodiscard]] SecretClipboard &clipboard() const { return *m_clipboard; }
    /// The message bar's text: an error, or a notice about the keychain; empty when none.
    [[nodiscard]] QString message() const;

private:
    void createHeader(QVBoxLayout *layout);
    void createStateBoxes(QVBoxLayout *layout);
    void updateState();
    /// Brings the rows in line with the model's, keeping rows (and a secret shown) that stay.
    void syncRows();
    void dropRows();
    void showMessage(const QString &text, bool isError);
    void showError(const Error &error);
    [[nodiscard]] VaultEntryRow *rowOf(VaultEntryId id) const;

    void unlock();
    void addEntry();
    void editEntry(VaultEntryId id);
    void removeEntry(VaultEntryId id);
    /// Opens the secret and shows or copies it; a secret that fails to open marks its row.
    void useSecret(VaultEntryId id, VaultEntryRow::SecretUse use);
    void copyDetails(VaultEntryId id);
    void markChecked(VaultEntryId id);
    void editSshKey();

    CustomerAccessesModel &m_model;
    VaultSession &m_vault;
    std::chrono::milliseconds m_revealTimeout = defaultRevealTimeout;
    SecretClipboard *m_clipboard = nullptr;
    std::map<qint64, VaultEntryRow *> m_rows;

    QToolButton *m_add = nullptr;
    QToolButton *m_menu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_checkingBox = nullptr;
    QLabel *m_notSetUp = nullptr;
    QLabel *m_notHolder = nullptr;
    QWidget *m_unlockBox = nullptr;
    QLineEdit *m_unlockPassphrase = nullptr;
    QLabel *m_unlockError = nullptr;
    QWidget *m_failedBox = nullptr;
    QLabel *m_failedText = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Casebook
