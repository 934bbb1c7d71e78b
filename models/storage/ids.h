// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace Casebook {

/// A row id that cannot be mixed up with the id of another table.
template<typename Tag>
class Id final
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {
    }

    [[nodiscard]] constexpr qint64 value() const { return m_value; }
    [[nodiscard]] constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using AgentId = Id<struct AgentTag>;
using CustomerId = Id<struct CustomerTag>;
using TicketId = Id<struct TicketTag>;
using MessageId = Id<struct MessageTag>;
using TagId = Id<struct TagTag>;
using NoteId = Id<struct NoteTag>;
using BugReportId = Id<struct BugReportTag>;
using ProposalId = Id<struct ProposalTag>;

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::AgentId)
Q_DECLARE_METATYPE(Casebook::CustomerId)
Q_DECLARE_METATYPE(Casebook::TicketId)
