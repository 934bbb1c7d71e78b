// SPDX-License-Identifier: GPL-3.0-or-later
// Real material from public sources (see the README beside each corpus for where it comes
// from and its licence), imported as a team moving in would, and compared with what the
// source says: counts, threads, subjects, charsets and files, as Python's email package and
// the export's own JSON read them.
#include "models/imports/importer.h"
#include "models/imports/zendeskreader.h"
#include "models/mail/mailarchive.h"
#include "tests/support/enginetest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 now = 1'795'435'200'000;
} // namespace

class TestPublicCorpora final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { QVERIFY(openDatabase(now)); }
    void cleanup() { closeDatabase(); }

    void mailingListMboxThreadsAsTheListDid();
    void mboxrdFromLinesComeBackUnquoted();
    void zendeskIncrementalExportPage();

private:
    [[nodiscard]] QStringList column(const QString &sql) const;
    [[nodiscard]] qint64 scalar(const QString &sql) const { return column(sql).value(0).toLongLong(); }
};

QStringList TestPublicCorpora::column(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    QStringList values;
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

void TestPublicCorpora::mailingListMboxThreadsAsTheListDid()
{
    const QString path = QStringLiteral(CASEBOOK_PUBLIC_MAIL "/notmuch-list-2009.mboxrd");
    const auto first = MailArchive::import(*m_db, *m_clock, path);
    QVERIFY(first);
    QVERIFY2(first->problems.isEmpty(), qPrintable(first->problems.join(u'\n')));
    // 53 mails, one of them twice (the same Message-ID in two folders of the corpus).
    QCOMPARE(first->read, 53);
    QCOMPARE(first->mail.duplicates, 1);
    QCOMPARE(first->mail.unreadable, 0);
    QCOMPARE(first->mail.bounces, 0);
    QCOMPARE(first->mail.newTickets, 24);
    QCOMPARE(first->mail.joined, 28);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 52);

    // The threads, with their first mail's subject, as In-Reply-To and References make them.
    const QStringList threads =
        column(u"SELECT count(m.id) || ' ' || t.subject FROM tickets t "
               "JOIN messages m ON m.ticket_id = t.id GROUP BY t.id, t.subject ORDER BY t.id"_s);
    const QStringList expected{
        u"5 [notmuch] [PATCH 1/2] Close message file after parsing message headers"_s,
        u"7 [notmuch] Working with Maildir storage?"_s,
        u"2 [notmuch] preliminary FreeBSD support"_s,
        u"1 [notmuch] [PATCH] Handle rename of message file"_s,
        u"2 [notmuch] [PATCH] Make notmuch-show 'X' (and 'x') commands remove inbox (and unread) tags"_s,
        u"2 [notmuch] [PATCH] Older versions of install do not support -C."_s,
        u"3 [notmuch] What a great idea!"_s,
        u"3 [notmuch] New to the list"_s,
        u"3 [notmuch] Introducing myself"_s,
        u"3 [notmuch] archive"_s,
        u"2 [notmuch] [PATCH] Typsos"_s,
        u"2 [notmuch] [PATCH] Error out if no query is supplied to search instead of going into an infinite loop"_s,
        u"2 [notmuch] \"notmuch help\" outputs to stderr?"_s,
        u"1 [notmuch] [PATCH] Fix linking with gcc to use g++ to link in C++ libs."_s,
        u"1 [notmuch] [PATCH 2/2] Read mail directory in inode number order"_s,
        u"1 [notmuch] [PATCH] count_files: sort directory in inode order before statting"_s,
        u"4 [notmuch] Mac OS X/Darwin compatibility issues"_s,
        u"1 [notmuch] [PATCH] notmuch new: Support for conversion of spool subdirectories into tags"_s,
        u"1 [notmuch] Link to mailing list archives ?"_s,
        u"1 [notmuch] request for pull"_s,
        u"2 [notmuch] [PATCH] Create a default notmuch-show-hook that highlights URLs and uses word-wrap"_s,
        u"1 [notmuch] [PATCH 1/2] Makefile: evaluate pkg-config once"_s,
        u"1 Essai accentué"_s,
        u"1 Re: [aur-general] Guidelines: cp, mkdir vs install"_s,
    };
    QCOMPARE(threads, expected);

    // ISO-8859-1 in an encoded-word subject and in the text.
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE body LIKE '%Du texte accentué pour ça%' "
                    "AND body LIKE '%à la bonne heure !%'"_s),
             1);
    // The files the list's mails carried, byte for byte the sizes the source decodes to.
    // (Signed mails' signatures are how they were sent, not files: Python's email lists
    // signature.asc among the parts with a file name, the unnamed ones not at all.)
    QCOMPARE(column(u"SELECT file_name || ' ' || size FROM mail_attachments ORDER BY file_name, size"_s),
             (QStringList{u"0001-Deal-with-situation-where-sysconf-_SC_GETPW_R_SIZE_M.patch 1051"_s,
                          u"0001-Error-out-if-no-query-is-supplied-to-search-instead-.patch 794"_s,
                          u"notmuch-help.patch 1340"_s, u"notmuch-help.patch 1821"_s}));

    const auto again = MailArchive::import(*m_db, *m_clock, path);
    QVERIFY(again);
    QCOMPARE(again->read, 53);
    QCOMPARE(again->mail.duplicates, 53);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 52);
}

