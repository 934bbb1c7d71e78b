// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalpage.h"

#include "models/common/dates.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposaldetails.h"
#include "models/tickets/ticketlink.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString dateText(qint64 ms)
{
    return ms > 0 ? Dates::moment(ms) : QString();
}

} // namespace

ProposalPage::ProposalPage(ProposalDetails &details, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"proposal.title"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"proposal.summary"_s);
    m_summary->setWordWrap(true);
    m_tiers = new QLabel(this);
    m_tiers->setObjectName(u"proposal.tiers"_s);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"proposal.owner"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Owner:"), m_owner);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tiers);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"proposal.tabs"_s);
    m_requests = new QTableWidget(0, 5, m_tabs);
    m_requests->setObjectName(u"proposal.requests"_s);
    m_requests->setHorizontalHeaderLabels({tr("Customer"), tr("Tier"), tr("Ticket"), tr("Date"), tr("Their words")});
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->verticalHeader()->hide();
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setWordWrap(false);
    connect(m_requests, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const TicketId ticket(m_requests->item(row, 2)->data(Qt::UserRole).toLongLong());
        if (ticket.isValid())
            Q_EMIT ticketOpenRequested(ticket);
    });
    m_tabs->addTab(m_requests, tr("Requests"));

    auto *texts = new QWidget(m_tabs);
    auto *textsLayout = new QVBoxLayout(texts);
    auto *split = new QSplitter(Qt::Horizontal, texts);
    auto *editors = new QWidget(split);
    auto *editorsLayout = new QVBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    m_description = new QPlainTextEdit(editors);
    m_description->setObjectName(u"proposal.description"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the customers ask for, and why."));
    m_rfc = new QPlainTextEdit(editors);
    m_rfc->setObjectName(u"proposal.rfc"_s);
    m_rfc->setAccessibleName(tr("Request for comments"));
    m_rfc->setPlaceholderText(tr("RFC in Markdown: problem, proposal, alternatives, open questions."));
    editorsLayout->addWidget(new QLabel(tr("Description"), editors));
    editorsLayout->addWidget(m_description, 1);
    editorsLayout->addWidget(new QLabel(tr("RFC (Markdown)"), editors));
    editorsLayout->addWidget(m_rfc, 2);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(u"proposal.preview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    split->addWidget(editors);
    split->addWidget(m_preview);
    m_save = new QPushButton(tr("Save texts"), texts);
    m_save->setObjectName(u"proposal.save"_s);
    textsLayout->addWidget(split, 1);
    textsLayout->addWidget(m_save, 0, Qt::AlignRight);
    m_tabs->addTab(texts, tr("RFC"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Description and RFC"));
    const auto preview = [this] {
        m_preview->setMarkdown(u"# "_s + m_details.proposal().summary.title + u"\n\n"_s + m_description->toPlainText()
                               + u"\n\n"_s + m_rfc->toPlainText());
        if (!m_filling)
            m_save->setEnabled(true);
    };
    connect(m_description, &QPlainTextEdit::textChanged, this, preview);
    connect(m_rfc, &QPlainTextEdit::textChanged, this, preview);
    connect(m_save, &QPushButton::clicked, this, &ProposalPage::saveTexts);

    auto *history = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(history);
    m_history = new QListWidget(history);
    m_history->setObjectName(u"proposal.history"_s);
    m_history->setAccessibleName(tr("History"));
    m_history->setWordWrap(true);
    m_comment = new QLineEdit(history);
    m_comment->setObjectName(u"proposal.comment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment for the team, Enter to add"));
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (const Status added = m_details.comment(m_comment->text()); !added)
            report(added.error().message);
        else
            m_comment->clear();
    });
    auto *mergeRow = new QHBoxLayout;
    m_mergeSearch = new QLineEdit(history);
    m_mergeSearch->setObjectName(u"proposal.mergeSearch"_s);
    m_mergeSearch->setAccessibleName(tr("Find a proposal to merge into"));
    m_mergeSearch->setPlaceholderText(tr("Find the proposal this one duplicates"));
    m_mergeTarget = new QComboBox(history);
    m_mergeTarget->setObjectName(u"proposal.mergeTarget"_s);
    m_mergeTarget->setAccessibleName(tr("Merge into"));
    auto *merge = new QPushButton(tr("Merge into it"), history);
    merge->setObjectName(u"proposal.merge"_s);
    mergeRow->addWidget(m_mergeSearch, 1);
    mergeRow->addWidget(m_mergeTarget, 1);
    mergeRow->addWidget(merge);
    connect(m_mergeSearch, &QLineEdit::textChanged, this, &ProposalPage::searchMergeTargets);
    connect(merge, &QPushButton::clicked, this, [this] {
        const ProposalId target(m_mergeTarget->currentData().toLongLong());
        if (!target.isValid())
            return;
        if (const Status merged = m_details.mergeInto(target); !merged)
            report(merged.error().message);
    });
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_comment);
    historyLayout->addLayout(mergeRow);
    m_tabs->addTab(history, tr("History"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("History and comments"));
    layout->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"proposal.message"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_owner, &QComboBox::activated, this, [this] {
        if (const Status set = m_details.setOwner(AgentId(m_owner->currentData().toLongLong())); !set)
            report(set.error().message);
    });
    connect(&m_details, &ProposalDetails::changed, this, &ProposalPage::refresh);
    refresh();
}

