// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/linkforwarder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileOpenEvent>
#include <QFuture>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <future>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// Each test gets its own socket name, so a Casebook running on the machine is never reached.
QString uniqueName(const char *what)
{
    return u"casebook-test-%1-%2-%3"_s.arg(QCoreApplication::applicationPid())
        .arg(QLatin1StringView(what))
        .arg(QDateTime::currentMSecsSinceEpoch());
}

// forward() blocks until the listener answers, so it runs on another thread while this one
// keeps the listener's event loop turning.
bool forwardFromAnotherThread(const QString &serverName, const QString &link)
{
    auto answer =
        std::async(std::launch::async, [serverName, link] { return LinkForwarder(serverName).forward(link); });
    while (answer.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return answer.get();
}

} // namespace

class TestLinkForwarder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R44_secondInstanceForwardsTheLink();
    void R44_onlyTicketLinksAreAccepted();
    void R44_nothingListeningMeansNoForward();
    void R44_secondListenerStepsAside();
    void R44_executableForwardsAndExitsZero();
    void R44_macOsOpenEventIsALink();
};

void TestLinkForwarder::R44_secondInstanceForwardsTheLink()
{
    const QString name = uniqueName("forward");
    LinkForwarder running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &LinkForwarder::linkReceived);
    QVERIFY(forwardFromAnotherThread(name, u"casebook://ticket/5"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toString(), u"casebook://ticket/5"_s);
}

void TestLinkForwarder::R44_onlyTicketLinksAreAccepted()
{
    const QString name = uniqueName("refuse");
    LinkForwarder running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &LinkForwarder::linkReceived);
    QVERIFY(!forwardFromAnotherThread(name, u"https://example.com/ticket/5"_s));
    QVERIFY(!forwardFromAnotherThread(name, u"casebook://ticket/5; rm -rf /"_s));
    QVERIFY(forwardFromAnotherThread(name, u"casebook://ticket/6"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toString(), u"casebook://ticket/6"_s);
}

void TestLinkForwarder::R44_nothingListeningMeansNoForward()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!LinkForwarder(uniqueName("nobody")).forward(u"casebook://ticket/5"_s));
    QVERIFY(timer.elapsed() < 2000); // the first instance starts at once
}

void TestLinkForwarder::R44_secondListenerStepsAside()
{
    const QString name = uniqueName("twice");
    LinkForwarder first(name);
    QVERIFY(first.listen());
    // The kernel accepts the probe's connection into the backlog: no event loop needed.
    LinkForwarder second(name);
    QVERIFY(!second.listen());
    QVERIFY(!second.isListening());
    QVERIFY(first.isListening());
}

void TestLinkForwarder::R44_executableForwardsAndExitsZero()
{
    const QString name = uniqueName("process");
    LinkForwarder running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &LinkForwarder::linkReceived);

    QProcess casebook;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CASEBOOK_INSTANCE_NAME"_s, name);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    casebook.setProcessEnvironment(env);
    casebook.start(QStringLiteral(CASEBOOK_EXECUTABLE), {u"casebook://ticket/42"_s});
    QVERIFY2(casebook.waitForStarted(), qPrintable(casebook.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
    QCOMPARE(received.first().first().toString(), u"casebook://ticket/42"_s);
    QTRY_COMPARE_WITH_TIMEOUT(casebook.state(), QProcess::NotRunning, 20000);
    QCOMPARE(casebook.exitStatus(), QProcess::NormalExit);
    QVERIFY2(casebook.exitCode() == 0, casebook.readAllStandardError().constData());

    // Anything else than a ticket link is refused on the command line.
    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(CASEBOOK_EXECUTABLE), {u"casebook://customer/1"_s});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
    QCOMPARE(received.count(), 1);
}

// macOS hands a clicked link to the running application as a QFileOpenEvent.
void TestLinkForwarder::R44_macOsOpenEventIsALink()
{
    LinkForwarder running(uniqueName("open-event"));
    QCoreApplication::instance()->installEventFilter(&running);
    QSignalSpy received(&running, &LinkForwarder::linkReceived);
    QFileOpenEvent link(QUrl(u"casebook://ticket/42"_s));
    QVERIFY(QCoreApplication::sendEvent(QCoreApplication::instance(), &link));
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toString(), u"casebook://ticket/42"_s);
    // A document or another scheme is not a ticket link: left to whoever else listens.
    QFileOpenEvent file(u"/tmp/notes.txt"_s);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &file);
    QFileOpenEvent web(QUrl(u"https://example.com/ticket/5"_s));
    QCoreApplication::sendEvent(QCoreApplication::instance(), &web);
    QCOMPARE(received.count(), 1);
}

QTEST_GUILESS_MAIN(TestLinkForwarder)
#include "tst_linkforwarder.moc"
