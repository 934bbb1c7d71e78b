// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customerstore.h"
#include "models/drafts/draftstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticketstore.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"
#include "tests/views/tickets/panelfixture.h"
#include "views/replies/cannedreplypicker.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/thread/composer.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTicketView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void replyIsSentAndItsDraftDropped();
    void R38_noteIsMarkedTeamOnly();
    void draftComesBackAfterTheViewIsGone_data();
    void draftComesBackAfterTheViewIsGone();
    void sendGuardHoldsWhenAnotherAgentReplied_data();
    void sendGuardHoldsWhenAnotherAgentReplied();
    void R20_estimateHelperOffersThreeTimes_data();
    void R20_estimateHelperOffersThreeTimes();
    void cannedReplies_data();
    void cannedReplies();
    void cannedReplyPickerFindsByShortcut();
    void R36_solveAsksHowItWasResolved();
    void R32_statusSaysWhoActsNext_data();
    void R32_statusSaysWhoActsNext();
    void R38_notesNeverLeaveInAReply();
    void longThreadLoadsEarlierOnDemand();
    void sidePanelsAndTicketShown();
    void inboxSectionShowsTheCurrentTicket();
    void keyboardReachesTheTicketsActions();

private:
    Test::OnTicket<TicketView> makeView();
    template<typename T>
    T *child(QWidget *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }
    void typeReply(TicketView &view, const QString &text);
    void setCustomerLocale(const QString &locale);
    void execute(const QString &sql, const QVariantList &values);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Session> m_session;
    AgentId m_anna;
    AgentId m_boris;
    CustomerId m_olga;
    TicketId m_ticket;
    MessageId m_note;
    MessageId m_question;
};

void TestTicketView::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    // Friday 20 November 2026, 18:40 in Moscow.
    m_clock =
        std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 40), QTimeZone::UTC).toMSecsSinceEpoch());
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_settingsDir->filePath(u"casebook.ini"_s), QSettings::IniFormat);
    Agent agent;
    agent.login = u"anna"_s;
    agent.displayName = u"Anna Berg"_s;
    m_anna = AgentStore(*m_db, *m_clock).create(agent).value();
    agent.login = u"boris"_s;
    agent.displayName = u"Boris Lang"_s;
    m_boris = AgentStore(*m_db, *m_clock).create(agent).value();
    Customer olga;
    olga.displayName = u"Olga Petrova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    olga.locale = u"en"_s;
    m_olga = CustomerStore(*m_db, *m_clock).create(olga).value();

    TicketStore store(*m_db, *m_clock);
    m_ticket = store.create({u"Export is empty"_s, m_olga, Channel::Email, u"The CSV export has no rows."_s}).value();
    m_question = store.messages(m_ticket)->constFirst().id;
    m_clock->advanceMs(60'000);
    m_note = store.addMessage(m_ticket, MessageKind::Note, m_boris, u"Olga is on the legacy plan; do not promise 5.2"_s)
                 .value();
    m_clock->advanceMs(60'000);
    m_session = std::make_unique<Session>(*m_db, *m_clock, m_settings.get());
    QCOMPARE(m_session->agentId(), m_anna);
}

void TestTicketView::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
    m_settings.reset();
}

Test::OnTicket<TicketView> TestTicketView::makeView()
{
    return Test::showOnTicket<TicketView>(*m_session, m_ticket);
}

void TestTicketView::typeReply(TicketView &view, const QString &text)
{
    auto *reply = child<QPlainTextEdit>(&view, u"composer.reply"_s);
    QVERIFY(reply);
    view.composer()->setMode(Composer::Mode::Reply);
    reply->setFocus();
    QTest::keyClicks(reply, text);
}

