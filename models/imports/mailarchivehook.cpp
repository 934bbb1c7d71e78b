// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailarchivehook.h"

#include <QCoreApplication>

namespace Casebook {

Result<std::unique_ptr<ImportReader>> mailArchiveReader(const QString &kind, const QString &path)
{
    Q_UNUSED(path)
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("Casebook::MailArchive",
                                             "This window does not import %1 mail archives yet; the command line "
                                             "does: casebook --database DB --import %1 PATH")
                     .arg(kind),
                 {}};
}

} // namespace Casebook
