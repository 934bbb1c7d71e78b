// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxrow.h"

#include <QString>

namespace Casebook {

/**
 * What the inbox's rows say in words: each column's text and tooltip, localised (in
 * InboxModel's translation context). Words only: how a row looks is its delegate's.
 */
namespace InboxTexts {

/// The text `column` (an InboxModel::Column) shows for `row` at `now`.
[[nodiscard]] QString display(const InboxRow &row, int column, qint64 now);
/// The tooltip of `column` for `row`; empty when it has none.
[[nodiscard]] QString toolTip(const InboxRow &row, int column);
/// The title of `column`.
[[nodiscard]] QString title(int column);

} // namespace InboxTexts

} // namespace Casebook
