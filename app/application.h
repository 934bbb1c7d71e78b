// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "models/storage/database.h"

#include <QObject>

#include <memory>
#include <vector>

class QSettings;
class QTranslator;

namespace Casebook {

class AppContext;
class Clock;
class LinkForwarder;
class MainWindow;
class TrayIcon;

/**
 * The composition root: reads the command line and the settings, loads the
 * translations, opens and seeds the database, builds what serves it (AppContext: session,
 * vault, clock, stores, lifecycle scheduler) and hands that to the main window.
 */
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    /// Call after QApplication exists.
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    /// The process exit code.
    int run(const QStringList &arguments);

private:
    void installTranslators(const QString &language);
    void switchLanguage(const QString &language);
    [[nodiscard]] Result<DatabaseUrl> chosenDatabase(const CommandLine::Options &options) const;
    [[nodiscard]] Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, bool demo);
    [[nodiscard]] Status fillDemo(Database &database);
    /// Opens `url`; on failure explains why and lets the person pick another one.
    [[nodiscard]] std::unique_ptr<Database> openInteractively(DatabaseUrl url, bool demo);
    /// Works on `database` from now on: closes the window and what served the old one, and
    /// builds the services for this one (AppContext).
    void use(std::unique_ptr<Database> database);
    void showMainWindow();
    /// SIGTERM (a logout, `kill`), SIGINT and SIGHUP close the window and quit the way its
    /// close button does: drafts and window state saved, the database closed clean (so a
    /// large file is not checked again at the next start).
    void quitOnTerminationSignals();
    void reopen(const DatabaseUrl &url);
    /// The database file is damaged: copies what can be read into a new file the person
    /// names, says what was lost, and offers to open the copy.
    void copyReadable();
    /// --check-template: validates each file, prints its problems, opens no database.
    [[nodiscard]] static int checkTemplates(const QStringList &files);
    /// --render-template FILE --screenshot DIR: the hook the bug-report form view fills in.
    [[nodiscard]] int renderTemplateToPng(const QString &file, const QString &folder);
    /// --migrate --database URL: installs or upgrades the schema, opens no window.
    [[nodiscard]] int migrate(const CommandLine::Options &options) const;
    /// --report month: writes the monthly review into --out; the exit code.
    [[nodiscard]] int writeReport(const CommandLine::Options &options) const;
    /// The first start (no database chosen yet): local file or team server, and who is at
    /// the desk. False when the person quit instead.
    [[nodiscard]] bool runFirstStart(const CommandLine::Options &options);
    /// On a database without people, the person at the desk becomes its first admin.
    void welcomeFirstPerson();
    /// A team server's password in the OS keychain (QtKeychain, as the vault's key).
    void rememberPassword(const DatabaseUrl &url) const;
    [[nodiscard]] QString recallPassword(const DatabaseUrl &url) const;
    /// R44: shows the ticket a casebook://ticket/N link names.
    void openTicketLink(const QString &link);
    [[nodiscard]] const Clock &clock() const;

    bool m_headless = false;
    QString m_firstPersonName; ///< typed at the first start
    QString m_firstPersonEmail;
    QString m_typedPassword; ///< typed at the first start, used for this run
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LinkForwarder> m_linkForwarder;
    std::unique_ptr<Clock> m_clock; ///< --now: started there; otherwise the system clock
    // In order of use: the window uses the context, which uses the database; so they go
    // in the opposite order.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray; ///< after the window: it goes first
};

} // namespace Casebook
