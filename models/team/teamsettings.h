// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/result.h"
#include "models/tickets/sla/slapolicies.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebook {

class Database;
struct ProposalWeights;
class WriteTransaction;

/**
 * What the whole team shares and may change, with the playbook's defaults: a value that
 * is missing or broken in the database reads as the default below.
 */
struct TeamSettings
{
    /// The team's zone and working week (R01, R07): weekdays 09:00-19:00, UTC until set.
    /// Holidays are not settings: the team calendar holds them (teamBusinessHours()).
    BusinessHours hours;
    /// The SLA policy (by name) a customer of each tier gets unless they have their own (R34).
    QString standardSlaPolicy = QStringLiteral("Standard");
    QString premiumSlaPolicy = QStringLiteral("Premium");
    /// R14: only the team's existing tags may be used; the share of tagged dialogues aimed at.
    bool tagsLocked = false;
    int tagGoalPercent = 70;
    /// R32: a solved ticket closes this many hours later.
    int solvedToClosedHours = 72;
    /// R36: a pending ticket without the customer's answer is solved after these business hours.
    int pendingToSolvedBusinessHours = 48;
    /// R24: a ticket one agent holds this many business days is flagged.
    int longHeldBusinessDays = 3;

    bool operator==(const TeamSettings &) const = default;
};

/**
 * The one reader and writer of `team_settings`: the playbook values above as one
 * TeamSettings, and the keys other stores keep there through typed accessors (the vault's
 * team SSH key, the bug-report template chooser, what has been seeded).
 *
 * Every write is one transaction and is announced on the ChangeFeed as changeEntity()
 * with id 0 ("reload the team's settings"). Writes that change nothing announce nothing.
 * Cheap to construct: it holds only the database, so any thread may make its own.
 */
class TeamSettingsStore final
{
public:
    /// The ChangeFeed entity of every write.
    [[nodiscard]] static QString changeEntity();

    explicit TeamSettingsStore(Database &database);

    /// The playbook values, each missing or broken one as its default.
    Result<TeamSettings> read() const;
    /// Stores the values that differ from the stored ones, in one transaction. Refused
    /// (Invalid, nothing written) when a period is below 1, the goal is not a percentage,
    /// the zone is unknown, the working day is empty or a policy has no name.
    Status write(const TeamSettings &settings);

    /// R15, R34: the SLA policies the tiers name (SlaPolicies), by name.
    Result<QList<StoredSlaPolicy>> slaPolicies() const;
    /// A lead's change of the policies (SlaPolicies::write()).
    Status writeSlaPolicies(const QList<StoredSlaPolicy> &policies, qint64 nowMs);

    /// R18: the team's shared SSH public key; empty when there is none.
    Result<QString> sshPublicKey() const;
    /// Stores the key line (the vault checked it), or removes it when empty.
    Status setSshPublicKey(const QString &line);

    /// R40: the words that make Casebook offer to mark a request private.
    Result<QStringList> securityWords() const;
    /// Stores them, one setting, comma-separated; empty words are dropped.
    Status setSecurityWords(const QStringList &words);

    /// Issue 15: email replies go as plain text and HTML (true) or as plain text alone (false,
    /// the default; Settings > Mail).
    Result<bool> repliesAsHtml() const;
    Status setRepliesAsHtml(bool html);

    /// The bug-report template chooser (config.yml) the team saved; nullopt: the shipped one.
    Result<std::optional<QByteArray>> bugTemplateChooser() const;
    /// Stores the chooser (the template store checked it); the last to save wins.
    Status setBugTemplateChooser(const QByteArray &yaml);

    /// R13: how much a request of a standard, contract and premium customer weighs on the
    /// proposal board ("1,2,3" stored; a missing or broken value reads as the defaults).
    Result<ProposalWeights> proposalWeights() const;
    /// A lead's weights; Invalid when one is negative.
    Status setProposalWeights(const ProposalWeights &weights);

    /// Which set of shipped canned replies this database has had (0: none yet).
    Result<int> cannedRepliesSeeded() const;
    /// Records `version` inside the transaction that seeds the replies.
    Status markCannedRepliesSeeded(WriteTransaction &tx, int version);

    /// The seed the demo data was generated with; nullopt: not generated.
    Result<std::optional<quint32>> demoSeed() const;
    /// Records the seed inside the transaction the generator holds on this thread's
    /// connection. Not announced: generated data is written before anyone watches.
    Status markDemoSeed(quint32 seed);
    /// R07: the demo team's zone (the seed team works on Moscow time), written as
    /// markDemoSeed() writes, inside the generator's transaction.
    Status markDemoZone(const QTimeZone &zone);

private:
    /// The stored text of `key`; nullopt when it is not set.
    Result<std::optional<QString>> value(const QString &key) const;
    /// Writes one key in its own transaction (empty `text` with `removeWhenEmpty`: deletes it).
    Status store(const QString &key, const QString &text, bool removeWhenEmpty = false);

    Database &m_database;
};

} // namespace Casebook
