// SPDX-License-Identifier: GPL-3.0-or-later
// R06, R16: in the last half hour of a shift, taking a new ticket asks first and the composer
// offers the reply that tells the customer when the work continues (Monday on a Friday).
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/customers/customerstore.h"
#include "models/replies/cannedreplystore.h"
#include "models/shifts/rosterstore.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/thread/composer.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");
qint64 msk(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}
} // namespace

class TestEndOfDay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R06_takingANewTicketInTheLastHalfHourAsksFirst();
    void R06_R16_theComposerOffersTheContinuationNamingMonday();

private:
    template<typename T>
    T *child(QObject *root, const QString &name) const
    {
        return Test::namedChild<T>(root, name);
    }

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<Session> m_session;
    TicketId m_ticket;
};

void TestEndOfDay::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    m_prompts = std::make_unique<FakePrompts>();
    TeamSettingsStore settings(*m_f->db);
    TeamSettings team = settings.read().value();
    team.hours.zone = moscow; // R07: the team's clock
    QVERIFY(settings.write(team));
    QVERIFY(CannedReplyStore(*m_f->db).seedShipped()); // as the app does on open
    // Anna works the Second shift, 10:00-19:00 Moscow time, Monday to Friday.
    RosterStore roster(*m_f->db);
    const auto shifts = roster.templates().value();
    QList<RosterEntry> entries;
    for (QDate day(2026, 11, 16); day <= QDate(2026, 11, 27); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            entries.append({m_f->anna, day, shifts.at(1).id, 13 * 60, 0});
    }
    QVERIFY(roster.assign(entries));
    m_f->clock.setNowMs(msk(2026, 11, 20, 17));
    Customer olga;
    olga.displayName = u"Olga Smirnova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const CustomerId customer = CustomerStore(*m_f->db, m_f->clock).create(olga).value();
    m_ticket = TicketStore(*m_f->db, m_f->clock)
                   .create({u"Export fails"_s, customer, Channel::Email, u"The export fails since this morning."_s})
                   .value();
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
    m_session->setAgent(m_f->anna);
}

void TestEndOfDay::cleanup()
{
    m_session.reset();
    m_prompts.reset();
    m_f.reset();
}

void TestEndOfDay::R06_takingANewTicketInTheLastHalfHourAsksFirst()
{
    OpenTicket ticket(*m_session);
    AssignmentPanel panel(ticket);
    QVERIFY(ticket.open(m_ticket));
    panel.show();
    auto *take = child<QPushButton>(&panel, u"assignment.take"_s);

    // Friday 18:35: the shift ends at 19:00. Anna says no: the ticket stays unassigned.
    m_f->clock.setNowMs(msk(2026, 11, 20, 18, 35));
    QCOMPARE(ticket.shiftEndsSoon(), msk(2026, 11, 20, 19));
    m_prompts->confirmAnswer = false;
    take->click();
    QCOMPARE(m_prompts->shown.size(), 1);
    const QString end = Dates::time(QDateTime::fromMSecsSinceEpoch(msk(2026, 11, 20, 19)).time());
    QVERIFY2(m_prompts->shown.constFirst().contains(end), qPrintable(m_prompts->shown.constFirst()));
    QVERIFY(!ticket.ticket().assignee.isValid());

    // She decides to take it anyway.
    m_prompts->confirmAnswer = true;
    take->click();
    QCOMPARE(m_prompts->shown.size(), 2);
    QTRY_COMPARE(ticket.ticket().assignee, m_f->anna);
}

void TestEndOfDay::R06_R16_theComposerOffersTheContinuationNamingMonday()
{
    // At 18:25 the last half hour has not begun: nothing is offered, and taking asks nothing.
    m_f->clock.setNowMs(msk(2026, 11, 20, 18, 25));
    OpenTicket ticket(*m_session);
    QVERIFY(ticket.open(m_ticket));
    QVERIFY(!ticket.shiftEndsSoon());
    {
        Composer composer(ticket);
        composer.show();
        QVERIFY(!child<QLabel>(&composer, u"composer.endOfDay"_s)->isVisible());
    }
    AssignmentPanel panel(ticket);
    panel.show();
    child<QPushButton>(&panel, u"assignment.take"_s)->click();
    QVERIFY(m_prompts->shown.isEmpty());

    // Friday 18:30 Moscow time: the reply names Monday 09:00, the team's next working time.
    m_f->clock.setNowMs(msk(2026, 11, 20, 18, 30));
    QVERIFY(ticket.open(m_ticket));
    Composer composer(ticket);
    composer.resize(640, 320);
    composer.show();
    auto *offer = child<QLabel>(&composer, u"composer.endOfDay"_s);
    QVERIFY(offer->isVisible());
    child<QToolButton>(&composer, u"composer.insertEndOfDay"_s)->click();
    const QString reply = child<QPlainTextEdit>(&composer, u"composer.reply"_s)->toPlainText();
    QVERIFY2(reply.contains(u"Monday, 23 November, after 09:00"_s),
             qPrintable(reply + child<QLabel>(&composer, u"composer.message"_s)->text()));
    Test::saveShot(&composer, u"composer-end-of-day"_s);

    // A note is for the team: the offer is for the reply only.
    composer.setMode(Composer::Mode::Note);
    QVERIFY(!offer->isVisible());
}

QTEST_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
