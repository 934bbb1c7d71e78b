// SPDX-License-Identifier: GPL-3.0-or-later
// A reply as the customer's mail client will read it: composed from what the composer
// stored, parsed back with KMime.
#include "models/mail/attachments.h"
#include "models/mail/htmltext.h"
#include "models/mail/mailintake.h"
#include "models/mail/outbox.h"
#include "models/mail/replymail.h"
#include "models/team/teamsettings.h"
#include "models/tickets/thread/replysender.h"
#include "tests/support/enginetest.h"

#include <KMime/Message>
#include <KMime/Util>

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC

QByteArray question(const QByteArray &to, const QByteArray &cc)
{
    return "From: Jan Novak <jan@example.org>\nTo: " + to + "\n" + (cc.isEmpty() ? QByteArray() : "Cc: " + cc + "\n")
        + "Message-ID: <question@example.org>\nSubject: Crash on export\n\nIt crashes.\n";
}

/// The parts of `content` that are not containers, depth first.
QList<const KMime::Content *> leaves(const KMime::Content *content)
{
    if (content->contents().empty())
        return {content};
    QList<const KMime::Content *> found;
    for (const KMime::Content *part : content->contents())
        found += leaves(part);
    return found;
}

template<typename Header>
QStringList addresses(const Header *header)
{
    QStringList out;
    if (header) {
        for (const QByteArray &address : header->addresses())
            out.append(QString::fromUtf8(address));
    }
    return out;
}
} // namespace

class TestReplyMail final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void ccKeepsTheCopiedPeopleButNotTheTeamOrCustomer();
    void ccStoredWithTheReplyIsSent();
    void fromTheAccountTheMailCameIn();
    void fromTheFirstEnabledAccountOtherwise();
    void attachmentsAsMultipartMixed();
    void htmlWhenTheTeamChoseIt();
    void R38_noteFilesNeverLeave();
    void tooLargeOrBadCcIsRefused();
    void readAddresses_data();
    void readAddresses();
    void textToHtmlEscapesAndLinks();

private:
    MailAccountId addAccount(const QString &address, bool enabled = true);
    [[nodiscard]] TicketId receive(const QByteArray &raw, MailAccountId account = {});
    [[nodiscard]] Result<ReplySender::Outcome> reply(TicketId ticket, const QString &body, const QStringList &cc = {},
                                                     const QList<MailAttachment> &files = {},
                                                     MessageKind kind = MessageKind::Agent);
    /// The one mail the outbox holds, parsed.
    [[nodiscard]] std::unique_ptr<KMime::Message> queued(OutgoingMail *outgoing = nullptr);
    AgentId m_agent;
};

void TestReplyMail::init()
{
    if (!openDatabase(monday))
        return;
    m_agent = addAgent(u"mia"_s, u"Mia"_s);
}

void TestReplyMail::cleanup()
{
    closeDatabase();
}

MailAccountId TestReplyMail::addAccount(const QString &address, bool enabled)
{
    MailAccount account;
    account.name = u"Casebook Support"_s;
    account.address = address;
    account.imapHost = u"imap.casebook.example"_s;
    account.imapUser = address.section(u'@', 0, 0);
    account.smtpHost = u"smtp.casebook.example"_s;
    account.enabled = enabled;
    const auto saved = MailAccountStore(*m_db, *m_clock).save(account);
    return saved ? saved->id : MailAccountId();
}

TicketId TestReplyMail::receive(const QByteArray &raw, MailAccountId account)
{
    MailIntake intake(*m_db, *m_clock);
    intake.setAccount(account);
    if (!intake.store({raw}))
        return {};
    const auto ticket = intake.ticketOf("question@example.org");
    return ticket ? *ticket : TicketId();
}

Result<ReplySender::Outcome> TestReplyMail::reply(TicketId ticket, const QString &body, const QStringList &cc,
                                                  const QList<MailAttachment> &files, MessageKind kind)
{
    return ReplySender(*m_db, *m_clock)
        .send({ticket, kind, body, m_agent, {}}, ReplySender::Guard::SendAnyway, {cc, files});
}

