// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampage.h"

#include "models/agents/session.h"
#include "models/team/teamsettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Casebook {

namespace {

QSpinBox *periodBox(const QString &name, const QString &suffix, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

TeamPage::TeamPage(Session &session, TeamSettingsStore &settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings.page.team"));
    m_tagsLocked = new QCheckBox(tr("Only the team's existing tags may be used (R14)"), this);
    m_tagsLocked->setObjectName(QStringLiteral("team.tagsLocked"));
    m_closeAfter = periodBox(QStringLiteral("team.closeAfter"), tr(" hours"), 24 * 90, this);
    m_solveAfter = periodBox(QStringLiteral("team.solveAfter"), tr(" business hours"), 10 * 24 * 30, this);
    m_heldAfter = periodBox(QStringLiteral("team.heldAfter"), tr(" business days"), 60, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("team.message"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_tagsLocked);
    form->addRow(tr("Close solved tickets after:"), m_closeAfter);
    form->addRow(tr("Solve pending tickets without a customer reply after:"), m_solveAfter);
    form->addRow(tr("Flag a ticket one agent holds after:"), m_heldAfter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The playbook's numbers, shared by everyone on this database:"), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();

    const auto rules = m_settings.read();
    if (!rules) {
        m_message->setText(tr("The team's rules could not be read: %1").arg(rules.error().message));
        setEnabled(false);
        return;
    }
    m_tagsLocked->setChecked(rules->tagsLocked);
    m_closeAfter->setValue(rules->solvedToClosedHours);
    m_solveAfter->setValue(rules->pendingToSolvedBusinessHours);
    m_heldAfter->setValue(rules->longHeldBusinessDays);
    m_loaded = true;
    if (!m_session.isLead()) {
        m_message->setText(tr("Only a shift lead changes the team's rules."));
        for (QWidget *field : {static_cast<QWidget *>(m_tagsLocked), static_cast<QWidget *>(m_closeAfter),
                               static_cast<QWidget *>(m_solveAfter), static_cast<QWidget *>(m_heldAfter)})
            field->setEnabled(false);
    }
}

TeamPage::~TeamPage() = default;

Status TeamPage::apply()
{
    if (!m_loaded || !m_session.isLead())
        return Done{};
    // Starts from what is stored now, so a value this page does not show is never put back.
    auto rules = m_settings.read();
    Status written = rules ? Status(Done{}) : Status(rules.error());
    if (rules) {
        rules.value().tagsLocked = m_tagsLocked->isChecked();
        rules.value().solvedToClosedHours = m_closeAfter->value();
        rules.value().pendingToSolvedBusinessHours = m_solveAfter->value();
        rules.value().longHeldBusinessDays = m_heldAfter->value();
        written = m_settings.write(rules.value());
    }
    if (!written) {
        m_message->setForegroundRole(QPalette::WindowText);
        m_message->setText(tr("The team's rules were not saved: %1").arg(written.error().message));
    }
    return written;
}

} // namespace Casebook
