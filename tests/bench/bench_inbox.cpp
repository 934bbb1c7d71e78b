// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's speed as an agent waits for it, on generated databases (10 k and 1 M tickets,
// 5 messages each) or on any database given: the app's InboxView painting its table into a
// pixmap after a view switch, a sort, a jump deep into the list and a search typed into its
// search box; the searches' SQL alone; the whole list scrolled; and, on a copy of the
// database, a solve and a reply through the stores the UI uses, how long the inbox takes to
// show them, and opening tickets in the ticket view. Prints `name value unit` lines.
//
// usage: bench_inbox [--engine sqlite|postgresql] [--sizes 10000,1000000] [--database FILE] [--label NAME]
//                    [--words RARE,COMMON,PHRASE] [--samples 100] [--warmup 3] [--budget 180]
//                    [--scroll-only] [--no-scroll] [--no-writes] [--hold]
//
// The databases it reads are left exactly as they were (checked before it exits; exit code 3
// when not): everything that writes works on a temporary copy.
//
// --engine postgresql: the same table on a PostgreSQL server of the run's own (the test
// harness's script starts it), one database per size loaded by the server itself
// (inboxpostgres.h; `inbox.load.*` says how long each step took) and kept in the build's
// bench data folder for later runs, keyed by size, schema and load (delete the
// postgres-inbox-* folder to load again); names end in `.<size>-postgresql`. Default size
// there: 1,000,000. Each run measures a copy of the kept database; the writes run last, on it.
// --hold: once loaded, says how to reach the database (psql) and waits for the end of the
// standard input before it measures, for a look at plans on the loaded database.
#include "benchsupport.h"
#include "inboxpostgres.h"
#include "inboxscreen.h"
#include "inboxwrites.h"

#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/search/ticketsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <numeric>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int visibleRows = 40;

struct Options
{
    Bench::Sampling sampling;
    QList<int> sizes{10'000, 1'000'000};
    bool sizesGiven = false;
    bool postgres = false;
    QString database;
    QString label;
    QStringList words; ///< rare, common, phrase; empty: picked from the database's vocabulary
    bool scrollOnly = false;
    bool scroll = true;
    bool writes = true;
    bool hold = false;
};

SearchQuery query(const QString &text)
{
    SearchQuery::ParseError error;
    return SearchQuery::parse(text, QDate::currentDate(), &error);
}

// A word of the messages' vocabulary, by how many messages hold it (messages_vocab is the
// fts5vocab table migration 002 made; reading it writes nothing).
QString vocabularyTerm(Database &db, const QString &order, int minDocs, int maxDocs)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT term FROM messages_vocab WHERE doc BETWEEN ? AND ? AND length(term) > 4 "
              "AND term GLOB '[a-z]*' ORDER BY "_s
              + order + u" LIMIT 1"_s);
    q.addBindValue(minDocs);
    q.addBindValue(maxDocs);
    return q.exec() && q.next() ? q.value(0).toString() : u"invoice"_s;
}

// Two neighbouring words of a customer's message in a ticket the Open view lists: a phrase
// that exists where the inbox searches. Past the greeting, which every message shares.
QString phraseFromAMessage(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT m.body FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE m.kind = 'customer' "
           "AND t.status NOT IN ('solved', 'closed') ORDER BY m.id LIMIT 1 OFFSET 100"_s);
    static const QRegularExpression nonWord(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = q.next() ? q.value(0).toString().split(nonWord, Qt::SkipEmptyParts) : QStringList();
    return words.size() > 4 ? words.at(3) + u' ' + words.at(4) : u"import stops"_s;
}

Bench::SearchWords pickWords(Database &db, const QStringList &given)
{
    Bench::SearchWords words;
    if (given.size() == 3) {
        words = {given.at(0), given.at(1), given.at(2)};
    } else if (db.url().engine == DatabaseUrl::Engine::PostgreSQL) {
        // No vocabulary table there: the column statistics and the generator's word list.
        words = Bench::postgresWords(db);
        words.phrase = phraseFromAMessage(db);
    } else {
        QElapsedTimer timer;
        timer.start();
        words = {vocabularyTerm(db, u"doc ASC"_s, 5, 200), vocabularyTerm(db, u"doc DESC"_s, 1, 1 << 30),
                 phraseFromAMessage(db)};
        std::fprintf(stderr, "words picked from the vocabulary in %.1f s\n", double(timer.elapsed()) / 1000.0);
    }
    if (!words.phrase.startsWith(u'"'))
        words.phrase = u'"' + words.phrase + u'"';
    std::fprintf(stderr, "words: rare \"%s\", common \"%s\", phrase %s\n", qPrintable(words.rare),
                 qPrintable(words.common), qPrintable(words.phrase));
    return words;
}

