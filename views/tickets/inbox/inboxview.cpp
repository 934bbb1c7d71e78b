// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxview.h"

#include "inboxdelegate.h"
#include "models/agents/session.h"
#include "models/presence/presence.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxcounts.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/inbox/savedviewsmodel.h"
#include "views/common/prompts.h"
#include "views/common/shortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString headerKey = u"inbox/header"_s;
const QString viewKey = u"inbox/view"_s;

QToolButton *toolButton(const QString &name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

InboxView::InboxView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InboxModel(session.database(), session.clock(), this))
    , m_counts(new InboxCounts(session.database(), session.clock(), this))
    , m_savedViews(new SavedViewsModel(session, this))
    , m_settings(session.settings())
    , m_views(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_searchError(new QLabel(this))
    , m_count(new QLabel(this))
    , m_tagged(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_delegate(new InboxDelegate(this))
{
    m_views->setObjectName(u"inbox.views"_s);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_views->setMinimumContentsLength(10); // "Open (861)"; longer team view names elide
    m_addView = toolButton(u"inbox.addView"_s, tr("+"), tr("Save the search as a view for the team"), this);
    m_editView = toolButton(u"inbox.editView"_s, tr("Edit"), tr("Rename or change this team view"), this);
    m_removeView = toolButton(u"inbox.removeView"_s, tr("Remove"), tr("Remove this team view"), this);
    m_search->setObjectName(u"inbox.search"_s);
    m_allTickets = toolButton(u"inbox.searchAll"_s, tr("All tickets"), {}, this);
    m_allTickets->setCheckable(true);
    m_allTickets->hide(); // shown while searching
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(4000);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_searchError->setObjectName(u"inbox.searchError"_s);
    m_searchError->setWordWrap(true);
    m_searchError->hide();
    m_count->setObjectName(u"inbox.count"_s);
    m_tagged->setObjectName(u"inbox.taggedShare"_s);
    // A click lists what is missing from the share: the open tickets without a tag.
    m_tagged->setCursor(Qt::PointingHandCursor);
    m_tagged->installEventFilter(this);
    m_error->setObjectName(u"inbox.error"_s);
    m_table->setObjectName(u"inbox.table"_s);
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setAccessibleDescription(tr("The inbox: one row per ticket, newest activity first"));
    // Rows are walked with the arrows, J and K; Tab leaves the list for the open ticket
    // instead of stepping through the cells of a row.
    m_table->setTabKeyNavigation(false);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Severity and licence marks are small swatches, not icons.
    const int swatch = std::max(6, fontMetrics().height() / 2);
    m_table->setIconSize(QSize(swatch, swatch));
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Complexity is the model's last column (added later); it reads best beside severity.
    header->moveSection(header->visualIndex(InboxModel::ComplexityColumn), InboxModel::SeverityColumn + 1);
    for (const auto &[column, ems] : {std::pair{InboxModel::SeverityColumn, 7},
                                      {InboxModel::ComplexityColumn, 7},
                                      {InboxModel::CustomerColumn, 11},
                                      {InboxModel::StatusColumn, 6},
                                      {InboxModel::AssigneeColumn, 8},
                                      {InboxModel::TagsColumn, 8},
                                      {InboxModel::ChannelColumn, 5},
                                      {InboxModel::LastActivityColumn, 8},
                                      {InboxModel::FirstResponseDueColumn, 11},
                                      {InboxModel::ReceivedColumn, 8}}) {
        // Wide enough for its title and the sort arrow, within reason: a long title (Russian
        // ones often are) is elided rather than squeezing the subject off the screen.
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int wanted = header->fontMetrics().horizontalAdvance(title) + 2 * em
            + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        header->resizeSection(column, std::clamp(wanted, ems * em, (ems + 2) * em));
    }
    header->setSectionHidden(InboxModel::ChannelColumn, true); // one click away in the header's menu
    if (m_settings)
        header->restoreState(m_settings->value(headerKey).toByteArray());
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column))
            m_userHidden.insert(column);
    }
    // The header's context menu shows and hides columns; the choice is saved with the layout.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!m_userHidden.contains(column));
        toggle->setEnabled(column != InboxModel::SubjectColumn);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) {
            if (on)
                m_userHidden.remove(column);
            else
                m_userHidden.insert(column);
            applyColumnVisibility();
        });
        header->addAction(toggle);
    }
    m_table->viewport()->installEventFilter(this);
    m_search->installEventFilter(this);
    // The model starts sorted by last activity, newest first; the indicator says so.
    header->setSortIndicator(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    // Search hits come best first, which no column shows: no arrow until a click sorts them
    // by a column (queued: after the view has asked the model to sort).
    connect(
        header, &QHeaderView::sortIndicatorChanged, this,
        [this, header] { header->setSortIndicatorShown(!m_model->isRanked()); }, Qt::QueuedConnection);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    // No "View:" label: the picker says what it is, and the row must stay narrow enough to
    // sit beside an open ticket in every language.
    m_views->setToolTip(tr("The view: a saved search with its live count"));
    m_views->setAccessibleName(tr("View"));
    top->addWidget(m_views);
    top->addWidget(m_addView);
    top->addWidget(m_editView);
    top->addWidget(m_removeView);
    top->addStretch(1);
    top->addWidget(m_count);
    // The tagged share on a line of its own: beside the picker it made the list too wide to sit
    // next to an open ticket (in Russian, wider than a full-HD screen).
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_tagged);
    figures->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(figures);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_allTickets);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchError);
    layout->addWidget(createViewEditor());
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    createActions();

    connect(m_views, &QComboBox::currentIndexChanged, this, &InboxView::applyView);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runQuery();
        openTypedNumber();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_allTickets->setVisible(!text.trimmed().isEmpty());
        if (text.isEmpty())
            runQuery(); // the clear button
    });
    connect(m_allTickets, &QToolButton::toggled, this, [this] {
        updateSearchScope();
        if (!m_search->text().trimmed().isEmpty())
            runQuery();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &InboxView::runQuery);
    connect(m_model, &InboxModel::countChanged, this, &InboxView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::updateCount);
    connect(m_counts, &InboxCounts::countsChanged, this, &InboxView::updateViewTitles);
    connect(m_counts, &InboxCounts::countsChanged, this, &InboxView::updateTaggedShare);
    connect(m_counts, &InboxCounts::countsChanged, this, [this] {
        // Unsolved, solved and closed together are every ticket.
        int total = 0;
        for (const QString &key : {u"open"_s, u"solved"_s, u"closed"_s}) {
            const int count = m_counts->count(key);
            if (count < 0)
                return;
            total += count;
        }
        Q_EMIT noTicketsChanged(total == 0);
    });
    connect(m_addView, &QToolButton::clicked, this, [this] { editView(true); });
    connect(m_editView, &QToolButton::clicked, this, [this] { editView(false); });
    connect(m_removeView, &QToolButton::clicked, this, &InboxView::removeView);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT ticketActivated(m_model->ticketAt(index)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::currentChanged);
    // A reset (another view, another order) leaves no current row, and says nothing of it.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_model->setHeldTicket({}); });
    // Another desktop (or this one) changed the team's views.
    connect(m_savedViews, &SavedViewsModel::viewsChanged, this, &InboxView::reloadViews);

    reloadViews();
    const int saved = m_settings ? m_views->findData(m_settings->value(viewKey).toString()) : -1;
    if (saved > 0)
        m_views->setCurrentIndex(saved); // applies it
    else
        applyView(0);
    // After the first query: turning sorting on asks the model for the order it already has.
    m_table->setSortingEnabled(true);
    updateTaggedShare();
}

