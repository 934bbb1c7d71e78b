// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presencestore.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace Casebook {

class Session;

/**
 * Who else is where: this desktop's presence, kept alive by a heartbeat, and the others',
 * read again at each beat and whenever another desktop says it moved.
 *
 * A desktop announces the ticket it has open and whether its agent is typing a reply.
 * Its row is valid for expiryBeats beats: when the desktop goes away without a word
 * (crash, sleep, network loss) it drops out of everyone's view by itself. Typing ends by
 * itself too, typingIdleMs after the last keystroke.
 */
class Presence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Presence)

public:
    static constexpr int defaultBeatMs = 10'000;
    static constexpr int expiryBeats = 3;
    static constexpr int typingIdleMs = 6'000;

    explicit Presence(Session &session, QObject *parent = nullptr);
    ~Presence() override;

    /// This desktop's id in the presence table.
    [[nodiscard]] QString desk() const { return m_self.desk; }

    /// The ticket this desktop shows (invalid: none).
    void setTicket(TicketId ticket);
    [[nodiscard]] TicketId ticket() const { return m_self.ticket; }
    /// A keystroke in the reply: typing until typingIdleMs pass without another.
    void noteTyping();
    [[nodiscard]] bool isTyping() const { return m_self.typing; }

    /// Others with `ticket` open, by name.
    [[nodiscard]] QList<PresenceEntry> othersOn(TicketId ticket) const;
    /// The names of others typing a reply on `ticket`.
    [[nodiscard]] QStringList typingOn(TicketId ticket) const;
    /// Every other desktop still present.
    [[nodiscard]] const QList<PresenceEntry> &others() const { return m_others; }

    /// The beat; the row expires after expiryBeats of them. Tests shorten it.
    void setBeatInterval(int ms);
    /// Writes this desktop's row and reads the others' now.
    void refresh();

Q_SIGNALS:
    /// Someone arrived, left, or started or stopped typing, on any ticket.
    void changed();
    /// A write failed (the server is away): presence is shown as last read.
    void failed(const QString &message);

private:
    void announce();
    void readOthers();
    void stopTyping();

    Session &m_session;
    PresenceStore m_store;
    PresenceEntry m_self;
    QList<PresenceEntry> m_others;
    QHash<qint64, int> m_countByTicket;
    QTimer *m_beat = nullptr;
    QTimer *m_typingIdle = nullptr;
    QTimer *m_readSoon = nullptr;
    int m_beatMs = defaultBeatMs;
};

} // namespace Casebook
