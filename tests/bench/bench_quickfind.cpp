// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette's look-up of tickets and customers (QuickFind) on a big database: a
// ticket's number, a word of a subject, that word's first letters as they are typed, and a
// word most subjects hold; each as the worker runs it, and once through the palette's path
// (a look-up asked for on the UI thread, answered by the worker). Prints `name value unit` lines.
//
// usage: bench_quickfind --database FILE [--label NAME] [--words WORD,COMMON] [--samples 100]
//
// The database is left exactly as it was (checked before the program exits; exit code 3 when not).
#include "benchsupport.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/search/quickfind.h"
#include "models/tickets/search/ticketsearch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// A longer word of the subject of the ticket at `share` of the table: the words agents type.
QString subjectWord(Database &db, double share)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT subject FROM tickets WHERE id >= (SELECT max(id) FROM tickets) * %1 ORDER BY id LIMIT 1"_s.arg(
            share))
        || !q.next())
        return {};
    static const QRegularExpression separator(u"[^\\p{L}]+"_s);
    QString best;
    for (const QString &word : q.value(0).toString().split(separator, Qt::SkipEmptyParts)) {
        if (word.size() > best.size())
            best = word;
    }
    return best.toLower();
}

qint64 middleTicket(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT max(id) / 2 FROM tickets"_s) && q.next() ? q.value(0).toLongLong() : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    QString path;
    QString label = u"db"_s;
    QStringList words;
    for (qsizetype i = 0; i + 1 < rest.size(); i += 2) {
        if (rest.at(i) == u"--database")
            path = rest.at(i + 1);
        else if (rest.at(i) == u"--label")
            label = rest.at(i + 1);
        else if (rest.at(i) == u"--words")
            words = rest.at(i + 1).split(u',', Qt::SkipEmptyParts);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_quickfind --database FILE [--label NAME] [--words WORD,COMMON]\n");
        return 2;
    }
    Bench::Untouched untouched(path);
    {
        const auto opened = untouched.open();
        if (!opened)
            return 1;
        Database &db = *opened;
        if (words.size() != 2)
            words = {subjectWord(db, 0.37), subjectWord(db, 0.99)};
        const QString number = QString::number(middleTicket(db));
        std::fprintf(stderr, "words: \"%s\", \"%s\"; number %s\n", qPrintable(words.at(0)), qPrintable(words.at(1)),
                     qPrintable(number));
        const QList<std::pair<QString, QString>> lookUps{
            {u"number"_s, number},
            {u"word"_s, words.at(0)},
            {u"prefix"_s, words.at(0).left(4)},
            {u"common"_s, words.at(1)},
        };
        Bench::printLoad(u"start"_s);
        for (const auto &[name, text] : lookUps) {
            const auto answer = QuickFind::lookUp(db, Clock::system(), text);
            std::fprintf(stderr, "%s \"%s\": %lld tickets, %lld customers%s\n", qPrintable(name), qPrintable(text),
                         qint64(answer.tickets.size()), qint64(answer.customers.size()),
                         answer.error.isEmpty() ? "" : qPrintable(u", error: "_s + answer.error));
            Bench::measure(u"quickfind.%1.%2"_s.arg(name, label), sampling,
                           [&db, text] { (void)QuickFind::lookUp(db, Clock::system(), text); });
        }
        // For comparison: the inbox's search for the same word (its limit, its threshold).
        SearchQuery::ParseError error;
        const SearchQuery inboxQuery = SearchQuery::parse(words.at(0), QDate::currentDate(), &error);
        Bench::measure(u"quickfind.inboxsearch.word.%1"_s.arg(label), sampling, [&db, &inboxQuery] {
            (void)TicketSearch(db, Clock::system()).search(inboxQuery, AgentId{}, 1000);
        });
        // The palette's path: asked on this thread, answered by the worker's connection.
        QuickFind finder(db, Clock::system());
        Bench::measure(u"quickfind.palette.word.%1"_s.arg(label), sampling, [&finder, &words] {
            QEventLoop loop;
            QObject::connect(&finder, &QuickFind::found, &loop, &QEventLoop::quit);
            QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
            finder.find(words.at(0));
            loop.exec();
        });
        Bench::printLoad(u"end"_s);
        untouched.checkOpen(db);
    }
    untouched.checkClosed();
    return 0;
}