InboxView::~InboxView()
{
    // The saved layout holds the user's choice of columns, not the narrow overlay.
    m_fitToWidth = false;
    applyColumnVisibility();
    if (m_settings) {
        m_settings->setValue(headerKey, m_table->horizontalHeader()->saveState());
        m_settings->setValue(viewKey, m_views->currentData());
    }
}

void InboxView::applyColumnVisibility()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        header->setSectionHidden(column, m_userHidden.contains(column));
    if (!m_fitToWidth)
        return;
    // Columns step aside, least telling first, until the subject has room and no title is
    // cut at the list's edge (Russian titles make every column wider). Severity and the
    // response due time always stay; status and customer go last (the list beside an open
    // ticket and the notifications).
    static constexpr std::array leastTellingFirst{InboxModel::ReceivedColumn,   InboxModel::ChannelColumn,
                                                  InboxModel::TagsColumn,       InboxModel::AssigneeColumn,
                                                  InboxModel::ComplexityColumn, InboxModel::LastActivityColumn,
                                                  InboxModel::StatusColumn,     InboxModel::CustomerColumn};
    const int subjectRoom = 14 * fontMetrics().horizontalAdvance(u'M');
    int used = 0;
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        if (column != InboxModel::SubjectColumn && !header->isSectionHidden(column))
            used += header->sectionSize(column);
    }
    for (const InboxModel::Column column : leastTellingFirst) {
        if (used + subjectRoom <= m_table->viewport()->width())
            break;
        if (!header->isSectionHidden(column)) {
            used -= header->sectionSize(column); // a hidden section's size reads 0
            header->setSectionHidden(column, true);
        }
    }
}

