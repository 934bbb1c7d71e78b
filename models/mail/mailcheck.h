// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Casebook {

/// What the check of one server (IMAP or SMTP) found.
struct MailCheckStep
{
    enum class Problem {
        None, ///< it works
        NameLookup, ///< the host's name is unknown
        Refused, ///< nothing listens on that port
        NoAnswer, ///< no answer in time
        Tls, ///< the TLS handshake failed (or the certificate was not accepted)
        Login, ///< the server rejected the user name or password
        Folder, ///< IMAP only: the folder does not exist
        Other, ///< anything else, in the server's or the library's words
    };
    Problem problem = Problem::None;
    QString text; ///< one translated sentence: what works, or exactly what failed
};

/// Both halves of "Test account", in the order they ran.
struct MailCheckResult
{
    MailCheckStep imap;
    MailCheckStep smtp;
    int messages = -1; ///< in the IMAP folder, when it could be opened

    [[nodiscard]] bool ok() const
    {
        return imap.problem == MailCheckStep::Problem::None && smtp.problem == MailCheckStep::Problem::None;
    }
    /// "IMAP ok: 3 messages in INBOX; SMTP ok", or what failed on each side.
    [[nodiscard]] QString summary() const;
};

/**
 * "Test account": reaches the account's IMAP server, logs in and opens its folder, then
 * reaches its SMTP server and logs in, for real, and says exactly what failed.
 *
 * Each server is first reached with a plain socket (QSslSocket, with TLS when the account
 * asks for it), because KIMAP and KSMTP report every connection failure as "connection
 * lost": the socket tells a name that is not found, a refused port, no answer and a TLS
 * handshake apart. Then KIMAP (login, SELECT) and KSMTP (EHLO, AUTH) do what the mail
 * service will do. Everything is asynchronous on the caller's thread; nothing blocks.
 */
class MailCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailCheck)

public:
    explicit MailCheck(QObject *parent = nullptr);
    ~MailCheck() override;

    /// Starts a check; ignored while one runs. finished() follows once.
    void start(const MailAccount &account, const QString &password);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] MailCheckResult result() const { return m_result; }
    /// How long each step may wait for a server (10 s unless a test says otherwise).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

Q_SIGNALS:
    void finished();

private:
    enum class Protocol { Imap, Smtp };
    using StepDone = std::function<void(const MailCheckStep &)>;

    void reach(Protocol protocol, const QString &host, int port, MailSecurity security, const StepDone &done);
    void checkImap(const StepDone &done);
    void checkSmtp(const StepDone &done);
    void openSmtp(const StepDone &done);
    /// Asks the SMTP server's EHLO whether it offers STARTTLS: KSMTP only closes the line when
    /// it does not. `then` gets true or false, or nothing when the server did not say.
    void smtpOffersStartTls(const std::function<void(std::optional<bool>)> &then);

    MailAccount m_account;
    QString m_password;
    MailCheckResult m_result;
    bool m_running = false;
    int m_timeoutSeconds = 10;
};

} // namespace Casebook