void TestPublicCorpora::mboxrdFromLinesComeBackUnquoted()
{
    const auto imported =
        MailArchive::import(*m_db, *m_clock, QStringLiteral(CASEBOOK_PUBLIC_MAIL "/lkml-2010.mboxrd"));
    QVERIFY(imported);
    QCOMPARE(imported->read, 21);
    QCOMPARE(imported->mail.newTickets, 1);
    QCOMPARE(imported->mail.joined, 20);
    QCOMPARE(column(u"SELECT subject FROM tickets"_s),
             QStringList{u"rfc: rewrite commit subject line for subsystem maintainer preference tool"_s});
    // Mark Brown's line that starts with "From " was quoted as ">From " in the archive; Randy
    // Dunlap's answer quotes it as "> From ".
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE body LIKE '%From my point of view my current approach%'"_s),
             2);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE body LIKE '%>From my point of view%'"_s), 0);
    QCOMPARE(scalar(u"SELECT count(DISTINCT author_customer_id) FROM messages"_s), 6);
}

void TestPublicCorpora::zendeskIncrementalExportPage()
{
    ZendeskReader reader(QStringLiteral(CASEBOOK_PUBLIC_IMPORTS "/zendesk-zenpy"));
    QVERIFY(!reader.unreadable());
    const ImportSummary summary = runImport(*m_db, reader, now);
    QVERIFY2(summary.failure.isEmpty(), qPrintable(summary.failure));
    // 87 tickets on the page; one is "deleted", which Zendesk keeps in its export.
    QCOMPARE(summary.tickets, 86);
    QCOMPARE(summary.messages, 86);
    QCOMPARE(summary.skipped.size(), 1);
    QVERIFY(summary.skipped.constFirst().reason.contains(u"4034"_s));
    QCOMPARE(column(u"SELECT status || ' ' || count(*) FROM tickets GROUP BY status ORDER BY status"_s),
             (QStringList{u"new 77"_s, u"open 1"_s, u"pending 8"_s}));
    QCOMPARE(column(u"SELECT g.name FROM tags g JOIN ticket_tags tt ON tt.tag_id = g.id JOIN tickets t "
                    "ON t.id = tt.ticket_id WHERE t.subject = 'big test for tags' ORDER BY g.name"_s),
             (QStringList{u"foo"_s, u"new"_s, u"tag"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE subject = 'Sample ticket: Meet the ticket'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE body LIKE 'Hi there,%I’m sending an email%'"_s), 1);

    ZendeskReader again(QStringLiteral(CASEBOOK_PUBLIC_IMPORTS "/zendesk-zenpy"));
    const ImportSummary rerun = runImport(*m_db, again, now);
    QCOMPARE(rerun.tickets, 0);
    QCOMPARE(rerun.messages, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 86);
}

QTEST_GUILESS_MAIN(TestPublicCorpora)
#include "tst_publiccorpora.moc"
