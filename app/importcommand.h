// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Casebook {

struct DatabaseUrl;

/**
 * `casebook --database DB --import KIND PATH [--mapping FILE]`: imports without a window,
 * prints the summary (problems on stderr) and returns the exit status: 1 only when nothing
 * could be read, 2 when the database or the command is wrong.
 */
[[nodiscard]] int runImportCommand(const DatabaseUrl &url, const CommandLine::Options &options);

} // namespace Casebook
