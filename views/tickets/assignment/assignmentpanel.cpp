// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentpanel.h"

#include "handoffdialog.h"
#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/assignment/tickettasksmodel.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketlink.h"
#include "views/common/prompts.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QString linkText(const TicketRelation &relation)
{
    const QString subject = relation.subject;
    const qint64 other = relation.other.value();
    switch (relation.kind) {
    case TicketLinkKind::Merged:
        return relation.outgoing ? AssignmentPanel::tr("Merged into #%1 %2").arg(other).arg(subject)
                                 : AssignmentPanel::tr("#%1 %2 was merged here").arg(other).arg(subject);
    case TicketLinkKind::FollowUp:
        return relation.outgoing ? AssignmentPanel::tr("Follows up #%1 %2").arg(other).arg(subject)
                                 : AssignmentPanel::tr("Followed up by #%1 %2").arg(other).arg(subject);
    case TicketLinkKind::Related:
        break;
    }
    return AssignmentPanel::tr("Related: #%1 %2").arg(other).arg(subject);
}

} // namespace

AssignmentPanel::AssignmentPanel(OpenTicket &ticket, QWidget *parent)
    : QWidget(parent)
    , m_ticket(ticket)
{
    setObjectName(u"assignmentPanel"_s);
    m_holder = new QLabel(this);
    m_holder->setObjectName(u"assignment.holder"_s);
    m_holder->setWordWrap(true);
    m_longHeld = new QLabel(this);
    m_longHeld->setObjectName(u"assignment.longHeld"_s);
    m_longHeld->setWordWrap(true);
    m_longHeld->hide();
    m_take = button(this, u"assignment.take"_s, tr("&Take"));
    m_take->setToolTip(tr("Make this ticket yours; one agent is accountable at a time."));
    m_handOff = button(this, u"assignment.handOff"_s, tr("Hand &Off…"));
    m_escalate = button(this, u"assignment.escalate"_s, tr("&Escalate to Lead…"));
    m_escalate->setToolTip(TicketAssignment::carpReminder());

    m_tasks = new QListView(this);
    m_tasks->setObjectName(u"assignment.tasks"_s);
    m_tasks->setModel(ticket.tasks());
    m_tasks->setMaximumHeight(110);
    m_newTask = new QLineEdit(this);
    m_newTask->setObjectName(u"assignment.newTask"_s);
    m_newTask->setPlaceholderText(tr("New side task…"));
    m_newTask->setToolTip(tr("A side task: docs update, testing… (does not keep the ticket open)"));
    m_addTask = button(this, u"assignment.addTask"_s, tr("Add"));

    m_links = new QListWidget(this);
    m_links->setObjectName(u"assignment.links"_s);
    m_links->setMaximumHeight(80);
    m_merge = button(this, u"assignment.merge"_s, tr("&Merge Into…"));
    m_link = button(this, u"assignment.link"_s, tr("&Link…"));
    m_copyMessage = button(this, u"assignment.copyMessage"_s, tr("Copy as &Internal Message"));
    m_copyMessage->setToolTip(
        tr("The customer's words, links, tasks and access names for the team chat; never notes or secrets."));
    m_copyLink = button(this, u"assignment.copyLink"_s, tr("Copy Lin&k"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"assignment.status"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    // Two buttons a line at most: the side panel is narrow (a third of a laptop screen).
    auto *holderRow = new QGridLayout;
    holderRow->addWidget(m_take, 0, 0);
    holderRow->addWidget(m_handOff, 0, 1);
    holderRow->addWidget(m_escalate, 1, 0, 1, 2, Qt::AlignLeft);
    holderRow->setColumnStretch(2, 1);
    auto *taskRow = new QHBoxLayout;
    taskRow->addWidget(m_newTask);
    taskRow->addWidget(m_addTask);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_merge);
    linkRow->addWidget(m_link);
    linkRow->addStretch();
    auto *copyRow = new QVBoxLayout;
    copyRow->addWidget(m_copyMessage, 0, Qt::AlignLeft);
    copyRow->addWidget(m_copyLink, 0, Qt::AlignLeft);

    auto *tasksBox = new QGroupBox(tr("Side tasks"), this);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->addWidget(m_tasks);
    tasksLayout->addLayout(taskRow);
    auto *linksBox = new QGroupBox(tr("Linked tickets"), this);
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->addWidget(m_links);
    linksLayout->addLayout(linkRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_holder);
    layout->addLayout(holderRow);
    layout->addWidget(m_longHeld);
    layout->addWidget(tasksBox);
    layout->addWidget(linksBox);
    layout->addLayout(copyRow);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_take, &QPushButton::clicked, this, &AssignmentPanel::take);
    connect(m_handOff, &QPushButton::clicked, this, [this] { openHandOff(false); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { openHandOff(true); });
    connect(m_addTask, &QPushButton::clicked, this, &AssignmentPanel::addTask);
    connect(m_newTask, &QLineEdit::returnPressed, this, &AssignmentPanel::addTask);
    connect(m_merge, &QPushButton::clicked, this, [this] { askTicketNumber(true); });
    connect(m_link, &QPushButton::clicked, this, [this] { askTicketNumber(false); });
    connect(m_copyMessage, &QPushButton::clicked, this, &AssignmentPanel::copyInternalMessage);
    connect(m_copyLink, &QPushButton::clicked, this, &AssignmentPanel::copyLink);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT ticketOpenRequested(TicketId(item->data(Qt::UserRole).toLongLong()));
    });
    connect(ticket.tasks(), &TicketTasksModel::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(&m_ticket, &OpenTicket::opened, this, &AssignmentPanel::showTicket);
    connect(&m_ticket, &OpenTicket::assignmentChanged, this, &AssignmentPanel::showAssignment);
    showTicket();
}

