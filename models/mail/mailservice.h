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

/**
 * The mail channel at work: every enabled account is fetched and its outbox sent at the
 * account's interval, on a worker thread (KIMAP and KSMTP run on that thread's event loop,
 * MIME parsing and storing too), so the window never waits for a server. Passwords come
 * from the OS keychain each round and are not kept.
 */
class MailService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailService)

public:
    MailService(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain, QObject *parent = nullptr);
    ~MailService() override;

    /// Starts the rounds when an account is enabled: one now, then at the shortest interval
    /// of the enabled accounts. Follows later changes to the accounts (one added in Settings
    /// starts the rounds, the last one disabled stops them).
    void start();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    /// Where account passwords are kept; Settings > Mail writes them here.
    [[nodiscard]] KeychainBackend &keychain() const { return *m_keychain; }
    /// One round now (fetch every account, send what is due).
    void checkNow();

Q_SIGNALS:
    /// A server said no; `error` in its words, for the status bar.
    void problem(const QString &account, const QString &error);
    /// A fetch went through; `stored` mails were new.
    void fetched(const QString &account, int stored);

private:
    void roundFor(const MailAccount &account, const QString &password);

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<KeychainBackend> m_keychain;
    QThread m_thread;
    MailFetcher *m_fetcher = nullptr; ///< lives on m_thread, deleted with it
    MailSender *m_sender = nullptr; ///< lives on m_thread, deleted with it
    QTimer m_timer;
    QHash<qint64, QString> m_names; ///< account names by id, for the messages
    bool m_listening = false;
};

} // namespace Casebook
