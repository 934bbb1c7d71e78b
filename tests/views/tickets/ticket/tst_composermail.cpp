// SPDX-License-Identifier: GPL-3.0-or-later
// The composer of an email ticket: To and Cc above the reply, files attached by the button
// or dropped on the text, each a chip until it is sent; the draft keeps both across a restart.
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/mail/attachments.h"
#include "models/mail/mailintake.h"
#include "models/mail/outbox.h"
#include "models/mail/replymail.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QByteArray question = "From: Jan Novak <jan@example.org>\nTo: support@casebook.example\n"
                            "Cc: Olga Petrova <olga@example.org>, support@casebook.example\n"
                            "Message-ID: <question@example.org>\nSubject: Crash on export\n\nIt crashes.\n";
} // namespace

class TestComposerMail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void toAndCcShownAndEdited();
    void attachRemoveAndSend();
    void droppedFilesAreAttached();
    void tooLargeFileIsRefused();
    void R38_noteCarriesFilesButNoRecipients();
    void notByMailNoRecipients();
    void draftKeepsCcAndFilesAcrossRestart();

private:
    template<typename T>
    T *child(QObject *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &data) const;
    [[nodiscard]] QList<QFrame *> chips(QWidget *view, const QString &mode) const;
    void typeReply(TicketView &view, const QString &text);
    [[nodiscard]] int agentMessages() const;
    /// Who the one mail waiting in the outbox goes to (nothing unless exactly one waits).
    [[nodiscard]] QList<QByteArray> queuedRecipients() const;

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QTemporaryDir> m_files;
    TicketId m_ticket;
};

void TestComposerMail::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    MailAccount account;
    account.name = u"Casebook Support"_s;
    account.address = u"support@casebook.example"_s;
    account.imapHost = u"imap.casebook.example"_s;
    account.imapUser = u"support"_s;
    account.smtpHost = u"smtp.casebook.example"_s;
    QVERIFY(MailAccountStore(*m_f->db, m_f->clock).save(account));
    MailIntake intake(*m_f->db, m_f->clock);
    QVERIFY(intake.store({question}));
    m_ticket = intake.ticketOf("question@example.org").value();
    QVERIFY(m_ticket.isValid());
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
    m_session->setAgent(m_f->anna);
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void TestComposerMail::cleanup()
{
    m_session.reset();
    m_f.reset();
    m_files.reset();
}

QString TestComposerMail::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

QList<QFrame *> TestComposerMail::chips(QWidget *view, const QString &mode) const
{
    QList<QFrame *> shown;
    auto *files = child<QWidget>(view, u"composer."_s + mode + u"Files"_s);
    if (!files)
        return shown;
    for (QFrame *chip : files->findChildren<QFrame *>(u"composer.attachment"_s)) {
        if (!chip->isHidden())
            shown.append(chip);
    }
    return shown;
}

void TestComposerMail::typeReply(TicketView &view, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(&view, u"composer.reply"_s);
    QVERIFY(edit);
    edit->setPlainText(text);
}

int TestComposerMail::agentMessages() const
{
    QSqlQuery q(m_f->db->connection());
    q.exec(u"SELECT count(*) FROM messages WHERE kind = 'agent'"_s);
    return q.next() ? q.value(0).toInt() : -1;
}

QList<QByteArray> TestComposerMail::queuedRecipients() const
{
    const auto due = Outbox(*m_f->db, m_f->clock).claimDue();
    return due && due->size() == 1 ? due->constFirst().recipients : QList<QByteArray>();
}

void TestComposerMail::toAndCcShownAndEdited()
{
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    auto *recipients = child<QWidget>(view.get(), u"composer.recipients"_s);
    auto *to = child<QLabel>(view.get(), u"composer.to"_s);
    auto *cc = child<QLineEdit>(view.get(), u"composer.cc"_s);
    auto *problem = child<QLabel>(view.get(), u"composer.ccProblem"_s);
    QVERIFY(recipients && to && cc && problem);
    QTRY_VERIFY(recipients->isVisible());
    QCOMPARE(to->text(), u"Jan Novak <jan@example.org>"_s);
    // The customer copied Olga and the team's own address: only Olga stays.
    QCOMPARE(cc->text(), u"olga@example.org"_s);

    cc->setFocus();
    cc->selectAll();
    QTest::keyClicks(cc, u"olga@example.org, boss at example"_s);
    QVERIFY(QMetaObject::invokeMethod(cc, "editingFinished"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"boss at example"_s));

    typeReply(*view, u"We are on it."_s);
    auto *send = child<QPushButton>(view.get(), u"composer.send"_s);
    QVERIFY(send);
    send->click();
    QCOMPARE(agentMessages(), 0); // held by the bad address; the text stays
    QCOMPARE(child<QPlainTextEdit>(view.get(), u"composer.reply"_s)->toPlainText(), u"We are on it."_s);

    cc->selectAll();
    QTest::keyClicks(cc, u"olga@example.org; Boss <boss@example.org>"_s);
    QTRY_VERIFY(problem->isHidden());
    send->click();
    QCOMPARE(agentMessages(), 1);
    QCOMPARE(queuedRecipients(), (QList<QByteArray>{"jan@example.org", "olga@example.org", "boss@example.org"}));
    // The next reply starts from the ticket's own Cc again.
    QCOMPARE(cc->text(), u"olga@example.org"_s);
    // The thread says who else read each mail: the customer's Cc and the reply's.
    const auto ccLines = [&view] {
        QStringList lines;
        for (const QLabel *label : view->findChildren<QLabel *>(u"thread.message.cc"_s))
            lines.append(label->text());
        return lines;
    };
    QTRY_COMPARE(ccLines(),
                 (QStringList{u"Cc: olga@example.org, support@casebook.example"_s,
                              u"Cc: olga@example.org, Boss <boss@example.org>"_s}));
    Test::saveShot(view.get(), u"composer-mail"_s);
}

