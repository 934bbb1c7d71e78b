// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"
#include "models/storage/result.h"

#include <QList>

class QLineEdit;
class QSpinBox;
class QWidget;

namespace Casebook {

/**
 * The fields that name a PostgreSQL team server: host, port, database, user, password and
 * connection options, as the first run and Settings > Database both ask for them. Each
 * dialog places them in its own form and checks what it requires; object names are
 * `prefix` + "host", "port", "database", "user", "password", "options".
 */
struct ServerFields
{
    QLineEdit *host = nullptr;
    QSpinBox *port = nullptr;
    QLineEdit *databaseName = nullptr;
    QLineEdit *user = nullptr;
    QLineEdit *password = nullptr;
    /// PostgreSQL's connection options as the URL's query carries them, separated by spaces:
    /// "sslmode=verify-full sslrootcert=/etc/casebook/ca.pem". Kept, never silently dropped.
    QLineEdit *options = nullptr;

    [[nodiscard]] static ServerFields create(const QString &prefix, QWidget *parent);
    /// The server the fields describe; an empty database name reads as the placeholder's.
    /// An option PostgreSQL does not know (or Casebook does not take) is refused by name.
    [[nodiscard]] Result<DatabaseUrl> url() const;
    void setUrl(const DatabaseUrl &url);
    /// The text fields, for clearing a connection test's result when one is edited.
    [[nodiscard]] QList<QLineEdit *> edits() const { return {host, databaseName, user, password, options}; }
};

} // namespace Casebook
