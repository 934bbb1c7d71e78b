// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "bugreportspage.h"
#include "connectiontest.h"
#include "mailpage.h"
#include "peoplepage.h"
#include "shortcutspage.h"
#include "teampage.h"
#include "vaultpage.h"

#include "models/bugreports/bugroutingmodel.h"
#include "models/storage/database.h"
#include "views/common/appearance.h"
#include "views/common/prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Casebook {

QString SettingsDialog::databaseUrlKey()
{
    return QStringLiteral("database/url");
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

SettingsDialog::SettingsDialog(QSettings *settings, const DatabaseUrl &current, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_current(current)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settings.pages"));
    m_tabs->addTab(createDatabasePage(), tr("Database"));
    m_tabs->addTab(createLanguagePage(), tr("Language"));
    m_shortcuts = new ShortcutsPage(m_tabs);
    m_tabs->addTab(m_shortcuts, tr("Shortcuts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settings.buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    load(current);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addTeamPage(Session &session, TeamSettingsStore &settings)
{
    if (m_team)
        return;
    m_team = new TeamPage(session, settings, m_tabs);
    m_tabs->addTab(m_team, tr("Team"));
}

void SettingsDialog::addBugReportsPage(Session &session)
{
    if (m_tabs->findChild<BugReportsPage *>())
        return;
    m_tabs->addTab(new BugReportsPage(new BugRoutingModel(session), m_tabs), tr("Bug Reports"));
}

void SettingsDialog::addPeoplePage(PeopleModel &people)
{
    if (m_people)
        return;
    m_people = new PeoplePage(people, m_tabs);
    m_tabs->addTab(m_people, tr("People"));
}

void SettingsDialog::addMailPage(MailAccountsModel &accounts)
{
    if (m_mail)
        return;
    m_mail = new MailPage(accounts, m_tabs);
    m_tabs->addTab(m_mail, tr("Mail"));
    resize(size().expandedTo(sizeHint()));
}

void SettingsDialog::addVaultPage(VaultSession &vault)
{
    if (m_tabs->findChild<VaultPage *>())
        return;
    m_tabs->addTab(new VaultPage(vault, m_tabs), tr("Vault"));
}

QWidget *SettingsDialog::createDatabasePage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("settings.page.database"));

    m_sqliteButton = new QRadioButton(tr("An SQLite &file on this computer"), page);
    m_sqliteButton->setObjectName(QStringLiteral("settings.engine.sqlite"));
    m_postgresButton = new QRadioButton(tr("A Postgre&SQL server shared by the team"), page);
    m_postgresButton->setObjectName(QStringLiteral("settings.engine.postgres"));

    m_sqliteBox = new QGroupBox(page);
    m_sqliteBox->setFlat(true);
    m_path = new QLineEdit(m_sqliteBox);
    m_path->setObjectName(QStringLiteral("settings.sqlite.path"));
    m_path->setPlaceholderText(tr("Path to a .casebook file"));
    m_browse = new QPushButton(tr("&Browse…"), m_sqliteBox);
    m_browse->setObjectName(QStringLiteral("settings.sqlite.browse"));
    auto *sqliteHint = new QLabel(tr("For one person, or for trying Casebook out. "
                                     "A new file is created when none exists."),
                                  m_sqliteBox);
    sqliteHint->setWordWrap(true);
    sqliteHint->setForegroundRole(QPalette::PlaceholderText);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_browse);
    auto *sqliteLayout = new QVBoxLayout(m_sqliteBox);
    sqliteLayout->setContentsMargins(24, 0, 0, 0);
    sqliteLayout->addLayout(pathRow);
    sqliteLayout->addWidget(sqliteHint);

    m_postgresBox = new QGroupBox(page);
    m_postgresBox->setFlat(true);
    m_fields = ServerFields::create(QStringLiteral("settings.postgres."), m_postgresBox);
    auto *passwordHint = new QLabel(tr("The password is never saved. When Casebook starts, it reads it "
                                       "from the CASEBOOK_PGPASSWORD environment variable."),
                                    m_postgresBox);
    passwordHint->setWordWrap(true);
    passwordHint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(m_postgresBox);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Host:"), m_fields.host);
    form->addRow(tr("P&ort:"), m_fields.port);
    form->addRow(tr("&User:"), m_fields.user);
    form->addRow(tr("&Database:"), m_fields.databaseName);
    form->addRow(tr("Pass&word:"), m_fields.password);
    form->addRow(tr("Connection o&ptions:"), m_fields.options);
    form->addRow(QString(), passwordHint);

    m_test = new ConnectionTest([this] { return databaseUrl(); }, QStringLiteral("settings"), page);
    connect(m_test, &ConnectionTest::tested, this, &SettingsDialog::connectionTested);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Where Casebook keeps tickets, customers and everything else:"), page));
    layout->addWidget(m_sqliteButton);
    layout->addWidget(m_sqliteBox);
    layout->addWidget(m_postgresButton);
    layout->addWidget(m_postgresBox);
    layout->addSpacing(8);
    layout->addWidget(m_test);
    layout->addStretch();

    connect(m_sqliteButton, &QRadioButton::toggled, this, &SettingsDialog::updateEngine);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    // A result shown for other values would mislead.
    for (QLineEdit *edit : m_fields.edits() << m_path)
        connect(edit, &QLineEdit::textEdited, m_test, &ConnectionTest::clear);
    return page;
}

QWidget *SettingsDialog::createLanguagePage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("settings.page.language"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settings.language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language is named in itself, so that a person can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    auto *hint = new QLabel(tr("The window changes to the new language when you save."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_colorScheme = new QComboBox(page);
    m_colorScheme->setObjectName(QStringLiteral("settings.colorScheme"));
    m_colorScheme->addItem(tr("Same as the system"), int(Appearance::Scheme::System));
    m_colorScheme->addItem(tr("Light"), int(Appearance::Scheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(Appearance::Scheme::Dark));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint);
    form->addRow(tr("&Colours:"), m_colorScheme);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void SettingsDialog::load(const DatabaseUrl &current)
{
    const bool postgres = current.isPostgres();
    m_sqliteButton->setChecked(!postgres);
    m_postgresButton->setChecked(postgres);
    if (postgres) {
        m_fields.setUrl(current);
    } else {
        m_path->setText(QDir::toNativeSeparators(current.path));
    }
    const int index = m_language->findData(m_settings->value(languageKey()).toString());
    m_language->setCurrentIndex(qMax(0, index));
    const int scheme = m_colorScheme->findData(int(Appearance::load(*m_settings)));
    m_colorScheme->setCurrentIndex(qMax(0, scheme));
    updateEngine();
}

void SettingsDialog::showPage(Page page)
{
    switch (page) {
    case Page::Database:
        m_tabs->setCurrentIndex(0);
        break;
    case Page::Language:
        m_tabs->setCurrentIndex(1);
        break;
    case Page::Shortcuts:
        m_tabs->setCurrentWidget(m_shortcuts);
        break;
    case Page::Team:
        if (m_team)
            m_tabs->setCurrentWidget(m_team);
        break;
    case Page::People:
        if (m_people)
            m_tabs->setCurrentWidget(m_people);
        break;
    case Page::Mail:
        if (m_mail)
            m_tabs->setCurrentWidget(m_mail);
        break;
    }
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

Result<DatabaseUrl> SettingsDialog::databaseUrl() const
{
    if (m_sqliteButton->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return Error{Error::Kind::Invalid, tr("Choose the database file."), {}};
        return DatabaseUrl::sqlite(QDir::fromNativeSeparators(path));
    }
    Result<DatabaseUrl> fields = m_fields.url();
    if (!fields)
        return fields.error();
    DatabaseUrl url = *fields;
    if (url.host.isEmpty())
        return Error{Error::Kind::Invalid, tr("Enter the server's host name."), {}};
    url.takePasswordFromEnvironment();
    return url;
}

void SettingsDialog::updateEngine()
{
    const bool sqlite = m_sqliteButton->isChecked();
    m_sqliteBox->setEnabled(sqlite);
    m_postgresBox->setEnabled(!sqlite);
    m_test->clear();
}

void SettingsDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    const QString chosen = Prompts::instance().databaseFileName(this, tr("Choose a Casebook Database"), start);
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_test->clear();
}

void SettingsDialog::accept()
{
    const Result<DatabaseUrl> url = databaseUrl();
    if (!url) {
        showPage(Page::Database);
        m_test->showMessage(url.error().message, true);
        return;
    }
    if (m_team) {
        if (auto applied = m_team->apply(); !applied) {
            showPage(Page::Team);
            return;
        }
    }
    const QString urlText = url.value().toString();
    m_databaseChanged = urlText != m_current.toString();
    // Saved only on a change: a database given on the command line stays a one-off.
    if (m_databaseChanged)
        m_settings->setValue(databaseUrlKey(), urlText);

    m_languageChanged = language() != m_settings->value(languageKey()).toString();
    m_settings->setValue(languageKey(), language());
    // Colours change at once, without a restart.
    const auto scheme = Appearance::Scheme(m_colorScheme->currentData().toInt());
    if (scheme != Appearance::load(*m_settings)) {
        Appearance::save(*m_settings, scheme);
        Appearance::apply(scheme);
    }
    m_shortcuts->apply();
    m_settings->sync();
    QDialog::accept();
}

} // namespace Casebook