void TestComposerMail::attachRemoveAndSend()
{
    FakePrompts prompts;
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    auto *attach = child<QToolButton>(view.get(), u"composer.attach"_s);
    QVERIFY(attach);
    prompts.fileName = writeFile(u"отчёт.pdf"_s, QByteArray(2048, 'p'));
    attach->click();
    prompts.fileName = writeFile(u"empty.txt"_s, QByteArray());
    attach->click();
    prompts.fileName = writeFile(u"log.txt"_s, "line\n");
    attach->click();
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 3);
    QVERIFY(child<QWidget>(view.get(), u"composer.replyFiles"_s)->isVisible());
    const QList<QLabel *> labels = chips(view.get(), u"reply"_s).constFirst()->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels.constFirst()->text().startsWith(u"отчёт.pdf ("_s), qPrintable(labels.constFirst()->text()));

    // Remove the empty one.
    auto *remove = chips(view.get(), u"reply"_s).at(1)->findChild<QToolButton *>(u"composer.attachment.remove"_s);
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 2);

    typeReply(*view, u"The report and the log."_s);
    child<QPushButton>(view.get(), u"composer.send"_s)->click();
    QCOMPARE(agentMessages(), 1);
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 0);
    QVERIFY(child<QWidget>(view.get(), u"composer.replyFiles"_s)->isHidden());
    const auto stored = AttachmentStore(*m_f->db).forTicket(m_ticket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).fileName, u"отчёт.pdf"_s);
    QCOMPARE(stored->at(1).fileName, u"log.txt"_s);

    // The thread's bar lists them as it lists a customer's files.
    auto *bar = child<QListView>(view.get(), u"ticket.attachments.list"_s);
    QVERIFY(bar);
    QAbstractItemModelTester tester(bar->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(bar->model()->rowCount(), 2);
    QTRY_VERIFY(child<QWidget>(view.get(), u"ticket.attachments"_s)->isVisible());
    Test::saveShot(view.get(), u"composer-attachments-sent"_s);
}

void TestComposerMail::droppedFilesAreAttached()
{
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    auto *edit = child<QPlainTextEdit>(view.get(), u"composer.reply"_s);
    QVERIFY(edit);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(writeFile(u"screenshot.png"_s, "\x89PNG\r\n\x1a\n")),
                  QUrl::fromLocalFile(writeFile(u"notes.txt"_s, "a"))});
    const QPoint at = edit->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit->viewport(), &drop);
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 2);
    // Attached, not pasted as paths.
    QCOMPARE(edit->toPlainText(), QString());
}

void TestComposerMail::tooLargeFileIsRefused()
{
    FakePrompts prompts;
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    prompts.fileName = m_files->filePath(u"huge.iso"_s);
    QFile huge(prompts.fileName);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(ReplyMail::maxAttachmentBytes + 1)); // sparse: no 25 MB written
    huge.close();
    child<QToolButton>(view.get(), u"composer.attach"_s)->click();
    auto *message = child<QLabel>(view.get(), u"composer.message"_s);
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"huge.iso"_s) && message->text().contains(u"too large"_s),
             qPrintable(message->text()));
    QCOMPARE(chips(view.get(), u"reply"_s).size(), 0);
}

