// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QString>

namespace Casebook {

/**
 * Mail archives (an mbox file, a folder of .eml files or one .eml) are not read record by
 * record: the mail channel's own intake threads them, recognises bounces and keeps unreadable
 * mail raw. The import dialog runs this job for them on the Importer's worker; the mail
 * channel defines it (models/mail/mailarchivejob.cpp), so imports need no mail headers.
 */
[[nodiscard]] ImportJob mailArchiveJob(const QString &path);

} // namespace Casebook