void waitForCount(const InboxModel &model)
{
    (void)Bench::waitUntil([&] { return model.isCountKnown(); });
}

// Scrolls the whole list of `view` top to bottom, a screen at a time, in the default order,
// reading what a screen shows from the model (painting 25,000 screens would take longer than
// the reads it is meant to show). Every page read is a sample; the whole scroll is one run,
// too long to repeat a hundred times, so it is a single figure.
void scrollAll(InboxModel &model, const SearchQuery &view, const std::function<QString(const QString &)> &metric)
{
    model.sort(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    (void)model.setQuery(view, {});
    waitForCount(model);
    QList<double> pageTimes;
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer step;
    for (int row = 0; row < model.rowCount(); row += visibleRows) {
        step.start();
        for (int column = 0; column < InboxModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
        if (row / InboxModel::pageSize != (row - visibleRows) / InboxModel::pageSize || row == 0)
            pageTimes.append(double(step.nsecsElapsed()) / 1e6);
        if (row % 200'000 == 0)
            std::fprintf(stderr, "scrolled %d rows in %.1f s\n", row, double(timer.nsecsElapsed()) / 1e9);
    }
    Bench::print(metric(u"scroll_all"_s), double(timer.nsecsElapsed()) / 1e9, u"s"_s);
    Bench::print(metric(u"scroll_rows"_s), model.rowCount(), u"rows"_s);
    Bench::summarise(metric(u"scroll_page"_s), pageTimes);
    // Growth with depth shows as a difference between the first and the last thousand pages.
    const auto mean = [](const QList<double> &times) {
        return times.isEmpty() ? 0.0 : std::accumulate(times.cbegin(), times.cend(), 0.0) / double(times.size());
    };
    Bench::print(metric(u"scroll_page_first1000.mean"_s), mean(pageTimes.mid(0, 1000)), u"ms"_s);
    Bench::print(metric(u"scroll_page_last1000.mean"_s),
                 mean(pageTimes.mid(std::max<qsizetype>(0, pageTimes.size() - 1000))), u"ms"_s);
}

void scrollBoth(Database &db, const std::function<QString(const QString &)> &metric)
{
    const double baseMiB = Bench::residentMiB();
    InboxModel model(db, Clock::system());
    scrollAll(model, query(u"-status:solved -status:closed"_s),
              [&](const QString &name) { return metric(name + u".open"_s); });
    scrollAll(model, {}, [&](const QString &name) { return metric(name + u".all"_s); });
    Bench::print(metric(u"memory_after_scroll"_s), Bench::residentMiB() - baseMiB, u"MiB"_s);
}

// The total and the landmarks, as the list's worker delivers them (no paint involved).
void countFigures(Database &db, const Bench::Sampling &sampling, const std::function<QString(const QString &)> &metric)
{
    InboxModel model(db, Clock::system());
    int rows = 0;
    Bench::measure(metric(u"count_all"_s), sampling, [&] {
        (void)model.setQuery({}, {});
        waitForCount(model);
        rows = model.rowCount();
    });
    Bench::print(metric(u"rows_all"_s), rows, u"rows"_s);
    // How long after the total the worker has read the landmarks.
    QList<double> landmarkTimes;
    for (int i = 0; i < sampling.warmup + sampling.samples; ++i) {
        (void)model.setQuery({}, {});
        waitForCount(model);
        QElapsedTimer timer;
        timer.start();
        (void)Bench::waitUntil([&] { return model.hasLandmarks(); }, 10'000);
        if (i >= sampling.warmup)
            landmarkTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::summarise(metric(u"landmarks_ready"_s), landmarkTimes);
}

// What the agent waits for in the inbox, painted by the app's own view.
void screenFigures(Session &session, const Bench::Sampling &sampling, const Bench::SearchWords &words,
                   const std::function<QString(const QString &)> &metric)
{
    Bench::InboxScreen screen(session);
    InboxModel &model = screen.model();
    screen.waitForCounts();
    const auto settle = [&] { screen.waitForCounts(); };

    // The Open view, coming from another one.
    Bench::measure(
        metric(u"first_paint"_s), sampling,
        [&] {
            screen.showView(u"open"_s);
            screen.paint();
        },
        [&] {
            screen.showView(u"closed"_s);
            screen.paint();
            settle();
        });

    int flip = 0;
    Bench::measure(
        metric(u"switch_view"_s), sampling,
        [&] {
            screen.showView(flip++ % 2 ? u"pending"_s : u"unassigned"_s);
            screen.paint();
        },
        settle);

    // Scroll bar dragged deep into the longest built-in view. Before the landmarks are in,
    // every row above is stepped over; that needs a fresh list for each run and races the
    // worker reading them, so it has a few runs only: p50 and max.
    screen.showView(u"closed"_s);
    screen.paint();
    settle();
    const int deep = std::min(900'000, model.rowCount() / 10 * 9);
    const int span = std::max(1, model.rowCount() - deep - visibleRows);
    int jump = 0;
    QList<double> beforeLandmarks;
    for (int i = 0; i < 12; ++i) {
        screen.showView(u"pending"_s);
        screen.showView(u"closed"_s);
        waitForCount(model);
        if (model.hasLandmarks())
            continue;
        QElapsedTimer timer;
        timer.start();
        screen.scrollTo(deep + 300 * jump++ % span);
        screen.paint();
        if (i >= 2 && !model.hasLandmarks())
            beforeLandmarks.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::summarise(metric(u"jump_deep_before_landmarks"_s), beforeLandmarks);
    (void)Bench::waitUntil([&] { return model.hasLandmarks(); }, 10'000);
    Bench::measure(metric(u"jump_deep"_s), sampling, [&] {
        screen.scrollTo(deep + 300 * jump++ % span);
        screen.paint();
    });
    screen.scrollTo(0);

    screen.showView(u"open"_s);
    Bench::measure(
        metric(u"sort_last_activity"_s), sampling,
        [&] {
            screen.sortBy(InboxModel::LastActivityColumn, flip++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            screen.paint();
        },
        settle);
    Bench::measure(
        metric(u"sort_subject"_s), sampling,
        [&] {
            screen.sortBy(InboxModel::SubjectColumn, flip++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            screen.paint();
        },
        settle);
    screen.sortBy(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    settle();

    // The paint alone, every row already read: what no query can make faster.
    screen.showView(u"open"_s);
    screen.paint();
    settle();
    Bench::measure(metric(u"paint_only"_s), sampling, [&] { screen.paint(); });

    // Typed into the search box of the Open view and answered with the first page painted;
    // then the same words through TicketSearch alone (no view filters, 50 hits), as before;
    // then where the painted time goes: the search typed without the paint (`.typed`), the
    // list's first hits (what it reads before the first paint) and all of them (what the
    // worker reads after), with the view's filters.
    const TicketSearch search(session.database(), session.clock());
    for (const auto &[name, text] : words.searches()) {
        Bench::measure(
            metric(name), sampling,
            [&] {
                screen.search(text);
                screen.paint();
            },
            [&] { waitForCount(model); }); // the rest of the hits read before the next one
        waitForCount(model);
        Bench::print(metric(name + u".hits"_s), model.rowCount(), u"rows"_s);
        Bench::measure(
            metric(name + u".typed"_s), sampling, [&] { screen.search(text); }, [&] { waitForCount(model); });
        int hits = 0;
        Bench::measure(metric(name + u".sql"_s), sampling,
                       [&] { hits = int(search.search(query(text), {}, 50).value().size()); });
        Bench::print(metric(name + u".sql.hits"_s), hits, u"rows"_s);
        SearchQuery inView = model.query();
        for (const auto &[part, limit] :
             {std::pair{u".sql_first"_s, InboxModel::searchFirst}, std::pair{u".sql_all"_s, InboxModel::searchLimit}})
            Bench::measure(metric(name + part), sampling, [&] { (void)search.search(inView, {}, limit); });
    }
    screen.search(QString());
}

QString labelFor(int size)
{
    return size >= 1'000'000 ? QString::number(size / 1'000'000) + u'M' : QString::number(size / 1000) + u'k';
}

// Everything that only reads, on an open database.
void readFigures(Database &db, const Options &options, const Bench::SearchWords &words,
                 const std::function<QString(const QString &)> &metric)
{
    Session session(db, Clock::system(), nullptr);
    countFigures(db, options.sampling, metric);
    screenFigures(session, options.sampling, words, metric);
    if (options.scroll)
        scrollBoth(db, metric);
}

// Everything on one database; false when it cannot be opened.
bool benchmark(const QString &path, const QString &label, const Options &options)
{
    const auto metric = [&](const QString &name) { return u"inbox."_s + name + u'.' + label; };
    Bench::Untouched untouched(path);
    Bench::SearchWords words;
    {
        const auto opened = untouched.open();
        if (!opened)
            return false;
        Database &db = *opened;
        if (options.scrollOnly) {
            scrollBoth(db, metric);
            untouched.checkOpen(db);
            return true;
        }
        words = pickWords(db, options.words);
        readFigures(db, options, words, metric);
        untouched.checkOpen(db);
    }
    untouched.checkClosed();
    if (options.writes) {
        const QString scratch = QCoreApplication::applicationDirPath() + u"/data"_s;
        if (!Bench::benchmarkWrites(path, scratch, options.sampling, words.common, metric))
            return false;
        untouched.checkClosed();
    }
    return true;
}

// Everything on a PostgreSQL server of the run's own, a database loaded for each size (kept
// between runs, each run measuring a copy); the exit code.
int benchmarkPostgres(const Options &options)
{
    for (const int size : std::as_const(options.sizes)) {
        const QString label = (options.label.isEmpty() ? labelFor(size) : options.label) + u"-postgresql"_s;
        const auto metric = [&](const QString &name) { return u"inbox."_s + name + u'.' + label; };
        Bench::LoadedInboxServer server(QCoreApplication::applicationDirPath() + u"/data"_s, size);
        Database *opened = server.open(Clock::system().nowMs(), metric);
        if (!opened) {
            std::fprintf(stderr, "no PostgreSQL database of %d tickets\n", size);
            return 1;
        }
        Database &db = *opened;
        const Bench::SearchWords words = pickWords(db, options.words);
        if (options.hold) {
            const DatabaseUrl &url = db.url();
            std::fprintf(stderr, "loaded: PGPASSWORD=... psql -h %s -p %d -U %s %s; end the standard input to go on\n",
                         qPrintable(url.host), url.port, qPrintable(url.user), qPrintable(url.databaseName));
            (void)QTextStream(stdin).readAll();
        }
        if (options.scrollOnly) {
            scrollBoth(db, metric);
            continue;
        }
        readFigures(db, options, words, metric);
        if (options.writes)
            Bench::benchmarkWritesOn(db, options.sampling, words.common, metric);
    }
    return 0;
}

Options parse(const QStringList &arguments)
{
    Options options;
    QStringList rest;
    options.sampling = Bench::parseSampling(arguments.mid(1), &rest);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        const QString value = rest.value(i + 1);
        if (argument == u"--scroll-only") {
            options.scrollOnly = true;
        } else if (argument == u"--no-scroll") {
            options.scroll = false;
        } else if (argument == u"--hold") {
            options.hold = true;
        } else if (argument == u"--no-writes") {
            options.writes = false;
        } else if (argument == u"--engine") {
            options.postgres = value == u"postgresql" || value == u"postgres";
            if (!options.postgres && value != u"sqlite") {
                std::fprintf(stderr, "--engine takes sqlite or postgresql\n");
                std::exit(2);
            }
            ++i;
        } else if (argument == u"--sizes") {
            options.sizes.clear();
            options.sizesGiven = true;
            for (const QString &size : value.split(u',', Qt::SkipEmptyParts))
                options.sizes.append(size.toInt());
            ++i;
        } else if (argument == u"--database") {
            options.database = value;
            ++i;
        } else if (argument == u"--label") {
            options.label = value;
            ++i;
        } else if (argument == u"--words") {
            options.words = value.split(u',');
            if (options.words.size() != 3) {
                std::fprintf(stderr, "--words takes three words: RARE,COMMON,PHRASE\n");
                std::exit(2);
            }
            ++i;
        } else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(argument));
            std::exit(2);
        }
    }
    if (options.postgres && !options.sizesGiven)
        options.sizes = {1'000'000};
    if (options.postgres && !options.database.isEmpty()) {
        std::fprintf(stderr, "--database names an SQLite file; with --engine postgresql the run loads its own\n");
        std::exit(2);
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::useOffscreenPlatformByDefault();
    QApplication app(argc, argv);
    Bench::quietOffscreenWarnings();
    const Options options = parse(app.arguments());
    Bench::printLoad(u"start"_s);
    if (options.postgres) {
        if (const int status = benchmarkPostgres(options); status != 0)
            return status;
    } else if (!options.database.isEmpty()) {
        if (!QFileInfo::exists(options.database)) {
            std::fprintf(stderr, "%s does not exist\n", qPrintable(options.database));
            return 2;
        }
        const QString label = options.label.isEmpty() ? u"db"_s : options.label;
        if (!benchmark(QFileInfo(options.database).absoluteFilePath(), label, options))
            return 1;
    } else {
        const QString folder = QCoreApplication::applicationDirPath() + u"/data"_s;
        for (const int size : std::as_const(options.sizes)) {
            const QString path = Bench::generatedDatabase(folder, size);
            if (path.isEmpty()) {
                std::fprintf(stderr, "cannot make the benchmark database for %d tickets\n", size);
                return 1;
            }
            if (!benchmark(path, options.label.isEmpty() ? labelFor(size) : options.label, options))
                return 1;
        }
    }
    Bench::printLoad(u"end"_s);
    return 0;
}