void TestComposerMail::R38_noteCarriesFilesButNoRecipients()
{
    FakePrompts prompts;
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    auto *tabs = child<QTabBar>(view.get(), u"composer.mode"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(child<QWidget>(view.get(), u"composer.recipients"_s)->isHidden());
    prompts.fileName = writeFile(u"internal.log"_s, "secret");
    child<QToolButton>(view.get(), u"composer.attach"_s)->click();
    QTRY_COMPARE(chips(view.get(), u"note"_s).size(), 1);
    // The note's files are the note's: the reply has none.
    QCOMPARE(chips(view.get(), u"reply"_s).size(), 0);
    child<QPlainTextEdit>(view.get(), u"composer.note"_s)->setPlainText(u"Their log."_s);
    child<QPushButton>(view.get(), u"composer.send"_s)->click();
    QTRY_COMPARE(chips(view.get(), u"note"_s).size(), 0);
    const auto stored = AttachmentStore(*m_f->db).forTicket(m_ticket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const auto due = Outbox(*m_f->db, m_f->clock).claimDue();
    QVERIFY(due);
    QVERIFY(due->isEmpty());
}

void TestComposerMail::notByMailNoRecipients()
{
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(u"UPDATE tickets SET channel = 'phone'"_s));
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    auto *recipients = child<QWidget>(view.get(), u"composer.recipients"_s);
    QVERIFY(recipients);
    QVERIFY(recipients->isHidden());
    QVERIFY(child<QToolButton>(view.get(), u"composer.attach"_s)->isVisible());
}

void TestComposerMail::draftKeepsCcAndFilesAcrossRestart()
{
    FakePrompts prompts;
    const QString kept = writeFile(u"kept.log"_s, "kept\n");
    const QString moved = writeFile(u"moved.png"_s, QByteArray(64, 'x'));
    {
        auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
        typeReply(*view, u"Both files attached."_s);
        auto *cc = child<QLineEdit>(view.get(), u"composer.cc"_s);
        QVERIFY(cc);
        QTRY_VERIFY(cc->isVisible());
        cc->setFocus();
        cc->selectAll();
        QTest::keyClicks(cc, u"olga@example.org, boss@example.org"_s);
        auto *attach = child<QToolButton>(view.get(), u"composer.attach"_s);
        prompts.fileName = kept;
        attach->click();
        prompts.fileName = moved;
        attach->click();
        QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 2);
        child<QTabBar>(view.get(), u"composer.mode"_s)->setCurrentIndex(1);
        prompts.fileName = kept;
        attach->click();
        QTRY_COMPARE(chips(view.get(), u"note"_s).size(), 1);
    } // closed before the pause ended: what was typed is saved as the composer goes
    QVERIFY(QFile::remove(moved));

    // Opened again (the drafts are read from the database, as after a restart).
    auto view = Test::showOnTicket<TicketView>(*m_session, m_ticket);
    QCOMPARE(child<QPlainTextEdit>(view.get(), u"composer.reply"_s)->toPlainText(), u"Both files attached."_s);
    QCOMPARE(child<QLineEdit>(view.get(), u"composer.cc"_s)->text(), u"olga@example.org, boss@example.org"_s);
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 2);
    QCOMPARE(chips(view.get(), u"note"_s).size(), 1);
    QVERIFY(!chips(view.get(), u"reply"_s).at(0)->findChild<QLabel *>(u"composer.attachment.gone"_s));
    const auto *gone = chips(view.get(), u"reply"_s).at(1)->findChild<QLabel *>(u"composer.attachment.gone"_s);
    QVERIFY(gone);
    QCOMPARE(gone->text(), u"moved.png (gone)"_s);

    // A file that is gone holds the send with its name, rather than leaving the mail without a word.
    auto *send = child<QPushButton>(view.get(), u"composer.send"_s);
    send->click();
    QCOMPARE(agentMessages(), 0);
    auto *message = child<QLabel>(view.get(), u"composer.message"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"moved.png"_s), qPrintable(message->text()));

    // Removed, the reply goes with the file that is there and the Cc typed before the restart.
    chips(view.get(), u"reply"_s).at(1)->findChild<QToolButton *>(u"composer.attachment.remove"_s)->click();
    QTRY_COMPARE(chips(view.get(), u"reply"_s).size(), 1);
    send->click();
    QCOMPARE(agentMessages(), 1);
    QCOMPARE(queuedRecipients(), (QList<QByteArray>{"jan@example.org", "olga@example.org", "boss@example.org"}));
    const auto stored = AttachmentStore(*m_f->db).forTicket(m_ticket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().fileName, u"kept.log"_s);

    // The sent reply's draft is gone with its Cc and files; the note's file stays in its draft.
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(u"SELECT scope FROM drafts ORDER BY scope"_s));
    QStringList scopes;
    while (q.next())
        scopes.append(q.value(0).toString());
    QCOMPARE(scopes, QStringList{u"ticket/%1/note/extras"_s.arg(m_ticket.value())});
}

QTEST_MAIN(TestComposerMail)
#include "tst_composermail.moc"
