// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Casebook {

/// R44: every ticket has a link, casebook://ticket/N, that opens it in the running app.
namespace TicketLink {

inline constexpr auto scheme = "casebook";

[[nodiscard]] QUrl url(TicketId id);
[[nodiscard]] QString text(TicketId id);
/// The ticket a casebook://ticket/N link names; nothing for any other text.
[[nodiscard]] std::optional<TicketId> parse(const QUrl &url);
[[nodiscard]] std::optional<TicketId> parse(const QString &text);

} // namespace TicketLink

} // namespace Casebook
