// SPDX-License-Identifier: GPL-3.0-or-later
// A reminder as a person sees it: run by desktopsession.sh (Xvfb, a private D-Bus session,
// dunst as the notification server, stalonetray as the tray host), the scheduler delivers a
// critical ticket's escalation (R12), the notifier hands it to KNotification, dunst shows it,
// its "Open" action opens the ticket, and the tray icon sits in the tray. The next steps are
// snoozed and acknowledged from dunst's own context menu (dunstctl context and the session's
// dmenu stand-in): the database records both, and the snoozed one comes back on time.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/reminders/notificationmodel.h"
#include "models/reminders/reminderscheduler.h"
#include "models/reminders/reminderstore.h"
#include "models/shifts/rosterstore.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/windowfixture.h"
#include "views/notifications/desktopnotifier.h"
#include "views/notifications/trayicon.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/ticket/ticketview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone moscow("Europe/Moscow");

qint64 msk(int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, 18), QTime(h, min), moscow).toMSecsSinceEpoch(); // a Wednesday
}

// dunstctl's answer; nothing when it failed.
std::optional<QByteArray> dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(u"dunstctl"_s, arguments);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

int displayedCount()
{
    bool ok = false;
    const int count = dunstctl({u"count"_s, u"displayed"_s}).value_or(QByteArray()).trimmed().toInt(&ok);
    return ok ? count : -1;
}

// Chooses the action whose label begins with `label` from dunst's context menu, as a person
// would: dunst hands the menu ("#Label (summary) [id,key]" lines) to desktopsession.sh's dmenu
// stand-in, which answers with the line asked for; dunst then invokes that action over D-Bus.
bool chooseFromContextMenu(const QString &desktop, const QString &label)
{
    QFile choice(desktop + u"/dmenu.choice"_s);
    if (!choice.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    choice.write((u'#' + label).toUtf8());
    choice.close();
    return dunstctl({u"context"_s}).has_value();
}

// One notification's state in the database.
struct Stored
{
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> snoozedUntil;
    qint64 createdAt = 0;
};

Stored stored(Database &database, NotificationId id)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT acknowledged_at, snoozed_until, created_at FROM notifications WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec() || !q.next())
        return {};
    Stored row;
    if (!q.value(0).isNull())
        row.acknowledgedAt = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        row.snoozedUntil = q.value(1).toLongLong();
    row.createdAt = q.value(2).toLongLong();
    return row;
}

int escalations(Database &database)
{
    QSqlQuery q(database.connection());
    return q.exec(u"SELECT count(*) FROM notifications WHERE rule_key = 'critical_reaction'"_s) && q.next()
        ? q.value(0).toInt()
        : -1;
}

} // namespace

class TestDesktopNotification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void R12_anEscalationIsARealNotificationWhoseOpenOpensTheTicket();
    // Goes on from the ticket and desktop the test above left.
    void R12_snoozeAndAcknowledgeFromTheNotificationAreRecorded();

private:
    void screenshot(const QString &name) const;

    QString m_desktop;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    TicketId m_ticket; ///< the critical ticket, once the first test escalated it
};

void TestDesktopNotification::initTestCase()
{
    if (const QByteArray missing = qgetenv("CASEBOOK_DESKTOP_MISSING"); !missing.isEmpty())
        QSKIP(qPrintable(u"%1 is not installed, so there is no desktop to show a real notification on"_s.arg(
            QString::fromLocal8Bit(missing))));
    m_desktop = qEnvironmentVariable("CASEBOOK_DESKTOP_DIR");
    QVERIFY2(!m_desktop.isEmpty(), "run by tests/support/desktopsession.sh");
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    if (!DesktopNotifier::hasActions())
        QSKIP("Casebook was built without KNotification: the tray's message has no actions to test");
    QStandardPaths::setTestModeEnabled(true);
    // Where the package installs it: KNotification reads the event from the data folders.
    const QString events =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/knotifications6"_s;
    QVERIFY(QDir().mkpath(events));
    QFile::remove(events + u"/casebook.notifyrc"_s);
    QVERIFY(QFile::copy(QStringLiteral(CASEBOOK_NOTIFYRC), events + u"/casebook.notifyrc"_s));
    // The application's icon lives in the executable's resources; the tray shows none without one.
    QPixmap icon(32, 32);
    icon.fill(QColor(0x2a, 0x6f, 0xdb));
    QApplication::setWindowIcon(QIcon(icon));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    auto opened = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"desktop.casebook"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
}

