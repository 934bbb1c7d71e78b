// SPDX-License-Identifier: GPL-3.0-or-later
// The customer card and the customers list on a generated database of 100 k customers:
// opening a card with 1,000 notes (the target is <= 50 ms), the store reads behind it, and
// the Customers section's search and paging. Prints `name value unit` lines.
// usage: bench_customer [--customers 100000] [--samples 100] [--warmup 3]
//
// The database is made once (generated customers plus the two big cards) and then only read:
// the run checks that it left it as it was (exit code 3 when not).
#include "benchsupport.h"

#include "models/agents/session.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/demo/demogenerator.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "views/customers/customercard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int notesPerCard = 1000;

QList<CustomerId> bigCards(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id FROM customers WHERE display_name LIKE 'bench: card %' ORDER BY id"_s);
    QList<CustomerId> found;
    while (q.next())
        found.append(CustomerId(q.value(0).toLongLong()));
    return found;
}

// Two customers with 1,000 notes each (some pinned, some corrected), tickets, a bug report and
// a proposal request, so the card shows every part. Two, so that each open is a real switch.
void addBigCards(Database &db)
{
    FakeClock clock(DemoGenerator::Size{}.nowMs - 400LL * 24 * 3600 * 1000);
    CustomerStore store(db, clock);
    TicketStore tickets(db, clock);
    for (int n = 0; n < 2; ++n) {
        Customer c;
        c.displayName = u"bench: card %1"_s.arg(n);
        c.company = u"Benchmark Industries"_s;
        c.emails = {u"bench%1@bench.example"_s.arg(n)};
        c.licencePlan = u"Business"_s;
        c.licenceSeats = 20;
        c.licenceExpiresAt = DemoGenerator::Size{}.nowMs + 5LL * 24 * 3600 * 1000;
        c.tier = CustomerTier::Premium;
        c.supportProfile =
            uR"({"preferredChannel":"slack","escalationContacts":["CTO"],"agreements":"Updates at each stage","exceptions":"No calls on Fridays"})"_s;
        const CustomerId id = store.create(c).value();
        NoteId previous;
        for (int i = 0; i < notesPerCard; ++i) {
            clock.advanceMs(3600LL * 1000);
            const bool correction = i % 20 == 19;
            const QString body =
                u"Note %1: the customer runs a self-hosted tracker behind a proxy; exports go "
                "through their own S3 bucket, and the admin prefers short answers with links."_s.arg(i);
            const NoteId note = store.addNote(id, {}, body, correction ? previous : NoteId()).value();
            if (i % 100 == 0)
                (void)store.setPinned(note, true, 1);
            previous = note;
        }
        for (int i = 0; i < 60; ++i)
            (void)tickets.create({u"bench ticket %1"_s.arg(i), id, Channel::Email, u"hello"_s});
    }
}

// The benchmark's database, made once under a temporary name and kept; empty on failure.
QString preparedDatabase(const QString &folder, int customers)
{
    QDir().mkpath(folder);
    QString path = folder + u"/customers-"_s + QString::number(customers) + u"-v"_s
        + QString::number(DemoGenerator::bulkDataVersion) + u".casebook"_s;
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "generating %d customers into %s (once; kept for later runs)...\n", customers,
                 qPrintable(path));
    const QString partial = path + u".partial"_s;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    {
        auto db = Database::open(DatabaseUrl::sqlite(partial));
        if (!db)
            return {};
        DemoGenerator::Size size;
        size.customers = customers;
        size.tickets = 5000;
        size.messagesPerTicket = 2;
        size.commitEveryTickets = 1000;
        size.text = DemoGenerator::Text::Bulk;
        if (!DemoGenerator::populate(*db.value(), size))
            return {};
        addBigCards(*db.value());
    }
    return QFile::rename(partial, path) ? path : QString();
}

