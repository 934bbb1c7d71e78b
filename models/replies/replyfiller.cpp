// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyfiller.h"

#include "models/shifts/businesshours.h"
#include "models/storage/clock.h"
#include "models/tickets/ticket/ticketoverview.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultstore.h"

using namespace Qt::StringLiterals;

namespace Casebook {

ReplyFiller::ReplyFiller(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

ReplyFiller::Parties ReplyFiller::forTicket(const TicketOverview &overview, AgentId me, const QString &myName)
{
    Parties parties;
    parties.customerName = overview.customerName;
    parties.agentName = myName;
    if (overview.ticket.assignee.isValid() && overview.ticket.assignee != me)
        parties.newAgentName = overview.assigneeName;
    parties.ticket = overview.ticket.id;
    return parties;
}

ReplyTemplate::Context ReplyFiller::context(const QString &language, const Parties &parties, bool withHours) const
{
    ReplyTemplate::Context context;
    context.language = language;
    context.customerName = parties.customerName;
    context.agentName = parties.agentName;
    context.newAgentName = parties.newAgentName;
    context.ticket = parties.ticket;
    context.nowMs = m_clock.nowMs();
    if (withHours) {
        if (const auto hours = teamBusinessHours(m_database))
            context.hours = hours.value();
    }
    return context;
}

QString ReplyFiller::sshKey() const
{
    // The key is a plain team setting: listing it needs no vault key, so a throwaway key
    // store keeps this read away from the OS keychain.
    MemoryKeyStore noKeys;
    const auto key = VaultStore(m_database, noKeys).sshPublicKey();
    return key ? key.value() : QString();
}

Result<QString> ReplyFiller::fill(const QString &body, const QString &language, const Parties &parties,
                                  std::optional<Estimate> estimate) const
{
    const QStringList used = ReplyTemplate::variablesIn(body);
    ReplyTemplate::Context filled = context(language, parties, used.contains(u"next_working_time"_s));
    if (used.contains(u"team.ssh_key"_s))
        filled.sshKey = sshKey();
    filled.internalEstimate = estimate;
    return ReplyTemplate::expand(body, ReplyTemplate::values(filled));
}

QHash<QString, QString> ReplyFiller::previewValues(const QString &language, const Parties &parties,
                                                   const Estimate &estimate, const QString &sshKeyExample) const
{
    ReplyTemplate::Context filled = context(language, parties, true);
    const QString key = sshKey();
    filled.sshKey = key.isEmpty() ? sshKeyExample : key;
    filled.internalEstimate = estimate;
    return ReplyTemplate::values(filled);
}

} // namespace Casebook
