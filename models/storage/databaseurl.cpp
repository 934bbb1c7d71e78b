// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Casebook {

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.engine = Engine::SQLite;
    url.path = QFileInfo(path).absoluteFilePath();
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::DatabaseUrl", "No database was given."), {}};

    if (trimmed.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.path().isEmpty() || !url.host().isEmpty())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::DatabaseUrl", "\"%1\" is not an SQLite URL. Write sqlite:///path/to/file.casebook").arg(trimmed),
                         {}};
        return sqlite(url.path());
    }

    if (trimmed.startsWith(u"postgresql:", Qt::CaseInsensitive) || trimmed.startsWith(u"postgres:", Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::DatabaseUrl", "\"%1\" is not a PostgreSQL URL. Write postgresql://user@host:port/database").arg(trimmed),
                         {}};
        if (!url.password().isEmpty())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::DatabaseUrl", "Do not put the password in the database URL: it would stay in your shell history. "
                            "Set CASEBOOK_PGPASSWORD or enter it in Settings."),
                         {}};
        DatabaseUrl result;
        result.engine = Engine::PostgreSQL;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.databaseName = url.path().mid(1);
        if (result.databaseName.isEmpty())
            result.databaseName = result.user.isEmpty() ? QStringLiteral("casebook") : result.user;
        return result;
    }

    if (trimmed.contains(u"://"))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::DatabaseUrl", "Unknown database kind in \"%1\". Use a file path, sqlite:///path or postgresql://user@host/db.")
                         .arg(trimmed),
                     {}};
    return sqlite(trimmed);
}

QString DatabaseUrl::toString() const
{
    if (engine == Engine::SQLite)
        return QUrl::fromLocalFile(path).toString().replace(u"file://"_s, u"sqlite://"_s);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

QString DatabaseUrl::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(path);
    return (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port) + u'/' + databaseName;
}

void DatabaseUrl::takePasswordFromEnvironment()
{
    if (!password.isEmpty())
        return;
    password = qEnvironmentVariable("CASEBOOK_PGPASSWORD");
    if (password.isEmpty())
        password = qEnvironmentVariable("PGPASSWORD");
}

} // namespace Casebook
