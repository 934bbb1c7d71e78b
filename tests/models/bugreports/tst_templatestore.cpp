// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/templatestore.h"
#include "models/storage/clock.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;

const QByteArray teamForm = R"(name: Billing question
description: A question about an invoice
body:
  - type: input
    id: invoice
    attributes:
      label: Invoice number
    validations:
      required: true
)";

// duplicate-ids.yml from the corpus: the second `id: name` is line 9, column 7.
const QByteArray brokenForm = R"(name: Bug report
description: Two fields, one id
body:
- type: input
  id: name
  attributes:
    label: First name
- type: input
  id: name
  attributes:
    label: Last name
)";

/// Pretends an older Casebook seeded the builtin with `older` as its shipped text.
void pretendOlderShipped(Database &db, const QString &fileName, const QString &older, bool edited)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE bug_templates SET shipped_yaml = ?, source_yaml = CASE WHEN ? THEN source_yaml ELSE ? END "
              "WHERE file_name = ?"_s);
    q.addBindValue(older);
    q.addBindValue(edited);
    q.addBindValue(older);
    q.addBindValue(fileName);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

} // namespace

class TestTemplateStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R25_shippedTemplatesAreSeededOnce_data() { Test::addEngineColumn(); }
    void R25_shippedTemplatesAreSeededOnce();
    void untouchedCopyFollowsTheShippedText_data() { Test::addEngineColumn(); }
    void untouchedCopyFollowsTheShippedText();
    void editedCopyIsNeverOverwrittenSilently_data() { Test::addEngineColumn(); }
    void editedCopyIsNeverOverwrittenSilently();
    void invalidYamlIsRefusedWithItsPositionAndNothingIsLost_data() { Test::addEngineColumn(); }
    void invalidYamlIsRefusedWithItsPositionAndNothingIsLost();
    void teamAddsImportsEditsAndRemoves_data() { Test::addEngineColumn(); }
    void teamAddsImportsEditsAndRemoves();
    void chooserConfigIsTeamData_data() { Test::addEngineColumn(); }
    void chooserConfigIsTeamData();
};

void TestTemplateStore::R25_shippedTemplatesAreSeededOnce()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TemplateStore store(*db, clock);
    const auto first = store.seedBuiltins();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->added, (QStringList{u"feature-request.yml"_s, u"platform-incident.yml"_s, u"tracker-bug.yml"_s}));
    const auto again = store.seedBuiltins();
    QVERIFY(again.ok());
    QVERIFY(again->added.isEmpty() && again->updated.isEmpty() && again->keptEdited.isEmpty());

    const auto all = store.templates().value();
    QCOMPARE(all.size(), 3);
    for (const BugTemplate &t : all) {
        QVERIFY(t.builtin);
        QVERIFY(!t.edited);
        QVERIFY(!t.shippedUpdateAvailable);
        QCOMPARE(t.version, 1);
        QVERIFY2(store.form(t.id).ok(), qPrintable(t.fileName));
    }
    // R25: the tracker bug asks for everything the playbook lists.
    const IssueForm tracker = store.form(store.templateByFileName(u"tracker-bug.yml"_s)->id).value();
    QCOMPARE(tracker.name, u"Tracker bug"_s);
    for (const char *key : {"dialogue-link", "fix-version", "background", "steps", "actual", "expected", "accesses",
                            "error-text", "instance", "item", "video", "severity", "product-area"})
        QVERIFY2(tracker.element(QString::fromLatin1(key)), key);
}

void TestTemplateStore::untouchedCopyFollowsTheShippedText()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TemplateStore store(*db, clock);
    QVERIFY(store.seedBuiltins().ok());
    const QString older = QString::fromUtf8(teamForm).replace(u"Billing question"_s, u"Tracker bug"_s);
    pretendOlderShipped(*db, u"tracker-bug.yml"_s, older, false);
    QVERIFY(store.templateByFileName(u"tracker-bug.yml"_s)->shippedUpdateAvailable);

    clock.advanceMs(1000);
    const auto seeded = store.seedBuiltins();
    QVERIFY(seeded.ok());
    QCOMPARE(seeded->updated, QStringList{u"tracker-bug.yml"_s});
    const BugTemplate now = store.templateByFileName(u"tracker-bug.yml"_s).value();
    QCOMPARE(now.sourceYaml.toUtf8(), TemplateStore::shippedTemplates().at(2).yaml);
    QVERIFY(!now.edited && !now.shippedUpdateAvailable);
    QCOMPARE(now.updatedAt, start + 1000);
}

