// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"
#include "outbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Casebook {

/// Where and how to reach one server of an account, with its password from the keychain.
struct MailServer
{
    QString host;
    int port = 0;
    MailSecurity security = MailSecurity::Tls;
    QString user;
    QString password;
};

/**
 * Fetches an account's folder over IMAP (KIMAP): logs in, selects the folder, takes every
 * mail above the highest UID already fetched under the folder's UIDVALIDITY, and stores
 * them with their UIDs in one transaction (MailAccountStore::storeFetched), so a dropped
 * connection or a restart neither loses nor repeats one. Lives on any thread with an event
 * loop; the app runs it on a worker thread so parsing and storing never block the window.
 */
class MailFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailFetcher)

public:
    MailFetcher(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~MailFetcher() override;

    /// One round; finished() follows once, failed() before it when something went wrong.
    void fetch(const MailAccount &account, const MailServer &server);
    [[nodiscard]] bool isBusy() const { return m_session != nullptr; }
    /// How long the server may stay silent before the round fails (KIMAP's own timeout does
    /// not run before the greeting, so a server that accepts and never speaks would hang it).
    void setNoAnswerSeconds(int seconds) { m_noAnswerSeconds = seconds; }

Q_SIGNALS:
    /// `stored`: mails new to Casebook in this round.
    void fetched(MailAccountId account, int stored);
    void failed(MailAccountId account, const QString &error);
    void finished(MailAccountId account);

private:
    void fail(const QString &error);
    void done();

    Database &m_database;
    const Clock &m_clock;
    MailAccount m_account;
    QPointer<QObject> m_session; ///< the KIMAP::Session of the round under way
    QTimer *m_silence = nullptr; ///< restarted by every answer; fires when the server stays silent
    int m_noAnswerSeconds = 60;
    QString m_stage; ///< what the round is waiting for, named in a timeout's message
};

/**
 * Sends due outbox rows over SMTP (KSMTP), one session per round: each mail is marked sent
 * once the server accepted it, or failed with the server's words to be tried again later.
 */
class MailSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSender)

public:
    MailSender(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~MailSender() override;

    /// Claims what is due for `account` and sends it; finished() follows once.
    void sendDue(const MailAccount &account, const MailServer &server);
    /// How long the server may stay silent before the round ends with what is left unsent.
    void setNoAnswerSeconds(int seconds) { m_noAnswerSeconds = seconds; }

Q_SIGNALS:
    void sent(qint64 outboxId);
    void failed(qint64 outboxId, const QString &error);
    void finished();

private:
    Database &m_database;
    const Clock &m_clock;
    int m_noAnswerSeconds = 60;
};

} // namespace Casebook
