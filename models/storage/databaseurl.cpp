// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// libpq's connection keywords that Casebook passes on as they are. Left out on purpose:
// what the URL itself says (host, port, user, dbname), secrets (password, sslpassword) and
// what would change how Casebook talks to the server (client_encoding, replication).
bool isPassedOn(const QString &name)
{
    static const QStringList names{u"application_name"_s,
                                   u"channel_binding"_s,
                                   u"connect_timeout"_s,
                                   u"gssencmode"_s,
                                   u"keepalives"_s,
                                   u"keepalives_count"_s,
                                   u"keepalives_idle"_s,
                                   u"keepalives_interval"_s,
                                   u"krbsrvname"_s,
                                   u"load_balance_hosts"_s,
                                   u"options"_s,
                                   u"passfile"_s,
                                   u"require_auth"_s,
                                   u"ssl_max_protocol_version"_s,
                                   u"ssl_min_protocol_version"_s,
                                   u"sslcert"_s,
                                   u"sslcrl"_s,
                                   u"sslcrldir"_s,
                                   u"sslkey"_s,
                                   u"sslmode"_s,
                                   u"sslnegotiation"_s,
                                   u"sslrootcert"_s,
                                   u"sslsni"_s,
                                   u"target_session_attrs"_s,
                                   u"tcp_user_timeout"_s};
    return names.contains(name);
}

Result<QList<std::pair<QString, QString>>> postgresOptions(const QUrl &url)
{
    QList<std::pair<QString, QString>> options;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == u"password" || name == u"sslpassword")
            return Error{Error::Kind::Invalid,
                         //: %1 is the option's name
                         QCoreApplication::translate(
                             "Casebook::DatabaseUrl",
                             "Do not put a password (%1) in the database URL: it would stay in your shell history. "
                             "Set CASEBOOK_PGPASSWORD or enter it in Settings.")
                             .arg(name),
                         {}};
        if (name == u"host" || name == u"hostaddr" || name == u"port" || name == u"user" || name == u"dbname")
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Casebook::DatabaseUrl",
                             "The database URL option \"%1\" is not taken: write the user, host, port and database in "
                             "the URL itself, as postgresql://user@host:port/database.")
                             .arg(name),
                         {}};
        if (!isPassedOn(name))
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate(
                    "Casebook::DatabaseUrl",
                    "The database URL option \"%1\" is not known. Casebook passes on PostgreSQL's connection "
                    "options, such as sslmode, sslrootcert, sslcert, sslkey, connect_timeout and application_name.")
                    .arg(name),
                {}};
        // Qt's driver joins the options with ";" and the values cannot hold one.
        if (value.contains(u';') || value.contains(u'\0'))
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("Casebook::DatabaseUrl",
                                            "The value of the database URL option \"%1\" may not contain \";\".")
                    .arg(name),
                {}};
        if (name == u"sslmode") {
            static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                           u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return Error{Error::Kind::Invalid,
                             QCoreApplication::translate(
                                 "Casebook::DatabaseUrl",
                                 "sslmode=%1 is not one of disable, allow, prefer, require, verify-ca or verify-full.")
                                 .arg(value),
                             {}};
        }
        if (name == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1)
                return Error{Error::Kind::Invalid,
                             QCoreApplication::translate("Casebook::DatabaseUrl",
                                                         "connect_timeout=%1 is not a number of seconds.")
                                 .arg(value),
                             {}};
        }
        options.append({name, value});
    }
    return options;
}

} // namespace

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
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::DatabaseUrl", "No database was given."), {}};

    if (trimmed.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.path().isEmpty() || !url.host().isEmpty())
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("Casebook::DatabaseUrl",
                                            "\"%1\" is not an SQLite URL. Write sqlite:///path/to/file.casebook")
                    .arg(trimmed),
                {}};
        if (url.hasQuery()) {
            const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Casebook::DatabaseUrl",
                             "The database URL option \"%1\" is not known: an SQLite database takes no options.")
                             .arg(items.isEmpty() ? url.query() : items.constFirst().first),
                         {}};
        }
        return sqlite(url.path());
    }

    if (trimmed.startsWith(u"postgresql:", Qt::CaseInsensitive)
        || trimmed.startsWith(u"postgres:", Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Casebook::DatabaseUrl",
                             "\"%1\" is not a PostgreSQL URL. Write postgresql://user@host:port/database")
                             .arg(trimmed),
                         {}};
        if (!url.password().isEmpty())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Casebook::DatabaseUrl",
                             "Do not put the password in the database URL: it would stay in your shell history. "
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
        Result<QList<std::pair<QString, QString>>> options = postgresOptions(url);
        if (!options)
            return options.error();
        result.options = std::move(options).value();
        return result;
    }

    if (trimmed.contains(u"://"))
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "Casebook::DatabaseUrl",
                "Unknown database kind in \"%1\". Use a file path, sqlite:///path or postgresql://user@host/db.")
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
    if (options.isEmpty())
        return url.toString();
    // Encoded, so that the text parses again as it was (a space in application_name).
    QStringList pairs;
    for (const auto &[name, value] : options)
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
    return url.toString() + u'?' + pairs.join(u'&');
}

QString DatabaseUrl::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(path);
    return (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port) + u'/' + databaseName;
}

QString DatabaseUrl::option(const QString &name) const
{
    const auto found =
        std::find_if(options.cbegin(), options.cend(), [&](const auto &option) { return option.first == name; });
    return found == options.cend() ? QString() : found->second;
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