AssignmentPanel::~AssignmentPanel() = default;

void AssignmentPanel::showTicket()
{
    m_status->hide();
    if (m_dialog)
        m_dialog->reject();
    showAssignment();
}

void AssignmentPanel::showAssignment()
{
    const Ticket &ticket = m_ticket.ticket();
    const bool valid = m_ticket.isOpen();
    const bool open = valid && ticket.status != TicketStatus::Closed;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_take, m_handOff, m_escalate, m_newTask, m_addTask, m_merge, m_link})
        w->setEnabled(open);
    m_copyMessage->setEnabled(valid);
    m_copyLink->setEnabled(valid);
    m_links->clear();
    m_longHeld->hide();
    if (!valid) {
        m_holder->setText(tr("No ticket selected."));
        return;
    }
    const AgentId me = m_ticket.session().agentId();
    const bool handedToMe = m_ticket.isHandedToMe();
    if (!open) {
        m_holder->setText(tr("This ticket is closed; a customer writing again opens a follow-up."));
    } else if (!ticket.assignee.isValid()) {
        m_holder->setText(tr("Nobody holds this ticket yet."));
        m_take->setText(tr("&Take"));
    } else if (ticket.assignee == me) {
        m_holder->setText(handedToMe ? tr("Handed to you: take it over to tell the team you continue.")
                                     : tr("You hold this ticket."));
        m_take->setText(handedToMe ? tr("&Take Over") : tr("&Take"));
        m_take->setEnabled(open && handedToMe);
    } else {
        const QString holder = m_ticket.overview().assigneeName;
        m_holder->setText(tr("Held by %1.").arg(holder.isEmpty() ? tr("someone else") : holder));
        m_take->setText(tr("&Take"));
        m_take->setEnabled(false);
    }

    if (m_ticket.isLongHeld()) {
        m_longHeld->setText(tr("Held by one agent for more than %n business day(s): a teammate could offer help.",
                               nullptr, m_ticket.longHeldDays()));
        m_longHeld->show();
    }

    for (const TicketRelation &relation : m_ticket.links()) {
        auto *item = new QListWidgetItem(linkText(relation), m_links);
        item->setData(Qt::UserRole, relation.other.value());
        item->setToolTip(TicketLink::text(relation.other));
    }
}

