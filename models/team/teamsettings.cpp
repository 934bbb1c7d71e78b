// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include "models/proposals/proposal.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The playbook values, one text each.
const QString zoneKey = u"team.time_zone"_s;
const QString daysKey = u"team.work_days"_s; // ISO weekday numbers: "1,2,3,4,5"
const QString hoursKey = u"team.work_hours"_s; // "09:00-19:00"
const QString standardPolicyKey = u"sla.policy.standard"_s;
const QString premiumPolicyKey = u"sla.policy.premium"_s;
const QString lockedKey = u"tags.locked"_s;
const QString goalKey = u"tags.goal_percent"_s;
const QString closeKey = u"lifecycle.solved_to_closed_hours"_s;
const QString solveKey = u"lifecycle.pending_to_solved_business_hours"_s;
const QString heldKey = u"tickets.long_held_business_days"_s;

// The keys other stores keep here.
const QString sshKeyKey = u"team.ssh_public_key"_s;
const QString securityWordsKey = u"privacy.security_words"_s;
const QString chooserKey = u"bugreports.chooser_yaml"_s;
const QString replyFormatKey = u"mail.reply_format"_s;
const QString repliesSeededKey = u"replies.shipped_version"_s;
const QString demoSeedKey = u"demo.seed"_s;
const QString proposalWeightsKey = u"proposals.weights"_s; // standard,contract,premium

// Last writer wins per key, as every key is written as a whole.
const QString upsert = u"INSERT INTO team_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value, version = team_settings.version + 1"_s;

const QStringList playbookKeys{zoneKey,   daysKey, hoursKey, standardPolicyKey, premiumPolicyKey,
                               lockedKey, goalKey, closeKey, solveKey,          heldKey};

constexpr int minutesPerDay = 24 * 60;

QString translate(const char *text)
{
    return QCoreApplication::translate("Casebook::TeamSettingsStore", text);
}

// Call sites mark their text with QT_TRANSLATE_NOOP so lupdate finds it in this context.
Error invalid(const char *text)
{
    return {Error::Kind::Invalid, translate(text), {}};
}

std::optional<int> number(const QString &text, int lowest, int highest)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= lowest && value <= highest ? std::optional(value) : std::nullopt;
}

// "09:00" as minutes since midnight; "24:00" ends a day that runs to midnight.
std::optional<int> minuteOfDay(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    const auto hour = number(parts.at(0), 0, 24);
    const auto minute = number(parts.at(1), 0, 59);
    if (!hour || !minute || *hour * 60 + *minute > minutesPerDay)
        return std::nullopt;
    return *hour * 60 + *minute;
}

QString clockText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

// Bit 0 = Monday, as BusinessHours counts them.
std::optional<int> weekdayMask(const QString &text)
{
    int mask = 0;
    for (const QString &day : text.split(u',', Qt::SkipEmptyParts)) {
        const auto iso = number(day, 1, 7);
        if (!iso)
            return std::nullopt;
        mask |= 1 << (*iso - 1);
    }
    return mask != 0 ? std::optional(mask) : std::nullopt;
}

QString weekdayText(int mask)
{
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (mask & (1 << (day - 1)))
            days.append(QString::number(day));
    }
    return days.join(u',');
}

bool isValidWeek(const BusinessHours &hours)
{
    return hours.weekdays > 0 && hours.weekdays < (1 << 7) && hours.startMinute >= 0
        && hours.startMinute < hours.endMinute && hours.endMinute <= minutesPerDay;
}

// Each missing or broken text keeps the default already in `settings`.
TeamSettings decode(const QHash<QString, QString> &stored)
{
    TeamSettings settings;
    const auto text = [&stored](const QString &key) { return stored.value(key); };
    // An empty id would name the system's zone, not the team's. "UTC" stays the default's
    // own UTC, so an untouched database reads as the defaults.
    if (const QByteArray id = text(zoneKey).trimmed().toUtf8(); !id.isEmpty() && id != "UTC") {
        if (const QTimeZone zone(id); zone.isValid())
            settings.hours.zone = zone;
    }
    if (const auto days = weekdayMask(text(daysKey)))
        settings.hours.weekdays = *days;
    if (const QStringList span = text(hoursKey).split(u'-'); span.size() == 2) {
        BusinessHours week = settings.hours;
        const auto start = minuteOfDay(span.at(0));
        const auto end = minuteOfDay(span.at(1));
        week.startMinute = start.value_or(-1);
        week.endMinute = end.value_or(-1);
        if (isValidWeek(week))
            settings.hours = week;
    }
    for (const auto &[key, field] : {std::pair{standardPolicyKey, &TeamSettings::standardSlaPolicy},
                                     {premiumPolicyKey, &TeamSettings::premiumSlaPolicy}}) {
        if (const QString name = text(key).trimmed(); !name.isEmpty())
            settings.*field = name;
    }
    if (const QString locked = text(lockedKey).trimmed(); locked == u"1" || locked == u"true")
        settings.tagsLocked = true;
    settings.tagGoalPercent = number(text(goalKey), 1, 100).value_or(settings.tagGoalPercent);
    for (const auto &[key, field] : {std::pair{closeKey, &TeamSettings::solvedToClosedHours},
                                     {solveKey, &TeamSettings::pendingToSolvedBusinessHours},
                                     {heldKey, &TeamSettings::longHeldBusinessDays}})
        settings.*field = number(text(key), 1, std::numeric_limits<int>::max()).value_or(settings.*field);
    return settings;
}

