// SPDX-License-Identifier: GPL-3.0-or-later
// Where the agent is at work, handed from one main window to the next: the language switch
// builds a new window (every text is set when a widget is built) and must not lose the place.
#include "mainwindow.h"

#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"

namespace Casebook {

MainWindow::Place MainWindow::place() const
{
    const auto *inbox = qobject_cast<InboxSection *>(sectionWidget(Section::Inbox));
    if (!inbox)
        return {};
    return {inbox->shownTicket(), inbox->inbox()->searchText(), inbox->inbox()->searchesEverywhere()};
}

void MainWindow::returnTo(const Place &place)
{
    auto *inbox = qobject_cast<InboxSection *>(sectionWidget(Section::Inbox));
    if (!inbox)
        return;
    // The search first: it decides which list the ticket is selected in.
    if (!place.search.isEmpty() || place.searchEverywhere)
        inbox->inbox()->restoreSearch(place.search, place.searchEverywhere);
    // In the inbox, without switching to it: the section the agent was on stays in front.
    if (place.ticket.isValid())
        inbox->openTicket(place.ticket);
}

} // namespace Casebook
