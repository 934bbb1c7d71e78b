// SPDX-License-Identifier: GPL-3.0-or-later
// The canned replies dialog: editing, checking, saving against other desktops, and the way
// in from the main window, the command palette and the composer's picker.
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/replies/cannedreplylistmodel.h"
#include "models/replies/cannedreplystore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/windowfixture.h"
#include "tests/views/tickets/panelfixture.h"
#include "views/common/commandpalette.h"
#include "views/mainwindow.h"
#include "views/replies/cannedrepliesdialog.h"
#include "views/replies/cannedreplyeditor.h"
#include "views/replies/cannedreplypicker.h"
#include "views/tickets/thread/composer.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCannedRepliesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R11_editedReplyIsWhatTheComposerInserts();
    void unknownVariableShowsInlineAndBlocksSaving();
    void versionConflictKeepsTheTypedText();
    void editWhileAnotherDesktopSavesKeepsTheTypedText();
    void removeAsksAndRemoves();
    void R11_russianTranslationOfAnEnglishReply();
    void newReplyNeedsAFreeKey();
    void switchingRowsWithUnsavedEditsAsks();
    void closingWithUnsavedEditsAsks();
    void listFiltersByLanguageAndWords();
    void fitsASmallWindow();
    void opensFromTheMenuThePaletteAndThePicker();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return Test::namedChild<T>(m_dialog, name);
    }
    QPlainTextEdit *body() const { return child<QPlainTextEdit>(u"replies.body"_s); }
    void typeAtEnd(const QString &asciiText) const;
    CannedReply stored(const QString &key, const QString &language) const;
    TicketId ticketFor(const QString &name, const QString &locale);
    /// The dialog on the rows of its list, as a person clicks them.
    void clickRow(const QString &key, const QString &language) const;

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QWidget> m_window; ///< what the dialog belongs to, as the main window would be
    CannedRepliesDialog *m_dialog = nullptr;
};

void TestCannedRepliesDialog::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    // Friday 20 November 2026, 12:00 UTC.
    m_clock =
        std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    QVERIFY(AgentStore(*m_db, *m_clock).create(anna).ok());
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_prompts = std::make_unique<FakePrompts>();
    m_window = std::make_unique<QWidget>();
    m_window->resize(1200, 800);
    m_window->show();
    m_dialog = new CannedRepliesDialog(*m_session, m_window.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestCannedRepliesDialog::cleanup()
{
    m_window.reset(); // takes the dialog
    m_prompts.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestCannedRepliesDialog::typeAtEnd(const QString &asciiText) const
{
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), asciiText);
}

CannedReply TestCannedRepliesDialog::stored(const QString &key, const QString &language) const
{
    const auto reply = CannedReplyStore(*m_db).reply(key, language);
    return reply && reply->language == language ? reply.value() : CannedReply{};
}

TicketId TestCannedRepliesDialog::ticketFor(const QString &name, const QString &locale)
{
    Customer customer;
    customer.displayName = name;
    customer.primaryEmail = name.section(u' ', 0, 0).toLower() + u"@example.com"_s;
    customer.locale = locale;
    const CustomerId id = CustomerStore(*m_db, *m_clock).create(customer).value();
    return TicketStore(*m_db, *m_clock).create({u"Export is empty"_s, id, Channel::Email, u"No rows."_s}).value();
}

