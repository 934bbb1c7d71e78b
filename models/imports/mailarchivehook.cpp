// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailarchivehook.h"

#include <QCoreApplication>

namespace Casebook {

Result<std::unique_ptr<ImportReader>> mailArchiveReader(const QString &kind, const QString &path)
{
    Q_UNUSED(path)
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("Casebook::MailArchive",
                                             "Importing %1 mail archives is not available in this build.")
                     .arg(kind),
                 {}};
}

} // namespace Casebook
