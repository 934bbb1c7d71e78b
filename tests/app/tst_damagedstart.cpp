// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, point 1: Casebook started on a damaged file reads it and writes nothing to it:
// no seeding, no lifecycle closing the ticket solved long ago, no presence.
#include "tests/support/damagedfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDamagedStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsOnlyRead();
};

void TestDamagedStart::damagedFileIsOnlyRead()
{
    QTemporaryDir dir;
    const QString path = Casebook::Test::makeDamagedDatabase(dir.path(), 20261206);
    QVERIFY(!path.isEmpty());
    const QByteArray before = Casebook::Test::fileHash(path);

    // The whole start, as a person gets it, with every section drawn once.
    QProcess casebook;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"CASEBOOK_INSTANCE_NAME"_s, u"damaged-start-"_s + QString::number(QCoreApplication::applicationPid()));
    casebook.setProcessEnvironment(env);
    casebook.start(QStringLiteral(CASEBOOK_EXECUTABLE),
                   {u"--database"_s, path, u"--screenshot"_s, dir.filePath(u"shots"_s)});
    QVERIFY2(casebook.waitForFinished(120'000), qPrintable(casebook.errorString()));
    const QByteArray errors = casebook.readAllStandardError();
    QCOMPARE(casebook.exitStatus(), QProcess::NormalExit);
    QVERIFY2(casebook.exitCode() == 0, errors.constData());

    QCOMPARE(Casebook::Test::fileHash(path), before);
    // Whatever SQLite left beside the file holds no change either.
    QVERIFY(!QFile::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    QVERIFY(!QDir(dir.filePath(u"shots"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDamagedStart)
#include "tst_damagedstart.moc"