std::unique_ptr<KMime::Message> TestReplyMail::queued(OutgoingMail *outgoing)
{
    const auto due = Outbox(*m_db, *m_clock).claimDue();
    if (!due || due->size() != 1)
        return nullptr;
    if (outgoing)
        *outgoing = due->constFirst();
    auto mail = std::make_unique<KMime::Message>();
    mail->setContent(KMime::CRLFtoLF(due->constFirst().mime));
    mail->parse();
    return mail;
}

void TestReplyMail::ccKeepsTheCopiedPeopleButNotTheTeamOrCustomer()
{
    addAccount(u"support@casebook.example"_s);
    addAccount(u"sales@casebook.example"_s);
    const TicketId ticket =
        receive(question("support@casebook.example",
                         "Olga Petrova <olga@example.org>, SALES@casebook.example, jan@example.org, "
                         "boss@example.org"));
    QVERIFY(ticket.isValid());
    const auto recipients = ReplyMail::recipientsFor(*m_db, ticket);
    QVERIFY(recipients);
    QVERIFY(recipients->has_value());
    QCOMPARE((*recipients)->to, u"Jan Novak <jan@example.org>"_s);
    QCOMPARE((*recipients)->cc, (QStringList{u"olga@example.org"_s, u"boss@example.org"_s}));

    // A ticket that came by another way has no mail recipients.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE tickets SET channel = 'phone' WHERE id = %1"_s.arg(ticket.value())));
    const auto phone = ReplyMail::recipientsFor(*m_db, ticket);
    QVERIFY(phone);
    QVERIFY(!phone->has_value());
}

void TestReplyMail::ccStoredWithTheReplyIsSent()
{
    addAccount(u"support@casebook.example"_s);
    const TicketId ticket = receive(question("support@casebook.example", "olga@example.org"));
    const auto sent =
        reply(ticket, u"Привет, Ольга и Ян!"_s, {u"Olga Petrova <olga@example.org>"_s, u"it@example.org"_s});
    QVERIFY(sent);
    OutgoingMail outgoing;
    const auto mail = queued(&outgoing);
    QVERIFY(mail);
    QCOMPARE(addresses(mail->to()), QStringList{u"jan@example.org"_s});
    QCOMPARE(addresses(mail->cc()), (QStringList{u"olga@example.org"_s, u"it@example.org"_s}));
    QCOMPARE(outgoing.recipients, (QList<QByteArray>{"jan@example.org", "olga@example.org", "it@example.org"}));
    QCOMPARE(mail->contentType()->mimeType(), "text/plain");
    QCOMPARE(mail->decodedText(), u"Привет, Ольга и Ян!"_s);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT addresses FROM message_cc WHERE message_id = %1"_s.arg(sent->sent.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Olga Petrova <olga@example.org>\nit@example.org"_s);
}

void TestReplyMail::fromTheAccountTheMailCameIn()
{
    addAccount(u"support@casebook.example"_s);
    const MailAccountId billing = addAccount(u"billing@casebook.example"_s);
    const TicketId ticket = receive(question("billing@casebook.example", {}), billing);
    QVERIFY(reply(ticket, u"Your invoice is attached."_s));
    OutgoingMail outgoing;
    const auto mail = queued(&outgoing);
    QVERIFY(mail);
    QCOMPARE(outgoing.account, billing);
    QCOMPARE(outgoing.from, "billing@casebook.example");
    QCOMPARE(addresses(mail->from()), QStringList{u"billing@casebook.example"_s});
}

void TestReplyMail::fromTheFirstEnabledAccountOtherwise()
{
    const MailAccountId off = addAccount(u"old@casebook.example"_s, false);
    const MailAccountId support = addAccount(u"support@casebook.example"_s);
    // Came in on an account switched off since: the reply leaves from one that works.
    const TicketId ticket = receive(question("old@casebook.example", {}), off);
    QVERIFY(reply(ticket, u"We moved to a new address."_s));
    OutgoingMail outgoing;
    QVERIFY(queued(&outgoing));
    QCOMPARE(outgoing.account, support);
    QCOMPARE(outgoing.from, "support@casebook.example");
}

