// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"
#include "models/storage/result.h"

#include <memory>

namespace Casebook {

/**
 * The mail archive readers (mbox, a folder of .eml files) live with the mail channel. The
 * import command asks this one function for them, so that they plug in by defining it
 * there; this build has no mail channel and answers that it cannot read them.
 * `kind` is "mbox" or "eml".
 */
[[nodiscard]] Result<std::unique_ptr<ImportReader>> mailArchiveReader(const QString &kind, const QString &path);

} // namespace Casebook