bool InboxView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tagged && event->type() == QEvent::MouseButtonRelease) {
        showView(u"untagged"_s);
        return true;
    }
    if (watched == m_search && event->type() == QEvent::Resize)
        updateSearchScope(); // the hint that fits the new width
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        // Every width has its own set of columns (see applyColumnVisibility).
        m_fitToWidth = true;
        applyColumnVisibility();
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *InboxView::createViewEditor()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(u"inbox.viewEditor"_s);
    m_editorName = new QLineEdit(m_editor);
    m_editorName->setObjectName(u"inbox.viewName"_s);
    m_editorName->setPlaceholderText(tr("Name"));
    m_editorQuery = new QLineEdit(m_editor);
    m_editorQuery->setObjectName(u"inbox.viewQuery"_s);
    m_editorQuery->setPlaceholderText(tr("Search, for example: tag:billing -status:closed"));
    m_editorError = new QLabel(m_editor);
    m_editorError->setObjectName(u"inbox.viewError"_s);
    m_editorError->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save View"), m_editor);
    save->setObjectName(u"inbox.viewSave"_s);
    auto *cancel = new QPushButton(tr("Cancel"), m_editor);
    cancel->setObjectName(u"inbox.viewCancel"_s);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Team view:"), m_editor));
    row->addWidget(m_editorName, 1);
    row->addWidget(m_editorQuery, 3);
    row->addWidget(save);
    row->addWidget(cancel);
    auto *column = new QVBoxLayout(m_editor);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_editorError);
    m_editorError->hide();
    m_editor->hide();
    connect(save, &QPushButton::clicked, this, &InboxView::saveView);
    connect(m_editorName, &QLineEdit::returnPressed, this, &InboxView::saveView);
    connect(m_editorQuery, &QLineEdit::returnPressed, this, &InboxView::saveView);
    connect(cancel, &QPushButton::clicked, m_editor, &QWidget::hide);
    return m_editor;
}

