// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/storage/database.h"
#include "tests/support/testdatabase.h"
#include "views/common/appearance.h"
#include "views/settings/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace Casebook;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsFromTheDatabaseInUse();
    void startsFromAPostgresServer();
    void switchesEngines();
    void testConnectionReportsFailureInline_data();
    void testConnectionReportsFailureInline();
    void testConnectionSucceedsOnADatabase_data();
    void testConnectionSucceedsOnADatabase();
    void testConnectionOnEachEngine_data();
    void testConnectionOnEachEngine();
    void testConnectionReportsAnUnreachableServer();
    void browseUsesTheFileDialogSeam();
    void saveWritesTheSettings();
    void saveKeepsThePasswordOut();
    void darkColoursApplyWithoutARestart();
    void saveRefusesAnIncompleteForm();
    void keepsTheServerUrlOptions();
    void refusesAnUnknownOptionByName();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return Test::namedChild<T>(m_dialog.get(), name);
    }
    void makeDialog(const DatabaseUrl &current);
    [[nodiscard]] QString path(const QString &name) const { return m_dir->filePath(name); }
    void enterServer(const DatabaseUrl &url);
    /// Clicks "Test connection" and returns (ok, text) once it reports.
    [[nodiscard]] std::pair<bool, QString> runConnectionTest();

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    makeDialog(DatabaseUrl::sqlite(path(QStringLiteral("current.casebook"))));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

void TestSettingsDialog::makeDialog(const DatabaseUrl &current)
{
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), current);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::startsFromTheDatabaseInUse()
{
    QVERIFY(child<QRadioButton>(QStringLiteral("settings.engine.sqlite"))->isChecked());
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->text()),
             path(QStringLiteral("current.casebook")));
    QVERIFY(!child<QLineEdit>(QStringLiteral("settings.postgres.host"))->isEnabled());
}

void TestSettingsDialog::startsFromAPostgresServer()
{
    const Result<DatabaseUrl> url =
        DatabaseUrl::parse(QStringLiteral("postgresql://alice@db.example.com:6543/support"));
    QVERIFY(url.ok());
    makeDialog(url.value());
    QVERIFY(child<QRadioButton>(QStringLiteral("settings.engine.postgres"))->isChecked());
    QCOMPARE(child<QLineEdit>(QStringLiteral("settings.postgres.host"))->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QSpinBox>(QStringLiteral("settings.postgres.port"))->value(), 6543);
    QCOMPARE(child<QLineEdit>(QStringLiteral("settings.postgres.user"))->text(), QStringLiteral("alice"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("settings.postgres.database"))->text(), QStringLiteral("support"));
    QVERIFY(!child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->isEnabled());
}

void TestSettingsDialog::switchesEngines()
{
    auto *postgres = child<QRadioButton>(QStringLiteral("settings.engine.postgres"));
    QTest::mouseClick(postgres, Qt::LeftButton);
    QVERIFY(postgres->isChecked());
    QVERIFY(child<QLineEdit>(QStringLiteral("settings.postgres.host"))->isEnabled());
    QVERIFY(!child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->isEnabled());
    QVERIFY(!m_dialog->databaseUrl().ok()); // no host yet

    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.host")), QStringLiteral("localhost"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.user")), QStringLiteral("agent"));
    const Result<DatabaseUrl> url = m_dialog->databaseUrl();
    QVERIFY(url.ok());
    QVERIFY(url->isPostgres());
    QCOMPARE(url->host, QStringLiteral("localhost"));
    QCOMPARE(url->port, 5432);
    QCOMPARE(url->user, QStringLiteral("agent"));

    child<QRadioButton>(QStringLiteral("settings.engine.sqlite"))->click();
    QVERIFY(!m_dialog->databaseUrl()->isPostgres());
    QVERIFY(child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->isEnabled());
}

void TestSettingsDialog::testConnectionReportsFailureInline_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: make a folder there
    QTest::newRow("a folder") << QStringLiteral("folder.casebook") << QByteArray();
    QTest::newRow("not a database") << QStringLiteral("notes.casebook")
                                    << QByteArray("These are plain notes, not an SQLite database.\n").repeated(200);
}

