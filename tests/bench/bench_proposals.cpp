// SPDX-License-Identifier: GPL-3.0-or-later
// The proposal board over the 1 M-ticket database: 5,000 proposals with 200,000 requests of
// its tickets and customers. Times what a person waits for: opening the board (the model
// read, seven columns sorted and filtered, the board painted) and the duplicate search of
// "Add to proposals" at every keystroke. Goal: both <= 50 ms p95. Prints `name value unit`.
// usage: bench_proposals [--source FILE] [--samples 100] [--warmup 3]
//
// The board database is made once in data/ from a copy of the generated 1 M-ticket database
// (`--source`, default data/inbox-1000000-v<version>.casebook) and kept; the run checks that
// it left it as it was (exit code 3 when not).
#include "benchsupport.h"

#include "models/agents/session.h"
#include "models/demo/demogenerator.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/databaseurl.h"
#include "views/proposals/proposalboard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int proposalCount = 5000;
constexpr int requestCount = 200000;

constexpr QStringView words[] = {
    u"export",      u"import",    u"dark",          u"mode",      u"report",      u"schedule",    u"webhook",
    u"conversion",  u"campaign",  u"bulk",          u"filter",    u"dashboard",   u"invoice",     u"payment",
    u"domain",      u"ssl",       u"certificate",   u"backup",    u"two-factor",  u"login",       u"password",
    u"reset",       u"api",       u"token",         u"limit",     u"rate",        u"postback",    u"tracker",
    u"pixel",       u"landing",   u"page",          u"editor",    u"template",    u"email",       u"notification",
    u"slack",       u"telegram",  u"chart",         u"graph",     u"timezone",    u"currency",    u"language",
    u"translation", u"mobile",    u"app",           u"offline",   u"sync",        u"search",      u"tag",
    u"label",       u"archive",   u"restore",       u"audit",     u"log",         u"permission",  u"role",
    u"team",        u"workspace", u"client",        u"affiliate", u"network",     u"offer",       u"cap",
    u"budget",      u"alert",     u"threshold",     u"redirect",  u"rule",        u"split",       u"test",
    u"variant",     u"weight",    u"geo",           u"device",    u"browser",     u"cookie",      u"consent",
    u"gdpr",        u"privacy",   u"export-csv",    u"xlsx",      u"pdf",         u"print",       u"calendar",
    u"reminder",    u"comment",   u"mention",       u"history",   u"undo",        u"shortcut",    u"keyboard",
    u"theme",       u"font",      u"accessibility", u"screen",    u"reader",      u"column",      u"sort",
    u"group",       u"pivot",     u"cohort",        u"retention", u"funnel",      u"attribution", u"model",
    u"cost",        u"revenue",   u"profit",        u"fraud",     u"bot",         u"detection",   u"proxy",
    u"vpn",         u"ip",        u"whitelist",     u"blacklist", u"integration", u"zapier",      u"google",
    u"sheets",      u"facebook",  u"tiktok",        u"automatic", u"rotation",    u"link",        u"shortener"};

