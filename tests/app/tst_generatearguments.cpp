// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-generate refuses counts that make no benchmark (zero, negative, not a number)
// before it writes anything: exit code 2 and a message naming the option.
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGenerateArguments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesCountsBelowOne_data();
    void refusesCountsBelowOne();
};

void TestGenerateArguments::refusesCountsBelowOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("zero tickets") << QStringList{u"--tickets"_s, u"0"_s} << u"--tickets"_s;
    QTest::newRow("negative tickets") << QStringList{u"--tickets=-5"_s} << u"--tickets"_s;
    QTest::newRow("tickets not a number") << QStringList{u"--tickets"_s, u"many"_s} << u"--tickets"_s;
    QTest::newRow("zero messages per ticket")
        << QStringList{u"--messages-per-ticket"_s, u"0"_s} << u"--messages-per-ticket"_s;
    QTest::newRow("zero customers") << QStringList{u"--customers"_s, u"0"_s} << u"--customers"_s;
    QTest::newRow("negative agents") << QStringList{u"--agents=-1"_s} << u"--agents"_s;
    // A bad seed after good counts must not make the counts' check forget a bad count.
    QTest::newRow("zero tickets with a seed")
        << QStringList{u"--tickets"_s, u"0"_s, u"--seed"_s, u"7"_s} << u"--tickets"_s;
    QTest::newRow("seed not a number") << QStringList{u"--tickets"_s, u"10"_s, u"--seed"_s, u"x"_s} << u"--seed"_s;
}

void TestGenerateArguments::refusesCountsBelowOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(u"out.casebook"_s);
    QProcess generate;
    generate.start(QStringLiteral(CASEBOOK_GENERATE), arguments + QStringList{output});
    QVERIFY(generate.waitForFinished(60'000));
    const QString errors = QString::fromUtf8(generate.readAllStandardError());
    QCOMPARE(generate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(generate.exitCode() == 2, qPrintable(QString::number(generate.exitCode()) + u' ' + errors));
    QVERIFY2(errors.contains(named + u" must be"_s), qPrintable(errors));
    QVERIFY2(!QFileInfo::exists(output), "nothing may be written when the arguments are refused");
}

QTEST_GUILESS_MAIN(TestGenerateArguments)
#include "tst_generatearguments.moc"