void TestSettingsDialog::testConnectionReportsFailureInline()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    if (content.isEmpty()) {
        QVERIFY(QDir().mkpath(path(file)));
    } else {
        QFile out(path(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    auto *edit = child<QLineEdit>(QStringLiteral("settings.sqlite.path"));
    edit->clear();
    QTest::keyClicks(edit, path(file));

    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("settings.testConnection")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().at(0).toBool(), false);
    auto *result = child<QLabel>(QStringLiteral("settings.testResult"));
    QVERIFY(!result->text().isEmpty());
    QCOMPARE(result->text(), tested.constFirst().at(1).toString());
    QVERIFY(m_prompts->shown.isEmpty()); // inline, no message box
}

void TestSettingsDialog::testConnectionSucceedsOnADatabase_data()
{
    QTest::addColumn<bool>("create");
    QTest::newRow("existing database") << true;
    QTest::newRow("new file in a new folder") << false;
}

void TestSettingsDialog::testConnectionSucceedsOnADatabase()
{
    QFETCH(bool, create);
    const QString file = path(create ? QStringLiteral("good.casebook") : QStringLiteral("new/folder/new.casebook"));
    if (create)
        QVERIFY(Database::open(DatabaseUrl::sqlite(file)).ok());
    auto *edit = child<QLineEdit>(QStringLiteral("settings.sqlite.path"));
    edit->clear();
    QTest::keyClicks(edit, file);

    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    auto *button = child<QPushButton>(QStringLiteral("settings.testConnection"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // while the test runs elsewhere
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.constFirst().at(0).toBool(), qPrintable(tested.constFirst().at(1).toString()));
    QVERIFY(button->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("settings.testResult"))->text(), tested.constFirst().at(1).toString());
}

void TestSettingsDialog::enterServer(const DatabaseUrl &url)
{
    child<QRadioButton>(QStringLiteral("settings.engine.postgres"))->click();
    const auto type = [this](const QString &name, const QString &text) {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type(QStringLiteral("settings.postgres.host"), url.host);
    child<QSpinBox>(QStringLiteral("settings.postgres.port"))->setValue(url.port);
    type(QStringLiteral("settings.postgres.user"), url.user);
    type(QStringLiteral("settings.postgres.database"), url.databaseName);
    type(QStringLiteral("settings.postgres.password"), url.password);
}

std::pair<bool, QString> TestSettingsDialog::runConnectionTest()
{
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("settings.testConnection")), Qt::LeftButton);
    if (!tested.wait(10000))
        return {false, QStringLiteral("no result within 10 s")};
    return {tested.constFirst().at(0).toBool(), tested.constFirst().at(1).toString()};
}

void TestSettingsDialog::testConnectionOnEachEngine_data()
{
    Test::addEngineColumn();
}

void TestSettingsDialog::testConnectionOnEachEngine()
{
    CASEBOOK_TEST_DATABASE(database);
    QVERIFY(database.open());
    if (database.url().isPostgres()) {
        enterServer(database.url());
    } else {
        auto *edit = child<QLineEdit>(QStringLiteral("settings.sqlite.path"));
        edit->clear();
        QTest::keyClicks(edit, database.url().path);
    }
    const auto [ok, text] = runConnectionTest();
    QVERIFY2(ok, qPrintable(text));
    QCOMPARE(child<QLabel>(QStringLiteral("settings.testResult"))->text(), text);
}

void TestSettingsDialog::testConnectionReportsAnUnreachableServer()
{
    DatabaseUrl url;
    url.engine = DatabaseUrl::Engine::PostgreSQL;
    url.host = QStringLiteral("127.0.0.1");
    url.port = 1; // nothing listens there
    url.user = QStringLiteral("agent");
    url.databaseName = QStringLiteral("casebook");
    enterServer(url);
    QElapsedTimer timer;
    timer.start();
    const auto [ok, text] = runConnectionTest();
    QVERIFY2(!ok, qPrintable(text));
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(child<QLabel>(QStringLiteral("settings.testResult"))->text(), text);
    QVERIFY(m_prompts->shown.isEmpty());
}

void TestSettingsDialog::browseUsesTheFileDialogSeam()
{
    m_prompts->fileName = path(QStringLiteral("chosen.casebook"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("settings.sqlite.browse")), Qt::LeftButton);
    QCOMPARE(m_prompts->shown.size(), 1);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->text()),
             m_prompts->fileName);

    m_prompts->fileName.clear(); // cancelled: the path stays
    QTest::mouseClick(child<QPushButton>(QStringLiteral("settings.sqlite.browse")), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->text()),
             path(QStringLiteral("chosen.casebook")));
}

