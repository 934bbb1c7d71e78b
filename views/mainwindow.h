// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/database.h"
#include "models/storage/ids.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <array>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace Casebook {

class AgentStore;
class CustomerEditor;
class CustomerImportDialog;
class ImportDialog;
class MailService;
class NewTicketDialog;
class NotificationModel;
class Session;
class SettingsDialog;
class TeamSettingsStore;
class VaultSession;

/**
 * The one window: a section list on the left (Inbox, Customers, Bug reports,
 * Proposals, Shifts, Analytics), the notification list as a dock, and a status bar naming the
 * open database and its connection state.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section { Inbox, Customers, BugReports, Proposals, Shifts, Analytics };
    Q_ENUM(Section)
    static constexpr std::array<Section, 6> Sections{Section::Inbox,     Section::Customers, Section::BugReports,
                                                     Section::Proposals, Section::Shifts,    Section::Analytics};

    /// A stable, untranslated name: objectName "section.<key>", screenshot file names.
    static QString sectionKey(Section section);

    /**
     * What the window works with, made by the application for one open database (and by
     * the tests, with a fake clock and keychain). None of it is owned by the window, and
     * all of it outlives the window.
     */
    struct Services
    {
        Database &database;
        QSettings *settings; ///< read and written by the Settings dialog
        Session &session; ///< who works here, on which clock
        VaultSession &vault; ///< the access vault, shared by every VaultPanel
        TeamSettingsStore &teamSettings;
        AgentStore &agents;
        MailService &mail; ///< the mail channel: Check Mail Now, its problems, the Mail settings
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;
    [[nodiscard]] QWidget *sectionWidget(Section section) const;
    /// Who works at this window, on which database.
    [[nodiscard]] Session &session() const { return *m_session; }
    /// The access vault of this window's database, shared by every VaultPanel in it.
    [[nodiscard]] VaultSession &vaultSession() const { return *m_vault; }

    /// A Settings dialog for this window, not yet shown; the caller owns it.
    [[nodiscard]] SettingsDialog *createSettingsDialog();

    /// R44: brings the window forward on the Inbox and announces ticketLinkOpened().
    void openTicket(Casebook::TicketId ticket);
    /// Follows a casebook:// link to a ticket, a bug report or a proposal.
    void openLink(const QUrl &url);
    /// File > New Ticket: opens the window's one New Ticket dialog (with its draft) and returns it.
    NewTicketDialog *openNewTicket();
    /// New Customer (an invalid id) or Edit Customer: opens the editor and returns it.
    CustomerEditor *openCustomerEditor(Casebook::CustomerId customer);
    /// File > Import Customers: opens the CSV import and returns it.
    CustomerImportDialog *openCustomerImport();
    /// File > Import History…: tickets from Zendesk, a CSV file or a mail archive.
    ImportDialog *openHistoryImport();

    /// The agent's notifications (the list in the dock; the tray and desktop popups follow it).
    [[nodiscard]] NotificationModel *notifications() const { return m_notifications; }

    /// Remembers size, docks and section, so that the next window starts the same.
    void saveWindowState();

    /// Where the agent is at work beyond what saveWindowState() keeps: the ticket open in
    /// the inbox and the typed search. A window rebuilt in another language returns to it.
    struct Place
    {
        TicketId ticket;
        QString search;
        bool searchEverywhere = false;
    };
    [[nodiscard]] Place place() const;
    void returnTo(const Place &place);

Q_SIGNALS:
    /// Settings were saved with another database and the person wants it opened now.
    void databaseChangeRequested(const Casebook::DatabaseUrl &url);
    /// Settings were saved with another language: "", "en" or "ru" ("" follows the system).
    void languageChangeRequested(const QString &language);
    /// R44: a casebook://ticket/N link asked for this ticket (from another process too).
    void ticketLinkOpened(Casebook::TicketId ticket);
    /// The database file is damaged (open read-only) and the person asked for a copy of
    /// what can still be read.
    void readableCopyRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSections();
    /// Signals between sections: replies offered from bug reports, reports asked from tickets.
    void connectSections();
    void refreshSectionDetails();
    void createActions();
    void createNotificationDock();
    void createStatusBar();
    /// File > Check Mail Now and the status bar's word on the mail channel.
    void createMailActions(QMenu *fileMenu);
    void updateConnectionState(Database::State state, const QString &reason);
    /// Hands drafts kept on this computer while the database was away to the database.
    void saveLocalDrafts();
    SettingsDialog *openSettings();
    /// Settings opened on the Mail page (the empty inbox's Connect a Mailbox…).
    void openMailSettings();
    void settingsFinished(SettingsDialog *dialog, int result);
    void showAbout();

    Database *m_database = nullptr;
    QSettings *m_settings = nullptr;
    Session *m_session = nullptr;
    VaultSession *m_vault = nullptr;
    TeamSettingsStore *m_teamSettings = nullptr;
    AgentStore *m_agents = nullptr;
    MailService *m_mail = nullptr;
    QLabel *m_mailLabel = nullptr;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_sections = nullptr;
    std::array<QAction *, Sections.size()> m_sectionActions{};
    NotificationModel *m_notifications = nullptr;
    QDockWidget *m_notificationDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_banner = nullptr; ///< says plainly that the database is away
    QTimer *m_refreshTimer = nullptr;
    QPointer<NewTicketDialog> m_newTicket;
};

} // namespace Casebook
