// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Casebook {

class CustomerListModel;
class Session;
class TagListModel;

/**
 * A ticket typed in by hand (a phone call, a chat, a visit, or a first message of our own):
 * the model behind the New Ticket dialog. It offers the requesters as you type and the
 * team's tags and agents, checks each field, keeps the draft in the database while the agent
 * types (so it survives a crash, like a reply's), and creates the ticket, with a new
 * customer first when the requester is typed in inline, in the stores' transactions.
 */
class NewTicketForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketForm)

public:
    enum class Field { Requester, NewCustomerName, NewCustomerEmail, Subject, Body };
    Q_ENUM(Field)

    struct Fields
    {
        CustomerId requester; ///< an existing customer; invalid while a new one is typed in
        QString requesterName; ///< as shown in the requester field
        bool newCustomer = false; ///< the requester is created with the ticket
        QString newCustomerName;
        QString newCustomerEmail;
        QString newCustomerPhone;
        QString subject;
        QString body;
        bool outbound = false; ///< the first message is the agent's, not the customer's
        Channel channel = Channel::Phone;
        std::optional<Complexity> complexity;
        std::optional<Severity> severity;
        QStringList tags;
        AgentId assignee;

        [[nodiscard]] bool isEmpty() const;
        [[nodiscard]] QString toJson() const;
        static Fields fromJson(const QString &json);
    };

    explicit NewTicketForm(Session &session, QObject *parent = nullptr);
    ~NewTicketForm() override;

    /// Customers matching what is typed in the requester field (search in SQL, paged).
    [[nodiscard]] CustomerListModel *requesters() const { return m_requesters; }
    /// The team's tags, most used first, for completion.
    [[nodiscard]] TagListModel *tags() const { return m_tags; }
    /// Active agents by name, for the assignee.
    [[nodiscard]] QList<Agent> agents() const;
    [[nodiscard]] AgentId me() const;

    /// What is wrong with each field, in words; empty when the ticket can be created.
    [[nodiscard]] QHash<Field, QString> problems(const Fields &fields) const;

    /// The draft left by the last session (after a crash too), if any.
    [[nodiscard]] std::optional<Fields> draft();
    /// Keeps what is typed; errors are reported by draftFailed() and never lose the text.
    void saveDraft(const Fields &fields);
    void discardDraft();

    /**
     * Creates the requester when it is new, then the ticket with its first message, triage,
     * tags and assignee (the SLA sets its first-response due time), and drops the draft.
     * Invalid fields are refused with the first problem's message.
     */
    Result<TicketId> create(const Fields &fields);

    /// The draft's scope in DraftStore: one new ticket per agent at a time.
    static QString draftScope();

Q_SIGNALS:
    void draftFailed(const QString &message);
    /// The inline new requester exists now; from here on the form names them.
    void requesterCreated(Casebook::CustomerId customer, const QString &name);
    void created(Casebook::TicketId ticket);

private:
    Session &m_session;
    CustomerListModel *m_requesters = nullptr;
    TagListModel *m_tags = nullptr;
    qint64 m_draftVersion = 0;
};

} // namespace Casebook
