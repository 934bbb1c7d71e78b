// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appcontext.h"
#include "models/storage/clock.h"
#include "tests/support/fakekeychain.h"
#include "views/mainwindow.h"

#include <memory>

class QSettings;

namespace Casebook::Test {

/**
 * What the application builds for one database (AppContext), built the same way with the
 * seams a test needs: a clock that stands still at `nowMs` until the test moves it, a
 * keychain in memory and the fastest key derivation. makeWindow() then builds the window
 * the application shows. Keep the fixture alive while any window made from it is.
 */
class WindowFixture final
{
    Q_DISABLE_COPY_MOVE(WindowFixture)

public:
    /// `settings` (not owned) is the window's; by default the clock stands at the real now,
    /// so stores a test makes with the system clock agree with it.
    WindowFixture(Database &database, QSettings *settings, qint64 nowMs = Clock::system().nowMs())
        : m_clock(nowMs)
        , m_context(database, settings, m_clock, m_keychain.borrow(), m_keychain.borrow(), KdfParams::minimum())
    {
    }
    ~WindowFixture() = default;

    [[nodiscard]] std::unique_ptr<MainWindow> makeWindow() const
    {
        return std::make_unique<MainWindow>(m_context.services());
    }

    [[nodiscard]] AppContext &context() { return m_context; }
    [[nodiscard]] MainWindow::Services services() const { return m_context.services(); }
    [[nodiscard]] FakeClock &clock() { return m_clock; }
    [[nodiscard]] FakeKeychain &keychain() { return m_keychain; }

private:
    FakeClock m_clock;
    FakeKeychain m_keychain;
    AppContext m_context;
};

} // namespace Casebook::Test
