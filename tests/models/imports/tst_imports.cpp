// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/imports/csvticketreader.h"
#include "models/imports/importer.h"
#include "models/imports/zendeskreader.h"
#include "models/storage/changefeed.h"
#include "tests/support/enginetest.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 now = 1'795'435'200'000;

QString corpus(const QString &path)
{
    return QStringLiteral(CASEBOOK_IMPORT_CORPUS "/") + path;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(corpus(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<CsvTicketReader> csvReader(const QString &path)
{
    auto table = readTicketCsv(fileBytes(path));
    if (!table)
        return nullptr;
    const TicketCsvMapping mapping = TicketCsvMapping::guessed(table->header);
    return std::make_unique<CsvTicketReader>(table.value(), mapping);
}

bool mentions(const ImportSummary &summary, const QString &position, const QString &reason)
{
    for (const ImportProblem &problem : summary.skipped) {
        if (problem.position.contains(position) && problem.reason.contains(reason))
            return true;
    }
    return false;
}
} // namespace

class TestImports final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { QVERIFY(openDatabase(now)); }
    void cleanup() { closeDatabase(); }

    void zendeskApiExportBecomesTicketsCustomersAndNotes();
    void R38_privateZendeskCommentsAreNotes();
    void zendeskReRunAddsNothingTwice();
    void zendeskAgentsSignTheirAnswersWhereTheTeamKnowsThem();
    void zendeskNextPageAddsOnlyNewComments();
    void zendeskLinesExportSkipsTheBrokenLineAndGoesOn();
    void csvRussianSemicolonBomMultilineWithProblemsReported();
    void csvRowsOfOneTicketAreItsMessagesAndReRunAddsNothing();
    void csvSavedMappingNamesTheColumns();
    void oneAnnouncementPerBatch();
    void cancelStopsBeforeTheNextBatch();
    void importerRunsOnAWorkerAndReportsProgress();

private:
    [[nodiscard]] qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    [[nodiscard]] QString text(const QString &sql, const QVariantList &values = {}) const;
};

qint64 TestImports::scalar(const QString &sql, const QVariantList &values) const
{
    return text(sql, values).toLongLong();
}

QString TestImports::text(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void TestImports::zendeskApiExportBecomesTicketsCustomersAndNotes()
{
    ZendeskReader reader(corpus(u"zendesk/api"_s));
    QVERIFY(!reader.unreadable());
    const ImportSummary summary = runImport(*m_db, reader, now);
    QVERIFY2(summary.failure.isEmpty(), qPrintable(summary.failure));
    QCOMPARE(summary.tickets, 3);
    QCOMPARE(summary.messages, 6);
    QCOMPARE(summary.customers, 2);
    QCOMPARE(summary.skipped.size(), 3);
    QVERIFY(mentions(summary, u"users"_s, u"without an id"_s));
    QVERIFY(mentions(summary, u"tickets-2.json"_s, u"104 was deleted"_s));
    QVERIFY(mentions(summary, u"tickets-2.json, tickets 3"_s, u"without an id"_s));

    const qint64 t101 = scalar(
        u"SELECT local_id FROM import_keys WHERE source = 'zendesk' AND kind = 'ticket' AND external_id = '101'"_s);
    QVERIFY(t101 > 0);
    QCOMPARE(text(u"SELECT status FROM tickets WHERE id = ?"_s, {t101}), u"on_hold"_s);
    QCOMPARE(text(u"SELECT severity FROM tickets WHERE id = ?"_s, {t101}), u"critical"_s);
    QCOMPARE(text(u"SELECT channel FROM tickets WHERE id = ?"_s, {t101}), u"email"_s);
    QCOMPARE(scalar(u"SELECT tag_count FROM tickets WHERE id = ?"_s, {t101}), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.ticket_id = ? "
                    "AND g.name = 'billing'"_s,
                    {t101}),
             1);
    // Karin asked; her organisation is her company, her address finds her.
    const qint64 karin = scalar(u"SELECT customer_id FROM tickets WHERE id = ?"_s, {t101});
    QCOMPARE(text(u"SELECT company FROM customers WHERE id = ?"_s, {karin}), u"Lindqvist Freight AB"_s);
    QCOMPARE(scalar(u"SELECT customer_id FROM customer_emails WHERE email = 'karin@lindqvist-freight.example'"_s),
             karin);
    QCOMPARE(text(u"SELECT created_at FROM tickets WHERE id = ?"_s, {t101}).toLongLong(),
             QDateTime::fromString(u"2024-03-01T09:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
    // The agent is the team, not a customer.
    QCOMPARE(scalar(u"SELECT count(*) FROM customers WHERE display_name = 'Maya Support'"_s), 0);

    const qint64 t102 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = '102'"_s);
    QCOMPARE(text(u"SELECT channel FROM tickets WHERE id = ?"_s, {t102}), u"form"_s);
    QCOMPARE(text(u"SELECT status FROM tickets WHERE id = ?"_s, {t102}), u"solved"_s);
    QCOMPARE(text(u"SELECT subject FROM tickets WHERE id = ?"_s, {t102}), u"Счёт за февраль"_s);
    // An HTML-only comment arrives as its text.
    QCOMPARE(text(u"SELECT body FROM messages WHERE ticket_id = ? AND kind = 'agent'"_s, {t102}),
             u"Счёт во вложении."_s);

    // The tickets list alone: the description is the first message.
    const qint64 t103 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = '103'"_s);
    QCOMPARE(text(u"SELECT channel FROM tickets WHERE id = ?"_s, {t103}), u"chat"_s);
    QCOMPARE(text(u"SELECT body FROM messages WHERE ticket_id = ?"_s, {t103}),
             u"I cannot log in since this morning."_s);
    // The imported text is searchable.
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE subject LIKE '%container%'"_s), 1);
}

void TestImports::zendeskAgentsSignTheirAnswersWhereTheTeamKnowsThem()
{
    // Maya answers in Zendesk; the team has her under the same address, written otherwise.
    const AgentId maya = addAgent(u"maya"_s, u"Maya Berg"_s);
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE agents SET email = 'Maya@Helpdesk.example' WHERE id = ?"_s);
    q.addBindValue(maya.value());
    QVERIFY(q.exec());
    ZendeskReader reader(corpus(u"zendesk/api"_s));
    const ImportSummary summary = runImport(*m_db, reader, now);
    QVERIFY2(summary.failure.isEmpty(), qPrintable(summary.failure));
    // Her three comments (two answers and a private note) are hers; nobody else's are.
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE author_agent_id = ?"_s, {maya.value()}), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE author_agent_id IS NOT NULL"_s), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE kind = 'customer' AND author_agent_id IS NOT NULL"_s), 0);
}

void TestImports::R38_privateZendeskCommentsAreNotes()
{
    ZendeskReader reader(corpus(u"zendesk/api"_s));
    QVERIFY(runImport(*m_db, reader, now).failure.isEmpty());
    const qint64 t101 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = '101'"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'note'"_s, {t101}), 1);
    QVERIFY(
        text(u"SELECT body FROM messages WHERE ticket_id = ? AND kind = 'note'"_s, {t101}).contains(u"carrier feed"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'agent'"_s, {t101}), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'customer' "
                    "AND author_customer_id IS NOT NULL"_s,
                    {t101}),
             1);
    // The team answered at 10:10: the first response is recorded.
    QCOMPARE(text(u"SELECT first_responded_at FROM tickets WHERE id = ?"_s, {t101}).toLongLong(),
             QDateTime::fromString(u"2024-03-01T10:10:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
}

void TestImports::zendeskReRunAddsNothingTwice()
{
    ZendeskReader first(corpus(u"zendesk/api"_s));
    QVERIFY(runImport(*m_db, first, now).failure.isEmpty());
    const qint64 tickets = scalar(u"SELECT count(*) FROM tickets"_s);
    const qint64 messages = scalar(u"SELECT count(*) FROM messages"_s);
    const qint64 customers = scalar(u"SELECT count(*) FROM customers"_s);

    ZendeskReader again(corpus(u"zendesk/api"_s));
    const ImportSummary summary = runImport(*m_db, again, now);
    QCOMPARE(summary.tickets, 0);
    QCOMPARE(summary.messages, 0);
    QCOMPARE(summary.customers, 0);
    QCOMPARE(summary.alreadyThere, 5); // two customers, three tickets
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), tickets);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), messages);
    QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), customers);
}

