// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "appcontext.h"
#include "importcommand.h"
#include "linkforwarder.h"
#include "models/agents/session.h"
#include "models/bugreports/templatestore.h"
#include "models/crash/crashreport.h"
#include "models/demo/demogenerator.h"
#include "models/demo/demotimeshift.h"
#include "models/mail/mailservice.h"
#include "models/reminders/reminderscheduler.h"
#include "models/replies/cannedreplystore.h"
#include "models/storage/clock.h"
#include "models/storage/integritycheck.h"
#include "models/storage/migrator.h"
#include "models/tickets/lifecycle/lifecyclescheduler.h"
#include "models/tickets/ticketlink.h"
#include "models/vault/keychainkeystore.h"
#include "screenshots.h"
#include "startupprobe.h"
#include "views/common/appearance.h"
#include "views/common/offthread.h"
#include "views/common/prompts.h"
#include "views/common/readablecopyflow.h"
#include "views/mainwindow.h"
#include "views/notifications/trayicon.h"
#include "views/settings/firstrundialog.h"
#include "views/settings/settingsdialog.h"

#include <KSignalHandler>

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <climits>
#include <csignal>
#include <optional>

namespace Casebook {

namespace {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

QString defaultDatabaseFile()
{
    return dataFolder() + QStringLiteral("/casebook.casebook");
}

QString passwordAccount(const DatabaseUrl &url)
{
    return QStringLiteral("database-password/") + url.toString();
}

// The person at the desk of a local file: the computer's user name makes a good login.
QString deskLogin()
{
    QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed().toLower();
    return login.isEmpty() ? QStringLiteral("admin") : login;
}

// A report the last run left when it crashed is offered once, then kept under another name.
void offerCrashReport(QWidget *window)
{
    const QString pending = CrashReport::pendingReport(dataFolder());
    if (pending.isEmpty())
        return;
    const QString kept = CrashReport::markSeen(pending);
    Prompts::instance().showInformation(
        window, Application::tr("Casebook Closed Unexpectedly"),
        Application::tr("Casebook closed unexpectedly last time. A short report was saved as %1.\n\nIt holds the "
                        "version, where the program stopped and what it was busy with, never customer text or "
                        "secrets. Please attach it when you report the problem.")
            .arg(QDir::toNativeSeparators(kept)));
}

/// --now: the time the person asked for, running on as the system clock runs, so the
/// reminders of a scripted Friday evening come due as they would.
class StartedClock final : public Clock
{
public:
    explicit StartedClock(qint64 startMs)
        : m_offset(startMs - Clock::system().nowMs())
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return Clock::system().nowMs() + m_offset; }

private:
    qint64 m_offset;
};

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
{
    // No organisation name: data and settings live in plain "casebook" folders.
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    QGuiApplication::setApplicationDisplayName(tr("Casebook"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CASEBOOK_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" CASEBOOK_APP_ID ".svg")));
    m_settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("casebook"),
                                             QStringLiteral("casebook"));
}

Application::~Application() = default;

int Application::run(const QStringList &arguments)
{
    // A first parse picks the language; the help text is made again once it is loaded.
    CommandLine::Options options = CommandLine::parse(arguments);
    installTranslators(options.language.isEmpty() ? m_settings->value(SettingsDialog::languageKey()).toString()
                                                  : options.language);
    options = CommandLine::parse(arguments);
    QGuiApplication::setApplicationDisplayName(tr("Casebook"));

    switch (options.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        CommandLine::printLine(stdout, options.message);
        return 0;
    case CommandLine::Action::Fail:
        CommandLine::printLine(stderr, options.message);
        return 2;
    case CommandLine::Action::CheckTemplates:
        return checkTemplates(options.templates);
    case CommandLine::Action::RenderTemplate:
        return renderTemplateToPng(options.renderTemplate, options.screenshotDir);
    case CommandLine::Action::Migrate:
        return migrate(options);
    case CommandLine::Action::Import: {
        const Result<DatabaseUrl> url = chosenDatabase(options);
        if (!url) {
            CommandLine::printLine(stderr, url.error().message);
            return 2;
        }
        return runImportCommand(url.value(), options);
    }
    case CommandLine::Action::Report:
        return writeReport(options);
    case CommandLine::Action::Run:
        break;
    }
    m_headless = !options.screenshotDir.isEmpty();
    Appearance::apply(options.colorScheme.isEmpty() ? Appearance::load(*m_settings)
                                                    : Appearance::fromName(options.colorScheme));
    CrashReport::install(dataFolder(), CASEBOOK_VERSION);
    if (options.nowMs)
        m_clock = std::make_unique<StartedClock>(*options.nowMs);

    // R44: a link goes to the Casebook that already runs; this process then has nothing to do.
    m_linkForwarder = std::make_unique<LinkForwarder>(LinkForwarder::defaultServerName());
    if (!m_headless && !options.ticketLink.isEmpty() && m_linkForwarder->forward(options.ticketLink))
        return 0;

    if (!runFirstStart(options))
        return 0;
    const Result<DatabaseUrl> url = chosenDatabase(options);
    if (!url) {
        CommandLine::printLine(stderr, url.error().message);
        return 2;
    }
    std::unique_ptr<Database> database = openInteractively(url.value(), options.demo);
    if (!database)
        return 1;
    use(std::move(database));
    welcomeFirstPerson();

    showMainWindow();
    if (m_headless)
        return Screenshots::write(*m_window, *m_database, options.screenshotDir);
    // The first instance takes the links; a second one (another database) just runs without.
    // On macOS links come as QFileOpenEvents to whichever instance runs.
    m_linkForwarder->listen();
    connect(m_linkForwarder.get(), &LinkForwarder::linkReceived, this, &Application::openTicketLink);
    QCoreApplication::instance()->installEventFilter(m_linkForwarder.get());
    if (!options.ticketLink.isEmpty())
        QTimer::singleShot(0, this, [this, link = options.ticketLink] { openTicketLink(link); });
    QTimer::singleShot(0, this, [this] { offerCrashReport(m_window.get()); });
    quitOnTerminationSignals();
    return QApplication::exec();
}

void Application::installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const auto install = [this](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    };

    // Qt's own catalogue translates the standard buttons and dialogs.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qtTranslator));

    // English plural forms first, so that any language without a catalogue still reads well.
    auto english = std::make_unique<QTranslator>();
    if (english->load(QStringLiteral("casebook_en"), QStringLiteral(":/i18n")))
        install(std::move(english));

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        install(std::move(translator));
    else if (!language.isEmpty())
        CommandLine::printLine(stderr, tr("Casebook has no translation for \"%1\"; it speaks English.").arg(language));
}

void Application::quitOnTerminationSignals()
{
    KSignalHandler *handler = KSignalHandler::self();
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        handler->watchSignal(signal);
    // Queued: the handler runs in the event loop, never inside the signal itself.
    connect(
        handler, &KSignalHandler::signalReceived, this,
        [this](int) {
            if (m_window)
                m_window->close();
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

void Application::switchLanguage(const QString &language)
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    installTranslators(language);
    QGuiApplication::setApplicationDisplayName(tr("Casebook"));
    // Every text is set when a widget is built, so a new window is the simplest way to
    // speak the new language everywhere at once.
    m_window->saveWindowState();
    const MainWindow::Place place = m_window->place();
    m_tray.reset();
    m_window.reset();
    showMainWindow();
    m_window->returnTo(place);
}

Result<DatabaseUrl> Application::chosenDatabase(const CommandLine::Options &options) const
{
    Result<DatabaseUrl> url = [&]() -> Result<DatabaseUrl> {
        if (options.demo)
            return DatabaseUrl::sqlite(dataFolder() + QStringLiteral("/demo.casebook"));
        if (!options.database.isEmpty())
            return DatabaseUrl::parse(options.database);
        const QString saved = m_settings->value(SettingsDialog::databaseUrlKey()).toString();
        if (!saved.isEmpty())
            return DatabaseUrl::parse(saved);
        return DatabaseUrl::sqlite(defaultDatabaseFile());
    }();
    if (url) {
        url.value().takePasswordFromEnvironment();
        if (url.value().isPostgres() && url.value().password.isEmpty() && !m_headless)
            url.value().password = m_typedPassword.isEmpty() ? recallPassword(url.value()) : m_typedPassword;
    }
    return url;
}

Result<std::unique_ptr<Database>> Application::open(const DatabaseUrl &url, bool demo)
{
    Database::Options options;
    // Before anything writes to the file, and without freezing the window: a file of a few
    // gigabytes takes tens of seconds to check, and minutes on a busy disk.
    if (!url.isPostgres() && QFileInfo(url.path).size() > 0) {
        Result<IntegrityReport> checked = offThread(tr("Checking the database file…"), m_headless,
                                                    [path = url.path] { return IntegrityCheck::quickCheck(path); });
        if (!checked)
            return checked.error();
        options.integrity = std::move(checked).value();
        // An upgrade can rebuild every search index (minutes on a million tickets): it runs
        // on a connection of its own off the UI thread, under the same kind of progress
        // dialog, and the window's connection below then finds a current schema.
        const Result<bool> behind = options.integrity->isSound() ? Migrator::isSqliteFileBehind(url.path) : false;
        if (behind && behind.value()) {
            const Status upgraded = offThread(tr("Upgrading the database for this version of Casebook…"), m_headless,
                                              [url, options]() -> Status {
                                                  const auto upgrade = Database::open(url, options);
                                                  if (!upgrade)
                                                      return upgrade.error();
                                                  return Done{};
                                              });
            if (!upgraded)
                return upgraded.error();
        }
    }
    Result<std::unique_ptr<Database>> database = Database::open(url, options);
    if (!database)
        return database;
    // A damaged file is only read: nothing below may write to it.
    if (database.value()->isReadOnly())
        return database;
    // The demo first: it writes the shipped forms with the ids its reports refer to, exactly
    // as seeding would, so seeding after it finds nothing to do (before it, the ids clash).
    if (demo) {
        if (const Status filled = fillDemo(*database.value()); !filled)
            return filled.error();
        // The demo's "now" follows the real date: a demo opened next month is not a month late.
        if (const auto moved = DemoTimeShift::shiftToToday(*database.value(), clock().nowMs()); !moved)
            CommandLine::printLine(stderr, tr("The demo could not be moved to today: %1").arg(moved.error().message));
    }
    // The shipped bug-report forms follow the app's version; a team's edited copy stays.
    // A database this agent may not write to still opens: what was seeded earlier serves.
    if (const auto seeded = TemplateStore(*database.value()).seedBuiltins(); !seeded)
        CommandLine::printLine(
            stderr, tr("The shipped bug-report templates could not be stored: %1").arg(seeded.error().message));
    if (const auto seeded = CannedReplyStore(*database.value()).seedShipped(); !seeded)
        CommandLine::printLine(stderr,
                               tr("The shipped canned replies could not be stored: %1").arg(seeded.error().message));
    return database;
}

Status Application::fillDemo(Database &database)
{
    const Result<bool> populated = DemoGenerator::isPopulated(database);
    if (!populated)
        return populated.error();
    if (populated.value())
        return Done{};

    CommandLine::printLine(stderr, tr("Creating the demo database in %1…").arg(database.url().displayName()));
    std::unique_ptr<QProgressDialog> progress;
    if (!m_headless) {
        progress = std::make_unique<QProgressDialog>(tr("Creating the demo database…"), QString(), 0, 100);
        progress->setWindowModality(Qt::ApplicationModal);
        progress->setMinimumDuration(500);
    }
    const auto report = [&progress](qint64 done, qint64 total) {
        if (progress && total > 0)
            progress->setValue(int(done * 100 / total));
    };
    // The seed is the generator's documented default: every demo database is the same.
    return DemoGenerator::populate(database, DemoGenerator::demoSize(), 20261123, report);
}

std::unique_ptr<Database> Application::openInteractively(DatabaseUrl url, bool demo)
{
    for (;;) {
        Result<std::unique_ptr<Database>> opened = open(url, demo);
        if (opened)
            return std::move(opened).value();

        const Error &error = opened.error();
        const QString text = tr("Casebook could not open %1.\n\n%2").arg(url.displayName(), error.message);
        if (m_headless) {
            CommandLine::printLine(stderr, text);
            if (!error.detail.isEmpty())
                CommandLine::printLine(stderr, error.detail);
            return {};
        }
        Prompts::instance().showError(nullptr, tr("Cannot Open the Database"),
                                      text + u"\n\n" + tr("Choose another database in the Settings that follow."),
                                      error.detail);
        SettingsDialog dialog(m_settings.get(), url);
        dialog.showPage(SettingsDialog::Page::Database);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const Result<DatabaseUrl> chosen = dialog.databaseUrl();
        if (!chosen)
            return {};
        url = chosen.value();
        demo = false;
    }
}

void Application::use(std::unique_ptr<Database> database)
{
    m_tray.reset();
    m_window.reset();
    m_context.reset();
    m_database = std::move(database);
    m_context = AppContext::forDesktop(*m_database, m_settings.get(), m_clock.get());
    if (m_database->isReadOnly())
        return; // a damaged file: nothing that writes at start may run
    // Solved tickets close and silent pending ones are solved while the app is open (R32, R36).
    m_context->lifecycle().start();
    // Reminders are delivered by a desktop someone works at, not by a screenshot run; a
    // scripted run at a given moment (--now) delivers what is due by then, as a desk would.
    if (!m_headless || m_clock)
        m_context->reminders().start();
    // Mail is fetched and sent by a desktop someone works at; it stops with the context, on a
    // switch of database and at quit.
    if (!m_headless)
        m_context->mail().start();
}

const Clock &Application::clock() const
{
    return m_clock ? *m_clock : Clock::system();
}

void Application::showMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_context->services());
    connect(m_window.get(), &MainWindow::databaseChangeRequested, this, [this](const DatabaseUrl &url) {
        // Later: the window that asked is still inside its own signal and must not die there.
        QTimer::singleShot(0, this, [this, url] { reopen(url); });
    });
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, [this](const QString &language) {
        QTimer::singleShot(0, this, [this, language] { switchLanguage(language); });
    });
    connect(m_window.get(), &MainWindow::readableCopyRequested, this, &Application::copyReadable);
    if (!m_headless) {
        StartupProbe::watch(m_window->findChild<QAbstractItemView *>(QStringLiteral("inbox.table")));
        m_window->show();
        m_tray.reset();
        m_tray = std::make_unique<TrayIcon>(*m_window);
    }
}