void TestTicketView::execute(const QString &sql, const QVariantList &values)
{
    // Test set-up only: the customer card's editing is another feature's.
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestTicketView::setCustomerLocale(const QString &locale)
{
    execute(u"UPDATE customers SET locale = ? WHERE id = ?"_s, {locale, m_olga.value()});
}

void TestTicketView::replyIsSentAndItsDraftDropped()
{
    auto view = makeView();
    QCOMPARE(view->threadModel()->rowCount(), 2);
    typeReply(*view, u"Could you send the export settings?"_s);
    QTRY_VERIFY(DraftStore(*m_db).draft(m_anna, DraftStore::replyScope(m_ticket))->has_value());
    auto *send = child<QPushButton>(view.get(), u"composer.send"_s);
    QVERIFY(send);
    QCOMPARE(send->text(), u"Send Reply"_s);
    send->click();
    QCOMPARE(view->threadModel()->rowCount(), 3);
    const QModelIndex last = view->threadModel()->index(2);
    QCOMPARE(MessageKind(last.data(MessageKindRole).toInt()), MessageKind::Agent);
    QCOMPARE(last.data().toString(), u"Could you send the export settings?"_s);
    QCOMPARE(last.data(AuthorRole).toString(), u"Anna Berg"_s);
    QVERIFY(child<QPlainTextEdit>(view.get(), u"composer.reply"_s)->toPlainText().isEmpty());
    QVERIFY(!DraftStore(*m_db).draft(m_anna, DraftStore::replyScope(m_ticket))->has_value());
    QVERIFY(TicketStore(*m_db).ticket(m_ticket)->firstRespondedAt.has_value());
}

void TestTicketView::R38_noteIsMarkedTeamOnly()
{
    auto view = makeView();
    auto *tabs = child<QTabBar>(view.get(), u"composer.mode"_s);
    QVERIFY(tabs);
    auto *banner = child<QLabel>(view.get(), u"composer.noteBanner"_s);
    QVERIFY(!banner->isVisible());
    tabs->setCurrentIndex(1);
    QCOMPARE(view->composer()->mode(), Composer::Mode::Note);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"Internal note - team only"_s));
    QVERIFY(!child<QToolButton>(view.get(), u"composer.canned"_s)->isVisible()); // no canned replies in notes
    auto *note = child<QPlainTextEdit>(view.get(), u"composer.note"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Checked the logs: the job timed out"_s);
    auto *send = child<QPushButton>(view.get(), u"composer.send"_s);
    QCOMPARE(send->text(), u"Add Note"_s);
    send->click();
    QCOMPARE(TicketStore(*m_db).messages(m_ticket)->constLast().kind, MessageKind::Note);

    // In the thread, both notes carry the team-only mark and the reply does not.
    const QList<QFrame *> cards = view->findChildren<QFrame *>(u"thread.message"_s);
    QCOMPARE(cards.size(), 3);
    int marked = 0;
    for (QFrame *card : cards) {
        const auto *kind = card->findChild<QLabel *>(u"thread.message.kind"_s);
        const bool isNote = MessageKind(card->property("messageKind").toInt()) == MessageKind::Note;
        QCOMPARE(kind->text() == u"Internal note - team only"_s, isNote);
        QCOMPARE(card->findChild<QAction *>(u"thread.message.quote"_s) == nullptr, isNote);
        marked += isNote ? 1 : 0;
    }
    QCOMPARE(marked, 2);
}

void TestTicketView::draftComesBackAfterTheViewIsGone_data()
{
    QTest::addColumn<bool>("waitForSave");
    QTest::newRow("saved while typing") << true;
    QTest::newRow("closed before the pause") << false;
}

void TestTicketView::draftComesBackAfterTheViewIsGone()
{
    QFETCH(bool, waitForSave);
    {
        auto view = makeView();
        typeReply(*view, u"Half-written answer"_s);
        view->composer()->setMode(Composer::Mode::Note);
        QTest::keyClicks(child<QPlainTextEdit>(view.get(), u"composer.note"_s), u"note draft"_s);
        if (waitForSave) {
            QTRY_COMPARE(child<QLabel>(view.get(), u"composer.draftState"_s)->text().left(11), u"Draft saved"_s);
            QTRY_VERIFY(DraftStore(*m_db).draft(m_anna, DraftStore::replyScope(m_ticket))->has_value());
        }
    } // the view is gone, as after a crash or restart
    QCOMPARE(DraftStore(*m_db).draft(m_anna, DraftStore::replyScope(m_ticket)).value()->body, u"Half-written answer"_s);
    auto view = makeView();
    QCOMPARE(view->composer()->text(Composer::Mode::Reply), u"Half-written answer"_s);
    QCOMPARE(view->composer()->text(Composer::Mode::Note), u"note draft"_s);
    QCOMPARE(view->composer()->mode(), Composer::Mode::Reply);
}

