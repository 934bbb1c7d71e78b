// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "replytemplate.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Casebook {

class Clock;
class Database;
struct TicketOverview;

/**
 * Fills canned replies in where they are used: builds ReplyTemplate::Context from who the
 * reply is for and from, the clock, the team's hours (R06, R07, R16) and the team's shared
 * SSH key (R18), and expands the body. The team's hours and key are read only when the body
 * asks for them. Both the composer (through the open ticket) and the canned-reply editor's
 * preview fill replies here, so a preview reads as a real reply will.
 */
class ReplyFiller final
{
public:
    ReplyFiller(Database &database, const Clock &clock);

    /// Who a reply is for and from.
    struct Parties
    {
        QString customerName;
        QString agentName;
        QString newAgentName; ///< R45: who continues after a hand-off
        TicketId ticket;
    };

    /// A ticket's parties; R45: when someone else than `me` holds it now, they continue.
    [[nodiscard]] static Parties forTicket(const TicketOverview &overview, AgentId me, const QString &myName);

    /// `body` filled in for `parties` in `language`; an unknown variable, or one whose value
    /// is not known here, is an error that names it.
    Result<QString> fill(const QString &body, const QString &language, const Parties &parties,
                         std::optional<Estimate> estimate) const;

    /// Every variable's value for a preview: `parties` and `estimate` as given, the team's
    /// hours, and the team's SSH key or `sshKeyExample` while none is set.
    [[nodiscard]] QHash<QString, QString> previewValues(const QString &language, const Parties &parties,
                                                        const Estimate &estimate, const QString &sshKeyExample) const;

private:
    [[nodiscard]] ReplyTemplate::Context context(const QString &language, const Parties &parties, bool withHours) const;
    [[nodiscard]] QString sshKey() const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
