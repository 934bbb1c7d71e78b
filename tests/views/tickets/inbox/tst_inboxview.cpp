// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxcounts.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "views/tickets/inbox/inboxview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestInboxView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<TicketId>();
    }
    void init();
    void cleanup();

    void showsTicketsAndTheirCount();
    void R15_newViewListsTheUnanswered();
    void newTicketAppearsWithoutLosingTheSelection();
    void headerClickSortsAndLayoutIsRemembered();
    void narrowListKeepsTheSubjectsRoom();
    void searchErrorsShowInlineAndHostileInputIsHarmless();
    void searchRanksHighlightsAndExposesTerms();
    void teamViewsAreAddedEditedAndRemoved();
    void liveCountsInThePicker();
    void R14_taggedShareInTheHeader();
    void keyboardMovesOpensAndSearches();
    void R34_orderReceivedListsTheLongestWaitingFirst();
    void emptyDatabaseSaysNoTicketsThisMonth();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
};

void TestInboxView::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(1'795'000'000'000);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_settingsDir->filePath(u"casebook.ini"_s), QSettings::IniFormat);
    TicketStore store(*m_db, *m_clock);
    for (int i = 0; i < 5; ++i) {
        m_clock->advanceMs(60000);
        const auto id = store.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"hello"_s});
        QVERIFY(id.ok());
        if (i == 0)
            QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"answered"_s).ok());
        if (i == 4)
            QVERIFY(store.solve(*id, Resolution::CustomerConfirmed, 1, {}).ok());
    }
}

void TestInboxView::cleanup()
{
    m_db.reset();
    m_testDb.reset();
    m_settings.reset();
}

void TestInboxView::showsTicketsAndTheirCount()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.resize(900, 500);
    view.show();
    auto *table = Test::namedChild<QTableView>(&view, u"inbox.table"_s);
    auto *count = Test::namedChild<QLabel>(&view, u"inbox.count"_s);
    QVERIFY(table && count);
    QCOMPARE(table->model()->rowCount(), 4); // the solved one is not open
    QTRY_COMPARE(count->text(), u"4 ticket(s)"_s);
    QCOMPARE(table->model()->index(0, InboxModel::SubjectColumn).data().toString(), u"Ticket 3"_s);
}

void TestInboxView::R15_newViewListsTheUnanswered()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    auto *views = Test::namedChild<QComboBox>(&view, u"inbox.views"_s);
    QVERIFY(views);
    QCOMPARE(views->count(), 12);
    view.showView(u"new"_s);
    QCOMPARE(views->currentData().toString(), u"new"_s);
    QCOMPARE(view.model()->rowCount(), 3); // ticket 0 was answered, ticket 4 solved
    view.showView(u"solved"_s);
    QCOMPARE(view.model()->rowCount(), 1);
}

void TestInboxView::newTicketAppearsWithoutLosingTheSelection()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    auto *table = Test::namedChild<QTableView>(&view, u"inbox.table"_s);
    QVERIFY(table);
    table->selectRow(1);
    const qint64 selected = table->currentIndex().data(IdRole).toLongLong();
    m_clock->advanceMs(60000);
    QVERIFY(TicketStore(*m_db, *m_clock).create({u"Arrives now"_s, {}, Channel::Chat, u"hi"_s}).ok());
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QCOMPARE(table->model()->index(0, InboxModel::SubjectColumn).data().toString(), u"Arrives now"_s);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(table->currentIndex().data(IdRole).toLongLong(), selected);
}

