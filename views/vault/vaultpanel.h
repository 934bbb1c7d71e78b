// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/changefeed.h"
#include "models/storage/ids.h"
#include "models/vault/vaultentry.h"

#include <QWidget>

#include <chrono>
#include <map>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Casebook {

class SecretClipboard;
class Session;
class VaultEntryRow;
class VaultSession;

/**
 * The access vault of one customer (R17, R18), for the customer card: each access with its
 * kind, address, user name, masked secret, notes and who checked it when. Secrets are shown
 * on request for a short while and copied only on request (SecretClipboard clears them).
 *
 * The panel also walks the person through the vault's state: choose the team passphrase
 * when there is no vault yet, type it when this machine keeps no key, and read the reason
 * when something fails closed (wrong passphrase, damaged or foreign ciphertext).
 */
class VaultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultPanel)

public:
    static constexpr std::chrono::milliseconds defaultRevealTimeout{20'000};

    VaultPanel(Session &session, VaultSession &vault, QWidget *parent = nullptr);
    ~VaultPanel() override;

    void setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer; }

    /// How long a revealed secret stays visible (tests shorten it).
    void setRevealTimeout(std::chrono::milliseconds timeout) { m_revealTimeout = timeout; }
    [[nodiscard]] SecretClipboard &clipboard() const { return *m_clipboard; }
    /// The message bar's text: an error, or a notice about the keychain; empty when none.
    [[nodiscard]] QString message() const;

private:
    void createHeader(QVBoxLayout *layout);
    void createStateBoxes(QVBoxLayout *layout);
    void updateState();
    void reload();
    void onChanges(const QList<Casebook::Change> &changes);
    void showMessage(const QString &text, bool isError);
    void showError(const Error &error);
    [[nodiscard]] VaultEntryRow *rowOf(VaultEntryId id) const;

    void createVault();
    void unlock();
    void addEntry();
    void editEntry(VaultEntryId id);
    void removeEntry(VaultEntryId id);
    void reveal(VaultEntryId id);
    void copySecret(VaultEntryId id);
    void copyDetails(VaultEntryId id);
    void markChecked(VaultEntryId id);
    void editSshKey();

    Session &m_session;
    VaultSession &m_vault;
    CustomerId m_customer;
    std::chrono::milliseconds m_revealTimeout = defaultRevealTimeout;
    SecretClipboard *m_clipboard = nullptr;
    std::map<qint64, VaultEntryRow *> m_rows;

    QToolButton *m_add = nullptr;
    QToolButton *m_menu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_checkingBox = nullptr;
    QWidget *m_setupBox = nullptr;
    QLineEdit *m_setupPassphrase = nullptr;
    QLineEdit *m_setupConfirm = nullptr;
    QLabel *m_setupError = nullptr;
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
