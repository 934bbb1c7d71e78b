// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Casebook {

class Database;

/// How records are grouped into transactions: a batch ends at whichever limit comes first.
struct ImportBatching
{
    int records = 200;
    int messages = 2000;
};

/**
 * Reads `reader` to the end (or until `cancel` is set) and writes what it gives in batched
 * transactions, one change announcement each, on the calling thread's connection.
 * `progress` is called after every batch. A record the reader could not read, or the
 * database refused, is skipped and listed; the import stops only when a whole batch cannot
 * be written (the summary says why; the batches before it stay).
 */
ImportSummary runImport(Database &database, ImportReader &reader, qint64 nowMs,
                        const std::atomic_bool *cancel = nullptr,
                        const std::function<void(qint64 position, qint64 total)> &progress = {},
                        ImportBatching batching = {});

/// An import as the worker runs it: given the worker's database, a flag that asks it to stop
/// after its current batch, and where to say how far it is.
using ImportJob = std::function<ImportSummary(Database &database, const std::atomic_bool *cancel,
                                              const std::function<void(qint64 position, qint64 total)> &progress)>;

/**
 * Runs one import at a time on a worker thread of its own (with its own connection), so
 * that the window stays responsive; progress and the summary arrive on this object's thread.
 */
class Importer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Importer)

public:
    explicit Importer(Database &database, QObject *parent = nullptr);
    /// Cancels a running import and waits for its batch to end.
    ~Importer() override;

    /// Starts reading `reader`; false when an import runs already.
    bool start(std::unique_ptr<ImportReader> reader, qint64 nowMs);
    /// Starts `job` (a mail archive, which the mail channel's intake reads); false when an
    /// import runs already.
    bool start(ImportJob job);
    /// Asks the running import to stop after its current batch; what was written stays.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(qint64 position, qint64 total);
    void finished(const Casebook::ImportSummary &summary);

private:
    void done(const ImportSummary &summary);

    Database &m_database;
    std::atomic_bool m_cancel = false;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<ImportReader> m_reader;
};

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::ImportSummary)