void TestDesktopNotification::cleanupTestCase()
{
    m_tray.reset();
    m_window.reset();
    m_app.reset();
    m_database.reset();
}

void TestDesktopNotification::screenshot(const QString &name) const
{
    // What a person would see on that screen; kept beside the session's logs.
    const QString path = m_desktop + u'/' + name;
    QProcess shot;
    shot.start(u"sh"_s, {u"-c"_s, u"xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > \"$0\""_s, path});
    if (shot.waitForFinished(20'000) && shot.exitCode() == 0)
        qInfo("screenshot: %s", qPrintable(path));
}

void TestDesktopNotification::R12_anEscalationIsARealNotificationWhoseOpenOpensTheTicket()
{
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get(), msk(11));
    FakeClock &clock = m_app->clock();
    TeamSettingsStore settings(*m_database);
    TeamSettings team = settings.read().value();
    team.hours.zone = moscow;
    QVERIFY(settings.write(team));
    Agent lead;
    lead.login = u"boris"_s;
    lead.displayName = u"Boris"_s;
    lead.role = AgentRole::Lead;
    const auto boris = AgentStore(*m_database, clock).create(lead);
    QVERIFY(boris);
    RosterStore roster(*m_database);
    const auto shifts = roster.templates();
    QVERIFY(shifts && !shifts->isEmpty());
    QVERIFY(roster.assign(RosterEntry{*boris, QDate(2026, 11, 18), shifts->at(0).id, 13 * 60, 0}));
    // The ladder's second step half an hour after the first, the third after another: a
    // quarter-hour snooze ends between two steps.
    ReminderStore reminders(*m_database);
    ReminderRule critical = reminders.rules().value().rule(RuleKind::CriticalReaction);
    critical.ladder = {{u"team"_s, 0}, {u"mention"_s, 30}, {u"direct"_s, 30}};
    QVERIFY(reminders.writeRule(critical));
    // Only the ladder speaks on this desktop: no hourly mail check in between.
    ReminderRule mail = reminders.rules().value().rule(RuleKind::MailCheck);
    mail.enabled = false;
    QVERIFY(reminders.writeRule(mail));
    m_app->context().session().setAgent(*boris);

    // A critical ticket nobody reacts to: at 11:30 it escalates to the lead on shift.
    const TicketId ticket =
        TicketStore(*m_database, clock).create({u"Platform down"_s, {}, Channel::Email, u"Nothing loads"_s}).value();
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE tickets SET complexity = 'critical', reaction_due_at = ? WHERE id = ?"_s);
    q.addBindValue(msk(11, 30));
    q.addBindValue(ticket.value());
    QVERIFY(q.exec());
    // Another one, shown when the notification comes.
    const TicketId other =
        TicketStore(*m_database, clock).create({u"Invoice copy"_s, {}, Channel::Email, u"Please"_s}).value();

    m_window = m_app->makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tray = std::make_unique<TrayIcon>(*m_window);

    // The tray host embedded the icon (stalonetray names each icon it adds).
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(m_tray->isVisible());
    const auto embedded = [] {
        QFile log(qEnvironmentVariable("CASEBOOK_TRAY_LOG"));
        return log.open(QIODevice::ReadOnly) && log.readAll().contains("added icon");
    };
    QTRY_VERIFY_WITH_TIMEOUT(embedded(), 10'000);

    ReminderScheduler &scheduler = m_app->context().reminders();
    scheduler.start();
    QCOMPARE(displayedCount(), 0);
    clock.setNowMs(msk(11, 30));
    scheduler.runDue();
    NotificationModel *notifications = m_window->notifications();
    QTRY_COMPARE(notifications->rowCount(), 1);
    const NotificationRow row = notifications->notificationAt(0);
    QCOMPARE(row.ticket, ticket);
    QCOMPARE(row.rule, u"critical_reaction"_s);

    // The server shows it.
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10'000);
    QTest::qWait(300); // drawn
    screenshot(u"notification.png"_s);

    // "Open" (the default action, what a click does) opens the ticket in the window.
    auto *inbox = qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    QVERIFY(inbox);
    inbox->openTicket(other);
    QTRY_COMPARE(inbox->ticketView()->ticket(), other);
    QVERIFY(dunstctl({u"action"_s, u"0"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(inbox->ticketView()->ticket(), ticket, 10'000);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Inbox);

    // What the server received, from its history (where a closed notification goes).
    QVERIFY(dunstctl({u"close-all"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10'000);
    const QJsonDocument history = QJsonDocument::fromJson(dunstctl({u"history"_s}).value_or(QByteArray()));
    const QJsonArray shown = history.object().value(u"data"_s).toArray().at(0).toArray();
    QCOMPARE(shown.size(), 1);
    const QJsonObject note = shown.at(0).toObject();
    QCOMPARE(note.value(u"summary"_s).toObject().value(u"data"_s).toString(), row.title);
    QCOMPARE(note.value(u"body"_s).toObject().value(u"data"_s).toString(), row.body);
    QCOMPARE(note.value(u"appname"_s).toObject().value(u"data"_s).toString(), u"Casebook"_s);
    m_ticket = ticket;
}

void TestDesktopNotification::R12_snoozeAndAcknowledgeFromTheNotificationAreRecorded()
{
    QVERIFY2(m_app && m_ticket.isValid(), "runs after the test that opens the ticket");
    FakeClock &clock = m_app->clock();
    ReminderScheduler &scheduler = m_app->context().reminders();
    NotificationModel *notifications = m_window->notifications();
    const QString offered = m_desktop + u"/dmenu.offered"_s;

    // 12:00, nobody reacted yet: the ladder's second step, shown by the server.
    clock.setNowMs(msk(12));
    scheduler.runDue();
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10'000);
    QCOMPARE(escalations(*m_database), 2);
    QTRY_COMPARE(notifications->rowCount(), 1); // one line for the ticket's ladder
    const NotificationRow step = notifications->notificationAt(0);
    QCOMPARE(step.fired, 2);
    QCOMPARE(step.ticket, m_ticket);

    // "Snooze for 15 minutes", chosen from the notification's menu on the server (the test
    // loads no catalogue, so the label is the source's "15 minute(s)").
    QVERIFY(chooseFromContextMenu(m_desktop, u"Snooze for 15 minute"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stored(*m_database, step.id).snoozedUntil, std::optional(msk(12, 15)), 10'000);
    QFile menu(offered);
    QVERIFY(menu.open(QIODevice::ReadOnly));
    const QByteArray choices = menu.readAll();
    QVERIFY2(choices.contains("#Acknowledge (") && choices.contains("#Snooze for 15 minute"), choices.constData());
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10'000);
    QCOMPARE(notifications->pendingCount(), 0);

    // Not before its time: at 12:14 it is still put off, and nothing is shown.
    clock.setNowMs(msk(12, 14));
    scheduler.runDue();
    QCOMPARE(stored(*m_database, step.id).snoozedUntil, std::optional(msk(12, 15)));
    QCOMPARE(scheduler.nextDueAt(), std::optional(msk(12, 15)));
    QTest::qWait(500);
    QCOMPARE(displayedCount(), 0);
    QCOMPARE(notifications->pendingCount(), 0);

    // 12:15: back, unread, as a new notification on the desktop.
    clock.setNowMs(msk(12, 15));
    scheduler.runDue();
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10'000);
    const Stored back = stored(*m_database, step.id);
    QCOMPARE(back.snoozedUntil, std::nullopt);
    QCOMPARE(back.createdAt, msk(12, 15));
    QCOMPARE(notifications->pendingCount(), 1);

    // "Acknowledge" from the server's menu: recorded, the line leaves the list, the ladder stops.
    QVERIFY(chooseFromContextMenu(m_desktop, u"Acknowledge ("_s));
    QTRY_COMPARE_WITH_TIMEOUT(stored(*m_database, step.id).acknowledgedAt, std::optional(msk(12, 15)), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10'000);
    QTRY_COMPARE(notifications->rowCount(), 0);
    // The line came back once, as its latest step.
    QFile menuBack(offered);
    QVERIFY(menuBack.open(QIODevice::ReadOnly));
    const QByteArray shownBack = menuBack.readAll();
    QVERIFY2(shownBack.contains("(step 2)) [") && shownBack.count("#Acknowledge") == 1, shownBack.constData());
    clock.setNowMs(msk(12, 31));
    scheduler.runDue();
    QCOMPARE(escalations(*m_database), 2);
    QTest::qWait(500);
    QCOMPARE(displayedCount(), 0);
}

QTEST_MAIN(TestDesktopNotification)
#include "tst_desktopnotification.moc"
