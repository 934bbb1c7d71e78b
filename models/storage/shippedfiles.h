// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebook {

/// A file compiled into the application under `:/` (resources/...), read as it ships.
struct ShippedFile
{
    QString name; ///< the file name, without its folder: "tracker-bug.yml"
    QByteArray data;
};

/**
 * The one reader of what Casebook ships for the stores to seed into a database: the
 * bug-report forms (`:/templates`), the canned replies (`:/replies/<language>/`) and the
 * QA and stage updates (`:/replies/qa.<language>.json`). Everything comes back in name
 * order, so seeding is the same on every desktop.
 */
namespace Shipped {

/// The files in `folder` whose names match one of `patterns` ("*.yml"), by name.
/// A file that cannot be read is left out: the resources are part of the build.
[[nodiscard]] QList<ShippedFile> files(const QString &folder, const QStringList &patterns);

/// The folders inside `folder` (one per language for the replies), by name.
[[nodiscard]] QStringList folders(const QString &folder);

/// One file's bytes; empty when it does not ship.
[[nodiscard]] QByteArray file(const QString &path);

} // namespace Shipped

} // namespace Casebook
