// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the way out of a damaged file, as a person takes it: the banner's button, the file
// prompt beside the damaged file, the copy, what it says was copied and lost, and the offer to
// open the copy, which then opens sound and writable.
#include "models/storage/database.h"
#include "models/storage/integritycheck.h"
#include "tests/support/damagedfile.h"
#include "tests/views/fakeprompts.h"
#include "views/common/readablecopyflow.h"
#include "views/common/readonlybanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestReadableCopyFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theBannerOffersTheCopy();
    void copyIsMadeSaidAndOpened();
    void keepingTheDamagedFileOpensNothing();
    void cancelledPromptCopiesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_damaged;
};

void TestReadableCopyFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_damaged = Test::makeDamagedDatabase(m_dir->path(), 20261207);
    QVERIFY(!m_damaged.isEmpty());
}

void TestReadableCopyFlow::theBannerOffersTheCopy()
{
    const auto report = IntegrityCheck::quickCheck(m_damaged);
    QVERIFY(report.ok());
    QVERIFY(!report->isSound());
    ReadOnlyBanner banner(*report);
    QSignalSpy copy(&banner, &ReadOnlyBanner::copyRequested);
    QPushButton *button = nullptr;
    for (QPushButton *b : banner.findChildren<QPushButton *>()) {
        if (b->text().contains(u"Copy What Can Be Read"))
            button = b;
    }
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(copy.count(), 1);
}

void TestReadableCopyFlow::copyIsMadeSaidAndOpened()
{
    FakePrompts prompts;
    prompts.fileName = m_dir->filePath(u"rescued.casebook"_s);
    const QByteArray before = Test::fileHash(m_damaged);

    const auto opened = ReadableCopyFlow::run(nullptr, m_damaged, true);

    QVERIFY2(opened, qPrintable(prompts.shown.join(u'\n')));
    QCOMPARE(opened->path, prompts.fileName);
    QCOMPARE(prompts.shown.value(0), u"Copy What Can Be Read Into"_s);
    const QString said = prompts.shown.value(1);
    QVERIFY2(said.startsWith(u"Copy Made: "_s), qPrintable(said));
    QVERIFY2(said.contains(u"were copied into"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Open the copy now?"_s), qPrintable(said));
    // The damaged file is read, never written.
    QCOMPARE(Test::fileHash(m_damaged), before);

    // The copy is sound and opens for writing.
    const auto check = IntegrityCheck::quickCheck(opened->path);
    QVERIFY(check.ok());
    QVERIFY2(check->isSound(), qPrintable(check->problems.join(u'\n')));
    auto db = Database::open(*opened);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(!db.value()->isReadOnly());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM tickets"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void TestReadableCopyFlow::keepingTheDamagedFileOpensNothing()
{
    FakePrompts prompts;
    prompts.fileName = m_dir->filePath(u"rescued.casebook"_s);
    prompts.confirmAnswer = false;
    QVERIFY(!ReadableCopyFlow::run(nullptr, m_damaged, true));
    // The copy is made all the same, for later.
    QVERIFY(QFile::exists(prompts.fileName));
}

void TestReadableCopyFlow::cancelledPromptCopiesNothing()
{
    FakePrompts prompts;
    QVERIFY(!ReadableCopyFlow::run(nullptr, m_damaged, true));
    QCOMPARE(prompts.shown, QStringList{u"Copy What Can Be Read Into"_s});
    QCOMPARE(QDir(m_dir->path()).entryList({u"*-copy*"_s, u"rescued*"_s}), QStringList());
}

QTEST_MAIN(TestReadableCopyFlow)
#include "tst_readablecopyflow.moc"