void TestReplyMail::attachmentsAsMultipartMixed()
{
    addAccount(u"support@casebook.example"_s);
    const TicketId ticket = receive(question("support@casebook.example", {}));
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; i < 2000; ++i)
        pdf += char(i % 256);
    const QList<MailAttachment> files{
        {u"Счёт № 12 (копия).pdf"_s, {}, pdf},
        {u"empty.txt"_s, {}, QByteArray()},
        {u"log.txt"_s, u"text/plain"_s, "line one\nline two\n"},
    };
    const auto sent = reply(ticket, u"Счёт во вложении."_s, {}, files);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message + u' ' + sent.error().detail));
    const auto mail = queued();
    QVERIFY(mail);
    QCOMPARE(mail->contentType()->mimeType(), "multipart/mixed");
    const auto parts = leaves(mail.get());
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0)->contentType()->mimeType(), "text/plain");
    QCOMPARE(parts.at(0)->decodedText(), u"Счёт во вложении."_s);

    QCOMPARE(parts.at(1)->contentDisposition()->disposition(), KMime::Headers::CDattachment);
    QCOMPARE(parts.at(1)->contentDisposition()->filename(), files.at(0).fileName);
    QCOMPARE(parts.at(1)->contentType()->mimeType(), "application/pdf");
    QCOMPARE(parts.at(1)->decodedContent(), pdf);
    // RFC 2231, not an encoded word, for the name a non-ASCII file has.
    QVERIFY2(parts.at(1)->contentDisposition()->as7BitString().contains("filename*="),
             parts.at(1)->contentDisposition()->as7BitString().constData());

    QCOMPARE(parts.at(2)->contentDisposition()->filename(), u"empty.txt"_s);
    QCOMPARE(parts.at(2)->decodedContent(), QByteArray());
    QCOMPARE(parts.at(3)->contentType()->mimeType(), "text/plain");
    QCOMPARE(parts.at(3)->decodedContent(), files.at(2).data);

    // Stored with the reply, so the thread's bar lists them as it lists received ones.
    const auto stored = AttachmentStore(*m_db).forTicket(ticket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(0).message, sent->sent);
    QCOMPARE(stored->at(0).mimeType, u"application/pdf"_s);
    QCOMPARE(stored->at(1).size, 0);

    // The customer's client reads the same back: our own parser agrees.
    const ParsedMail parsed = MailParser::parse(mail->encodedContent());
    QCOMPARE(parsed.attachments.size(), 3);
    QCOMPARE(parsed.attachments.at(0).fileName, files.at(0).fileName);
    QCOMPARE(parsed.attachments.at(0).data, pdf);
}

void TestReplyMail::htmlWhenTheTeamChoseIt()
{
    addAccount(u"support@casebook.example"_s);
    QVERIFY(TeamSettingsStore(*m_db).setRepliesAsHtml(true));
    const TicketId ticket = receive(question("support@casebook.example", {}));
    const QString body = u"Здравствуйте!\n\nSee https://casebook.example/help?a=1&b=<2>.\n<script>alert(1)</script>"_s;
    QVERIFY(reply(ticket, body, {}, {{u"a.txt"_s, {}, "a"}}));
    const auto mail = queued();
    QVERIFY(mail);
    QCOMPARE(mail->contentType()->mimeType(), "multipart/mixed");
    const KMime::Content *words = mail->contents().constFirst();
    QCOMPARE(words->contentType()->mimeType(), "multipart/alternative");
    const auto parts = leaves(words);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0)->contentType()->mimeType(), "text/plain");
    QCOMPARE(parts.at(0)->decodedText(), body);
    QCOMPARE(parts.at(1)->contentType()->mimeType(), "text/html");
    const QString html = parts.at(1)->decodedText();
    QVERIFY(html.contains(u"<p>Здравствуйте!</p>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(html.contains(u"<a href=\"https://casebook.example/help?a=1&amp;b=\">"_s));
    QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));

    // Without files the mail itself is the alternative.
    QVERIFY(reply(ticket, u"Second answer."_s));
    const auto second = queued();
    QVERIFY(second);
    QCOMPARE(second->contentType()->mimeType(), "multipart/alternative");
}

