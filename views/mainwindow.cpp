// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "models/agents/agentstore.h"
#include "models/agents/peoplemodel.h"
#include "models/agents/session.h"
#include "models/analytics/analyticsmodel.h"
#include "models/customers/customercardmodel.h"
#include "models/drafts/draftstore.h"
#include "models/mail/mailaccountsmodel.h"
#include "models/mail/mailservice.h"
#include "models/reminders/notificationmodel.h"
#include "models/shifts/rosterweekmodel.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/tickets/search/quickfind.h"
#include "models/vault/vaultsession.h"
#include "views/analytics/analyticssection.h"
#include "views/bugreports/bugreportsview.h"
#include "views/common/commandpalette.h"
#include "views/common/emptystate.h"
#include "views/common/icons.h"
#include "views/common/prompts.h"
#include "views/common/readonlybanner.h"
#include "views/common/shortcuts.h"
#include "views/customers/customercard.h"
#include "views/customers/customersview.h"
#include "views/proposals/proposalssection.h"
#include "views/replies/cannedrepliesdialog.h"
#include "views/settings/settingsdialog.h"
#include "views/shifts/shiftsview.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"
#include "views/tickets/triage/triagepanel.h"
#include "views/vault/vaultpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Casebook {

namespace {

struct SectionText
{
    QString title;
    QString purpose;
    QString state;
};

// The wording says what the section is for and what this version does with it, so
// that an empty page is never mistaken for an empty database.
SectionText sectionText(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::Inbox:
        return {MainWindow::tr("Inbox"),
                MainWindow::tr("Customer tickets from every channel, newest first, with their status, "
                               "assignee and the time each answer is due."),
                {}}; // the inbox lists them itself
    case MainWindow::Section::Customers:
        return {MainWindow::tr("Customers"),
                MainWindow::tr("Each customer's card: licence, tier and support profile, their tickets and "
                               "the team's private notes about them."),
                MainWindow::tr("This version of Casebook cannot show customer cards yet.")};
    case MainWindow::Section::BugReports:
        return {MainWindow::tr("Bug Reports"),
                MainWindow::tr("Bug reports the team writes from tickets with the project's templates, "
                               "ready to send to the issue tracker."),
                MainWindow::tr("This version of Casebook cannot write or list bug reports yet.")};
    case MainWindow::Section::Proposals:
        return {MainWindow::tr("Proposals"),
                MainWindow::tr("Ideas and feature requests on one board, each with the customers and "
                               "tickets that asked for it."),
                MainWindow::tr("This version of Casebook cannot show the proposal board yet.")};
    case MainWindow::Section::Shifts:
        return {MainWindow::tr("Shifts"),
                MainWindow::tr("The team's roster: who is on shift now, when each shift ends and the next "
                               "working time in the team's time zone."),
                MainWindow::tr("This version of Casebook cannot show or edit the roster yet.")};
    case MainWindow::Section::Analytics:
        return {MainWindow::tr("Analytics"),
                MainWindow::tr("The playbook's numbers as charts: tagging, top tags, response times, volume, "
                               "load and bug reports, for a week, a month or a quarter."),
                {}};
    }
    Q_UNREACHABLE_RETURN({});
}

QIcon sectionIcon(MainWindow::Section section)
{
    return paletteIcon(MainWindow::sectionKey(section), QApplication::palette());
}

QString databaseDescription(const DatabaseUrl &url)
{
    //: %1 is user@host:port/database
    return url.isPostgres() ? MainWindow::tr("PostgreSQL server %1").arg(url.displayName())
                            //: %1 is the path of the database file
                            : MainWindow::tr("SQLite file %1").arg(url.displayName());
}

} // namespace