void TestTemplateStore::editedCopyIsNeverOverwrittenSilently()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TemplateStore store(*db, clock);
    QVERIFY(store.seedBuiltins().ok());
    BugTemplate tracker = store.templateByFileName(u"tracker-bug.yml"_s).value();
    QByteArray edited = tracker.sourceYaml.toUtf8();
    edited.replace("name: Tracker bug", "name: Our tracker bug");
    const auto version = store.update(tracker.id, edited, tracker.version);
    QVERIFY(version.ok());
    tracker = store.templateById(tracker.id).value();
    QVERIFY(tracker.edited);
    QVERIFY(!tracker.shippedUpdateAvailable);
    QCOMPARE(tracker.name, u"Our tracker bug"_s);

    // A newer Casebook ships another text: the team's edit stays and the update waits.
    pretendOlderShipped(*db, u"tracker-bug.yml"_s, QString::fromUtf8(teamForm), true);
    const auto seeded = store.seedBuiltins();
    QVERIFY(seeded.ok());
    QCOMPARE(seeded->keptEdited, QStringList{u"tracker-bug.yml"_s});
    tracker = store.templateById(tracker.id).value();
    QCOMPARE(tracker.sourceYaml.toUtf8(), edited);
    QVERIFY(tracker.edited && tracker.shippedUpdateAvailable);

    // Only on request does the shipped text replace the edit.
    QCOMPARE(store.adoptShipped(tracker.id, tracker.version - 1).error().kind, Error::Kind::Conflict);
    QVERIFY(store.adoptShipped(tracker.id, tracker.version).ok());
    tracker = store.templateById(tracker.id).value();
    QCOMPARE(tracker.name, u"Tracker bug"_s);
    QVERIFY(!tracker.edited && !tracker.shippedUpdateAvailable);
}

void TestTemplateStore::invalidYamlIsRefusedWithItsPositionAndNothingIsLost()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TemplateStore store(*db, clock);
    QVERIFY(store.seedBuiltins().ok());

    const auto added = store.add(u"names.yml"_s, brokenForm);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QVERIFY2(added.error().message.startsWith(u"names.yml:9:7: body[1]: body must have unique ids"_s),
             qPrintable(added.error().message));
    QVERIFY(added.error().detail.contains(u"names.yml:9:7:"_s));
    QCOMPARE(store.templates()->size(), 3);

    const BugTemplate tracker = store.templateByFileName(u"tracker-bug.yml"_s).value();
    const auto updated = store.update(tracker.id, "name: [unclosed", tracker.version);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.startsWith(u"tracker-bug.yml:1:"_s), qPrintable(updated.error().message));
    const BugTemplate after = store.templateById(tracker.id).value();
    QCOMPARE(after.sourceYaml, tracker.sourceYaml);
    QCOMPARE(after.version, tracker.version);
}

void TestTemplateStore::teamAddsImportsEditsAndRemoves()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TemplateStore store(*db, clock);
    QVERIFY(store.seedBuiltins().ok());

    const auto pasted = store.add(u"billing"_s, teamForm);
    QVERIFY(pasted.ok());
    BugTemplate billing = store.templateById(*pasted).value();
    QCOMPARE(billing.fileName, u"billing.yml"_s);
    QCOMPARE(billing.name, u"Billing question"_s);
    QVERIFY(!billing.builtin);
    QCOMPARE(store.add(u"billing.yml"_s, teamForm).error().kind, Error::Kind::Invalid); // name taken
    QCOMPARE(store.add(u"tracker-bug.yml"_s, teamForm).error().kind, Error::Kind::Invalid);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"support-question.yml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(teamForm).replace("Billing question", "Support question"));
    file.close();
    const auto imported = store.importFile(path);
    QVERIFY(imported.ok());
    QCOMPARE(store.templateById(*imported)->name, u"Support question"_s);
    const auto missing = store.importFile(dir.filePath(u"nope.yml"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"nope.yml:1:1:"_s));

    const auto edited =
        store.update(billing.id, QByteArray(teamForm).replace("Invoice number", "Invoice"), billing.version);
    QVERIFY(edited.ok());
    QCOMPARE(store.update(billing.id, teamForm, billing.version).error().kind, Error::Kind::Conflict);
    QCOMPARE(store.form(billing.id)->body.at(0).label, u"Invoice"_s);

    const BugTemplate tracker = store.templateByFileName(u"tracker-bug.yml"_s).value();
    QCOMPARE(store.remove(tracker.id, tracker.version).error().kind, Error::Kind::Invalid);
    QVERIFY(store.remove(billing.id, *edited).ok());
    QCOMPARE(store.templates()->size(), 4);
    QCOMPARE(store.templates()->constFirst().builtin, true); // builtin first
}

void TestTemplateStore::chooserConfigIsTeamData()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    TemplateStore store(*db);
    const auto shipped = store.chooserConfig();
    QVERIFY(shipped.ok());
    QVERIFY(!shipped->blankIssuesEnabled);
    QCOMPARE(shipped->contactLinks.size(), 2);

    QVERIFY(store.setChooserYaml("blank_issues_enabled: true\ncontact_links: []\n").ok());
    QVERIFY(store.chooserConfig()->blankIssuesEnabled);
    QVERIFY(store.chooserConfig()->contactLinks.isEmpty());

    const auto refused = store.setChooserYaml("blank_issues_enabled: [\n");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(u"config.yml:"_s), qPrintable(refused.error().message));
    QVERIFY(store.chooserConfig()->blankIssuesEnabled); // the stored one stays

    QTemporaryDir dir;
    QFile file(dir.filePath(u"config.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("blank_issues_enabled: false\ncontact_links:\n  - name: Docs\n    url: https://docs.example\n    about: "
               "Read first\n");
    file.close();
    const auto imported = store.importFile(file.fileName());
    QVERIFY(imported.ok());
    QVERIFY(!imported->isValid());
    QCOMPARE(store.chooserConfig()->contactLinks.value(0).name, u"Docs"_s);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
