// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"

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

    /// Starts the rounds: one now, then at the shortest interval of the enabled accounts.
    void start();
    /// One round now (fetch every account, send what is due).
    void checkNow();

Q_SIGNALS:
    /// A server said no; `error` in its words, for the status bar.
    void problem(const QString &account, const QString &error);

private:
    void roundFor(const MailAccount &account, const QString &password);

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<KeychainBackend> m_keychain;
    QThread m_thread;
    MailFetcher *m_fetcher = nullptr; ///< lives on m_thread, deleted with it
    MailSender *m_sender = nullptr; ///< lives on m_thread, deleted with it
    QTimer m_timer;
};

} // namespace Casebook
