// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Casebook {

class KeychainBackend;
class MailFetcher;
class MailSender;
class MailWatcher;

/**
 * The mail channel at work, on a worker thread (KIMAP and KSMTP run on that thread's event
 * loop, MIME parsing and storing too), so the window never waits for a server. Each enabled
 * account is fetched at its own interval and, where its server offers IMAP IDLE, the moment a
 * mail arrives; its outbox is sent every minute. Passwords come from the OS keychain each
 * round and are not kept.
 */
class MailService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailService)

public:
    MailService(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
                QObject *parent = nullptr);
    ~MailService() override;

    /// Starts the rounds when an account is enabled: one now, then each account at its own
    /// interval. Follows later changes to the accounts (one added in Settings starts the
    /// rounds, the last one disabled stops them).
    void start();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    /// Where account passwords are kept; Settings > Mail writes them here.
    [[nodiscard]] KeychainBackend &keychain() const { return *m_keychain; }
    /// One round now for every enabled account (fetch, send what is due).
    void checkNow();
    /// How often the service looks at the clock for a due account (tests make it short).
    void setTickInterval(int ms) { m_timer.setInterval(ms); }
    /// A failed fetch is tried once more after this long, not only at the next interval.
    void setRetryInterval(int ms) { m_retryMs = ms; }
    /// How long a server may stay silent before a fetch fails (see MailFetcher).
    void setNoAnswerSeconds(int seconds) { m_noAnswerSeconds = seconds; }
    /// The accounts whose server tells of new mail as it arrives (IMAP IDLE) right now.
    [[nodiscard]] QList<MailAccountId> liveAccounts() const;

Q_SIGNALS:
    /// A server said no; `error` in its words, for the status bar.
    void problem(const QString &account, const QString &error);
    /// A fetch went through; `stored` mails were new.
    void fetched(const QString &account, int stored);
    /// Whether new mail of `account` arrives at once (IMAP IDLE) or with the polls.
    void watching(Casebook::MailAccountId account, bool live);

private:
    /// What the service keeps per account; the objects live on m_thread.
    struct Channel
    {
        MailFetcher *fetcher = nullptr;
        MailWatcher *watcher = nullptr;
        bool watcherIdle = true; ///< off or lost: the next round starts it again
        bool live = false; ///< idling: new mail is told as it arrives
        bool retried = false; ///< the last failed fetch was tried again already
        qint64 lastFetchMs = -1;
        qint64 lastSendMs = -1;
    };

    void reloadAccounts();
    void tick();
    Channel &channel(const MailAccount &account);
    /// Reads the password, then fetches and/or sends on the mail thread.
    void roundFor(const MailAccount &account, bool fetch, bool send);
    [[nodiscard]] QString nameOf(MailAccountId id) const;
    /// The account as last read, or null when it is gone.
    [[nodiscard]] const MailAccount *accountOf(MailAccountId id) const;

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<KeychainBackend> m_keychain;
    QThread m_thread;
    MailSender *m_sender = nullptr; ///< lives on m_thread, deleted with it
    QHash<qint64, Channel> m_channels;
    QList<MailAccount> m_accounts; ///< as last read; refreshed when an account changes
    QTimer m_timer;
    int m_retryMs = 30'000;
    int m_noAnswerSeconds = 60;
    bool m_listening = false;
};

} // namespace Casebook
