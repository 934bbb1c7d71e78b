// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcontactdialog.h"

#include "models/tickets/newticket/logcontactform.h"
#include "models/tickets/triage/tickettriage.h"
#include "views/common/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

LogContactDialog::LogContactDialog(LogContactForm *form, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
{
    m_form->setParent(this);
    setObjectName(u"logContactDialog"_s);
    //: %1 is the ticket's subject
    setWindowTitle(tr("Log Call or Chat: %1").arg(m_form->subject()));
    auto *layout = new QVBoxLayout(this);
    auto *form_ = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"logContact.channel"_s);
    for (const Channel channel : {Channel::Phone, Channel::Chat, Channel::Messenger, Channel::InPerson, Channel::Slack,
                                  Channel::Community, Channel::Other})
        m_channel->addItem(TicketTriage::channelText(channel), int(channel));
    form_->addRow(tr("C&hannel:"), m_channel);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"logContact.body"_s);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What the customer said, in their words"));
    form_->addRow(tr("The customer &said:"), m_body);
    layout->addLayout(form_);
    m_error = new QLabel(this);
    m_error->setObjectName(u"logContact.error"_s);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, StatusPalette(palette).error());
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *log = buttons->addButton(tr("&Log Message"), QDialogButtonBox::AcceptRole);
    log->setObjectName(u"logContact.log"_s);
    log->setDefault(true);
    connect(log, &QPushButton::clicked, this, &LogContactDialog::log);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 320);
}

LogContactDialog::~LogContactDialog() = default;

void LogContactDialog::log()
{
    const auto logged = m_form->log(Channel(m_channel->currentData().toInt()), m_body->toPlainText());
    if (!logged) {
        m_error->setText(logged.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace Casebook
