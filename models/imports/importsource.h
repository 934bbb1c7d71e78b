// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"
#include "models/storage/result.h"

#include <memory>

namespace Casebook {

/// The kinds of import `--import KIND` and the import dialog know.
[[nodiscard]] QStringList importKinds();

/**
 * The reader for `kind` ("zendesk", "csv", "mbox", "eml") at `path`; a CSV file's columns
 * come from the saved mapping `mappingFile` when given, else from its header.
 */
[[nodiscard]] Result<std::unique_ptr<ImportReader>> openImportReader(const QString &kind, const QString &path,
                                                                     const QString &mappingFile = {});

} // namespace Casebook
