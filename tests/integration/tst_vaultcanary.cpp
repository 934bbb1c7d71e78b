// SPDX-License-Identifier: GPL-3.0-or-later
// The canary hunt: an access whose secret is a unique marker goes through everything that
// touches the vault (add, edit, reveal, copy, clipboard clearing, a wrong passphrase, a
// damaged row), and then through every way data leaves Casebook. The marker must show up
// nowhere: not in the log, not in an export, not in a copy for an internal message, not in a
// file the app wrote. Only Copy itself puts it on the clipboard, and only until it is cleared.
//
// To cover a new export or "copy as" feature, add one row to exports() below.
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"
#include "models/customers/customercardmodel.h"
#include "tests/views/namedchild.h"
#include "tests/views/vault/vaultfixture.h"
#include "views/vault/secretclipboard.h"
#include "views/vault/vaultentryrow.h"
#include "views/vault/vaultpanel.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString canary = u"CANARY-7f3c-vault-Qx9"_s;

/// What an export may look at: a customer whose vault holds the canary, and its panel.
struct CanaryContext
{
    const Test::VaultFixture &fixture;
    VaultEntryId entry;
    VaultPanel &panel;
};

/// One way data leaves Casebook, returning everything it produced as text.
struct Export
{
    QString name;
    std::function<QString(const CanaryContext &)> run;
};

// Every answer of a bug-report form filled with all an agent has at hand about the customer:
// the card's text and the vault's entries as the panel lists them (which never hold secrets).
FormAnswers everythingAbout(const CanaryContext &c, const IssueForm &form)
{
    QStringList known{u"Acme Shop"_s};
    const QList<VaultEntry> entries = c.fixture.vault->store().entries(c.fixture.customer).value();
    for (const VaultEntry &entry : entries)
        known << vaultEntrySummary(entry) << entry.label << entry.url << entry.userName << entry.notes;
    const QString text = known.join(u'\n');
    FormAnswers answers = initialAnswers(form);
    for (auto &answer : answers)
        answer.text = text;
    return answers;
}

IssueForm trackerBugForm()
{
    QFile file(u":/templates/tracker-bug.yml"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the shipped tracker-bug template is missing");
    return parseIssueForm(file.readAll(), u"tracker-bug.yml"_s).value();
}

QString clickAndReadClipboard(QWidget *row, const QString &button)
{
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(Test::namedChild<QToolButton>(row, button), Qt::LeftButton);
    return QGuiApplication::clipboard()->text();
}

/// Every export, copy and report that exists today. Add new ones here.
const QList<Export> &exports()
{
    static const QList<Export> all{
        {u"Copy details (internal message)"_s,
         [](const CanaryContext &c) {
             return clickAndReadClipboard(c.panel.findChild<VaultEntryRow *>(u"vault.entry.%1"_s.arg(c.entry.value())),
                                          u"copyDetails"_s);
         }},
        {u"vaultEntrySummary"_s,
         [](const CanaryContext &c) { return vaultEntrySummary(c.fixture.vault->store().entry(c.entry).value()); }},
        {u"GitHub issue Markdown"_s,
         [](const CanaryContext &c) {
             const IssueForm form = trackerBugForm();
             return toGitHubMarkdown(form, everythingAbout(c, form));
         }},
        {u"Jira markup"_s,
         [](const CanaryContext &c) {
             const IssueForm form = trackerBugForm();
             return toJiraMarkup(form, everythingAbout(c, form));
         }},
        {u"Open in GitHub address"_s,
         [](const CanaryContext &c) {
             const IssueForm form = trackerBugForm();
             const QString body = toGitHubMarkdown(form, everythingAbout(c, form));
             const QUrl url = gitHubNewIssueLink(u"acme/tracker"_s, form, u"Acme Shop"_s, body).value().url;
             return url.toString(QUrl::FullyEncoded) + u'\n' + url.toString(QUrl::FullyDecoded);
         }},
        {u"Debug output of entries"_s,
         [](const CanaryContext &c) {
             QString text;
             QDebug(&text) << c.fixture.vault->store().entries(c.fixture.customer).value()
                           << c.fixture.vault->store().reveal(c.entry).value();
             return text;
         }},
    };
    return all;
}

QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    if (s_previous)
        s_previous(type, context, message);
}

