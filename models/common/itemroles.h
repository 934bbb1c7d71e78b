// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Casebook {

/// The roles every Casebook item model shares; DisplayRole is always localised text.
enum ItemRole {
    RawValueRole = Qt::UserRole + 1, ///< the sortable, unformatted value
    IdRole, ///< the row's id as qint64
    PinnedRole, ///< bool
    AuthorRole, ///< who wrote it, display name
    CreatedAtRole, ///< UTC epoch milliseconds
    LicenceStateRole, ///< int(LicenceState) of the row's customer
    OverdueRole, ///< bool: an answer is due and late
    SupersededRole, ///< bool: a later note corrects this one
    SupersedesRole, ///< qint64: the id of the note this one corrects, 0 when none
    DetailRole, ///< localised secondary text a delegate shows beside the display text
    MessageKindRole, ///< int(MessageKind): customer message, agent reply, internal note, system event
    BreachRole, ///< int(ResponseDue::Breach): 0 none, 1 breaching (due within 30 min), 2 breached (R15, R34)
    SeverityRole, ///< int(Severity) of the row's ticket; invalid when it has none (R28)
    ComplexityRole, ///< int(Complexity) of the row's ticket; invalid when it has none (R10)
    OutOfViewRole, ///< bool: a row kept for the agent although it no longer matches the view
    PrivateRole, ///< bool: a security report, shown with a lock and only to leads and its assignee (R40)
    SearchRole, ///< QString: the inbox search that lists exactly the tickets behind a number (analytics)
    LinkRole, ///< QUrl: what a row names and opens (casebook://ticket/N, casebook://bug/N, casebook://proposal/N)
    EventIdRole, ///< qint64: the ticket event a thread row shows; 0 for a message
};

} // namespace Casebook
