// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersview.h"

#include "customercard.h"
#include "detaildelegate.h"
#include "models/agents/session.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerlistmodel.h"
#include "views/common/prompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString splitterKey = u"customers/splitter"_s;
} // namespace

CustomersView::CustomersView(Session &session, VaultSession *vault, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CustomerListModel(session.database(), session.clock(), this))
    , m_cardModel(new CustomerCardModel(session, vault, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_card(new CustomerCard(*m_cardModel, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_search->setObjectName(u"customers.search"_s);
    m_search->setAccessibleName(tr("Search customers"));
    m_count->setObjectName(u"customers.count"_s);
    m_list->setObjectName(u"customers.list"_s);
    m_list->setAccessibleName(tr("Customers"));
    m_merge->setObjectName(u"customers.merge"_s);
    m_card->setObjectName(u"customers.card"_s);

    m_search->setPlaceholderText(tr("Search name, e-mail, company, tag:name"));
    m_search->setClearButtonEnabled(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailBelow, true, m_list));
    m_list->setUniformItemSizes(true); // a hundred thousand rows never measure themselves
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_merge->setToolTip(tr("Select two customers who are the same person. The one whose card is shown "
                           "stays; the other one's addresses, tickets, notes and tags move to it."));

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    auto *add = new QPushButton(tr("New…"), this);
    add->setObjectName(u"customers.new"_s);
    connect(add, &QPushButton::clicked, this, &CustomersView::newCustomerRequested);
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(u"customers.edit"_s);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_cardModel->customer().isValid())
            Q_EMIT editCustomerRequested(m_cardModel->customer());
    });
    bottom->addWidget(add);
    bottom->addWidget(edit);
    bottom->addWidget(m_merge);
    leftLayout->addLayout(bottom);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 700});
    if (QSettings *settings = m_session.settings())
        m_splitter->restoreState(settings->value(splitterKey).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Typing pauses before the query runs: one search per word, not per key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersView::applySearch);
    connect(m_model, &CustomerListModel::matchCountChanged, this, &CustomersView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::updateCount);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CustomersView::currentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersView::updateActions);
    connect(m_merge, &QPushButton::clicked, this, &CustomersView::mergeSelected);
    connect(m_card, &CustomerCard::ticketActivated, this, &CustomersView::ticketActivated);

    applySearch();
}

CustomersView::~CustomersView()
{
    if (QSettings *settings = m_session.settings())
        settings->setValue(splitterKey, m_splitter->saveState());
}

void CustomersView::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applySearch();
}

void CustomersView::applySearch()
{
    const CustomerId shown = m_cardModel->customer();
    if (const auto done = m_model->setSearch(m_search->text()); !done)
        m_count->setText(done.error().message);
    else
        updateCount();
    const QModelIndex again = m_model->indexOf(shown);
    if (again.isValid())
        m_list->setCurrentIndex(again);
    else if (!shown.isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0)); // never an empty card beside a full list
    updateActions();
}

void CustomersView::updateCount()
{
    const int count = m_model->matchCount();
    m_count->setText(m_model->isCountCapped() ? tr("more than %L1 customers").arg(CustomerListModel::countLimit)
                                              : tr("%Ln customer(s)", nullptr, count));
}

void CustomersView::currentChanged()
{
    const CustomerId customer = m_model->customerAt(m_list->currentIndex());
    if (customer.isValid() && customer != m_cardModel->customer())
        (void)m_cardModel->setCustomer(customer); // the card shows what could not be read
    updateActions();
}

void CustomersView::showCustomer(CustomerId customer)
{
    (void)m_cardModel->setCustomer(customer);
    const QModelIndex index = m_model->indexOf(customer);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
    }
    updateActions();
}

void CustomersView::updateActions()
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    m_merge->setEnabled(selected.size() == 2);
}

void CustomersView::mergeSelected()
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    if (selected.size() != 2)
        return;
    // The card on screen is the record the agent has been reading: it stays.
    const CustomerId survivor = m_cardModel->customer();
    CustomerId duplicate;
    for (const QModelIndex &index : selected) {
        if (m_model->customerAt(index) != survivor)
            duplicate = m_model->customerAt(index);
    }
    if (!duplicate.isValid() || !survivor.isValid())
        return;
    const auto plan = m_cardModel->planMerge(duplicate);
    if (!plan) {
        Prompts::instance().showError(this, tr("Cannot Merge"), plan.error().message, {});
        return;
    }
    //: %1 the customer that goes away, %2 the one that stays
    const QString question = tr("Merge %1 into %2?\n\nAddresses, tickets, notes, tags, bug reports and proposal "
                                "requests of %1 move to %2, and %1 leaves the list. The merge is recorded on %2.")
                                 .arg(plan->duplicate.displayName, plan->survivor.displayName);
    if (!Prompts::instance().confirm(this, tr("Merge Customers"), question))
        return;
    const auto merged = m_cardModel->merge(*plan);
    if (!merged) {
        Prompts::instance().showError(this, tr("Cannot Merge"), merged.error().message, merged.error().detail);
        return;
    }
    showCustomer(survivor);
}

} // namespace Casebook
