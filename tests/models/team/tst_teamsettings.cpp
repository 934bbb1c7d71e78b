// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/customerstore.h"
#include "models/shifts/businesshours.h"
#include "models/storage/changefeed.h"
#include "models/storage/writetransaction.h"
#include "models/team/teamsettings.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/lifecycle/ticketlifecycle.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
} // namespace

class TestTeamSettings final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void defaultsAreThePlaybooks();
    void R07_R14_R24_R32_R36_roundTrip();
    void brokenValuesReadAsTheDefaults_data();
    void brokenValuesReadAsTheDefaults();
    void impossibleValuesAreRefused_data();
    void impossibleValuesAreRefused();
    void aChangeIsAnnouncedOnce();
    void R15_R34_slaPoliciesAreEditedAndNewTicketsFollow();
    void onlyWhatChangedIsWritten();
    void otherStoresKeysRoundTrip();
    void R34_theTierPolicyIsTheTeams();

private:
    /// Stores raw texts, as an older Casebook or a hand-edited database might have left them.
    void storeRaw(const QList<std::pair<QString, QString>> &texts);
    [[nodiscard]] qint64 versionOf(const QString &key) const;
};

void TestTeamSettings::init()
{
    if (!openDatabase(monday))
        return;
}

void TestTeamSettings::cleanup()
{
    closeDatabase();
}

void TestTeamSettings::storeRaw(const QList<std::pair<QString, QString>> &texts)
{
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    for (const auto &[key, text] : texts) {
        QVERIFY(tx.exec(u"INSERT INTO team_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        "SET value = excluded.value"_s,
                        {key, text})
                    .ok());
    }
    QVERIFY(tx.commit().ok());
}

qint64 TestTeamSettings::versionOf(const QString &key) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT version FROM team_settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestTeamSettings::defaultsAreThePlaybooks()
{
    const TeamSettings defaults;
    QCOMPARE(defaults.hours.zone, QTimeZone(QTimeZone::UTC));
    QCOMPARE(defaults.hours.weekdays, 0b0011111); // Monday to Friday (R01)
    QCOMPARE(defaults.hours.startMinute, 9 * 60);
    QCOMPARE(defaults.hours.endMinute, 19 * 60);
    QCOMPARE(defaults.standardSlaPolicy, u"Standard"_s);
    QCOMPARE(defaults.premiumSlaPolicy, u"Premium"_s);
    QVERIFY(!defaults.tagsLocked);
    QCOMPARE(defaults.tagGoalPercent, 70); // R14
    QCOMPARE(defaults.solvedToClosedHours, 72); // R32
    QCOMPARE(defaults.pendingToSolvedBusinessHours, 48); // R36
    QCOMPARE(defaults.longHeldBusinessDays, LongHeld::defaultBusinessDays); // R24

    // A new database holds some of them (migrations 001 and 004) and reads as all of them.
    TeamSettingsStore store(*m_db);
    QCOMPARE(store.read().value(), defaults);
    QCOMPARE(teamBusinessHours(*m_db).value(), defaults.hours);
    QCOMPARE(store.sshPublicKey().value(), QString());
    QVERIFY(!store.bugTemplateChooser().value());
    QCOMPARE(store.cannedRepliesSeeded().value(), 0);
    QVERIFY(!store.demoSeed().value());
}

void TestTeamSettings::R07_R14_R24_R32_R36_roundTrip()
{
    TeamSettings team;
    team.hours.zone = QTimeZone("Europe/Berlin");
    team.hours.weekdays = 0b0111111; // Saturday too
    team.hours.startMinute = 8 * 60 + 30;
    team.hours.endMinute = 24 * 60; // open until midnight
    team.standardSlaPolicy = u"Basic"_s;
    team.premiumSlaPolicy = u"Gold"_s;
    team.tagsLocked = true;
    team.tagGoalPercent = 85;
    team.solvedToClosedHours = 24;
    team.pendingToSolvedBusinessHours = 16;
    team.longHeldBusinessDays = 5;
    TeamSettingsStore store(*m_db);
    QVERIFY(store.write(team).ok());
    QCOMPARE(store.read().value(), team);

    // Every reader sees the team's values, not the playbook's.
    const auto hours = teamBusinessHours(*m_db);
    QCOMPARE(hours->zone, team.hours.zone);
    QCOMPARE(hours->weekdays, team.hours.weekdays);
    QCOMPARE(hours->startMinute, team.hours.startMinute);
    QCOMPARE(hours->endMinute, team.hours.endMinute);
    const auto lifecycle = TicketLifecycle(*m_db, *m_clock).settings(hours.value());
    QCOMPARE(lifecycle->solvedToClosedMs, 24LL * 3600 * 1000);
    QCOMPARE(lifecycle->pendingToSolvedWorkingMs, 16LL * 3600 * 1000);
    QCOMPARE(LongHeld::businessDays(*m_db).value(), 5);

    // And back to the defaults.
    QVERIFY(store.write(TeamSettings{}).ok());
    QCOMPARE(store.read().value(), TeamSettings{});
}

