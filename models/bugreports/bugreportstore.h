// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "models/storage/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;

/// Which reports a list shows; unset members do not filter.
struct BugReportFilter
{
    std::optional<BugReportStatus> status;
    std::optional<Severity> severity;
    ProductAreaId area;
    CustomerId customer;
    TicketId ticket;

    friend bool operator==(const BugReportFilter &, const BugReportFilter &) = default;
};

/**
 * Bug reports: submitting from a template, QA verdicts (R26), stage updates (R41), the
 * route and owner recorded at submit (R28, R29), history, and the search for likely
 * duplicates. Every write is one transaction with its history row and its change_log
 * entry (entity "bug_report"); updates name the version they started from and fail with
 * Error::Kind::Conflict, naming who was first, when someone else changed the report.
 */
class BugReportStore final
{
public:
    explicit BugReportStore(Database &database);
    BugReportStore(Database &database, const Clock &clock);

    struct NewBugReport
    {
        BugTemplateId templateId; ///< its YAML is kept with the report
        TicketId ticket; ///< the dialogue it comes from; optional
        CustomerId customer; ///< optional; taken from the ticket when unset
        QString title;
        QJsonObject fields; ///< answers by element key (answersToJson)
        std::optional<Severity> severity;
        ProductAreaId area;
        AgentId createdBy;
    };

    /**
     * Submits a report: checks the title and the template's required fields, records the
     * area's owner (R29) and the severity's route resolved to agents at the clock's time
     * (R28), and writes the "submitted", "owner" and "route" history rows.
     */
    Result<BugReportId> submit(const NewBugReport &report);

    Result<BugReport> report(BugReportId id) const;

    /// Newest activity first; `limit` rows from `offset`. Sorting and filtering happen in SQL.
    Result<QList<BugReport>> list(const BugReportFilter &filter, int limit, int offset = 0) const;
    Result<int> count(const BugReportFilter &filter) const;

    /**
     * R26: records QA's verdict. Accepted needs the task link; declined needs a reason (and
     * the duplicated report for Duplicate); both need the version QA reproduced on.
     * The customer update to offer is cannedReplyKey(verdict). Returns the new version.
     */
    Result<qint64> setVerdict(BugReportId id, const QaVerdict &verdict, qint64 expectedVersion, AgentId by);

    /// R41: records the stage the customer was told about. Only an accepted report has
    /// stages. The reply to offer is cannedReplyKey(stage). Returns the new version.
    Result<qint64> setStage(BugReportId id, BugStage stage, qint64 expectedVersion, AgentId by,
                            const QString &note = {});

    /// The report's history, oldest first.
    Result<QList<BugReportEvent>> events(BugReportId id) const;

    /**
     * Likely duplicates of a report being written (as Bugzilla's guided form shows them):
     * reports whose title or steps share words with `title` and `steps`, best first (bm25 on
     * SQLite, ts_rank on PostgreSQL; the title weighs twice the steps). Any word may match;
     * words are quoted, so user text never reaches the FTS syntax. `exclude` leaves one out.
     */
    Result<QList<DuplicateCandidate>> likelyDuplicates(const QString &title, const QString &steps, int limit = 5,
                                                       BugReportId exclude = {}) const;

private:
    Error conflict(BugReportId id) const;
    /// One history row; the caller records the change once per transaction.
    Status insertEvent(WriteTransaction &tx, BugReportId id, AgentId by, const QString &kind, const QVariant &oldValue,
                       const QVariant &newValue, const QVariant &note, qint64 now) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
