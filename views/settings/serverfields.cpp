// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfields.h"

#include <QLineEdit>
#include <QSpinBox>

namespace Casebook {

ServerFields ServerFields::create(const QString &prefix, QWidget *parent)
{
    ServerFields fields;
    fields.host = new QLineEdit(parent);
    fields.host->setObjectName(prefix + QStringLiteral("host"));
    fields.host->setPlaceholderText(QStringLiteral("db.example.com"));
    fields.port = new QSpinBox(parent);
    fields.port->setObjectName(prefix + QStringLiteral("port"));
    fields.port->setRange(1, 65535);
    fields.port->setValue(5432);
    fields.databaseName = new QLineEdit(parent);
    fields.databaseName->setObjectName(prefix + QStringLiteral("database"));
    fields.databaseName->setPlaceholderText(QStringLiteral("casebook"));
    fields.user = new QLineEdit(parent);
    fields.user->setObjectName(prefix + QStringLiteral("user"));
    fields.password = new QLineEdit(parent);
    fields.password->setObjectName(prefix + QStringLiteral("password"));
    fields.password->setEchoMode(QLineEdit::Password);
    return fields;
}

DatabaseUrl ServerFields::url() const
{
    DatabaseUrl url;
    url.engine = DatabaseUrl::Engine::PostgreSQL;
    url.host = host->text().trimmed();
    url.port = port->value();
    url.user = user->text().trimmed();
    url.databaseName = databaseName->text().trimmed();
    if (url.databaseName.isEmpty())
        url.databaseName = databaseName->placeholderText();
    url.password = password->text();
    return url;
}

void ServerFields::setUrl(const DatabaseUrl &url)
{
    host->setText(url.host);
    port->setValue(url.port);
    user->setText(url.user);
    databaseName->setText(url.databaseName);
}

} // namespace Casebook