// Every figure; the database is only read.
void benchmark(Database &db, int customers, const Bench::Sampling &sampling)
{
    const QList<CustomerId> cards = bigCards(db);
    if (cards.size() != 2) {
        std::fprintf(stderr, "the benchmark database lacks its two big cards; delete it so it is made again\n");
        std::exit(1);
    }
    Session session(db, Clock::system(), nullptr);
    CustomerStore store(db);

    int flip = 0;
    Bench::measure(u"customer.store_notes_1000"_s, sampling, [&] { (void)store.notes(cards.at(flip++ % 2)); });
    Bench::measure(u"customer.store_card_data"_s, sampling, [&] {
        const CustomerId id = cards.at(flip++ % 2);
        (void)store.customer(id);
        (void)store.lifecycle(id, Clock::system().nowMs());
        (void)store.history(id);
    });

    // What an agent waits for: the card switches to the customer, lays out and paints once
    // (laid out as on a screen but painted only by grab(), into a pixmap).
    CustomerCardModel model(session);
    CustomerCard card(model);
    card.setAttribute(Qt::WA_DontShowOnScreen);
    card.resize(520, 900);
    card.show();
    QCoreApplication::processEvents();
    card.setCustomer(cards.at(1));
    QCoreApplication::processEvents();
    // The parts: reading and filling the models and labels only, then with layout (no paint).
    Bench::measure(u"customer.card_set_customer"_s, sampling, [&] { card.setCustomer(cards.at(flip++ % 2)); });
    Bench::measure(u"customer.card_set_and_layout"_s, sampling, [&] {
        card.setCustomer(cards.at(flip++ % 2));
        QCoreApplication::processEvents();
    });
    Bench::measure(u"customer.card_open"_s, sampling, [&] {
        card.setCustomer(cards.at(flip++ % 2));
        QCoreApplication::processEvents();
        (void)card.grab();
    });
    // The same in the narrow side panel beside a ticket.
    card.resize(320, 900);
    QCoreApplication::processEvents();
    Bench::measure(u"customer.card_open_narrow"_s, sampling, [&] {
        card.setCustomer(cards.at(flip++ % 2));
        QCoreApplication::processEvents();
        (void)card.grab();
    });
    Bench::print(u"customer.card_notes"_s, notesPerCard, u"notes"_s);

    // The Customers section's list on 100 k customers: first page, searches, reading on.
    CustomerListModel list(db, Clock::system());
    const QList<std::pair<QString, QString>> searches = {
        {u"customer.list_first_page"_s, QString()},         {u"customer.list_search_name"_s, u"smi"_s},
        {u"customer.list_search_two_words"_s, u"al si"_s},  {u"customer.list_search_email"_s, u"billing@"_s},
        {u"customer.list_search_tag"_s, u"tag:reseller"_s}, {u"customer.list_search_none"_s, u"zzzzqx"_s},
    };
    for (const auto &[name, text] : searches) {
        Bench::measure(name, sampling, [&] {
            (void)list.setSearch(text);
            for (int row = 0; row < std::min(list.rowCount(), 40); ++row)
                (void)list.data(list.index(row));
        });
        Bench::print(name + u".matches"_s, list.matchCount(), u"rows"_s);
    }
    (void)list.setSearch(QString());
    QElapsedTimer timer;
    timer.start();
    for (int page = 0; page < 50 && list.canFetchMore({}); ++page)
        list.fetchMore({});
    Bench::print(u"customer.list_read_on_50_pages"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::print(u"customer.list_customers"_s, customers, u"customers"_s);
}

} // namespace

int main(int argc, char **argv)
{
    Bench::useOffscreenPlatformByDefault();
    QApplication app(argc, argv);
    Bench::quietOffscreenWarnings();
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    int customers = 100'000;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == u"--customers")
            customers = rest.at(i + 1).toInt();
    }
    const QString path = preparedDatabase(QCoreApplication::applicationDirPath() + u"/data"_s, customers);
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot make the benchmark database\n");
        return 1;
    }
    Bench::printLoad(u"start"_s);
    Bench::Untouched untouched(path);
    {
        const auto db = untouched.open();
        if (!db)
            return 1;
        benchmark(*db, customers, sampling);
        untouched.checkOpen(*db);
    }
    untouched.checkClosed();
    Bench::printLoad(u"end"_s);
    return 0;
}
