// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientsline.h"

#include "models/tickets/thread/replysender.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Casebook {

RecipientsLine::RecipientsLine(QWidget *parent)
    : QWidget(parent)
    , m_to(new QLabel(this))
    , m_cc(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"composer.recipients"_s);
    auto *toTitle = new QLabel(tr("To:"), this);
    auto *ccTitle = new QLabel(tr("&Cc:"), this);
    ccTitle->setBuddy(m_cc);
    m_to->setObjectName(u"composer.to"_s);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to->setAccessibleName(tr("To"));
    m_cc->setObjectName(u"composer.cc"_s);
    m_cc->setAccessibleName(tr("Cc"));
    m_cc->setPlaceholderText(tr("Copy others: name@example.com, separated by commas"));
    m_cc->setClearButtonEnabled(true);
    m_problem->setObjectName(u"composer.ccProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(190, 30, 30));
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(toTitle, 0, 0);
    layout->addWidget(m_to, 0, 1);
    layout->addWidget(ccTitle, 1, 0);
    layout->addWidget(m_cc, 1, 1);
    layout->addWidget(m_problem, 2, 1);
    layout->setColumnStretch(1, 1);

    // Checked while typing, but a half-typed address is not scolded until the agent moves on.
    connect(m_cc, &QLineEdit::textEdited, this, [this] {
        if (m_problem->isVisible())
            showProblem();
        Q_EMIT ccEdited();
    });
    connect(m_cc, &QLineEdit::editingFinished, this, &RecipientsLine::showProblem);
    hide();
}

RecipientsLine::~RecipientsLine() = default;

void RecipientsLine::setRecipients(const std::optional<ReplyRecipients> &recipients)
{
    m_recipients = recipients;
    m_problem->hide();
    if (!recipients) {
        m_to->clear();
        m_cc->clear();
        hide();
        return;
    }
    m_to->setText(recipients->to);
    m_to->setToolTip(recipients->toAddress);
    m_cc->setText(recipients->cc.join(u", "_s));
}

QStringList RecipientsLine::cc() const
{
    return m_recipients ? ReplyMail::readAddresses(m_cc->text()).addresses : QStringList();
}

std::optional<QString> RecipientsLine::editedCc() const
{
    if (!m_recipients || m_cc->text() == m_recipients->cc.join(u", "_s))
        return std::nullopt;
    return m_cc->text();
}

void RecipientsLine::setEditedCc(const QString &text)
{
    if (!m_recipients)
        return;
    m_cc->setText(text);
    showProblem();
}

bool RecipientsLine::check()
{
    showProblem();
    return m_problem->isHidden();
}

void RecipientsLine::showProblem()
{
    const AddressLine read = ReplyMail::readAddresses(m_cc->text());
    if (read.invalid.isEmpty()) {
        m_problem->hide();
        return;
    }
    m_problem->setText(ReplySender::notAnAddress(read.invalid.constFirst()));
    m_problem->show();
}

} // namespace Casebook
