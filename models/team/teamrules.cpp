// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrules.h"

#include "models/storage/writetransaction.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/ticketwrite.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString lockedKey = u"tags.locked"_s;
const QString closeKey = u"lifecycle.solved_to_closed_hours"_s;
const QString solveKey = u"lifecycle.pending_to_solved_business_hours"_s;
const QString heldKey = u"tickets.long_held_business_days"_s;
static_assert(TeamRules{}.longHeldBusinessDays == LongHeld::defaultBusinessDays);

Result<int> positive(const Database &database, const QString &key, int fallback)
{
    const auto value = TicketWrite::teamSetting(database, key);
    if (!value)
        return value.error();
    bool ok = false;
    const int number = value.value().toInt(&ok);
    return ok && number > 0 ? number : fallback;
}

} // namespace

Result<TeamRules> TeamRules::read(const Database &database)
{
    TeamRules rules;
    const auto locked = TicketWrite::teamSetting(database, lockedKey);
    if (!locked)
        return locked.error();
    rules.tagsLocked = locked.value() == u"1";
    for (auto [key, field] : {std::pair{closeKey, &TeamRules::solvedToClosedHours},
                              {solveKey, &TeamRules::pendingToSolvedBusinessHours},
                              {heldKey, &TeamRules::longHeldBusinessDays}}) {
        const auto number = positive(database, key, rules.*field);
        if (!number)
            return number.error();
        rules.*field = number.value();
    }
    return rules;
}

Status TeamRules::write(Database &database) const
{
    if (solvedToClosedHours <= 0 || pendingToSolvedBusinessHours <= 0 || longHeldBusinessDays <= 0)
        return TicketWrite::invalid(QCoreApplication::translate("Casebook::TeamRules", "Every period must be at least 1."));
    WriteTransaction tx(database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    for (const auto &[key, value] : {std::pair{lockedKey, QString(tagsLocked ? u"1"_s : u"0"_s)},
                                     {closeKey, QString::number(solvedToClosedHours)},
                                     {solveKey, QString::number(pendingToSolvedBusinessHours)},
                                     {heldKey, QString::number(longHeldBusinessDays)}}) {
        if (auto written = TicketWrite::setTeamSetting(tx, key, value); !written)
            return written;
    }
    return tx.commit();
}

} // namespace Casebook
