// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "importwriter.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Casebook {

QStringList ImportSummary::lines() const
{
    const auto tr = [](const char *text, int n) {
        return QCoreApplication::translate("Casebook::ImportSummary", text, nullptr, n);
    };
    QStringList result;
    result << tr("%n ticket(s) imported.", tickets) << tr("%n message(s) imported.", messages)
           << tr("%n customer(s) added.", customers);
    if (alreadyThere > 0)
        result << tr("%n record(s) were imported before and were left as they are.", alreadyThere);
    if (!skipped.isEmpty()) {
        result << tr("%n record(s) skipped:", int(skipped.size()));
        for (const ImportProblem &problem : skipped)
            //: %1 where in the file (a row, a ticket), %2 what is wrong with it
            result << QCoreApplication::translate("Casebook::ImportSummary", "  %1: %2")
                          .arg(problem.position, problem.reason);
    }
    if (cancelled)
        result << QCoreApplication::translate("Casebook::ImportSummary",
                                              "The import was cancelled; what was imported until then stays.");
    if (!failure.isEmpty())
        result << QCoreApplication::translate("Casebook::ImportSummary", "The import stopped: %1").arg(failure);
    return result;
}

ImportSummary runImport(Database &database, ImportReader &reader, qint64 nowMs, const std::atomic_bool *cancel,
                        const std::function<void(qint64, qint64)> &progress, ImportBatching batching)
{
    ImportSummary summary;
    ImportWriter writer(database, reader.source(), nowMs);
    if (auto loaded = writer.loadKeys(); !loaded) {
        summary.failure = loaded.error().message + u' ' + loaded.error().detail;
        return summary;
    }
    QList<ImportRecord> batch;
    int messages = 0;
    const auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        if (auto written = writer.write(batch, summary); !written) {
            summary.failure = written.error().message;
            if (!written.error().detail.isEmpty())
                summary.failure += u" ("_s + written.error().detail + u')';
            return false;
        }
        batch.clear();
        messages = 0;
        if (progress)
            progress(reader.position(), reader.total());
        return true;
    };
    while (true) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        std::optional<ImportRecord> record = reader.next();
        if (!record)
            break;
        if (const auto *ticket = std::get_if<ImportTicket>(&*record))
            messages += int(ticket->messages.size());
        batch.append(std::move(*record));
        if ((batch.size() >= batching.records || messages >= batching.messages) && !flush())
            return summary;
    }
    if (!summary.cancelled)
        flush();
    return summary;
}

Importer::Importer(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<ImportSummary>();
}

Importer::~Importer()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool Importer::start(std::unique_ptr<ImportReader> reader, qint64 nowMs)
{
    if (m_thread)
        return false;
    m_reader = std::move(reader);
    ImportReader *source = m_reader.get();
    return start([source, nowMs](Database &database, const std::atomic_bool *cancel, const auto &progress) {
        return runImport(database, *source, nowMs, cancel, progress);
    });
}

bool Importer::start(ImportJob job)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread.reset(QThread::create([this, job = std::move(job)] {
        const ImportSummary summary = job(m_database, &m_cancel, [this](qint64 at, qint64 total) {
            QMetaObject::invokeMethod(this, [this, at, total] { Q_EMIT progressed(at, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(this, [this, summary] { done(summary); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(u"casebook-import"_s);
    m_thread->start(QThread::LowPriority);
    return true;
}

void Importer::cancel()
{
    m_cancel = true;
}

void Importer::done(const ImportSummary &summary)
{
    m_thread->wait();
    m_thread.reset();
    m_reader.reset();
    Q_EMIT finished(summary);
}

} // namespace Casebook
