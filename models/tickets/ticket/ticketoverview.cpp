// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketoverview.h"

namespace Casebook {

NextActor nextActor(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
    case TicketStatus::Open:
        return NextActor::Team;
    case TicketStatus::Pending:
        return NextActor::Customer;
    case TicketStatus::OnHold:
        return NextActor::ThirdParty;
    case TicketStatus::Solved:
        return NextActor::CustomerToConfirm;
    case TicketStatus::Closed:
        return NextActor::Nobody;
    }
    Q_UNREACHABLE_RETURN(NextActor::Team);
}

} // namespace Casebook
