// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampage.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
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

// A policy's times by severity as PolicyRow keeps them.
QHash<QString, std::pair<int, int>> timesOf(const StoredSlaPolicy &stored)
{
    QHash<QString, std::pair<int, int>> times;
    times.insert(QString(), {stored.policy.firstResponseMinutes, stored.policy.nextResponseMinutes});
    for (const SlaTarget &target : stored.targets)
        times.insert(target.severity, {target.firstResponseMinutes, target.nextResponseMinutes});
    return times;
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
    m_dayStart->setAccessibleName(tr("Working day starts"));
    m_dayStart->setDisplayFormat(Dates::timeEditFormat());
    m_dayEnd = new QTimeEdit(this);
    m_dayEnd->setObjectName(QStringLiteral("team.dayEnd"));
    m_dayEnd->setAccessibleName(tr("Working day ends"));
    m_dayEnd->setDisplayFormat(Dates::timeEditFormat());
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
                           .arg(m_session.agent().timeZone,
                                Dates::time(now.toTimeZone(own.isValid() ? own : QTimeZone::UTC).time()),
                                Dates::time(now.toTimeZone(team.zone).time())));
    m_tagsLocked->setChecked(rules->tagsLocked);
    m_closeAfter->setValue(rules->solvedToClosedHours);
    m_solveAfter->setValue(rules->pendingToSolvedBusinessHours);
    m_heldAfter->setValue(rules->longHeldBusinessDays);
    layout->insertWidget(layout->count() - 2, buildPolicies(*rules));
    m_loaded = true;
    if (!m_session.isLead()) {
        m_message->setText(tr("Only a shift lead changes the team's rules."));
        for (QWidget *field :
             {static_cast<QWidget *>(m_tagsLocked), static_cast<QWidget *>(m_closeAfter),
              static_cast<QWidget *>(m_solveAfter), static_cast<QWidget *>(m_heldAfter), static_cast<QWidget *>(m_zone),
              static_cast<QWidget *>(m_dayStart), static_cast<QWidget *>(m_dayEnd),
              static_cast<QWidget *>(m_standardPolicy), static_cast<QWidget *>(m_premiumPolicy)})
            field->setEnabled(false);
        // Which severity's times are shown is a view, not an edit: it stays open.
        for (const PolicyRow &row : std::as_const(m_policies)) {
            for (QWidget *field : {static_cast<QWidget *>(row.first), static_cast<QWidget *>(row.next),
                                   static_cast<QWidget *>(row.clock)})
                field->setEnabled(false);
        }
        for (QCheckBox *day : std::as_const(m_weekdays))
            day->setEnabled(false);
    }
}

TeamPage::~TeamPage() = default;