void TestImports::zendeskNextPageAddsOnlyNewComments()
{
    ZendeskReader first(corpus(u"zendesk/api"_s));
    QVERIFY(runImport(*m_db, first, now).failure.isEmpty());
    const QByteArray page =
        R"({"tickets": [{"id": 101, "status": "open", "subject": "Tracking page shows the wrong container",
        "requester_id": 381234560011, "comments": [
          {"id": 9003, "author_id": 381234560001, "public": true, "body": "already there", "created_at": "2024-03-01T10:10:00Z"},
          {"id": 9004, "author_id": 381234560011, "public": true, "body": "Thanks, it is right now.", "created_at": "2024-03-03T10:00:00Z"}]}],
        "end_time": 1709719300, "next_page": null, "end_of_stream": true})";
    ZendeskReader next(page, u"page"_s);
    const ImportSummary summary = runImport(*m_db, next, now);
    QCOMPARE(summary.tickets, 0);
    QCOMPARE(summary.messages, 1);
    const qint64 t101 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = '101'"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ?"_s, {t101}), 4);
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'customer' AND author_customer_id IS NOT NULL"_s,
            {t101}),
        2);
}

void TestImports::zendeskLinesExportSkipsTheBrokenLineAndGoesOn()
{
    ZendeskReader reader(corpus(u"zendesk/export.ndjson"_s));
    QVERIFY(!reader.unreadable());
    const ImportSummary summary = runImport(*m_db, reader, now);
    QCOMPARE(summary.tickets, 2);
    QCOMPARE(summary.messages, 3);
    QCOMPARE(summary.skipped.size(), 1);
    QVERIFY(mentions(summary, u"export.ndjson, line 2"_s, u"not JSON"_s));
    const qint64 t501 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = '501'"_s);
    QCOMPARE(text(u"SELECT channel FROM tickets WHERE id = ?"_s, {t501}), u"phone"_s);
    QCOMPARE(text(u"SELECT severity FROM tickets WHERE id = ?"_s, {t501}), u"high"_s);
    // Without users, whoever answers the requester is the team.
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE ticket_id = ? AND kind = 'agent'"_s, {t501}), 1);
    // An inline requester becomes a customer.
    QCOMPARE(scalar(u"SELECT count(*) FROM customers c JOIN tickets t ON t.customer_id = c.id "
                    "WHERE c.display_name = 'Ines Duarte' AND t.status = 'pending'"_s),
             1);

    ZendeskReader garbage(QByteArray("this is not { json"), u"garbage.json"_s);
    QVERIFY(garbage.unreadable());
    const ImportSummary nothing = runImport(*m_db, garbage, now);
    QVERIFY(nothing.nothingRead());
    QCOMPARE(nothing.skipped.size(), 1);
}