QList<std::pair<QString, QString>> encode(const TeamSettings &settings)
{
    const BusinessHours &hours = settings.hours;
    return {{zoneKey, QString::fromUtf8(hours.zone.id())},
            {daysKey, weekdayText(hours.weekdays)},
            {hoursKey, clockText(hours.startMinute) + u'-' + clockText(hours.endMinute)},
            {standardPolicyKey, settings.standardSlaPolicy.trimmed()},
            {premiumPolicyKey, settings.premiumSlaPolicy.trimmed()},
            {lockedKey, settings.tagsLocked ? u"1"_s : u"0"_s},
            {goalKey, QString::number(settings.tagGoalPercent)},
            {closeKey, QString::number(settings.solvedToClosedHours)},
            {solveKey, QString::number(settings.pendingToSolvedBusinessHours)},
            {heldKey, QString::number(settings.longHeldBusinessDays)}};
}

std::optional<Error> problemWith(const TeamSettings &settings)
{
    if (settings.solvedToClosedHours < 1 || settings.pendingToSolvedBusinessHours < 1
        || settings.longHeldBusinessDays < 1)
        return invalid(QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore", "Every period must be at least 1."));
    if (settings.tagGoalPercent < 1 || settings.tagGoalPercent > 100)
        return invalid(QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore",
                                         "The goal for tagged dialogues is a percentage from 1 to 100."));
    if (!settings.hours.zone.isValid())
        return invalid(
            QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore", "The team's time zone is not a known time zone."));
    if (!isValidWeek(settings.hours))
        return invalid(
            QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore",
                              "The working day must start before it ends, on at least one day of the week."));
    if (settings.standardSlaPolicy.trimmed().isEmpty() || settings.premiumSlaPolicy.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore", "Each customer tier needs the name of its SLA policy."));
    return std::nullopt;
}

// The playbook texts as stored; inside a transaction when the caller holds one on this thread.
Result<QHash<QString, QString>> storedPlaybook(const Database &database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    QStringList marks;
    marks.fill(u"?"_s, playbookKeys.size());
    q.prepare(u"SELECT key, value FROM team_settings WHERE key IN (%1)"_s.arg(marks.join(u", ")));
    for (const QString &key : playbookKeys)
        q.addBindValue(key);
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QHash<QString, QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    return stored;
}

Status put(WriteTransaction &tx, const QString &key, const QString &text)
{
    auto written = tx.exec(upsert, {key, text});
    if (!written)
        return written.error();
    return Done{};
}

} // namespace

QString TeamSettingsStore::changeEntity()
{
    return u"team_settings"_s;
}

TeamSettingsStore::TeamSettingsStore(Database &database)
    : m_database(database)
{
}

Result<TeamSettings> TeamSettingsStore::read() const
{
    const auto stored = storedPlaybook(m_database);
    if (!stored)
        return stored.error();
    return decode(stored.value());
}

