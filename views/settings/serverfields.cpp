// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfields.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

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
    fields.options = new QLineEdit(parent);
    fields.options->setObjectName(prefix + QStringLiteral("options"));
    fields.options->setPlaceholderText(QStringLiteral("sslmode=verify-full sslrootcert=/etc/ssl/team-ca.pem"));
    fields.options->setToolTip(QCoreApplication::translate(
        "Casebook::ServerFields",
        "PostgreSQL connection options as name=value, separated by spaces (write a space in a "
        "value as %20)."));
    return fields;
}

Result<DatabaseUrl> ServerFields::url() const
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
    const QStringList pairs = options->text().split(QRegularExpression(QStringLiteral("[\\s&]+")), Qt::SkipEmptyParts);
    if (!pairs.isEmpty()) {
        // The URL parser is the one judge of options: the same names and values as in a URL.
        const auto parsed = DatabaseUrl::parse(QStringLiteral("postgresql://server/database?") + pairs.join(u'&'));
        if (!parsed)
            return parsed.error();
        url.options = parsed->options;
    }
    return url;
}

void ServerFields::setUrl(const DatabaseUrl &url)
{
    host->setText(url.host);
    port->setValue(url.port);
    user->setText(url.user);
    databaseName->setText(url.databaseName);
    QStringList pairs;
    for (const auto &[name, value] : url.options)
        pairs.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value, "/:,")));
    options->setText(pairs.join(u' '));
}

} // namespace Casebook