void TestTeamSettings::brokenValuesReadAsTheDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("R07 unknown zone") << u"team.time_zone"_s << u"Mars/Olympus_Mons"_s;
    QTest::newRow("empty zone") << u"team.time_zone"_s << u""_s;
    QTest::newRow("day 9") << u"team.work_days"_s << u"1,2,9"_s;
    QTest::newRow("no days") << u"team.work_days"_s << u","_s;
    QTest::newRow("day ends before it starts") << u"team.work_hours"_s << u"19:00-09:00"_s;
    QTest::newRow("25 o'clock") << u"team.work_hours"_s << u"09:00-25:00"_s;
    QTest::newRow("hours in words") << u"team.work_hours"_s << u"nine to seven"_s;
    QTest::newRow("R34 nameless policy") << u"sla.policy.premium"_s << u"   "_s;
    QTest::newRow("R14 lock in words") << u"tags.locked"_s << u"maybe"_s;
    QTest::newRow("R14 goal over 100") << u"tags.goal_percent"_s << u"150"_s;
    QTest::newRow("R32 zero hours") << u"lifecycle.solved_to_closed_hours"_s << u"0"_s;
    QTest::newRow("R36 negative") << u"lifecycle.pending_to_solved_business_hours"_s << u"-3"_s;
    QTest::newRow("R24 not a number") << u"tickets.long_held_business_days"_s << u"three"_s;
}

void TestTeamSettings::brokenValuesReadAsTheDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    storeRaw({{key, text}});
    QCOMPARE(TeamSettingsStore(*m_db).read().value(), TeamSettings{});
    QCOMPARE(teamBusinessHours(*m_db).value(), TeamSettings{}.hours);
}

void TestTeamSettings::impossibleValuesAreRefused_data()
{
    QTest::addColumn<int>("field"); // which one the test breaks
    int field = 0;
    for (const char *name : {"R32 zero hours", "R36 zero hours", "R24 zero days", "R14 goal 0", "R14 goal 101",
                             "R07 invalid zone", "no working day", "day ends before it starts", "R34 nameless policy"})
        QTest::newRow(name) << field++;
}

void TestTeamSettings::impossibleValuesAreRefused()
{
    QFETCH(int, field);
    TeamSettings team;
    team.tagsLocked = true; // would be written if anything were
    switch (field) {
    case 0:
        team.solvedToClosedHours = 0;
        break;
    case 1:
        team.pendingToSolvedBusinessHours = 0;
        break;
    case 2:
        team.longHeldBusinessDays = 0;
        break;
    case 3:
        team.tagGoalPercent = 0;
        break;
    case 4:
        team.tagGoalPercent = 101;
        break;
    case 5:
        team.hours.zone = QTimeZone("Nowhere/Never");
        break;
    case 6:
        team.hours.weekdays = 0;
        break;
    case 7:
        team.hours.startMinute = team.hours.endMinute;
        break;
    case 8:
        team.premiumSlaPolicy = u" "_s;
        break;
    default:
        QFAIL("a row without a broken field");
    }
    TeamSettingsStore store(*m_db);
    const Status written = store.write(team);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QVERIFY(!written.error().message.isEmpty());
    QCOMPARE(store.read().value(), TeamSettings{}); // nothing written, not even the lock
}