QString MainWindow::sectionKey(Section section)
{
    switch (section) {
    case Section::Inbox:
        return QStringLiteral("inbox");
    case Section::Customers:
        return QStringLiteral("customers");
    case Section::BugReports:
        return QStringLiteral("bugreports");
    case Section::Proposals:
        return QStringLiteral("proposals");
    case Section::Shifts:
        return QStringLiteral("shifts");
    case Section::Analytics:
        return QStringLiteral("analytics");
    }
    Q_UNREACHABLE_RETURN({});
}

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_database(&services.database)
    , m_settings(services.settings)
    , m_session(&services.session)
    , m_vault(&services.vault)
    , m_teamSettings(&services.teamSettings)
    , m_agents(&services.agents)
    , m_mail(&services.mail)
    , m_sectionList(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_notifications(new NotificationModel(*m_session, this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebook"));
    ShortcutRegistry::instance()->setSettings(m_settings); // before any section registers its keys
    KeyGuard::install(this);
    createSections();
    createActions();
    createNotificationDock();
    createStatusBar();

    restoreGeometry(m_settings->value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("ui/state")).toByteArray());
    // Saved by key, not index, so that a section added later does not shift the others.
    const QString saved = m_settings->value(QStringLiteral("ui/section")).toString();
    const auto found = std::find_if(Sections.cbegin(), Sections.cend(),
                                    [&saved](Section section) { return sectionKey(section) == saved; });
    showSection(found != Sections.cend() ? *found : Section::Inbox);
}

MainWindow::~MainWindow() = default;

void MainWindow::createSections()
{
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Sections"));
    m_sectionList->setIconSize(QSize(24, 24));
    m_sectionList->setSpacing(2);
    m_sectionList->setFrameShape(QFrame::NoFrame);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setObjectName(QStringLiteral("sections"));

    for (const Section section : Sections) {
        const SectionText text = sectionText(section);
        auto *item = new QListWidgetItem(sectionIcon(section), text.title, m_sectionList);
        item->setData(Qt::UserRole, sectionKey(section));

        QWidget *page = nullptr;
        if (section == Section::Inbox) {
            auto *inbox = new InboxSection(*m_session, *m_vault, m_sections);
            connect(inbox, &InboxSection::newTicketRequested, this, [this] { openNewTicket(); });
            connect(inbox, &InboxSection::newCustomerRequested, this, [this] { openCustomerEditor({}); });
            connect(inbox, &InboxSection::importHistoryRequested, this, [this] { openHistoryImport(); });
            connect(inbox, &InboxSection::importCustomersRequested, this, [this] { openCustomerImport(); });
            connect(inbox, &InboxSection::connectMailboxRequested, this, &MainWindow::openMailSettings);
            page = inbox;
        } else if (section == Section::Customers) {
            auto *customers = new CustomersView(*m_session, m_vault, m_sections);
            customers->card()->addPanel(new VaultPanel(*customers->cardModel()->accesses()), tr("Accesses"));
            connect(customers, &CustomersView::newCustomerRequested, this, [this] { openCustomerEditor({}); });
            connect(customers, &CustomersView::editCustomerRequested, this, &MainWindow::openCustomerEditor);
            page = customers;
        } else if (section == Section::BugReports) {
            page = new BugReportsView(*m_session, m_sections);
        } else if (section == Section::Proposals) {
            page = new ProposalsSection(*m_session, m_sections);
        } else if (section == Section::Shifts) {
            page = new ShiftsView(*m_session, new RosterWeekModel(*m_session, this), m_sections);
        } else if (section == Section::Analytics) {
            page = new AnalyticsSection(new AnalyticsModel(*m_database, m_session->clock(), this), m_session->agentId(),
                                        m_sections);
        } else {
            auto *empty = new EmptyState(m_sections);
            empty->setIcon(sectionIcon(section));
            empty->setTitle(text.title);
            empty->setText(text.purpose);
            page = empty;
        }
        page->setObjectName(u"section." + sectionKey(section));
        m_sections->addWidget(page);
    }
    connectSections();
    refreshSectionDetails();
    m_sectionList->setFixedWidth(m_sectionList->sizeHintForColumn(0) + 32);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(Sections.size()))
            showSection(Sections.at(row));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sectionList);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);
}

