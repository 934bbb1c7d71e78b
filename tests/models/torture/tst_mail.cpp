// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the mail models through thousands of random operations on both engines: the
// team's mail accounts, saved here and at another desktop (heard through the ChangeFeed),
// and a ticket's attachments as mail arrives, tickets merge and the person moves between
// tickets; each compared with SQL along the way.

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/mail/attachments.h"
#include "models/mail/mailaccountsmodel.h"
#include "models/mail/mailintake.h"
#include "models/storage/changefeed.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/modeltorture.h"

#include <QSet>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

namespace {

/// A customer's mail with `files` attachments of random names, types and sizes.
QByteArray randomMail(QRandomGenerator &random, const QByteArray &messageId, const QByteArray &inReplyTo, int files)
{
    static const QList<std::pair<QByteArray, QByteArray>> kinds{{"crash.log", "text/plain"},
                                                                {"screen.png", "image/png"},
                                                                {"invoice.pdf", "application/pdf"},
                                                                {"export.csv", "text/csv"},
                                                                {"setup.exe", "application/x-msdownload"},
                                                                {"отчёт.txt", "text/plain"}};
    QByteArray mail = "From: Jan <jan@example.org>\nTo: support@casebook.example\nMessage-ID: <" + messageId + ">\n";
    if (!inReplyTo.isEmpty())
        mail += "In-Reply-To: <" + inReplyTo + ">\n";
    mail += "Subject: Export crashes\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
            "--b\nContent-Type: text/plain; charset=UTF-8\n\nSee the files.\n";
    for (int i = 0; i < files; ++i) {
        const auto &[name, type] = kinds.at(random.bounded(int(kinds.size())));
        const QByteArray encoded = QByteArray("=?UTF-8?B?" + name.toBase64() + "?=");
        mail += "--b\nContent-Type: " + type + "; name=\"" + encoded
            + "\"\nContent-Disposition: attachment; filename=\"" + encoded + "\"\nContent-Transfer-Encoding: base64\n\n"
            + QByteArray(1 + random.bounded(4000), 'x').toBase64() + '\n';
    }
    return mail + "--b--\n";
}

} // namespace

class TestMailTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'435'200'000); } // Monday 23 November 2026
    void cleanup() { closeDatabase(); }

    void accounts();
    void attachments();
};

// Settings > Mail: accounts added and changed by this lead and by another at another
// desktop, switched off and on, live or polled; a copy kept too long is refused, not saved.
void TestMailTorture::accounts()
{
    QVERIFY(m_db);
    const AgentId lead = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(lead);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    MailAccountStore there(*theirs, *m_clock);
    Test::FakeKeychain keychain;
    MailAccountsModel model(session, keychain);
    QSet<qint64> live;
    std::optional<MailAccount> stale;
    int serial = 0;
    auto randomAccount = [&](QRandomGenerator &random) {
        MailAccount account;
        account.name = u"Support %1"_s.arg(random.bounded(20));
        account.address = u"support%1@example.org"_s.arg(++serial);
        account.imapHost = u"imap.example.org"_s;
        account.imapUser = account.address;
        account.smtpHost = u"smtp.example.org"_s;
        account.pollSeconds = 60 * (1 + random.bounded(10));
        account.enabled = random.bounded(4) != 0;
        return account;
    };
    auto changed = [&](QRandomGenerator &random, MailAccount account) {
        const MailAccount other = randomAccount(random);
        account.name = other.name;
        account.pollSeconds = other.pollSeconds;
        account.enabled = random.bounded(2) ? !account.enabled : account.enabled;
        return account;
    };

    ModelTorture torture(u"mail accounts"_s, &model);
    torture.setSettle([&] { (void)m_db->changeFeed()->catchUp(); });
    torture.addOperation(u"add here"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() > 25)
            return true;
        const auto saved = model.save(randomAccount(random), {});
        return saved.ok() || ModelTorture::failed(saved.error(), why);
    });
    torture.addOperation(u"add there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() > 25)
            return true;
        const auto saved = there.save(randomAccount(random));
        return saved.ok() || ModelTorture::failed(saved.error(), why);
    });
    torture.addOperation(u"edit here"_s, 4, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const MailAccount shown = model.accountAt(model.index(random.bounded(model.rowCount())));
        if (random.bounded(4) == 0)
            stale = shown; // a dialog left open
        const auto saved = model.save(changed(random, shown), {});
        return saved.ok() || ModelTorture::failed(saved.error(), why);
    });
    torture.addOperation(u"edit there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const auto accounts = there.accounts();
        if (!accounts)
            return ModelTorture::failed(accounts.error(), why);
        if (accounts->isEmpty())
            return true;
        const auto saved = there.save(changed(random, accounts->at(random.bounded(int(accounts->size())))));
        return saved.ok() || ModelTorture::failed(saved.error(), why);
    });
    torture.addOperation(u"save a stale copy"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (!stale)
            return true;
        const auto saved = model.save(changed(random, *std::exchange(stale, std::nullopt)), {});
        // Saved when nobody changed it since; otherwise a conflict, never an overwrite.
        return saved.ok() || saved.error().kind == Error::Kind::Conflict || ModelTorture::failed(saved.error(), why);
    });
    torture.addOperation(u"live or polled"_s, 2, [&](QRandomGenerator &random, QString *) {
        if (model.rowCount() == 0)
            return true;
        const MailAccountId id = model.accountAt(model.index(random.bounded(model.rowCount()))).id;
        const bool isLive = random.bounded(2) != 0;
        model.setLive(id, isLive);
        if (isLive)
            live.insert(id.value());
        else
            live.remove(id.value());
        return true;
    });
    torture.setComparison(
        [&] {
            ModelTorture::Rows rows = ModelTorture::sqlRows(
                *m_db, u"SELECT id, name, address, enabled, poll_seconds FROM mail_accounts ORDER BY id"_s);
            for (QVariantList &row : rows) {
                // The line under the name: the address and how its mail comes in.
                const bool enabled = row.at(3).toBool();
                const QString how = !enabled ? u"disabled"_s
                    : live.contains(row.at(0).toLongLong())
                    ? u"new mail at once"_s
                    : u"checked every %1 min"_s.arg(std::max(1, row.at(4).toInt() / 60));
                row = {row.at(0), row.at(1), QString(row.at(2).toString() + u" · "_s + how)};
            }
            return rows;
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}, {0, Qt::DisplayRole}, {0, DetailRole}}); });
    QVERIFY(torture.run(ModelTorture::operationsFor(3000, 800)));
}

