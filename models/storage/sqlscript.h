// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Casebook {

/**
 * Splits a migration file into single statements, because drivers run one at a time.
 * Semicolons inside quotes, comments, PostgreSQL dollar quotes and SQLite trigger
 * bodies (BEGIN ... END) do not end a statement.
 */
QStringList splitSqlScript(const QString &script);

} // namespace Casebook
