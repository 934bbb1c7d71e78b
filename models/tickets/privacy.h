// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Casebook {

/**
 * R40: the team's security words found in a request's text, as the team wrote them, in
 * the order of the list; empty when none. A word matches whole words only and ignores case
 * ("XSS" in "an xss in the form", not "RCE" in "source"); a phrase ("SQL injection")
 * matches with any spacing between its words. Casebook then offers to mark the request
 * private; it never does so by itself.
 */
[[nodiscard]] QStringList securityWordsIn(const QString &text, const QStringList &words);

} // namespace Casebook
