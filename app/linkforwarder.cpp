// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkforwarder.h"

#include "models/tickets/ticketlink.h"

#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
// A link is short; anything longer is not one and is not read to the end.
constexpr qint64 maxLineBytes = 512;
} // namespace

LinkForwarder::LinkForwarder(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

LinkForwarder::~LinkForwarder() = default;

QString LinkForwarder::defaultServerName()
{
    QString overridden = qEnvironmentVariable("CASEBOOK_INSTANCE_NAME");
    if (!overridden.isEmpty())
        return overridden;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral(CASEBOOK_APP_ID) + u'-' + (user.isEmpty() ? u"user"_s : user);
}

bool LinkForwarder::forward(const QString &link, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.trimmed().toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool LinkForwarder::listen()
{
    if (m_server && m_server->isListening())
        return true;
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(500)) {
        probe.abort();
        return false; // another instance answers
    }
    // Nobody answered: whatever socket file exists was left by a crash.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &LinkForwarder::onNewConnection);
    return true;
}

bool LinkForwarder::isListening() const
{
    return m_server && m_server->isListening();
}

bool LinkForwarder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString link = static_cast<QFileOpenEvent *>(event)->url().toString();
        if (TicketLink::parse(link).has_value()) {
            Q_EMIT linkReceived(link);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LinkForwarder::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxLineBytes)
                    socket->abort();
                return;
            }
            const QString line = QString::fromUtf8(socket->readLine(maxLineBytes)).trimmed();
            const bool valid = TicketLink::parse(line).has_value();
            socket->write(valid ? "ok\n" : "bad\n");
            socket->flush();
            socket->disconnectFromServer();
            if (valid)
                Q_EMIT linkReceived(line);
        });
    }
}

} // namespace Casebook
