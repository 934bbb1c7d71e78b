// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"
#include "views/settings/serverfields.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace Casebook {

class ConnectionTest;
class MailAccountsModel;
class MailPage;
class PeopleModel;
class PeoplePage;
class Session;
class TeamPage;
class TeamSettingsStore;
class VaultSession;

class ShortcutsPage;

/**
 * Where the data lives and which language the window speaks. Reads and writes the
 * QSettings it is given (tests pass a temporary one); the password is never saved.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Database, Language, Shortcuts, Team, People, Mail };

    /// Setting keys, shared with the application that reads them at start.
    static QString databaseUrlKey();
    static QString languageKey();

    /// `current` is the database in use; the form starts from it.
    explicit SettingsDialog(QSettings *settings, const DatabaseUrl &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    /// Adds the Team page (the playbook's shared numbers) for the agent at this desktop.
    void addTeamPage(Session &session, TeamSettingsStore &settings);
    /// Adds the Bug reports page: product areas and owners (R29), severity routes (R28).
    void addBugReportsPage(Session &session);
    /// Adds the People page: everyone on this database, managed by admins.
    void addPeoplePage(PeopleModel &people);
    /// Adds the Mail page: the team's mailboxes, edited by leads.
    void addMailPage(MailAccountsModel &accounts);
    /// Adds the Vault page: the team vault is set up there once, and locked or forgotten here.
    void addVaultPage(VaultSession &vault);

    /// The database the form describes, including a typed password; invalid when incomplete.
    [[nodiscard]] Result<DatabaseUrl> databaseUrl() const;
    /// True once accepted with a database other than the one in use.
    [[nodiscard]] bool databaseChanged() const { return m_databaseChanged; }
    /// True once accepted with a language other than the saved one.
    [[nodiscard]] bool languageChanged() const { return m_languageChanged; }
    /// "", "en" or "ru"; empty follows the system.
    [[nodiscard]] QString language() const;

    void accept() override;

Q_SIGNALS:
    /// A "Test connection" finished; the same text is shown in the dialog.
    void connectionTested(bool ok, const QString &text);

private:
    QWidget *createDatabasePage();
    QWidget *createLanguagePage();
    void load(const DatabaseUrl &current);
    void updateEngine();
    void browse();

    QSettings *m_settings = nullptr;
    TeamPage *m_team = nullptr;
    PeoplePage *m_people = nullptr;
    MailPage *m_mail = nullptr;
    DatabaseUrl m_current;
    bool m_databaseChanged = false;
    bool m_languageChanged = false;

    QTabWidget *m_tabs = nullptr;
    QRadioButton *m_sqliteButton = nullptr;
    QRadioButton *m_postgresButton = nullptr;
    QGroupBox *m_sqliteBox = nullptr;
    QGroupBox *m_postgresBox = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    ServerFields m_fields;
    ConnectionTest *m_test = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_colorScheme = nullptr; ///< Appearance::Scheme, applied on save
    ShortcutsPage *m_shortcuts = nullptr;
};

} // namespace Casebook
