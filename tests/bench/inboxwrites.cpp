// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxwrites.h"

#include "inboxscreen.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/search/ticketsearch.h"
#include "models/tickets/thread/replysender.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Casebook::Bench {

namespace {

const QString openView = u"-status:solved -status:closed "_s;
const QString replyText = u"Thank you, we are looking into it and will write as soon as we know more."_s;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A write that fails makes every later figure meaningless: stop and say why.
template<typename T>
void require(const Result<T> &result, const char *what)
{
    if (result)
        return;
    std::fprintf(stderr, "%s failed: %s %s\n", what, qPrintable(result.error().message),
                 qPrintable(result.error().detail));
    std::exit(1);
}

// Tickets the inbox lists for `word` in the Open view, best first.
QList<TicketId> openHits(Database &db, AgentId me, const QString &word)
{
    SearchQuery::ParseError error;
    const auto hits = TicketSearch(db).search(SearchQuery::parse(openView + word, QDate::currentDate(), &error), me,
                                              InboxModel::searchLimit);
    require(hits, "the search for the tickets to change");
    QList<TicketId> ids;
    for (const TicketSearch::Hit &hit : hits.value())
        ids.append(hit.ticket);
    return ids;
}

TicketId longThread(Database &db)
{
    TicketStore store(db);
    const auto id = store.create({u"bench: a thread of 50 messages"_s, {}, Channel::Email, u"first"_s});
    require(id, "creating the long thread");
    for (int i = 1; i < 50; ++i)
        require(store.addMessage(*id,
                                 i % 3 == 0  ? MessageKind::Note
                                     : i % 2 ? MessageKind::Agent
                                             : MessageKind::Customer,
                                 {}, u"Message %1 of a long thread about the import that stops halfway."_s.arg(i)),
                "a message of the long thread");
    return *id;
}

MessageId newestMessage(const TicketStore &store, TicketId ticket)
{
    const auto thread = store.messages(ticket);
    require(thread, "reading a thread");
    return thread->isEmpty() ? MessageId() : thread->constLast().id;
}

qint64 versionOf(const TicketStore &store, TicketId ticket)
{
    const auto read = store.ticket(ticket);
    require(read, "reading a ticket");
    return read->version;
}

// The stores alone, nothing listening to the change feed; each write on a ticket of its own.
void storeFigures(Database &db, AgentId me, const QList<TicketId> &tickets, const Sampling &wanted,
                  const std::function<QString(const QString &)> &metric)
{
    TicketStore store(db, Clock::system());
    ReplySender sender(db, Clock::system());
    Sampling sampling = wanted;
    const int runs = int(tickets.size() / 2);
    if (runs < sampling.warmup + sampling.samples) {
        sampling.warmup = std::min(sampling.warmup, runs / 10);
        sampling.samples = runs - sampling.warmup;
        std::fprintf(stderr, "only %lld tickets to change: %d samples per write\n", qint64(tickets.size()),
                     sampling.samples);
    }
    qsizetype next = 0;
    TicketId ticket;
    qint64 version = 0;
    measure(
        metric(u"write_solve.store"_s), sampling,
        [&] { require(store.solve(ticket, Resolution::CustomerConfirmed, version, me), "solve"); },
        [&] {
            ticket = tickets.value(next++);
            version = versionOf(store, ticket);
        });
    MessageId base;
    measure(
        metric(u"write_reply.store"_s), sampling,
        [&] { require(sender.send({ticket, MessageKind::Agent, replyText, me, base}), "reply"); },
        [&] {
            ticket = tickets.value(next++);
            base = newestMessage(store, ticket);
        });
}

// The same writes while the app's inbox shows a search, on tickets it shows: the call, and
// until the list shows the change and has painted it. Today the inbox runs the search again
// on every change, inside the change feed's announcement, so the call includes it. The
// inbox's view counts follow changes on their worker, as in the app, and share the machine.
void inboxFigures(Session &session, const QString &word, const Sampling &sampling,
                  const std::function<QString(const QString &)> &metric)
{
    Database &db = session.database();
    const AgentId me = session.agentId();
    TicketStore store(db, Clock::system());
    ReplySender sender(db, Clock::system());
    InboxScreen screen(session);
    screen.showView(u"open"_s);
    screen.search(word);
    screen.paint();
    screen.waitForCounts();
    InboxModel &model = screen.model();

    QList<double> calls, reflected;
    int late = 0;
    const auto sample = [&](int run, const std::function<void()> &write, const std::function<bool()> &shown) {
        QElapsedTimer timer;
        timer.start();
        write();
        const double call = msSince(timer);
        if (!waitUntil(shown, 30'000))
            ++late;
        screen.paint();
        if (run >= sampling.warmup) {
            calls.append(call);
            reflected.append(msSince(timer));
        }
        screen.waitForCounts();
    };
    const auto shownTicket = [&](int row) {
        return model.rowCount() > row ? model.ticketAt(model.index(row, InboxModel::SubjectColumn)) : TicketId();
    };

    // The top row, solved, leaves the Open view; the next one moves up for the next run.
    for (int run = 0; run < sampling.warmup + sampling.samples; ++run) {
        const TicketId ticket = shownTicket(0);
        if (!ticket.isValid())
            break;
        const qint64 version = versionOf(store, ticket);
        sample(
            run, [&] { require(store.solve(ticket, Resolution::CustomerConfirmed, version, me), "solve"); },
            [&] { return !model.indexOf(ticket).isValid(); });
    }
    summarise(metric(u"write_solve.call_with_inbox"_s), calls);
    summarise(metric(u"write_solve.inbox_reflects"_s), reflected);
    calls.clear();
    reflected.clear();

    // A reply to one of the rows on screen moves its last activity.
    for (int run = 0; run < sampling.warmup + sampling.samples; ++run) {
        const int row = run % std::max(1, std::min(model.rowCount(), 25));
        const TicketId ticket = shownTicket(row);
        if (!ticket.isValid())
            break;
        const MessageId base = newestMessage(store, ticket);
        const auto lastActivity = [&] {
            const QModelIndex shown = model.indexOf(ticket);
            return shown.isValid()
                ? model.index(shown.row(), InboxModel::LastActivityColumn).data(RawValueRole).toLongLong()
                : qint64(-1);
        };
        const qint64 before = lastActivity();
        sample(
            run, [&] { require(sender.send({ticket, MessageKind::Agent, replyText, me, base}), "reply"); },
            [&] { return lastActivity() != before; });
    }
    summarise(metric(u"write_reply.call_with_inbox"_s), calls);
    summarise(metric(u"write_reply.inbox_reflects"_s), reflected);
    if (late > 0)
        std::fprintf(stderr, "the inbox did not show %d of the writes within 30 s\n", late);
    print(metric(u"write_not_reflected"_s), late, u"writes"_s);
}

// Opening a ticket as the agent does: the open-ticket model loads it, and the ticket view with
// its side column (customer card, triage, assignment) shows it, painted.
void ticketViewFigures(Session &session, const QList<TicketId> &ordinary, const Sampling &sampling,
                       const std::function<QString(const QString &)> &metric)
{
    const TicketId thread = longThread(session.database());
    OpenTicket ticket(session);
    TicketView view(ticket);
    view.addSidePanel(new TicketSidebar(ticket));
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1100, 850);
    view.show();
    const auto open = [&](TicketId id) {
        view.setTicket(id);
        QCoreApplication::processEvents();
        (void)view.grab();
    };
    int next = 0;
    const auto another = [&] { return ordinary.value(next++ % std::max<qsizetype>(1, ordinary.size())); };
    measure(metric(u"open_ticket_50"_s), sampling, [&] { open(thread); }, [&] { open(another()); });
    measure(metric(u"open_ticket"_s), sampling, [&] { open(another()); });
}

} // namespace

bool benchmarkWrites(const QString &source, const QString &scratchFolder, const Sampling &sampling, const QString &word,
                     const std::function<QString(const QString &)> &metric)
{
    QDir().mkpath(scratchFolder);
    QTemporaryDir scratch(scratchFolder + u"/copy-XXXXXX"_s);
    const QString copy = scratch.filePath(u"copy.casebook"_s);
    QElapsedTimer copying;
    copying.start();
    if (!scratch.isValid() || !QFile::copy(source, copy)) {
        std::fprintf(stderr, "cannot copy %s into %s\n", qPrintable(source), qPrintable(scratchFolder));
        return false;
    }
    std::fprintf(stderr, "copied the database for the writes in %.1f s\n", double(copying.elapsed()) / 1000.0);
    auto opened = Database::open(DatabaseUrl::sqlite(copy));
    if (!opened) {
        std::fprintf(stderr, "cannot open the copy: %s\n", qPrintable(opened.error().message));
        return false;
    }
    benchmarkWritesOn(*opened.value(), sampling, word, metric);
    return true;
}

void benchmarkWritesOn(Database &db, const Sampling &sampling, const QString &word,
                       const std::function<QString(const QString &)> &metric)
{
    Session session(db, Clock::system(), nullptr);
    const QList<TicketId> hits = openHits(db, session.agentId(), word);
    print(metric(u"write_candidates"_s), double(hits.size()), u"tickets"_s);
    storeFigures(db, session.agentId(), hits, sampling, metric);
    inboxFigures(session, word, sampling, metric);
    ticketViewFigures(session, hits, sampling, metric);
}

} // namespace Casebook::Bench
