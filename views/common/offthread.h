// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

namespace Casebook {

/**
 * Runs `work` on a thread of its own and waits for it with the event loop going, so that the
 * window stays drawn; a busy dialog saying `label` appears when it takes longer than half a
 * second (never when `headless`). For one long step a person waits for anyway (checking or
 * copying a database file), where a progress bar of its own would say no more.
 */
template<typename Work>
auto offThread(const QString &label, bool headless, Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result.emplace(work()); }));
    std::unique_ptr<QProgressDialog> busy;
    if (!headless) {
        busy = std::make_unique<QProgressDialog>(label, QString(), 0, 0);
        busy->setWindowModality(Qt::ApplicationModal);
        busy->setMinimumDuration(500);
    }
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return std::move(*result);
}

} // namespace Casebook
