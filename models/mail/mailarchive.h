// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailintake.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Casebook {

/**
 * Reads a team's mail history: an mbox file (mboxo and mboxrd `>From ` quoting, and the
 * Content-Length variants) or a folder of `.eml` files, into tickets through MailIntake,
 * in batches of one transaction each.
 */
namespace MailArchive {

struct Summary
{
    MailIntake::Summary mail;
    int read = 0; ///< mails found in the archive
    QStringList problems; ///< what could not be read, with where it was
    bool cancelled = false;
};

/// Called after each batch with how far the import is (bytes or files) out of how much;
/// returning false stops the import after the batch already stored.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Imports `path`: a folder reads every `*.eml` file in it and below, a `.eml` file one mail,
/// any other file is read as mbox. Re-importing adds nothing twice (Message-IDs are kept).
/// Fails only when nothing could be read or the database fails.
Result<Summary> import(Database &database, const QString &path, const Progress &progress = {});
Result<Summary> import(Database &database, const Clock &clock, const QString &path, const Progress &progress = {});

/// The mails of an mbox, unquoted, in order.
[[nodiscard]] QList<QByteArray> splitMbox(QByteArrayView mbox);

} // namespace MailArchive

} // namespace Casebook
