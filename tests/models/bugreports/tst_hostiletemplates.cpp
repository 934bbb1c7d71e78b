// SPDX-License-Identifier: GPL-3.0-or-later
// Templates come from files people download and paste: whatever they hold, the checker answers
// with a placed, honest message, reads no more than a template may be, and never guesses.
#include "models/bugreports/issueformparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QByteArray validStart = "name: Bug\n"
                              "description: Something broke\n"
                              "body:\n"
                              "  - type: textarea\n"
                              "    attributes:\n"
                              "      label: What happened\n";

QByteArray flowNested(int levels)
{
    return "name: Bug\ndescription: deep\nbody: " + QByteArray(levels, '[') + QByteArray(levels, ']') + '\n';
}

QByteArray blockNested(int levels)
{
    QByteArray yaml = "name: Bug\ndescription: deep\nbody:\n";
    for (int i = 0; i < levels; ++i)
        yaml += QByteArray(2 + 2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
    return yaml;
}

/// The peak resident set of this process so far, in kilobytes.
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: it measures the growth of this process' peak memory.
    void aLargeFileIsRefusedBeforeItIsRead();
    void refusedWithWhereAndWhy_data();
    void refusedWithWhereAndWhy();
    void moderateNestingIsNotRefused();
    void brokenYamlEnds();
    void importAndCheckShareTheCap();
};

void TestHostileTemplates::refusedWithWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("NUL byte in a label")
        << QByteArray(validStart).replace("What happened", QByteArray("What\0 happened", 14)) << 6 << 18
        << u"NUL byte"_s;
    QTest::newRow("NUL byte on the first line") << QByteArray("na\0me: Bug\n", 11) << 1 << 3 << u"NUL byte"_s;
    QTest::newRow("Latin-1 byte") << QByteArray(validStart).replace("happened", "h\xe4ppened") << 6 << 20
                                  << u"not valid UTF-8 text here (byte 0xe4)"_s;
    QTest::newRow("after a valid multi-byte character")
        << QByteArray("name: Bügreport \xff\ndescription: x\n") << 1 << 17 << u"not valid UTF-8"_s;
    QTest::newRow("overlong encoding") << QByteArray("name: Bug\ndescription: \xc0\xaf\n") << 2 << 14
                                       << u"not valid UTF-8"_s;
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("name: \xed\xa0\x80\n") << 1 << 7 << u"not valid UTF-8"_s;
    QTest::newRow("cut off at the end") << QByteArray("name: Bug\ndescription: caf\xc3") << 2 << 17
                                        << u"not valid UTF-8"_s;
    QTest::newRow("flow lists 40 deep") << flowNested(40) << 3 << 38 << u"nested deeper than 32 levels"_s;
    QTest::newRow("flow lists 5000 deep (past the YAML library's own guard)")
        << flowNested(5000) << 3 << 38 << u"nested deeper than 32 levels"_s;
    QTest::newRow("block maps 40 deep") << blockNested(40) << 35 << 65 << u"nested deeper than 32 levels"_s;
    QTest::newRow("too large") << QByteArray(validStart + "      description: " + QByteArray(maxTemplateBytes, 'x')
                                             + '\n')
                               << 1 << 1 << u"too large for a template"_s;
}

void TestHostileTemplates::refusedWithWhereAndWhy()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    for (const bool chooser : {false, true}) {
        // The app's own loading path (parseIssueForm, the chooser) and the checker read alike.
        const QList<FormProblem> problems = chooser ? checkTemplateChooser(yaml, u"config.yml"_s).problems
                                                    : checkIssueForm(yaml, u"form.yml"_s).problems;
        QCOMPARE(problems.size(), 1);
        const FormProblem &p = problems.constFirst();
        QCOMPARE(p.severity, FormProblem::Severity::Error);
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QVERIFY2(!p.message.contains(u"bad file"_s), qPrintable(p.toString()));
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
    }
    const auto parsed = parseIssueForm(yaml, u"form.yml"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestHostileTemplates::moderateNestingIsNotRefused()
{
    // 32 levels are read; the form is then refused for what it is, not for its depth.
    const IssueFormCheck check = checkIssueForm(flowNested(31), u"form.yml"_s);
    QVERIFY(!check.ok());
    for (const FormProblem &p : check.problems)
        QVERIFY2(!p.message.contains(u"nested"_s), qPrintable(p.toString()));
    QVERIFY(checkIssueForm(QByteArray(validStart).replace("Something broke", "Ça casse — 壊れた"), u"form.yml"_s).ok());
}

void TestHostileTemplates::brokenYamlEnds()
{
    // Found by fuzz_issueform: on this the YAML library reported a next document for ever, and
    // the check never returned.
    const QByteArray yaml(
        ",ame: Bug report\ndescrip4ion: Checkbox optiops with a label\nbody:\n- type: cheskboxes\n  y:\n"
        "- type: checkboxes\n  attributes:\n    label: Operating    - macOS\n      - Linux\n");
    const IssueFormCheck check = checkIssueForm(yaml, u"form.yml"_s);
    QVERIFY(!check.ok());
    // As a chooser it reads as a map without a chooser's keys; what counts is that it returns.
    (void)checkTemplateChooser(yaml, u"config.yml"_s);
}

void TestHostileTemplates::aLargeFileIsRefusedBeforeItIsRead()
{
    // Before the cap a 10 MB form took 547 MB to parse. The file is valid YAML, so only the
    // cap (asked of the file's size) can refuse it cheaply.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.yml"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(validStart) > 0);
        const QByteArray option = "        - an option that repeats to fill the file\n";
        QVERIFY(file.write("    options:\n") > 0);
        while (file.size() < 10LL * 1024 * 1024)
            QVERIFY(file.write(option) == option.size());
    }
    const long before = peakRssKb();
    const QList<FormProblem> problems = checkTemplateFile(path);
    const long grownKb = peakRssKb() - before;
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().line, 1);
    QVERIFY2(problems.constFirst().message.contains(u"too large for a template: 10"_s),
             qPrintable(problems.constFirst().toString()));
    QVERIFY2(problems.constFirst().message.contains(u"at most 512"_s), qPrintable(problems.constFirst().toString()));
    qInfo("checking a 10 MB template grew the peak memory by %ld KB", grownKb);
    QVERIFY2(grownKb < 8L * 1024, qPrintable(QString::number(grownKb)));
}

void TestHostileTemplates::importAndCheckShareTheCap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.yml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(maxTemplateBytes + 1, '#')) > 0);
    file.close();
    const auto read = readTemplateFile(path);
    QVERIFY(std::holds_alternative<FormProblem>(read));
    QCOMPARE(std::get<FormProblem>(read).toString(), checkTemplateFile(path).constFirst().toString());
    QVERIFY(std::get<FormProblem>(read).toString().startsWith(path + u":1:1: the file is too large"_s));
}

QTEST_GUILESS_MAIN(TestHostileTemplates)
#include "tst_hostiletemplates.moc"
