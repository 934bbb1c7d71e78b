// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedchild.h"

#include "agents/session.h"
#include "common/itemroles.h"
#include "inbox/inboxview.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "tickets/inboxmodel.h"
#include "tickets/ticketstore.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestInboxView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsTicketsAndTheirCount();
    void R15_newViewListsTheUnanswered();
    void newTicketAppearsWithoutLosingTheSelection();
    void headerClickSortsAndLayoutIsRemembered();

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
    QCOMPARE(views->count(), 11);
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

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