void MainWindow::connectSections()
{
    auto *inbox = qobject_cast<InboxSection *>(sectionWidget(Section::Inbox));
    auto *reports = qobject_cast<BugReportsView *>(sectionWidget(Section::BugReports));
    if (!inbox || !reports)
        return;
    reports->setVaultStore(&m_vault->store());
    // R26, R41: a verdict or a stage drafts the customer's update on the report's ticket.
    connect(reports, &BugReportsView::replyOffered, this, [this, inbox](TicketId ticket, const QString &key) {
        openTicket(ticket);
        inbox->ticketView()->offerReply(key);
    });
    // A bar of a chart lists its tickets in the inbox.
    if (auto *analytics = qobject_cast<AnalyticsSection *>(sectionWidget(Section::Analytics))) {
        connect(analytics, &AnalyticsSection::ticketsRequested, this, [this, inbox](const QString &query) {
            showSection(Section::Inbox);
            inbox->inbox()->showSearch(query);
        });
    }
    // A proposal's request opens its ticket.
    if (auto *proposals = qobject_cast<ProposalsSection *>(sectionWidget(Section::Proposals)))
        connect(proposals, &ProposalsSection::ticketOpenRequested, this, &MainWindow::openTicket);
    // R12: a critical ticket opens a bug report prefilled from it, with the names of the
    // customer's accesses (never their secrets).
    connect(inbox->sidebar(), &TicketSidebar::bugReportRequested, reports,
            [reports](TicketId ticket) { reports->newReport(ticket); });
    connect(inbox, &InboxSection::bugReportRequested, reports,
            [reports](TicketId ticket) { reports->newReport(ticket); });
    connect(inbox, &InboxSection::linkActivated, this, &MainWindow::openLink);
}