void TestReplyMail::R38_noteFilesNeverLeave()
{
    addAccount(u"support@casebook.example"_s);
    const TicketId ticket = receive(question("support@casebook.example", {}));
    const auto note =
        reply(ticket, u"Their log, for the team."_s, {}, {{u"internal.log"_s, {}, "secret"}}, MessageKind::Note);
    QVERIFY(note);
    const auto stored = AttachmentStore(*m_db).forTicket(ticket);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QVERIFY(!Outbox(*m_db, *m_clock).row(note->sent));
    const auto due = Outbox(*m_db, *m_clock).claimDue();
    QVERIFY(due);
    QVERIFY(due->isEmpty());
}

void TestReplyMail::tooLargeOrBadCcIsRefused()
{
    addAccount(u"support@casebook.example"_s);
    const TicketId ticket = receive(question("support@casebook.example", {}));
    const QByteArray huge(ReplyMail::maxAttachmentBytes + 1, 'x');
    const auto large = reply(ticket, u"Here it is."_s, {}, {{u"huge.bin"_s, {}, huge}});
    QVERIFY(!large);
    QVERIFY(large.error().message.contains(u"huge.bin"_s));
    const auto bad = reply(ticket, u"Here it is."_s, {u"olga at example"_s});
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"olga at example"_s));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM messages WHERE kind = 'agent'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestReplyMail::readAddresses_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("good");
    QTest::addColumn<QStringList>("bad");
    QTest::newRow("empty") << u"  "_s << QStringList() << QStringList();
    QTest::newRow("commas and semicolons")
        << u"a@x.example, b@y.example; c@z.example"_s
        << QStringList{u"a@x.example"_s, u"b@y.example"_s, u"c@z.example"_s} << QStringList();
    QTest::newRow("name and address") << u"Olga Petrova <olga@example.org>"_s
                                      << QStringList{u"Olga Petrova <olga@example.org>"_s} << QStringList();
    QTest::newRow("cyrillic domain") << u"иван@пример.рф"_s << QStringList{u"иван@пример.рф"_s} << QStringList();
    QTest::newRow("no at") << u"olga.example.org"_s << QStringList() << QStringList{u"olga.example.org"_s};
    QTest::newRow("no dot") << u"olga@localhost"_s << QStringList() << QStringList{u"olga@localhost"_s};
    QTest::newRow("unclosed bracket") << u"Olga <olga@example.org"_s << QStringList()
                                      << QStringList{u"Olga <olga@example.org"_s};
    QTest::newRow("mixed") << u"a@x.example, oops"_s << QStringList{u"a@x.example"_s} << QStringList{u"oops"_s};
}

void TestReplyMail::readAddresses()
{
    QFETCH(QString, line);
    QFETCH(QStringList, good);
    QFETCH(QStringList, bad);
    const AddressLine read = ReplyMail::readAddresses(line);
    QCOMPARE(read.addresses, good);
    QCOMPARE(read.invalid, bad);
}

void TestReplyMail::textToHtmlEscapesAndLinks()
{
    const QString html =
        textToHtml(u"Hi <b>Anna</b> & co,\nline two\n\n\nsee (https://x.example/a?b=1).\nmailto:a@x.example"_s);
    QVERIFY(html.contains(u"<p>Hi &lt;b&gt;Anna&lt;/b&gt; &amp; co,<br>\nline two</p>"_s));
    QVERIFY(html.contains(u"<p>see (<a href=\"https://x.example/a?b=1\">https://x.example/a?b=1</a>).<br>"_s));
    QVERIFY(html.contains(u"<a href=\"mailto:a@x.example\">"_s));
    QVERIFY(!html.contains(u"<b>"_s));
}

QTEST_GUILESS_MAIN(TestReplyMail)
#include "tst_replymail.moc"