void TestTicketView::sendGuardHoldsWhenAnotherAgentReplied_data()
{
    QTest::addColumn<bool>("sendAnyway");
    QTest::newRow("send anyway") << true;
    QTest::newRow("review, then send") << false;
}

void TestTicketView::sendGuardHoldsWhenAnotherAgentReplied()
{
    QFETCH(bool, sendAnyway);
    auto view = makeView();
    typeReply(*view, u"Please try the export again"_s);
    // Boris answers from his desk between Anna opening the ticket and sending.
    m_clock->advanceMs(30'000);
    QVERIFY(TicketStore(*m_db, *m_clock)
                .addMessage(m_ticket, MessageKind::Agent, m_boris, u"Fixed on our side, Olga!"_s)
                .ok());
    QTRY_COMPARE(view->threadModel()->rowCount(), 3);

    child<QPushButton>(view.get(), u"composer.send"_s)->click();
    auto *guard = child<QFrame>(view.get(), u"composer.guard"_s);
    QVERIFY(guard->isVisible());
    const QString shown = child<QLabel>(guard, u"composer.guard.list"_s)->text();
    QVERIFY2(shown.contains(u"Boris Lang"_s) && shown.contains(u"Fixed on our side, Olga!"_s), qPrintable(shown));
    QCOMPARE(TicketStore(*m_db).messages(m_ticket)->size(), 3); // held: nothing sent
    QCOMPARE(view->composer()->text(Composer::Mode::Reply), u"Please try the export again"_s);
    QVERIFY(DraftStore(*m_db).draft(m_anna, DraftStore::replyScope(m_ticket))->has_value()); // and kept

    if (sendAnyway) {
        child<QPushButton>(guard, u"composer.sendAnyway"_s)->click();
    } else {
        child<QPushButton>(guard, u"composer.review"_s)->click();
        QVERIFY(!guard->isVisible());
        QCOMPARE(TicketStore(*m_db).messages(m_ticket)->size(), 3);
        child<QPushButton>(view.get(), u"composer.send"_s)->click(); // seen now: goes out
    }
    QVERIFY(!guard->isVisible());
    QCOMPARE(TicketStore(*m_db).messages(m_ticket)->size(), 4);
    QCOMPARE(TicketStore(*m_db).messages(m_ticket)->constLast().body, u"Please try the export again"_s);
}

void TestTicketView::R20_estimateHelperOffersThreeTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("offered");
    QTest::newRow("R20 english customer") << u"en"_s << u"2 h"_s << u"6 hours"_s;
    QTest::newRow("R20 russian customer") << u"ru_RU"_s << u"1 д"_s << u"3 дня"_s;
}

void TestTicketView::R20_estimateHelperOffersThreeTimes()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, offered);
    setCustomerLocale(locale);
    auto view = makeView();
    auto *estimate = child<QLineEdit>(view.get(), u"composer.estimate"_s);
    estimate->setFocus();
    estimate->insert(typed); // as typed; keyClicks knows only ASCII
    QVERIFY(child<QLabel>(view.get(), u"composer.estimateOffer"_s)->text().endsWith(offered));
    child<QToolButton>(view.get(), u"composer.insertEstimate"_s)->click();
    QCOMPARE(view->composer()->text(Composer::Mode::Reply), offered);

    // The estimate canned reply says the same.
    view->offerReply(u"estimate"_s);
    const QString text = view->composer()->text(Composer::Mode::Reply);
    QVERIFY2(text.count(offered) == 2, qPrintable(text));
}

