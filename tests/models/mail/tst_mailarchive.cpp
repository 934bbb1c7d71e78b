// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/mailarchive.h"
#include "tests/support/enginetest.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC

// Three mails; the second has a body line that starts with "From " (quoted in the file).
const QByteArray mboxrd = "From alice@example.com Mon Nov  2 08:00:00 2026\n"
                          "From: alice@example.com\nMessage-ID: <m1@example.com>\nSubject: One\n\nFirst body.\n\n"
                          "From bob@example.com Mon Nov  2 09:00:00 2026\n"
                          "From: bob@example.com\nMessage-ID: <m2@example.com>\nSubject: Two\n\n"
                          ">From the start, it failed.\n>>From here, too.\n\n"
                          "From carol@example.com Mon Nov  2 10:00:00 2026\n"
                          "From: carol@example.com\nMessage-ID: <m3@example.com>\nSubject: Three\n\nThird.\n";
} // namespace

class TestMailArchive final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void mboxrdIsSplitAndUnquoted();
    void contentLengthBodiesMayHoldFromLines();
    void mboxImportsOnceAndReportsProgress();
    void emlFolderImports();
    void nothingReadableFails();

private:
    [[nodiscard]] qint64 scalar(const QString &sql) const;
    QTemporaryDir m_dir;
};

void TestMailArchive::init()
{
    if (!openDatabase(monday))
        return;
}

void TestMailArchive::cleanup()
{
    closeDatabase();
}

qint64 TestMailArchive::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestMailArchive::mboxrdIsSplitAndUnquoted()
{
    const QList<QByteArray> mails = MailArchive::splitMbox(mboxrd);
    QCOMPARE(mails.size(), 3);
    QVERIFY(mails.at(0).startsWith("From: alice@example.com\n"));
    QVERIFY(mails.at(0).endsWith("First body.\n"));
    QVERIFY(mails.at(1).endsWith("\n\nFrom the start, it failed.\n>From here, too.\n"));
    QVERIFY(mails.at(2).endsWith("Third.\n"));
    // CRLF files and a leading blank line read the same.
    QByteArray crlf = "\r\n" + mboxrd;
    crlf.replace("\n", "\r\n");
    QCOMPARE(MailArchive::splitMbox(crlf).size(), 3);
}

void TestMailArchive::contentLengthBodiesMayHoldFromLines()
{
    const QByteArray body = "Line one\nFrom now on, unquoted.\n";
    const QByteArray mbox = "From a@example.com Mon Nov  2 08:00:00 2026\nFrom: a@example.com\nContent-Length: "
        + QByteArray::number(body.size()) + "\nSubject: cl\n\n" + body
        + "\nFrom b@example.com Mon Nov  2 08:00:00 2026\nFrom: b@example.com\nSubject: next\n\nNext.\n";
    const QList<QByteArray> mails = MailArchive::splitMbox(mbox);
    QCOMPARE(mails.size(), 2);
    QVERIFY(mails.at(0).endsWith(QByteArray("\n\n" + body)));
    QVERIFY(mails.at(1).startsWith("From: b@example.com"));

    // A wrong length falls back to the From lines.
    QByteArray wrong = mbox;
    wrong.replace(QByteArray("Content-Length: " + QByteArray::number(body.size())), "Content-Length: 5");
    QCOMPARE(MailArchive::splitMbox(wrong).size(), 3);
}

void TestMailArchive::mboxImportsOnceAndReportsProgress()
{
    const QString path = m_dir.filePath(u"archive.mbox"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mboxrd);
    file.close();

    QList<qint64> progress;
    const auto first = MailArchive::import(*m_db, *m_clock, path, [&progress](qint64 done, qint64 total) {
        progress.append(done);
        return done <= total;
    });
    QVERIFY(first);
    QCOMPARE(first->read, 3);
    QCOMPARE(first->mail.newTickets, 3);
    QVERIFY(!first->cancelled);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 3);

    const auto again = MailArchive::import(*m_db, *m_clock, path);
    QVERIFY(again);
    QCOMPARE(again->mail.duplicates, 3);
    QCOMPARE(again->mail.stored(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 3);
}

void TestMailArchive::emlFolderImports()
{
    const QDir corpus(QFileInfo(QFINDTESTDATA(u"corpus/outlook.eml"_s)).absolutePath());
    const auto summary = MailArchive::import(*m_db, *m_clock, corpus.absolutePath());
    QVERIFY(summary);
    QCOMPARE(summary->read, int(corpus.entryList({u"*.eml"_s}, QDir::Files).size()));
    QCOMPARE(summary->mail.unreadable, 1);
    QCOMPARE(summary->mail.bounces, 1);
    QCOMPARE(summary->mail.joined, 1); // Gmail's answer to Outlook's mail (files are read in name order)
    QCOMPARE(summary->mail.newTickets, summary->read - 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM mail_attachments"_s), 2);
}

void TestMailArchive::nothingReadableFails()
{
    QTemporaryDir empty;
    QVERIFY(!MailArchive::import(*m_db, *m_clock, empty.path()));
    QVERIFY(!MailArchive::import(*m_db, *m_clock, m_dir.filePath(u"missing.mbox"_s)));
}

QTEST_GUILESS_MAIN(TestMailArchive)
#include "tst_mailarchive.moc"
