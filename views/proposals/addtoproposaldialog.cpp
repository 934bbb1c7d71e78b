// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtoproposaldialog.h"

#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

AddToProposalDialog::AddToProposalDialog(ProposalPicker &picker, QWidget *parent)
    : QDialog(parent)
    , m_picker(picker)
{
    setObjectName(u"proposals.add"_s);
    setWindowTitle(tr("Add to Proposals"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"addProposal.search"_s);
    m_search->setAccessibleName(tr("Search proposals"));
    m_search->setPlaceholderText(tr("What does the customer ask for? Existing proposals appear as you type."));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(u"addProposal.matches"_s);
    m_matches->setAccessibleName(tr("Matching proposals"));
    layout->addWidget(m_matches, 1);
    auto *form = new QFormLayout;
    m_words = new QComboBox(this);
    m_words->setObjectName(u"addProposal.words"_s);
    m_words->addItem(tr("No quote"), qint64(0));
    if (const auto quotable = picker.quotable()) {
        for (const ProposalPicker::Quotable &q : *quotable) {
            const QString text = q.body.simplified().left(90);
            m_words->addItem(q.note ? tr("Note: %1").arg(text) : text, q.id.value());
        }
        if (m_words->count() > 1)
            m_words->setCurrentIndex(1); // the newest customer message
    }
    form->addRow(tr("The customer's words:"), m_words);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(u"addProposal.message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("+1 This Proposal"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addProposal.add"_s);
    m_create = buttons->addButton(tr("Create New Proposal"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(u"addProposal.create"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AddToProposalDialog::addToSelected);
    connect(m_create, &QPushButton::clicked, this, &AddToProposalDialog::createNew);
    connect(m_search, &QLineEdit::textChanged, this, &AddToProposalDialog::search);
    connect(m_matches, &QListWidget::itemDoubleClicked, this, &AddToProposalDialog::addToSelected);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) { m_add->setEnabled(row >= 0); });
    if (const auto counted = picker.countedFor())
        m_counted = *counted;
    resize(620, 440);
    search();
}

void AddToProposalDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int AddToProposalDialog::matchCount() const
{
    return m_matches->count();
}

void AddToProposalDialog::search()
{
    m_matches->clear();
    const QString text = m_search->text();
    m_create->setEnabled(!text.trimmed().isEmpty());
    m_add->setEnabled(false);
    if (text.trimmed().isEmpty())
        return;
    const auto hits = m_picker.search(text);
    if (!hits) {
        m_message->setText(hits.error().message);
        return;
    }
    for (const ProposalMatch &m : *hits) {
        //: A duplicate-search hit: title, frequency and status
        QString line =
            tr("%1 — %n request(s), %2", nullptr, m.requests).arg(m.title, ProposalBoardModel::statusText(m.status));
        if (m_counted.contains(m.id))
            line += u" · "_s + tr("this ticket counts already");
        auto *item = new QListWidgetItem(line, m_matches);
        item->setData(Qt::UserRole, m.id.value());
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
    m_message->setText(m_matches->count() > 0
                           ? tr("+1 one of these if it is the same request; create a new one only if none is.")
                           : tr("No proposal like this yet: create it."));
}

void AddToProposalDialog::addToSelected()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    const auto outcome = m_picker.addTo(ProposalId(item->data(Qt::UserRole).toLongLong()),
                                        MessageId(m_words->currentData().toLongLong()));
    if (!outcome) {
        m_message->setText(outcome.error().message);
        return;
    }
    Q_EMIT added(outcome->proposal, outcome->counted);
    accept();
}

void AddToProposalDialog::createNew()
{
    const auto outcome = m_picker.create(m_search->text(), {}, MessageId(m_words->currentData().toLongLong()));
    if (!outcome) {
        m_message->setText(outcome.error().message);
        return;
    }
    Q_EMIT added(outcome->proposal, outcome->counted);
    accept();
}

} // namespace Casebook
