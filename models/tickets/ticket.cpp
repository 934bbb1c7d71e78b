// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket.h"

namespace Casebook {

bool isStatusChangeAllowed(TicketStatus from, TicketStatus to)
{
    // A customer writing to a closed ticket gets a new, linked one instead.
    return from != TicketStatus::Closed || to == TicketStatus::Closed;
}

} // namespace Casebook
