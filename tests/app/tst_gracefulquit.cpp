// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: a logout's SIGTERM closes Casebook as its close button would, so the database is
// closed clean and the next start skips the quick check that takes tens of seconds on a large
// file (and the start-up benchmark times starts, not checks).
#include "tests/support/startedcasebook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestGracefulQuit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminationClosesTheDatabaseClean_data();
    void terminationClosesTheDatabaseClean();

private:
    /// Starts casebook on the demo and waits for its inbox; the standard error so far.
    QByteArray startUntilPainted(QProcess &casebook);

    QTemporaryDir m_home;
};

QByteArray TestGracefulQuit::startUntilPainted(QProcess &casebook)
{
    QProcessEnvironment env =
        Casebook::Test::privateHome(m_home.path(), u"casebook.startup.info=true\ncasebook.storage.info=true"_s);
    env.insert(u"CASEBOOK_INSTANCE_NAME"_s, u"graceful-quit-"_s + QString::number(QCoreApplication::applicationPid()));
    casebook.setProcessEnvironment(env);
    QElapsedTimer waited;
    waited.start();
    casebook.start(QStringLiteral(CASEBOOK_EXECUTABLE), {u"--demo"_s});
    QByteArray seen;
    (void)Casebook::Test::readUntilPainted(casebook, waited, 120'000, seen);
    return seen;
}

void TestGracefulQuit::terminationClosesTheDatabaseClean_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestGracefulQuit::terminationClosesTheDatabaseClean()
{
    QFETCH(int, signal);
    const QString database = m_home.filePath(u"data/casebook/demo.casebook"_s);
    QFile::remove(database + u"-clean"_s);

    QProcess first;
    const QByteArray started = startUntilPainted(first);
    QVERIFY2(started.contains("inbox painted"), started.constData());
    ::kill(pid_t(first.processId()), signal);
    QVERIFY(first.waitForFinished(30'000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    QVERIFY2(QFile::exists(database + u"-clean"_s),
             qPrintable(QDir(m_home.filePath(u"data/casebook"_s)).entryList().join(u", "_s)));

    QProcess second;
    const QByteArray again = startUntilPainted(second);
    QVERIFY2(again.contains("skipped: closed clean"), again.constData());
    second.terminate();
    QVERIFY(second.waitForFinished(30'000));
    QCOMPARE(second.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestGracefulQuit)
#include "tst_gracefulquit.moc"