void TestSettingsDialog::saveWritesTheSettings()
{
    auto *edit = child<QLineEdit>(QStringLiteral("settings.sqlite.path"));
    edit->clear();
    QTest::keyClicks(edit, path(QStringLiteral("other.casebook")));
    auto *language = child<QComboBox>(QStringLiteral("settings.language"));
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));

    m_dialog->accept();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->databaseChanged());
    QVERIFY(m_dialog->languageChanged());
    QCOMPARE(m_settings->value(SettingsDialog::databaseUrlKey()).toString(),
             DatabaseUrl::sqlite(path(QStringLiteral("other.casebook"))).toString());
    QCOMPARE(m_settings->value(SettingsDialog::languageKey()).toString(), QStringLiteral("ru"));
}

// Issue 19: the colour choice is saved and the whole application follows it at once.
void TestSettingsDialog::darkColoursApplyWithoutARestart()
{
    auto *colours = child<QComboBox>(QStringLiteral("settings.colorScheme"));
    colours->setCurrentIndex(colours->findData(int(Appearance::Scheme::Dark)));
    QLabel probe(QStringLiteral("a label elsewhere in the application"));
    m_dialog->accept();
    QCOMPARE(m_settings->value(Appearance::settingsKey()).toString(), QStringLiteral("dark"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(probe.palette().color(QPalette::WindowText).lightness() > 200);
    makeDialog(DatabaseUrl::sqlite(path(QStringLiteral("current.casebook"))));
    QCOMPARE(child<QComboBox>(QStringLiteral("settings.colorScheme"))->currentData().toInt(),
             int(Appearance::Scheme::Dark));
    Appearance::apply(Appearance::Scheme::System);
}

void TestSettingsDialog::saveKeepsThePasswordOut()
{
    QTest::mouseClick(child<QRadioButton>(QStringLiteral("settings.engine.postgres")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.host")), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.user")), QStringLiteral("agent"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.password")), QStringLiteral("s3cret-words"));
    m_dialog->accept();
    QVERIFY(m_dialog->databaseChanged());
    QCOMPARE(m_dialog->databaseUrl()->password, QStringLiteral("s3cret-words"));
    const QString saved = m_settings->value(SettingsDialog::databaseUrlKey()).toString();
    QVERIFY(saved.startsWith(QStringLiteral("postgresql://agent@db.example.com")));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-words"));
}

void TestSettingsDialog::saveRefusesAnIncompleteForm()
{
    child<QLineEdit>(QStringLiteral("settings.sqlite.path"))->clear();
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("settings.testResult"))->text().isEmpty());
    QVERIFY(!m_settings->contains(SettingsDialog::databaseUrlKey()));
}

void TestSettingsDialog::keepsTheServerUrlOptions()
{
    // A team server that requires TLS checked against its CA: editing Settings keeps that.
    const Result<DatabaseUrl> url = DatabaseUrl::parse(
        QStringLiteral("postgresql://alice@db.example.com/support?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
                       "&application_name=front%20desk"));
    QVERIFY(url.ok());
    makeDialog(url.value());
    auto *options = child<QLineEdit>(QStringLiteral("settings.postgres.options"));
    QCOMPARE(options->text(),
             QStringLiteral("sslmode=verify-full sslrootcert=/etc/ssl/ca.pem application_name=front%20desk"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.database")), QStringLiteral("2"));
    m_dialog->accept();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Result<DatabaseUrl> saved =
        DatabaseUrl::parse(m_settings->value(SettingsDialog::databaseUrlKey()).toString());
    QVERIFY(saved.ok());
    QCOMPARE(saved->databaseName, QStringLiteral("support2"));
    QCOMPARE(saved->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(saved->option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/ca.pem"));
    QCOMPARE(saved->option(QStringLiteral("application_name")), QStringLiteral("front desk"));
}

void TestSettingsDialog::refusesAnUnknownOptionByName()
{
    QTest::mouseClick(child<QRadioButton>(QStringLiteral("settings.engine.postgres")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.host")), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.user")), QStringLiteral("agent"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("settings.postgres.options")),
                     QStringLiteral("sslmode=require  colour=blue"));
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(child<QLabel>(QStringLiteral("settings.testResult"))->text().contains(QStringLiteral("colour")),
             qPrintable(child<QLabel>(QStringLiteral("settings.testResult"))->text()));
    QVERIFY(!m_settings->contains(SettingsDialog::databaseUrlKey()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
