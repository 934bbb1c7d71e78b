// SPDX-License-Identifier: GPL-3.0-or-later
// A team's own database and login roles on the harness's PostgreSQL server, for the tests
// that sign in as several people (integration.teamroles, integration.vaultholders). Each run
// names them with a fresh suffix; drop() removes them again.
#pragma once

#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace Casebook::Test {

class TeamServer final
{
    Q_DISABLE_COPY_MOVE(TeamServer)

public:
    /// Every login made here signs in with this password.
    static inline const QString password = QStringLiteral("team-pass-1");

    /// `prefix` names the database (cb_<prefix>_<suffix>), so a left-over one says which test made it.
    explicit TeamServer(const QString &prefix)
        : m_suffix(QUuid::createUuid().toString(QUuid::Id128).left(10).toLower())
        , m_database(QStringLiteral("cb_") + prefix + u'_' + m_suffix)
    {
    }
    TeamServer() = delete;
    ~TeamServer() = default;

    [[nodiscard]] QString database() const { return m_database; }
    [[nodiscard]] QString suffix() const { return m_suffix; }
    /// A login role name for `who` in this run (cb_<who>_<suffix>); drop() removes it.
    QString login(const QString &who)
    {
        const QString name = QStringLiteral("cb_") + who + u'_' + m_suffix;
        if (!m_logins.contains(name))
            m_logins << name;
        return name;
    }

    /// The harness's server.env also names the folder of the server's programs (psql).
    static QString serverBin()
    {
        QFile file(qEnvironmentVariable("CASEBOOK_TEST_PG_INFO"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(u"bin="))
                return line.mid(4);
        }
        return {};
    }

    [[nodiscard]] DatabaseUrl urlFor(const QString &login) const
    {
        DatabaseUrl url = PostgresServer::instance().url(m_database);
        url.user = login;
        url.password = password;
        return url;
    }

    /// Runs `sql` as the superuser on `database` (default: the server's maintenance database)
    /// and returns the first column of each row, or one "error: ..." line.
    QStringList superQuery(const QString &sql, const QString &database = {}) const
    {
        const QString name = QStringLiteral("teamserver-super-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList rows;
        {
            const DatabaseUrl url =
                PostgresServer::instance().url(database.isEmpty() ? QStringLiteral("postgres") : database);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.databaseName);
            if (!db.open()) {
                rows << QStringLiteral("error: ") + db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    rows << QStringLiteral("error: ") + query.lastError().text();
                while (query.isSelect() && query.next())
                    rows << query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    /// Signs in as `login`; null (with a warning saying why) when refused.
    [[nodiscard]] std::unique_ptr<Database> openAs(const QString &login) const
    {
        auto opened = Database::open(urlFor(login));
        if (!opened) {
            qWarning() << "opening as" << login << "failed:" << opened.error().message << opened.error().detail;
            return {};
        }
        return std::move(opened).value();
    }

    /// packaging/postgresql/casebook-server-setup.sql for this database, with `admin` as its
    /// first admin. Returns psql's exit code (-1: it did not finish) and its output.
    int runSetupScript(const QString &setupScript, const QString &admin, QString *output) const
    {
        const auto &server = PostgresServer::instance();
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), server.password);
        psql.setProcessEnvironment(env);
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(serverBin() + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), server.host, QStringLiteral("-p"),
                    QString::number(server.port), QStringLiteral("-U"), server.user, QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-v"), QStringLiteral("database=") + m_database,
                    QStringLiteral("-v"), QStringLiteral("admin=") + admin, QStringLiteral("-v"),
                    QStringLiteral("admin_password=") + password, QStringLiteral("-f"), setupScript,
                    QStringLiteral("postgres")});
        if (!psql.waitForFinished(60'000))
            return -1;
        *output = QString::fromUtf8(psql.readAll());
        return psql.exitStatus() == QProcess::NormalExit ? psql.exitCode() : -1;
    }

    /// Drops the database (with any sessions still open) and every login named by login().
    void drop() const
    {
        superQuery(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        for (const QString &name : m_logins)
            superQuery(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }

private:
    QString m_suffix;
    QString m_database;
    QStringList m_logins;
};

} // namespace Casebook::Test
