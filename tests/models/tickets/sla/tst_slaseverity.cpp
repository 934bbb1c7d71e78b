// SPDX-License-Identifier: GPL-3.0-or-later
// R34: an SLA policy's times per severity. The customer's tier picks the policy, the ticket's
// severity picks the policy's target for it (else the policy's own times); a new severity
// times the owed answer again; a lead edits the targets with the policy's version check.
// The shipped targets (migration 028): Premium critical 15/60 minutes, Standard critical
// 30/120, every other severity the policy's own (Premium 60/240, Standard 240/480).
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/sla/responsedue.h"
#include "models/tickets/sla/slapolicies.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettriage.h"
#include "tests/support/enginetest.h"

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;
} // namespace

class TestSlaSeverity final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup() { closeDatabase(); }

    void R34_theTierPicksThePolicyTheSeverityItsTarget_data();
    void R34_theTierPicksThePolicyTheSeverityItsTarget();
    void R34_aNewSeverityTimesTheOwedAnswerAgain();
    void R34_theNextResponseFollowsTheSeverity();
    void R34_aLeadEditsTheTargetsUnderThePolicysVersion();

private:
    [[nodiscard]] CustomerId customer(const QString &tier);
    [[nodiscard]] std::optional<Severity> severityOf(const QString &name) const;
};

void TestSlaSeverity::init()
{
    if (!openDatabase(0))
        return;
    // Round the clock, so the minutes read as they are counted.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE sla_policies SET business_hours = "_s + (m_db->isPostgres() ? u"false"_s : u"0"_s)));
    // A Wednesday noon.
    m_clock->setNowMs(QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::UTC).toMSecsSinceEpoch());
}

CustomerId TestSlaSeverity::customer(const QString &tier)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO customers (display_name, tier, created_at, updated_at) VALUES (?, ?, 0, 0)"_s);
    q.addBindValue(QString(tier + u" Ltd"_s));
    q.addBindValue(tier);
    if (!q.exec())
        return {};
    QSqlQuery id(m_db->connection());
    id.prepare(u"SELECT max(id) FROM customers"_s);
    return id.exec() && id.next() ? CustomerId(id.value(0).toLongLong()) : CustomerId();
}

std::optional<Severity> TestSlaSeverity::severityOf(const QString &name) const
{
    return name.isEmpty() ? std::nullopt : severityNames.parse(name);
}

void TestSlaSeverity::R34_theTierPicksThePolicyTheSeverityItsTarget_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("firstMinutes");
    QTest::newRow("R34 premium critical: its own 15 minutes") << u"premium"_s << u"critical"_s << 15;
    QTest::newRow("R34 premium high: the policy's hour") << u"premium"_s << u"high"_s << 60;
    QTest::newRow("R34 premium not rated: the policy's hour") << u"premium"_s << QString() << 60;
    QTest::newRow("R34 standard critical: its own 30 minutes") << u"standard"_s << u"critical"_s << 30;
    QTest::newRow("R34 standard low: the policy's 4 hours") << u"standard"_s << u"low"_s << 240;
}

void TestSlaSeverity::R34_theTierPicksThePolicyTheSeverityItsTarget()
{
    QFETCH(QString, tier);
    QFETCH(QString, severity);
    QFETCH(int, firstMinutes);
    TicketStore store(*m_db, *m_clock);
    TicketStore::NewTicket ticket{u"Down"_s, customer(tier), Channel::Email, u"Help"_s};
    ticket.severity = severityOf(severity);
    const auto id = store.create(ticket);
    QVERIFY(id);
    const Ticket created = store.ticket(*id).value();
    QCOMPARE(created.firstResponseDueAt.value_or(0) - m_clock->nowMs(), firstMinutes * minute);
    // The reminders and the inbox's marks read the same instant (ResponseDue).
    m_clock->advanceMs((firstMinutes - 10) * minute);
    QCOMPARE(ResponseDue::breachOf(created.firstResponseDueAt, m_clock->nowMs()), ResponseDue::Breach::Breaching);
    m_clock->advanceMs(11 * minute);
    QCOMPARE(ResponseDue::breachOf(created.firstResponseDueAt, m_clock->nowMs()), ResponseDue::Breach::Breached);
}

