// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Casebook {

/// A person as the source knows them; the writer finds them here by source id, then by address.
struct ImportPerson
{
    QString externalId; ///< empty: known by address only
    QString name;
    QStringList emails;
    QString company;
    bool agent = false; ///< one of the source's agents: their comments are the team's answers
};

/// One message of a ticket; kind Note for what the source kept private.
struct ImportMessage
{
    QString externalId; ///< empty: the message belongs to its ticket and is not imported alone
    MessageKind kind = MessageKind::Customer;
    QString authorExternalId;
    QString body;
    qint64 createdAt = 0;
};

struct ImportTicket
{
    QString externalId;
    QString subject;
    TicketStatus status = TicketStatus::New;
    Channel channel = Channel::Email;
    std::optional<Severity> severity;
    QStringList tags;
    /// Who asked: a source id the reader announced as an ImportPerson, or the person inline.
    QString requesterExternalId;
    std::optional<ImportPerson> requester;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<ImportMessage> messages;
};

/// A record that could not be read: where it is ("tickets.json, ticket 3", "row 7") and why.
struct ImportProblem
{
    QString position;
    QString reason;
};

using ImportRecord = std::variant<ImportPerson, ImportTicket, ImportProblem>;

/**
 * A source of records, read one at a time so that a large export never sits in memory as
 * rows. People come before the tickets that name them. Implementations are used on the
 * importing thread only.
 */
class ImportReader
{
public:
    virtual ~ImportReader() = default;
    /// The name its keys are kept under in import_keys: "zendesk", "csv".
    [[nodiscard]] virtual QString source() const = 0;
    /// The next record; nullopt at the end.
    virtual std::optional<ImportRecord> next() = 0;
    /// How far it is, in units of total() (bytes or records), for a progress bar.
    [[nodiscard]] virtual qint64 position() const = 0;
    [[nodiscard]] virtual qint64 total() const = 0;
    /// True when not a single record could be read (a missing file, not JSON, no header).
    [[nodiscard]] virtual bool unreadable() const { return false; }

protected:
    ImportReader() = default;
    Q_DISABLE_COPY_MOVE(ImportReader)
};

/// What an import did, for the dialog and the command line.
struct ImportSummary
{
    int tickets = 0;
    int messages = 0;
    int customers = 0;
    int alreadyThere = 0; ///< records an earlier run imported: left as they are
    QList<ImportProblem> skipped;
    bool cancelled = false;
    QString failure; ///< the import stopped: the database refused a write (what was committed stays)
    int batches = 0;
    QList<double> batchCommitMs; ///< how long each batch's write took, for the benchmark

    [[nodiscard]] bool nothingRead() const { return tickets + messages + customers + alreadyThere == 0; }
    /// The summary in sentences, one a line, for a person.
    [[nodiscard]] QStringList lines() const;
};

} // namespace Casebook