void Application::reopen(const DatabaseUrl &url)
{
    Result<std::unique_ptr<Database>> opened = open(url, false);
    if (!opened) {
        Prompts::instance().showError(
            m_window.get(), tr("Cannot Open the Database"),
            tr("Casebook could not open %1.\n\n%2\n\nIt keeps using %3.")
                .arg(url.displayName(), opened.error().message, m_database->url().displayName()),
            opened.error().detail);
        return;
    }
    m_window->saveWindowState();
    use(std::move(opened).value());
    showMainWindow();
}

void Application::copyReadable()
{
    const auto copy = ReadableCopyFlow::run(m_window.get(), m_database->url().path, m_headless);
    if (copy)
        QTimer::singleShot(0, this, [this, url = *copy] { reopen(url); });
}

bool Application::runFirstStart(const CommandLine::Options &options)
{
    const bool chosen = !options.database.isEmpty() || options.demo
        || !m_settings->value(SettingsDialog::databaseUrlKey()).toString().isEmpty();
    if (m_headless || chosen || QFileInfo::exists(defaultDatabaseFile()))
        return true;
    FirstRunDialog dialog(defaultDatabaseFile());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const DatabaseUrl url = dialog.databaseUrl().value();
    m_settings->setValue(SettingsDialog::databaseUrlKey(), url.toString());
    m_settings->sync();
    if (dialog.rememberPassword())
        rememberPassword(url);
    m_typedPassword = url.password; // for this run, whatever the keychain says
    m_firstPersonName = dialog.personName();
    m_firstPersonEmail = dialog.personEmail();
    return true;
}

