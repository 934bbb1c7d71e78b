// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposal.h"

#include "models/tickets/triage/tickettriage.h"

namespace Casebook {

QString proposalTag(const QString &title)
{
    // The tag triage suggests for a proposal ticket (R13), so that the two agree.
    const QString tag = TicketTriage::proposalTag(title);
    return tag.endsWith(u'-') ? tag + QStringLiteral("untitled") : tag;
}

} // namespace Casebook
