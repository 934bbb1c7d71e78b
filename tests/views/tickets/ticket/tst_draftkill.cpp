// SPDX-License-Identifier: GPL-3.0-or-later
// A reply typed without a pause survives a crash of the real process: this program starts
// itself as a typist (a composer on a real SQLite file, keys sent by a real timer), kills it
// with SIGKILL mid-burst, and reads the draft back from the file as the next start would.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/drafts/draftstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "views/tickets/thread/composer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int keyIntervalMs = 30; // about 33 keys a second: faster than anyone types, never a pause
const char *const typistFlag = "--typist";

/// What the typist types, one character per key: every prefix is distinct and checkable.
QString script()
{
    QString text;
    for (int word = 0; text.size() < 4000; ++word)
        text += u"word%1 "_s.arg(word, 4, 10, QChar(u'0'));
    return text;
}

/// The child: types into a real composer until it is killed. Prints "typed N" after each key.
int runTypist(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const auto url = DatabaseUrl::parse(QString::fromLocal8Bit(argv[2]));
    if (!url)
        return 2;
    auto db = Database::open(*url);
    if (!db)
        return 3;
    Session session(**db, Clock::system(), nullptr);
    OpenTicket ticket(session);
    Composer composer(ticket);
    composer.resize(600, 300);
    composer.show();
    if (!ticket.open(TicketId(QByteArray(argv[3]).toLongLong())))
        return 4;
    auto *reply = composer.findChild<QPlainTextEdit *>(u"composer.reply"_s);
    if (!reply)
        return 5;
    reply->setFocus();
    const QString text = script();
    int typed = 0;
    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    keys.setInterval(keyIntervalMs);
    QObject::connect(&keys, &QTimer::timeout, reply, [&] {
        if (typed >= text.size())
            return;
        QTest::keyClick(reply, text.at(typed).toLatin1());
        ++typed;
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    keys.start();
    return QApplication::exec();
}

} // namespace

class TestDraftKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void draftSurvivesSigkillDuringContinuousTyping_data();
    void draftSurvivesSigkillDuringContinuousTyping();
};

void TestDraftKill::draftSurvivesSigkillDuringContinuousTyping_data()
{
    QTest::addColumn<int>("typingMs");
    // Kills at different phases of the save rhythm.
    QTest::newRow("after 2.3 s") << 2300;
    QTest::newRow("after 4.1 s") << 4100;
    QTest::newRow("after 5.6 s") << 5600;
}

void TestDraftKill::draftSurvivesSigkillDuringContinuousTyping()
{
    QFETCH(int, typingMs);
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY(db);
    Agent anna;
    anna.login = u"anna"_s;
    anna.displayName = u"Anna Berg"_s;
    const AgentId agent = AgentStore(*db, Clock::system()).create(anna).value();
    Customer olga;
    olga.displayName = u"Olga Petrova"_s;
    olga.primaryEmail = u"olga@example.com"_s;
    const CustomerId customer = CustomerStore(*db, Clock::system()).create(olga).value();
    const TicketId ticket = TicketStore(*db, Clock::system())
                                .create({u"Export is empty"_s, customer, Channel::Email, u"No rows."_s})
                                .value();

    QProcess typist;
    typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    typist.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(typistFlag), testDb.url().toString(), QString::number(ticket.value())});
    QVERIFY(typist.waitForStarted());

    // When each count was reached, as this process saw it.
    QList<qint64> typedAtMs; // typedAtMs[n - 1]: when the n-th key was reported
    QElapsedTimer clock;
    bool ready = false;
    const auto readLines = [&] {
        while (typist.canReadLine()) {
            const QByteArray line = typist.readLine().trimmed();
            if (line == "ready") {
                ready = true;
                clock.start();
            } else if (line.startsWith("typed ")) {
                typedAtMs.append(clock.elapsed());
            }
        }
    };
    QElapsedTimer deadline;
    deadline.start();
    while (!ready && deadline.elapsed() < 30'000 && typist.state() == QProcess::Running) {
        typist.waitForReadyRead(100);
        readLines();
    }
    QVERIFY2(ready, "the typist did not start");
    while (clock.elapsed() < typingMs && typist.state() == QProcess::Running) {
        typist.waitForReadyRead(20);
        readLines();
    }
    QCOMPARE(typist.state(), QProcess::Running);
    typist.kill(); // SIGKILL: no destructor, no flush, no event loop turn
    const qint64 killedAtMs = clock.elapsed();
    QVERIFY(typist.waitForFinished(10'000));
    QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
    readLines();
    QVERIFY2(typedAtMs.size() > typingMs / keyIntervalMs / 3, "the typist typed too little to judge");

    // The next start reads the draft from the file.
    db.reset();
    db = testDb.open();
    QVERIFY(db);
    const auto draft = DraftStore(*db).draft(agent, DraftStore::replyScope(ticket));
    QVERIFY(draft.ok());
    QVERIFY2(draft->has_value(), "nothing of the burst was saved");
    const QString body = (*draft)->body;
    const QString text = script();
    QVERIFY2(text.startsWith(body), qPrintable(body.right(40)));

    // Everything typed more than 2 seconds before the kill is in the draft.
    qsizetype typedTwoSecondsBefore = 0;
    while (typedTwoSecondsBefore < typedAtMs.size() && typedAtMs.at(typedTwoSecondsBefore) <= killedAtMs - 2000)
        ++typedTwoSecondsBefore;
    const qint64 lostMs = body.size() < typedAtMs.size() ? killedAtMs - typedAtMs.at(body.size()) : 0;
    qInfo("typed %lld keys in %lld ms, %lld in the draft; the draft missed the last %lld ms of typing",
          qint64(typedAtMs.size()), killedAtMs, qint64(body.size()), lostMs);
    QVERIFY2(body.size() >= typedTwoSecondsBefore,
             qPrintable(u"draft has %1 characters, %2 were typed 2 s before the kill"_s.arg(body.size())
                            .arg(typedTwoSecondsBefore)));
    QVERIFY(lostMs <= 2000);
}

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], typistFlag) == 0)
        return runTypist(argc, argv);
    QApplication app(argc, argv);
    TestDraftKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftkill.moc"
