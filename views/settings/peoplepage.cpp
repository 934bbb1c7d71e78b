// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepage.h"

#include "models/agents/peoplemodel.h"
#include "views/customers/detaildelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook {

namespace {

QStringList languageCodes(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString code = part.trimmed().toLower(); !code.isEmpty())
            codes << code;
    }
    return codes;
}

} // namespace

PeoplePage::PeoplePage(PeopleModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("settings.page.people"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("people.list"));
    m_list->setAccessibleName(tr("People"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailBelow, false, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_add = new QPushButton(tr("&Add Person"), this);
    m_add->setObjectName(QStringLiteral("people.add"));
    m_deactivate = new QPushButton(tr("&Deactivate"), this);
    m_deactivate->setObjectName(QStringLiteral("people.deactivate"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_deactivate);
    listButtons->addStretch();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("people.name"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("people.login"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("people.email"));
    m_languages = new QLineEdit(this);
    m_languages->setObjectName(QStringLiteral("people.languages"));
    //: language codes separated by commas
    m_languages->setPlaceholderText(tr("en, ru"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("people.role"));
    for (const AgentRole role : {AgentRole::Agent, AgentRole::Lead, AgentRole::Admin})
        m_role->addItem(agentRoleText(role), int(role));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("people.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_save = new QPushButton(tr("&Save Person"), this);
    m_save->setObjectName(QStringLiteral("people.save"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    //: the name a person signs in with; on a team server, their PostgreSQL role
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Lan&guages:"), m_languages);
    form->addRow(tr("&Role:"), m_role);
    if (m_model.hasLoginRoles()) {
        form->addRow(tr("&Password:"), m_password);
        auto *hint = new QLabel(tr("On the team server each person signs in as their own role; the password "
                                   "is set there and never stored by Casebook."),
                                this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), hint);
    } else {
        m_password->hide();
    }
    form->addRow(QString(), m_save);

    m_handOff = new QFrame(this);
    m_handOff->setObjectName(QStringLiteral("people.handOff"));
    m_handOff->setFrameShape(QFrame::StyledPanel);
    m_handOffText = new QLabel(m_handOff);
    m_handOffText->setWordWrap(true);
    m_handOffTo = new QComboBox(m_handOff);
    m_handOffTo->setObjectName(QStringLiteral("people.handOff.to"));
    auto *handOffConfirm = new QPushButton(tr("&Hand Off and Deactivate"), m_handOff);
    handOffConfirm->setObjectName(QStringLiteral("people.handOff.confirm"));
    auto *keep = new QPushButton(tr("Deactivate &Only"), m_handOff);
    keep->setObjectName(QStringLiteral("people.handOff.keep"));
    auto *cancel = new QPushButton(tr("Cancel"), m_handOff);
    cancel->setObjectName(QStringLiteral("people.handOff.cancel"));
    auto *handOffRow = new QHBoxLayout;
    handOffRow->addWidget(new QLabel(tr("Hand them to:"), m_handOff));
    handOffRow->addWidget(m_handOffTo, 1);
    auto *handOffButtons = new QHBoxLayout;
    handOffButtons->addStretch();
    handOffButtons->addWidget(handOffConfirm);
    handOffButtons->addWidget(keep);
    handOffButtons->addWidget(cancel);
    auto *handOffLayout = new QVBoxLayout(m_handOff);
    handOffLayout->addWidget(m_handOffText);
    handOffLayout->addLayout(handOffRow);
    handOffLayout->addLayout(handOffButtons);
    m_handOff->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("people.message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Everyone who works on this database:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_handOff);
    layout->addLayout(form);
    layout->addWidget(m_message);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showPerson(m_model.agentAt(current)); });
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::startNew);
    connect(m_save, &QPushButton::clicked, this, &PeoplePage::save);
    connect(m_deactivate, &QPushButton::clicked, this, &PeoplePage::deactivateOrReactivate);
    connect(handOffConfirm, &QPushButton::clicked, this, [this] { finishDeactivation(true); });
    connect(keep, &QPushButton::clicked, this, [this] { finishDeactivation(false); });
    connect(cancel, &QPushButton::clicked, m_handOff, &QWidget::hide);
    // Another admin's change arrives through the model: the form follows the person shown.
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_editing.id.isValid() && m_list->currentIndex().isValid())
            updateButtons();
    });

    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0, 0));
    else
        startNew();
    if (!m_model.mayManage())
        say(tr("Only an admin adds, changes or deactivates people."));
    updateButtons();
}