void TestTicketView::cannedReplies_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // in the inserted text; empty: refused with an error
    QTest::newRow("R11 R15 acknowledgement") << u"acknowledgement"_s << u"en"_s << u"Hello Olga,"_s;
    QTest::newRow("R11 acknowledgement in russian") << u"acknowledgement"_s << u"ru"_s << u"Здравствуйте, Olga!"_s;
    QTest::newRow("R15 names the ticket") << u"acknowledgement"_s << u"en"_s << u"ticket #1"_s;
    QTest::newRow("R06 continues monday")
        << u"end-of-day"_s << u"en"_s << u"Monday, 23 November, after 09:00 (UTC+03:00)"_s;
    QTest::newRow("R16 weekend notice") << u"weekend-notice"_s << u"ru"_s << u"в понедельник, 23 ноября, после 09:00"_s;
    QTest::newRow("R17 wordpress access") << u"access-wordpress"_s << u"en"_s << u"/wp-admin"_s;
    QTest::newRow("R18 team ssh key")
        << u"ssh-key"_s << u"en"_s
        << u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team"_s;
    QTest::newRow("R21 internals") << u"no-internals"_s << u"en"_s << u"do not share details"_s;
    QTest::newRow("R22 no refunds") << u"no-refunds"_s << u"en"_s << u"We do not offer refunds"_s;
    QTest::newRow("R45 hand-off needs a new agent") << u"handoff"_s << u"en"_s << QString();
    QTest::newRow("R20 estimate needs the internal one") << u"estimate"_s << u"en"_s << QString();
}

void TestTicketView::cannedReplies()
{
    QFETCH(QString, key);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    setCustomerLocale(locale);
    MemoryKeyStore keys;
    QVERIFY(
        VaultStore(*m_db, keys)
            .setSshPublicKey(u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl team"_s)
            .ok());
    execute(u"UPDATE team_settings SET value = ? WHERE key = ?"_s, {u"Europe/Moscow"_s, u"team.time_zone"_s});
    auto view = makeView();
    view->composer()->setMode(Composer::Mode::Note);
    view->offerReply(key);
    QCOMPARE(view->composer()->mode(), Composer::Mode::Reply);
    const QString text = view->composer()->text(Composer::Mode::Reply);
    auto *message = child<QLabel>(view.get(), u"composer.message"_s);
    if (expected.isEmpty()) {
        QVERIFY(text.isEmpty());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"which is not known here"_s), qPrintable(message->text()));
        return;
    }
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.trimmed().endsWith(u"Anna"_s));
    QVERIFY(!text.contains(u'{'));
    QVERIFY(!message->isVisible());
}

void TestTicketView::cannedReplyPickerFindsByShortcut()
{
    auto view = makeView();
    view->composer()->openCannedReplyPicker();
    auto *picker = view->findChild<CannedReplyPicker *>();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->visibleKeys().size(), 27); // 14 playbook replies, 11 QA and stage updates, 2 proposal answers
    auto *filter = child<QLineEdit>(picker, u"picker.filter"_s);
    QTest::keyClicks(filter, u"refund"_s);
    QCOMPARE(picker->visibleKeys().constFirst(), u"no-refunds"_s);
    filter->clear();
    QTest::keyClicks(filter, u"ack"_s); // the shortcut comes first, before "acc-..." and body matches
    QCOMPARE(picker->visibleKeys().constFirst(), u"acknowledgement"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QVERIFY(view->composer()->text(Composer::Mode::Reply).startsWith(u"Hello Olga,"_s));
}

