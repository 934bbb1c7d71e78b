// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/itemroles.h"

#include <QAbstractItemModel>
#include <QList>

namespace Casebook::Test {

/// A thread's messages, oldest first: its rows less the ticket events told between them.
/// Tests that count what people wrote use this, so a new kind of event does not move them.
inline QList<QModelIndex> threadMessages(const QAbstractItemModel &thread)
{
    QList<QModelIndex> messages;
    for (int row = 0; row < thread.rowCount(); ++row) {
        const QModelIndex index = thread.index(row, 0);
        if (index.data(EventIdRole).toLongLong() == 0)
            messages.append(index);
    }
    return messages;
}

} // namespace Casebook::Test