PeoplePage::~PeoplePage() = default;

Agent PeoplePage::selected() const
{
    return m_model.agentAt(m_list->currentIndex());
}

void PeoplePage::showPerson(const Agent &agent)
{
    m_handOff->hide();
    m_editing = agent;
    m_name->setText(agent.displayName);
    m_login->setText(agent.login);
    m_email->setText(agent.email);
    m_languages->setText(agent.languages.join(QStringLiteral(", ")));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(agent.role))));
    m_password->clear();
    m_password->setPlaceholderText(agent.id.isValid() ? tr("Unchanged") : QString());
    updateButtons();
}

void PeoplePage::startNew()
{
    m_list->selectionModel()->clearSelection();
    m_list->setCurrentIndex({});
    showPerson(Agent{});
    m_name->setFocus();
}

void PeoplePage::updateButtons()
{
    const bool admin = m_model.mayManage();
    const bool existing = m_editing.id.isValid();
    const Agent current = selected();
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_languages),
          static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_save),
          static_cast<QWidget *>(m_add)})
        field->setEnabled(admin);
    // The login names the person in history and on the server: it is chosen once.
    m_login->setEnabled(admin && !existing);
    m_deactivate->setEnabled(admin && current.id.isValid());
    m_deactivate->setText(current.id.isValid() && !current.active ? tr("&Reactivate") : tr("&Deactivate"));
}

void PeoplePage::say(const QString &text, bool isError)
{
    m_message->setForegroundRole(isError ? QPalette::WindowText : QPalette::PlaceholderText);
    m_message->setText(text);
}

void PeoplePage::save()
{
    Agent agent = m_editing;
    agent.displayName = m_name->text().trimmed();
    agent.login = agent.id.isValid() ? m_editing.login : m_login->text().trimmed();
    agent.email = m_email->text().trimmed();
    agent.languages = languageCodes(m_languages->text());
    agent.role = AgentRole(m_role->currentData().toInt());
    if (agent.id.isValid()) {
        if (const Status edited = m_model.edit(agent, m_password->text()); !edited) {
            say(tr("%1 was not saved: %2").arg(agent.displayName, edited.error().message), true);
            return;
        }
        say(tr("%1 was saved.").arg(agent.displayName));
    } else {
        const Result<AgentId> added = m_model.add(agent, m_password->text());
        if (!added) {
            say(tr("The person was not added: %1").arg(added.error().message), true);
            return;
        }
        m_list->setCurrentIndex(m_model.indexOf(added.value()));
        say(tr("%1 was added.").arg(agent.displayName));
    }
    m_password->clear();
    showPerson(selected());
}

void PeoplePage::deactivateOrReactivate()
{
    const Agent agent = selected();
    if (!agent.id.isValid())
        return;
    if (!agent.active) {
        if (const Status done = m_model.reactivate(agent.id); !done)
            say(done.error().message, true);
        else
            say(tr("%1 is active again.").arg(agent.displayName));
        showPerson(selected());
        return;
    }
    const Result<int> open = m_model.openTicketCount(agent.id);
    if (!open) {
        say(open.error().message, true);
        return;
    }
    if (open.value() == 0) {
        finishDeactivation(false);
        return;
    }
    m_handOffText->setText(tr("%1 holds %n open ticket(s). History keeps their name either way.", nullptr, open.value())
                               .arg(agent.displayName));
    m_handOffTo->clear();
    for (const Agent &target : m_model.handOffTargets(agent.id))
        m_handOffTo->addItem(target.displayName, target.id.value());
    m_handOff->show();
}

void PeoplePage::finishDeactivation(bool handOff)
{
    const Agent agent = selected();
    const AgentId to = handOff ? AgentId(m_handOffTo->currentData().toLongLong()) : AgentId();
    m_handOff->hide();
    if (const Status done = m_model.deactivate(agent.id, to); !done) {
        say(tr("%1 was not deactivated: %2").arg(agent.displayName, done.error().message), true);
        return;
    }
    say(to.isValid() ? tr("%1 was deactivated; their open tickets went to %2.")
                           .arg(agent.displayName, m_handOffTo->currentText())
                     : tr("%1 was deactivated.").arg(agent.displayName));
    showPerson(selected());
}

} // namespace Casebook