void AssignmentPanel::take()
{
    // R06: the last half hour of a shift is no time for a new dialogue; the agent decides.
    if (const auto end = m_ticket.shiftEndsSoon()) {
        const QString at = Dates::time(QDateTime::fromMSecsSinceEpoch(*end).time());
        //: %1 is the time the agent's shift ends, such as 18:00
        if (!Prompts::instance().confirm(this, tr("Take Ticket"),
                                         tr("Your shift ends at %1. In the last half hour no new dialogues are "
                                            "taken. Take this ticket anyway?")
                                             .arg(at)))
            return;
    }
    if (const auto taken = m_ticket.take(); !taken)
        showStatus(taken.error().message, true);
    else
        showStatus(tr("The ticket is yours."), false);
}

void AssignmentPanel::openHandOff(bool escalate)
{
    const auto candidates = m_ticket.handOffCandidates(escalate);
    if (!candidates) {
        showStatus(candidates.error().message, true);
        return;
    }
    auto *dialog = new HandOffDialog(escalate ? HandOffDialog::Mode::Escalate : HandOffDialog::Mode::HandOff,
                                     candidates.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { handOffChosen(dialog); });
    m_dialog = dialog;
    dialog->open();
}

void AssignmentPanel::handOffChosen(HandOffDialog *dialog)
{
    const bool escalate = dialog->mode() == HandOffDialog::Mode::Escalate;
    const auto cannedKey = escalate ? m_ticket.escalate(dialog->agent(), dialog->reason())
                                    : m_ticket.handOff(dialog->agent(), dialog->reason());
    if (!cannedKey) {
        showStatus(cannedKey.error().message, true);
        return;
    }
    showStatus(escalate ? tr("Escalated. Tell the customer who continues.")
                        : tr("Handed off. Tell the customer who continues."),
               false);
    Q_EMIT replyOffered(cannedKey.value());
}

void AssignmentPanel::addTask()
{
    const QString title = m_newTask->text().trimmed();
    if (title.isEmpty())
        return;
    if (const auto added = m_ticket.addTask(title); !added) {
        showStatus(added.error().message, true);
        return;
    }
    m_newTask->clear();
}

void AssignmentPanel::askTicketNumber(bool merge)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(merge ? u"assignment.mergeDialog"_s : u"assignment.linkDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, std::numeric_limits<int>::max());
    dialog->setWindowTitle(merge ? tr("Merge Into Another Ticket") : tr("Link a Related Ticket"));
    dialog->setLabelText(merge ? tr("Number of the ticket that stays (messages, notes, tags and tasks move there):")
                               : tr("Number of the related ticket:"));
    connect(dialog, &QInputDialog::intValueSelected, this,
            [this, merge](int value) { ticketNumberChosen(merge, value); });
    m_dialog = dialog;
    dialog->open();
}

void AssignmentPanel::ticketNumberChosen(bool merge, int number)
{
    const TicketId other(number);
    if (!merge) {
        const auto linked = m_ticket.link(other);
        showStatus(linked ? tr("Linked to #%1.").arg(number) : linked.error().message, !linked);
        return;
    }
    if (!Prompts::instance().confirm(this, tr("Merge Tickets"),
                                     tr("Merge #%1 into #%2? #%1 is closed and points to #%2; this cannot be undone.")
                                         .arg(m_ticket.id().value())
                                         .arg(number)))
        return;
    const auto merged = m_ticket.merge(other);
    showStatus(merged ? tr("Merged into #%1.").arg(number) : merged.error().message, !merged);
}

void AssignmentPanel::copyInternalMessage()
{
    if (const auto text = m_ticket.copyInternalMessage(); !text) {
        showStatus(text.error().message, true);
        return;
    }
    showStatus(tr("Copied as an internal message."), false);
}

void AssignmentPanel::copyLink()
{
    showStatus(tr("Copied %1.").arg(m_ticket.copyLink()), false);
}

void AssignmentPanel::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setProperty("error", error);
    m_status->setForegroundRole(error ? QPalette::Link : QPalette::WindowText);
    m_status->show();
}

} // namespace Casebook