void TestTeamSettings::aChangeIsAnnouncedOnce()
{
    QSignalSpy changed(m_db->changeFeed(), &ChangeFeed::changed);
    TeamSettingsStore store(*m_db);
    TeamSettings team;
    team.tagsLocked = true;
    team.solvedToClosedHours = 96;
    QVERIFY(store.write(team).ok());
    QCOMPARE(changed.size(), 1);
    const auto changes = changed.constFirst().constFirst().value<QList<Change>>();
    QCOMPARE(changes.size(), 1); // one transaction, one announcement, however many keys
    QCOMPARE(changes.constFirst().entity, TeamSettingsStore::changeEntity());
    QCOMPARE(changes.constFirst().entityId, 0);

    // Saving what is stored already writes and announces nothing.
    QVERIFY(store.write(team).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.setSshPublicKey(u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBXz team"_s).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().constFirst().value<QList<Change>>().constFirst().entity, TeamSettingsStore::changeEntity());
}

void TestTeamSettings::R15_R34_slaPoliciesAreEditedAndNewTicketsFollow()
{
    TeamSettingsStore store(*m_db);
    auto policies = store.slaPolicies();
    QVERIFY(policies);
    QCOMPARE(policies->size(), 2); // the playbook's Premium and Standard, by name
    QCOMPARE(policies->at(1).policy.name, u"Standard"_s);
    QCOMPARE(policies->at(1).policy.firstResponseMinutes, 240);
    QVERIFY(policies->at(1).policy.businessHours);

    // A lead makes Standard answer within 30 minutes, round the clock.
    QSignalSpy changed(m_db->changeFeed(), &ChangeFeed::changed);
    QList<StoredSlaPolicy> edited = *policies;
    edited[1].policy.firstResponseMinutes = 30;
    edited[1].policy.nextResponseMinutes = 90;
    edited[1].policy.businessHours = false;
    QVERIFY(store.writeSlaPolicies(edited, monday).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<QList<Change>>().constFirst().entity, SlaPolicies::changeEntity());
    const auto stored = store.slaPolicies();
    QCOMPARE(stored->at(1).policy.firstResponseMinutes, 30);
    QCOMPARE(stored->at(1).policy.nextResponseMinutes, 90);
    QVERIFY(!stored->at(1).policy.businessHours);
    QCOMPARE(stored->at(1).version, policies->at(1).version + 1);
    QCOMPARE(stored->at(0).version, policies->at(0).version); // Premium untouched

    // A Sunday-night ticket of a standard customer is due 30 minutes later, not on Monday.
    const qint64 sunday = monday - 14LL * 3600 * 1000; // 22:00 UTC
    m_clock->setNowMs(sunday);
    const TicketId ticket = TicketStore(*m_db, *m_clock).create({u"Late"_s, {}, Channel::Email, u"Help"_s}).value();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT first_response_due_at FROM tickets WHERE id = %1"_s.arg(ticket.value())) && q.next());
    QCOMPARE(q.value(0).toLongLong(), sunday + 30LL * 60'000);

    // An edit of an older version is refused whole; so is a time under a minute.
    QCOMPARE(store.writeSlaPolicies(edited, monday).error().kind, Error::Kind::Conflict);
    QList<StoredSlaPolicy> zero = *store.slaPolicies();
    zero[0].policy.firstResponseMinutes = 0;
    QCOMPARE(store.writeSlaPolicies(zero, monday).error().kind, Error::Kind::Invalid);
    // Saving what is stored writes and announces nothing.
    const qsizetype announced = changed.size();
    QVERIFY(store.writeSlaPolicies(*store.slaPolicies(), monday).ok());
    QCOMPARE(changed.size(), announced);
}

void TestTeamSettings::onlyWhatChangedIsWritten()
{
    TeamSettingsStore store(*m_db);
    const qint64 zoneVersion = versionOf(u"team.time_zone"_s);
    TeamSettings team;
    team.longHeldBusinessDays = 4;
    QVERIFY(store.write(team).ok());
    QCOMPARE(versionOf(u"team.time_zone"_s), zoneVersion); // untouched
    QCOMPARE(versionOf(u"team.work_hours"_s), 0); // a default the database never held stays unwritten
    QCOMPARE(versionOf(u"tickets.long_held_business_days"_s), 2);
}

void TestTeamSettings::otherStoresKeysRoundTrip()
{
    TeamSettingsStore store(*m_db);
    // R18: the vault's team key, removed again by an empty line.
    const QString key = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBXz team"_s;
    QVERIFY(store.setSshPublicKey(key).ok());
    QCOMPARE(store.sshPublicKey().value(), key);
    QVERIFY(store.setSshPublicKey({}).ok());
    QCOMPARE(store.sshPublicKey().value(), QString());
    QCOMPARE(versionOf(u"team.ssh_public_key"_s), 0);

    const QByteArray chooser = "blank_issues_enabled: false\n";
    QVERIFY(store.setBugTemplateChooser(chooser).ok());
    QCOMPARE(store.bugTemplateChooser().value(), std::optional(chooser));

    {
        WriteTransaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(store.markCannedRepliesSeeded(tx, 3).ok());
        // Rolled back with the seeding it belongs to.
    }
    QCOMPARE(store.cannedRepliesSeeded().value(), 0);
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    QVERIFY(store.markCannedRepliesSeeded(tx, 3).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(store.cannedRepliesSeeded().value(), 3);

    QVERIFY(m_db->connection().transaction());
    QVERIFY(store.markDemoSeed(20261123).ok());
    QVERIFY(m_db->connection().commit());
    QCOMPARE(store.demoSeed().value(), std::optional<quint32>(20261123));

    // None of them is a playbook value.
    QCOMPARE(store.read().value(), TeamSettings{});
}

void TestTeamSettings::R34_theTierPolicyIsTheTeams()
{
    Customer premium;
    premium.displayName = u"Northwind"_s;
    premium.tier = CustomerTier::Premium;
    const CustomerId customer = CustomerStore(*m_db, *m_clock).create(premium).value();
    TicketStore tickets(*m_db, *m_clock);
    // Premium answers within 60 business minutes by default: Monday 10:20.
    const TicketId first = tickets.create({u"Export fails"_s, customer, Channel::Email, u"help"_s}).value();
    QCOMPARE(*tickets.ticket(first)->firstResponseDueAt, monday + 60LL * 60'000);

    // The team gives its premium tier the standard policy: 240 business minutes.
    TeamSettings team;
    team.premiumSlaPolicy = u"Standard"_s;
    QVERIFY(TeamSettingsStore(*m_db).write(team).ok());
    const TicketId second = tickets.create({u"Import fails"_s, customer, Channel::Email, u"help"_s}).value();
    QCOMPARE(*tickets.ticket(second)->firstResponseDueAt, monday + 240LL * 60'000);
}

QTEST_GUILESS_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