void TestCannedRepliesDialog::clickRow(const QString &key, const QString &language) const
{
    auto *list = child<QListView>(u"replies.list"_s);
    const QModelIndex index = m_dialog->model()->indexOf(key, language);
    QVERIFY2(index.isValid(), qPrintable(key));
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

void TestCannedRepliesDialog::R11_editedReplyIsWhatTheComposerInserts()
{
    QVERIFY(m_dialog->showReply(u"acknowledgement"_s, u"en"_s));
    QCOMPARE(child<QLineEdit>(u"replies.key"_s)->text(), u"acknowledgement"_s);
    QVERIFY(child<QLineEdit>(u"replies.key"_s)->isReadOnly()); // stored: the key names it everywhere
    QVERIFY(!child<QComboBox>(u"replies.language"_s)->isEnabled());
    auto *save = child<QPushButton>(u"replies.save"_s);
    QVERIFY(!save->isEnabled()); // nothing to save yet

    body()->selectAll();
    QTest::keyClicks(body(), u"Hi {customer.first_name}, ticket #{ticket.number} is with us. "_s);
    QVERIFY(save->isEnabled());
    // The preview is the text as ReplyTemplate fills it in, with sample values.
    QVERIFY2(child<QPlainTextEdit>(u"replies.preview"_s)->toPlainText().startsWith(u"Hi Olga, ticket #1042"_s),
             qPrintable(child<QPlainTextEdit>(u"replies.preview"_s)->toPlainText()));
    // A variable from the list goes in at the cursor.
    auto *variables = child<QListWidget>(u"replies.variables"_s);
    const QList<QListWidgetItem *> agent = variables->findItems(u"{agent.first_name}"_s, Qt::MatchExactly);
    QCOMPARE(agent.size(), 1);
    QTest::mouseClick(variables->viewport(), Qt::LeftButton, {},
                      variables->visualItemRect(agent.constFirst()).center());
    QVERIFY(body()->toPlainText().endsWith(u"{agent.first_name}"_s));
    save->click();
    QVERIFY2(child<QLabel>(u"replies.status"_s)->text().startsWith(u"Saved."_s),
             qPrintable(child<QLabel>(u"replies.status"_s)->text()));
    QCOMPARE(stored(u"acknowledgement"_s, u"en"_s).body, body()->toPlainText());
    QVERIFY(!save->isEnabled());

    // An agent on a ticket gets the new text, filled in.
    const TicketId ticket = ticketFor(u"Olga Petrova"_s, u"en"_s);
    OpenTicket open(*m_session);
    TicketView view(open);
    view.show();
    view.setTicket(ticket);
    view.offerReply(u"acknowledgement"_s);
    QCOMPARE(view.composer()->text(Composer::Mode::Reply),
             u"Hi Olga, ticket #%1 is with us. Anna"_s.arg(ticket.value()));
}

void TestCannedRepliesDialog::unknownVariableShowsInlineAndBlocksSaving()
{
    QVERIFY(m_dialog->showReply(u"no-refunds"_s, u"en"_s));
    const QString before = stored(u"no-refunds"_s, u"en"_s).body;
    auto *problems = child<QLabel>(u"replies.problems"_s);
    QVERIFY(!problems->isVisible());
    typeAtEnd(u" Your code: {customer.coupon}"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"{customer.coupon}"_s), qPrintable(problems->text()));
    // Underlined where it is.
    const QList<QTextEdit::ExtraSelection> marks = body()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.constFirst().cursor.selectedText(), u"{customer.coupon}"_s);

    auto *save = child<QPushButton>(u"replies.save"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"{customer.coupon}"_s));
    QVERIFY(!m_dialog->save());
    QVERIFY(child<QLabel>(u"replies.status"_s)->text().contains(u"{customer.coupon}"_s));
    QCOMPARE(stored(u"no-refunds"_s, u"en"_s).body, before);

    // A mistyped one is a warning only: it does not break an insert.
    for (int i = 0; i < int(u"{customer.coupon}"_s.size()); ++i)
        QTest::keyClick(body(), Qt::Key_Backspace);
    typeAtEnd(u"{Customer.Coupon}"_s);
    QVERIFY(problems->text().contains(u"{Customer.Coupon}"_s));
    QVERIFY(save->isEnabled());
    QVERIFY(m_dialog->save());
    QVERIFY(stored(u"no-refunds"_s, u"en"_s).body.endsWith(u"{Customer.Coupon}"_s));
}

void TestCannedRepliesDialog::versionConflictKeepsTheTypedText()
{
    QVERIFY(m_dialog->showReply(u"handoff"_s, u"en"_s));
    typeAtEnd(u" Mine."_s);
    const QString mine = body()->toPlainText();

    // Another desktop saves first; the save below runs before its change is even read.
    auto otherDesktop = m_testDb->open();
    QVERIFY(otherDesktop);
    CannedReplyStore other(*otherDesktop);
    CannedReply theirs = other.reply(u"handoff"_s, u"en"_s).value();
    theirs.body += u" Theirs."_s;
    QVERIFY(other.update(theirs, theirs.version).ok());

    QVERIFY(!m_dialog->save());
    QCOMPARE(body()->toPlainText(), mine); // never lost
    const QString status = child<QLabel>(u"replies.status"_s)->text();
    QVERIFY2(status.contains(u"Someone else changed"_s) && status.contains(u"Your text is still here"_s),
             qPrintable(status));
    QCOMPARE(stored(u"handoff"_s, u"en"_s).body, theirs.body);

    auto *overwrite = child<QPushButton>(u"replies.overwrite"_s);
    QVERIFY(overwrite->isVisible());
    QVERIFY(child<QPushButton>(u"replies.loadTheirs"_s)->isVisible());
    overwrite->click();
    QCOMPARE(stored(u"handoff"_s, u"en"_s).body, mine);
    QVERIFY(!overwrite->isVisible());
}

