// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Casebook {

class Database;
class MainWindow;

/**
 * `casebook --screenshot DIR`: the window's sections, the customer card in the states an
 * agent must tell apart, the Settings pages and the canned-replies dialog, rendered
 * offscreen to PNG files named after what they show (views.screenshots checks them).
 */
class Screenshots final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::Screenshots)

public:
    /// Every picture of `window` into `folder`, each path printed on stdout as it is
    /// written. Returns the process exit code: 0 when every file was written.
    [[nodiscard]] static int write(MainWindow &window, Database &database, const QString &folder);

private:
    using Save = std::function<void(QWidget *, const QString &)>;
    /// Selects a ticket with internal notes in its thread, the inbox people need to judge.
    static void showTicketWithNotes(MainWindow &window, Database &database);
    /// Selects the inbox's first private request (R40); false when the inbox shows none.
    static bool showPrivateTicket(MainWindow &window);
    /// Issue 15: selects a ticket that came by mail with files, so its attachment bar shows.
    static bool showMailTicket(MainWindow &window, Database &database);
    /// customers-valid, -expiring, -expired, -premium and the narrow card, from the data.
    static void writeCustomers(MainWindow &window, Database &database, const Save &save);
};

} // namespace Casebook
