// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagelog.h"

namespace Casebook {
Q_LOGGING_CATEGORY(lcStorage, "casebook.storage", QtInfoMsg)
}
