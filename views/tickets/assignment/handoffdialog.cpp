// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffdialog.h"

#include "models/tickets/assignment/ticketassignment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

HandOffDialog::HandOffDialog(Mode mode, const QList<Agent> &agents, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::HandOff ? u"handoff.dialog"_s : u"escalate.dialog"_s);
    setWindowTitle(mode == Mode::HandOff ? tr("Hand Off the Ticket") : tr("Escalate to a Lead"));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(u"handoff.agent"_s);
    for (const Agent &agent : agents) {
        const QString label =
            agent.role == AgentRole::Agent ? agent.displayName : tr("%1 (lead)").arg(agent.displayName);
        m_agent->addItem(label, agent.id.value());
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"handoff.reason"_s);
    m_reason->setPlaceholderText(mode == Mode::HandOff ? tr("Why, and what the next agent needs to know")
                                                       : tr("What happened in the conversation"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"handoff.buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::HandOff ? tr("Hand Off") : tr("Escalate"));

    auto *form = new QFormLayout;
    form->addRow(mode == Mode::HandOff ? tr("&To:") : tr("&Lead:"), m_agent);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Escalate) {
        auto *carp = new QLabel(TicketAssignment::carpReminder(), this);
        carp->setObjectName(u"handoff.carp"_s);
        carp->setWordWrap(true);
        carp->setFrameShape(QFrame::StyledPanel);
        carp->setMargin(6);
        layout->addWidget(carp);
    }
    auto *notice =
        new QLabel(tr("The customer is told who continues: the hand-off reply is offered in the composer."), this);
    notice->setWordWrap(true);
    layout->addLayout(form);
    layout->addWidget(notice);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &HandOffDialog::updateOk);
    updateOk();
}

HandOffDialog::~HandOffDialog() = default;

AgentId HandOffDialog::agent() const
{
    return AgentId(m_agent->currentData().toLongLong());
}

QString HandOffDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void HandOffDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_agent->count() > 0 && !reason().isEmpty());
}

} // namespace Casebook