QWidget *TeamPage::buildPolicies(const TeamSettings &team)
{
    auto *box = new QGroupBox(tr("SLA policies"), this);
    box->setObjectName(QStringLiteral("team.sla"));
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("team.sla.severity"));
    //: Settings > Team, SLA policies: the times below are the policies' own, for any ticket
    m_severity->addItem(tr("Any severity"), QString());
    for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it)
        m_severity->addItem(TicketTriage::severityText(it->first), QString::fromLatin1(it->second));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Policy"), box), 0, 0);
    grid->addWidget(new QLabel(tr("First response"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Next response"), box), 0, 2);
    grid->addWidget(new QLabel(tr("Counted"), box), 0, 3);
    m_standardPolicy = new QComboBox(box);
    m_standardPolicy->setObjectName(QStringLiteral("team.sla.standard"));
    m_premiumPolicy = new QComboBox(box);
    m_premiumPolicy->setObjectName(QStringLiteral("team.sla.premium"));
    const auto policies = m_settings.slaPolicies();
    if (!policies)
        grid->addWidget(new QLabel(tr("The SLA policies could not be read: %1").arg(policies.error().message), box), 1,
                        0, 1, 4);
    for (const StoredSlaPolicy &stored : policies ? *policies : QList<StoredSlaPolicy>()) {
        const SlaPolicy &policy = stored.policy;
        const int row = int(m_policies.size()) + 1;
        const auto minutes = [&](const char *field, int value) {
            auto *spin = periodBox(QStringLiteral("team.sla.%1.%2").arg(policy.id).arg(QLatin1StringView(field)),
                                   tr(" min"), 60 * 24 * 30, box);
            spin->setValue(value);
            return spin;
        };
        PolicyRow edit{stored, minutes("first", policy.firstResponseMinutes),
                       minutes("next", policy.nextResponseMinutes), new QComboBox(box), timesOf(stored)};
        // What the boxes say is kept for the severity they show.
        const qsizetype index = m_policies.size();
        connect(edit.first, &QSpinBox::valueChanged, this,
                [this, index](int value) { m_policies[index].times[m_shownSeverity].first = value; });
        connect(edit.next, &QSpinBox::valueChanged, this,
                [this, index](int value) { m_policies[index].times[m_shownSeverity].second = value; });
        edit.clock->setObjectName(QStringLiteral("team.sla.%1.clock").arg(policy.id));
        edit.clock->addItem(tr("Business hours"), true);
        edit.clock->addItem(tr("Round the clock"), false);
        edit.clock->setCurrentIndex(policy.businessHours ? 0 : 1);
        grid->addWidget(new QLabel(policy.name, box), row, 0);
        grid->addWidget(edit.first, row, 1);
        grid->addWidget(edit.next, row, 2);
        grid->addWidget(edit.clock, row, 3);
        m_policies.append(edit);
        m_standardPolicy->addItem(policy.name);
        m_premiumPolicy->addItem(policy.name);
    }
    // A name no policy has any more is still shown, so saving does not change it unseen.
    for (const auto &[combo, name] :
         {std::pair{m_standardPolicy, team.standardSlaPolicy}, std::pair{m_premiumPolicy, team.premiumSlaPolicy}}) {
        if (combo->findText(name) < 0)
            combo->addItem(name);
        combo->setCurrentText(name);
    }
    grid->setColumnStretch(4, 1);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { showSeverity(m_severity->currentData().toString()); });
    auto *severity = new QFormLayout;
    //: Settings > Team, SLA policies: a choice of a ticket severity (or any)
    severity->addRow(tr("Times for tickets of:"), m_severity);
    auto *tiers = new QFormLayout;
    tiers->addRow(tr("Standard customers get:"), m_standardPolicy);
    tiers->addRow(tr("Premium customers get:"), m_premiumPolicy);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(severity);
    layout->addLayout(grid);
    layout->addLayout(tiers);
    return box;
}

void TeamPage::showSeverity(const QString &severity)
{
    m_shownSeverity = severity;
    for (PolicyRow &row : m_policies) {
        const auto [first, next] = row.times.value(severity, {0, 0});
        for (auto [box, value] : {std::pair{row.first, first}, std::pair{row.next, next}}) {
            const QSignalBlocker quiet(box);
            // A severity's 0 is "the policy's own": the policy's times themselves are at least a minute.
            box->setMinimum(severity.isEmpty() ? 1 : 0);
            //: Settings > Team, SLA policies: a severity without times of its own
            box->setSpecialValueText(severity.isEmpty() ? QString() : tr("As the policy"));
            box->setValue(value);
        }
    }
}

QList<StoredSlaPolicy> TeamPage::editedPolicies() const
{
    QList<StoredSlaPolicy> policies;
    for (const PolicyRow &row : m_policies) {
        StoredSlaPolicy edited = row.stored;
        const auto [first, next] = row.times.value(QString());
        edited.policy.firstResponseMinutes = first;
        edited.policy.nextResponseMinutes = next;
        edited.policy.businessHours = row.clock->currentData().toBool();
        // A severity with one time of its own takes the policy's for the other.
        edited.targets.clear();
        for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it) {
            const QString severity = QString::fromLatin1(it->second);
            const auto [ownFirst, ownNext] = row.times.value(severity, {0, 0});
            if (ownFirst > 0 || ownNext > 0)
                edited.targets.append({severity, ownFirst > 0 ? ownFirst : first, ownNext > 0 ? ownNext : next});
        }
        policies.append(edited);
    }
    return policies;
}

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
        rules.value().standardSlaPolicy = m_standardPolicy->currentText();
        rules.value().premiumSlaPolicy = m_premiumPolicy->currentText();
        written = m_settings.write(rules.value());
    }
    if (written) {
        written = m_settings.writeSlaPolicies(editedPolicies(), m_session.clock().nowMs());
        // Saved: the next save is checked against these versions.
        if (const auto stored = m_settings.slaPolicies(); written && stored) {
            for (PolicyRow &row : m_policies) {
                const auto found = std::find_if(stored->cbegin(), stored->cend(), [&row](const StoredSlaPolicy &p) {
                    return p.policy.id == row.stored.policy.id;
                });
                if (found != stored->cend())
                    row.stored = *found;
                // The policy's own times may have filled a severity's missing one.
                row.times = timesOf(row.stored);
            }
            showSeverity(m_shownSeverity);
        }
    }
    if (!written) {
        m_message->setForegroundRole(QPalette::WindowText);
        m_message->setText(tr("The team's rules were not saved: %1").arg(written.error().message));
    }
    return written;
}

} // namespace Casebook
