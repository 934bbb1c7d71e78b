// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"
#include "mailtransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Casebook {

/**
 * Keeps one IMAP connection idling on an account's folder (IMAP IDLE, RFC 2177), so a mail is
 * fetched the moment it arrives rather than at the next poll. It only says that the folder
 * grew; the fetching stays with MailFetcher, which knows what was taken. A server without
 * IDLE is left to polling; a lost connection is retried by whoever calls watch() again.
 * Lives on the mail thread, like the fetcher.
 */
class MailWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailWatcher)

public:
    enum class State {
        Off, ///< not started, or stopped
        Connecting, ///< logging in and opening the folder
        Idling, ///< the server tells of new mail as it arrives
        Unsupported, ///< the server has no IDLE: polling only
        Lost, ///< the connection failed or dropped; watch() again to retry
    };
    Q_ENUM(State)

    explicit MailWatcher(QObject *parent = nullptr);
    ~MailWatcher() override;

    /// Connects and idles on `account`'s folder; does nothing while connecting or idling.
    void watch(const MailAccount &account, const MailServer &server);
    void stop();
    [[nodiscard]] State state() const { return m_state; }
    /// IDLE is ended and issued again this often: servers may drop one after 30 minutes.
    void setRenewSeconds(int seconds) { m_renew->setInterval(seconds * 1000); }

Q_SIGNALS:
    /// The folder holds more mail than when it was last seen.
    void grew(MailAccountId account);
    void stateChanged(MailAccountId account, Casebook::MailWatcher::State state, const QString &error);

private:
    void setState(State state, const QString &error = {});
    void idle();
    void drop(const QString &error);
    /// Ends the connection, if any; its late signals are ignored (m_session no longer names it).
    void closeSession();

    MailAccountId m_account;
    QString m_folder;
    State m_state = State::Off;
    QPointer<QObject> m_session; ///< the KIMAP::Session while connecting or idling
    QPointer<QObject> m_idle; ///< the running KIMAP::IdleJob
    QTimer *m_renew; ///< a child, so it moves to the mail thread with the watcher
    int m_count = 0; ///< messages in the folder when last seen
};

} // namespace Casebook
