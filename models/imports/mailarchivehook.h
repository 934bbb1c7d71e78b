// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"
#include "models/storage/result.h"

#include <memory>

namespace Casebook {

/**
 * Mail archives (mbox, a folder of .eml files) are imported by the mail channel's own
 * MailArchive, which the import command calls directly. The record-by-record readers of the
 * import dialog ask this function; it answers that the dialog cannot read them yet.
 * `kind` is "mbox" or "eml".
 */
[[nodiscard]] Result<std::unique_ptr<ImportReader>> mailArchiveReader(const QString &kind, const QString &path);

} // namespace Casebook
