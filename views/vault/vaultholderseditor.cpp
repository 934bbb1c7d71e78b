// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultholderseditor.h"

#include "models/common/itemroles.h"
#include "models/vault/vaultholdersmodel.h"
#include "models/vault/vaultsession.h"
#include "views/common/prompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

VaultHoldersEditor::VaultHoldersEditor(VaultSession &vault, QWidget *parent)
    : QWidget(parent)
    , m_model(new VaultHoldersModel(vault, this))
    , m_list(new QListView(this))
    , m_person(new QComboBox(this))
    , m_grant(new QPushButton(tr("Give the Key"), this))
    , m_revoke(new QPushButton(tr("Take the Key…"), this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"vault.holders"_s);
    m_list->setObjectName(u"vault.holders.list"_s);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_person->setObjectName(u"vault.holders.person"_s);
    m_grant->setObjectName(u"vault.holders.grant"_s);
    m_revoke->setObjectName(u"vault.holders.revoke"_s);
    m_hint->setObjectName(u"vault.holders.hint"_s);
    m_hint->setWordWrap(true);
    m_error->setObjectName(u"vault.holders.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *title = new QLabel(tr("Who holds the team key"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *explain = new QLabel(tr("Only holders see the team's accesses; on a team server the server itself hides "
                                  "them from everyone else. Holders still need the team passphrase to open a secret."),
                               this);
    explain->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_person, 1);
    actions->addWidget(m_grant);
    actions->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);

    connect(m_grant, &QPushButton::clicked, this, &VaultHoldersEditor::grant);
    connect(m_revoke, &QPushButton::clicked, this, &VaultHoldersEditor::revoke);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VaultHoldersEditor::updateControls);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &VaultHoldersEditor::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VaultHoldersEditor::updateControls);
    connect(m_model, &VaultHoldersModel::loadFailed, this, &VaultHoldersEditor::showError);
    // The admin's rights follow the person at this desk; the list is told through the model.
    connect(&vault, &VaultSession::holdersChanged, this, &VaultHoldersEditor::updateControls);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &VaultHoldersEditor::updateControls);
    updateControls();
}

VaultHoldersEditor::~VaultHoldersEditor() = default;

void VaultHoldersEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void VaultHoldersEditor::updateControls()
{
    const bool admin = m_model->canManage();
    const AgentId chosen(m_person->currentData().toLongLong());
    m_person->clear();
    if (admin) {
        if (const auto candidates = m_model->candidates(); candidates) {
            for (const VaultKeyHolder &person : *candidates)
                m_person->addItem(person.name, person.agent.value());
        }
        if (const int at = m_person->findData(chosen.value()); at >= 0)
            m_person->setCurrentIndex(at);
    }
    m_person->setVisible(admin);
    m_grant->setVisible(admin);
    m_revoke->setVisible(admin);
    m_grant->setEnabled(m_person->count() > 0);
    m_revoke->setEnabled(m_list->currentIndex().isValid());
    m_hint->setText(admin ? QString()
                          : tr("Only an admin gives the team key or takes it back. Ask one when a teammate needs it."));
    m_hint->setVisible(!admin);
}

void VaultHoldersEditor::grant()
{
    const AgentId agent(m_person->currentData().toLongLong());
    if (!agent.isValid())
        return;
    const Status done = m_model->grant(agent);
    showError(done ? QString() : done.error().message);
    updateControls();
}

void VaultHoldersEditor::revoke()
{
    const VaultKeyHolder holder = m_model->holderAt(m_list->currentIndex());
    if (!holder.agent.isValid())
        return;
    // Said before, not after: the server hides the vault from them, but cannot make them forget.
    if (!Prompts::instance().confirm(this, tr("Take the team key"),
                                     tr("Take the team key from %1? The vault's accesses are hidden from them from "
                                        "now on. What they have read, and the team passphrase if they know it, "
                                        "they keep.")
                                         .arg(holder.name)))
        return;
    const Status done = m_model->revoke(holder.agent);
    showError(done ? QString() : done.error().message);
    updateControls();
}

} // namespace Casebook
