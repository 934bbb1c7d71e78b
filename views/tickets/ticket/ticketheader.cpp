// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketheader.h"

#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/triage/tickettriage.h"
#include "views/common/lockicon.h"
#include "views/common/statuspalette.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// "in 25 min", "2 h overdue": how far a due time is, rounded the way people say it.
QString dueText(qint64 dueMs, qint64 nowMs)
{
    const qint64 minutes = (dueMs - nowMs) / 60000;
    const qint64 span = qAbs(minutes);
    QString amount;
    if (span < 60)
        amount = TicketHeader::tr("%n min", nullptr, int(span));
    else if (span < 48 * 60)
        amount = TicketHeader::tr("%n h", nullptr, int(span / 60));
    else
        amount = TicketHeader::tr("%n day(s)", nullptr, int(span / (24 * 60)));
    //: %1 is an amount of time such as "25 min"
    return minutes >= 0 ? TicketHeader::tr("in %1").arg(amount) : TicketHeader::tr("%1 overdue").arg(amount);
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

TicketHeader::TicketHeader(OpenTicket &ticket, QWidget *parent)
    : QFrame(parent)
    , m_ticket(ticket)
    , m_number(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_status(new QLabel(this))
    , m_assignee(new QLabel(this))
    , m_due(new QLabel(this))
    , m_error(new QLabel(this))
    , m_solve(new QToolButton(this))
    , m_undoSolve(new QToolButton(this))
    , m_private(new QToolButton(this))
    , m_privacyOffer(new QWidget(this))
    , m_privacyWords(new QLabel(m_privacyOffer))
{
    setObjectName(u"ticket.header"_s);
    m_number->setObjectName(u"ticket.number"_s);
    m_subject->setObjectName(u"ticket.subject"_s);
    m_customer->setObjectName(u"ticket.customer"_s);
    m_status->setObjectName(u"ticket.status"_s);
    m_assignee->setObjectName(u"ticket.assignee"_s);
    m_due->setObjectName(u"ticket.due"_s);
    m_error->setObjectName(u"ticket.error"_s);
    m_solve->setObjectName(u"ticket.solve"_s);

    QFont title = m_subject->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_subject->setFont(title);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setFont(title);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    // Long names and texts take another line, never widen the window (Russian status texts
    // with who acts next are a third longer than the English ones).
    for (QLabel *label : {m_customer, m_status, m_assignee, m_due}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(80);
        label->setWordWrap(true);
    }
    m_subject->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, StatusPalette(red).error());
    m_error->setPalette(red);
    m_error->hide();

    m_solve->setText(tr("Solve"));
    m_solve->setToolTip(tr("Mark the ticket solved, saying how it was resolved"));
    m_solve->setPopupMode(QToolButton::InstantPopup);
    m_solve->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_solve);
    menu->setObjectName(u"ticket.solve.menu"_s);
    for (const auto &[resolution, name] : resolutionNames.items) {
        QAction *action = menu->addAction(TicketTriage::resolutionText(resolution));
        action->setObjectName(u"ticket.solve."_s + QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, resolution] { solve(resolution); });
    }
    m_solve->setMenu(menu);
    m_undoSolve->setObjectName(u"ticket.undoSolve"_s);
    m_undoSolve->setText(tr("Undo Solve"));
    m_undoSolve->setToolTip(tr("Put the ticket back as it was before you solved it"));
    m_undoSolve->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undoSolve->hide();
    connect(m_undoSolve, &QToolButton::clicked, this, &TicketHeader::undoSolve);

    // R40: one click either way; on a team server only leads and the assignee may see it after.
    m_private->setObjectName(u"ticket.private"_s);
    m_private->setCheckable(true);
    m_private->setText(tr("Private"));
    m_private->setIcon(lockIcon(palette(), 14));
    m_private->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_private->setToolTip(tr("A security report: seen only by leads and the assignee, never shown to other "
                             "customers or in anything sent to a customer"));
    connect(m_private, &QToolButton::clicked, this, &TicketHeader::setPrivate);

    m_privacyOffer->setObjectName(u"ticket.privacyOffer"_s);
    m_privacyWords->setObjectName(u"ticket.privacyWords"_s);
    m_privacyWords->setWordWrap(true);
    auto *markPrivate = new QPushButton(lockIcon(palette(), 14), tr("Mark Private"), m_privacyOffer);
    markPrivate->setObjectName(u"ticket.privacyOffer.mark"_s);
    connect(markPrivate, &QPushButton::clicked, this, [this] { setPrivate(true); });
    auto *offerLayout = new QHBoxLayout(m_privacyOffer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_privacyWords, 1);
    offerLayout->addWidget(markPrivate, 0, Qt::AlignVCenter);
    m_privacyOffer->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_number, 0, Qt::AlignTop);
    titleRow->addWidget(m_subject, 1);
    titleRow->addWidget(m_private, 0, Qt::AlignTop);
    titleRow->addWidget(m_undoSolve, 0, Qt::AlignTop);
    titleRow->addWidget(m_solve, 0, Qt::AlignTop);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(10);
    fields->setVerticalSpacing(2);
    // The long texts (status with who acts next, due times) get the wide column.
    fields->addWidget(fieldLabel(tr("Status"), this), 0, 0);
    fields->addWidget(m_status, 0, 1);
    fields->addWidget(fieldLabel(tr("Customer"), this), 0, 2);
    fields->addWidget(m_customer, 0, 3);
    fields->addWidget(fieldLabel(tr("Due"), this), 1, 0);
    fields->addWidget(m_due, 1, 1);
    fields->addWidget(fieldLabel(tr("Assignee"), this), 1, 2);
    fields->addWidget(m_assignee, 1, 3);
    fields->setColumnStretch(1, 3);
    fields->setColumnStretch(3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(fields);
    layout->addWidget(m_privacyOffer);
    layout->addWidget(m_error);

    connect(&m_ticket, &OpenTicket::opened, this, &TicketHeader::showOverview);
    connect(&m_ticket, &OpenTicket::overviewChanged, this, &TicketHeader::showOverview);
    showOverview();
}

