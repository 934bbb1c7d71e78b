// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's mail tickets: customers' mails with files and a Cc, read by the mail intake as
// a fetched mailbox would be, so the demo shows a mail ticket as the channel makes it.
#include "democontext.h"
#include "models/mail/mailintake.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/thread/replysender.h"

#include <QBuffer>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

using namespace DemoTime;

struct File
{
    QString name;
    QByteArray type;
    QByteArray data;
};

/// A screenshot a customer might send: a window with a title bar and a cut-off table.
QByteArray screenshot()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(245, 246, 248));
    for (int y = 0; y < 24; ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, QColor(52, 101, 164));
    }
    for (int row = 0; row < 7; ++row) {
        for (int y = 40 + row * 22; y < 40 + row * 22 + 14 && y < image.height(); ++y) {
            for (int x = 16; x < 304; ++x)
                image.setPixelColor(x, y, row % 2 ? QColor(222, 226, 232) : QColor(236, 239, 243));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// A one-page PDF with one line of text, with a correct cross-reference table.
QByteArray pdf(const QByteArray &line)
{
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (" + line + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray encodedWord(const QString &text)
{
    return "=?utf-8?B?" + text.toUtf8().toBase64() + "?=";
}

/// A customer's mail as it arrives: plain text and files as multipart/mixed, names that are
/// not ASCII in RFC 2231 form, as mail clients write them.
QByteArray mail(const QString &fromName, const QString &from, const QString &cc, const QByteArray &messageId,
                const QString &subject, const QString &body, const QList<File> &files)
{
    const QByteArray boundary = "casebook-demo-" + messageId.left(messageId.indexOf('@'));
    QByteArray raw =
        "From: " + encodedWord(fromName) + " <" + from.toUtf8() + ">\nTo: Support <support@casebook.example>\n";
    if (!cc.isEmpty())
        raw += "Cc: " + cc.toUtf8() + '\n';
    raw += "Message-ID: <" + messageId + ">\nSubject: " + encodedWord(subject)
        + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n--" + boundary
        + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + body.toUtf8().toBase64(QByteArray::Base64Encoding) + '\n';
    for (const File &file : files) {
        const QByteArray name = "utf-8''" + QUrl::toPercentEncoding(file.name);
        raw += "--" + boundary + "\nContent-Type: " + file.type + "\nContent-Disposition: attachment; filename*=" + name
            + "\nContent-Transfer-Encoding: base64\n\n";
        const QByteArray encoded = file.data.toBase64();
        for (qsizetype at = 0; at < encoded.size(); at += 76)
            raw += encoded.mid(at, 76) + '\n';
    }
    return raw + "--" + boundary + "--\n";
}

struct Sender
{
    QString name;
    QString address;
};

Result<Sender> customerOf(const DemoContext &ctx, bool russian)
{
    for (const DemoContext::Customer &customer : ctx.customers) {
        if (customer.russian != russian)
            continue;
        QSqlQuery q(ctx.conn);
        q.prepare(u"SELECT display_name, primary_email FROM customers WHERE id = ?"_s);
        q.addBindValue(customer.id);
        if (!q.exec())
            return ctx.db->errorFrom(q.lastError());
        if (q.next() && !q.value(1).toString().isEmpty())
            return Sender{q.value(0).toString(), q.value(1).toString()};
    }
    return Error{Error::Kind::NotFound, {}, u"no demo customer with an address"_s};
}

} // namespace

Status writeDemoMail(DemoContext &ctx)
{
    const auto english = customerOf(ctx, false);
    const auto russian = customerOf(ctx, true);
    if (!english || !russian)
        return !english ? english.error() : russian.error();

    FakeClock clock(ctx.now - 3 * kHour);
    // The team's mailbox, switched off: the demo reaches no server, and the reply's Cc knows
    // the team's own address to leave out.
    MailAccount account;
    account.name = u"Support"_s;
    account.address = u"support@casebook.example"_s;
    account.imapHost = u"imap.casebook.example"_s;
    account.imapUser = u"support"_s;
    account.smtpHost = u"smtp.casebook.example"_s;
    account.enabled = false;
    const auto saved = MailAccountStore(*ctx.db, clock).save(account);
    if (!saved)
        return saved.error();
    MailIntake intake(*ctx.db, clock);
    intake.setAccount(saved->id);
    const QByteArray log = "2026-11-23 08:14:02 export: 12 pages laid out\n"
                           "2026-11-23 08:14:02 export: page 12 ends at 297.4 mm (A4 is 297 mm)\n"
                           "2026-11-23 08:14:03 export: wrote report.pdf, 11 pages\n";
    const QByteArray first =
        mail(english->name, english->address, {}, "export-cut@demo.casebook.example",
             u"PDF export leaves out the last page"_s,
             u"Hello,\n\nsince yesterday's update the PDF export stops one page short: the "
             "report has 12 pages, the file 11. A screenshot of the export settings and the "
             "export log are attached.\n\nThanks!"_s,
             {{u"export-settings.png"_s, "image/png", screenshot()}, {u"export.log"_s, "text/plain", log}});
    if (auto stored = intake.store({first}); !stored)
        return stored.error();

    clock.setNowMs(ctx.now - 2 * kHour);
    const QByteArray second = mail(russian->name, russian->address,
                                   QString::fromLatin1(encodedWord(u"Бухгалтерия"_s))
                                       + u" <buh@demo-client.example>, support@casebook.example"_s,
                                   "invoice-1147@demo.casebook.example", u"Счёт за ноябрь не совпадает с договором"_s,
                                   u"Добрый день!\n\nВ счёте №1147 за ноябрь указано 12 рабочих мест, а по договору "
                                   "у нас 10. Счёт во вложении; бухгалтерию поставила в копию.\n\nСпасибо!"_s,
                                   {{u"Счёт №1147 за ноябрь.pdf"_s, "application/pdf", pdf("Invoice 1147, November")}});
    if (auto stored = intake.store({second}); !stored)
        return stored.error();

    // The answer keeps the accountants in copy and sends the corrected invoice back.
    const auto ticket = intake.ticketOf("invoice-1147@demo.casebook.example");
    if (!ticket)
        return ticket.error();
    clock.setNowMs(ctx.now - 1 * kHour);
    const AgentId agent(ctx.agents.isEmpty() ? 0 : ctx.agents.constFirst().id);
    ReplySender::Extras extras;
    extras.cc = {u"buh@demo-client.example"_s};
    extras.files = {{u"Счёт №1147-2 за ноябрь.pdf"_s, u"application/pdf"_s, pdf("Invoice 1147-2, November, 10 seats")}};
    const auto sent = ReplySender(*ctx.db, clock)
                          .send({*ticket,
                                 MessageKind::Agent,
                                 u"Здравствуйте!\n\nВы правы, ошиблись мы: исправленный счёт на 10 мест во вложении, "
                                 "прежний аннулирован.\n\nС уважением, служба поддержки"_s,
                                 agent,
                                 {}},
                                ReplySender::Guard::SendAnyway, extras);
    if (!sent)
        return sent.error();
    return Done{};
}

} // namespace Casebook
