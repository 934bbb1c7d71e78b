// SPDX-License-Identifier: GPL-3.0-or-later
#include "closeloopdialog.h"

#include "models/tickets/ticketlink.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

CloseLoopDialog::CloseLoopDialog(std::unique_ptr<CloseTheLoop> loop, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_loop(std::move(loop))
{
    setObjectName(u"proposals.closeLoop"_s);
    //: %1 is the proposal's title
    setWindowTitle(tr("Tell the Customers: %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Everyone who asked hears the news. Read each reply, change it if needed, and send. "
                                "Requests known only from an internal note get no reply."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(u"closeLoop.list"_s);
    m_body = new QPlainTextEdit(split);
    m_body->setObjectName(u"closeLoop.body"_s);
    split->addWidget(m_list);
    split->addWidget(m_body);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"closeLoop.message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *send = buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
    send->setObjectName(u"closeLoop.send"_s);
    auto *all = buttons->addButton(tr("Send All"), QDialogButtonBox::ActionRole);
    all->setObjectName(u"closeLoop.sendAll"_s);
    connect(send, &QPushButton::clicked, this, &CloseLoopDialog::sendCurrent);
    connect(all, &QPushButton::clicked, this, &CloseLoopDialog::sendAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &CloseLoopDialog::showDraft);
    resize(820, 520);
    reload();
}

CloseLoopDialog::~CloseLoopDialog() = default;

void CloseLoopDialog::reload()
{
    auto drafts = m_loop->drafts();
    m_shown = -1;
    m_list->clear();
    if (!drafts) {
        m_drafts.clear();
        m_message->setText(drafts.error().message);
        return;
    }
    m_drafts = *drafts;
    for (const CloseTheLoop::Draft &d : std::as_const(m_drafts)) {
        m_list->addItem(d.customerName + u" · "_s + TicketLink::text(d.ticket) + u" · "_s + d.language.toUpper());
    }
    if (m_drafts.isEmpty())
        m_message->setText(tr("Every customer who asked has been answered."));
    else
        m_list->setCurrentRow(0);
}

void CloseLoopDialog::showDraft(int row)
{
    if (m_shown >= 0 && m_shown < m_drafts.size())
        m_drafts[m_shown].body = m_body->toPlainText(); // the agent's edits stay with their draft
    m_shown = row;
    m_body->setPlainText(row >= 0 && row < m_drafts.size() ? m_drafts.at(row).body : QString());
}

bool CloseLoopDialog::send(int row)
{
    if (row == m_shown)
        m_drafts[row].body = m_body->toPlainText();
    const auto sent = m_loop->send(m_drafts.at(row));
    if (!sent) {
        m_message->setText(sent.error().message);
        return false;
    }
    return true;
}

void CloseLoopDialog::sendCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    if (send(row)) {
        const QString message = tr("Sent to %1.").arg(m_drafts.at(row).customerName);
        reload();
        m_message->setText(message);
    }
}

void CloseLoopDialog::sendAll()
{
    if (m_shown >= 0 && m_shown < m_drafts.size())
        m_drafts[m_shown].body = m_body->toPlainText();
    int sent = 0;
    int held = 0;
    for (int row = 0; row < m_drafts.size(); ++row)
        send(row) ? ++sent : ++held;
    reload();
    m_message->setText(
        held == 0 ? tr("%n reply(ies) sent.", nullptr, sent)
                  : tr("%n reply(ies) sent; the others wait for you to read new messages first.", nullptr, sent));
}

} // namespace Casebook
