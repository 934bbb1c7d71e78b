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
 *
 * macOS starts no second process: it hands the link to the running application as a
 * QFileOpenEvent. Installed as an event filter on the application, the forwarder takes those
 * too, so a link arrives by the same signal on every system.
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
    /// A valid casebook://ticket/N link arrived from another process or the system.
    void linkReceived(const QString &link);

protected:
    /// Takes a QFileOpenEvent that carries a valid ticket link; leaves every other event.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Casebook