void TestTicketView::R36_solveAsksHowItWasResolved()
{
    auto view = makeView();
    auto *solve = child<QToolButton>(view.get(), u"ticket.solve"_s);
    QVERIFY(solve && solve->isEnabled() && solve->menu());
    const QList<QAction *> ways = solve->menu()->actions();
    QCOMPARE(ways.size(), 6); // only the recognised ways
    auto *confirmed = child<QAction>(view.get(), u"ticket.solve.customer_confirmed"_s);
    QVERIFY(confirmed);
    confirmed->trigger();
    const Ticket ticket = TicketStore(*m_db).ticket(m_ticket).value();
    QCOMPARE(ticket.status, TicketStatus::Solved);
    QCOMPARE(ticket.resolution, Resolution::CustomerConfirmed);
    QTRY_VERIFY(child<QLabel>(view.get(), u"ticket.status"_s)->text().contains(u"Solved"_s));
    QVERIFY(child<QLabel>(view.get(), u"ticket.due"_s)->text().contains(u"The customer confirmed it works"_s));
    QVERIFY(!solve->isEnabled());

    // Someone else moved the ticket meanwhile: the conflict is shown, not swallowed.
    auto other = makeView();
    QVERIFY(TicketStore(*m_db, *m_clock).setStatus(m_ticket, TicketStatus::Open, ticket.version, m_boris).ok());
    QTRY_VERIFY(child<QToolButton>(other.get(), u"ticket.solve"_s)->isEnabled());
}

void TestTicketView::R32_statusSaysWhoActsNext_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("canWrite");
    QTest::newRow("R32 new: the team") << TicketStatus::New << u"New</b> - the team answers next"_s << true;
    QTest::newRow("R32 open: the team") << TicketStatus::Open << u"Open</b> - the team answers next"_s << true;
    QTest::newRow("R32 pending: the customer") << TicketStatus::Pending << u"waiting for the customer"_s << true;
    QTest::newRow("R32 on-hold: third party") << TicketStatus::OnHold << u"waiting for a third party"_s << true;
    QTest::newRow("R32 closed is final") << TicketStatus::Closed << u"final; a new message opens a follow-up ticket"_s
                                         << false;
}

void TestTicketView::R32_statusSaysWhoActsNext()
{
    QFETCH(TicketStatus, status);
    QFETCH(QString, expected);
    QFETCH(bool, canWrite);
    TicketStore store(*m_db, *m_clock);
    if (status != TicketStatus::New)
        QVERIFY(store.setStatus(m_ticket, status, store.ticket(m_ticket)->version, m_anna).ok());
    auto view = makeView();
    const QString shown = child<QLabel>(view.get(), u"ticket.status"_s)->text();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QCOMPARE(view->composer()->isEnabled(), canWrite);
    QCOMPARE(child<QToolButton>(view.get(), u"ticket.solve"_s)->isEnabled(), canWrite);
}

void TestTicketView::R38_notesNeverLeaveInAReply()
{
    auto view = makeView();
    // Quoting: the customer's message may be quoted, the note never.
    view->quoteMessage(m_note);
    QVERIFY(view->composer()->text(Composer::Mode::Reply).isEmpty());
    QVERIFY(child<QLabel>(view.get(), u"composer.message"_s)->text().contains(u"team only"_s));
    view->quoteMessage(m_question);
    QCOMPARE(view->composer()->text(Composer::Mode::Reply), u"Olga Petrova wrote:\n> The CSV export has no rows.\n"_s);

    // Pasting the note into a reply: the send is refused and nothing leaves.
    view->insertText(u"Note: Olga is on the legacy plan; do not promise 5.2"_s);
    child<QPushButton>(view.get(), u"composer.send"_s)->click();
    QCOMPARE(TicketStore(*m_db).messages(m_ticket)->size(), 2);
    auto *message = child<QLabel>(view.get(), u"composer.message"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"repeats an internal note"_s), qPrintable(message->text()));
}

