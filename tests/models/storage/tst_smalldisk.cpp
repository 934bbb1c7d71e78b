// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a real full disk. tools/dev mounts a small tmpfs for the tests (CASEBOOK_SMALL_FS);
// the database file and the drafts kept on this computer live on it, a ballast file fills it
// to ENOSPC, and then: writes fail with a clear message, nothing is half written, the file
// stays sound, and once there is room again the same writes succeed.
#include "models/drafts/draftstore.h"
#include "models/drafts/localdrafts.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

/// Writes into `path` until the file system has no room left; the bytes written.
qint64 fillTheDisk(const QString &path)
{
    QFile ballast(path);
    if (!ballast.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray chunk(qsizetype(64) * 1024, 'b');
    qint64 written = 0;
    for (;;) {
        const qint64 n = ballast.write(chunk);
        if (n <= 0 || !ballast.flush())
            break;
        written += n;
    }
    // The last partial chunk may still sit in a buffer; what fits of it is on the disk.
    ballast.close();
    return written;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSmallDisk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void writesFailClearlyAndSucceedOnceThereIsRoom();

private:
    QString m_dir;
};

void TestSmallDisk::initTestCase()
{
    const QString root = qEnvironmentVariable("CASEBOOK_SMALL_FS");
    if (root.isEmpty() || !QFileInfo(root).isWritable())
        QSKIP("No small file system: tools/dev mounts one (CASEBOOK_SMALL_FS) in the build root.");
    m_dir = root + u"/smalldisk-"_s + QString::number(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(m_dir));
    // The drafts kept on this computer go to the same small disk.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir + u"/data"_s));
}

void TestSmallDisk::cleanup()
{
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

void TestSmallDisk::writesFailClearlyAndSucceedOnceThereIsRoom()
{
    const DatabaseUrl url = DatabaseUrl::sqlite(m_dir + u"/team.casebook"_s);
    auto opened = Database::open(url);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = *opened.value();
    TicketStore tickets(db);
    TicketStore::NewTicket kept;
    kept.subject = u"Written before the disk filled"_s;
    kept.body = u"kept"_s;
    const auto first = tickets.create(kept);
    QVERIFY(first.ok());

    const LocalDrafts drafts(url);
    Draft draft;
    draft.agent = AgentId(1);
    draft.scope = u"ticket/1/reply"_s;
    draft.ticket = *first;
    draft.body = u"first words"_s;
    QVERIFY(drafts.store(draft));

    const QString ballast = m_dir + u"/ballast"_s;
    QVERIFY(fillTheDisk(ballast) > 0);

    // A ticket whose text needs more pages than are left: refused whole, with the reason.
    const QString longText(qsizetype(256) * 1024, u'x');
    TicketStore::NewTicket large;
    large.subject = u"Does not fit"_s;
    large.body = longText;
    const auto refused = tickets.create(large);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::DiskFull);
    QVERIFY2(refused.error().message.contains(u"disk is full"), qPrintable(refused.error().message));
    QCOMPARE(count(db, u"SELECT count(*) FROM tickets WHERE subject = 'Does not fit'"_s), 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM messages"_s), 1);

    // A draft that does not fit leaves the copy before it whole (no half-written file).
    Draft longer = draft;
    longer.body = longText;
    QVERIFY(!drafts.store(longer));
    QCOMPARE(drafts.find(draft.agent, draft.scope).value().body, u"first words"_s);

    // The file is sound, and after the refusals the database goes on working.
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }
    QCOMPARE(tickets.ticket(*first).value().subject, u"Written before the disk filled"_s);

    // Room again: the same writes succeed.
    QVERIFY(QFile::remove(ballast));
    const auto fits = tickets.create(large);
    QVERIFY2(fits.ok(), qPrintable(fits.ok() ? QString() : fits.error().message));
    QVERIFY(drafts.store(longer));
    QCOMPARE(drafts.find(draft.agent, draft.scope).value().body, longText);
}

QTEST_GUILESS_MAIN(TestSmallDisk)
#include "tst_smalldisk.moc"
