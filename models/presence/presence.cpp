// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

#include "models/agents/session.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/storagelog.h"

#include <QTimer>
#include <QUuid>

namespace Casebook {

Presence::Presence(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(session.database())
    , m_beat(new QTimer(this))
    , m_typingIdle(new QTimer(this))
    , m_readSoon(new QTimer(this))
{
    m_self.desk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_beat->setInterval(m_beatMs);
    connect(m_beat, &QTimer::timeout, this, &Presence::refresh);
    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(typingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, &Presence::stopTyping);
    // Several desktops moving at once (a burst of NOTIFYs) cost one read.
    m_readSoon->setSingleShot(true);
    m_readSoon->setInterval(50);
    connect(m_readSoon, &QTimer::timeout, this, &Presence::readOthers);
    if (ChangeFeed *feed = session.database().changeFeed()) {
        connect(feed, &ChangeFeed::presenceNotified, m_readSoon, qOverload<>(&QTimer::start));
        connect(feed, &ChangeFeed::reconnected, this, &Presence::refresh);
    }
    connect(&session, &Session::agentChanged, this, &Presence::refresh);
    m_beat->start();
    QTimer::singleShot(0, this, &Presence::refresh);
}

Presence::~Presence()
{
    if (m_session.database().state() == Database::State::Connected)
        (void)m_store.leave(m_self.desk); // a failure only means the row expires by itself
}

void Presence::setBeatInterval(int ms)
{
    m_beatMs = ms;
    m_beat->setInterval(ms);
}

void Presence::setTicket(TicketId ticket)
{
    if (ticket == m_self.ticket)
        return;
    m_self.ticket = ticket;
    m_self.typing = false;
    m_typingIdle->stop();
    announce();
}

void Presence::noteTyping()
{
    if (!m_self.ticket.isValid())
        return;
    m_typingIdle->start();
    if (m_self.typing)
        return;
    m_self.typing = true;
    announce();
}

void Presence::stopTyping()
{
    if (!m_self.typing)
        return;
    m_self.typing = false;
    announce();
}

QList<PresenceEntry> Presence::othersOn(TicketId ticket) const
{
    QList<PresenceEntry> result;
    if (!ticket.isValid() || !m_countByTicket.contains(ticket.value()))
        return result;
    for (const PresenceEntry &entry : m_others) {
        // The same agent at a second desktop is not someone else.
        if (entry.ticket == ticket && entry.agent != m_session.agentId())
            result.append(entry);
    }
    return result;
}

QStringList Presence::typingOn(TicketId ticket) const
{
    QStringList names;
    for (const PresenceEntry &entry : othersOn(ticket)) {
        if (entry.typing && !names.contains(entry.agentName))
            names.append(entry.agentName);
    }
    return names;
}

void Presence::refresh()
{
    announce();
    readOthers();
}

void Presence::announce()
{
    m_self.agent = m_session.agentId();
    if (!m_self.agent.isValid())
        return;
    const qint64 expiresAt = m_session.clock().nowMs() + qint64(m_beatMs) * expiryBeats;
    if (auto written = m_store.announce(m_self, expiresAt); !written) {
        qCDebug(lcStorage) << "presence not written:" << written.error().detail;
        Q_EMIT failed(written.error().message);
    }
}

void Presence::readOthers()
{
    auto read = m_store.others(m_self.desk, m_session.clock().nowMs());
    if (!read) {
        qCDebug(lcStorage) << "presence not read:" << read.error().detail;
        return;
    }
    if (read.value() == m_others)
        return;
    m_others = read.value();
    m_countByTicket.clear();
    for (const PresenceEntry &entry : std::as_const(m_others)) {
        if (entry.ticket.isValid())
            ++m_countByTicket[entry.ticket.value()];
    }
    Q_EMIT changed();
}

} // namespace Casebook
