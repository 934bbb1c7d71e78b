// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's files under the thread: shown for a mail that brought some, opened from a
// private copy by the desktop's viewer, a program refused with a word why, hidden otherwise.
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/mail/mailintake.h"
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"
#include "views/tickets/thread/attachmentbar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
QByteArray mailWith(const QByteArray &messageId, const QByteArray &inReplyTo, const QByteArray &fileName,
                    const QByteArray &body)
{
    QByteArray mail = "From: Jan <jan@example.org>\nTo: support@casebook.example\nMessage-ID: <" + messageId + ">\n";
    if (!inReplyTo.isEmpty())
        mail += "In-Reply-To: <" + inReplyTo + ">\n";
    return mail
        + "Subject: Export crashes\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
          "--b\nContent-Type: text/plain; charset=UTF-8\n\nThe log is attached.\n"
          "--b\nContent-Type: application/octet-stream; name=\""
        + fileName + "\"\nContent-Disposition: attachment; filename=\"" + fileName
        + "\"\nContent-Transfer-Encoding: base64\n\n" + body.toBase64() + "\n--b--\n";
}
} // namespace

/// Stands in for the desktop's viewer: remembers what it was asked to open.
class Viewer final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestAttachmentBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aMailsFilesAreOpenedFromAPrivateCopy();
    void aProgramIsNotOpened();
    void aTicketWithoutFilesShowsNoBar();

private:
    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<Session> m_session;
    Viewer m_viewer;
    QTemporaryDir m_copies;
};

void TestAttachmentBar::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
    m_session->setAgent(m_f->anna);
    m_viewer.opened.clear();
    QDesktopServices::setUrlHandler(u"file"_s, &m_viewer, "open");
}

void TestAttachmentBar::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
    m_session.reset();
    m_f.reset();
}

void TestAttachmentBar::aMailsFilesAreOpenedFromAPrivateCopy()
{
    MailIntake intake(*m_f->db, m_f->clock);
    QVERIFY(intake.store({mailWith("a1@example.org", {}, "crash.log", "frame 0: export()\n")}));
    const TicketId ticket = intake.ticketOf("a1@example.org").value();
    auto desk = Test::showOnTicket<TicketView>(*m_session, ticket);
    auto *bar = Test::namedChild<AttachmentBar>(desk.get(), u"ticket.attachments"_s);
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    bar->setCopyFolder(m_copies.path());
    auto *list = Test::namedChild<QListView>(desk.get(), u"ticket.attachments.list"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"crash.log (18 bytes)"_s);

    // Enter on the file: the viewer gets a copy with the same bytes, in the private folder.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_viewer.opened.size(), 1);
    const QString path = m_viewer.opened.constFirst().toLocalFile();
    QVERIFY2(path.startsWith(m_copies.path()), qPrintable(path));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("frame 0: export()\n"));

    // The message names its file too; following that link opens the same copy.
    auto *files = Test::namedChild<QLabel>(desk.get(), u"thread.message.files"_s);
    QVERIFY(files);
    QVERIFY(files->isVisible());
    QVERIFY2(files->text().contains(u">crash.log</a>"_s), qPrintable(files->text()));
    const qint64 id = list->model()->index(0, 0).data(Casebook::IdRole).toLongLong();
    Q_EMIT files->linkActivated(u"attachment:%1"_s.arg(id));
    QCOMPARE(m_viewer.opened.size(), 2);
    QCOMPARE(m_viewer.opened.constLast().toLocalFile(), path);

    // The customer answers with a second file: the bar and the new message follow the thread.
    m_f->clock.advanceMs(60'000);
    QVERIFY(intake.store({mailWith("a2@example.org", "a1@example.org", "screen.png", "png")}));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QList<QLabel *> lines;
    QTRY_VERIFY((lines = desk->findChildren<QLabel *>(u"thread.message.files"_s)).size() == 2
                && lines.constLast()->text().contains(u">screen.png</a>"_s));
    Test::saveShot(desk.get(), u"ticket-with-attachments"_s);
}

void TestAttachmentBar::aProgramIsNotOpened()
{
    MailIntake intake(*m_f->db, m_f->clock);
    QVERIFY(intake.store({mailWith("p1@example.org", {}, "invoice.pdf.exe", "MZ")}));
    auto desk = Test::showOnTicket<TicketView>(*m_session, intake.ticketOf("p1@example.org").value());
    auto *list = Test::namedChild<QListView>(desk.get(), u"ticket.attachments.list"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    Q_EMIT list->activated(list->model()->index(0, 0));
    QVERIFY(m_viewer.opened.isEmpty());
    auto *problem = Test::namedChild<QLabel>(desk.get(), u"ticket.attachments.problem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"program"_s), qPrintable(problem->text()));
}

void TestAttachmentBar::aTicketWithoutFilesShowsNoBar()
{
    MailIntake intake(*m_f->db, m_f->clock);
    QVERIFY(intake.store({"From: jan@example.org\nMessage-ID: <n1@example.org>\nSubject: Hi\n\nNo files.\n"}));
    auto desk = Test::showOnTicket<TicketView>(*m_session, intake.ticketOf("n1@example.org").value());
    auto *bar = Test::namedChild<AttachmentBar>(desk.get(), u"ticket.attachments"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestAttachmentBar)
#include "tst_attachmentbar.moc"
