// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentloadpanel.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/tickets/assignment/agentloadmodel.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// Marks the agents holding tickets too long (R24) with the palette's link colour.
class LoadDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OverdueRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        }
    }
};

} // namespace

AgentLoadPanel::AgentLoadPanel(Session &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"agentLoadPanel"_s);
    m_model = new AgentLoadModel(session.database(), session.clock(), this);
    auto *title = new QLabel(tr("Open tickets per agent"), this);
    title->setObjectName(u"agentLoad.title"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list = new QListView(this);
    m_list->setObjectName(u"agentLoad.list"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new LoadDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setToolTip(tr("Ask for help when your queue is long; offer it when a teammate's is."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
}

AgentLoadPanel::~AgentLoadPanel() = default;

} // namespace Casebook
