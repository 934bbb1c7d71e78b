// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Casebook {
/// What the vault did (unlocked, refused a passphrase), never what it holds.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
} // namespace Casebook
