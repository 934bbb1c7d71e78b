// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/replies/cannedreplystore.h"
#include "models/replies/estimate.h"
#include "models/replies/replytemplate.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestReplyTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRepliesAreCompleteInBothLanguages_data();
    void shippedRepliesAreCompleteInBothLanguages();
    void expandsKnownVariables();
    void unknownVariableIsAClearError();
    void missingValueIsAClearError();
    void problemsAreFoundWhereTheyAre_data();
    void problemsAreFoundWhereTheyAre();
    void shippedRepliesHaveNoProblems();
    void languagesAreNamedAsTheirSpeakersDo();
    void R06_nextWorkingStart_data();
    void R06_nextWorkingStart();
    void R07_workingTimeInTheCustomersLanguage();
    void R20_estimate_data();
    void R20_estimate();
    void replyLanguageFollowsTheCustomersLocale();
    void R45_R18_R20_valuesComeFromTheContext();
};

namespace {

const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));

qint64 moscowMs(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), moscow).toMSecsSinceEpoch();
}

QHash<QString, QString> allValues()
{
    QHash<QString, QString> values;
    for (const QString &name : ReplyTemplate::variableNames())
        values.insert(name, u"<"_s + name + u'>');
    return values;
}

} // namespace

void TestReplyTemplate::shippedRepliesAreCompleteInBothLanguages_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("rules");
    const QList<CannedReply> shipped = CannedReplyStore::shippedReplies();
    for (const CannedReply &reply : shipped) {
        if (reply.language == u"en")
            QTest::addRow("%s %s", qPrintable(reply.ruleId), qPrintable(reply.key)) << reply.key << reply.ruleId;
    }
}

void TestReplyTemplate::shippedRepliesAreCompleteInBothLanguages()
{
    // R11 R15 acknowledgement, R03 R16 weekend notice, R06 end of day, R17 accesses per kind,
    // R18 the team's SSH key, R21 internals, R22 refunds, R45 hand-off, R13 proposal, R20 estimate.
    QFETCH(QString, key);
    QFETCH(QString, rules);
    const QList<CannedReply> shipped = CannedReplyStore::shippedReplies();
    for (const QString &language : {u"en"_s, u"ru"_s}) {
        const auto found = std::find_if(shipped.cbegin(), shipped.cend(),
                                        [&](const CannedReply &r) { return r.key == key && r.language == language; });
        QVERIFY2(found != shipped.cend(), qPrintable(key + u" has no "_s + language + u" version"_s));
        QVERIFY(!found->title.isEmpty());
        QVERIFY(!found->shortcut.isEmpty());
        QCOMPARE(found->ruleId, rules); // the languages agree on what the reply is for
        QVERIFY(found->body.contains(u"{agent.first_name}"_s));
        // Every variable is one Casebook fills in, so every reply expands.
        const auto expanded = ReplyTemplate::expand(found->body, allValues());
        QVERIFY2(expanded.ok(), qPrintable(expanded.ok() ? QString() : expanded.error().message));
        QVERIFY(!expanded->contains(u'{'));
    }
}

void TestReplyTemplate::expandsKnownVariables()
{
    const auto text =
        ReplyTemplate::expand(u"Hi {customer.first_name}, ticket #{ticket.number}. {customer.first_name}!"_s,
                              {{u"customer.first_name"_s, u"Olga"_s}, {u"ticket.number"_s, u"42"_s}});
    QVERIFY(text.ok());
    QCOMPARE(text.value(), u"Hi Olga, ticket #42. Olga!"_s);
    // Braces that are not a variable stay as written.
    QCOMPARE(ReplyTemplate::expand(u"{ not one } and {}"_s, {}).value(), u"{ not one } and {}"_s);
    QCOMPARE(ReplyTemplate::variablesIn(u"{a.b} {estimate} {a.b}"_s), (QStringList{u"a.b"_s, u"estimate"_s}));
    QCOMPARE(ReplyTemplate::firstName(u"  Olga Petrova "_s), u"Olga"_s);
}

void TestReplyTemplate::unknownVariableIsAClearError()
{
    const auto text = ReplyTemplate::expand(u"Hi {customer.nickname} and {agent.first_name}"_s, allValues());
    QVERIFY(!text.ok());
    QCOMPARE(text.error().kind, Error::Kind::Invalid);
    QVERIFY2(text.error().message.contains(u"{customer.nickname}"_s), qPrintable(text.error().message));
}

void TestReplyTemplate::missingValueIsAClearError()
{
    auto values = allValues();
    values.remove(u"team.ssh_key"_s);
    values.insert(u"estimate"_s, u"  "_s);
    const auto text = ReplyTemplate::expand(u"{team.ssh_key} {estimate} {agent.first_name}"_s, values);
    QVERIFY(!text.ok());
    QVERIFY2(text.error().message.contains(u"SSH public key"_s), qPrintable(text.error().message));
    QVERIFY(text.error().message.contains(u"estimate"_s));
}

