// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/replies/cannedreplylistmodel.h"
#include "models/replies/cannedreplystore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCannedReplyListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndFiltersByLanguageAndWords_data() { Test::addEngineColumn(); }
    void listsAndFiltersByLanguageAndWords();
    void followsAnotherDesktopsAddUpdateAndRemove_data() { Test::addEngineColumn(); }
    void followsAnotherDesktopsAddUpdateAndRemove();

private:
    static QStringList keys(const CannedReplyListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.replyAt(model.index(row)).key + u'/' + model.replyAt(model.index(row)).language);
        return result;
    }
};

void TestCannedReplyListModel::listsAndFiltersByLanguageAndWords()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(CannedReplyStore(*db).seedShipped().ok());
    CannedReplyListModel model(*db, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 54);
    QCOMPARE(model.allReplies().size(), 54);

    model.setLanguage(u"ru"_s);
    QCOMPARE(model.rowCount(), 27);
    const QModelIndex ack = model.indexOf(u"acknowledgement"_s, u"ru"_s);
    QVERIFY(ack.isValid());
    QVERIFY(model.data(ack).toString().size() > 3);
    QCOMPARE(model.data(ack, DetailRole).toString(), u"RU \u00b7 ack \u00b7 acknowledgement"_s);
    QCOMPARE(model.data(ack, IdRole).toLongLong(), model.replyAt(ack).id);
    QVERIFY(!model.indexOf(u"acknowledgement"_s, u"en"_s).isValid());

    model.setFilterText(u"EOD"_s); // the shortcut, any case
    QCOMPARE(keys(model), QStringList{u"end-of-day/ru"_s});
    model.setLanguage({});
    QCOMPARE(keys(model), (QStringList{u"end-of-day/en"_s, u"end-of-day/ru"_s}));
    model.setFilterText(u"stage-"_s); // the key
    QCOMPARE(model.rowCount(), 10); // five bug stages in two languages
    model.setFilterText(u"R22 refund"_s); // a rule and another word
    QCOMPARE(keys(model), (QStringList{u"no-refunds/en"_s, u"no-refunds/ru"_s}));
    model.setFilterText(u"Acknowledge"_s); // the English title
    QVERIFY(keys(model).contains(u"acknowledgement/en"_s));
    model.setFilterText(u"no such reply"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 54);
}

void TestCannedReplyListModel::followsAnotherDesktopsAddUpdateAndRemove()
{
    CASEBOOK_TEST_DATABASE(testDb);
    // Two Database objects are two desktops; the model lives on the first.
    auto mine = testDb.open();
    auto theirs = testDb.open();
    QVERIFY(mine && theirs);
    mine->changeFeed()->setHeartbeatInterval(50);
    QVERIFY(CannedReplyStore(*mine).seedShipped().ok());
    CannedReplyListModel model(*mine, Clock::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(u"en"_s);
    QCOMPARE(model.rowCount(), 27);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    CannedReplyStore other(*theirs);
    CannedReply renewal;
    renewal.key = u"renewal"_s;
    renewal.title = u"AAA Licence renewal"_s; // sorts first
    renewal.body = u"Hello {customer.first_name}, renew at the shop."_s;
    renewal.shortcut = u"renew"_s;
    renewal.id = other.add(renewal).value();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 28, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.replyAt(model.index(0)).key, u"renewal"_s);

    // A Russian one arrives but stays out of the English list.
    renewal.language = u"ru"_s;
    renewal.title = u"Продление лицензии"_s;
    QVERIFY(other.add(renewal).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.allReplies().size(), 56, 5000);
    QCOMPARE(model.rowCount(), 28);

    // Selected rows keep their place in the tester's eyes: an edit is a dataChanged.
    const CannedReply ack = other.reply(u"acknowledgement"_s, u"en"_s).value();
    CannedReply edited = ack;
    edited.body = u"Got it, {customer.first_name}."_s;
    QVERIFY(other.update(edited, ack.version).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.replyAt(model.indexOf(ack.id)).body, edited.body, 5000);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.replyAt(model.indexOf(ack.id)).version, ack.version + 1);

    // A new title moves the row to its place in title order.
    edited.title = u"ZZZ Acknowledgement"_s;
    QVERIFY(other.update(edited, ack.version + 1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.indexOf(ack.id).row(), model.rowCount() - 1, 5000);

    QVERIFY(other.remove(renewal.id, 1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 27, 5000);
    QVERIFY(!model.indexOf(renewal.id).isValid());
    QCOMPARE(resets.count(), 0); // precise signals only
}

QTEST_GUILESS_MAIN(TestCannedReplyListModel)
#include "tst_cannedreplylistmodel.moc"
