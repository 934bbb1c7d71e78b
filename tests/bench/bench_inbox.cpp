// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's speed on generated databases (10 k and 1 M tickets, 5 messages each):
// first paint, deep jumps, view and sort switches, full-text queries, opening a long
// thread, and memory after scrolling the whole list. Prints `name value unit` lines.
// usage: bench_inbox [--sizes 10000,1000000] [--repeats 15] [--scroll-only]
#include "benchsupport.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/search/ticketsearch.h"
#include "models/tickets/ticketstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <numeric>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int visibleRows = 40;

SearchQuery query(const QString &text)
{
    SearchQuery::ParseError error;
    return SearchQuery::parse(text, QDate::currentDate(), &error);
}

// What a view paints: every column of the rows on screen from `first`.
void paint(const InboxModel &model, int first)
{
    for (int row = first; row < std::min(model.rowCount(), first + visibleRows); ++row) {
        for (int column = 0; column < InboxModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
}

void waitForCount(const InboxModel &model)
{
    while (!model.isCountKnown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// A word of the messages' vocabulary, by how many messages hold it.
QString vocabularyTerm(Database &db, const QString &order, int minDocs, int maxDocs, int skip = 0)
{
    QSqlQuery q(db.connection());
    q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, messages_fts, 'row')"_s);
    q.prepare(u"SELECT term FROM temp.bench_vocab WHERE doc BETWEEN ? AND ? AND length(term) > 4 "
              "AND term GLOB '[a-z]*' ORDER BY "_s + order + u" LIMIT 1 OFFSET ?"_s);
    q.addBindValue(minDocs);
    q.addBindValue(maxDocs);
    q.addBindValue(skip);
    return q.exec() && q.next() ? q.value(0).toString() : u"invoice"_s;
}

// Two neighbouring words of a real message, quoted: a phrase that exists.
QString phraseFromAMessage(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT body FROM messages WHERE kind = 'customer' ORDER BY id LIMIT 1 OFFSET 1000"_s);
    const QStringList words = q.next() ? q.value(0).toString().split(u' ', Qt::SkipEmptyParts) : QStringList();
    return words.size() > 3 ? u"\""_s + words.at(1) + u' ' + words.at(2) + u'"' : u"\"import stops\""_s;
}

TicketId longThread(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id FROM tickets WHERE subject = 'bench: a thread of 50 messages'"_s);
    if (q.next())
        return TicketId(q.value(0).toLongLong());
    TicketStore store(db);
    const TicketId id = store.create({u"bench: a thread of 50 messages"_s, {}, Channel::Email, u"first"_s}).value();
    for (int i = 1; i < 50; ++i)
        (void)store.addMessage(id, i % 3 == 0 ? MessageKind::Note : i % 2 ? MessageKind::Agent : MessageKind::Customer,
                               {}, u"Message %1 of a long thread about the import that stops halfway."_s.arg(i));
    return id;
}

// Scrolls the whole list of `view` top to bottom, a screen at a time, in the default order;
// times every page read (the screens that cross into a page not loaded yet).
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
        (void)model.data(model.index(row, InboxModel::SubjectColumn));
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
    Bench::print(metric(u"scroll_page_last1000.mean"_s), mean(pageTimes.mid(std::max<qsizetype>(0, pageTimes.size() - 1000))), u"ms"_s);
}

void benchmark(Database &db, const QString &label, int repeats, bool scrollOnly)
{
    const auto metric = [&](const QString &name) { return u"inbox."_s + name + u'.' + label; };
    const double baseMiB = Bench::residentMiB();
    InboxModel model(db, Clock::system());
    const SearchQuery open = query(u"-status:solved -status:closed"_s);
    // The Open view, then every ticket: the memory figure is after both.
    const auto scrollBoth = [&] {
        scrollAll(model, open, [&](const QString &name) { return metric(name + u".open"_s); });
        scrollAll(model, {}, [&](const QString &name) { return metric(name + u".all"_s); });
        Bench::print(metric(u"memory_after_scroll"_s), Bench::residentMiB() - baseMiB, u"MiB"_s);
    };
    if (scrollOnly) {
        scrollBoth();
        return;
    }

    Bench::measure(metric(u"first_paint"_s), repeats, [&] {
        (void)model.setQuery(open, {});
        paint(model, 0);
    });
    waitForCount(model);
    QElapsedTimer timer;
    timer.start();
    (void)model.setQuery({}, {});
    waitForCount(model);
    Bench::print(metric(u"count_all"_s), double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::print(metric(u"rows_all"_s), model.rowCount(), u"rows"_s);

    // How long after the total the worker has read the landmarks.
    const auto waitForLandmarks = [&] {
        QElapsedTimer waited;
        waited.start();
        while (!model.hasLandmarks() && waited.elapsed() < 10'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    };
    timer.restart();
    waitForLandmarks();
    Bench::print(metric(u"landmarks_ready"_s), double(timer.nsecsElapsed()) / 1e6, u"ms"_s);

    // Scrollbar jumps to row 900,000 and on: first before the landmarks are in (every row
    // above is stepped over), then with them, as a moment after the list opened.
    (void)model.setQuery({}, {});
    waitForCount(model);
    int jump = 0;
    const int deep = std::min(900'000, model.rowCount() / 10 * 9);
    const auto jumpDeep = [&] { paint(model, deep + 300 * jump++ % std::max(1, model.rowCount() - deep - visibleRows)); };
    Bench::measure(metric(u"jump_deep_before_landmarks"_s), repeats, jumpDeep);
    waitForLandmarks();
    Bench::measure(metric(u"jump_deep"_s), repeats, jumpDeep);

    int flip = 0;
    Bench::measure(metric(u"switch_view"_s), repeats, [&] {
        (void)model.setQuery(query(flip++ % 2 ? u"status:pending"_s : u"is:unassigned -status:solved -status:closed"_s), {});
        paint(model, 0);
    });
    waitForCount(model);
    (void)model.setQuery(open, {});
    Bench::measure(metric(u"sort_last_activity"_s), repeats, [&] {
        model.sort(InboxModel::LastActivityColumn, flip++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        paint(model, 0);
    });
    Bench::measure(metric(u"sort_subject"_s), std::max(3, repeats / 3), [&] {
        model.sort(InboxModel::SubjectColumn, flip++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        paint(model, 0);
    });
    waitForCount(model);

    const QString rare = vocabularyTerm(db, u"doc ASC"_s, 5, 200);
    const QString common = vocabularyTerm(db, u"doc DESC"_s, 1, 1 << 30);
    const TicketSearch search(db);
    const QList<std::pair<QString, QString>> searches = {
        {u"search_rare"_s, rare},
        {u"search_common"_s, common},
        {u"search_phrase"_s, phraseFromAMessage(db)},
        {u"search_prefix"_s, rare.left(4) + u'*'},
        {u"search_operators"_s, u"status:open -channel:email "_s + common},
    };
    for (const auto &[name, text] : searches) {
        int hits = 0;
        Bench::measure(metric(name), repeats, [&] { hits = int(search.search(query(text), {}, 50).value().size()); });
        Bench::print(metric(name + u".hits"_s), hits, u"rows"_s);
    }

    const TicketId thread = longThread(db);
    TicketStore store(db);
    Bench::measure(metric(u"open_ticket_50"_s), repeats, [&] {
        (void)store.ticket(thread);
        (void)store.messages(thread);
    });

    scrollBoth();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{10'000, 1'000'000};
    int repeats = 15;
    bool scrollOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--scroll-only")
            scrollOnly = true;
        if (i + 1 >= args.size())
            break;
        if (args.at(i) == u"--sizes") {
            sizes.clear();
            for (const QString &size : args.at(i + 1).split(u','))
                sizes.append(size.toInt());
        } else if (args.at(i) == u"--repeats") {
            repeats = args.at(i + 1).toInt();
        }
    }
    const QString folder = QCoreApplication::applicationDirPath() + u"/data"_s;
    for (const int size : std::as_const(sizes)) {
        const QString path = Bench::generatedDatabase(folder, size);
        auto db = path.isEmpty() ? Result<std::unique_ptr<Database>>(Error{}) : Database::open(DatabaseUrl::sqlite(path));
        if (!db) {
            std::fprintf(stderr, "cannot open the benchmark database for %d tickets\n", size);
            return 1;
        }
        const QString label = size >= 1'000'000 ? QString::number(size / 1'000'000) + u'M'
                                                : QString::number(size / 1000) + u'k';
        benchmark(*db.value(), label, repeats, scrollOnly);
    }
    return 0;
}