void TestReplyTemplate::R06_nextWorkingStart_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected");
    // 2026-11-20 is a Friday.
    QTest::newRow("R06 Friday evening continues Monday 09:00")
        << moscowMs(2026, 11, 20, 18, 35) << moscowMs(2026, 11, 23, 9);
    QTest::newRow("R06 Thursday evening continues Friday")
        << moscowMs(2026, 11, 19, 18, 40) << moscowMs(2026, 11, 20, 9);
    QTest::newRow("R03 R16 Saturday duty: work starts Monday")
        << moscowMs(2026, 11, 21, 12) << moscowMs(2026, 11, 23, 9);
    QTest::newRow("R16 Sunday: Monday") << moscowMs(2026, 11, 22, 23) << moscowMs(2026, 11, 23, 9);
    QTest::newRow("early Tuesday: today at 09:00") << moscowMs(2026, 11, 24, 7) << moscowMs(2026, 11, 24, 9);
    QTest::newRow("holiday Friday is skipped") << moscowMs(2026, 12, 31, 18, 45) << moscowMs(2027, 1, 4, 9);
}

void TestReplyTemplate::R06_nextWorkingStart()
{
    QFETCH(qint64, now);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = moscow;
    hours.holidays = {QDate(2027, 1, 1)};
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(ReplyTemplate::nextWorkingStart(hours, now), moscow),
             QDateTime::fromMSecsSinceEpoch(expected, moscow));
}

void TestReplyTemplate::R07_workingTimeInTheCustomersLanguage()
{
    BusinessHours hours;
    hours.zone = moscow;
    const qint64 monday = moscowMs(2026, 11, 23, 9);
    QCOMPARE(ReplyTemplate::workingTimeText(hours, monday, u"en"_s), u"Monday, 23 November, after 09:00 (UTC+03:00)"_s);
    QCOMPARE(ReplyTemplate::workingTimeText(hours, monday, u"ru"_s),
             u"в понедельник, 23 ноября, после 09:00 (UTC+03:00)"_s);
    QCOMPARE(ReplyTemplate::workingTimeText(hours, moscowMs(2026, 11, 25, 9), u"ru"_s).left(8), u"в среду,"_s);
    QCOMPARE(ReplyTemplate::workingTimeText(hours, moscowMs(2026, 11, 24, 9), u"ru"_s).left(11), u"во вторник,"_s);
}

void TestReplyTemplate::R20_estimate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("russian");
    QTest::newRow("R20 bare number is hours") << u"2"_s << u"6 hours"_s << u"6 часов"_s;
    QTest::newRow("R20 hours") << u"1 h"_s << u"3 hours"_s << u"3 часа"_s;
    QTest::newRow("R20 fraction") << u"0,5h"_s << u"1.5 hours"_s << u"1,5 часа"_s;
    QTest::newRow("R20 minutes") << u"20 min"_s << u"60 minutes"_s << u"60 минут"_s;
    QTest::newRow("R20 days") << u"7 days"_s << u"21 days"_s << u"21 день"_s;
    QTest::newRow("R20 russian unit") << u"4 ч"_s << u"12 hours"_s << u"12 часов"_s;
    QTest::newRow("R20 days in russian") << u"1 дн"_s << u"3 days"_s << u"3 дня"_s;
    QTest::newRow("not an estimate") << u"soon"_s << QString() << QString();
    QTest::newRow("unknown unit") << u"3 weeks"_s << QString() << QString();
    QTest::newRow("zero") << u"0"_s << QString() << QString();
    QTest::newRow("largest") << u"100000 min"_s << u"300,000 minutes"_s << u"300\u00A0000 минут"_s;
    // Found by fuzz_replytemplate: a run of digits made the Russian plural form undefined.
    QTest::newRow("a run of digits") << QString(u'8').repeated(100) << QString() << QString();
    QTest::newRow("above the largest") << u"100001"_s << QString() << QString();
}

void TestReplyTemplate::R20_estimate()
{
    QFETCH(QString, typed);
    QFETCH(QString, english);
    QFETCH(QString, russian);
    const auto internal = Estimate::parse(typed);
    QCOMPARE(internal.has_value(), !english.isEmpty());
    if (!internal)
        return;
    QCOMPARE(internal->forCustomer().toText(u"en"_s), english);
    QCOMPARE(internal->forCustomer().toText(u"ru_RU"_s), russian);
}

void TestReplyTemplate::replyLanguageFollowsTheCustomersLocale()
{
    const QStringList both{u"en"_s, u"ru"_s};
    QCOMPARE(ReplyTemplate::languageFor(u"ru_RU"_s, both), u"ru"_s);
    QCOMPARE(ReplyTemplate::languageFor(u"ru"_s, both), u"ru"_s);
    QCOMPARE(ReplyTemplate::languageFor(u"de_DE"_s, both), u"en"_s);
    QCOMPARE(ReplyTemplate::languageFor(QString(), both), u"en"_s);
    QCOMPARE(ReplyTemplate::languageFor(u"de"_s, {u"ru"_s}), u"ru"_s);
}