void TestInboxView::headerClickSortsAndLayoutIsRemembered()
{
    Session session(*m_db, *m_clock, m_settings.get());
    {
        InboxView view(session);
        view.show();
        auto *table = Test::namedChild<QTableView>(&view, u"inbox.table"_s);
        QHeaderView *header = table->horizontalHeader();
        const QPoint subject(header->sectionViewportPosition(InboxModel::SubjectColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, subject);
        QCOMPARE(header->sortIndicatorSection(), int(InboxModel::SubjectColumn));
        const Qt::SortOrder order = header->sortIndicatorOrder();
        const QString first = table->model()->index(0, InboxModel::SubjectColumn).data().toString();
        QCOMPARE(first, order == Qt::AscendingOrder ? u"Ticket 0"_s : u"Ticket 3"_s);
        header->resizeSection(InboxModel::CustomerColumn, 222);
    }
    InboxView again(session);
    auto *table = Test::namedChild<QTableView>(&again, u"inbox.table"_s);
    QCOMPARE(table->horizontalHeader()->sectionSize(InboxModel::CustomerColumn), 222);
}

namespace {
void search(InboxView &view, const QString &text)
{
    auto *box = Test::namedChild<QLineEdit>(&view, u"inbox.search"_s);
    box->setText(text);
    QTest::keyClick(box, Qt::Key_Return);
}
} // namespace

// Beside an open ticket the list is narrow: assignee, tags and channel step aside; wide
// again they come back, and what the user hid stays hidden and is what gets saved.
void TestInboxView::narrowListKeepsTheSubjectsRoom()
{
    Session session(*m_db, *m_clock, m_settings.get());
    {
        InboxView view(session);
        auto *header = Test::namedChild<QTableView>(&view, u"inbox.table"_s)->horizontalHeader();
        view.resize(1400, 600);
        view.show();
        QTRY_VERIFY(!header->isSectionHidden(InboxModel::AssigneeColumn));
        QVERIFY(!header->isSectionHidden(InboxModel::TagsColumn));
        QVERIFY(header->isSectionHidden(InboxModel::ChannelColumn)); // hidden by default
        // The user hides the status column from the header's menu.
        for (QAction *toggle : header->actions()) {
            if (toggle->text() == u"Status")
                toggle->setChecked(false);
        }
        QVERIFY(header->isSectionHidden(InboxModel::StatusColumn));
        view.resize(500, 600);
        QTRY_VERIFY(header->isSectionHidden(InboxModel::AssigneeColumn));
        QVERIFY(header->isSectionHidden(InboxModel::TagsColumn));
        QVERIFY(!header->isSectionHidden(InboxModel::SubjectColumn));
        QVERIFY(header->isSectionHidden(InboxModel::StatusColumn));
    } // closed while narrow
    InboxView again(session);
    auto *header = Test::namedChild<QTableView>(&again, u"inbox.table"_s)->horizontalHeader();
    again.resize(1400, 600);
    again.show();
    QTRY_VERIFY(!header->isSectionHidden(InboxModel::AssigneeColumn));
    QVERIFY(!header->isSectionHidden(InboxModel::TagsColumn));
    QVERIFY(header->isSectionHidden(InboxModel::StatusColumn));
}

void TestInboxView::searchErrorsShowInlineAndHostileInputIsHarmless()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    auto *message = Test::namedChild<QLabel>(&view, u"inbox.searchError"_s);
    auto *failure = Test::namedChild<QLabel>(&view, u"inbox.error"_s);
    QVERIFY(message && failure);
    search(view, u"hello status:"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Column 7:"_s), qPrintable(message->text()));
    QCOMPARE(view.model()->rowCount(), 4); // the list stays as it was
    search(view, u"\"unclosed"_s);
    QVERIFY2(message->text().contains(u"never closed"_s), qPrintable(message->text()));

    const QStringList hostile = {u"-"_s,
                                 u"\""_s,
                                 u"*"_s,
                                 u"NEAR("_s,
                                 u"'; DROP TABLE tickets; --"_s,
                                 u"\" OR 1=1 --"_s,
                                 QString(10000, u'a'),
                                 u"a\u0001\u0007\u001b b"_s,
                                 u"\U0001F600 \U0001F4A9"_s,
                                 QString(u"hello "_s).repeated(100)};
    for (const QString &text : hostile) {
        search(view, text);
        QVERIFY2(!failure->isVisible(), qPrintable(text.left(30) + u" -> "_s + failure->text()));
        // An inline message, if any, never shows SQL or FTS words.
        QVERIFY2(!message->text().contains(u"fts5"_s, Qt::CaseInsensitive)
                     && !message->text().contains(u"syntax error"_s),
                 qPrintable(message->text()));
    }
    search(view, QString());
    QVERIFY(!message->isVisible());
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(TicketStore(*m_db).countByStatus()->value(TicketStatus::Solved), 1); // nothing was dropped
}

void TestInboxView::searchRanksHighlightsAndExposesTerms()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    QSignalSpy terms(&view, &InboxView::searchTermsChanged);
    TicketStore store(*m_db, *m_clock);
    QVERIFY(store.addMessage(TicketId(2), MessageKind::Customer, {}, u"the zeppelin crashed"_s).ok());
    search(view, u"zeppelin"_s);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->ticketAt(view.model()->index(0, 0)), TicketId(2));
    QCOMPARE(view.searchTerms(), QStringList{u"zeppelin"_s});
    QCOMPARE(terms.count(), 1);
    QCOMPARE(terms.first().first().toStringList(), QStringList{u"zeppelin"_s});
    // A message saved now is found by the search already shown.
    m_clock->advanceMs(1000);
    QVERIFY(store.addMessage(TicketId(3), MessageKind::Customer, {}, u"zeppelin again"_s).ok());
    QTRY_COMPARE(view.model()->rowCount(), 2);
    auto *count = Test::namedChild<QLabel>(&view, u"inbox.count"_s);
    QTRY_COMPARE(count->text(), u"2 match(es) in Open"_s); // says where it searched
    // For people to look at: the hits with the search's word marked.
    const QString folder = QDir::current().filePath(u"inbox-screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    view.resize(1200, 300);
    QVERIFY(view.grab().save(QDir(folder).filePath(u"search-in-messages.png"_s)));
    search(view, u"tickets"_s); // another form of the subjects' word, marked whole
    QVERIFY(view.grab().save(QDir(folder).filePath(u"search-highlight.png"_s)));
    search(view, u"zeppelin"_s);

    // Best first shows no sort arrow; a click on a column sorts the hits and shows it.
    auto *header = Test::namedChild<QTableView>(&view, u"inbox.table"_s)->horizontalHeader();
    QVERIFY(!header->isSortIndicatorShown());
    header->setSortIndicator(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QVERIFY(!view.model()->isRanked());
    QTRY_VERIFY(header->isSortIndicatorShown());
    search(view, QString());
    QVERIFY(header->isSortIndicatorShown());
    QVERIFY(!view.model()->isSearch());
}

void TestInboxView::teamViewsAreAddedEditedAndRemoved()
{
    FakePrompts prompts;
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    auto *views = Test::namedChild<QComboBox>(&view, u"inbox.views"_s);
    auto *editor = Test::namedChild<QWidget>(&view, u"inbox.viewEditor"_s);
    auto *name = Test::namedChild<QLineEdit>(&view, u"inbox.viewName"_s);
    auto *query = Test::namedChild<QLineEdit>(&view, u"inbox.viewQuery"_s);
    auto *save = Test::namedChild<QPushButton>(&view, u"inbox.viewSave"_s);
    auto *problem = Test::namedChild<QLabel>(&view, u"inbox.viewError"_s);
    auto *edit = Test::namedChild<QToolButton>(&view, u"inbox.editView"_s);
    auto *remove = Test::namedChild<QToolButton>(&view, u"inbox.removeView"_s);
    QVERIFY(views && editor && name && query && save && problem && edit && remove);
    QVERIFY(!edit->isEnabled()); // built-in views are not editable

    QTest::mouseClick(Test::namedChild<QToolButton>(&view, u"inbox.addView"_s), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    QCOMPARE(query->text(), u"-status:solved -status:closed"_s); // starts from what is shown
    name->setText(u"Chats"_s);
    query->setText(u"channel:bogus"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(problem->isVisible()); // a broken search is refused inline
    query->setText(u"channel:email -status:solved"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!editor->isVisible());
    QCOMPARE(views->count(), 13);
    QVERIFY(views->currentData().toString().startsWith(u"custom:"_s));
    QCOMPARE(view.model()->rowCount(), 4);
    QVERIFY(edit->isEnabled() && remove->isEnabled());

    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(name->text(), u"Chats"_s);
    name->setText(u"Email"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(views->currentText().startsWith(u"Email"_s));

    // Another view of the same database sees the team's view too.
    InboxView other(session);
    QCOMPARE(Test::namedChild<QComboBox>(&other, u"inbox.views"_s)->count(), 13);

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(prompts.shown.size(), 1);
    QCOMPARE(views->count(), 12);
    QTRY_COMPARE(Test::namedChild<QComboBox>(&other, u"inbox.views"_s)->count(), 12);
}

void TestInboxView::liveCountsInThePicker()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.counts()->setThrottle(10);
    auto *views = Test::namedChild<QComboBox>(&view, u"inbox.views"_s);
    QTRY_COMPARE(views->itemText(0), u"Open (4)"_s);
    QTRY_COMPARE(views->itemText(views->findData(u"solved"_s)), u"Solved recently (1)"_s);
    m_clock->advanceMs(60000);
    const TicketId added = TicketStore(*m_db, *m_clock).create({u"One more"_s, {}, Channel::Chat, u"hi"_s}).value();
    QTRY_COMPARE(views->itemText(0), u"Open (5)"_s);
    // Issue 18: an action on a ticket moves it between views, and both counts follow the list.
    QVERIFY(TicketStore(*m_db, *m_clock)
                .solve(added, Resolution::QuestionAnswered, TicketStore(*m_db).ticket(added).value().version, {})
                .ok());
    QTRY_COMPARE(views->itemText(0), u"Open (4)"_s);
    QTRY_COMPARE(views->itemText(views->findData(u"solved"_s)), u"Solved recently (2)"_s);
    QTRY_COMPARE(view.model()->rowCount(), 4);
}

void TestInboxView::R14_taggedShareInTheHeader()
{
    // Half of this month's tickets tagged: below the 70 % goal.
    TicketStore store(*m_db, *m_clock);
    QVERIFY(store.addTag(TicketId(1), u"billing"_s, {}).ok());
    QVERIFY(store.addTag(TicketId(2), u"login"_s, {}).ok());
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    auto *share = Test::namedChild<QLabel>(&view, u"inbox.taggedShare"_s);
    QVERIFY(share);
    QTRY_COMPARE(share->text(), u"Tagged this month: 40 % (goal 70 %)"_s);
    QCOMPARE(share->property("belowGoal").toBool(), true);
    QCOMPARE(
        share->toolTip(),
        u"2 of 5 tickets created this month carry at least one tag; the team's goal is 70 %. Click to list the open tickets without a tag."_s);
}

void TestInboxView::keyboardMovesOpensAndSearches()
{
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto *table = Test::namedChild<QTableView>(&view, u"inbox.table"_s);
    auto *box = Test::namedChild<QLineEdit>(&view, u"inbox.search"_s);
    QSignalSpy opened(&view, &InboxView::ticketActivated);
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, InboxModel::SubjectColumn));
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_O);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().value<TicketId>(), view.model()->ticketAt(table->currentIndex()));
    QTest::keyClick(table, Qt::Key_Slash);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(box, u"jk"_s); // letters typed into the box are text, not shortcuts
    QCOMPARE(box->text(), u"jk"_s);
    QCOMPARE(table->currentIndex().row(), 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(box->hasFocus());
}