void TestCannedRepliesDialog::editWhileAnotherDesktopSavesKeepsTheTypedText()
{
    QVERIFY(m_dialog->showReply(u"estimate"_s, u"en"_s));
    CannedReplyStore store(*m_db);
    // Not being edited: their text simply shows.
    CannedReply theirs = stored(u"estimate"_s, u"en"_s);
    theirs.title = u"Estimate (new)"_s;
    QVERIFY(store.update(theirs, theirs.version).ok());
    QTRY_COMPARE(child<QLineEdit>(u"replies.title"_s)->text(), theirs.title);
    QVERIFY(!m_dialog->editor()->isModified());

    // Being edited: the text typed stays and the choice is offered at once.
    typeAtEnd(u" Mine."_s);
    const QString mine = body()->toPlainText();
    theirs = stored(u"estimate"_s, u"en"_s);
    theirs.title = u"Estimate (newer)"_s;
    QVERIFY(store.update(theirs, theirs.version).ok());
    QTRY_VERIFY(child<QPushButton>(u"replies.loadTheirs"_s)->isVisible());
    QCOMPARE(body()->toPlainText(), mine);
    m_prompts->confirmAnswer = false;
    child<QPushButton>(u"replies.loadTheirs"_s)->click(); // asks first; "no" keeps mine
    QCOMPARE(body()->toPlainText(), mine);
    m_prompts->confirmAnswer = true;
    child<QPushButton>(u"replies.loadTheirs"_s)->click();
    QCOMPARE(child<QLineEdit>(u"replies.title"_s)->text(), u"Estimate (newer)"_s);
    QVERIFY(!m_dialog->editor()->isModified());
}

void TestCannedRepliesDialog::removeAsksAndRemoves()
{
    QVERIFY(m_dialog->showReply(u"proposal-thanks"_s, u"ru"_s));
    auto *remove = child<QToolButton>(u"replies.remove"_s);
    m_prompts->confirmAnswer = false;
    remove->click();
    QCOMPARE(m_prompts->shown.size(), 1);
    QVERIFY(m_prompts->shown.constFirst().startsWith(u"Remove Canned Reply: "_s));
    QVERIFY(stored(u"proposal-thanks"_s, u"ru"_s).id != 0);

    m_prompts->confirmAnswer = true;
    remove->click();
    QCOMPARE(stored(u"proposal-thanks"_s, u"ru"_s).id, 0);
    QVERIFY(stored(u"proposal-thanks"_s, u"en"_s).id != 0); // the other language stays
    QVERIFY(!m_dialog->model()->indexOf(u"proposal-thanks"_s, u"ru"_s).isValid());
    QVERIFY(m_dialog->editor()->original().id != 0); // the next reply is shown
    QVERIFY(child<QLabel>(u"replies.status"_s)->text().contains(u"was removed"_s));
}

void TestCannedRepliesDialog::R11_russianTranslationOfAnEnglishReply()
{
    CannedReply renewal;
    renewal.key = u"renewal"_s;
    renewal.title = u"Licence renewal"_s;
    renewal.body = u"Hello {customer.first_name}, renew in the shop.\n{agent.first_name}"_s;
    renewal.shortcut = u"renew"_s;
    renewal.ruleId = u"R11"_s;
    QVERIFY(CannedReplyStore(*m_db).add(renewal).ok());
    QTRY_VERIFY(m_dialog->model()->indexOf(u"renewal"_s, u"en"_s).isValid());
    clickRow(u"renewal"_s, u"en"_s);
    QCOMPARE(m_dialog->editor()->original().key, u"renewal"_s);
    typeAtEnd(u" Not kept."_s); // dropped when asked: the translation starts from the stored text
    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Discard;

    child<QToolButton>(u"replies.translate"_s)->click();
    QCOMPARE(m_prompts->shown.size(), 1);
    auto *language = child<QComboBox>(u"replies.language"_s);
    QCOMPARE(language->currentData().toString(), u"ru"_s);
    QVERIFY(m_dialog->editor()->isNew());
    QCOMPARE(child<QLineEdit>(u"replies.key"_s)->text(), u"renewal"_s);
    QCOMPARE(child<QLineEdit>(u"replies.shortcut"_s)->text(), u"renew"_s);
    QCOMPARE(body()->toPlainText(), renewal.body); // to translate from

    child<QLineEdit>(u"replies.title"_s)->setText(u"Продление лицензии"_s);
    body()->setPlainText(u"Здравствуйте, {customer.first_name}! Продлите лицензию в магазине.\n{agent.first_name}"_s);
    QVERIFY(child<QPushButton>(u"replies.save"_s)->isEnabled());
    child<QPushButton>(u"replies.save"_s)->click();
    const CannedReply russian = stored(u"renewal"_s, u"ru"_s);
    QCOMPARE(russian.title, u"Продление лицензии"_s);
    QCOMPARE(russian.ruleId, u"R11"_s);
    QCOMPARE(stored(u"renewal"_s, u"en"_s).body, renewal.body); // the English one is untouched
    QVERIFY(child<QLineEdit>(u"replies.key"_s)->isReadOnly());

    // A Russian customer gets it in Russian.
    const TicketId ticket = ticketFor(u"Ivan Petrov"_s, u"ru_RU"_s);
    OpenTicket open(*m_session);
    TicketView view(open);
    view.show();
    view.setTicket(ticket);
    view.offerReply(u"renewal"_s);
    QVERIFY2(view.composer()->text(Composer::Mode::Reply).startsWith(u"Здравствуйте, Ivan!"_s),
             qPrintable(view.composer()->text(Composer::Mode::Reply)));

    // Every language has it now: nothing left to translate into.
    QVERIFY(!m_dialog->startTranslation());
    QVERIFY(child<QLabel>(u"replies.status"_s)->text().contains(u"every language"_s));
}

