// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxview.h"

#include "agents/session.h"
#include "tickets/inboxmodel.h"
#include "tickets/savedviews.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString headerKey = u"inbox/header"_s;
const QString viewKey = u"inbox/view"_s;
} // namespace

InboxView::InboxView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InboxModel(session.database(), session.clock(), this))
    , m_settings(session.settings())
    , m_views(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_views->setObjectName(u"inbox.views"_s);
    m_count->setObjectName(u"inbox.count"_s);
    m_error->setObjectName(u"inbox.error"_s);
    m_table->setObjectName(u"inbox.table"_s);
    for (const SavedView &view : builtInSavedViews())
        m_views->addItem(view.title, view.key);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    for (const auto &[column, ems] : {std::pair{InboxModel::MarkerColumn, 7}, {InboxModel::CustomerColumn, 10},
                                      {InboxModel::StatusColumn, 8}, {InboxModel::AssigneeColumn, 9},
                                      {InboxModel::TagsColumn, 8}, {InboxModel::ChannelColumn, 6},
                                      {InboxModel::LastActivityColumn, 8}, {InboxModel::FirstResponseDueColumn, 9}}) {
        // Wide enough for its title, whatever the language.
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(ems * em, header->fontMetrics().horizontalAdvance(title) + 2 * em));
    }
    header->setSectionHidden(InboxModel::ChannelColumn, true); // one click away in the header's menu
    if (m_settings)
        header->restoreState(m_settings->value(headerKey).toByteArray());
    // The header's context menu shows and hides columns; the choice is saved with the layout.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != InboxModel::SubjectColumn);
        connect(toggle, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
        header->addAction(toggle);
    }
    // The model starts sorted by last activity, newest first; the indicator says so.
    header->setSortIndicator(InboxModel::LastActivityColumn, Qt::DescendingOrder);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&View:"), this);
    label->setBuddy(m_views);
    top->addWidget(label);
    top->addWidget(m_views);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_views, &QComboBox::currentIndexChanged, this, &InboxView::applyView);
    connect(m_model, &InboxModel::countChanged, this, &InboxView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::updateCount);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT ticketActivated(m_model->ticketAt(index)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentTicketChanged(m_model->ticketAt(current)); });

    const int saved = m_settings ? m_views->findData(m_settings->value(viewKey).toString()) : -1;
    if (saved > 0)
        m_views->setCurrentIndex(saved); // applies it
    else
        applyView(0);
    // After the first query: turning sorting on asks the model for the order it already has.
    m_table->setSortingEnabled(true);
}

InboxView::~InboxView()
{
    if (m_settings) {
        m_settings->setValue(headerKey, m_table->horizontalHeader()->saveState());
        m_settings->setValue(viewKey, m_views->currentData());
    }
}

void InboxView::showView(const QString &key)
{
    const int index = m_views->findData(key);
    if (index >= 0)
        m_views->setCurrentIndex(index);
}

void InboxView::applyView(int index)
{
    const QList<SavedView> views = builtInSavedViews();
    if (index < 0 || index >= views.size())
        return;
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(views.at(index).query, QDate::currentDate(), &error);
    const auto shown = m_model->setQuery(query, m_session.agentId());
    m_error->setVisible(!shown.ok());
    if (!shown.ok())
        m_error->setText(shown.error().message);
    updateCount();
}

void InboxView::updateCount()
{
    m_count->setText(m_model->isCountKnown() ? tr("%n ticket(s)", nullptr, m_model->rowCount())
                                             : tr("Counting…"));
}

} // namespace Casebook
