// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"
#include "demotext.h"
#include "models/shifts/businesshours.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Casebook {

class Database;

namespace DemoTime {
inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;
} // namespace DemoTime

/// What the reference-data phase leaves behind for the ticket phase.
struct DemoContext
{
    struct Agent
    {
        qint64 id = 0;
        QString first;
        QString role;
        QString full; ///< display name
    };
    struct Customer
    {
        qint64 id = 0;
        DemoText::Person name;
        bool russian = false;
        bool premium = false;
    };
    struct Sla
    {
        qint64 id = 0;
        int firstMinutes = 0;
        int nextMinutes = 0;
    };

    Database *db = nullptr;
    QSqlDatabase conn;
    DemoGenerator::Size size;
    quint32 seed = 0;
    qint64 now = 0;

    QList<Agent> agents;
    QList<Customer> customers;
    QHash<QString, qint64> tagIds; ///< by tag name
    QHash<QString, qint64> proposalIds; ///< by the proposal's tag name
    QHash<qint64, QString> proposalTitles; ///< by the proposal's id
    QList<qint64> areaOwners; ///< by product area index (R29)
    qint64 trackerBugTemplateId = 0; ///< the shipped tracker-bug form, seeded as a builtin
    QString trackerBugYaml;
    Sla standard;
    Sla premium;

    /// SLA clocks run in working time: the shipped defaults (weekdays 09:00-19:00 in the
    /// team zone, R01) plus the holidays the generator puts in the team calendar.
    BusinessHours hours;

    [[nodiscard]] qint64 addBusinessMinutes(qint64 start, int minutes) const
    {
        return hours.addWorkingMs(start, qint64(minutes) * DemoTime::kMinute);
    }
};

/// Writes tickets with their messages, events, tags, tasks, bug reports and +1s.
Status writeDemoTickets(DemoContext &ctx, const std::function<void(qint64, qint64)> &progress);

/// Two tickets that came by mail (files, a Cc, an answer with a file), through the mail
/// intake; after everything else is committed.
Status writeDemoMail(DemoContext &ctx);

} // namespace Casebook
