// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a date reads the same wherever it is shown. The thread and the customer card
// beside it show a message and a note written at the same moment: the texts must be equal,
// in English and in Russian, and follow the window's clock (today, this year, other years).
#include "fakeprompts.h"

#include "models/agents/agentstore.h"
#include "models/common/itemroles.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "tests/support/windowfixture.h"
#include "views/customers/notedelegate.h"
#include "views/mainwindow.h"

#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

qint64 utcMs(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC).toMSecsSinceEpoch();
}

// The window's now: Saturday 28 November 2026, 13:00 UTC.
const qint64 now = utcMs(2026, 11, 28, 13, 0);
// The moments written at: another year, this year, today.
const QList<qint64> moments{utcMs(2025, 3, 3, 10, 0), utcMs(2026, 11, 27, 9, 15), utcMs(2026, 11, 28, 8, 5)};

} // namespace

class TestDatesAgree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void threadAndCustomerCardShowTheSameMoments_data();
    void threadAndCustomerCardShowTheSameMoments();

private:
    /// The thread's time labels, oldest first, once the ticket's messages are shown.
    [[nodiscard]] QStringList threadTimes() const;
    /// The customer card's note headers' moments (after "author · "), oldest first.
    [[nodiscard]] QStringList noteTimes() const;

    std::unique_ptr<FakePrompts> m_prompts;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    TicketId m_ticket;
};

void TestDatesAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A zone of its own, whatever the machine's: the texts below are Berlin's (CET, UTC+1).
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestDatesAgree::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_database = m_testDb->open();
    QVERIFY(m_database);
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"casebook.ini"_s), QSettings::IniFormat);

    // Everything written at the moments: the customer, a ticket with a message at each and
    // a note on the customer's card beside each.
    FakeClock at(moments.constFirst());
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    const AgentId me = AgentStore(*m_database, at).create(anna).value();
    CustomerStore customers(*m_database, at);
    Customer northwind;
    northwind.displayName = u"Northwind Traders"_s;
    const CustomerId customer = customers.create(northwind).value();
    TicketStore tickets(*m_database, at);
    m_ticket = tickets.create({u"Printer jams on page two"_s, customer, Channel::Email, u"Paper stuck."_s}).value();
    QVERIFY(customers.addNote(customer, me, u"Printer model P-200"_s).ok());
    for (qsizetype i = 1; i < moments.size(); ++i) {
        at.setNowMs(moments.at(i));
        QVERIFY(tickets.addMessage(m_ticket, MessageKind::Customer, {}, u"Still stuck (%1)."_s.arg(i)).ok());
        QVERIFY(customers.addNote(customer, me, u"Called them (%1)"_s.arg(i)).ok());
    }
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get(), now);
}

void TestDatesAgree::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_window.reset();
    m_app.reset();
    m_settings.reset();
    m_database.reset();
    m_testDb.reset();
    m_prompts.reset();
}

QStringList TestDatesAgree::threadTimes() const
{
    QStringList times;
    for (const QLabel *label : m_window->findChildren<QLabel *>(u"thread.message.time"_s))
        times.append(label->text());
    return times;
}

QStringList TestDatesAgree::noteTimes() const
{
    QStringList times;
    for (const QListView *list : m_window->findChildren<QListView *>(u"card.notes"_s)) {
        if (!list->isVisibleTo(m_window.get()) || list->model()->rowCount() != moments.size())
            continue;
        // The card lists the newest note first; the thread reads oldest first.
        for (int row = list->model()->rowCount() - 1; row >= 0; --row) {
            const QString header = NoteDelegate::headerText(list->model()->index(row, 0));
            times.append(header.section(u" · "_s, 1, 1));
        }
    }
    return times;
}

void TestDatesAgree::threadAndCustomerCardShowTheSameMoments_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    // Written out, not built with the helper: this is what a person reads.
    QTest::newRow("en") << u"en_GB"_s << QStringList{u"3 Mar 2025, 11:00"_s, u"27 Nov, 10:15"_s, u"09:05"_s};
    QTest::newRow("ru") << u"ru"_s << QStringList{u"3 мар. 2025, 11:00"_s, u"27 нояб., 10:15"_s, u"09:05"_s};
}

void TestDatesAgree::threadAndCustomerCardShowTheSameMoments()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    // As Application::switchLanguage does: the default locale, then a new window.
    QLocale::setDefault(QLocale(language));
    m_window = m_app->makeWindow();
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openTicket(m_ticket);

    QTRY_COMPARE(threadTimes().size(), moments.size());
    QTRY_COMPARE(noteTimes().size(), moments.size());
    const QStringList thread = threadTimes();
    QCOMPARE(noteTimes(), thread);
    QCOMPARE(thread, expected);
}

QTEST_MAIN(TestDatesAgree)
#include "tst_datesagree.moc"