void MainWindow::refreshSectionDetails()
{
    QString agents;
    if (const auto team = m_agents->agents())
        agents = tr("The team has %n active agent(s).", nullptr, int(team->size()));

    //: %1 names the database, for example "SQLite file /home/anna/casebook.casebook"
    const QString database = tr("Open database: %1").arg(databaseDescription(m_database->url()));
    for (const Section section : Sections) {
        QStringList lines{sectionText(section).state};
        if (section == Section::Shifts && !agents.isEmpty())
            lines.append(agents);
        lines.append(database);
        if (auto *empty = qobject_cast<EmptyState *>(sectionWidget(section)))
            empty->setDetail(lines.join(u'\n'));
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newTicket = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Ticket…"));
    newTicket->setObjectName(QStringLiteral("action.newTicket"));
    newTicket->setToolTip(tr("A ticket typed in by hand: a call, a chat, a visit or a message of your own"));
    connect(newTicket, &QAction::triggered, this, [this] { openNewTicket(); });
    ShortcutRegistry::instance()->add(newTicket, QStringLiteral("app.newTicket"), QKeySequence(Qt::CTRL | Qt::Key_N));
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(newTicket);
    QAction *newCustomer = fileMenu->addAction(tr("New C&ustomer…"));
    newCustomer->setObjectName(QStringLiteral("action.newCustomer"));
    connect(newCustomer, &QAction::triggered, this, [this] { openCustomerEditor({}); });
    toolBar->addAction(newCustomer);
    QAction *importCustomers = fileMenu->addAction(tr("&Import Customers…"));
    importCustomers->setObjectName(QStringLiteral("action.importCustomers"));
    connect(importCustomers, &QAction::triggered, this, [this] { openCustomerImport(); });
    QAction *importHistory = fileMenu->addAction(tr("Import &History…"));
    importHistory->setObjectName(QStringLiteral("action.importHistory"));
    connect(importHistory, &QAction::triggered, this, [this] { openHistoryImport(); });
    createMailActions(fileMenu);
    fileMenu->addSeparator();
    QAction *settings = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"));
    settings->setObjectName(QStringLiteral("action.settings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *replies = fileMenu->addAction(tr("Canned &Replies…"));
    replies->setObjectName(QStringLiteral("action.cannedReplies"));
    connect(replies, &QAction::triggered, this, [this] { CannedRepliesDialog::showFor(*m_session, this); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("action.quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (std::size_t i = 0; i < Sections.size(); ++i) {
        const Section section = Sections.at(i);
        QAction *action = viewMenu->addAction(sectionIcon(section), sectionText(section).title);
        action->setObjectName(u"action.section." + sectionKey(section));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        m_sectionActions.at(i) = action;
    }
    viewMenu->addSeparator();
    auto *palette = new CommandPalette(this);
    QAction *command = viewMenu->addAction(tr("Command &Palette…"));
    command->setObjectName(QStringLiteral("action.commandPalette"));
    connect(command, &QAction::triggered, palette, &CommandPalette::popup);
    palette->setFinder(new QuickFind(*m_database, m_session->clock(), palette));
    connect(palette, &CommandPalette::ticketRequested, this, &MainWindow::openTicket);
    connect(palette, &CommandPalette::customerRequested, this, [this](CustomerId customer) {
        if (auto *customers = qobject_cast<CustomersView *>(sectionWidget(Section::Customers))) {
            showSection(Section::Customers);
            customers->showCustomer(customer);
        }
    });
    ShortcutRegistry::instance()->add(
        command, QStringLiteral("app.commandPalette"),
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    viewMenu->addSeparator();
    // R13: any ticket's request goes on the proposal board; the weekly review of the board.
    QAction *addProposal = viewMenu->addAction(tr("Add Ticket to &Proposals…"));
    addProposal->setObjectName(QStringLiteral("ticket.addToProposals"));
    connect(addProposal, &QAction::triggered, this, [this] {
        if (auto *inbox = qobject_cast<InboxSection *>(sectionWidget(Section::Inbox))) {
            showSection(Section::Inbox);
            inbox->sidebar()->triage()->addToProposals();
        }
    });
    QAction *review = viewMenu->addAction(tr("Review &Proposals…"));
    review->setObjectName(QStringLiteral("proposals.review"));
    connect(review, &QAction::triggered, this, [this] {
        if (auto *proposals = qobject_cast<ProposalsSection *>(sectionWidget(Section::Proposals))) {
            showSection(Section::Proposals);
            proposals->startReview();
        }
    });
    viewMenu->addSeparator();
    m_viewMenu = viewMenu;

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Casebook"));
    about->setObjectName(QStringLiteral("action.about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(statusBar());
    m_databaseLabel->setObjectName(QStringLiteral("status.database"));
    //: Status bar; %1 is for example "SQLite file /home/anna/casebook.casebook"
    m_databaseLabel->setText(tr("Database: %1").arg(databaseDescription(m_database->url())));
    m_databaseLabel->setToolTip(m_database->url().toString());
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionLabel = new QLabel(statusBar());
    m_connectionLabel->setObjectName(QStringLiteral("status.connection"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);

    // While the database is away the window says so above everything, not only down here.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner.connection"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();
    auto *framed = new QWidget(this);
    auto *framedLayout = new QVBoxLayout(framed);
    framedLayout->setContentsMargins(0, 0, 0, 0);
    framedLayout->setSpacing(0);
    framedLayout->addWidget(m_banner);
    if (m_database->isReadOnly()) {
        auto *damaged = new ReadOnlyBanner(m_database->integrity(), framed);
        connect(damaged, &ReadOnlyBanner::copyRequested, this, &MainWindow::readableCopyRequested);
        framedLayout->addWidget(damaged);
    }
    framedLayout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(framed);

    connect(m_database, &Database::stateChanged, this, &MainWindow::updateConnectionState);
    // Counts follow the team's changes, at most a few times a second.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshSectionDetails);
    if (ChangeFeed *feed = m_database->changeFeed()) {
        // Only a change of the team needs new section details: the rest of them never read
        // the database, and the UI thread should not for every change of a busy team.
        connect(feed, &ChangeFeed::changed, m_refreshTimer, [this](const QList<Change> &changes) {
            if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"agent"; }))
                m_refreshTimer->start();
        });
        connect(feed, &ChangeFeed::reconnected, this, &MainWindow::saveLocalDrafts);
    }
    updateConnectionState(m_database->state(), {});
}

void MainWindow::updateConnectionState(Database::State state, const QString &reason)
{
    switch (state) {
    case Database::State::Connected:
        //: Status bar: the database connection is up
        m_connectionLabel->setText(tr("Connected"));
        m_connectionLabel->setToolTip(QString());
        break;
    case Database::State::Disconnected:
        m_connectionLabel->setText(reason.isEmpty() ? tr("Disconnected")
                                                    //: %1 is the reason the database gave
                                                    : tr("Disconnected: %1").arg(reason));
        m_connectionLabel->setToolTip(tr("Changes are kept back until the connection returns."));
        break;
    }
    m_banner->setVisible(state == Database::State::Disconnected);
    if (state == Database::State::Disconnected) {
        m_banner->setText(tr("The database cannot be reached, so nothing you change now is saved to it. Casebook keeps "
                             "trying and catches up by itself. What is on screen stays readable, and drafts you type "
                             "are kept on this computer until the connection returns."));
    }
}

void MainWindow::saveLocalDrafts()
{
    const auto saved = DraftStore(*m_database, m_session->clock()).saveLocalDrafts(m_session->agentId());
    if (!saved) {
        //: %1 is the database's reason
        statusBar()->showMessage(
            tr("Drafts typed while disconnected are still only on this computer: %1").arg(saved.error().message));
    } else if (saved.value() > 0) {
        statusBar()->showMessage(
            tr("Connected again: %n draft(s) typed while disconnected saved to the database.", nullptr, saved.value()),
            10000);
    }
}

void MainWindow::showSection(Section section)
{
    const auto index = int(section);
    m_sections->setCurrentIndex(index);
    if (m_sectionList->currentRow() != index)
        m_sectionList->setCurrentRow(index);
    for (std::size_t i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions.at(i)->setChecked(int(i) == index);
}

void MainWindow::openTicket(TicketId ticket)
{
    showSection(Section::Inbox);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (auto *inbox = qobject_cast<InboxSection *>(sectionWidget(Section::Inbox)))
        inbox->openTicket(ticket);
    Q_EMIT ticketLinkOpened(ticket);
}

void MainWindow::openLink(const QUrl &url)
{
    bool number = false;
    const qint64 id = url.path().mid(1).toLongLong(&number);
    if (url.scheme() != u"casebook" || !number)
        return;
    if (url.host() == u"ticket") {
        openTicket(TicketId(id));
    } else if (url.host() == u"bug") {
        showSection(Section::BugReports);
        if (auto *reports = qobject_cast<BugReportsView *>(sectionWidget(Section::BugReports)))
            reports->showReport(BugReportId(id));
    } else if (url.host() == u"proposal") {
        showSection(Section::Proposals);
        if (auto *proposals = qobject_cast<ProposalsSection *>(sectionWidget(Section::Proposals)))
            proposals->openProposal(ProposalId(id));
    }
}

MainWindow::Section MainWindow::currentSection() const
{
    return Sections.at(std::size_t(qMax(0, m_sections->currentIndex())));
}

QWidget *MainWindow::sectionWidget(Section section) const
{
    return m_sections->widget(int(section));
}

SettingsDialog *MainWindow::createSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, m_database->url(), this);
    dialog->addTeamPage(*m_session, *m_teamSettings);
    dialog->addBugReportsPage(*m_session);
    dialog->addPeoplePage(*new PeopleModel(*m_session, dialog));
    auto *accounts = new MailAccountsModel(*m_session, m_mail->keychain(), dialog);
    for (const MailAccountId id : m_mail->liveAccounts())
        accounts->setLive(id, true);
    connect(m_mail, &MailService::watching, accounts, &MailAccountsModel::setLive);
    dialog->addMailPage(*accounts);
    dialog->addVaultPage(*m_vault);
    return dialog;
}

SettingsDialog *MainWindow::openSettings()
{
    SettingsDialog *dialog = createSettingsDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { settingsFinished(dialog, result); });
    // open(), not exec(): no nested event loop while a connection test runs.
    dialog->open();
    return dialog;
}

void MainWindow::settingsFinished(SettingsDialog *dialog, int result)
{
    if (result != QDialog::Accepted)
        return;
    if (dialog->languageChanged())
        Q_EMIT languageChangeRequested(dialog->language());
    if (!dialog->databaseChanged())
        return;
    const Result<DatabaseUrl> url = dialog->databaseUrl();
    if (!url)
        return;
    if (Prompts::instance().confirm(
            this, tr("Open Database"),
            tr("Open %1 now? Casebook will use it from now on.").arg(databaseDescription(url.value()))))
        Q_EMIT databaseChangeRequested(url.value());
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("ui/state"), saveState());
    m_settings->setValue(QStringLiteral("ui/section"), sectionKey(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace Casebook
