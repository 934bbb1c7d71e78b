// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Casebook {

/**
 * R44: one Casebook per person opens casebook://ticket/N links. The first instance listens
 * on a local socket; a second process started with a link (by the desktop's URL handler)
 * forwards the link to it and exits. Only well-formed ticket links are accepted.
 *
 * The wire format is one line: the link, then the running instance answers "ok" or "bad".
 */
class LinkForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkForwarder)

public:
    /// `serverName`: the socket's name; tests pick their own to stay apart from a real instance.
    explicit LinkForwarder(const QString &serverName, QObject *parent = nullptr);
    ~LinkForwarder() override;

    /// One per user: the app id and the login name. CASEBOOK_INSTANCE_NAME overrides it.
    static QString defaultServerName();

    /// Hands `link` to the running instance and waits for its answer. False when no instance
    /// runs or it refused the link. Blocks for at most `timeoutMs`; never call it from the
    /// thread of a listening forwarder.
    [[nodiscard]] bool forward(const QString &link, int timeoutMs = 3000) const;

    /// Becomes the running instance. False when another one already listens. A socket file
    /// left behind by a crashed instance is removed first.
    bool listen();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString serverName() const { return m_serverName; }

Q_SIGNALS:
    /// A valid casebook://ticket/N link arrived from another process.
    void linkReceived(const QString &link);

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Casebook