void TestInboxView::R34_orderReceivedListsTheLongestWaitingFirst()
{
    // A premium customer's ticket arrives last: it may be due sooner, but it waits its turn.
    TicketStore store(*m_db, *m_clock);
    m_clock->advanceMs(60000);
    QVERIFY(store.create({u"Arrived last"_s, {}, Channel::Phone, u"hi"_s}).ok());
    Session session(*m_db, *m_clock, m_settings.get());
    InboxView view(session);
    view.show();
    view.showView(u"order"_s);
    auto *views = Test::namedChild<QComboBox>(&view, u"inbox.views"_s);
    QVERIFY(views->currentText().startsWith(u"Order received"_s));
    auto *table = Test::namedChild<QTableView>(&view, u"inbox.table"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(table->model()->rowCount(), 4); // ticket 0 was answered, ticket 4 solved
    QStringList subjects;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        subjects.append(table->model()->index(row, InboxModel::SubjectColumn).data().toString());
    QCOMPARE(subjects, (QStringList{u"Ticket 1"_s, u"Ticket 2"_s, u"Ticket 3"_s, u"Arrived last"_s}));
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(InboxModel::ReceivedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    // Answering the first in line moves the queue on.
    const TicketId first(table->model()->index(0, 0).data(IdRole).toLongLong());
    QVERIFY(store.addMessage(first, MessageKind::Agent, {}, u"On it."_s).ok());
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, InboxModel::SubjectColumn).data().toString(), u"Ticket 2"_s);
}

void TestInboxView::emptyDatabaseSaysNoTicketsThisMonth()
{
    Test::TestDatabase emptyDb(DatabaseUrl::Engine::SQLite);
    auto db = emptyDb.open();
    QVERIFY(db);
    Session session(*db, *m_clock, nullptr);
    InboxView view(session);
    QSignalSpy none(&view, &InboxView::noTicketsChanged);
    auto *share = Test::namedChild<QLabel>(&view, u"inbox.taggedShare"_s);
    QVERIFY(share);
    // R14: a share of no tickets is no 100 %.
    QTRY_COMPARE(share->text(), u"Tagged this month: no tickets this month"_s);
    QTRY_VERIFY(!none.isEmpty());
    QCOMPARE(none.constLast().at(0).toBool(), true);
}

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
