// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;

namespace Casebook {

/// R18: true when `line` is one OpenSSH public key line ("<type> <base64 blob> [comment]") whose
/// blob is whole: the team shares such a line with customers, never anything else.
[[nodiscard]] bool isOpenSshPublicKey(const QString &line);

} // namespace Casebook
