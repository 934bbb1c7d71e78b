// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "commandline.h"
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerstore.h"
#include "models/imports/importer.h"
#include "models/mail/attachments.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "views/analytics/analyticssection.h"
#include "views/bugreports/bugreportformdialog.h"
#include "views/bugreports/bugreportsview.h"
#include "views/common/clippedtext.h"
#include "views/customers/customercard.h"
#include "views/customers/customereditor.h"
#include "views/customers/customerimportdialog.h"
#include "views/customers/customersview.h"
#include "views/imports/importdialog.h"
#include "views/mainwindow.h"
#include "views/proposals/proposalssection.h"
#include "views/proposals/reviewdialog.h"
#include "views/replies/cannedrepliesdialog.h"
#include "views/settings/firstrundialog.h"
#include "views/settings/settingsdialog.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/newticket/newticketdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Lets queued layout and paint requests run, so that a grab shows the settled widget.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Every view of the Analytics section for the last whole month, each once its figures
// arrived from the worker: analytics-tagging.png, analytics-toptags.png, ...
/**
 * The history import at work: a generated CSV of 20,000 tickets going into a scratch database
 * of its own, so that the walk leaves the shown database as it was. Grabbed once the progress
 * bar has moved, then cancelled.
 */
void writeImportInProgress(QWidget *parent, const std::function<void(QWidget *, const QString &)> &save)
{
    QTemporaryDir scratch;
    auto database = Database::open(DatabaseUrl::sqlite(scratch.filePath(u"scratch.casebook"_s)));
    if (!scratch.isValid() || !database)
        return;
    QFile csv(scratch.filePath(u"helpdesk-export.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return;
    csv.write("Ticket ID,Subject,Description,Requester,Tags,Created\n");
    for (int i = 1; i <= 20'000; ++i)
        csv.write(QByteArray::number(1000 + i) + ",Order " + QByteArray::number(i)
                  + " is stuck,\"It says \"\"pending\"\" since "
                    "Monday.\nCan you look?\",customer"
                  + QByteArray::number(i % 700) + "@example.com,billing,2026-11-"
                  + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "\n");
    csv.close();

    auto *dialog = new ImportDialog(new Importer(*database.value()), Clock::system().nowMs(), parent);
    const auto closeDialog = qScopeGuard([dialog] { delete dialog; });
    dialog->setKind(u"csv"_s);
    if (!dialog->loadFile(csv.fileName()))
        return;
    dialog->show();
    auto *progress = dialog->findChild<QProgressBar *>(u"import.progress"_s);
    auto *run = dialog->findChild<QPushButton *>(u"import.run"_s);
    auto *cancel = dialog->findChild<QPushButton *>(u"import.cancel"_s);
    if (!progress || !run || !cancel)
        return;
    run->click();
    QElapsedTimer waited;
    waited.start();
    while (progress->value() <= progress->minimum() && waited.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
    save(dialog, u"dialog-history-import-running"_s);
    cancel->click();
    // The importer stops at its next batch and the dialog shows the summary; its worker must be
    // done before the scratch database goes.
    while (!run->isEnabled() && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void writeAnalytics(MainWindow &window, const std::function<void(QWidget *, const QString &)> &save)
{
    auto *analytics = qobject_cast<AnalyticsSection *>(window.sectionWidget(MainWindow::Section::Analytics));
    if (!analytics)
        return;
    window.showSection(MainWindow::Section::Analytics);
    const AnalyticsPeriod shown = analytics->period();
    analytics->setPeriod(
        AnalyticsPeriod::containing(AnalyticsPeriod::Kind::Month, shown.first.addDays(-1), shown.zone));
    for (const Analytics::View view : Analytics::Views) {
        bool arrived = false;
        const QMetaObject::Connection done =
            QObject::connect(analytics, &AnalyticsSection::figuresShown, analytics,
                             [&arrived, view](Analytics::View shownView) { arrived = arrived || shownView == view; });
        analytics->showView(view);
        QElapsedTimer waited;
        waited.start();
        while (!arrived && waited.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(done);
        save(&window, u"analytics-"_s + Analytics::viewKey(view));
    }
    window.showSection(MainWindow::Section::Inbox);
}

} // namespace

int Screenshots::write(MainWindow &window, Database &database, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        CommandLine::printLine(stderr, tr("Cannot create the folder %1.").arg(folder));
        return 1;
    }
    const QDir dir(folder);
    int failures = 0;
    QStringList clipped;
    const Save save = [&](QWidget *widget, const QString &name) {
        settle();
        for (const ClippedText::Clip &clip : ClippedText::find(widget))
            clipped.append(name + u": "_s + ClippedText::describe(clip));
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            CommandLine::printLine(stdout, path);
        } else {
            CommandLine::printLine(stderr, tr("Cannot write %1.").arg(path));
            ++failures;
        }
    };

    window.resize(1600, 900); // a common support desk screen; the layout holds at 1280 too
    window.show();
    showTicketWithNotes(window, database);
    int number = 1;
    for (const MainWindow::Section section : MainWindow::Sections) {
        window.showSection(section);
        save(&window, QString::number(number++) + u'-' + MainWindow::sectionKey(section));
    }

    // R40: a private request with its lock in the inbox and the header's Private switch.
    window.showSection(MainWindow::Section::Inbox);
    if (showPrivateTicket(window))
        save(&window, u"inbox-private"_s);
    // Issue 15: a ticket that came by mail, its files in the bar under the thread.
    if (showMailTicket(window, database))
        save(&window, u"inbox-mail-ticket"_s);
    showTicketWithNotes(window, database);
    // The side panel's other page: triage, assignment and hand-over.
    if (auto *sidebar = window.findChild<QTabWidget *>(u"ticket.sidebar"_s)) {
        sidebar->setCurrentIndex(1);
        save(&window, u"inbox-ticket-panel"_s);
        sidebar->setCurrentIndex(0);
    }

    // The reminders the playbook sends (issue 12), in the dock an agent opens beside the inbox;
    // the first lead's, since whoever runs the walk may be off the roster (the demo's admin is).
    if (auto *dock = window.findChild<QDockWidget *>(u"notificationDock"_s)) {
        Session &session = window.session();
        const AgentId walker = session.agentId();
        if (const auto people = AgentStore(database, session.clock()).agents()) {
            const auto lead = std::find_if(people->cbegin(), people->cend(),
                                           [](const Agent &a) { return a.active && a.role == AgentRole::Lead; });
            if (lead != people->cend())
                session.setAgent(lead->id);
        }
        const auto back = qScopeGuard([&session, walker] { session.setAgent(walker); });
        const bool wasVisible = dock->isVisible();
        dock->show();
        save(&window, u"notifications"_s);
        // With the history: the acknowledged ones too.
        if (auto *history = dock->findChild<QCheckBox *>(u"notifications.history"_s)) {
            history->setChecked(true);
            save(&window, u"notifications-history"_s);
            history->setChecked(false);
        }
        dock->setVisible(wasVisible);
    }

    writeCustomers(window, database, save);
    writeAnalytics(window, save);

    const std::unique_ptr<SettingsDialog> settings(window.createSettingsDialog());
    settings->show();
    settings->showPage(SettingsDialog::Page::Database);
    save(settings.get(), QString::number(number++) + QStringLiteral("-settings-database"));
    settings->showPage(SettingsDialog::Page::Language);
    save(settings.get(), QString::number(number++) + QStringLiteral("-settings-language"));
    settings->showPage(SettingsDialog::Page::Shortcuts);
    save(settings.get(), QStringLiteral("settings-shortcuts"));
    settings->showPage(SettingsDialog::Page::Team);
    save(settings.get(), QString::number(number++) + QStringLiteral("-settings-team"));
    settings->showPage(SettingsDialog::Page::People);
    save(settings.get(), QStringLiteral("settings-people"));
    settings->showPage(SettingsDialog::Page::Mail);
    save(settings.get(), QStringLiteral("settings-mail"));
    // The pages a role or an unlocked vault adds (bug-report routing, the vault) by position.
    if (auto *pages = settings->findChild<QTabWidget *>(u"settings.pages"_s)) {
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            save(settings.get(), u"settings-page-"_s + QString::number(page + 1));
        }
    }

    // The dialogs a team's first morning goes through (from an empty database too).
    if (NewTicketDialog *newTicket = window.openNewTicket()) {
        save(newTicket, u"dialog-new-ticket"_s);
        newTicket->close();
    }
    if (CustomerEditor *newCustomer = window.openCustomerEditor({})) {
        save(newCustomer, u"dialog-new-customer"_s);
        newCustomer->close();
    }
    if (CustomerImportDialog *import = window.openCustomerImport()) {
        save(import, u"dialog-customer-import"_s);
        import->close();
    }
    if (ImportDialog *history = window.openHistoryImport()) {
        save(history, u"dialog-history-import"_s);
        history->close();
    }
    writeImportInProgress(&window, save);
    // The bug report form as an agent opens it from the ticket on screen.
    auto *inbox = qobject_cast<InboxSection *>(window.sectionWidget(MainWindow::Section::Inbox));
    if (auto *reports = qobject_cast<BugReportsView *>(window.sectionWidget(MainWindow::Section::BugReports));
        reports && inbox && inbox->shownTicket().isValid()) {
        reports->newReport(inbox->shownTicket(), {});
        if (auto *form = reports->findChild<BugReportFormDialog *>()) {
            save(form, u"dialog-bug-report"_s);
            form->close();
        }
    }

    FirstRunDialog firstRun(QDir::home().filePath(QStringLiteral(".local/share/casebook/casebook.casebook")), &window);
    firstRun.show();
    save(&firstRun, QStringLiteral("first-run"));

    // The proposal board's most requested proposal on its page, and the weekly review.
    if (auto *proposals = qobject_cast<ProposalsSection *>(window.sectionWidget(MainWindow::Section::Proposals))) {
        window.showSection(MainWindow::Section::Proposals);
        const ProposalBoardModel *board = proposals->model();
        QModelIndex top;
        for (int row = 0; row < board->rowCount(); ++row) {
            const QModelIndex index = board->index(row, 0);
            if (!top.isValid()
                || index.data(ProposalBoardModel::RequestsRole).toInt()
                    > top.data(ProposalBoardModel::RequestsRole).toInt())
                top = index;
        }
        if (top.isValid()) {
            proposals->openProposal(board->proposalAt(top));
            save(&window, u"proposals-page"_s);
        }
        if (ReviewDialog *review = proposals->startReview()) {
            save(review, u"proposals-review"_s);
            review->reject();
        }
    }

    CannedRepliesDialog replies(window.session(), &window);
    replies.show();
    replies.showReply(u"acknowledgement"_s, u"en"_s);
    save(&replies, u"canned-replies"_s);

    // Issue 18: texts drawn in part, one per line (an empty file when every word showed).
    QFile report(dir.filePath(u"clipped.txt"_s));
    if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        CommandLine::printLine(stderr, tr("Cannot write %1.").arg(report.fileName()));
        ++failures;
    }
    for (const QString &line : std::as_const(clipped))
        report.write(line.toUtf8() + '\n');
    return failures == 0 ? 0 : 1;
}

void Screenshots::showTicketWithNotes(MainWindow &window, Database &database)
{
    // The top ticket of a fresh inbox is often a bare new one; a conversation with the
    // team's internal notes in it shows what there is to judge.
    auto *section = qobject_cast<InboxSection *>(window.sectionWidget(MainWindow::Section::Inbox));
    if (!section)
        return;
    const InboxModel *model = section->inbox()->model();
    const TicketStore store(database);
    for (int row = 0; row < qMin(60, model->rowCount()); ++row) {
        const auto thread = store.messages(model->ticketAt(model->index(row, 0)));
        const bool hasNote = thread && std::any_of(thread->cbegin(), thread->cend(), [](const Message &m) {
                                 return m.kind == MessageKind::Note;
                             });
        if (hasNote && thread->size() >= 4) {
            section->inbox()->table()->selectRow(row);
            return;
        }
    }
}

bool Screenshots::showMailTicket(MainWindow &window, Database &database)
{
    auto *section = qobject_cast<InboxSection *>(window.sectionWidget(MainWindow::Section::Inbox));
    if (!section)
        return false;
    const InboxModel *model = section->inbox()->model();
    const AttachmentStore attachments(database);
    for (int row = 0; row < qMin(200, model->rowCount()); ++row) {
        const auto files = attachments.forTicket(model->ticketAt(model->index(row, 0)));
        if (files && files->size() >= 2) {
            section->inbox()->table()->selectRow(row);
            return true;
        }
    }
    return false;
}

bool Screenshots::showPrivateTicket(MainWindow &window)
{
    auto *section = qobject_cast<InboxSection *>(window.sectionWidget(MainWindow::Section::Inbox));
    if (!section)
        return false;
    const InboxModel *model = section->inbox()->model();
    for (int row = 0; row < qMin(200, model->rowCount()); ++row) {
        if (model->index(row, 0).data(PrivateRole).toBool()) {
            section->inbox()->table()->selectRow(row);
            return true;
        }
    }
    return false;
}

void Screenshots::writeCustomers(MainWindow &window, Database &database, const Save &save)
{
    // The card in the states an agent must tell apart at a glance (R09, R41), found in the
    // data, plus the narrow card that sits beside a ticket.
    auto *view = qobject_cast<CustomersView *>(window.sectionWidget(MainWindow::Section::Customers));
    if (!view)
        return;
    window.showSection(MainWindow::Section::Customers);
    const CustomerStore store(database);
    const qint64 now = window.session().clock().nowMs();
    struct Case
    {
        const char *name;
        LicenceState state;
        bool premium;
    };
    CustomerId premium;
    for (const Case &example :
         {Case{"valid", LicenceState::Valid, false}, Case{"expiring", LicenceState::Expiring, false},
          Case{"expired", LicenceState::Expired, false}, Case{"premium", LicenceState::Valid, true}}) {
        const auto found = store.findExample(example.state, now, example.premium);
        if (!found || !found->isValid())
            continue; // a database without such a customer has no such picture
        view->showCustomer(*found);
        save(&window, u"customers-"_s + QLatin1StringView(example.name));
        if (example.premium)
            premium = *found;
    }
    if (!premium.isValid())
        return;
    CustomerCardModel narrowModel(window.session());
    CustomerCard narrow(narrowModel);
    narrow.resize(320, 860);
    narrow.show();
    narrow.setCustomer(premium);
    save(&narrow, u"customers-card-narrow"_s);
}

} // namespace Casebook
