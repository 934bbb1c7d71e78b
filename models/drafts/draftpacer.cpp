// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftpacer.h"

#include <QTimer>

namespace Casebook {

DraftPacer::DraftPacer(QObject *parent)
    : QObject(parent)
    , m_pause(new QTimer(this))
    , m_longest(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    m_longest->setSingleShot(true);
    m_longest->setInterval(longestWaitMs);
    // A fine timer: the coarse default may fire up to 5 % late, eating into the promise.
    m_longest->setTimerType(Qt::PreciseTimer);
    connect(m_pause, &QTimer::timeout, this, &DraftPacer::due);
    connect(m_longest, &QTimer::timeout, this, &DraftPacer::due);
}

DraftPacer::~DraftPacer() = default;

void DraftPacer::changed()
{
    m_pause->start();
    // Not restarted by later changes: it counts from the oldest change not yet saved.
    if (!m_longest->isActive())
        m_longest->start();
}

void DraftPacer::saved()
{
    m_pause->stop();
    m_longest->stop();
}

bool DraftPacer::isPending() const
{
    return m_pause->isActive() || m_longest->isActive();
}

} // namespace Casebook
