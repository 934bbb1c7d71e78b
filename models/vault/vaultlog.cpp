// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultlog.h"

namespace Casebook {
Q_LOGGING_CATEGORY(lcVault, "casebook.vault", QtInfoMsg)
}
