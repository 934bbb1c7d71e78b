// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the scheduler plans again when the machine wakes. WakeWatcher hears logind's
// PrepareForSleep on a real D-Bus daemon of the test's own, where the test plays logind.
#include "app/wakewatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

QDBusMessage prepareForSleep(bool sleeping)
{
    QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                                                     u"PrepareForSleep"_s);
    signal << sleeping;
    return signal;
}

} // namespace

class TestWakeWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wakingFromLogindIsHeard();
    void noBusMeansNoWake();

private:
    QProcess m_daemon;
    QString m_address;
};

void TestWakeWatcher::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(m_daemon.waitForStarted());
    QTRY_VERIFY(m_daemon.canReadLine());
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
}

void TestWakeWatcher::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"logind"_s);
    QDBusConnection::disconnectFromBus(u"stranger"_s);
    QDBusConnection::disconnectFromBus(u"desktop"_s);
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestWakeWatcher::wakingFromLogindIsHeard()
{
    QDBusConnection logind = QDBusConnection::connectToBus(m_address, u"logind"_s);
    QDBusConnection stranger = QDBusConnection::connectToBus(m_address, u"stranger"_s);
    QVERIFY(logind.isConnected() && stranger.isConnected());
    QVERIFY(logind.registerService(u"org.freedesktop.login1"_s));

    WakeWatcher watcher(QDBusConnection::connectToBus(m_address, u"desktop"_s));
    QVERIFY(watcher.isListening());
    QSignalSpy woke(&watcher, &WakeWatcher::woke);

    // Going to sleep is not waking.
    QVERIFY(logind.send(prepareForSleep(true)));
    // Anyone else on the bus may send a signal of the same shape; only logind's counts.
    QVERIFY(stranger.send(prepareForSleep(false)));
    QTest::qWait(300);
    QCOMPARE(woke.size(), 0);

    QVERIFY(logind.send(prepareForSleep(false)));
    QTRY_COMPARE(woke.size(), 1);
    QTest::qWait(100);
    QCOMPARE(woke.size(), 1);
}

void TestWakeWatcher::noBusMeansNoWake()
{
    // No system bus (a container, another OS): the watcher stays quiet, and nothing fails.
    const WakeWatcher watcher(QDBusConnection(u"no such connection"_s));
    QVERIFY(!watcher.isListening());
}

QTEST_GUILESS_MAIN(TestWakeWatcher)
#include "tst_wakewatcher.moc"