void TestTicketView::longThreadLoadsEarlierOnDemand()
{
    TicketStore store(*m_db, *m_clock);
    for (int i = 0; i < 95; ++i) {
        m_clock->advanceMs(60'000);
        QVERIFY(store
                    .addMessage(m_ticket, i % 2 ? MessageKind::Agent : MessageKind::Customer, m_boris,
                                u"message %1"_s.arg(i))
                    .ok());
    }
    auto view = makeView();
    QCOMPARE(view->findChildren<QFrame *>(u"thread.message"_s).size(), ThreadModel::defaultPageSize);
    auto *earlier = child<QPushButton>(view.get(), u"thread.earlier"_s);
    QVERIFY(earlier->isVisible());
    earlier->click();
    QCOMPARE(view->findChildren<QFrame *>(u"thread.message"_s).size(), 2 * ThreadModel::defaultPageSize);
    earlier->click();
    QCOMPARE(view->findChildren<QFrame *>(u"thread.message"_s).size(), 97);
    QVERIFY(!earlier->isVisible());
}

void TestTicketView::sidePanelsAndTicketShown()
{
    OpenTicket ticket(*m_session);
    TicketView view(ticket);
    view.show();
    QVERIFY(child<QWidget>(&view, u"ticket.empty"_s)->isVisible());
    QSignalSpy shown(&view, &TicketView::ticketShown);
    auto *panel = new QLabel(u"Triage"_s);
    panel->setObjectName(u"panel.triage"_s);
    view.addSidePanel(panel);
    view.setTicket(m_ticket);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).value<TicketId>(), m_ticket);
    QCOMPARE(shown.at(0).at(1).value<CustomerId>(), m_olga);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(child<QLabel>(&view, u"ticket.subject"_s)->text(), u"Export is empty"_s);
    QCOMPARE(child<QLabel>(&view, u"ticket.customer"_s)->text(), u"Olga Petrova"_s);
    QCOMPARE(child<QLabel>(&view, u"ticket.customer"_s)->toolTip(), u"olga@example.com"_s);
    QVERIFY(child<QLabel>(&view, u"ticket.due"_s)->text().startsWith(u"first response"_s));
    view.setTicket({});
    QVERIFY(child<QWidget>(&view, u"ticket.empty"_s)->isVisible());
}

void TestTicketView::inboxSectionShowsTheCurrentTicket()
{
    m_clock->advanceMs(60'000);
    const TicketId second = TicketStore(*m_db, *m_clock).create({u"Second"_s, m_olga, Channel::Chat, u"hi"_s}).value();
    Test::FakeKeychain keychain;
    VaultSession vault(*m_db, *m_clock, keychain.borrow(), KdfParams::minimum());
    {
        InboxSection section(*m_session, vault);
        section.resize(1400, 700);
        section.show();
        auto *table = child<QTableView>(&section, u"inbox.table"_s);
        QVERIFY(table);
        QCOMPARE(section.ticketView()->ticket(), second); // the top of the list
        table->selectRow(1);
        QCOMPARE(section.ticketView()->ticket(), m_ticket);
    }
    InboxSection again(*m_session, vault); // opens where the agent left off
    QCOMPARE(again.ticketView()->ticket(), m_ticket);
}

void TestTicketView::keyboardReachesTheTicketsActions()
{
    Test::FakeKeychain keychain;
    VaultSession vault(*m_db, *m_clock, keychain.borrow(), KdfParams::minimum());
    InboxSection section(*m_session, vault);
    section.resize(1400, 700);
    section.show();
    // Each everyday action has a default key and a palette entry (its object name).
    const QList<std::pair<QString, QKeySequence>> expected{{u"ticket.reply"_s, QKeySequence(Qt::Key_R)},
                                                           {u"ticket.note"_s, QKeySequence(Qt::Key_N)},
                                                           {u"ticket.tag"_s, QKeySequence(Qt::Key_T)},
                                                           {u"ticket.take"_s, QKeySequence(Qt::SHIFT | Qt::Key_T)},
                                                           {u"ticket.solve"_s, QKeySequence(Qt::SHIFT | Qt::Key_S)}};
    for (const auto &[id, key] : expected) {
        auto *action = section.findChild<QAction *>(id);
        QVERIFY2(action, qPrintable(id));
        QCOMPARE(action->shortcut(), key);
    }
    section.findChild<QAction *>(u"ticket.note"_s)->trigger();
    QCOMPARE(section.ticketView()->composer()->mode(), Composer::Mode::Note);
    section.findChild<QAction *>(u"ticket.reply"_s)->trigger();
    QCOMPARE(section.ticketView()->composer()->mode(), Composer::Mode::Reply);
    section.findChild<QAction *>(u"ticket.tag"_s)->trigger();
    QCOMPARE(section.sidebar()->currentIndex(), 1); // the triage page, where tags are typed
}

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"