// The attachments bar: mail with files arrives on the ticket shown and on others (at both
// desks), another ticket is merged into the one shown, the person opens another ticket.
void TestMailTorture::attachments()
{
    QVERIFY(m_db);
    const AgentId lead = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    MailIntake here(*m_db, *m_clock);
    MailIntake there(*theirs, *m_clock);
    TicketStore tickets(*m_db, *m_clock);
    TicketMerge merge(*theirs, *m_clock);
    struct Thread
    {
        TicketId ticket;
        QByteArray lastMessage;
        int messages = 1;
    };
    // A full-length run stays linear: a long thread is left alone (no more mail, not merged,
    // not opened again), so no read or merge grows with the run.
    constexpr int longThread = 40;
    QList<Thread> threads;
    int serial = 0;
    auto arrive = [&](MailIntake &intake, QRandomGenerator &random, qsizetype thread, QString *why) {
        // Mails of one moment go on by id.
        m_clock->advanceMs(qint64(random.bounded(2)) * 60'000);
        const QByteArray id = "m" + QByteArray::number(++serial) + "@example.org";
        if (thread >= 0 && threads.at(thread).messages > longThread)
            thread = -1;
        const QByteArray answers = thread < 0 ? QByteArray() : threads.at(thread).lastMessage;
        const auto stored = intake.store({randomMail(random, id, answers, random.bounded(4))});
        if (!stored)
            return ModelTorture::failed(stored.error(), why);
        const auto ticket = intake.ticketOf(id);
        if (!ticket)
            return ModelTorture::failed(ticket.error(), why);
        if (thread < 0) {
            threads.append({*ticket, id});
        } else {
            threads[thread].lastMessage = id;
            ++threads[thread].messages;
        }
        return true;
    };
    QString why;
    QRandomGenerator start(1);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(arrive(here, start, -1, &why), qPrintable(why));

    AttachmentsModel model(*m_db);
    QVERIFY(model.setTicket(threads.constFirst().ticket).ok());
    auto shown = [&] {
        for (qsizetype i = 0; i < threads.size(); ++i) {
            if (threads.at(i).ticket == model.ticket())
                return i;
        }
        return qsizetype(-1);
    };
    ModelTorture torture(u"attachments"_s, &model);
    // The view reads again when the thread grows; nothing else tells this model.
    torture.setSettle([&] { (void)model.reload(); });
    torture.addOperation(u"reply here"_s, 4,
                         [&](QRandomGenerator &random, QString *why) { return arrive(here, random, shown(), why); });
    torture.addOperation(u"reply there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const qsizetype thread = random.bounded(2) ? shown() : random.bounded(int(threads.size()));
        return arrive(there, random, thread, why);
    });
    torture.addOperation(u"new ticket"_s, 2, [&](QRandomGenerator &random, QString *why) {
        return threads.size() > 30 || arrive(random.bounded(2) ? here : there, random, -1, why);
    });
    torture.addOperation(u"merge into the one shown"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (threads.size() < 3)
            return true;
        const qsizetype survivor = shown();
        if (survivor < 0)
            return true;
        qsizetype duplicate = random.bounded(int(threads.size()) - 1);
        if (duplicate >= survivor)
            ++duplicate;
        if (threads.at(duplicate).messages > 8 || threads.at(survivor).messages > longThread)
            return true;
        const auto ticket = tickets.ticket(threads.at(duplicate).ticket);
        if (!ticket)
            return ModelTorture::failed(ticket.error(), why);
        const Status done = merge.merge(ticket->id, model.ticket(), ticket->version, lead);
        if (!done)
            return ModelTorture::failed(done.error(), why);
        threads[survivor].messages += threads.at(duplicate).messages;
        threads.removeAt(duplicate);
        return true;
    });
    torture.addOperation(u"open another"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (const qsizetype thread = shown(); thread >= 0 && threads.at(thread).messages > longThread) {
            threads.removeAt(thread);
            if (!arrive(here, random, -1, why))
                return false;
        }
        const Status opened = model.setTicket(threads.at(random.bounded(int(threads.size()))).ticket);
        return opened.ok() || ModelTorture::failed(opened.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(*m_db,
                                         u"SELECT a.id, a.file_name, a.size FROM mail_attachments a "
                                         "JOIN messages m ON m.id = a.message_id WHERE m.ticket_id = ? "
                                         "ORDER BY m.created_at, a.id"_s,
                                         {model.ticket().value()});
        },
        [&] {
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const Attachment attachment = model.attachmentAt(model.index(row, 0));
                rows.append({attachment.id, attachment.fileName, attachment.size});
            }
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

QTEST_GUILESS_MAIN(TestMailTorture)
#include "tst_mail.moc"