void TestSlaSeverity::R34_aNewSeverityTimesTheOwedAnswerAgain()
{
    const qint64 opened = m_clock->nowMs();
    TicketStore store(*m_db, *m_clock);
    const auto id = store.create({u"Slow export"_s, customer(u"premium"_s), Channel::Email, u"Help"_s});
    QVERIFY(id);
    QCOMPARE(store.ticket(*id)->firstResponseDueAt, opened + 60 * minute);
    // Five minutes later the lead rates it critical: owed 15 minutes after it came, not after the rating.
    m_clock->advanceMs(5 * minute);
    TicketTriage triage(*m_db, *m_clock);
    const auto version = triage.setSeverity(*id, Severity::Critical, store.ticket(*id)->version, {});
    QVERIFY(version);
    QCOMPARE(store.ticket(*id)->firstResponseDueAt, opened + 15 * minute);
    // And back to low: the policy's own hour again.
    QVERIFY(triage.setSeverity(*id, Severity::Low, *version, {}));
    QCOMPARE(store.ticket(*id)->firstResponseDueAt, opened + 60 * minute);
}

void TestSlaSeverity::R34_theNextResponseFollowsTheSeverity()
{
    TicketStore store(*m_db, *m_clock);
    TicketStore::NewTicket ticket{u"Down"_s, customer(u"standard"_s), Channel::Email, u"Help"_s};
    ticket.severity = Severity::Critical;
    const auto id = store.create(ticket);
    QVERIFY(id);
    m_clock->advanceMs(10 * minute);
    QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"Looking"_s));
    m_clock->advanceMs(10 * minute);
    const qint64 asked = m_clock->nowMs();
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Still down"_s));
    QCOMPARE(store.ticket(*id)->nextResponseDueAt, asked + 120 * minute);
    // Rated high meanwhile: the policy's own 480 minutes from the same message.
    m_clock->advanceMs(minute);
    QVERIFY(TicketTriage(*m_db, *m_clock).setSeverity(*id, Severity::High, store.ticket(*id)->version, {}));
    QCOMPARE(store.ticket(*id)->nextResponseDueAt, asked + 480 * minute);
}

void TestSlaSeverity::R34_aLeadEditsTheTargetsUnderThePolicysVersion()
{
    SlaPolicies policies(*m_db);
    auto stored = policies.read();
    QVERIFY(stored);
    const auto premium = std::find_if(stored->begin(), stored->end(),
                                      [](const StoredSlaPolicy &p) { return p.policy.name == u"Premium"_s; });
    QVERIFY(premium != stored->end());
    QCOMPARE(premium->targets, (QList<SlaTarget>{{u"critical"_s, 15, 60}}));

    // High gets its own target and critical a tighter one; read back most severe first.
    StoredSlaPolicy edited = *premium;
    edited.targets = {{u"high"_s, 30, 120}, {u"critical"_s, 10, 45}};
    QVERIFY(policies.write({edited}, m_clock->nowMs()));
    const auto again = policies.read().value();
    const auto written = std::find_if(again.cbegin(), again.cend(),
                                      [](const StoredSlaPolicy &p) { return p.policy.name == u"Premium"_s; });
    QCOMPARE(written->targets, (QList<SlaTarget>{{u"critical"_s, 10, 45}, {u"high"_s, 30, 120}}));
    QCOMPARE(written->version, premium->version + 1);
    TicketStore store(*m_db, *m_clock);
    TicketStore::NewTicket ticket{u"Slow"_s, customer(u"premium"_s), Channel::Email, u"Help"_s};
    ticket.severity = Severity::High;
    const auto id = store.create(ticket);
    QVERIFY(id);
    QCOMPARE(store.ticket(*id)->firstResponseDueAt, m_clock->nowMs() + 30 * minute);

    // Someone else's edit of the targets came first: nothing is written.
    edited.targets.clear();
    QCOMPARE(policies.write({edited}, m_clock->nowMs()).error().kind, Error::Kind::Conflict);
    // A target under a minute, or for no known severity, is refused.
    StoredSlaPolicy invalid = *written;
    invalid.targets = {{u"critical"_s, 0, 45}};
    QCOMPARE(policies.write({invalid}, m_clock->nowMs()).error().kind, Error::Kind::Invalid);
    invalid.targets = {{u"urgent"_s, 10, 45}};
    QCOMPARE(policies.write({invalid}, m_clock->nowMs()).error().kind, Error::Kind::Invalid);
    // Cleared: every severity keeps the policy's own times.
    StoredSlaPolicy cleared = *written;
    cleared.targets.clear();
    QVERIFY(policies.write({cleared}, m_clock->nowMs()));
    const auto last = policies.read().value();
    QVERIFY(std::find_if(last.cbegin(), last.cend(), [](const StoredSlaPolicy &p) {
                return p.policy.name == u"Premium"_s;
            })->targets.isEmpty());
}

QTEST_GUILESS_MAIN(TestSlaSeverity)
#include "tst_slaseverity.moc"
