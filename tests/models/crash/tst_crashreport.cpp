// SPDX-License-Identifier: GPL-3.0-or-later
// A crash leaves a short report in the data folder, offered at the next start. It is made to
// be attached to a public bug report: a canary typed as customer text, logged, and held as a
// secret at the moment of the crash never appears in it.
#include "models/crash/crashreport.h"
#include "models/vault/secret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString canary = u"CANARY-7f3e-Olga-Petrova-hunter2"_s;
const char *const crashFlag = "--crash";
Q_LOGGING_CATEGORY(lcTest, "casebook.crashtest")

/// The child: installs the handler, logs and holds the canary, then dies by `how`.
int crash(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CrashReport::install(QString::fromLocal8Bit(argv[2]), "9.9.9-test");
    QLoggingCategory::setFilterRules(u"casebook.*=true"_s);
    const Secret secret = Secret::fromText(canary);
    qCInfo(lcTest) << "customer wrote:" << canary;
    qCWarning(lcTest) << "a secret was revealed:" << secret.toString();
    qCDebug(lcTest) << "subject" << canary;
    const QByteArray how(argv[3]);
    if (how == "abort")
        qFatal("giving up on %s", qPrintable(canary));
    std::raise(SIGSEGV);
    return 0;
}

} // namespace

class TestCrashReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportWithoutCustomerTextOrSecrets_data();
    void reportWithoutCustomerTextOrSecrets();
};

void TestCrashReport::reportWithoutCustomerTextOrSecrets_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("signal");
    QTest::newRow("invalid memory access") << u"segv"_s << u"SIGSEGV"_s;
    QTest::newRow("qFatal quoting customer text") << u"abort"_s << u"SIGABRT"_s;
}

void TestCrashReport::reportWithoutCustomerTextOrSecrets()
{
    QFETCH(QString, how);
    QFETCH(QString, signal);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(CrashReport::pendingReport(data.path()).isEmpty());

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(crashFlag), data.path(), how});
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The canary reached the log as usual (stderr): it is the report that must not hold it.
    QVERIFY(child.readAllStandardError().contains(canary.toUtf8()));

    const QString path = CrashReport::pendingReport(data.path());
    QVERIFY2(!path.isEmpty(), "no report was left for the next start");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    qInfo("%s", report.constData());
    QVERIFY(report.startsWith("Casebook 9.9.9-test crashed\n"));
    const QByteArray signalLine = "Signal: " + signal.toLatin1();
    QVERIFY(report.contains(signalLine));
    QVERIFY(report.contains("Backtrace:\n"));
    QVERIFY(report.contains("tst_models_crashreport")); // frames of this program are named
    QVERIFY(report.contains("warning casebook.crashtest"));
    QVERIFY(report.contains("info casebook.crashtest"));
    // Nothing of the canary, not even a part of it.
    for (const QString &part : {canary, u"CANARY"_s, u"Olga"_s, u"hunter2"_s, u"7f3e"_s})
        QVERIFY2(!report.contains(part.toUtf8()), qPrintable(part));

    CrashReport::markSeen(path);
    QVERIFY(CrashReport::pendingReport(data.path()).isEmpty()); // offered once
    QCOMPARE(QDir(data.path()).entryList({u"crash-report-*.txt"_s}).size(), 1); // and kept
}

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], crashFlag) == 0)
        return crash(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrashReport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashreport.moc"
