// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed: a generated Zendesk-like export (tickets with comments, users, organizations,
// in incremental-export pages) and a ticket CSV, each imported into a fresh SQLite file.
// Prints messages per second and the p50/p95 of the batch write times (one transaction each).
// The UI stays responsive because the import runs on a worker; this measures that worker.
// usage: bench_import [--tickets 24000] [--comments 5] [--dir DIR] [--only zendesk|csv|mbox]
#include "benchsupport.h"

#include "models/imports/csvticketreader.h"
#include "models/imports/importer.h"
#include "models/imports/zendeskreader.h"
#include "models/mail/mailarchive.h"
#include "models/mail/mailparser.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int pageSize = 1000; // the incremental export's page
const QStringList words{u"invoice"_s,  u"login"_s,  u"export"_s, u"printer"_s,   u"password"_s, u"shipment"_s,
                        u"tracking"_s, u"refund"_s, u"error"_s,  u"report"_s,    u"счёт"_s,     u"доступ"_s,
                        u"please"_s,   u"again"_s,  u"since"_s,  u"yesterday"_s, u"cannot"_s,   u"open"_s};

QString sentence(QRandomGenerator &random, int length)
{
    QStringList out;
    for (int i = 0; i < length; ++i)
        out.append(words.at(random.bounded(int(words.size()))));
    return out.join(u' ');
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODate);
}