// The forms a secret could be written in by accident.
QList<QByteArray> canaryForms()
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    return {utf8, utf8.toBase64(), utf8.toHex(), utf16};
}

} // namespace

class TestVaultCanary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void R17_canaryNeverLeaves();
};

void TestVaultCanary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Everything the app can say, including debug output, is captured.
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    s_previous = qInstallMessageHandler(capture);
}

void TestVaultCanary::cleanupTestCase()
{
    qInstallMessageHandler(s_previous);
    QLoggingCategory::setFilterRules({});
}

void TestVaultCanary::R17_canaryNeverLeaves()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId id = f.add(VaultEntryKind::WordPress, u"Shop admin"_s, canary,
                                  u"https://shop.example.com/wp-admin"_s, u"support"_s, u"Ask Anna for 2FA"_s);
    QVERIFY(id.isValid());
    // The card's model owns the accesses and routes the vault's changes to them, as in the app.
    CustomerCardModel card(*f.session, f.vault.get());
    VaultPanel panel(*card.accesses());
    panel.setRevealTimeout(std::chrono::milliseconds(50));
    panel.clipboard().setClearInterval(std::chrono::milliseconds(100));
    panel.setCustomer(f.customer);
    panel.show();
    auto *row = panel.findChild<VaultEntryRow *>(u"vault.entry.%1"_s.arg(id.value()));
    QVERIFY(row);

    // The vault's own paths, each of which handles the plaintext.
    QTest::mouseClick(Test::namedChild<QToolButton>(row, u"reveal"_s), Qt::LeftButton);
    QCOMPARE(Test::namedChild<QLabel>(row, u"secret"_s)->text(), canary); // the canary is live
    QTRY_COMPARE(Test::namedChild<QLabel>(row, u"secret"_s)->text(), VaultEntryRow::maskText());
    QCOMPARE(clickAndReadClipboard(row, u"copy"_s), canary); // Copy is the one way out, on request
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString());
    VaultEntry e = f.vault->store().entry(id).value();
    e.label = u"Shop admin (main)"_s;
    QVERIFY(f.vault->store().update(e, e.version).ok()); // re-seals the canary
    QVERIFY(!f.vault->unlock(u"not the team passphrase"_s).ok());
    QVERIFY(f.vault->unlock(Test::VaultFixture::passphrase).ok());

    const CanaryContext context{f, id, panel};
    QVERIFY(exports().size() >= 5);
    for (const Export &out : exports()) {
        const QString produced = out.run(context);
        QVERIFY2(!produced.isEmpty(), qPrintable(out.name + u" produced nothing: the probe is broken"_s));
        QVERIFY2(!produced.contains(canary), qPrintable(out.name));
        const QByteArray bytes = produced.toUtf8();
        for (const QByteArray &form : canaryForms())
            QVERIFY2(!bytes.contains(form), qPrintable(out.name));
    }

    // A damaged row is logged as such, still without its plaintext.
    QVERIFY(f.tamper(u"UPDATE vault_entries SET label = ? WHERE id = ?"_s, {u"moved"_s, id.value()}));
    QTest::mouseClick(Test::namedChild<QToolButton>(row, u"reveal"_s), Qt::LeftButton);
    QVERIFY(panel.message().contains(u"cannot be decrypted"_s));

    // The log of everything above.
    QVERIFY(s_log.size() >= 5);
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(canary), qPrintable(line));

    // Every file written under the test's folders: database, WAL, settings, keychain stand-ins.
    const QString dbFolder = QFileInfo(f.testDb.url().path).absolutePath();
    for (const QString &folder : {dbFolder, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &form : canaryForms())
                QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
        }
    }
    for (const auto &[account, bytes] : f.keychain.keys)
        QVERIFY(!bytes.contains(canary.toUtf8()));
}

QTEST_MAIN(TestVaultCanary)
#include "tst_vaultcanary.moc"