void TestCannedRepliesDialog::newReplyNeedsAFreeKey()
{
    child<QToolButton>(u"replies.add"_s)->click();
    auto *key = child<QLineEdit>(u"replies.key"_s);
    QVERIFY(!key->isReadOnly());
    auto *language = child<QComboBox>(u"replies.language"_s);
    QVERIFY(language->isEnabled());
    QVERIFY(language->findData(u"de"_s) >= 0); // a language the team has no reply in yet
    QVERIFY(!child<QToolButton>(u"replies.remove"_s)->isEnabled());
    QTest::keyClicks(key, u"Ack Again"_s); // the key takes plain lower-case words only
    QCOMPARE(key->text(), u"ckgain"_s);
    key->setText(u"acknowledgement"_s);
    child<QLineEdit>(u"replies.title"_s)->setText(u"Another acknowledgement"_s);
    typeAtEnd(u"Thanks, {customer.first_name}."_s);
    QVERIFY(!m_dialog->save()); // taken in English
    QVERIFY(child<QLabel>(u"replies.status"_s)->text().contains(u"exists already"_s));
    QCOMPARE(body()->toPlainText(), u"Thanks, {customer.first_name}."_s);

    key->setText(u"thanks"_s);
    QVERIFY(m_dialog->save());
    QCOMPARE(stored(u"thanks"_s, u"en"_s).title, u"Another acknowledgement"_s);
    QVERIFY(key->isReadOnly());
    QCOMPARE(m_dialog->model()->replyAt(child<QListView>(u"replies.list"_s)->currentIndex()).key, u"thanks"_s);
}

void TestCannedRepliesDialog::switchingRowsWithUnsavedEditsAsks()
{
    QVERIFY(m_dialog->showReply(u"ssh-key"_s, u"en"_s));
    typeAtEnd(u" Edited."_s);
    const QString edited = body()->toPlainText();

    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Cancel;
    clickRow(u"weekend-notice"_s, u"en"_s);
    QCOMPARE(m_prompts->shown.size(), 1);
    QVERIFY(m_prompts->shown.constFirst().startsWith(u"Unsaved Changes: "_s));
    QCOMPARE(m_dialog->editor()->original().key, u"ssh-key"_s); // stayed
    QCOMPARE(body()->toPlainText(), edited);
    auto *list = child<QListView>(u"replies.list"_s);
    QCOMPARE(m_dialog->model()->replyAt(list->currentIndex()).key, u"ssh-key"_s);

    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Save;
    clickRow(u"weekend-notice"_s, u"en"_s);
    QCOMPARE(m_dialog->editor()->original().key, u"weekend-notice"_s);
    QCOMPARE(stored(u"ssh-key"_s, u"en"_s).body, edited);

    typeAtEnd(u" Dropped."_s);
    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Discard;
    clickRow(u"ssh-key"_s, u"en"_s);
    QCOMPARE(m_dialog->editor()->original().key, u"ssh-key"_s);
    QVERIFY(!stored(u"weekend-notice"_s, u"en"_s).body.contains(u"Dropped."_s));
    QCOMPARE(m_prompts->shown.size(), 3);
}