QString title(QRandomGenerator &random)
{
    QStringList parts;
    const int n = 3 + int(random.bounded(4));
    for (int i = 0; i < n; ++i)
        parts.append(words[random.bounded(int(std::size(words)))].toString());
    parts.first()[0] = parts.first().at(0).toUpper();
    return parts.join(u' ');
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

// 5,000 proposals and 200,000 requests of random tickets (each ticket once per proposal),
// written in one transaction, then counted as ProposalStore keeps them.
bool addBoard(Database &db)
{
    QSqlDatabase c = db.connection();
    QRandomGenerator random(20261205);
    const qint64 now = DemoGenerator::Size{}.nowMs;
    QSqlQuery count(c);
    if (!count.exec(u"SELECT max(id) FROM tickets"_s) || !count.next())
        return false;
    const qint64 tickets = count.value(0).toLongLong();
    if (tickets < 1000)
        return false;
    if (!c.transaction())
        return false;
    QSqlQuery tag(c);
    tag.prepare(u"INSERT INTO tags (name, created_at) VALUES (?, ?) RETURNING id"_s);
    QSqlQuery proposal(c);
    proposal.prepare(u"INSERT INTO proposals (title, description, status, tag_id, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    constexpr QStringView statuses[] = {u"new",     u"new",         u"new",     u"under_review", u"rfc",
                                        u"planned", u"in_progress", u"shipped", u"declined"};
    QList<qint64> ids;
    for (int i = 0; i < proposalCount; ++i) {
        const QString name = title(random);
        tag.addBindValue(QString(u"proposal-bench-"_s + QString::number(i)));
        tag.addBindValue(now);
        if (!exec(tag) || !tag.next())
            return false;
        const qint64 tagId = tag.value(0).toLongLong();
        tag.finish();
        proposal.addBindValue(name);
        proposal.addBindValue(
            QString(u"Customers ask for "_s + title(random).toLower() + u" and "_s + title(random).toLower()));
        proposal.addBindValue(statuses[random.bounded(int(std::size(statuses)))].toString());
        proposal.addBindValue(tagId);
        proposal.addBindValue(now - 400LL * 86400000);
        proposal.addBindValue(now - 400LL * 86400000);
        if (!exec(proposal) || !proposal.next())
            return false;
        ids.append(proposal.value(0).toLongLong());
        proposal.finish();
    }
    // Popular proposals get most requests (a skewed pick), as on a real board.
    QSqlQuery request(c);
    request.prepare(
        u"INSERT INTO proposal_requests (proposal_id, ticket_id, customer_id, note, weight_class, created_at) "
        "SELECT ?, t.id, t.customer_id, 'bench', CASE WHEN c.tier = 'premium' THEN 'premium' "
        "WHEN c.licence_plan IS NOT NULL THEN 'contract' ELSE 'standard' END, ? "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.id = ? "
        "ON CONFLICT DO NOTHING"_s);
    for (int i = 0; i < requestCount; ++i) {
        const double u = random.generateDouble();
        const qint64 proposalId = ids.at(qMin<qsizetype>(ids.size() - 1, qsizetype(u * u * ids.size())));
        request.addBindValue(proposalId);
        request.addBindValue(now - qint64(random.bounded(365 * 24)) * 3600000);
        request.addBindValue(1 + qint64(random.bounded(quint64(tickets))));
        if (!exec(request))
            return false;
    }
    QSqlQuery recount(c);
    recount.prepare(ProposalStore::recountStatement());
    if (!exec(recount))
        return false;
    return c.commit();
}

QString preparedDatabase(const QString &folder, const QString &source)
{
    QString path =
        folder + u"/proposals-1000000-v"_s + QString::number(DemoGenerator::bulkDataVersion) + u".casebook"_s;
    if (QFile::exists(path))
        return path;
    if (source.isEmpty() || !QFile::exists(source)) {
        std::fprintf(stderr, "no 1 M-ticket database at %s; give one with --source FILE\n", qPrintable(source));
        return {};
    }
    std::fprintf(stderr, "copying %s and adding %d proposals with %d requests (once)...\n", qPrintable(source),
                 proposalCount, requestCount);
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    if (!QFile::copy(source, partial))
        return {};
    {
        auto db = Database::open(DatabaseUrl::sqlite(partial));
        if (!db || !addBoard(*db.value())) {
            std::fprintf(stderr, "%s\n", db ? "the board could not be written" : qPrintable(db.error().message));
            QFile::remove(partial);
            return {};
        }
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    if (!QFile::rename(partial, path))
        return {};
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::useOffscreenPlatformByDefault();
    QApplication app(argc, argv);
    Bench::quietOffscreenWarnings();
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    const QString folder = QCoreApplication::applicationDirPath() + u"/data"_s;
    QString source = folder + u"/inbox-1000000-v"_s + QString::number(DemoGenerator::bulkDataVersion) + u".casebook"_s;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == u"--source")
            source = rest.at(i + 1);
    }
    const QString path = preparedDatabase(folder, source);
    if (path.isEmpty())
        return 2;
    Bench::printLoad(u"start"_s);

    Bench::Untouched untouched(path);
    int status = 0;
    {
        const std::unique_ptr<Database> opened = untouched.open();
        if (!opened)
            return 2;
        Database &db = *opened;
        const FakeClock clock(DemoGenerator::Size{}.nowMs);
        Session session(db, clock, nullptr);
        {
            ProposalBoardModel probe(session);
            (void)probe.load();
            Bench::print(u"proposals.board.rows"_s, probe.rowCount(), u"proposals"_s);
        }

        // Where opening the board's time goes: the read alone, then the columns built and laid out.
        Bench::measure(u"proposals.board.read"_s, sampling, [&session] {
            ProposalBoardModel model(session);
            (void)model.load();
        });
        Bench::measure(u"proposals.board.columns"_s, sampling, [&session] {
            ProposalBoardModel model(session);
            (void)model.load();
            ProposalBoard board(model);
            board.resize(1600, 820);
        });

        // Opening the board: the model read, seven columns filtered and sorted, painted.
        Bench::measure(u"proposals.board.open"_s, sampling, [&session] {
            ProposalBoardModel model(session);
            (void)model.load();
            ProposalBoard board(model);
            board.resize(1600, 820);
            QPixmap pixmap(board.size());
            board.render(&pixmap);
        });

        // The duplicate search as the agent types: one sample per keystroke.
        const QStringList phrases{u"export campaign report"_s,      u"dark mode theme"_s,
                                  u"webhook conversion postback"_s, u"two-factor backup login"_s,
                                  u"schedule email reminder"_s,     u"fraud bot detection"_s};
        QStringList keystrokes;
        for (const QString &phrase : phrases) {
            for (qsizetype n = 1; n <= phrase.size(); ++n)
                keystrokes.append(phrase.left(n));
        }
        ProposalStore store(db, clock);
        qsizetype next = 0;
        qsizetype hits = 0;
        Bench::measure(u"proposals.search.keystroke"_s, sampling, [&] {
            const auto found = store.search(keystrokes.at(next++ % keystrokes.size()), 20);
            hits += found ? found->size() : 0;
        });
        Bench::print(u"proposals.search.keystrokes"_s, double(keystrokes.size()), u"texts"_s);

        untouched.checkOpen(db);
    }
    untouched.checkClosed();
    Bench::printLoad(u"end"_s);
    return status;
}
