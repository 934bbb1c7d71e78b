// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultentry.h"

#include "models/common/dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QLocale>

namespace Casebook {

QString vaultEntryKindTitle(VaultEntryKind kind)
{
    switch (kind) {
    case VaultEntryKind::Tracker:
        return QCoreApplication::translate("Casebook::VaultEntry", "Tracker admin");
    case VaultEntryKind::Server:
        return QCoreApplication::translate("Casebook::VaultEntry", "Server (SSH)");
    case VaultEntryKind::Registrar:
        return QCoreApplication::translate("Casebook::VaultEntry", "Domain registrar");
    case VaultEntryKind::Affiliate:
        return QCoreApplication::translate("Casebook::VaultEntry", "Affiliate network");
    case VaultEntryKind::WordPress:
        return QCoreApplication::translate("Casebook::VaultEntry", "WordPress admin");
    case VaultEntryKind::Other:
        break;
    }
    return QCoreApplication::translate("Casebook::VaultEntry", "Other access");
}

QString vaultEntrySummary(const VaultEntry &entry)
{
    QStringList lines;
    lines << QCoreApplication::translate("Casebook::VaultEntry", "%1: %2")
                 .arg(vaultEntryKindTitle(entry.kind), entry.label);
    if (!entry.url.isEmpty())
        lines << QCoreApplication::translate("Casebook::VaultEntry", "Address: %1").arg(entry.url);
    if (!entry.userName.isEmpty())
        lines << QCoreApplication::translate("Casebook::VaultEntry", "User name: %1").arg(entry.userName);
    if (entry.checkedAt) {
        const QString when = Dates::moment(*entry.checkedAt);
        lines << QCoreApplication::translate("Casebook::VaultEntry", "Checked by %1 at %2")
                     .arg(entry.checkedByName, when);
    } else {
        lines << QCoreApplication::translate("Casebook::VaultEntry", "Not checked yet");
    }
    lines << QCoreApplication::translate("Casebook::VaultEntry", "The secret is in the Casebook vault.");
    return lines.join(u'\n');
}

QDebug operator<<(QDebug debug, const VaultEntry &entry)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "VaultEntry(id=" << entry.id.value() << ", customer=" << entry.customer.value()
                    << ", kind=" << vaultEntryKindNames.name(entry.kind) << ", label=" << entry.label
                    << ", version=" << entry.version << ", url/user/notes/secret=<redacted>)";
    return debug;
}

} // namespace Casebook
