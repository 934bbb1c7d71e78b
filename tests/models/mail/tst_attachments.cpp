// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's attachments: listed per ticket as mails arrive, their bytes written under a
// safe name, programs told apart (so the view saves them but never opens them).
#include "models/mail/attachments.h"
#include "models/mail/mailintake.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000;

QByteArray mailWith(const QByteArray &messageId, const QByteArray &inReplyTo, const QByteArray &fileName,
                    const QByteArray &type, const QByteArray &body)
{
    QByteArray mail = "From: Jan <jan@example.org>\nTo: support@casebook.example\nMessage-ID: <" + messageId + ">\n";
    if (!inReplyTo.isEmpty())
        mail += "In-Reply-To: <" + inReplyTo + ">\n";
    mail += "Subject: Export crashes\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
            "--b\nContent-Type: text/plain; charset=UTF-8\n\nSee the file.\n"
            "--b\nContent-Type: "
        + type + "; name=\"" + fileName + "\"\nContent-Disposition: attachment; filename=\"" + fileName
        + "\"\nContent-Transfer-Encoding: base64\n\n" + body.toBase64() + "\n--b--\n";
    return mail;
}
} // namespace

class TestAttachments final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { QVERIFY(openDatabase(monday)); }
    void cleanup() { closeDatabase(); }

    void aTicketListsItsAttachmentsAsMailsArrive();
    void aCopyIsWrittenUnderASafeName();
    void programsAreToldApart_data();
    void programsAreToldApart();
};

void TestAttachments::aTicketListsItsAttachmentsAsMailsArrive()
{
    MailIntake intake(*m_db, *m_clock);
    QVERIFY(intake.store({mailWith("a1@example.org", {}, "crash.log", "text/plain", "line 1\nline 2\n")}));
    const TicketId ticket = intake.ticketOf("a1@example.org").value();

    AttachmentsModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setTicket(ticket));
    QCOMPARE(model.rowCount(), 1);
    const Attachment log = model.attachmentAt(model.index(0, 0));
    QCOMPARE(log.fileName, u"crash.log"_s);
    QCOMPARE(log.mimeType, u"text/plain"_s);
    QCOMPARE(log.size, 14);
    QCOMPARE(model.store().data(log.id).value(), QByteArray("line 1\nline 2\n"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"crash.log"_s));

    // The customer answers with a screenshot: one row more, the first one kept.
    m_clock->advanceMs(60'000);
    QVERIFY(
        intake.store({mailWith("a2@example.org", "a1@example.org", "screen.png", "image/png", QByteArray(2048, 'x'))}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.reload());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.attachmentAt(model.index(1, 0)).fileName, u"screen.png"_s);

    // Another ticket: its own files only; none open: nothing.
    QVERIFY(intake.store({mailWith("b1@example.org", {}, "other.txt", "text/plain", "x")}));
    QVERIFY(model.setTicket(intake.ticketOf("b1@example.org").value()));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setTicket(TicketId()));
    QCOMPARE(model.rowCount(), 0);
}

void TestAttachments::aCopyIsWrittenUnderASafeName()
{
    MailIntake intake(*m_db, *m_clock);
    QVERIFY(intake.store({mailWith("c1@example.org", {}, "../../.bashrc", "text/plain", "echo hi\n")}));
    const TicketId ticket = intake.ticketOf("c1@example.org").value();
    const auto rows = AttachmentStore(*m_db).forTicket(ticket);
    QVERIFY(rows && rows->size() == 1);
    const Attachment hostile = rows->constFirst();
    QCOMPARE(hostile.safeFileName(), u"bashrc"_s);

    QTemporaryDir dir;
    const auto written = AttachmentStore(*m_db).writeCopy(hostile, dir.path());
    QVERIFY(written);
    QVERIFY(written->startsWith(dir.path() + u'/'));
    QVERIFY(!written->contains(u".."_s));
    QFile copy(*written);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("echo hi\n"));
    // Written again (opened twice): replaced, not a second file.
    QCOMPARE(AttachmentStore(*m_db).writeCopy(hostile, dir.path()).value(), *written);

    Attachment nameless;
    nameless.id = 7;
    nameless.fileName = u"\u202e\t"_s;
    QCOMPARE(nameless.safeFileName(), u"attachment-7"_s);
    QVERIFY(!AttachmentStore(*m_db).data(999'999));
}

void TestAttachments::programsAreToldApart_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<bool>("runnable");
    QTest::newRow("pdf") << u"invoice.pdf"_s << u"application/pdf"_s << false;
    QTest::newRow("screenshot") << u"screen.png"_s << u"image/png"_s << false;
    QTest::newRow("log") << u"crash.log"_s << u"text/plain"_s << false;
    QTest::newRow("exe named as pdf") << u"invoice.pdf.exe"_s << u"application/pdf"_s << true;
    QTest::newRow("shell script") << u"fix.sh"_s << u"application/octet-stream"_s << true;
    QTest::newRow("desktop launcher") << u"open-me.desktop"_s << u"text/plain"_s << true;
    QTest::newRow("declared program") << u"tool"_s << u"application/x-msdownload"_s << true;
}

void TestAttachments::programsAreToldApart()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    QFETCH(bool, runnable);
    Attachment attachment;
    attachment.fileName = fileName;
    attachment.mimeType = mimeType;
    QCOMPARE(attachment.isRunnable(), runnable);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