Status TeamSettingsStore::write(const TeamSettings &settings)
{
    if (const auto problem = problemWith(settings))
        return *problem;
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const auto stored = storedPlaybook(m_database);
    if (!stored)
        return stored.error();
    bool changed = false;
    for (const auto &[key, text] : encode(settings)) {
        // Only what differs is written: saving an untouched page leaves the table, and
        // everyone's ChangeFeed, alone; a default the database never held stays unwritten.
        if (stored->contains(key) ? stored->value(key) == text : decode({}) == decode({{key, text}}))
            continue;
        if (auto written = put(tx, key, text); !written)
            return written;
        changed = true;
    }
    if (!changed)
        return Done{};
    if (auto recorded = tx.record(changeEntity(), 0, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Result<QList<StoredSlaPolicy>> TeamSettingsStore::slaPolicies() const
{
    return SlaPolicies(m_database).read();
}

Status TeamSettingsStore::writeSlaPolicies(const QList<StoredSlaPolicy> &policies, qint64 nowMs)
{
    return SlaPolicies(m_database).write(policies, nowMs);
}

Result<QString> TeamSettingsStore::sshPublicKey() const
{
    const auto stored = value(sshKeyKey);
    if (!stored)
        return stored.error();
    return stored->value_or(QString());
}

Status TeamSettingsStore::setSshPublicKey(const QString &line)
{
    return store(sshKeyKey, line, true);
}

Result<ProposalWeights> TeamSettingsStore::proposalWeights() const
{
    const auto stored = value(proposalWeightsKey);
    if (!stored)
        return stored.error();
    ProposalWeights weights;
    const QStringList parts = stored->value_or(QString()).split(u',');
    if (parts.size() == 3) {
        bool ok[3] = {};
        const double read[3] = {parts[0].toDouble(&ok[0]), parts[1].toDouble(&ok[1]), parts[2].toDouble(&ok[2])};
        if (ok[0] && ok[1] && ok[2] && read[0] >= 0 && read[1] >= 0 && read[2] >= 0)
            weights = {read[0], read[1], read[2]};
    }
    return weights;
}

Status TeamSettingsStore::setProposalWeights(const ProposalWeights &weights)
{
    if (weights.standard < 0 || weights.contract < 0 || weights.premium < 0)
        return invalid(QT_TRANSLATE_NOOP("Casebook::TeamSettingsStore", "A weight cannot be negative."));
    return store(proposalWeightsKey, u"%1,%2,%3"_s.arg(weights.standard).arg(weights.contract).arg(weights.premium));
}

Result<QStringList> TeamSettingsStore::securityWords() const
{
    const auto stored = value(securityWordsKey);
    if (!stored)
        return stored.error();
    QStringList words;
    for (const QString &word : stored->value_or(QString()).split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = word.trimmed(); !trimmed.isEmpty())
            words << trimmed;
    }
    return words;
}

Status TeamSettingsStore::setSecurityWords(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words) {
        if (const QString trimmed = word.trimmed(); !trimmed.isEmpty() && !trimmed.contains(u','))
            kept << trimmed;
    }
    return store(securityWordsKey, kept.join(u','), true);
}

Result<bool> TeamSettingsStore::repliesAsHtml() const
{
    const auto stored = value(replyFormatKey);
    if (!stored)
        return stored.error();
    return stored->value_or(QString()) == u"html"_s;
}

Status TeamSettingsStore::setRepliesAsHtml(bool html)
{
    return store(replyFormatKey, html ? u"html"_s : u"plain"_s);
}

Result<std::optional<QByteArray>> TeamSettingsStore::bugTemplateChooser() const
{
    const auto stored = value(chooserKey);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<QByteArray>();
    return std::optional(stored.value()->toUtf8());
}

Status TeamSettingsStore::setBugTemplateChooser(const QByteArray &yaml)
{
    return store(chooserKey, QString::fromUtf8(yaml));
}

Result<int> TeamSettingsStore::cannedRepliesSeeded() const
{
    const auto stored = value(repliesSeededKey);
    if (!stored)
        return stored.error();
    return number(stored->value_or(QString()), 0, std::numeric_limits<int>::max()).value_or(0);
}

Status TeamSettingsStore::markCannedRepliesSeeded(WriteTransaction &tx, int version)
{
    if (auto written = put(tx, repliesSeededKey, QString::number(version)); !written)
        return written;
    return tx.record(changeEntity(), 0, Change::Op::Update);
}

Result<std::optional<quint32>> TeamSettingsStore::demoSeed() const
{
    const auto stored = value(demoSeedKey);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<quint32>();
    return std::optional(stored.value()->toUInt());
}

Status TeamSettingsStore::markDemoSeed(quint32 seed)
{
    QSqlQuery q(m_database.connection());
    q.prepare(upsert);
    q.addBindValue(demoSeedKey);
    q.addBindValue(QString::number(seed));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return Done{};
}

Status TeamSettingsStore::markDemoZone(const QTimeZone &zone)
{
    QSqlQuery q(m_database.connection());
    q.prepare(upsert);
    q.addBindValue(zoneKey);
    q.addBindValue(QString::fromUtf8(zone.id()));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return Done{};
}

Result<std::optional<QString>> TeamSettingsStore::value(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM team_settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return std::optional<QString>();
    return std::optional(q.value(0).toString());
}

Status TeamSettingsStore::store(const QString &key, const QString &text, bool removeWhenEmpty)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (removeWhenEmpty && text.isEmpty()) {
        if (auto removed = tx.exec(u"DELETE FROM team_settings WHERE key = ?"_s, {key}); !removed)
            return removed.error();
    } else if (auto written = put(tx, key, text); !written) {
        return written;
    }
    if (auto recorded = tx.record(changeEntity(), 0, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace Casebook