void InboxView::createActions()
{
    auto add = [this](const QString &id, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(id);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        ShortcutRegistry::instance()->add(action, id, keys);
    };
    add(u"inbox.next"_s, tr("Next Ticket"), {QKeySequence(Qt::Key_J)}, [this] { moveCurrent(1); });
    add(u"inbox.previous"_s, tr("Previous Ticket"), {QKeySequence(Qt::Key_K)}, [this] { moveCurrent(-1); });
    add(u"inbox.open"_s, tr("Open Ticket"), {QKeySequence(Qt::Key_O)}, [this] { openCurrent(); });
    add(u"inbox.search"_s, tr("Search Tickets"), {QKeySequence::Find, QKeySequence(Qt::Key_Slash)}, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // From any field of the window (the composer, the sidebar), not only from the list; "/"
    // still types itself in a text field (KeyGuard).
    findChild<QAction *>(u"inbox.search"_s)->setShortcutContext(Qt::WindowShortcut);
    add(u"inbox.searchAll"_s, tr("Search All Tickets"), {QKeySequence(Qt::ALT | Qt::Key_A)}, [this] {
        m_allTickets->setChecked(!m_allTickets->isChecked());
        if (!m_search->hasFocus())
            m_search->setFocus(Qt::ShortcutFocusReason);
    });
}

void InboxView::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int row = std::clamp(current + delta, 0, rows - 1);
    const QModelIndex target = m_model->index(row, InboxModel::SubjectColumn);
    m_table->setCurrentIndex(target);
    m_table->selectRow(row);
    m_table->scrollTo(target);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void InboxView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT ticketActivated(m_model->ticketAt(current));
}

void InboxView::reloadViews()
{
    const QString current = currentViewKey();
    m_allViews = m_savedViews->views();
    {
        const QSignalBlocker block(m_views);
        m_views->clear();
        for (const SavedView &view : std::as_const(m_allViews))
            m_views->addItem(view.title, view.key);
        const int index = m_views->findData(current);
        m_views->setCurrentIndex(std::max(0, index));
        if (index < 0 && !current.isEmpty())
            QTimer::singleShot(0, this, [this] { applyView(m_views->currentIndex()); }); // the shown view was removed
    }
    m_counts->setViews(m_allViews, m_session.agentId());
    updateViewTitles();
    const bool custom = m_views->currentIndex() >= 0 && m_allViews.value(m_views->currentIndex()).isCustom();
    m_editView->setEnabled(custom);
    m_removeView->setEnabled(custom);
}

void InboxView::updateViewTitles()
{
    for (int i = 0; i < m_views->count() && i < m_allViews.size(); ++i) {
        const SavedView &view = m_allViews.at(i);
        const int count = m_counts->count(view.key);
        //: A view in the inbox's picker and its live number of tickets
        m_views->setItemText(i, count < 0 ? view.title : tr("%1 (%2)").arg(view.title, QLocale().toString(count)));
    }
}

void InboxView::updateTaggedShare()
{
    const auto share = m_counts->taggedShare();
    if (!share) {
        m_tagged->setText(tr("Tagged this month: …"));
        return;
    }
    if (share->tickets == 0) {
        // A share of nothing is no achievement: 0 of 0 would read "100 %".
        //: R14: no ticket was created this month, so there is no tagged share to show
        m_tagged->setText(tr("Tagged this month: no tickets this month"));
        m_tagged->setToolTip(tr("The share of the tickets created this month that carry at least one tag; "
                                "no ticket was created this month yet. Click to list the open tickets without a tag."));
        QFont font = m_tagged->font();
        font.setBold(false);
        m_tagged->setFont(font);
        m_tagged->setProperty("belowGoal", false);
        return;
    }
    const int percent = int(std::lround(share->share() * 100));
    const bool met = share->share() >= taggedShareGoal;
    //: R14: the share of this month's tickets that carry a tag, against the team's goal
    m_tagged->setText(tr("Tagged this month: %1 % (goal %2 %)").arg(percent).arg(int(taggedShareGoal * 100)));
    //: %1 and %2 count tickets, %3 is the team's goal in percent
    m_tagged->setToolTip(tr("%1 of %2 tickets created this month carry at least one tag; the team's goal is %3 %. "
                            "Click to list the open tickets without a tag.")
                             .arg(share->tagged)
                             .arg(share->tickets)
                             .arg(int(taggedShareGoal * 100)));
    QFont font = m_tagged->font();
    font.setBold(!met); // below the goal: it asks for attention
    m_tagged->setFont(font);
    m_tagged->setProperty("belowGoal", !met);
}

void InboxView::showView(const QString &key)
{
    const int index = m_views->findData(key);
    if (index >= 0)
        m_views->setCurrentIndex(index);
}

QString InboxView::currentViewKey() const
{
    return m_views->currentData().toString();
}

