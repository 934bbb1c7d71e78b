// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdialog.h"

#include "proposalpage.h"

#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposaldetails.h"
#include "models/proposals/reviewsession.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

ReviewDialog::ReviewDialog(ReviewSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"proposals.reviewDialog"_s);
    setWindowTitle(tr("Proposal Review"));
    auto *layout = new QVBoxLayout(this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"review.progress"_s);
    layout->addWidget(m_progress);
    m_page = new ProposalPage(*session.details(), this);
    layout->addWidget(m_page, 1);

    auto *decide = new QGridLayout;
    const auto button = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        b->setToolTip(key.toString(QKeySequence::NativeText));
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_status = new QComboBox(this);
    m_status->setObjectName(u"review.status"_s);
    for (const ProposalStatus status : boardStatuses) {
        if (status != ProposalStatus::Declined)
            m_status->addItem(ProposalBoardModel::statusText(status), int(status));
    }
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"review.owner"_s);
    for (const Agent &agent : session.details()->agents())
        m_owner->addItem(agent.displayName, agent.id.value());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"review.reason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why it is declined (the customers are told)"));
    m_mergeInto = new QLineEdit(this);
    m_mergeInto->setObjectName(u"review.mergeInto"_s);
    m_mergeInto->setAccessibleName(tr("Merge into"));
    m_mergeInto->setPlaceholderText(tr("Proposal number to merge into"));

    decide->addWidget(
        button(u"review.keep"_s, tr("&Keep as it is"), QKeySequence(Qt::ALT | Qt::Key_K), &ReviewDialog::keep), 0, 0);
    decide->addWidget(
        button(u"review.later"_s, tr("&Later"), QKeySequence(Qt::ALT | Qt::Key_L), [this] { m_session.skip(); }), 0, 1);
    decide->addWidget(m_status, 1, 0);
    decide->addWidget(button(u"review.move"_s, tr("&Move"), QKeySequence(Qt::ALT | Qt::Key_M), &ReviewDialog::move), 1,
                      1);
    decide->addWidget(m_reason, 2, 0);
    decide->addWidget(
        button(u"review.decline"_s, tr("&Decline"), QKeySequence(Qt::ALT | Qt::Key_D), &ReviewDialog::decline), 2, 1);
    decide->addWidget(m_owner, 3, 0);
    decide->addWidget(
        button(u"review.assign"_s, tr("Assign &owner"), QKeySequence(Qt::ALT | Qt::Key_O), &ReviewDialog::assignOwner),
        3, 1);
    decide->addWidget(m_mergeInto, 4, 0);
    decide->addWidget(button(u"review.merge"_s, tr("Mer&ge"), QKeySequence(Qt::ALT | Qt::Key_G), &ReviewDialog::merge),
                      4, 1);
    layout->addLayout(decide);

    m_message = new QLabel(this);
    m_message->setObjectName(u"review.message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    auto *copy = buttons->addButton(tr("Copy Summary as Markdown"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"review.copySummary"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(summary()); });
    auto *finished = buttons->addButton(tr("Finish Review"), QDialogButtonBox::AcceptRole);
    finished->setObjectName(u"review.finish"_s);
    connect(finished, &QPushButton::clicked, this, &ReviewDialog::finish);
    auto *later = buttons->addButton(tr("Continue Later"), QDialogButtonBox::RejectRole);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_session, &ReviewSession::currentChanged, this, &ReviewDialog::showCurrent);
    connect(m_page, &ProposalPage::errorOccurred, this, &ReviewDialog::report);
    resize(900, 760);
    showCurrent();
}

QString ReviewDialog::summary() const
{
    const auto text = m_session.summaryMarkdown();
    return text ? *text : text.error().message;
}

void ReviewDialog::showCurrent()
{
    const int left = m_session.remaining();
    QString progress = left == 0
        ? tr("Nothing left to review: every proposal has been looked at.")
        : tr("%n proposal(s) to review", nullptr, left) + u" · "_s + tr("%n decided", nullptr, m_session.decided());
    if (m_session.isResumed())
        progress += u" · "_s + tr("resumed");
    m_progress->setText(progress);
    m_page->setEnabled(left > 0);
    const ProposalSummary &card = m_session.details()->proposal().summary;
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(card.status))));
    m_reason->clear();
    m_mergeInto->clear();
}

void ReviewDialog::keep()
{
    report(m_session.decide({}).ok() ? QString() : tr("The decision could not be recorded."));
}

void ReviewDialog::move()
{
    ProposalReviews::DecisionInput input;
    input.decision = ProposalReviews::Decision::Move;
    input.status = ProposalStatus(m_status->currentData().toInt());
    const Status done = m_session.decide(input);
    report(done ? QString() : done.error().message);
}

void ReviewDialog::decline()
{
    ProposalReviews::DecisionInput input;
    input.decision = ProposalReviews::Decision::Decline;
    input.reason = m_reason->text();
    const Status done = m_session.decide(input);
    report(done ? QString() : done.error().message);
}

void ReviewDialog::assignOwner()
{
    ProposalReviews::DecisionInput input;
    input.decision = ProposalReviews::Decision::AssignOwner;
    input.owner = AgentId(m_owner->currentData().toLongLong());
    const Status done = m_session.decide(input);
    report(done ? QString() : done.error().message);
}

void ReviewDialog::merge()
{
    ProposalReviews::DecisionInput input;
    input.decision = ProposalReviews::Decision::Merge;
    input.mergeInto = ProposalId(m_mergeInto->text().remove(u'#').trimmed().toLongLong());
    if (!input.mergeInto.isValid()) {
        report(tr("Give the number of the proposal to merge into."));
        return;
    }
    const Status done = m_session.decide(input);
    report(done ? QString() : done.error().message);
}

void ReviewDialog::finish()
{
    const Status done = m_session.finish();
    if (!done) {
        report(done.error().message);
        return;
    }
    accept();
}

void ReviewDialog::report(const QString &message)
{
    m_message->setText(message);
}

} // namespace Casebook
