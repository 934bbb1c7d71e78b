// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-generate: a large, deterministic SQLite database for the benchmarks.
#include "models/demo/demogenerator.h"
#include "models/storage/database.h"
#include "sqlitebulkload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// Progress goes to stderr so stdout stays free for whoever scripts the tool.
void say(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
    std::fflush(stderr);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
}

int fail(const Error &error)
{
    say(QCoreApplication::translate("casebook-generate", "error: %1").arg(error.message));
    if (!error.detail.isEmpty())
        say(u"  "_s + error.detail);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"casebook-generate"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "casebook-generate", "Writes a large Casebook SQLite database with deterministic demo data, for benchmarks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption ticketsOption(u"tickets"_s, QCoreApplication::translate("casebook-generate", "Tickets."),
                                           u"n"_s, u"1000000"_s);
    const QCommandLineOption messagesOption(u"messages-per-ticket"_s,
                                            QCoreApplication::translate("casebook-generate", "Average thread length."),
                                            u"n"_s, u"5"_s);
    const QCommandLineOption customersOption(
        u"customers"_s, QCoreApplication::translate("casebook-generate", "Customers."), u"n"_s, u"50000"_s);
    const QCommandLineOption agentsOption(u"agents"_s, QCoreApplication::translate("casebook-generate", "Agents."),
                                          u"n"_s, u"40"_s);
    const QCommandLineOption seedOption(u"seed"_s, QCoreApplication::translate("casebook-generate", "Random seed."),
                                        u"n"_s, u"20261123"_s);
    const QCommandLineOption forceOption(
        u"force"_s, QCoreApplication::translate("casebook-generate", "Replace OUTPUT if it exists."));
    const QCommandLineOption checkOption(
        u"check"_s,
        QCoreApplication::translate("casebook-generate", "Verify full-text indexes and foreign keys (slow)."));
    parser.addOptions(
        {ticketsOption, messagesOption, customersOption, agentsOption, seedOption, forceOption, checkOption});
    parser.addPositionalArgument(u"OUTPUT"_s,
                                 QCoreApplication::translate("casebook-generate", "The SQLite file to write."));
    parser.process(app);

    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    // Every count is checked and each bad one named: a database of zero tickets is no
    // benchmark, and a typo should not start minutes of generating.
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool good = false;
        const int value = parser.value(option).toInt(&good);
        if (!good || value < 1) {
            say(QCoreApplication::translate("casebook-generate",
                                            "error: --%1 must be a whole number of at least 1 (got \"%2\")")
                    .arg(option.names().constFirst(), parser.value(option)));
            ok = false;
        }
        return value;
    };
    DemoGenerator::Size size;
    size.tickets = number(ticketsOption);
    size.messagesPerTicket = number(messagesOption);
    size.customers = number(customersOption);
    size.agents = number(agentsOption);
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        say(QCoreApplication::translate("casebook-generate",
                                        "error: --seed must be a whole number from 0 to 4294967295 (got \"%1\")")
                .arg(parser.value(seedOption)));
        ok = false;
    }
    if (!ok)
        return 2;
    // Benchmark text: a realistic vocabulary, not the demo's readable phrases.
    size.text = DemoGenerator::Text::Bulk;
    // Large loads commit in chunks, so the progress shown is progress made.
    size.commitEveryTickets = 50'000;

    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(forceOption)) {
            say(QCoreApplication::translate("casebook-generate", "error: %1 exists (use --force to replace it)")
                    .arg(path));
            return 2;
        }
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    auto opened = Database::open(DatabaseUrl::sqlite(path));
    if (!opened)
        return fail(opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    say(u"open and migrate: "_s + seconds(phase.restart()));

    SqliteBulkLoad bulk(db->connection());
    if (auto s = bulk.begin(); !s)
        return fail(s.error());
    say(u"prepare bulk load (journal_mode "_s + bulk.loadJournalMode() + u"): "_s + seconds(phase.restart()));

    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto progress = [&](qint64 done, qint64 all) {
        if (done != all && sinceReport.elapsed() < 2000)
            return;
        sinceReport.restart();
        const double rate = double(done) * 1000.0 / double(qMax<qint64>(1, phase.elapsed()));
        say(u"  tickets %1 / %2 (%3, %4 tickets/s)"_s.arg(done)
                .arg(all)
                .arg(seconds(phase.elapsed()))
                .arg(qRound64(rate)));
    };
    if (auto s = DemoGenerator::populate(*db, size, seed, progress); !s)
        return fail(s.error());
    say(u"generate: "_s + seconds(phase.restart()));

    if (auto s = bulk.finish([](const QString &name, qint64 ms) { say(name + u": "_s + seconds(ms)); }); !s)
        return fail(s.error());
    phase.restart();

    if (parser.isSet(checkOption)) {
        if (auto s = bulk.check(); !s)
            return fail(s.error());
        say(u"check: "_s + seconds(phase.restart()));
    }

    QSqlQuery q(db->connection());
    qint64 messages = 0;
    if (q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next())
        messages = q.value(0).toLongLong();
    say(u"done: %1 tickets, %2 messages, %3 customers in %4; %5 MB at %6"_s.arg(size.tickets)
            .arg(messages)
            .arg(size.customers)
            .arg(seconds(total.elapsed()))
            .arg(QFileInfo(path).size() / (1024 * 1024))
            .arg(path));
    return 0;
}
