// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStartup, "casebook.startup", QtWarningMsg)

namespace Casebook {

void StartupProbe::watch(QAbstractItemView *view)
{
    if (view && lcStartup().isInfoEnabled())
        new StartupProbe(view);
}

StartupProbe::StartupProbe(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // A paint with rows in the model: the first page is on screen once this paint is done.
    if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        const int rows = m_view->model()->rowCount();
        QTimer::singleShot(0, this, [this, rows] {
            qCInfo(lcStartup, "inbox painted with %d rows", rows);
            deleteLater();
        });
        watched->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Casebook
