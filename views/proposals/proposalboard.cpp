// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalboard.h"

#include "proposalcarddelegate.h"

#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalcolumnmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

ProposalBoard::ProposalBoard(ProposalBoardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *delegate = new ProposalCardDelegate(this);
    for (const ProposalStatus status : boardStatuses) {
        const QString key = proposalStatusNames.name(status);
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        auto *title = new QLabel(box);
        title->setObjectName(u"proposals.columnTitle."_s + key);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *columnModel = new ProposalColumnModel(&m_model, status, this);
        auto *view = new QListView(box);
        view->setObjectName(u"proposals.column."_s + key);
        view->setModel(columnModel);
        view->setItemDelegate(delegate);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setUniformItemSizes(true);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        // Wide enough for a card's counts ("105 requests · 90 customers") in either language;
        // the board scrolls sideways when the window is narrower than seven of them.
        view->setMinimumWidth(18 * view->fontMetrics().horizontalAdvance(u'M'));
        view->installEventFilter(this);
        view->setAccessibleName(ProposalBoardModel::statusText(status));
        boxLayout->addWidget(title);
        boxLayout->addWidget(view, 1);
        layout->addWidget(box, 1);
        m_columns.push_back({status, columnModel, view, title});
        const Column column = m_columns.back();
        connect(view, &QListView::customContextMenuRequested, this,
                [this, column](const QPoint &at) { showMenu(column, at); });
        connect(view, &QListView::activated, this, [this, columnModel](const QModelIndex &index) {
            Q_EMIT openRequested(columnModel->proposalAt(index));
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, columnModel](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    m_current = columnModel->proposalAt(current);
                    Q_EMIT currentChanged(m_current);
                });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(columnModel, signal, this, &ProposalBoard::updateTitles);
        connect(columnModel, &QAbstractItemModel::modelReset, this, &ProposalBoard::updateTitles);
        connect(columnModel, &QAbstractItemModel::layoutChanged, this, &ProposalBoard::updateTitles);
    }
    updateTitles();
}

ProposalColumnModel *ProposalBoard::column(ProposalStatus status) const
{
    for (const Column &c : m_columns) {
        if (c.status == status)
            return c.model;
    }
    return nullptr;
}

QListView *ProposalBoard::columnView(ProposalStatus status) const
{
    for (const Column &c : m_columns) {
        if (c.status == status)
            return c.view;
    }
    return nullptr;
}

ProposalId ProposalBoard::currentProposal() const
{
    return m_model.summary(m_current) ? m_current : ProposalId();
}

void ProposalBoard::selectProposal(ProposalId id)
{
    const ProposalSummary *card = m_model.summary(id);
    if (!card)
        return;
    for (const Column &c : m_columns) {
        if (c.status != card->status)
            continue;
        const QModelIndex index = c.model->indexOf(id);
        if (index.isValid()) {
            c.view->setFocus();
            c.view->setCurrentIndex(index);
            c.view->scrollTo(index);
        }
    }
    m_current = id;
}

void ProposalBoard::moveCurrent(int step)
{
    const ProposalId id = currentProposal();
    const ProposalSummary *card = m_model.summary(id);
    if (!card)
        return;
    for (qsizetype i = 0; i < qsizetype(m_columns.size()); ++i) {
        if (m_columns[i].status != card->status)
            continue;
        const qsizetype target = i + step;
        if (target >= 0 && target < qsizetype(m_columns.size()))
            moveTo(id, m_columns[target].status);
        return;
    }
}

void ProposalBoard::moveTo(ProposalId id, ProposalStatus status)
{
    if (const Status moved = m_model.moveTo(id, status); !moved) {
        Q_EMIT m_model.errorOccurred(moved.error().message);
        return;
    }
    selectProposal(id);
}

bool ProposalBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            moveCurrent(key->key() == Qt::Key_Left ? -1 : +1);
            return true;
        }
        // Left and right walk between columns, as on any board.
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            for (qsizetype i = 0; i < qsizetype(m_columns.size()); ++i) {
                if (m_columns[i].view != watched)
                    continue;
                const qsizetype step = key->key() == Qt::Key_Left ? -1 : 1;
                for (qsizetype j = i + step; j >= 0 && j < qsizetype(m_columns.size()); j += step) {
                    if (m_columns[j].model->rowCount() > 0) {
                        m_columns[j].view->setFocus();
                        m_columns[j].view->setCurrentIndex(m_columns[j].model->index(0, 0));
                        break;
                    }
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProposalBoard::showMenu(const Column &column, const QPoint &at)
{
    const QModelIndex index = column.view->indexAt(at);
    if (!index.isValid())
        return;
    const ProposalId id = column.model->proposalAt(index);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT openRequested(id); });
    QMenu *move = menu.addMenu(tr("Move to"));
    for (const ProposalStatus status : boardStatuses) {
        QAction *action =
            move->addAction(ProposalBoardModel::statusText(status), this, [this, id, status] { moveTo(id, status); });
        action->setEnabled(status != column.status);
    }
    menu.exec(column.view->viewport()->mapToGlobal(at));
}

void ProposalBoard::updateTitles()
{
    for (const Column &c : m_columns) {
        //: A board column's title: the status and how many cards it holds
        c.title->setText(tr("%1 (%2)").arg(ProposalBoardModel::statusText(c.status)).arg(c.model->rowCount()));
    }
}

} // namespace Casebook
