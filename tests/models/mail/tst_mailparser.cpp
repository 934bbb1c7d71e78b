// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/htmltext.h"
#include "models/mail/mailparser.h"

#include <QFile>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestMailParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void htmlIsTextAndNothingRemote();
    void forwardIsInlined();
    void bounceNamesTheMailThatFailed();
    void garbageIsNotAMail();
    void threadingHeaders();
    void filesKeepTheirLastLineBreakAndSignaturesAreNoFiles();
    void nulBytesInHeaderNames();
    void ticketTag_data();
    void ticketTag();
};

namespace {

ParsedMail parseFile(const QString &name)
{
    QFile file(QFINDTESTDATA(u"corpus/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("corpus file %s missing", qPrintable(name));
    return MailParser::parse(file.readAll());
}

} // namespace

void TestMailParser::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("bodyHas");
    QTest::addColumn<QStringList>("attachments");

    QTest::newRow("Outlook: windows-1252 QP, alternative, PDF")
        << u"outlook.eml"_s << u"renee.mueller@corp.example"_s << u"Renée Müller"_s
        << u"Invoice 1042 – wrong VAT rate"_s << u"we are exempt – see the attached certificate"_s
        << QStringList{u"invoice-1042.pdf"_s};
    QTest::newRow("Gmail: UTF-8 base64, emoji subject")
        << u"reply-gmail.eml"_s << u"anna.schmidt@gmail.com"_s << u"Anna Schmidt"_s
        << u"Re: Invoice 1042 – wrong VAT rate 🙂"_s << u"wrong rate too 🙂"_s << QStringList{};
    QTest::newRow("Thunderbird: 8bit flowed, screenshot")
        << u"thunderbird.eml"_s << u"jan@example.org"_s << u"Jan Novak"_s << u"Crash when exporting the report"_s
        << u"\"Zugriff verweigert\""_s << QStringList{u"screenshot.png"_s};
    QTest::newRow("Apple Mail: plain preferred over related HTML")
        << u"applemail.eml"_s << u"claire@icloud.example"_s << u"Claire Dubois"_s << u"Problème de connexion"_s
        << u"depuis la mise à jour"_s << QStringList{};
    QTest::newRow("Windows-1251 8bit") << u"russian-cp1251.eml"_s << u"ivan@example.ru"_s << u"Иван Петров"_s
                                       << u"Не работает выгрузка"_s << u"не работает выгрузка отчётов"_s
                                       << QStringList{};
    QTest::newRow("KOI8-R quoted-printable") << u"russian-koi8r.eml"_s << u"olga@example.ru"_s << u"Ольга"_s
                                             << u"Счёт в"_s << u"счёт за ноябрь"_s << QStringList{};
    QTest::newRow("ISO-2022-JP 7bit") << u"japanese-iso2022jp.eml"_s << u"yamada@example.jp"_s << u"山田太郎"_s
                                      << u"ライセンス更新について"_s << u"ライセンスの更新ができません"_s
                                      << QStringList{};
    QTest::newRow("Shift_JIS base64") << u"japanese-shiftjis.eml"_s << u"suzuki@example.jp"_s << u"Suzuki"_s
                                      << u"請求書"_s << u"請求書を送ってください"_s << QStringList{};
}

void TestMailParser::corpus()
{
    QFETCH(QString, file);
    const ParsedMail mail = parseFile(file);
    QVERIFY(mail.readable);
    QTEST(mail.fromAddress, "from");
    QTEST(mail.fromName, "name");
    QTEST(mail.subject, "subject");
    QFETCH(QString, bodyHas);
    QVERIFY2(mail.body.contains(bodyHas), qPrintable(mail.body));
    QVERIFY2(!mail.body.contains(u"HTML VERSION"_s), "plain text is preferred");
    QVERIFY(!mail.messageId.isEmpty());
    QVERIFY(!mail.messageId.startsWith('<'));
    QVERIFY(!mail.isBounce);
    QStringList names;
    for (const MailAttachment &attachment : mail.attachments) {
        names.append(attachment.fileName);
        QVERIFY(!attachment.data.isEmpty());
    }
    QTEST(names, "attachments");
}

void TestMailParser::htmlIsTextAndNothingRemote()
{
    const ParsedMail mail = parseFile(u"html-only.eml"_s);
    QVERIFY(mail.readable);
    QCOMPARE(mail.body, u"First line & more\n\nSecond\nline <b>\n\n\u2022 one\n\u2022 two"_s);
    QVERIFY(!mail.body.contains(u"tracker"_s));
    QVERIFY(!mail.body.contains(u"alert"_s));
    QVERIFY(!mail.body.contains(u"ignored title"_s));
    QCOMPARE(htmlToText(u"a&#233;&#x263A;&bogus;&lt;"_s), u"aé☺&bogus;<"_s);
}

void TestMailParser::forwardIsInlined()
{
    const ParsedMail mail = parseFile(u"forward.eml"_s);
    QVERIFY(mail.readable);
    QVERIFY(!mail.isBounce);
    QVERIFY(mail.body.startsWith(u"Please take this one."_s));
    QVERIFY2(mail.body.contains(u"Forwarded message"_s), qPrintable(mail.body));
    QVERIFY(mail.body.contains(u"Bob Customer <bob@customer.example>"_s));
    QVERIFY(mail.body.contains(u"Subject: Refund request"_s));
    QVERIFY(mail.body.contains(u"my money back for order 77"_s));
}

void TestMailParser::bounceNamesTheMailThatFailed()
{
    const ParsedMail mail = parseFile(u"bounce.eml"_s);
    QVERIFY(mail.readable);
    QVERIFY(mail.isBounce);
    QCOMPARE(mail.bouncedIds, QList<QByteArray>{"5b7c2f0e-1d2a-4c1e-9a55-0b6d2a7e9f10@example.org"});
    QCOMPARE(mail.bouncedSubject, u"Re: [#999999] Crash when exporting the report"_s);
    QVERIFY(mail.body.contains(u"550 5.1.1 User unknown"_s));

    // A mailer daemon's plain notice is a bounce too.
    const ParsedMail plain =
        MailParser::parse("From: MAILER-DAEMON@mx.example\nSubject: failure notice\n"
                          "Message-ID: <plain-bounce@mx.example>\n\nSorry.\n\n"
                          "--- Below this line is a copy of the message.\n\n"
                          "Message-ID: <sent-1@casebook.example>\nSubject: Re: [#7] Hello\n\nHi\n");
    QVERIFY(plain.isBounce);
    QCOMPARE(plain.bouncedIds, QList<QByteArray>{"sent-1@casebook.example"});
    QCOMPARE(plain.bouncedSubject, u"Re: [#7] Hello"_s);
}

void TestMailParser::garbageIsNotAMail()
{
    QVERIFY(!parseFile(u"garbage.eml"_s).readable);
    QVERIFY(!MailParser::parse({}).readable);
}

void TestMailParser::threadingHeaders()
{
    const ParsedMail mail = MailParser::parse("From: a@example.com\nMessage-ID: <c@x>\nIn-Reply-To: <b@x>\n"
                                              "References: <root@x> <a@x> <b@x>\nSubject: Re: hi\n\nbody\n");
    QCOMPARE(mail.answers, (QList<QByteArray>{"b@x", "a@x", "root@x"}));
}

// Found importing the notmuch list's archive (tests/models/mail/public): a signed mail's patch
// lost its last line break, and every signature became a file named attachment-1.
void TestMailParser::filesKeepTheirLastLineBreakAndSignaturesAreNoFiles()
{
    const ParsedMail mail =
        MailParser::parse("From: lars@example.org\nMessage-ID: <p@x>\nSubject: patch\n"
                          "MIME-Version: 1.0\n"
                          "Content-Type: multipart/signed; micalg=pgp-sha1;\n"
                          " protocol=\"application/pgp-signature\"; boundary=\"s\"\n\n"
                          "--s\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
                          "--m\nContent-Type: text/plain\n\nThe patch.\n\n"
                          "--m\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n"
                          "Content-Disposition: attachment; filename=\"fix.patch\"\n\n"
                          " }\n=20\n\n"
                          "--m\nContent-Type: text/plain\nContent-Disposition: attachment; "
                          "filename=\"notes.txt\"\n\nline one\nline two\n\n"
                          "--m\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n"
                          "Content-Disposition: attachment; filename=\"open.txt\"\n\nno end=\n\n"
                          "--m--\n\n"
                          "--s\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n\n"
                          "-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n\n"
                          "--s--\n");
    QCOMPARE(mail.attachments.size(), 3);
    QCOMPARE(mail.attachments.at(0).fileName, u"fix.patch"_s);
    QCOMPARE(mail.attachments.at(0).data, QByteArray(" }\n \n"));
    QCOMPARE(mail.attachments.at(1).data, QByteArray("line one\nline two\n"));
    QCOMPARE(mail.attachments.at(2).data, QByteArray("no end"));
    QCOMPARE(mail.body, u"The patch."_s);
}

void TestMailParser::nulBytesInHeaderNames()
{
    // Found by fuzz_mime and fuzz_mbox: KMime stored "To\0\0" as an unknown header, found it
    // again as To and cast it to the wrong type. The bytes go; the mail reads as meant.
    static const char bytes[] = "From\0: Anna <anna@example.com>\nTo\0\0\0: support@example.org\nCc: b@example.com\n"
                                "Content-Type\0: text/plain; charset=utf-8\nSubject: Hi\0 there\n\nbody\0\n";
    const QByteArray raw(bytes, sizeof bytes - 1);
    const ParsedMail mail = MailParser::parse(raw);
    QVERIFY(mail.readable);
    QCOMPARE(mail.fromAddress, u"anna@example.com"_s);
    QCOMPARE(mail.to, QStringList{u"support@example.org"_s});
    QCOMPARE(mail.cc, QStringList{u"b@example.com"_s});
    QCOMPARE(mail.subject, u"Hi there"_s);
    QCOMPARE(mail.body, u"body"_s);
}

void TestMailParser::ticketTag_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("ticket");
    QTest::newRow("reply") << u"Re: [#1234] Printer on fire"_s << qint64(1234);
    QTest::newRow("no tag") << u"Printer on fire #1234"_s << qint64(0);
    QTest::newRow("brackets without hash") << u"[1234] Printer"_s << qint64(0);
}

void TestMailParser::ticketTag()
{
    QFETCH(QString, subject);
    QTEST(MailParser::ticketTag(subject), "ticket");
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
