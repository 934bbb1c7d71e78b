// SPDX-License-Identifier: GPL-3.0-or-later
// A reminder as a person sees it: run by desktopsession.sh (Xvfb, a private D-Bus session,
// dunst as the notification server, stalonetray as the tray host), the scheduler delivers a
// critical ticket's escalation (R12), the notifier hands it to KNotification, dunst shows it,
// its "Open" action opens the ticket, and the tray icon sits in the tray.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/reminders/notificationmodel.h"
#include "models/reminders/reminderscheduler.h"
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

} // namespace

class TestDesktopNotification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void R12_anEscalationIsARealNotificationWhoseOpenOpensTheTicket();

private:
    void screenshot(const QString &name) const;

    QString m_desktop;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
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
}

QTEST_MAIN(TestDesktopNotification)
#include "tst_desktopnotification.moc"