void TestImports::csvRussianSemicolonBomMultilineWithProblemsReported()
{
    const auto table = readTicketCsv(fileBytes(u"csv/ru-semicolon.csv"_s));
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, QChar(u';'));
    const TicketCsvMapping mapping = TicketCsvMapping::guessed(table->header);
    const QList<TicketField> expected{TicketField::Id,   TicketField::Subject, TicketField::Email,
                                      TicketField::Name, TicketField::Created, TicketField::Status,
                                      TicketField::Tags, TicketField::Body};
    QCOMPARE(mapping.fields, expected);

    CsvTicketReader reader(table.value(), mapping);
    const ImportSummary summary = runImport(*m_db, reader, now);
    QCOMPARE(summary.tickets, 2);
    QCOMPARE(summary.messages, 2);
    QCOMPARE(summary.customers, 2);
    QCOMPARE(summary.skipped.size(), 2);
    QVERIFY(mentions(summary, u"row 4"_s, u"neither a subject nor a text"_s));
    QVERIFY(mentions(summary, u"row 5"_s, u"вчера"_s));

    const qint64 a1 =
        scalar(u"SELECT local_id FROM import_keys WHERE source = 'csv' AND kind = 'ticket' AND external_id = 'A-1'"_s);
    QCOMPARE(text(u"SELECT body FROM messages WHERE ticket_id = ?"_s, {a1}),
             u"Добрый день!\nПисьма с сайта не приходят с утра.\nПроверьте, пожалуйста; это важно."_s);
    QCOMPARE(text(u"SELECT status FROM tickets WHERE id = ?"_s, {a1}), u"open"_s);
    QCOMPARE(scalar(u"SELECT tag_count FROM tickets WHERE id = ?"_s, {a1}), 2);
    QCOMPARE(text(u"SELECT created_at FROM tickets WHERE id = ?"_s, {a1}).toLongLong(),
             QDateTime::fromString(u"2024-03-05T10:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
    const qint64 a2 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = 'A-2'"_s);
    QCOMPARE(text(u"SELECT status FROM tickets WHERE id = ?"_s, {a2}), u"solved"_s);
    QCOMPARE(text(u"SELECT body FROM messages WHERE ticket_id = ?"_s, {a2}), u"Нужен счёт с \"НДС\""_s);
}

void TestImports::csvRowsOfOneTicketAreItsMessagesAndReRunAddsNothing()
{
    auto reader = csvReader(u"csv/en-comma.csv"_s);
    QVERIFY(reader);
    ImportSummary summary = runImport(*m_db, *reader, now);
    QCOMPARE(summary.tickets, 2);
    QCOMPARE(summary.messages, 3);
    QCOMPARE(summary.customers, 1);
    const qint64 t10 = scalar(u"SELECT local_id FROM import_keys WHERE kind = 'ticket' AND external_id = 'T-10'"_s);
    QCOMPARE(text(u"SELECT severity FROM tickets WHERE id = ?"_s, {t10}), u"critical"_s);
    QCOMPARE(text(u"SELECT status FROM tickets WHERE id = ?"_s, {t10}), u"pending"_s);
    QCOMPARE(text(u"SELECT subject FROM tickets WHERE id = ?"_s, {t10}), u"Export to Excel, broken"_s);

    auto again = csvReader(u"csv/en-comma.csv"_s);
    summary = runImport(*m_db, *again, now);
    QCOMPARE(summary.tickets + summary.messages + summary.customers, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 3);
}

void TestImports::csvSavedMappingNamesTheColumns()
{
    const auto table = readTicketCsv(fileBytes(u"csv/custom-headers.csv"_s));
    QVERIFY(table.ok());
    const auto mapping = TicketCsvMapping::fromJson(fileBytes(u"csv/mapping.json"_s), table->header);
    QVERIFY(mapping.ok());
    const QList<TicketField> expected{TicketField::Id, TicketField::Subject, TicketField::Email, TicketField::Body,
                                      TicketField::Ignore};
    QCOMPARE(mapping->fields, expected);
    // What is saved reads back the same.
    const auto roundTrip = TicketCsvMapping::fromJson(mapping->toJson(table->header), table->header);
    QVERIFY(roundTrip.ok());
    QCOMPARE(roundTrip->fields, expected);
    QVERIFY(!TicketCsvMapping::fromJson(R"({"columns": {"Ref": "nonsense"}})", table->header).ok());
    // A column of addresses under a header that names a person is the requester's e-mail.
    const auto requesters = readTicketCsv("Subject,Requester,Notes\nHello,anna@example.com,x\nHi,n/a,y\n"
                                          "Hey,boris@example.org,z\nYo,c@example.net,\n"
                                          "A,d@example.net,\nB,e@example.net,\nC,f@example.net,\n"
                                          "D,g@example.net,\nE,h@example.net,\nF,i@example.net,\n");
    QVERIFY(requesters.ok());
    QCOMPARE(TicketCsvMapping::guessed(requesters.value()).fields,
             (QList<TicketField>{TicketField::Subject, TicketField::Email, TicketField::Ignore}));
    const auto named = readTicketCsv("Subject,Requester,Requester Email\nHello,Anna,anna@example.com\n");
    QVERIFY(named.ok());
    QCOMPARE(TicketCsvMapping::guessed(named.value()).fields,
             (QList<TicketField>{TicketField::Subject, TicketField::Name, TicketField::Email}));
    // Found by fuzz_csv: a header with an empty cell after a Cyrillic one crashed the save.
    const auto blankColumn = readTicketCsv("Тема;;Email\nHello;x;a@example.com\n");
    QVERIFY(blankColumn.ok());
    QVERIFY(blankColumn->header.at(1).isEmpty());
    const TicketCsvMapping guessed = TicketCsvMapping::guessed(blankColumn->header);
    const auto blankRoundTrip = TicketCsvMapping::fromJson(guessed.toJson(blankColumn->header), blankColumn->header);
    QVERIFY(blankRoundTrip.ok());
    QCOMPARE(blankRoundTrip->fields, guessed.fields);

    CsvTicketReader reader(table.value(), mapping.value());
    const ImportSummary summary = runImport(*m_db, reader, now);
    QCOMPARE(summary.tickets, 1);
    QCOMPARE(text(u"SELECT body FROM messages"_s), u"Mapped by a saved file"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE body LIKE '%do not import%'"_s), 0);
}

void TestImports::oneAnnouncementPerBatch()
{
    QSignalSpy changed(m_db->changeFeed(), &ChangeFeed::changed);
    ZendeskReader reader(corpus(u"zendesk/api"_s));
    ImportBatching batching;
    batching.records = 2;
    const ImportSummary summary = runImport(*m_db, reader, now, nullptr, {}, batching);
    QVERIFY(summary.batches >= 3);
    // A batch that adds nothing (only problems, only the source's agents) announces nothing.
    QVERIFY(changed.size() >= 2);
    QVERIFY(changed.size() <= summary.batches);
    int ticketInserts = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        for (const Change &change : args.at(0).value<QList<Change>>())
            ticketInserts += change.entity == u"ticket" && change.op == Change::Op::Insert;
    }
    QCOMPARE(ticketInserts, 3);
}

void TestImports::cancelStopsBeforeTheNextBatch()
{
    ZendeskReader reader(corpus(u"zendesk/api"_s));
    std::atomic_bool cancel = false;
    ImportBatching batching;
    batching.records = 1;
    int batches = 0;
    const ImportSummary summary = runImport(
        *m_db, reader, now, &cancel,
        [&](qint64, qint64) {
            if (++batches == 2)
                cancel = true;
        },
        batching);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.batches, 2);
    QVERIFY(summary.lines().join(u'\n').contains(u"cancelled"_s));
}

void TestImports::importerRunsOnAWorkerAndReportsProgress()
{
    Importer importer(*m_db);
    QSignalSpy progressed(&importer, &Importer::progressed);
    QSignalSpy finished(&importer, &Importer::finished);
    QVERIFY(importer.start(std::make_unique<ZendeskReader>(corpus(u"zendesk/api"_s)), now));
    QVERIFY(importer.isRunning());
    QVERIFY(!importer.start(std::make_unique<ZendeskReader>(corpus(u"zendesk/api"_s)), now));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!importer.isRunning());
    QVERIFY(!progressed.isEmpty());
    const auto summary = finished.at(0).at(0).value<ImportSummary>();
    QCOMPARE(summary.tickets, 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 3);
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
