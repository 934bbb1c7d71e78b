// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Casebook::Test {

/**
 * The throwaway Dovecot and SMTP sink of mailservers.sh, under `dir`. `script` is the
 * script's path as the test finds it (QFINDTESTDATA is relative to each test's source).
 */
class MailServers final
{
public:
    MailServers(QString script, QString dir)
        : m_script(std::move(script))
        , m_dir(std::move(dir))
    {
    }
    // A test that fails half-way still stops the servers: left running, they hold the test's
    // output open and CTest waits for them until its timeout.
    ~MailServers()
    {
        if (m_started)
            (void)run(QStringLiteral("stop"));
    }
    MailServers(const MailServers &) = delete;
    MailServers &operator=(const MailServers &) = delete;

    /// start, stop, start-imap, stop-imap, start-smtp or stop-smtp; true when it worked.
    [[nodiscard]] bool run(const QString &action) const
    {
        return QProcess::execute(QStringLiteral("bash"), {m_script, action, m_dir}) == 0;
    }

    /// Starts both and reads what the script wrote: imap_port, smtp_port and maildir, or
    /// `unavailable` with the reason (no Dovecot or aiosmtpd here).
    [[nodiscard]] QHash<QString, QString> start() const
    {
        QHash<QString, QString> env;
        m_started = true; // a half-started pair is stopped too
        if (!run(QStringLiteral("start")))
            return env;
        QFile info(m_dir + QStringLiteral("/servers.env"));
        if (!info.open(QIODevice::ReadOnly))
            return env;
        for (const QByteArray &line : info.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return env;
    }

    /// What Dovecot logged (logins included): a failed test prints it.
    [[nodiscard]] QByteArray imapLog() const
    {
        QFile log(m_dir + QStringLiteral("/dovecot.log"));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

private:
    QString m_script;
    QString m_dir;
    mutable bool m_started = false;
};

} // namespace Casebook::Test