void TestReplyTemplate::R45_R18_R20_valuesComeFromTheContext()
{
    ReplyTemplate::Context context;
    context.language = u"ru"_s;
    context.customerName = u"Olga Petrova"_s;
    context.agentName = u"Anna Berg"_s;
    context.newAgentName = u"Boris Lang"_s;
    context.ticket = TicketId(1234);
    context.hours.zone = moscow;
    context.nowMs = moscowMs(2026, 11, 20, 18, 40); // Friday evening
    context.internalEstimate = Estimate::parse(u"2 h"_s);
    auto values = ReplyTemplate::values(context);
    QCOMPARE(values.value(u"customer.first_name"_s), u"Olga"_s);
    QCOMPARE(values.value(u"agent.first_name"_s), u"Anna"_s);
    QCOMPARE(values.value(u"new_agent.first_name"_s), u"Boris"_s);
    QCOMPARE(values.value(u"ticket.number"_s), u"1234"_s);
    QCOMPARE(values.value(u"estimate"_s), u"6 часов"_s);
    QCOMPARE(values.value(u"next_working_time"_s), u"в понедельник, 23 ноября, после 09:00 (UTC+03:00)"_s);
    QVERIFY(!values.contains(u"team.ssh_key"_s)); // not set: a reply needing it says so
    const auto handoff = ReplyTemplate::expand(u"{new_agent.first_name} continues with your request"_s, values);
    QCOMPARE(handoff.value(), u"Boris continues with your request"_s);

    context.sshKey = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKey team"_s;
    context.newAgentName.clear();
    values = ReplyTemplate::values(context);
    QCOMPARE(values.value(u"team.ssh_key"_s), context.sshKey);
    QVERIFY(!ReplyTemplate::expand(u"{new_agent.first_name} continues"_s, values).ok());
}

void TestReplyTemplate::problemsAreFoundWhereTheyAre_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("texts"); // what each problem names, in order
    QTest::addColumn<QList<bool>>("errors"); // whether each blocks expand()
    QTest::addColumn<int>("firstStart");
    QTest::newRow("known variables") << u"Hello {customer.first_name}, {agent.name}"_s << QStringList() << QList<bool>()
                                     << -1;
    QTest::newRow("unknown variable") << u"Hi {customer.nickname}!"_s << QStringList{u"{customer.nickname}"_s}
                                      << QList<bool>{true} << 3;
    QTest::newRow("capitals") << u"Hi {Customer.First_Name}"_s << QStringList{u"{Customer.First_Name}"_s}
                              << QList<bool>{false} << 3;
    QTest::newRow("not closed") << u"Hi {customer.first_name, welcome"_s << QStringList{u"{customer.first_name"_s}
                                << QList<bool>{false} << 3;
    QTest::newRow("empty braces and an unknown one")
        << u"{} and {ticket.id}"_s << QStringList{u"{}"_s, u"{ticket.id}"_s} << QList<bool>{false, true} << 0;
    QTest::newRow("code is text") << u"function f() { return 1; }"_s << QStringList() << QList<bool>() << -1;
    QTest::newRow("doubled braces hold a known one")
        << u"{{agent.first_name}}"_s << QStringList() << QList<bool>() << -1;
}

void TestReplyTemplate::problemsAreFoundWhereTheyAre()
{
    QFETCH(QString, body);
    QFETCH(QStringList, texts);
    QFETCH(QList<bool>, errors);
    QFETCH(int, firstStart);
    const QList<ReplyTemplate::Problem> problems = ReplyTemplate::problemsIn(body);
    QStringList found;
    QList<bool> blocking;
    for (const ReplyTemplate::Problem &problem : problems) {
        found.append(problem.text);
        blocking.append(problem.severity == ReplyTemplate::Problem::Severity::Error);
        QCOMPARE(body.mid(problem.start, problem.length), problem.text);
        QVERIFY2(problem.message.contains(problem.text), qPrintable(problem.message)); // it names what is wrong
    }
    QCOMPARE(found, texts);
    QCOMPARE(blocking, errors);
    if (firstStart >= 0)
        QCOMPARE(problems.constFirst().start, firstStart);
    // An error here is exactly what expand() refuses.
    QCOMPARE(ReplyTemplate::expand(body, allValues()).ok(), !errors.contains(true));
}

void TestReplyTemplate::languagesAreNamedAsTheirSpeakersDo()
{
    QCOMPARE(ReplyTemplate::languageName(u"en"_s), u"English"_s);
    QCOMPARE(ReplyTemplate::languageName(u"ru"_s), u"Русский"_s);
    QCOMPARE(ReplyTemplate::languageName(u"xx"_s), u"xx"_s);
}

void TestReplyTemplate::shippedRepliesHaveNoProblems()
{
    for (const CannedReply &reply : CannedReplyStore::shippedReplies())
        QVERIFY2(ReplyTemplate::problemsIn(reply.body).isEmpty(), qPrintable(reply.key + u'/' + reply.language));
}

QTEST_GUILESS_MAIN(TestReplyTemplate)
#include "tst_replytemplate.moc"
