// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariant>

#include "models/storage/ids.h"

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAbstractItemModelTester;

namespace Casebook {
struct Agent;
class AgentStore;
class Database;
struct Error;
} // namespace Casebook

namespace Casebook::Test {

/**
 * Drives one item model through thousands of random operations (issue 17, "Every model,
 * harder"). The model stays under QAbstractItemModelTester in Fatal mode for the whole run;
 * each operation is a real write (or a new data set), after which `settle` brings the model
 * up to date the way the app does; every `checkEvery` operations and at the end, the
 * model's rows are compared with `expected` (an independent SQL query or computation).
 *
 * The seed is drawn fresh per run and printed; CASEBOOK_TORTURE_SEED replays one.
 * CASEBOOK_TORTURE_OPERATIONS overrides the operation count of every test (see operationsFor()).
 */
class ModelTorture final
{
    Q_DISABLE_COPY_MOVE(ModelTorture)

public:
    using Rows = QList<QVariantList>;
    /// One random step; false (with a reason in `*why`) is a failure of the test.
    using Operation = std::function<bool(QRandomGenerator &random, QString *why)>;

    ModelTorture(QString name, QAbstractItemModel *model);
    ~ModelTorture();

    void addOperation(const QString &name, int weight, Operation operation);
    /// Brings the model up to date after an operation (a refresh path, a feed poll).
    void setSettle(std::function<void()> settle) { m_settle = std::move(settle); }
    /// What the model should show now, and what it shows.
    void setComparison(std::function<Rows()> expected, std::function<Rows()> actual);
    /// Compared again, while events run, until this many ms pass: for models whose
    /// worker threads finish an update later (the inbox's counts). 0: once, at once.
    void setSettleTimeoutMs(int ms) { m_settleTimeoutMs = ms; }
    void setCheckEvery(int operations) { m_checkEvery = operations; }

    /// Runs `operations` (or CASEBOOK_TORTURE_OPERATIONS) steps; false after the first
    /// failure, which it reports through QTest with the seed and the last operations.
    [[nodiscard]] bool run(int operations = 10000);

    /**
     * The steps a test takes by default on the current row's engine (the `engine` column
     * of Test::addEngineColumn()): what fits the suite's budget on a 2-core machine.
     * CASEBOOK_TORTURE_OPERATIONS=10000 runs the full count everywhere.
     */
    [[nodiscard]] static int operationsFor(int sqlite, int postgres);

    /// Replays one sequence: a regression test keeps the seed that found its bug.
    void setSeed(quint32 seed);

    [[nodiscard]] QRandomGenerator &random() { return m_random; }
    [[nodiscard]] quint32 seed() const { return m_seed; }

    /// An operation's failure: says why in `*why` and returns false.
    static bool failed(const Error &error, QString *why);
    /// An operation the app refuses with a message to the person (Error::Kind::Invalid: a
    /// name taken, an area still in use) is a fine outcome; any other error fails.
    static bool refused(const Error &error, QString *why);

    /// One of `from` (which is not empty), drawn with `random`.
    template<typename T>
    [[nodiscard]] static T pick(QRandomGenerator &random, const QList<T> &from)
    {
        return from.at(random.bounded(int(from.size())));
    }

    /// Changes an agent through `store` (another desktop's, usually): renamed, leaving or
    /// back, a change every list showing people's names follows.
    static bool changeAgent(AgentStore &store, AgentId agent, const std::function<void(Agent &)> &change, QString *why);

    /// Rows of `model` as the given (column, role) pairs, top to bottom.
    static Rows modelRows(const QAbstractItemModel &model, const QList<std::pair<int, int>> &cells);
    /// Rows of a query on `database`'s connection for this thread, every column.
    static Rows sqlRows(Database &database, const QString &sql, const QVariantList &values = {});

private:
    [[nodiscard]] bool compare(QString *why);
    void fail(int step, const QString &why) const;

    struct Entry
    {
        QString name;
        int weight = 0;
        Operation run;
    };
    QString m_name;
    QAbstractItemModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Entry> m_operations;
    int m_totalWeight = 0;
    std::function<void()> m_settle;
    std::function<Rows()> m_expected;
    std::function<Rows()> m_actual;
    int m_checkEvery = 50;
    int m_settleTimeoutMs = 0;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QStringList m_recent; ///< the last operations' names, for a failure's message
};

} // namespace Casebook::Test