/// Writes users.json, organizations.json and tickets-N.json pages with comments inline.
void writeZendesk(const QString &folder, int tickets, int comments, int users)
{
    QRandomGenerator random(15);
    QJsonArray orgs;
    for (int i = 1; i <= 50; ++i)
        orgs.append(QJsonObject{{u"id"_s, 1000 + i}, {u"name"_s, u"Company %1"_s.arg(i)}});
    QJsonArray people;
    for (int i = 1; i <= users; ++i)
        people.append(QJsonObject{{u"id"_s, 100000 + i},
                                  {u"name"_s, u"Customer %1"_s.arg(i)},
                                  {u"email"_s, u"customer%1@example.com"_s.arg(i)},
                                  {u"role"_s, u"end-user"_s},
                                  {u"organization_id"_s, 1001 + i % 50}});
    for (int i = 1; i <= 10; ++i)
        people.append(QJsonObject{{u"id"_s, 900 + i},
                                  {u"name"_s, u"Agent %1"_s.arg(i)},
                                  {u"role"_s, u"agent"_s},
                                  {u"email"_s, u"agent%1@helpdesk.example"_s.arg(i)}});
    const auto save = [&](const QString &name, const QJsonObject &object) {
        QFile f(folder + u'/' + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    save(u"organizations.json"_s, {{u"organizations"_s, orgs}});
    save(u"users.json"_s, {{u"users"_s, people}, {u"end_of_stream"_s, true}});
    const qint64 start = 1'700'000'000'000;
    const QStringList statuses{u"new"_s, u"open"_s, u"pending"_s, u"hold"_s, u"solved"_s, u"closed"_s};
    const QStringList channels{u"email"_s, u"web"_s, u"chat"_s, u"voice"_s, u"api"_s};
    qint64 commentId = 1;
    for (int page = 0; page * pageSize < tickets; ++page) {
        QJsonArray list;
        for (int n = page * pageSize; n < std::min(tickets, (page + 1) * pageSize); ++n) {
            const qint64 created = start + qint64(n) * 60'000;
            const int requester = 100001 + random.bounded(users);
            QJsonArray thread;
            for (int c = 0; c < comments; ++c) {
                const bool fromCustomer = c % 2 == 0;
                thread.append(QJsonObject{{u"id"_s, commentId++},
                                          {u"author_id"_s, fromCustomer ? requester : 901 + random.bounded(10)},
                                          {u"public"_s, c != 3},
                                          {u"body"_s, sentence(random, 20 + random.bounded(60))},
                                          {u"created_at"_s, isoTime(created + c * 3'600'000LL)}});
            }
            list.append(
                QJsonObject{{u"id"_s, n + 1},
                            {u"subject"_s, sentence(random, 5)},
                            {u"status"_s, statuses.at(random.bounded(int(statuses.size())))},
                            {u"priority"_s, u"normal"_s},
                            {u"via"_s, QJsonObject{{u"channel"_s, channels.at(random.bounded(int(channels.size())))}}},
                            {u"tags"_s, QJsonArray{words.at(random.bounded(10)), words.at(random.bounded(10))}},
                            {u"requester_id"_s, requester},
                            {u"created_at"_s, isoTime(created)},
                            {u"updated_at"_s, isoTime(created + comments * 3'600'000LL)},
                            {u"comments"_s, thread}});
        }
        save(u"tickets-%1.json"_s.arg(page + 1),
             {{u"tickets"_s, list}, {u"end_time"_s, 0}, {u"next_page"_s, QJsonValue::Null}, {u"count"_s, list.size()}});
    }
}

QByteArray csvText(int rows, int users)
{
    QRandomGenerator random(16);
    QByteArray out = "\xef\xbb\xbfНомер;Тема;Email;Клиент;Дата;Статус;Теги;Текст\r\n";
    for (int i = 0; i < rows; ++i) {
        const int who = 1 + random.bounded(users);
        out += QStringLiteral("C-%1;%2;csv%3@example.ru;Клиент %3;2024-03-%4 10:%5;Открыт;%6;\"%7\n%8\"\r\n")
                   .arg(i)
                   .arg(sentence(random, 4))
                   .arg(who)
                   .arg(1 + i % 28, 2, 10, QChar(u'0'))
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(words.at(random.bounded(10)), sentence(random, 25), sentence(random, 15))
                   .toUtf8();
    }
    return out;
}

// An mbox as a mail client exports one: each conversation a first mail and its answers,
// threaded by In-Reply-To, in Windows-1251 and UTF-8, some with a small attachment.
QByteArray mboxText(int conversations, int answers)
{
    QRandomGenerator random(11);
    QByteArray out;
    for (int c = 0; c < conversations; ++c) {
        const QByteArray from = "customer" + QByteArray::number(c % 500) + "@example.org";
        for (int a = 0; a <= answers; ++a) {
            const QByteArray id = "<" + QByteArray::number(c) + "." + QByteArray::number(a) + "@example.org>";
            out += "From " + from + " Mon Nov 23 10:00:00 2026\nFrom: " + from
                + "\nTo: support@casebook.example\nMessage-ID: " + id
                + "\nDate: Mon, 23 Nov 2026 10:" + QByteArray::number(10 + a % 50) + ":00 +0300\n";
            if (a > 0)
                out += "In-Reply-To: <" + QByteArray::number(c) + "." + QByteArray::number(a - 1) + "@example.org>\n";
            const QByteArray subject = (a > 0 ? "Re: " : "") + sentence(random, 6).toUtf8();
            out += "Subject: =?UTF-8?B?" + subject.toBase64() + "?=\nMIME-Version: 1.0\n";
            if (c % 10 == 0) {
                out +=
                    "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=UTF-8\n\n"
                    + sentence(random, 40).toUtf8()
                    + "\n--b\nContent-Type: text/plain; name=\"log.txt\"\n"
                      "Content-Disposition: attachment; filename=\"log.txt\"\n\n"
                    + sentence(random, 80).toUtf8() + "\n--b--\n\n";
            } else if (c % 3 == 0) {
                QStringEncoder cp1251("windows-1251");
                out += "Content-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: 8bit\n\n"
                    + QByteArray(cp1251.encode(sentence(random, 40))) + "\n\n";
            } else {
                out += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                    + sentence(random, 40).toUtf8() + "\n\n";
            }
        }
    }
    return out;
}

void report(const QString &name, const ImportSummary &summary, double seconds)
{
    std::fprintf(stderr, "%s: %d tickets, %d messages, %d customers, %d batches in %.1f s\n", qPrintable(name),
                 summary.tickets, summary.messages, summary.customers, summary.batches, seconds);
    Bench::print(name + u".messages_per_second"_s, summary.messages / seconds, u"messages/s"_s);
    Bench::print(name + u".tickets_per_second"_s, summary.tickets / seconds, u"tickets/s"_s);
    Bench::summarise(name + u".batch"_s, summary.batchCommitMs);
}

std::unique_ptr<Database> freshDatabase(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + u"-wal"_s);
    QFile::remove(file + u"-shm"_s);
    auto database = Database::open(DatabaseUrl::sqlite(file));
    if (!database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(database.error().message));
        return nullptr;
    }
    return std::move(database).value();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int tickets = option(u"--tickets"_s, u"24000"_s).toInt();
    const int comments = option(u"--comments"_s, u"5"_s).toInt();
    QTemporaryDir temporary;
    const QString dir = option(u"--dir"_s, temporary.path());
    const QString only = option(u"--only"_s, QString());
    const auto runs = [&](const QString &format) { return only.isEmpty() || only == format; };
    QDir().mkpath(dir + u"/zendesk"_s);
    Bench::printLoad(u"start"_s);

    QElapsedTimer timer;
    timer.start();
    if (runs(u"zendesk"_s)) {
        writeZendesk(dir + u"/zendesk"_s, tickets, comments, std::max(100, tickets / 4));
        std::fprintf(stderr, "generated the Zendesk export in %.1f s\n", timer.elapsed() / 1000.0);
        auto database = freshDatabase(dir + u"/zendesk.casebook"_s);
        if (!database)
            return 1;
        timer.restart();
        ZendeskReader reader(dir + u"/zendesk"_s);
        const double parsed = timer.elapsed() / 1000.0;
        Bench::print(u"import.zendesk.parse"_s, parsed * 1000, u"ms"_s);
        const ImportSummary summary = runImport(*database, reader, 1'795'435'200'000);
        report(u"import.zendesk"_s, summary, timer.elapsed() / 1000.0);
        if (!summary.failure.isEmpty()) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(summary.failure));
            return 1;
        }
        timer.restart();
        ZendeskReader again(dir + u"/zendesk"_s);
        const ImportSummary rerun = runImport(*database, again, 1'795'435'200'000);
        Bench::print(u"import.zendesk.rerun"_s, timer.elapsed(), u"ms"_s);
        Bench::print(u"import.zendesk.rerun_added"_s, rerun.tickets + rerun.messages + rerun.customers, u"records"_s);
    }
    if (runs(u"csv"_s)) {
        auto database = freshDatabase(dir + u"/csv.casebook"_s);
        if (!database)
            return 1;
        const QByteArray csv = csvText(tickets, std::max(100, tickets / 4));
        timer.restart();
        auto table = readTicketCsv(csv);
        if (!table)
            return 1;
        CsvTicketReader reader(table.value(), TicketCsvMapping::guessed(table->header));
        const ImportSummary summary = runImport(*database, reader, 1'795'435'200'000);
        report(u"import.csv"_s, summary, timer.elapsed() / 1000.0);
    }
    if (runs(u"mbox"_s)) {
        // Mail goes through the intake (MIME, threading, customers by address), not the
        // record writer: a tenth of the tickets, each with four answers.
        auto database = freshDatabase(dir + u"/mbox.casebook"_s);
        if (!database)
            return 1;
        QFile mbox(dir + u"/support.mbox"_s);
        if (!mbox.open(QIODevice::WriteOnly) || mbox.write(mboxText(std::max(10, tickets / 10), 4)) < 0)
            return 1;
        mbox.close();
        // Parsing alone, to tell the MIME work from the storing.
        const QByteArray text = mboxText(std::max(10, tickets / 10), 4);
        timer.restart();
        const QList<QByteArray> mails = MailArchive::splitMbox(text);
        Bench::print(u"import.mbox.split"_s, timer.elapsed(), u"ms"_s);
        timer.restart();
        for (const QByteArray &mail : mails)
            (void)MailParser::parse(mail);
        Bench::print(u"import.mbox.parse_per_mail"_s,
                     timer.nsecsElapsed() / 1000.0 / std::max<qsizetype>(1, mails.size()), u"us"_s);
        timer.restart();
        const auto imported = MailArchive::import(*database, mbox.fileName());
        const double seconds = timer.elapsed() / 1000.0;
        if (!imported) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        std::fprintf(stderr, "import.mbox: %d mails, %d tickets, %d joined, %d unreadable in %.1f s\n", imported->read,
                     imported->mail.newTickets, imported->mail.joined, imported->mail.unreadable, seconds);
        Bench::print(u"import.mbox.messages_per_second"_s, imported->mail.stored() / seconds, u"messages/s"_s);
        Bench::print(u"import.mbox.unreadable"_s, imported->mail.unreadable, u"mails"_s);
    }
    Bench::printLoad(u"end"_s);
    return 0;
}
