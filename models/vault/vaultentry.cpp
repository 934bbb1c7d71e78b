// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultentry.h"

#include <QDebug>

namespace Casebook {

QDebug operator<<(QDebug debug, const VaultEntry &entry)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "VaultEntry(id=" << entry.id.value() << ", customer=" << entry.customer.value()
                    << ", kind=" << vaultEntryKindNames.name(entry.kind) << ", label=" << entry.label
                    << ", version=" << entry.version << ", url/user/notes/secret=<redacted>)";
    return debug;
}

} // namespace Casebook
