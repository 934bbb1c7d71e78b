// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztarget.h"

#include <QCoreApplication>

namespace Casebook::Fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    // Lives until the process ends: libFuzzer never returns from its loop.
    static int argc = 1;
    static char name[] = "casebook-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace Casebook::Fuzz
