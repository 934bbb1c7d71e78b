// SPDX-License-Identifier: GPL-3.0-or-later
// Database errors in words a person can act on. Each engine reports its failures differently:
// SQLite by result code, the server by SQLSTATE and, for connection failures, by libpq's text only.
#include "database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

#include <optional>

namespace Casebook {

namespace {

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

// The ways a server cannot be reached, each in words that say what to check. libpq reports
// them as text only, so the text is what tells them apart.
std::optional<Error> unreachable(const QString &text, const QString &detail)
{
    const auto error = [&](const QString &reason) {
        //: %1 is one of the reasons below
        return Error{
            Error::Kind::Connection,
            QCoreApplication::translate("Casebook::Database", "Cannot reach the PostgreSQL server: %1").arg(reason),
            detail};
    };
    if (text.contains(u"could not translate host name") || text.contains(u"Name or service not known")
        || text.contains(u"nodename nor servname"))
        return error(QCoreApplication::translate("Casebook::Database",
                                                 "its name is unknown (DNS could not find it). "
                                                 "Check the host name."));
    if (text.contains(u"Connection refused"))
        return error(QCoreApplication::translate("Casebook::Database",
                                                 "it refused the connection: nothing listens on that "
                                                 "host and port. Check the port, and that PostgreSQL runs and accepts "
                                                 "connections from this computer."));
    if (text.contains(u"timeout expired") || text.contains(u"timed out"))
        return error(QCoreApplication::translate("Casebook::Database",
                                                 "it did not answer in time. Check the host name, the "
                                                 "network and any firewall between them."));
    // sslmode=verify-ca/verify-full: the certificate checks, each with what to do about it.
    if (text.contains(u"root certificate file") && text.contains(u"does not exist"))
        return error(QCoreApplication::translate(
            "Casebook::Database",
            "its TLS certificate cannot be checked: no CA certificate was "
            "given. Add sslrootcert=/path/to/ca.crt to the database URL (the certificate of "
            "the authority that signed the server's), or sslrootcert=system for the "
            "system's authorities."));
    if (text.contains(u"certificate verify failed"))
        return error(
            QCoreApplication::translate("Casebook::Database",
                                        "its TLS certificate was not signed by the authority in "
                                        "sslrootcert, or it has expired: this may not be your team's server. Check "
                                        "sslrootcert in the database URL, and ask an admin."));
    if (text.contains(u"does not match host name"))
        return error(
            QCoreApplication::translate("Casebook::Database", "its TLS certificate is for another host name: %1")
                .arg(firstLine(text)));
    if (text.contains(u"SSL", Qt::CaseSensitive) || text.contains(u"certificate") || text.contains(u"GSSAPI"))
        return error(QCoreApplication::translate("Casebook::Database", "the secure (TLS) connection failed: %1")
                         .arg(firstLine(text)));
    return std::nullopt;
}

} // namespace

Error Database::errorFrom(const QSqlError &error) const
{
    return errorFrom(error, m_url.engine);
}

Error Database::errorFrom(const QSqlError &error, DatabaseUrl::Engine engine)
{
    const QString detail = error.text();
    const QString driverText = error.driverText().isEmpty() ? error.databaseText() : error.driverText();
    if (engine == DatabaseUrl::Engine::SQLite) {
        // Primary result codes from sqlite3.h; the driver may report extended ones.
        const int code = error.nativeErrorCode().toInt() & 0xff;
        switch (code) {
        case 8: // SQLITE_READONLY
            return {
                Error::Kind::ReadOnly,
                QCoreApplication::translate("Casebook::Database", "The database cannot be written (it is read-only)."),
                detail};
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return {Error::Kind::Corrupt,
                    QCoreApplication::translate(
                        "Casebook::Database",
                        "The file is not a Casebook database, or it is damaged. Nothing was changed in it."),
                    detail};
        case 13: // SQLITE_FULL
            return {Error::Kind::DiskFull,
                    QCoreApplication::translate(
                        "Casebook::Database",
                        "The disk is full: the change was not saved. Free some space and try again; "
                        "your text is kept."),
                    detail};
        case 14: // SQLITE_CANTOPEN
            return {Error::Kind::ReadOnly,
                    QCoreApplication::translate("Casebook::Database", "The database file cannot be opened: %1")
                        .arg(error.databaseText()),
                    detail};
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return {Error::Kind::Query,
                    QCoreApplication::translate("Casebook::Database",
                                                "The database is busy with another program. Try again."),
                    detail};
        default:
            return {Error::Kind::Query,
                    QCoreApplication::translate("Casebook::Database", "Database error: %1").arg(driverText), detail};
        }
    }

    const QString sqlState = error.nativeErrorCode();
    const QString text = error.databaseText();
    // The server says so when an admin has deactivated the person (their role has NOLOGIN).
    if (text.contains(u"is not permitted to log in"))
        return {Error::Kind::Authentication,
                QCoreApplication::translate("Casebook::Database",
                                            "The team server does not let this user sign in: an admin "
                                            "has deactivated them. Ask an admin in Settings > People."),
                detail};
    if (sqlState == u"28P01" || sqlState == u"28000" || text.contains(u"password authentication failed")
        || text.contains(u"no password supplied") || text.contains(u"no pg_hba.conf entry"))
        return {Error::Kind::Authentication,
                QCoreApplication::translate(
                    "Casebook::Database",
                    "The PostgreSQL server refused the user name or password. Check them in Settings, "
                    "or set CASEBOOK_PGPASSWORD."),
                detail};
    // Before the ways a server cannot be reached: libpq words this one as a failed connection too.
    static const QRegularExpression missingDatabase(QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (const QRegularExpressionMatch missing = missingDatabase.match(text); sqlState == u"3D000" || missing.hasMatch())
        return {Error::Kind::Connection,
                //: %1 is the database name
                QCoreApplication::translate(
                    "Casebook::Database",
                    "The server has no database \"%1\". Check the database name; "
                    "an admin creates the database with packaging/postgresql/casebook-server-setup.sql.")
                    .arg(missing.captured(1)),
                detail};
    if (const std::optional<Error> reach = unreachable(text, detail))
        return *reach;
    if (error.type() == QSqlError::ConnectionError || sqlState.startsWith(u"08") || text.contains(u"could not connect")
        || text.contains(u"Connection refused") || text.contains(u"timeout expired")
        || text.contains(u"server closed the connection") || text.contains(u"could not translate host name"))
        return {Error::Kind::Connection,
                QCoreApplication::translate("Casebook::Database", "Cannot reach the PostgreSQL server: %1")
                    .arg(firstLine(text)),
                detail};
    if (sqlState == u"53100")
        return {Error::Kind::DiskFull,
                QCoreApplication::translate("Casebook::Database",
                                            "The database server's disk is full: the change was not saved."),
                detail};
    if (sqlState == u"25006" || sqlState == u"42501")
        return {Error::Kind::ReadOnly,
                QCoreApplication::translate("Casebook::Database", "You may not change this data: %1").arg(text),
                detail};
    return {Error::Kind::Query, QCoreApplication::translate("Casebook::Database", "Database error: %1").arg(driverText),
            detail};
}

} // namespace Casebook
