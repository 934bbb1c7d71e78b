// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "wakewatcher.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/mail/mailservice.h"
#include "models/reminders/reminderscheduler.h"
#include "models/storage/clock.h"
#include "models/team/teamsettings.h"
#include "models/tickets/lifecycle/lifecyclescheduler.h"
#include "models/vault/keychainkeystore.h"
#include "models/vault/vaultsession.h"

#include <QDBusConnection>

namespace Casebook {

AppContext::AppContext(Database &database, QSettings *settings, const Clock &clock,
                       std::unique_ptr<KeychainBackend> keychain, std::unique_ptr<KeychainBackend> mailKeychain,
                       const KdfParams &newVaultParams)
    : m_database(database)
    , m_settings(settings)
    , m_session(std::make_unique<Session>(database, clock, settings))
    , m_vault(std::make_unique<VaultSession>(database, clock, std::move(keychain), newVaultParams))
    , m_teamSettings(std::make_unique<TeamSettingsStore>(database))
    , m_agents(std::make_unique<AgentStore>(database, clock))
    , m_lifecycle(std::make_unique<LifecycleScheduler>(database, clock))
    , m_reminders(std::make_unique<ReminderScheduler>(database, clock))
    , m_mail(std::make_unique<MailService>(database, clock, std::move(mailKeychain)))
    , m_wake(std::make_unique<WakeWatcher>(QDBusConnection::systemBus()))
    , m_clock(&clock)
{
    // Reminders due while the machine slept are shown at once (as missed), not up to ten minutes
    // later; the lifecycle's five-minute round needs no such hurry, and may not run before it starts.
    QObject::connect(m_wake.get(), &WakeWatcher::woke, m_reminders.get(), &ReminderScheduler::replan);
    // The vault is read by the key's holders only: it asks about the person at this desk.
    m_vault->setAgent(m_session->agentId());
    QObject::connect(m_session.get(), &Session::agentChanged, m_vault.get(),
                     [this] { m_vault->setAgent(m_session->agentId()); });
    // Dates say "today" by this clock, so --now and a test's fake clock reach every view.
    Dates::useClock(m_clock);
}

AppContext::~AppContext()
{
    if (&Dates::clock() == m_clock)
        Dates::useClock(nullptr);
}

std::unique_ptr<AppContext> AppContext::forDesktop(Database &database, QSettings *settings, const Clock *clock)
{
    return std::make_unique<AppContext>(database, settings, clock ? *clock : Clock::system(),
                                        makeOsKeychain(QStringLiteral(CASEBOOK_APP_ID)),
                                        makeOsKeychain(QStringLiteral(CASEBOOK_APP_ID)), KdfParams::moderate());
}

MainWindow::Services AppContext::services() const
{
    return {m_database, m_settings, *m_session, *m_vault, *m_teamSettings, *m_agents, *m_mail};
}

} // namespace Casebook