void ProposalPage::refresh()
{
    m_filling = true;
    const Proposal &p = m_details.proposal();
    const ProposalSummary &s = p.summary;
    m_title->setText(s.title);
    QString summary = tr("%1 · %n request(s)", nullptr, s.requests).arg(ProposalBoardModel::statusText(s.status))
        + u" · "_s + tr("%n customer(s)", nullptr, s.customers) + u" · "_s
        + tr("score %1").arg(QLocale().toString(m_details.score(), 'g', 4)) + u" · "_s + s.tag;
    if (p.mergedInto.isValid())
        summary += u"\n"_s + tr("Merged into proposal #%1.").arg(p.mergedInto.value());
    if (!p.declineReason.isEmpty())
        summary += u"\n"_s + tr("Declined: %1").arg(p.declineReason);
    m_summary->setText(summary);
    const auto tiers = m_details.tierCounts();
    //: Counts of a proposal's requests by the customers' tier
    m_tiers->setText(
        tr("Premium: %1 · Contract: %2 · Standard: %3").arg(tiers.premium).arg(tiers.contract).arg(tiers.standard));

    m_owner->clear();
    m_owner->addItem(tr("Nobody"), qint64(0));
    for (const Agent &agent : m_details.agents())
        m_owner->addItem(agent.displayName, agent.id.value());
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(s.owner.value())));

    const auto &requests = m_details.requests();
    m_requests->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const ProposalRequest &r = requests.at(row);
        QString customer = r.customerName;
        if (r.source == RequestSource::Import && customer.isEmpty())
            customer = tr("(imported)");
        if (r.source == RequestSource::Note)
            customer += u" "_s + tr("(internal note)");
        const QString tier = r.tier == CustomerTier::Premium ? tr("Premium")
            : r.contract                                     ? tr("Contract")
                                                             : tr("Standard");
        // "#42" as everywhere tickets are named; the link itself is for exports.
        auto *ticket = new QTableWidgetItem(r.ticket.isValid() ? u"#"_s + QString::number(r.ticket.value()) : r.link);
        ticket->setData(Qt::UserRole, r.ticket.value());
        ticket->setToolTip(r.ticket.isValid() ? r.ticketSubject + u"\n"_s + TicketLink::text(r.ticket) : r.link);
        m_requests->setItem(row, 0, new QTableWidgetItem(customer));
        m_requests->setItem(row, 1, new QTableWidgetItem(r.customer.isValid() ? tier : QString()));
        m_requests->setItem(row, 2, ticket);
        m_requests->setItem(row, 3, new QTableWidgetItem(dateText(r.createdAt)));
        auto *words = new QTableWidgetItem(r.quote.simplified());
        words->setToolTip(r.quote);
        m_requests->setItem(row, 4, words);
    }
    m_requests->resizeColumnsToContents();
    // The customer's words fill what is left (and elide, whole in the tooltip) instead of
    // widening the table past the page.
    m_requests->setColumnWidth(4, m_requests->horizontalHeader()->sectionSizeHint(4));

    if (m_description->toPlainText() != p.description)
        m_description->setPlainText(p.description);
    if (m_rfc->toPlainText() != p.rfc)
        m_rfc->setPlainText(p.rfc);
    m_save->setEnabled(false);

    m_history->clear();
    for (const ProposalEvent &e : m_details.events()) {
        QString what;
        if (e.kind == u"created")
            what = tr("created the proposal");
        else if (e.kind == u"status")
            what = tr("moved it from %1 to %2").arg(e.oldValue, e.newValue);
        else if (e.kind == u"review")
            what = tr("reviewed it: %1").arg(e.newValue);
        else if (e.kind == u"merged")
            what = tr("merged it into #%1").arg(e.newValue);
        else if (e.kind == u"merged_in")
            what = tr("merged #%1 into it").arg(e.oldValue);
        else if (e.kind == u"owner")
            what = tr("changed the owner");
        else if (e.kind == u"description")
            what = tr("edited the description or RFC");
        else
            what = tr("commented");
        QString line = dateText(e.at) + u"  "_s + (e.agentName.isEmpty() ? tr("Someone") : e.agentName) + u' ' + what;
        if (!e.note.isEmpty())
            line += u": "_s + e.note;
        m_history->addItem(line);
    }
    m_filling = false;
}

void ProposalPage::saveTexts()
{
    if (const Status saved = m_details.saveTexts(m_description->toPlainText(), m_rfc->toPlainText()); !saved)
        report(saved.error().message);
}

void ProposalPage::searchMergeTargets()
{
    m_mergeTarget->clear();
    const auto hits = m_details.mergeCandidates(m_mergeSearch->text());
    if (!hits) {
        report(hits.error().message);
        return;
    }
    for (const ProposalMatch &m : *hits) {
        m_mergeTarget->addItem(tr("#%1 %2 (%n request(s))", nullptr, m.requests).arg(m.id.value()).arg(m.title),
                               m.id.value());
    }
}

void ProposalPage::report(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    Q_EMIT errorOccurred(message);
}

} // namespace Casebook
