// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampage.h"

#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/team/teamsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>
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
    m_tagsLocked = new QCheckBox(tr("Only the team's existing tags may be used"), this);
    m_tagsLocked->setObjectName(QStringLiteral("team.tagsLocked"));
    m_closeAfter = periodBox(QStringLiteral("team.closeAfter"), tr(" hours"), 24 * 90, this);
    m_solveAfter = periodBox(QStringLiteral("team.solveAfter"), tr(" business hours"), 10 * 24 * 30, this);
    m_heldAfter = periodBox(QStringLiteral("team.heldAfter"), tr(" business days"), 60, this);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("team.zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_ownZone = new QLabel(this);
    m_ownZone->setObjectName(QStringLiteral("team.ownZone"));
    m_ownZone->setForegroundRole(QPalette::PlaceholderText);
    m_dayStart = new QTimeEdit(this);
    m_dayStart->setObjectName(QStringLiteral("team.dayStart"));
    m_dayStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayEnd = new QTimeEdit(this);
    m_dayEnd->setObjectName(QStringLiteral("team.dayEnd"));
    m_dayEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("team.weekday.%1").arg(day));
        m_weekdays.append(box);
        days->addWidget(box);
    }
    days->addStretch();
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_dayStart);
    //: between the start and the end of the working day
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_dayEnd);
    hours->addStretch();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("team.message"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Team time zone (for times customers see):"), m_zone);
    form->addRow(QString(), m_ownZone);
    form->addRow(tr("Business hours:"), hours);
    form->addRow(tr("Working days:"), days);
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
    const BusinessHours &team = rules->hours;
    m_zone->setCurrentText(QString::fromUtf8(team.zone.id()));
    m_dayStart->setTime(QTime(0, 0).addSecs(qint64(team.startMinute) * 60));
    m_dayEnd->setTime(team.endMinute >= 24 * 60 ? QTime(23, 59) : QTime(0, 0).addSecs(qint64(team.endMinute) * 60));
    for (qsizetype i = 0; i < m_weekdays.size(); ++i)
        m_weekdays.at(i)->setChecked((team.weekdays & (1 << i)) != 0);
    const QTimeZone own(m_session.agent().timeZone.toUtf8());
    const QDateTime now = m_session.clock().now();
    //: R07: %1 is the agent's own zone, %2 the time there, %3 the time in the team's zone
    m_ownZone->setText(tr("Your own zone: %1 (now %2 there, %3 team time)")
                           .arg(m_session.agent().timeZone, now.toTimeZone(own.isValid() ? own : QTimeZone::UTC).toString(QStringLiteral("HH:mm")),
                                now.toTimeZone(team.zone).toString(QStringLiteral("HH:mm"))));
    m_tagsLocked->setChecked(rules->tagsLocked);
    m_closeAfter->setValue(rules->solvedToClosedHours);
    m_solveAfter->setValue(rules->pendingToSolvedBusinessHours);
    m_heldAfter->setValue(rules->longHeldBusinessDays);
    m_loaded = true;
    if (!m_session.isLead()) {
        m_message->setText(tr("Only a shift lead changes the team's rules."));
        for (QWidget *field : {static_cast<QWidget *>(m_tagsLocked), static_cast<QWidget *>(m_closeAfter),
                               static_cast<QWidget *>(m_solveAfter), static_cast<QWidget *>(m_heldAfter),
                               static_cast<QWidget *>(m_zone), static_cast<QWidget *>(m_dayStart),
                               static_cast<QWidget *>(m_dayEnd)})
            field->setEnabled(false);
        for (QCheckBox *day : std::as_const(m_weekdays))
            day->setEnabled(false);
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
        BusinessHours &hours = rules.value().hours;
        hours.zone = QTimeZone(m_zone->currentText().trimmed().toUtf8());
        hours.startMinute = m_dayStart->time().hour() * 60 + m_dayStart->time().minute();
        hours.endMinute = m_dayEnd->time().hour() * 60 + m_dayEnd->time().minute();
        hours.weekdays = 0;
        for (qsizetype i = 0; i < m_weekdays.size(); ++i)
            hours.weekdays |= m_weekdays.at(i)->isChecked() ? (1 << i) : 0;
        written = m_settings.write(rules.value());
    }
    if (!written) {
        m_message->setForegroundRole(QPalette::WindowText);
        m_message->setText(tr("The team's rules were not saved: %1").arg(written.error().message));
    }
    return written;
}

} // namespace Casebook
