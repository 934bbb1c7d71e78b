// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <cstdint>
#include <functional>
#include <memory>

namespace Casebook {
class Database;
}

namespace Casebook::Bench {

/// A p95 needs this many timed samples at least: with fewer, the 95th percentile is one of
/// the two or three slowest runs and says more about the machine than about the code.
inline constexpr int minSamplesForP95 = 100;

/// How often a figure is taken: untimed runs first (caches, first-use allocations), then timed ones.
struct Sampling
{
    int warmup = 3;
    int samples = minSamplesForP95;
    /// A figure whose timed runs take longer than this together stops early (after five runs
    /// at least) and is printed as p50 and max only: a search that takes seconds on some data
    /// must not hold the whole run for hours.
    double budgetSeconds = 180;
};

/**
 * Prints `name.min`, `name.p50`, `name.p95` and `name.max` (milliseconds) as `name value unit`
 * lines. With fewer than minSamplesForP95 times it prints only `name.p50` and `name.max` and
 * says so on stderr: a p95 of a handful of runs would be a guess.
 */
void summarise(const QString &name, QList<double> times);

/**
 * Runs `work` sampling.warmup times untimed, then sampling.samples times timed, and
 * summarises. `prepare`, when given, runs untimed before each run (to set up what the
 * timed part then changes, such as another view to switch away from).
 */
void measure(const QString &name, const Sampling &sampling, const std::function<void()> &work,
             const std::function<void()> &prepare = {});

/// Prints one `name value unit` line.
void print(const QString &name, double value, const QString &unit);

/// Prints the machine's load average as `bench.loadavg.<when>`: the run's noise, for the reader.
void printLoad(const QString &when);

/// Resident memory of this process, in MiB.
double residentMiB();

/// A generated benchmark database in `folder`, made with casebook-generate when missing. The
/// generator's data version is part of the name, so a generator that writes different data
/// makes a new file instead of measuring an old one.
QString generatedDatabase(const QString &folder, int tickets);

/// How fillPostgres() keeps the counters: through the triggers row by row, as an import
/// would (minutes at a million tickets, mostly the tags), or with the triggers set aside and
/// everything counted once at the end (recountPostgres()). Called while the triggers are
/// already aside, Recount leaves them so and the caller recounts.
enum class PostgresCounting : std::uint8_t { Triggers, Recount };

/**
 * Fills an empty PostgreSQL database with `tickets` tickets made by the server, in the shape
 * of the generated SQLite file where analytics look: half a year before `now`, about two tags
 * of 31 each, seven channels, nine in ten answered and most finished, four in five assigned to
 * one of 40 agents (with their assignment and some hand-offs), a bug report for one in fifty; with `messages` a short
 * customer message and an agent reply each. Ticket ids are not in time order. Analyses at the end.
 */
bool fillPostgres(Database &db, int tickets, qint64 now, bool messages,
                  PostgresCounting counting = PostgresCounting::Recount);

/**
 * Sets every trigger of this connection aside (`session_replication_role = replica`; the
 * bench's server signs in as its superuser): the counters of migrations 004, 032, 034 and
 * 036 and the response waits of 033 are then not kept row by row (at a million tickets
 * that is most of the load's half hour), and foreign keys are not checked (the load makes
 * its keys itself). recountPostgres() ends it. False, said on stderr, when refused.
 */
bool setTriggersAside(Database &db);
/// Whether this connection has its triggers set aside (setTriggersAside()).
bool triggersAside(Database &db);

/**
 * After a load with the triggers set aside: every counter the triggers keep, counted again
 * from the rows in set-based SQL, as the migrations' upgrade parts count them (tags'
 * use_count and tickets' tag_count, the analytics counters, the status counts, held tickets,
 * agent events and bug reports). The response waits are left for the app to recompute at
 * their first read (response_state names no team hours, as the SQLite bulk load leaves it).
 * Runs with the triggers still aside, then puts them back, in one transaction.
 */
bool recountPostgres(Database &db);

/// Runs one statement on the calling thread's connection; a failure is printed and false.
bool exec(Database &db, const QString &sql, const QVariantList &values = {});

/// Common options of the benchmark programs: `--samples N`, `--warmup N`, `--budget SECONDS`;
/// the rest is left in `rest`.
/// A lone `--` (as `tools/dev bench NAME -- ARGS` passes it) is skipped.
Sampling parseSampling(const QStringList &arguments, QStringList *rest);

/// Sets QT_QPA_PLATFORM=offscreen unless the caller chose a platform; call before QApplication.
void useOffscreenPlatformByDefault();
/// Drops the offscreen platform's note that it cannot pass size hints on (printed for every
/// window), so the figures stay readable.
void quietOffscreenWarnings();

/**
 * Proof that a benchmark left a database as it found it. Taken before the database is
 * opened (the files' sizes and modification times) and once it is open (the last
 * change_log sequence and the schema version); check() compares both and, on any
 * difference, says what changed on stderr and ends the program with exit code 3.
 */
class Untouched final
{
public:
    explicit Untouched(QString path);
    /// Opens the database without migrating it (a migration would change the file this run
    /// promises to leave alone) and records what it holds; null, said on stderr, when it cannot.
    [[nodiscard]] std::unique_ptr<Database> open();
    /// While the database is still open: the change log and schema as recorded.
    void checkOpen(Database &database) const;
    /// After the database is closed: the files as recorded.
    void checkClosed() const;

private:
    /// Records what the open database holds, right after opening.
    void recordOpen(Database &database);

    struct FileState
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const FileState &) const = default;
    };
    static FileState stateOf(const QString &path);
    /// The change log's last sequence, the schema version and the newest rows, as text.
    static QString contentState(Database &database);
    [[noreturn]] void fail(const QString &what) const;

    QString m_path;
    FileState m_file;
    QString m_content;
};

} // namespace Casebook::Bench
