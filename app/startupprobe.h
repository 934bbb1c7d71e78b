// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace Casebook {

/**
 * Says, once, when the inbox list has painted its first page of rows: the end of start-up
 * as a person sees it. Logged under "casebook.startup" (off unless enabled, so it costs one
 * event filter until then); bench_startup measures from process start to this line.
 */
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    /// Watches `view` (its viewport's paint events); deletes itself after reporting.
    static void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QAbstractItemView *view);

    QAbstractItemView *m_view = nullptr;
};

} // namespace Casebook