TicketHeader::~TicketHeader() = default;

void TicketHeader::showOverview()
{
    const TicketOverview &overview = m_ticket.overview();
    const qint64 nowMs = m_ticket.session().clock().nowMs();
    const Ticket &t = overview.ticket;
    m_number->setText(u"#"_s + QString::number(t.id.value()));
    m_subject->setText(t.subject);
    // The address is one hover away; the name is what the agent reads at a glance.
    m_customer->setText(overview.customerName.isEmpty() ? tr("Unknown customer") : overview.customerName);
    m_customer->setToolTip(overview.customerEmail);
    //: Ticket status and who acts next, e.g. "Pending - waiting for the customer"
    m_status->setText(tr("<b>%1</b> - %2").arg(statusText(t.status), nextActorText(nextActor(t.status))));
    m_assignee->setText(overview.assigneeName.isEmpty() ? tr("Unassigned") : overview.assigneeName);

    QStringList due;
    const std::optional<qint64> owed = t.responseDueAt(); // R15, R34
    if (owed)
        due.append((t.firstRespondedAt ? tr("next response %1") : tr("first response %1")).arg(dueText(*owed, nowMs)));
    if (t.status == TicketStatus::Solved && t.resolution)
        due.append(tr("resolved: %1").arg(TicketTriage::resolutionText(*t.resolution)));
    m_due->setText(due.isEmpty() ? tr("nothing due") : due.join(u"; "_s));
    const bool late = owed && *owed < nowMs;
    QPalette palette = m_due->palette();
    palette.setColor(QPalette::WindowText,
                     late ? StatusPalette(palette).error() : this->palette().color(QPalette::WindowText));
    m_due->setPalette(palette);

    // R32: Closed is final; a solved ticket is solved already.
    m_solve->setEnabled(t.status != TicketStatus::Solved && t.status != TicketStatus::Closed);
    updateUndoSolve();
    m_private->setChecked(t.isPrivate);
    const QStringList words = m_ticket.securityWordsFound();
    QStringList quoted;
    for (const QString &word : words)
        //: a security word the request mentions, in quotes
        quoted.append(tr("“%1”").arg(word));
    //: R40; %1 lists the team's security words found, e.g. "“XSS”, “token”"
    m_privacyWords->setText(tr("This request mentions %1. If it reveals a security vulnerability, keep it private.")
                                .arg(QLocale().createSeparatedList(quoted)));
    m_privacyOffer->setVisible(!words.isEmpty());
    m_error->hide();
}

void TicketHeader::setPrivate(bool isPrivate)
{
    if (const auto changed = m_ticket.setPrivate(isPrivate); !changed) {
        m_private->setChecked(m_ticket.ticket().isPrivate);
        showError(changed.error().message);
    }
}

void TicketHeader::solve(Resolution resolution)
{
    // The version on screen: when someone changed the ticket since, the error says who.
    if (const auto solved = m_ticket.solve(resolution); !solved) {
        showError(solved.error().message);
        return;
    }
    updateUndoSolve();
}

void TicketHeader::undoSolve()
{
    if (const auto undone = m_ticket.undoSolve(); !undone)
        showError(undone.error().message);
    updateUndoSolve();
}

void TicketHeader::updateUndoSolve()
{
    const bool offered = m_ticket.canUndoSolve();
    m_undoSolve->setVisible(offered);
    Q_EMIT undoSolveOffered(offered);
    if (offered) // a solve from the composer shows it too; either way it goes when its time is up
        QTimer::singleShot(OpenTicket::undoSolveWindowMs, this, &TicketHeader::updateUndoSolve);
}

void TicketHeader::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TicketHeader::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::OnHold:
        return tr("On-hold");
    case TicketStatus::Solved:
        return tr("Solved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketHeader::nextActorText(NextActor actor)
{
    switch (actor) {
    case NextActor::Team:
        return tr("the team answers next");
    case NextActor::Customer:
        return tr("waiting for the customer");
    case NextActor::ThirdParty:
        return tr("waiting for a third party");
    case NextActor::CustomerToConfirm:
        return tr("the customer may confirm; closes by itself");
    case NextActor::Nobody:
        return tr("final; a new message opens a follow-up ticket");
    }
    return {};
}

} // namespace Casebook
