// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Casebook::Test {

/**
 * A Casebook SQLite file with a few hundred tickets and messages (one solved long ago, so
 * the lifecycle would close it at start), then damaged as a failing disk damages one:
 * bytes flipped in the b-tree headers of some pages in its second half, which hold the
 * data, chosen by `seed` (the first page, with the list of tables, stays whole).
 * Returns the file's path in `folder`, or an empty string and fails the calling test.
 */
QString makeDamagedDatabase(const QString &folder, quint32 seed);

/// The SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace Casebook::Test
