// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/vaultcrypto.h"
#include "views/mainwindow.h"

#include <memory>

class QSettings;

namespace Casebook {

class AgentStore;
class Clock;
class Database;
class KeychainBackend;
class LifecycleScheduler;
class MailService;
class ReminderScheduler;
class Session;
class WakeWatcher;
class TeamSettingsStore;
class VaultSession;

/**
 * What one open database needs besides its window: who works here (Session) on which
 * clock, the access vault with this machine's keychain, the team's settings and agents,
 * and the lifecycle scheduler (R32, R36). The window is handed services() and owns none
 * of it, so a new window (another language) finds the vault as it was.
 *
 * Application makes one per database with forDesktop(); tests make one with a fake clock
 * and keychain, through the same constructor.
 */
class AppContext final
{
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    /// `settings` (not owned) and `clock` outlive the context; `keychain` is this
    /// machine's (the vault's), `mailKeychain` the same keychain for the mail accounts'
    /// passwords; `newVaultParams` derive the key of a vault set up from here.
    AppContext(Database &database, QSettings *settings, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
               std::unique_ptr<KeychainBackend> mailKeychain, const KdfParams &newVaultParams);
    ~AppContext();

    /// This desktop's: the system clock (or `clock`, --now), the OS keychain, the key
    /// derivation for people.
    [[nodiscard]] static std::unique_ptr<AppContext> forDesktop(Database &database, QSettings *settings,
                                                                const Clock *clock = nullptr);

    [[nodiscard]] MainWindow::Services services() const;

    [[nodiscard]] Session &session() const { return *m_session; }
    [[nodiscard]] VaultSession &vault() const { return *m_vault; }
    [[nodiscard]] LifecycleScheduler &lifecycle() const { return *m_lifecycle; }
    /// The team's reminders (R04-R08, R12, R24, R28): delivered into the notifications table.
    [[nodiscard]] ReminderScheduler &reminders() const { return *m_reminders; }
    /// The mail channel: fetches and sends once start()ed, stops with the context.
    [[nodiscard]] MailService &mail() const { return *m_mail; }

private:
    Database &m_database;
    QSettings *m_settings = nullptr;
    std::unique_ptr<Session> m_session;
    // Quiet until a vault panel starts it: only then is the keychain asked for the key.
    std::unique_ptr<VaultSession> m_vault;
    std::unique_ptr<TeamSettingsStore> m_teamSettings;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<LifecycleScheduler> m_lifecycle;
    std::unique_ptr<ReminderScheduler> m_reminders;
    std::unique_ptr<MailService> m_mail;
    std::unique_ptr<WakeWatcher> m_wake; ///< both schedulers run again when the machine wakes
    const Clock *m_clock = nullptr; ///< also the one Dates reads "today" from
};

} // namespace Casebook