void InboxView::applyView(int index)
{
    if (index < 0 || index >= m_allViews.size())
        return;
    const bool custom = m_allViews.at(index).isCustom();
    m_editView->setEnabled(custom);
    m_removeView->setEnabled(custom);
    updateSearchScope();
    runQuery();
    // A view with an order of its own (R34's order received) opens in it; the agent may
    // still sort by another column.
    if (const SavedView &view = m_allViews.at(index); view.sortColumn >= 0) {
        QHeaderView *header = m_table->horizontalHeader();
        if (m_table->isSortingEnabled())
            header->setSortIndicator(view.sortColumn, view.sortOrder);
        else
            m_model->sort(view.sortColumn, view.sortOrder);
    }
}

void InboxView::updateCount()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (!m_model->isCountKnown() && m_model->isSearch())
        // The first page of hits is shown; the rest are still being read.
        //: %n is how many matches are shown so far; more are on their way
        m_count->setText(tr("%n+ match(es)…", nullptr, m_model->matchCount()));
    else if (!m_model->isCountKnown())
        m_count->setText(tr("Counting…"));
    else if (m_model->isSearch() && m_model->matchCount() >= InboxModel::searchLimit)
        m_count->setText(tr("best %n match(es)", nullptr, m_model->matchCount()));
    else if (searching && isSearchingAll())
        m_count->setText(tr("%n match(es) in all tickets", nullptr, m_model->matchCount()));
    else if (searching)
        //: %1 is the view searched, for example "Mine"
        m_count->setText(tr("%n match(es) in %1", nullptr, m_model->matchCount()).arg(currentViewTitle()));
    else
        m_count->setText(tr("%n ticket(s)", nullptr, m_model->matchCount()));
}

QString InboxView::currentViewTitle() const
{
    return m_allViews.value(m_views->currentIndex()).title;
}

void InboxView::currentChanged(const QModelIndex &current)
{
    const TicketId ticket = m_model->ticketAt(current);
    // A row kept for the previous ticket leaves now; the current index follows its own row.
    m_model->setHeldTicket(ticket);
    Q_EMIT currentTicketChanged(ticket);
}

void InboxView::editView(bool asNew)
{
    const SavedView current = m_allViews.value(m_views->currentIndex());
    if (asNew) {
        m_editing = SavedView{};
        m_editorName->clear();
        // A new view starts from what is shown: the view's filters and the typed search.
        m_editorQuery->setText(QString(current.query + u' ' + m_search->text()).trimmed());
    } else {
        if (!current.isCustom())
            return;
        m_editing = current;
        m_editorName->setText(current.title);
        m_editorQuery->setText(current.query);
    }
    m_editorError->hide();
    m_editor->show();
    m_editorName->setFocus();
}

void InboxView::saveView()
{
    Result<SavedView> saved = Error{};
    if (m_editing.isCustom()) {
        SavedView changed = m_editing;
        changed.title = m_editorName->text();
        changed.query = m_editorQuery->text();
        saved = m_savedViews->update(changed);
    } else {
        saved = m_savedViews->add(m_editorName->text(), m_editorQuery->text());
    }
    if (!saved) {
        m_editorError->setText(saved.error().message);
        m_editorError->show();
        return;
    }
    m_editor->hide();
    showView(saved->key); // the model has already read the list again
}

void InboxView::removeView()
{
    const SavedView current = m_allViews.value(m_views->currentIndex());
    if (!current.isCustom())
        return;
    if (!Prompts::instance().confirm(this, tr("Remove View"),
                                     tr("Remove the view \"%1\" for the whole team?").arg(current.title)))
        return;
    if (auto removed = m_savedViews->remove(current); !removed)
        Prompts::instance().showError(this, tr("Remove View"), removed.error().message, removed.error().detail);
}

void InboxView::setPresence(const Presence *presence)
{
    m_delegate->setPresence(presence);
    if (presence)
        connect(presence, &Presence::changed, m_table->viewport(), qOverload<>(&QWidget::update));
}

} // namespace Casebook
