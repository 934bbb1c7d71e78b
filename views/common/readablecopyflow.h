// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Casebook {

/// The way out of a damaged file that the read-only banner offers.
class ReadableCopyFlow final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::ReadableCopyFlow)

public:
    /**
     * Asks where to copy what can still be read of the damaged SQLite file `damaged` (beside
     * it, "-copy" added), copies it off the UI thread, says how many rows came over and what
     * was lost, and asks whether to open the copy. The copy's address when the person wants it
     * opened; nothing when they cancelled, the copy failed (said) or they keep the damaged file.
     */
    static std::optional<DatabaseUrl> run(QWidget *parent, const QString &damaged, bool headless);
};

} // namespace Casebook
