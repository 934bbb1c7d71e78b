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
    BreachRole, ///< int: 0 none, 1 breaching (first response due within 30 min), 2 breached (R15, R34)
};

} // namespace Casebook