void TestCannedRepliesDialog::closingWithUnsavedEditsAsks()
{
    QVERIFY(m_dialog->showReply(u"end-of-day"_s, u"ru"_s));
    typeAtEnd(u" P.S."_s);
    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Cancel;
    m_dialog->reject(); // Close, Escape
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_window->close()); // the window it belongs to
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_prompts->shown.size(), 2);
    QVERIFY(body()->toPlainText().endsWith(u" P.S."_s));

    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Discard;
    child<QPushButton>(u"replies.discard"_s)->click(); // the button itself does not ask
    QCOMPARE(m_prompts->shown.size(), 2);
    QVERIFY(!body()->toPlainText().endsWith(u" P.S."_s));
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_prompts->shown.size(), 2); // nothing to lose: no question
}

void TestCannedRepliesDialog::listFiltersByLanguageAndWords()
{
    auto *list = child<QListView>(u"replies.list"_s);
    QCOMPARE(list->model()->rowCount(), 54);
    auto *languages = child<QComboBox>(u"replies.languageFilter"_s);
    QCOMPARE(languages->count(), 3); // all, English, Russian
    languages->setCurrentIndex(languages->findData(u"ru"_s));
    QCOMPARE(list->model()->rowCount(), 27);
    QTest::keyClicks(child<QLineEdit>(u"replies.filter"_s), u"refund"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_dialog->model()->replyAt(list->model()->index(0, 0)).key, u"no-refunds"_s);

    // Asked for a reply the filters hide, the dialog shows every reply again.
    QVERIFY(m_dialog->showReply(u"acknowledgement"_s, u"en"_s));
    QCOMPARE(list->model()->rowCount(), 54);
    QCOMPARE(m_dialog->model()->replyAt(list->currentIndex()).key, u"acknowledgement"_s);
}

void TestCannedRepliesDialog::fitsASmallWindow()
{
    QVERIFY(m_dialog->showReply(u"acknowledgement"_s, u"ru"_s));
    typeAtEnd(u" {customer.nickname} {Agent.Name}"_s);
    Test::saveShot(m_dialog, u"canned-replies-problems"_s);
    m_dialog->resize(560, 520);
    QCoreApplication::processEvents();
    Test::saveShot(m_dialog, u"canned-replies-narrow"_s);
    // Both sides stay usable: the list and a body wide enough to write in, the problem named.
    QVERIFY(child<QListView>(u"replies.list"_s)->width() >= 150);
    QVERIFY(body()->width() >= 250);
    QVERIFY(child<QLabel>(u"replies.problems"_s)->isVisible());
    QVERIFY(m_dialog->width() <= 560);
}

void TestCannedRepliesDialog::opensFromTheMenuThePaletteAndThePicker()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const Test::WindowFixture app(*m_db, &settings, m_clock->nowMs());
    const auto made = app.makeWindow();
    MainWindow &window = *made;
    window.show();
    auto *action = Test::namedChild<QAction>(&window, u"action.cannedReplies"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<CannedRepliesDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<CannedRepliesDialog *>().size(), 1); // one per window
    dialog->reject();
    QTRY_VERIFY(!window.findChild<CannedRepliesDialog *>()); // deleted on close

    // The command palette finds it by name.
    auto *palette = window.findChild<CommandPalette *>();
    QVERIFY(palette);
    palette->popup();
    QTest::keyClicks(Test::namedChild<QLineEdit>(palette, u"palette.filter"_s), u"canned replies"_s);
    QTest::keyClick(Test::namedChild<QLineEdit>(palette, u"palette.filter"_s), Qt::Key_Return);
    QTRY_VERIFY((dialog = window.findChild<CannedRepliesDialog *>()) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!window.findChild<CannedRepliesDialog *>());

    // The composer's picker: Manage… opens it on the highlighted reply.
    const TicketId ticket = ticketFor(u"Olga Petrova"_s, u"en"_s);
    window.openTicket(ticket);
    auto *composer = window.findChild<Composer *>();
    QVERIFY(composer);
    QTRY_VERIFY(composer->isEnabled());
    composer->openCannedReplyPicker();
    auto *picker = composer->findChild<CannedReplyPicker *>();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(Test::namedChild<QLineEdit>(picker, u"picker.filter"_s), u"eod"_s);
    Test::saveShot(picker, u"canned-reply-picker"_s);
    Test::namedChild<QPushButton>(picker, u"picker.manage"_s)->click();
    QVERIFY(!picker->isVisible());
    QTRY_VERIFY((dialog = window.findChild<CannedRepliesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->editor()->original().key, u"end-of-day"_s);
    QCOMPARE(dialog->editor()->original().language, u"en"_s);
}

QTEST_MAIN(TestCannedRepliesDialog)
#include "tst_cannedrepliesdialog.moc"
