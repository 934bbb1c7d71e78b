// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
template<typename T>
class QFutureWatcher;

namespace Casebook {

/**
 * "Test Connection" and the line that says what it found or exactly what failed (the
 * server's name unknown, refused, TLS, the password, no such database, a schema too old
 * for this role or too new for this Casebook). The test runs off the UI thread; the
 * storage layer gives up within 5 s.
 *
 * Its button and label are named `prefix.testConnection` and `prefix.testResult`.
 */
class ConnectionTest final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    /// `url` describes the database to test, or says what is missing in the form.
    ConnectionTest(std::function<Result<DatabaseUrl>()> url, const QString &prefix, QWidget *parent = nullptr);
    ~ConnectionTest() override;

    void test();
    /// Forgets a shown result (the form changed under it).
    void clear();
    /// Shows `text` where results go, in red when it is a problem.
    void showMessage(const QString &text, bool isError);

Q_SIGNALS:
    /// A test finished; the same text is shown.
    void tested(bool ok, const QString &text);

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    void showOutcome(const Outcome &outcome);

    std::function<Result<DatabaseUrl>()> m_url;
    QPushButton *m_button = nullptr;
    QLabel *m_result = nullptr;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace Casebook
