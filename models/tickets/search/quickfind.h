// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Casebook {

class Clock;
class Database;

/**
 * The command palette's look-up of tickets and customers: a ticket by its number (`2802`,
 * `#2802`) or by the words of its subject and messages, as the inbox's search finds them
 * (TicketSearch, in no view); a customer by name, company or address. The last word
 * counts as a prefix, so an answer follows each key typed.
 *
 * find() runs on a worker thread with its own connection: a common word on a million
 * tickets never holds the UI. Only the newest text's answer arrives (found()); answers
 * to texts typed over are dropped.
 */
class QuickFind final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFind)

public:
    struct TicketHit
    {
        TicketId id;
        QString subject;
        friend bool operator==(const TicketHit &, const TicketHit &) = default;
    };
    struct CustomerHit
    {
        CustomerId id;
        QString name;
        QString detail; ///< the company, else the address
        friend bool operator==(const CustomerHit &, const CustomerHit &) = default;
    };
    struct Answer
    {
        QString text; ///< what was looked up
        QList<TicketHit> tickets;
        QList<CustomerHit> customers;
        QString error; ///< empty when the look-up ran
    };

    static constexpr int ticketLimit = 8;
    static constexpr int customerLimit = 5;
    /// Shorter texts look up nothing (a number always does): one letter matches everything.
    static constexpr int minimumLength = 2;
    /// Above this many messages holding a word, its newest matches come first, unranked.
    static constexpr qint64 commonThreshold = 2000;

    QuickFind(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~QuickFind() override;

    /// Looks `text` up on the worker; found() follows.
    void find(const QString &text);
    [[nodiscard]] const Answer &answer() const { return m_answer; }

    /// The look-up itself, on the calling thread (the worker's, a benchmark's).
    [[nodiscard]] static Answer lookUp(Database &database, const Clock &clock, const QString &text);

Q_SIGNALS:
    /// The answer to the newest text arrived.
    void found();

private:
    Database &m_database;
    const Clock &m_clock;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    Answer m_answer;
};

} // namespace Casebook