void Application::welcomeFirstPerson()
{
    Session &session = m_context->session();
    if (m_headless || m_database->isReadOnly() || !session.needsFirstPerson())
        return;
    QString name = m_firstPersonName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(nullptr, tr("Welcome to Casebook"),
                                     tr("This database has no people yet. You will be its first admin.\nYour name:"),
                                     QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    if (const Status became = session.becomeFirstAdmin(deskLogin(), name, m_firstPersonEmail); !became)
        Prompts::instance().showError(nullptr, tr("Cannot Add You"),
                                      tr("Casebook could not make you the first admin: %1").arg(became.error().message),
                                      became.error().detail);
}

void Application::rememberPassword(const DatabaseUrl &url) const
{
    const std::unique_ptr<KeychainBackend> keychain = makeOsKeychain(QStringLiteral(CASEBOOK_APP_ID));
    QEventLoop loop;
    QString problem;
    keychain->write(passwordAccount(url), Secret::fromText(url.password), &loop, [&](KeychainBackend::Reply reply) {
        if (reply.outcome != KeychainBackend::Outcome::Done)
            problem = reply.message;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::seconds(5), &loop, &QEventLoop::quit);
    loop.exec();
    if (!problem.isEmpty())
        Prompts::instance().showInformation(nullptr, tr("Password Not Remembered"),
                                            tr("The system keychain did not take the password (%1). Casebook will ask "
                                               "for it, or read CASEBOOK_PGPASSWORD, next time.")
                                                .arg(problem));
}

QString Application::recallPassword(const DatabaseUrl &url) const
{
    const std::unique_ptr<KeychainBackend> keychain = makeOsKeychain(QStringLiteral(CASEBOOK_APP_ID));
    QEventLoop loop;
    QString password;
    keychain->read(passwordAccount(url), &loop, [&](KeychainBackend::Reply reply) {
        if (reply.outcome == KeychainBackend::Outcome::Done)
            password = reply.data.toString();
        loop.quit();
    });
    // A keychain that never answers (a hung Secret Service) must not hold up the start.
    QTimer::singleShot(std::chrono::seconds(5), &loop, &QEventLoop::quit);
    loop.exec();
    return password;
}

void Application::openTicketLink(const QString &link)
{
    const std::optional<TicketId> ticket = TicketLink::parse(link);
    if (!ticket || !m_window)
        return;
    m_window->openTicket(*ticket);
}

} // namespace Casebook
